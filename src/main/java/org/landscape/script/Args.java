package org.landscape.script;

import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/** Argument checks and conversions for built-ins; every failure is a {@link ToolkitError} naming the fix. */
final class Args {
    private Args() {
    }

    static void arity(IAST ast, Builtin b, int min, int max) {
        int n = ast.argSize();
        if (n < min || n > max) {
            throw ToolkitError.input(ScriptMessages.ARITY.format(b.name(), b.signature(), n));
        }
    }

    static ToolkitError bad(Builtin b, int i, String what, IExpr got) {
        String g = got.toString();
        return ToolkitError.input(ScriptMessages.ARGUMENT.format(b.name(), i, what,
                g.length() > 60 ? g.substring(0, 57) + "..." : g));
    }

    static boolean isReal(IExpr e) {
        return e.isReal();
    }

    static double real(IAST ast, int i, Builtin b) {
        IExpr e = ast.get(i);
        if (!e.isReal()) {
            IExpr n = org.matheclipse.core.eval.EvalEngine.get().evalN(e);
            if (n.isReal()) {
                return n.evalf();
            }
            throw bad(b, i, "a real number", e);
        }
        return e.evalf();
    }

    /** @return argument i as a leaky slope: a finite real of magnitude at most {@code Require.MAX_MAGNITUDE} */
    static double slope(IAST ast, int i, Builtin b) {
        double alpha = real(ast, i, b);
        if (!Double.isFinite(alpha) || Math.abs(alpha) > org.landscape.base.Require.MAX_MAGNITUDE) {
            throw bad(b, i, "a finite slope alpha of magnitude at most 1e100", ast.get(i));
        }
        return alpha;
    }

    static int integer(IAST ast, int i, Builtin b) {
        IExpr e = ast.get(i);
        if (!e.isInteger()) {
            throw bad(b, i, "an integer", e);
        }
        return e.toIntDefault();
    }

    static String string(IAST ast, int i, Builtin b) {
        IExpr e = ast.get(i);
        if (!e.isString()) {
            throw bad(b, i, "a string (in double quotes)", e);
        }
        return e.toString();
    }

    /** @return true when {@code e} is a list of real numbers */
    static boolean isRealVector(IExpr e) {
        if (!e.isList() || ((IAST) e).argSize() == 0) {
            return false;
        }
        for (IExpr x : (IAST) e) {
            if (!x.isReal()) {
                return false;
            }
        }
        return true;
    }

    static double[] vector(IAST ast, int i, Builtin b) {
        IExpr e = ast.get(i);
        IExpr n = e.isList() ? org.matheclipse.core.eval.EvalEngine.get().evalN(e) : e;
        if (!isRealVector(n)) {
            throw bad(b, i, "a non-empty list of real numbers", e);
        }
        IAST l = (IAST) n;
        double[] v = new double[l.argSize()];
        for (int k = 0; k < v.length; k++) {
            v[k] = l.get(k + 1).evalf();
        }
        return v;
    }

    static double[][] matrix(IAST ast, int i, Builtin b) {
        IExpr e = ast.get(i);
        IExpr n = e.isList() ? org.matheclipse.core.eval.EvalEngine.get().evalN(e) : e;
        if (!n.isList() || ((IAST) n).argSize() == 0) {
            throw bad(b, i, "a matrix (list of rows of real numbers)", e);
        }
        IAST rows = (IAST) n;
        double[][] m = new double[rows.argSize()][];
        for (int r = 0; r < m.length; r++) {
            if (!isRealVector(rows.get(r + 1))) {
                throw bad(b, i, "a matrix (list of rows of real numbers)", e);
            }
            IAST row = (IAST) rows.get(r + 1);
            m[r] = new double[row.argSize()];
            if (m[r].length != m[0].length) {
                throw bad(b, i, "a matrix with rows of equal length", e);
            }
            for (int c = 0; c < m[r].length; c++) {
                m[r][c] = row.get(c + 1).evalf();
            }
        }
        return m;
    }

    static int[] integers(IAST ast, int i, Builtin b) {
        IExpr e = ast.get(i);
        if (!e.isList()) {
            throw bad(b, i, "a list of positive integers such as {3,2}", e);
        }
        IAST l = (IAST) e;
        int[] v = new int[l.argSize()];
        for (int k = 0; k < v.length; k++) {
            if (!l.get(k + 1).isInteger()) {
                throw bad(b, i, "a list of positive integers such as {3,2}", e);
            }
            v[k] = l.get(k + 1).toIntDefault();
        }
        return v;
    }

    static IExpr list(double[] v) {
        IExpr[] a = new IExpr[v.length];
        for (int k = 0; k < v.length; k++) {
            a[k] = F.num(v[k]);
        }
        return F.List(a);
    }

    static IExpr matrix(double[][] m) {
        IExpr[] rows = new IExpr[m.length];
        for (int r = 0; r < m.length; r++) {
            rows[r] = list(m[r]);
        }
        return F.List(rows);
    }

    static IExpr matrix(double[] flat, int n) {
        IExpr[] rows = new IExpr[flat.length / n];
        for (int r = 0; r < rows.length; r++) {
            double[] row = new double[n];
            System.arraycopy(flat, r * n, row, 0, n);
            rows[r] = list(row);
        }
        return F.List(rows);
    }
}
