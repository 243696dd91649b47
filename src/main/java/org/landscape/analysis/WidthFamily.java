package org.landscape.analysis;

import org.landscape.base.NotConvergedException;
import org.landscape.base.Require;
import org.landscape.model.Matrices;
import org.landscape.reduced.YoungStructure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A symmetric family of critical points followed in the width k (k = n = d, teacher \( V = I_k \)): the critical
 * point of width k lies in \( \mathrm{Fix}(H_k) \) for a Young family \( H_k \) ({@link YoungFamily}, e.g.
 * \( \Delta(S_{k-1} \times S_1) \), Arjevani and Field's type A, \( \Delta S_k \), or rows and columns partitioned
 * differently such as \( S_{k-1} \times S_1 \times S_{k-2} \times S_2 \)), and is described by the
 * k-independent pattern values on the orbits of \( H_k \). From width k to k + s (s = +-1) the predictor is the
 * linear extrapolation of the pattern values in k from the last two members (the last one at the first step);
 * the corrector is Newton in \( \mathrm{Fix}(H_{k+s}) \) ({@link CriticalPointSearch}). Every member carries
 * its isotropy, its Hessian spectrum (index, smallest eigenvalue with the Weyl error bound) and, when asked, the
 * 45-digit quadrature certificate ({@link MinimumCertificate}).
 */
public final class WidthFamily {
    /**
     * Up to this width every member's isotropy is re-detected from the point (families can meet more symmetric points
     * at small k); beyond, it is the family's group H_k (colour refinement would cost O(k^2 log k) per width).
     */
    static final int REDETECT_WIDTH = 50;
    private WidthFamily() {
    }

    /**
     * @param family  the Young family
     * @param start   a critical point or a start of width \( k_0 \) with the family's symmetry (in any position: it
     *                is permuted into the standard position of the template)
     * @param alpha   leaky slope
     * @param toWidth the last width (above or below \( k_0 \))
     * @param certify certify each member by 45-digit quadrature
     * @param each    called with each member as soon as it is computed (progress, streaming output)
     * @return the members from \( k_0 \) to {@code toWidth}
     * @throws NotConvergedException when Newton fails at some width; the members before it were already passed to
     *                               {@code each}
     */
    public static List<WidthFamilyMember> follow(YoungFamily family, double[][] start, double alpha, int toWidth,
                                                 boolean certify, Consumer<WidthFamilyMember> each) {
        Require.finite(alpha, "alpha");
        int k0 = start.length;
        for (double[] row : start) {
            if (row.length != k0) {
                throw AnalysisMessages.FAMILY_SQUARE.invalid(k0, row.length);
            }
            Require.finite(row, "start W");
        }
        if (toWidth < family.minimumWidth()) {
            throw AnalysisMessages.FAMILY_WIDTH.invalid(family.template(), toWidth, family.minimumWidth());
        }
        double[][] w0 = family.standardPosition(start, 1e-6).orElseThrow(() -> notInFamily(family, start));
        int step = toWidth >= k0 ? 1 : -1;
        List<WidthFamilyMember> members = new ArrayList<>();
        Map<String, Double> guess = family.parameters(w0);
        for (int k = k0; ; k += step) {
            WidthFamilyMember m = member(family, guess, alpha, k, certify);
            members.add(m);
            each.accept(m);
            if (k == toWidth) {
                return members;
            }
            guess = predict(members);
        }
    }

    /** @return the member of width k from pattern values (in template order), orbit-reduced: no k x k matrix */
    static WidthFamilyMember member(YoungFamily family, Map<String, Double> guess, double alpha, int k,
                                    boolean certify) {
        YoungStructure h = family.structure(k);
        ReducedLossProblem problem = new ReducedLossProblem(h.shape(), identityTeacher(h));
        double[] pattern = pattern(h, guess);
        boolean small = k <= REDETECT_WIDTH;
        CriticalPoint c = CriticalPointSearch.reducedFrom(h, problem, pattern, small ? Matrices.identity(k) : null,
                alpha, CriticalPointSearch.DEFAULT_SETTINGS, "Fix(" + family.name(k) + ")", "orbit-reduced in Fix("
                        + family.name(k) + "), " + h.shape().studentOrbits() + " orbit values"
                        + (small ? "" : "; isotropy taken as the family's group (k above " + REDETECT_WIDTH
                        + ": not re-detected)"), true);
        if (!c.converged()) {
            throw new NotConvergedException("Newton in Fix(" + family.name(k) + ") did not converge at width k = " + k
                    + " (status " + c.newton().status() + ", |grad L| = " + c.gradientNorm()
                    + "): the family may end here (a fold in k); the widths before it were printed");
        }
        Optional<MinimumCertificate.Certificate> cert = certify
                ? Optional.of(MinimumCertificate.certify(c.w(), Matrices.identity(k), alpha,
                MinimumCertificate.DEFAULT_GRADIENT_TOLERANCE))
                : Optional.empty();
        double[] x = c.structure().isPresent() && c.structure().get() == h ? c.pattern().orElseThrow()
                : h.pattern(c.w());
        return new WidthFamilyMember(k, parameters(h, x), c, cert);
    }

