package org.landscape.solve;

/** Whether the Jacobian \( J = \partial F / \partial x \) of a {@link SmoothProblem} is symmetric. */
public enum JacobianSymmetry {
    /** \( J = J^T \) (gradient problems: \( J \) is a Hessian); real spectrum, symmetric eigen-decomposition. */
    SYMMETRIC,
    /** No structure assumed; spectra use the real parts of the eigenvalues. */
    GENERAL
}
