package org.landscape.script;

import org.landscape.analysis.GlobalMinimumSpectrum;
import org.landscape.analysis.GlobalMinimumStructure;
import org.landscape.model.Models;
import org.landscape.model.NetworkLoss;
import org.landscape.model.ProfileKernel;
import org.landscape.symbolic.KernelFormulas;
import org.landscape.symbolic.KernelFrameFormulas;
import org.landscape.symbolic.KernelFrameFormulas.FrameFormula;
import org.landscape.symbolic.KernelFrameFormulas.FrameVector;
import org.landscape.symbolic.KernelFrameFormulas.Term;
import org.landscape.symbolic.Profile;
import org.landscape.symbolic.Symja;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTAppendable;
import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Kernel and network built-ins over {@code model} (numeric, compiled profiles) and {@code symbolic} (the derived
 * profiles, when an argument is symbolic). Symbolic kernels are
 * \( K_\alpha(w,v) = |w||v|\,g(\theta) \), \( \theta = \arccos(w\cdot v/(|w||v|)) \), with \( g \) from
 * {@link KernelFormulas} and norms written as square roots of sums of squares (Symja's {@code Norm} differentiates
 * into {@code Abs'}: STACK-NOTES); symbolic gradients and Hessian blocks are the derived frame formulas of
 * {@link KernelFrameFormulas} assembled at the pair (no template is typed here); valid for
 * \( \theta \in (0,\pi) \), the limits are {@code SafeLimit}'s job.
 */
final class ModelFunctions {
    private ModelFunctions() {
    }

    static List<Builtin> all() {
        List<Builtin> l = new ArrayList<>();
        l.add(new Builtin("LeakyKernel", "LeakyKernel[w, v, alpha]",
                "K_alpha(w, v) = E[sigma(w.x) sigma(v.x)], x ~ N(0, I_d). Numeric (compiled model) when w, v are lists"
                        + " of numbers and alpha a number; otherwise the symbolic |w||v| g(theta) from the derived profile.",
                ModelFunctions::kernel));
        l.add(new Builtin("KernelGradient", "KernelGradient[w, v, alpha]",
                "grad_w K_alpha(w, v) as a list. Numeric for numeric arguments; symbolic (the derived frame coefficients"
                        + " assembled at the symbolic pair) when w is a list of symbols.",
                (ast, s) -> derivative(ast, s, 1)));
        l.add(new Builtin("KernelHessian", "KernelHessian[w, v, alpha]",
                "{H_ww, H_wv}: the d x d blocks d^2K/dw_r dw_c and d^2K/dw_r dv_c. Numeric for numeric arguments;"
                        + " symbolic (the derived frame formulas at the symbolic pair) when w and v are lists of symbols.",
                (ast, s) -> derivative(ast, s, 2)));
        l.add(new Builtin("NetworkLoss", "NetworkLoss[W, V, alpha]",
                "L(W; V, alpha) = 1/2 E[(f_W(x) - f_V(x))^2] (Arjevani-Field normalisation) of student W (k x d) and"
                        + " teacher V (n x d), rows are neurons; numeric.", (ast, s) -> network(ast, 0)));
        l.add(new Builtin("NetworkGradient", "NetworkGradient[W, V, alpha]",
                "grad_W L as a k x d matrix (row i: dL/dw_i); needs every w_i != 0.", (ast, s) -> network(ast, 1)));
        l.add(new Builtin("NetworkHessian", "NetworkHessian[W, V, alpha]",
                "the (k d) x (k d) Hessian of L, index i*d + c (neuron i, coordinate c).", (ast, s) -> network(ast, 2)));
        l.add(new Builtin("KernelProfile", "KernelProfile[] | KernelProfile[\"g\"|\"hp\"|\"s\"|\"t\"]",
                "the derived profiles of K = |w||v| g(theta) in theta and alpha: g, hp = h'(u) = -g'(theta)/sin(theta),"
                        + " s = h - u h', t = h''(u) sin(theta)^2 (u = cos theta); all as rules, or one.",
                ModelFunctions::profile));
        l.add(new Builtin("GlobalMinimumBlocks", "GlobalMinimumBlocks[]",
                "the Hessian at W = V = I_k per Specht component of M(k,k) under Delta S_k, exact in alpha and k: a list"
                        + " of {\"component\", \"dimension\", \"A\", \"G\", \"characteristic\", \"eigenvalues\"}; the block"
                        + " eigenvalues solve det(A - lambda G) = 0 (symbol lambda). Takes 10-30 s on first use.",
                ModelFunctions::globalMinimum));
        return l;
    }

    private static Builtin self(String name) {
        return Toolkit.get(name).orElseThrow();
    }

    private static IExpr kernel(IAST ast, ScriptSession s) {
        Builtin b = self("LeakyKernel");
        Args.arity(ast, b, 3, 3);
        if (Args.isRealVector(ast.arg1()) && Args.isRealVector(ast.arg2()) && ast.arg3().isReal()) {
            double[] w = Args.vector(ast, 1, b);
            double[] v = Args.vector(ast, 2, b);
            sameLength(b, w, v);
            return F.num(Models.kernel(Args.real(ast, 3, b)).value(w, v));
        }
        return symbolicKernel(ast, s, b);
    }

    private static void sameLength(Builtin b, double[] w, double[] v) {
        if (w.length != v.length) {
            throw ToolkitError.input(ScriptMessages.ARGUMENT.format(b.name(), 2, "a vector of the length of w ("
                    + w.length + ")", v.length + " entries"));
        }
    }

    /**
     * A pair (w, v) of symbolic vectors in the session: the values of the symbols {@link KernelFrameFormulas#SYMBOLS}
     * (r = |w|, rho = |v|, \( \theta = \arccos u \), \( u = w\cdot v/(|w||v|) \), the derived profiles g, hp, s, t at
     * theta and alpha) and the frame vectors \( \hat w, \hat v, n = (\hat v - u\hat w)/\sqrt{1-u^2},
     * m = (\hat w - u\hat v)/\sqrt{1-u^2} \) as lists.
     */
    private record SymbolicPair(IExpr[] symbols, Map<FrameVector, IExpr[]> vectors) {
        /** @return the library expression e (in the symbols) evaluated at this pair in the session */
        IExpr at(IExpr e, ScriptSession s) {
            return Toolkit.apply(Symja.function(KernelFrameFormulas.SYMBOLS, e), symbols, s);
        }
    }

    private static SymbolicPair symbolicPair(IAST ast, ScriptSession s, Builtin b) {
        IAST w = list(ast, 1, b);
        IAST v = list(ast, 2, b);
        if (w.argSize() != v.argSize()) {
            throw ToolkitError.input(ScriptMessages.ARGUMENT.format(b.name(), 2, "a list as long as w", v.toString()));
        }
        int d = w.argSize();
        IExpr[] sw = new IExpr[d];
        IExpr[] sv = new IExpr[d];
        IExpr[] dot = new IExpr[d];
        for (int i = 0; i < d; i++) {
            sw[i] = F.Sqr(w.get(i + 1));
            sv[i] = F.Sqr(v.get(i + 1));
            dot[i] = F.Times(w.get(i + 1), v.get(i + 1));
        }
        IExpr nw = F.Sqrt(F.Plus(sw));
        IExpr nv = F.Sqrt(F.Plus(sv));
        IExpr u = F.Divide(F.Plus(dot), F.Times(nw, nv));
        IExpr sin = F.Sqrt(F.Subtract(F.C1, F.Sqr(u)));
        IExpr theta = F.ArcCos(u);
        IExpr alpha = ast.arg3();
        IExpr[] symbols = {nw, nv, theta, F.C0, F.C0, F.C0, F.C0, alpha};
        SymbolicPair pair = new SymbolicPair(symbols, new EnumMap<>(FrameVector.class));
        for (int j = 0; j < Profile.NAMES.length; j++) {
            symbols[KernelFrameFormulas.SYMBOLS.indexOf(Profile.NAMES[j])] =
                    pair.at(KernelFormulas.get().profile(Profile.NAMES[j]), s);
        }
        IExpr[] wHat = new IExpr[d];
        IExpr[] vHat = new IExpr[d];
        IExpr[] n = new IExpr[d];
        IExpr[] m = new IExpr[d];
        for (int i = 0; i < d; i++) {
            wHat[i] = F.Divide(w.get(i + 1), nw);
            vHat[i] = F.Divide(v.get(i + 1), nv);
            n[i] = F.Divide(F.Subtract(vHat[i], F.Times(u, wHat[i])), sin);
            m[i] = F.Divide(F.Subtract(wHat[i], F.Times(u, vHat[i])), sin);
        }
        pair.vectors().put(FrameVector.W_HAT, wHat);
        pair.vectors().put(FrameVector.V_HAT, vHat);
        pair.vectors().put(FrameVector.N, n);
        pair.vectors().put(FrameVector.M, m);
        return pair;
    }

    /** \( K = |w||v|\,g(\theta) \): the derived value {@link KernelFrameFormulas#value} at a symbolic pair. */
    private static IExpr symbolicKernel(IAST ast, ScriptSession s, Builtin b) {
        SymbolicPair p = symbolicPair(ast, s, b);
        return Toolkit.evaluate(p.at(KernelFrameFormulas.get().value(), s), s);
    }

    /**
     * A derived frame formula assembled at a symbolic pair: \( \sum_j c_j a_j \) (a list) or
     * \( c_I I + \sum_j c_j a_j b_j^T \) (a d x d matrix), coefficients from {@link KernelFrameFormulas}.
     */
    private static IExpr assembled(FrameFormula f, SymbolicPair p, ScriptSession s) {
        int d = p.vectors().get(FrameVector.W_HAT).length;
        boolean matrix = !f.identity().isZero() || f.terms().stream().anyMatch(t -> t.right().isPresent());
        IExpr cI = p.at(f.identity(), s);
        IExpr[][] sum = new IExpr[matrix ? d : 1][d];
        for (int r = 0; r < sum.length; r++) {
            for (int c = 0; c < d; c++) {
                IASTAppendable e = F.PlusAlloc(f.terms().size() + 1);
                if (matrix && r == c) {
                    e.append(cI);
                }
                for (Term t : f.terms()) {
                    IExpr a = p.vectors().get(t.left())[matrix ? r : c];
                    e.append(t.right().isPresent() ? F.Times(p.at(t.coefficient(), s), a,
                            p.vectors().get(t.right().get())[c]) : F.Times(p.at(t.coefficient(), s), a));
                }
                sum[r][c] = e.argSize() == 0 ? F.C0 : e;
            }
        }
        IExpr result = matrix ? F.List(java.util.Arrays.stream(sum).map(F::List).toArray(IExpr[]::new)) : F.List(sum[0]);
        return Toolkit.evaluate(result, s);
    }

    private static IAST list(IAST ast, int i, Builtin b) {
        if (!ast.get(i).isList() || ((IAST) ast.get(i)).argSize() == 0) {
            throw Args.bad(b, i, "a non-empty list (vector) of numbers or symbols", ast.get(i));
        }
        return (IAST) ast.get(i);
    }

    private static IExpr derivative(IAST ast, ScriptSession s, int order) {
        Builtin b = self(order == 1 ? "KernelGradient" : "KernelHessian");
        Args.arity(ast, b, 3, 3);
        if (Args.isRealVector(ast.arg1()) && Args.isRealVector(ast.arg2()) && ast.arg3().isReal()) {
            double[] w = Args.vector(ast, 1, b);
            double[] v = Args.vector(ast, 2, b);
            sameLength(b, w, v);
            ProfileKernel k = Models.kernel(Args.real(ast, 3, b));
            int d = w.length;
            if (order == 1) {
                double[] g = new double[d];
                k.gradientW(w, v, g);
                return Args.list(g);
            }
            double[] ww = new double[d * d];
            double[] wv = new double[d * d];
            k.hessianWW(w, v, ww);
            k.hessianWV(w, v, wv);
            return F.List(Args.matrix(ww, d), Args.matrix(wv, d));
        }
        IAST w = list(ast, 1, b);
        IAST v = list(ast, 2, b);
        requireSymbols(b, 1, w);
        if (order == 2) {
            requireSymbols(b, 2, v);
        }
        SymbolicPair p = symbolicPair(ast, s, self("LeakyKernel"));
        KernelFrameFormulas f = KernelFrameFormulas.get();
        if (order == 1) {
            return assembled(f.gradient(), p, s);
        }
        return F.List(assembled(f.hessianWW(), p, s), assembled(f.hessianWV(), p, s));
    }

    private static void requireSymbols(Builtin b, int i, IAST l) {
        for (IExpr x : l) {
            if (!x.isSymbol()) {
                throw Args.bad(b, i, "a list of numbers, or a list of symbols for the symbolic form", l);
            }
        }
    }

    private static IExpr network(IAST ast, int what) {
        Builtin b = self(what == 0 ? "NetworkLoss" : what == 1 ? "NetworkGradient" : "NetworkHessian");
        Args.arity(ast, b, 3, 3);
        double[][] w = Args.matrix(ast, 1, b);
        double[][] v = Args.matrix(ast, 2, b);
        if (w[0].length != v[0].length) {
            throw ToolkitError.input(ScriptMessages.ARGUMENT.format(b.name(), 2, "a teacher with d = " + w[0].length
                    + " columns like W", v[0].length + " columns"));
        }
        NetworkLoss loss = Models.loss(Args.real(ast, 3, b), v);
        int kd = w.length * w[0].length;
        if (what == 0) {
            return F.num(loss.loss(w));
        }
        if (what == 1) {
            double[] g = new double[kd];
            loss.gradient(w, g);
            return Args.matrix(g, w[0].length);
        }
        double[] h = new double[kd * kd];
        loss.hessian(w, h);
        return Args.matrix(h, kd);
    }

    private static IExpr profile(IAST ast, ScriptSession s) {
        Builtin b = self("KernelProfile");
        Args.arity(ast, b, 0, 1);
        KernelFormulas f = KernelFormulas.get();
        if (ast.argSize() == 1) {
            String name = Args.string(ast, 1, b);
            if (f.profile(name) == null) {
                throw Args.bad(b, 1, "one of \"g\", \"hp\", \"s\", \"t\"", ast.arg1());
            }
            return Toolkit.adopt(f.profile(name), s);
        }
        List<Object> kv = new ArrayList<>();
        for (Map.Entry<String, IExpr> e : f.profiles().entrySet()) {
            kv.add(e.getKey());
            kv.add(Toolkit.adopt(e.getValue(), s));
        }
        return Toolkit.record(kv.toArray());
    }

    private static IExpr globalMinimum(IAST ast, ScriptSession s) {
        Args.arity(ast, self("GlobalMinimumBlocks"), 0, 0);
        List<IExpr> out = new ArrayList<>();
        for (GlobalMinimumSpectrum.Block blk : GlobalMinimumSpectrum.get().blocks()) {
            List<IExpr> ev = new ArrayList<>();
            for (IExpr e : blk.eigenvalues()) {
                ev.add(Toolkit.adopt(e, s));
            }
            out.add(Toolkit.record("component", blk.component(), "dimension", blk.dimension(),
                    "A", Toolkit.adopt(blk.a(), s), "G", Toolkit.adopt(blk.gram(), s),
                    "characteristic", Toolkit.adopt(blk.characteristic(), s),
                    "eigenvalues", F.List(ev.toArray(new IExpr[0]))));
        }
        return F.List(out.toArray(new IExpr[0]));
    }

    /** @return the Specht component names in {@link GlobalMinimumStructure#COMPONENTS} order (for tests) */
    static String[] components() {
        return GlobalMinimumStructure.COMPONENTS.clone();
    }
}
