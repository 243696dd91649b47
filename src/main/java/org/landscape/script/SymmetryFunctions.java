package org.landscape.script;

import org.landscape.degree.BasicDegree;
import org.landscape.degree.BurnsideElement;
import org.landscape.degree.BurnsideRing;
import org.landscape.degree.EquivariantDegrees;
import org.landscape.group.CharacterTable;
import org.landscape.group.CharacterTables;
import org.landscape.group.Groups;
import org.landscape.group.PermutationGroup;
import org.landscape.group.SubgroupClass;
import org.landscape.group.SubgroupLattice;
import org.landscape.group.SubgroupLattices;
import org.landscape.rep.FixedPointSubspace;
import org.landscape.rep.IrreducibleDegrees;
import org.landscape.rep.IsotypicDecomposition;
import org.landscape.rep.WeightMatrixAction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups, representations and degrees (MATH.md sections 4-5) over {@code group}, {@code rep} and {@code degree}:
 * exact integers throughout, except the orthonormal bases of Fix(H) (doubles). Groups are named as on the command
 * line ({@code "S5"}, {@code "S4xZ2"}, {@code "DeltaS5"}, ...); spaces are {@code "Mkk"} (weight matrices
 * {@code U -> P U P^T}) or {@code "Mkd:K,D"}.
 */
final class SymmetryFunctions {

    private SymmetryFunctions() {
    }

    static List<Builtin> all() {
        List<Builtin> l = new ArrayList<>();
        l.add(new Builtin("CharacterTable", "CharacterTable[group]",
                "{\"classes\" -> class labels, \"irreps\" -> irreducible labels, \"table\" -> chi_i(class j)} (exact).",
                SymmetryFunctions::characterTable));
        l.add(new Builtin("SubgroupClasses", "SubgroupClasses[group]",
                "the conjugacy classes of subgroups (orbit types), each {\"index\", \"structure\", \"order\","
                        + " \"conjugates\", \"weylOrder\"}; the index is the one Burnside-ring coefficients use.",
                SymmetryFunctions::subgroups));
        l.add(new Builtin("Isotypic", "Isotypic[group, space]",
                "the isotypic decomposition of the weight-matrix space (\"Mkk\" or \"Mkd:K,D\"): one"
                        + " {\"irrep\", \"irrepDimension\", \"multiplicity\", \"dimension\"} per irreducible present.",
                SymmetryFunctions::isotypic));
        l.add(new Builtin("FixedSubspace", "FixedSubspace[group, classIndex, space]",
                "Fix(H) in the space for H in subgroup class classIndex (see SubgroupClasses): {\"dimension\" -> n,"
                        + " \"basis\" -> orthonormal rows, flattened weight matrices with index i*d + c}.",
                SymmetryFunctions::fixed));
        l.add(new Builtin("BasicDegree", "BasicDegree[group, irrep]",
                "the basic degree deg_V in the Burnside ring A(G) of the irreducible with partition label irrep"
                        + " (e.g. {3,2}): {\"irrep\", \"dimension\", \"degree\" -> text, \"coefficients\" -> {{class,"
                        + " structure, n_L}..}, \"maximalOrbitTypes\" -> {structure..}}.",
                SymmetryFunctions::basicDegree));
        l.add(new Builtin("BifurcationInvariant", "BifurcationInvariant[group, crossings] |"
                + " BifurcationInvariant[group, crossings, before]",
                "omega = deg(before) - deg(after) in A(G) when the irreducibles listed in crossings (labels such as"
                        + " {4,1}; repeat a label for several copies) turn negative, starting from the isotypic Morse"
                        + " indices before (labels, default none): {\"omega\" -> text, \"coefficients\","
                        + " \"predicted\" -> {{class, structure, coefficient}..}} (maximal classes: branch symmetries).",
                SymmetryFunctions::bifurcation));
        return l;
    }

