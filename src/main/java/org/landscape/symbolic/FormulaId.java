package org.landscape.symbolic;

import org.landscape.base.InvalidInputException;

import java.util.Locale;

/** Catalogue of the formulas the symbolic layer derives; each has one home (STYLE 5). */
public enum FormulaId {
    /** \( K_\alpha(w,v) = |w||v|\,g(\theta) \). */
    KERNEL("kernel", "Gaussian leaky-ReLU kernel K_alpha(w, v)"),
    /** \( \nabla_w K \) and \( \nabla_{w_i} L \). */
    GRADIENT("gradient", "gradient of the kernel in w and of the loss in each neuron"),
    /** \( \nabla^2_{ww} K \), \( \nabla^2_{wv} K \) and the loss Hessian blocks. */
    HESSIAN("hessian", "Hessian blocks of the kernel and of the loss"),
    /** \( L = \tfrac12 E[(f_W - f_V)^2] \) assembled from K. */
    LOSS("loss", "population loss L(W; V, alpha)"),
    /** \( \nabla_w K = c_w \hat w + c_v \hat v \): frame coefficients derived by Symja ({@code KernelFrameFormulas}). */
    GRADIENT_FRAME("gradient-frame", "frame coefficients of grad_w K in (w_hat, v_hat), derived by differentiation"),
    /** \( \nabla^2_{ww} K = c_I I + \sum c_{ab} a b^T \), \( a, b \in \{\hat w, n\} \). */
    HESSIAN_WW_FRAME("hessian-ww-frame", "frame coefficients of Hess_ww K in (I, w_hat, n), derived by differentiation"),
    /** \( \nabla^2_{wv} K = c_I I + \sum c_{ab} a b^T \), \( a \in \{\hat w, n\} \), \( b \in \{\hat v, m\} \). */
    HESSIAN_WV_FRAME("hessian-wv-frame", "frame coefficients of Hess_wv K in (I, w_hat, n; v_hat, m), derived by "
            + "differentiation");

    private final String key;
    private final String title;

    FormulaId(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** @return the command-line name, e.g. "kernel" */
    public String key() {
        return key;
    }

    /** @return a one-line description */
    public String title() {
        return title;
    }

    /** Parses a command-line name. */
    public static FormulaId parse(String s) {
        for (FormulaId id : values()) {
            if (id.key.equalsIgnoreCase(s.trim())) {
                return id;
            }
        }
        throw new InvalidInputException("unknown formula '" + s + "': choose one of kernel, gradient, hessian, loss, gradient-frame, "
                + "hessian-ww-frame, hessian-wv-frame");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
