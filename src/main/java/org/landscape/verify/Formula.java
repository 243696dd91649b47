package org.landscape.verify;

/** The formulas the suite verifies (MATH.md sections 2 and 3), with their report labels. */
public enum Formula {
    /** \( K_\alpha(w, v) \). */
    KERNEL("kernel"),
    /** \( \nabla_w K \). */
    GRADIENT("gradient"),
    /** \( \nabla^2_{ww} K \). */
    HESSIAN_WW("hessian_ww"),
    /** \( \nabla^2_{wv} K \). */
    HESSIAN_WV("hessian_wv"),
    /** \( L(W; V) \). */
    LOSS("loss"),
    /** \( \nabla_W L \). */
    LOSS_GRADIENT("loss_gradient"),
    /** \( \nabla^2_W L \). */
    LOSS_HESSIAN("loss_hessian");

    private final String label;

    Formula(String label) {
        this.label = label;
    }

    /** @return the snake-case label used in tables and JSON */
    public String label() {
        return label;
    }
}