    private static Builtin self(String name) {
        return Toolkit.get(name).orElseThrow();
    }

    private static PermutationGroup group(IAST ast, Builtin b) {
        return Groups.parse(Args.string(ast, 1, b));
    }

    private static IExpr characterTable(IAST ast, ScriptSession s) {
        Builtin b = self("CharacterTable");
        Args.arity(ast, b, 1, 1);
        CharacterTable t = table(group(ast, b), b);
        IExpr[] classes = new IExpr[t.size()];
        IExpr[] irreps = new IExpr[t.size()];
        IExpr[] rows = new IExpr[t.size()];
        for (int i = 0; i < t.size(); i++) {
            classes[i] = F.stringx(t.classLabel(i));
            irreps[i] = F.stringx(t.irrepLabel(i));
            IExpr[] row = new IExpr[t.size()];
            for (int j = 0; j < t.size(); j++) {
                row[j] = F.ZZ(t.value(i, j));
            }
            rows[i] = F.List(row);
        }
        return Toolkit.record("classes", F.List(classes), "irreps", F.List(irreps), "table", F.List(rows));
    }

    private static CharacterTable table(PermutationGroup g, Builtin b) {
        if (g.structure().isEmpty()) {
            throw ToolkitError.input(ScriptMessages.ARGUMENT.format(b.name(), 1,
                    "a group with a closed-form character table (S5, S4xZ2, DeltaS5, ...)", g.name()));
        }
        return CharacterTables.of(g);
    }

    private static IExpr subgroups(IAST ast, ScriptSession s) {
        Builtin b = self("SubgroupClasses");
        Args.arity(ast, b, 1, 1);
        SubgroupLattice lat = SubgroupLattices.of(group(ast, b));
        List<IExpr> out = new ArrayList<>();
        for (SubgroupClass c : lat.classes()) {
            out.add(Toolkit.record("index", c.index(), "structure", c.structure(), "order", c.order(),
                    "conjugates", c.conjugates(), "weylOrder", c.weylOrder()));
        }
        return F.List(out.toArray(new IExpr[0]));
    }

    private static WeightMatrixAction space(IAST ast, int i, PermutationGroup g, Builtin b) {
        return WeightMatrixAction.parse(g, Args.string(ast, i, b))
                .orElseThrow(() -> Args.bad(b, i, "\"Mkk\" or \"Mkd:K,D\"", ast.get(i)));
    }

    private static IExpr isotypic(IAST ast, ScriptSession s) {
        Builtin b = self("Isotypic");
        Args.arity(ast, b, 2, 2);
        PermutationGroup g = group(ast, b);
        table(g, b);
        IsotypicDecomposition dec = IsotypicDecomposition.of(space(ast, 2, g, b));
        List<IExpr> out = new ArrayList<>();
        for (IsotypicDecomposition.Component c : dec.components()) {
            out.add(Toolkit.record("irrep", c.label(), "irrepDimension", c.irrepDimension(),
                    "multiplicity", c.multiplicity(), "dimension", c.dimension()));
        }
        return F.List(out.toArray(new IExpr[0]));
    }

    private static IExpr fixed(IAST ast, ScriptSession s) {
        Builtin b = self("FixedSubspace");
        Args.arity(ast, b, 3, 3);
        PermutationGroup g = group(ast, b);
        SubgroupLattice lat = SubgroupLattices.of(g);
        int c = Args.integer(ast, 2, b);
        if (c < 0 || c >= lat.size()) {
            throw Args.bad(b, 2, "a subgroup class index 0.." + (lat.size() - 1), ast.arg2());
        }
        FixedPointSubspace fix = FixedPointSubspace.of(space(ast, 3, g, b), lat.get(c).generators());
        IExpr[] rows = new IExpr[fix.dimension()];
        double[][] basis = fix.basis();
        for (int i = 0; i < rows.length; i++) {
            rows[i] = Args.list(basis[i]);
        }
        return Toolkit.record("dimension", fix.dimension(), "basis", F.List(rows));
    }