    /**
     * @param family the family
     * @param start  a point of the family at an integer width k0, in any row and column order (read)
     * @return its values on the orbits of \( H_{k_0} \) (the unknowns of {@link FamilyInWidth})
     */
    public static double[] startPattern(YoungFamily family, double[][] start) {
        int k0 = start.length;
        for (double[] row : start) {
            if (row.length != k0) {
                throw AnalysisMessages.FAMILY_SQUARE.invalid(k0, row.length);
            }
            Require.finite(row, "start W");
        }
        double[][] w0 = family.standardPosition(start, 1e-6).orElseThrow(() -> notInFamily(family, start));
        return pattern(family.structure(k0), family.parameters(w0));
    }

    /**
     * @return the error for a start that is not in Fix(H_k) in any position; when the family or the start's own block
     *         structure is not diagonal, the message names that structure in the template syntax
     *         ({@link YoungIsotropy#familyName}), so it can be followed instead
     */
    private static org.landscape.base.InvalidInputException notInFamily(YoungFamily family, double[][] start) {
        int k0 = start.length;
        double distance = family.distanceToFix(start);
        Optional<String> own = org.landscape.reduced.BlockStructureDetection.detect(start, Matrices.identity(k0), 1e-6)
                .flatMap(d -> YoungIsotropy.familyName(d.structure()));
        if (own.isEmpty() || (family.isDiagonal() && YoungFamily.at(own.get(), k0).isDiagonal())) {
            return AnalysisMessages.FAMILY_START.invalid(family.template(), k0, distance);
        }
        return AnalysisMessages.FAMILY_START_OWN.invalid(family.template(), k0, distance, own.get(), "S{k-c}");
    }

    /** @return the pattern of H_k's orbits from the family's labels ({@link YoungFamily#label}); absent labels 0 */
    static double[] pattern(YoungStructure h, Map<String, Double> parameters) {
        double[] p = new double[h.shape().studentOrbits()];
        for (int o = 0; o < p.length; o++) {
            p[o] = parameters.getOrDefault(label(h, o), 0.0);
        }
        return p;
    }

    /** @return the family's labels with the values of a pattern of H_k's orbits */
    static Map<String, Double> parameters(YoungStructure h, double[] pattern) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int o = 0; o < pattern.length; o++) {
            out.put(label(h, o), pattern[o]);
        }
        return out;
    }

    /** The label of student orbit o ({@link YoungFamily#label}). */
    private static String label(YoungStructure h, int o) {
        return YoungFamily.label(h.shape(), o);
    }

    /** @return \( I_k \) on the teacher orbits of a family's structure: 1 on the diagonal orbits */
    static double[] identityTeacher(YoungStructure h) {
        return identityTeacher(h.shape());
    }

    /**
     * @return \( I_k \) on the teacher orbits of a shape whose teacher parts share factor and positions with their
     *         column parts (every {@link YoungFamily#shape}): 1 on the diagonal orbits, 0 elsewhere
     */
    public static double[] identityTeacher(org.landscape.reduced.YoungShape shape) {
        double[] v = new double[shape.teacherOrbits()];
        for (int o = 0; o < v.length; o++) {
            v[o] = shape.teacherOrbit(o)[2];
        }
        return v;
    }

    /** Linear extrapolation of the pattern values from the last two members (constant from one). */
    static Map<String, Double> predict(List<WidthFamilyMember> members) {
        WidthFamilyMember last = members.get(members.size() - 1);
        if (members.size() == 1) {
            return last.parameters();
        }
        WidthFamilyMember prev = members.get(members.size() - 2);
        Map<String, Double> out = new LinkedHashMap<>();
        last.parameters().forEach((key, v) -> out.put(key, 2 * v - prev.parameters().getOrDefault(key, v)));
        return out;
    }
}
