package org.landscape.analysis;

import org.landscape.base.NotConvergedException;
import org.landscape.base.Require;
import org.landscape.rep.WeightMatrixAction;
import org.landscape.solve.NewtonSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A symmetric family of critical points followed in the width k (k = n = d, teacher \( V = I_k \)): the critical
 * point of width k lies in \( \mathrm{Fix}(H_k) \) for a diagonal Young family \( H_k \) ({@link YoungFamily}, e.g.
 * \( \Delta(S_{k-1} \times S_1) \), Arjevani and Field's type A, or \( \Delta S_k \)), and is described by the
 * k-independent pattern values on the orbits of \( H_k \). From width k to k + s (s = +-1) the predictor is the
 * linear extrapolation of the pattern values in k from the last two members (the last one at the first step);
 * the corrector is Newton in \( \mathrm{Fix}(H_{k+s}) \) ({@link CriticalPointSearch}). Every member carries
 * its isotropy, its Hessian spectrum (index, smallest eigenvalue with the Weyl error bound) and, when asked, the
 * 45-digit quadrature certificate ({@link MinimumCertificate}).
 */
public final class WidthFamily {
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
        double[][] w0 = family.standardPosition(start, 1e-6).orElseThrow(() -> AnalysisMessages.FAMILY_START
                .invalid(family.template(), k0, family.distanceToFix(start)));
        int step = toWidth >= k0 ? 1 : -1;
        List<WidthFamilyMember> members = new ArrayList<>();
        Map<String, Double> guess = family.parameters(w0);
        for (int k = k0; ; k += step) {
            WidthFamilyMember m = member(family, family.matrix(guess, k), alpha, k, certify);
            members.add(m);
            each.accept(m);
            if (k == toWidth) {
                return members;
            }
            guess = predict(members);
        }
    }

    /** @return the member of width k from the start W (in standard position) */
    static WidthFamilyMember member(YoungFamily family, double[][] w, double alpha, int k, boolean certify) {
        double[][] teacher = org.landscape.model.Matrices.identity(k);
        WeightMatrixAction action = WeightMatrixAction.of(family.group(k), k, k);
        NewtonSettings settings = CriticalPointSearch.DEFAULT_SETTINGS;
        CriticalPoint c = CriticalPointSearch.newton(w, teacher, alpha, Optional.of(action), settings);
        if (!c.converged()) {
            throw new NotConvergedException("Newton in Fix(" + family.name(k) + ") did not converge at width k = " + k
                    + " (status " + c.newton().status() + ", |grad L| = " + c.gradientNorm()
                    + "): the family may end here (a fold in k); the widths before it were printed");
        }
        Optional<MinimumCertificate.Certificate> cert = certify
                ? Optional.of(MinimumCertificate.certify(c.w(), teacher, alpha, MinimumCertificate.DEFAULT_GRADIENT_TOLERANCE))
                : Optional.empty();
        return new WidthFamilyMember(k, family.parameters(c.w()), c, cert);
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
