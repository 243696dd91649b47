package org.landscape.solve;

/**
 * Direction of a bifurcating branch relative to the stability change of its parent (Kuznetsov, section 3.4;
 * for gradient problems, stability = index 0).
 */
public enum Criticality {
    /** The new branch lies on the side \( \mathrm{sign}(p - p_0) \) where the parent has the larger index. */
    SUPERCRITICAL,
    /** The new branch lies on the side where the parent has the smaller index. */
    SUBCRITICAL,
    /** The two halves \( \pm \) kernel direction leave to opposite sides (transcritical). */
    TRANSCRITICAL,
    /** Not decided: no half converged, or the side or the parent's index change is undefined. */
    UNDETERMINED
}
