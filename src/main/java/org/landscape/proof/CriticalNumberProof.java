package org.landscape.proof;

import org.landscape.base.Evidence;
import org.landscape.interval.Interval;

import java.util.List;

/**
 * The outcome of {@link CriticalNumberProofs#prove}: a critical number \( \alpha^* \) of a G-symmetric family at
 * which the Hessian's block of one isotypic component becomes singular.
 *
 * @param existence     proved: there is exactly one \( (W, \psi, \alpha) \) in the box solving the extended system
 *                      (W a critical point in Fix(G), \( B_K\psi \) a kernel vector of the Hessian in Fix(K))
 * @param transversal   proved: the zero eigenvalue is simple in Fix(K) and crosses with nonzero speed (the
 *                      Jacobian of the extended system is nonsingular on the box); never proved for a touch
 * @param alpha         the enclosure of \( \alpha^* \) (ENTIRE unless proved)
 * @param point         the enclosure of the critical point at \( \alpha^* \), flat k*d (empty unless proved)
 * @param kernel        the enclosure of the kernel vector \( B_K\psi \) in M(k,d), flat (empty unless proved)
 * @param component     the isotypic component whose block is singular (its label)
 * @param componentShare the share of the kernel vector in that component (numerical, should be 1)
 * @param subgroupK     the structure of K (whose fixed points isolate one copy of the component)
 * @param boxRadius     radius of the Krawczyk box in the unknowns \( (y, \psi, \alpha) \)
 * @param seconds       wall time
 * @param evidence      method and widths
 */
public record CriticalNumberProof(Verdict existence, Verdict transversal, Interval alpha, List<Interval> point,
                                  List<Interval> kernel, String component, double componentShare, String subgroupK, double boxRadius,
                                  double seconds, Evidence evidence) {
    public CriticalNumberProof {
        point = List.copyOf(point);
        kernel = List.copyOf(kernel);
    }

    /** @return true if \( \alpha^* \) is enclosed and the crossing proved transversal */
    public boolean proved() {
        return existence.proved() && transversal.proved();
    }
}
