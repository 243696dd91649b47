package org.landscape.solve;

/** Globalisation of {@link Newton}. */
public enum LineSearch {
    /** Full Newton steps. */
    NONE,
    /**
     * Armijo backtracking on \( \tfrac12\|G\|^2 \): halve \( \lambda \) until
     * \( \|G(y + \lambda \delta)\| \le (1 - 10^{-4}\lambda)\|G(y)\| \) (Dennis and Schnabel, <em>Numerical Methods
     * for Unconstrained Optimization and Nonlinear Equations</em>, section 6.3), at most 30 halvings.
     */
    BACKTRACKING
}