    private static List<BasicDegree> degrees(PermutationGroup g, BurnsideRing ring) {
        return IrreducibleDegrees.of(g, ring).degrees();
    }

    private static String label(IExpr e) {
        if (e.isString()) {
            return e.toString().replace("[", "").replace("]", "").replace(" ", "");
        }
        if (e.isList()) {
            List<String> parts = new ArrayList<>();
            for (IExpr x : (IAST) e) {
                parts.add(x.toString());
            }
            return String.join(",", parts);
        }
        return e.toString();
    }

    private static int index(List<BasicDegree> all, IExpr e, Builtin b, int arg) {
        String norm = label(e);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).irrep().equals(norm)) {
                return i;
            }
        }
        List<String> labels = new ArrayList<>();
        all.forEach(d -> labels.add("{" + d.irrep() + "}"));
        throw Args.bad(b, arg, "an irreducible label, one of " + String.join(" ", labels), e);
    }

    private static IExpr coefficients(SubgroupLattice lat, BurnsideElement x) {
        List<IExpr> out = new ArrayList<>();
        for (int i : x.support()) {
            out.add(F.List(F.ZZ(i), F.stringx(lat.get(i).structure()), F.ZZ(x.coefficient(i))));
        }
        return F.List(out.toArray(new IExpr[0]));
    }

    private static IExpr basicDegree(IAST ast, ScriptSession s) {
        Builtin b = self("BasicDegree");
        Args.arity(ast, b, 2, 2);
        PermutationGroup g = group(ast, b);
        SubgroupLattice lat = SubgroupLattices.of(g);
        BurnsideRing ring = new BurnsideRing(lat);
        List<BasicDegree> all = degrees(g, ring);
        BasicDegree d = all.get(index(all, ast.arg2(), b, 2));
        List<IExpr> max = new ArrayList<>();
        for (int c : d.maximalOrbitTypes()) {
            max.add(F.stringx(lat.get(c).structure()));
        }
        return Toolkit.record("irrep", d.irrep(), "dimension", d.dimension(), "degree", d.degree().toString(),
                "coefficients", coefficients(lat, d.degree()), "maximalOrbitTypes", F.List(max.toArray(new IExpr[0])));
    }

    private static IExpr bifurcation(IAST ast, ScriptSession s) {
        Builtin b = self("BifurcationInvariant");
        Args.arity(ast, b, 2, 3);
        PermutationGroup g = group(ast, b);
        SubgroupLattice lat = SubgroupLattices.of(g);
        BurnsideRing ring = new BurnsideRing(lat);
        List<BasicDegree> all = degrees(g, ring);
        long[] dm = counts(all, ast, 2, b);
        long[] m0 = ast.argSize() == 3 ? counts(all, ast, 3, b) : new long[all.size()];
        EquivariantDegrees.BifurcationInvariant w = EquivariantDegrees.crossing(ring, all, m0, dm);
        List<IExpr> pred = new ArrayList<>();
        for (int c : w.predicted()) {
            pred.add(F.List(F.ZZ(c), F.stringx(lat.get(c).structure()), F.ZZ(w.omega().coefficient(c))));
        }
        return Toolkit.record("omega", w.omega().toString(), "coefficients", coefficients(lat, w.omega()),
                "predicted", F.List(pred.toArray(new IExpr[0])));
    }

    private static long[] counts(List<BasicDegree> all, IAST ast, int arg, Builtin b) {
        IExpr e = ast.get(arg);
        if (!e.isList()) {
            throw Args.bad(b, arg, "a list of irreducible labels such as {{4,1},{3,2}}", e);
        }
        long[] m = new long[all.size()];
        for (IExpr x : (IAST) e) {
            m[index(all, x, b, arg)]++;
        }
        return m;
    }
}
