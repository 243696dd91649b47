package org.landscape.symbolic;

import org.matheclipse.core.interfaces.IExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The assembly of the kernel's value, gradient and Hessian blocks from the scalar profiles, derived by Symja
 * (not typed): \( K(w,v) = |w||v|\,h(u) \), \( u = \hat w\cdot\hat v = \cos\theta \), with h an undetermined
 * function, is differentiated in Cartesian coordinates of \( \mathbb{R}^3 \) and evaluated in the planar frame
 * \( w = r e_1 \), \( v = \rho(\cos\theta\, e_1 + \sin\theta\, e_2) \). There the frame vectors are
 * \( \hat w = e_1 \), \( \hat v \), \( n = (\hat v - u\hat w)/\sin\theta = e_2 \) and
 * \( m = (\hat w - u\hat v)/\sin\theta \); the derivatives of h are replaced by the profiles of
 * {@link Profile} (\( h = s + u\,h' \), \( h'' = t/\sin^2\theta \)). Each block is then written as
 * \[ c_I\, I + \sum_{a, b} c_{ab}\, a\, b^T \]
 * with \( c_I \) the out-of-plane entry and \( c_{ab} = a^T (H - c_I I) b \) over the orthonormal in-plane frames
 * \( a \in \{\hat w, n\} \) and \( b \in \{\hat w, n\} \) (\( \nabla^2_{ww} \)) or \( b \in \{\hat v, m\} \)
 * (\( \nabla^2_{wv} \)); the gradient as \( c_w \hat w + c_v \hat v \). Every decomposition is checked
 * symbolically (all nine entries of \( H - c_I I - \sum c_{ab} a b^T \) simplify to 0); rotations fixing w and v
 * commute with the derivatives, so the same coefficients hold in every dimension d (the numeric check against the
 * compiled model is {@code IntervalKernelTest}). The self term \( K(w,w) = |w|^2 g(0) \) of the loss and the
 * weights of \( K_\alpha = \alpha K_{lin} + (1-\alpha)^2 K_{relu} \) are derived and checked here too.
 *
 * <p>Symbols of the coefficients: {@code r} = |w|, {@code rho} = |v|, {@code theta}, the profiles {@code g, hp, s,
 * t} (MATH.md section 3), and {@code alpha} in the self term and the part weights. Derived once per JVM (about 8 s
 * of Symja work). Source: MATH.md sections 2-3; STACK-NOTES "template" (cross-check).
 */
public final class KernelFrameFormulas {
    /** Symbols the frame coefficients may contain. */
    public static final List<String> SYMBOLS = List.of("r", "rho", "theta", "g", "hp", "s", "t", "alpha");

    /** A vector of the planar frame of a pair (w, v). */
    public enum FrameVector {
        /** \( \hat w = w/|w| \). */
        W_HAT("{1,0,0}"),
        /** \( \hat v = v/|v| \). */
        V_HAT("{Cos[theta],Sin[theta],0}"),
        /** \( n = (\hat v - \cos\theta\,\hat w)/\sin\theta \). */
        N("{0,1,0}"),
        /** \( m = (\hat w - \cos\theta\,\hat v)/\sin\theta \). */
        M("{Sin[theta],-Cos[theta],0}");

        private final String inFrame;

        FrameVector(String inFrame) {
            this.inFrame = inFrame;
        }

        /** @return its coordinates in the planar frame, as Symja input */
        public String inFrame() {
            return inFrame;
        }
    }

    /**
     * One term \( c\, a\, b^T \) of a matrix block, or \( c\, a \) of a vector (then {@code right} is empty).
     *
     * @param left        a
     * @param right       b (empty for a vector formula)
     * @param coefficient c, in the symbols {@link #SYMBOLS}
     */
    public record Term(FrameVector left, Optional<FrameVector> right, IExpr coefficient) {
    }

    /**
     * A derived block: \( c_I I + \sum \) terms (vectors: \( \sum \) terms).
     *
     * @param id       the formula's id
     * @param identity \( c_I \) (0 for a vector)
     * @param terms    the non-zero terms (those whose coefficient simplifies to 0 are dropped)
     */
    public record FrameFormula(FormulaId id, IExpr identity, List<Term> terms) {
        public FrameFormula {
            terms = List.copyOf(terms);
        }
    }

    private static final String NW = "Sqrt[w1^2+w2^2+w3^2]";
    private static final String NV = "Sqrt[v1^2+v2^2+v3^2]";
    private static final String KERNEL = NW + "*" + NV + "*h[(w1*v1+w2*v2+w3*v3)/(" + NW + "*" + NV + ")]";
    private static final String FRAME = "{w1->r, w2->0, w3->0, v1->rho*Cos[theta], v2->rho*Sin[theta], v3->0}";
    private static final String DERIVATIVE_PROFILES =
            "{h[_]->(s+Cos[theta]*hp), Derivative[1][h][_]->hp, Derivative[2][h][_]->t/Sin[theta]^2}";

    private static volatile KernelFrameFormulas instance;

    private final IExpr value;
    private final FrameFormula gradient;
    private final FrameFormula hessianWW;
    private final FrameFormula hessianWV;
    private final IExpr selfValue;
    private final FrameFormula selfGradient;
    private final FrameFormula selfHessian;
    private final IExpr[] partWeights;

    private KernelFrameFormulas() {
        value = Symja.eval("Simplify[PowerExpand[Simplify[(" + KERNEL + ") /. " + FRAME + "]] /. h[_] -> g]");
        gradient = vectorFormula(FormulaId.GRADIENT_FRAME, KERNEL, List.of(FrameVector.W_HAT, FrameVector.V_HAT));
        hessianWW = matrixFormula(FormulaId.HESSIAN_WW_FRAME, KERNEL, "w", List.of(FrameVector.W_HAT, FrameVector.N));
        hessianWV = matrixFormula(FormulaId.HESSIAN_WV_FRAME, KERNEL, "v", List.of(FrameVector.V_HAT, FrameVector.M));
        IExpr g0 = KernelFormulas.get().limitsAtZero().get("g");
        String self = "(w1^2+w2^2+w3^2)*(" + Symja.input(g0) + ")";
        selfValue = Symja.eval("Simplify[(" + self + ") /. " + FRAME + "]");
        selfGradient = vectorFormula(FormulaId.GRADIENT_FRAME, self, List.of(FrameVector.W_HAT));
        selfHessian = matrixFormula(FormulaId.HESSIAN_WW_FRAME, self, "w", List.of(FrameVector.W_HAT, FrameVector.N));
        KernelDerivation d = KernelDerivation.get();
        partWeights = new IExpr[]{Symja.eval("alpha"), Symja.eval("(1-alpha)^2")};
        IExpr check = Symja.eval("Simplify[alpha*(" + Symja.input(d.linear().g()) + ") + (1-alpha)^2*("
                + Symja.input(d.relu().g()) + ") - (" + Symja.input(d.leakyProfile()) + ")]");
        requireZero(check, "part weights alpha, (1-alpha)^2 of K_alpha = alpha K_lin + (1-alpha)^2 K_relu");
    }

    /** @return the formulas, derived once per JVM (thread-safe) */
    public static KernelFrameFormulas get() {
        KernelFrameFormulas f = instance;
        if (f == null) {
            synchronized (KernelFrameFormulas.class) {
                f = instance;
                if (f == null) {
                    f = new KernelFrameFormulas();
                    instance = f;
                }
            }
        }
        return f;
    }

    /** Derivative of {@code expr} in the frame with the profiles substituted, simplified. */
    private static IExpr inFrame(String derivative) {
        return Symja.eval("Simplify[PowerExpand[Simplify[(" + derivative + ") /. " + FRAME + "]] /. "
                + DERIVATIVE_PROFILES + "]");
    }

    private static FrameFormula vectorFormula(FormulaId id, String kernel, List<FrameVector> basis) {
        IExpr[] g = new IExpr[3];
        for (int i = 0; i < 3; i++) {
            g[i] = inFrame("D[" + kernel + ", w" + (i + 1) + "]");
        }
        String grad = "{" + Symja.input(g[0]) + "," + Symja.input(g[1]) + "," + Symja.input(g[2]) + "}";
        // solve grad = sum_b c_b b for the in-plane basis (two vectors: w_hat and v_hat, or w_hat alone)
        List<Term> terms = new ArrayList<>();
        StringBuilder residual = new StringBuilder(grad);
        if (basis.size() == 1) {
            IExpr c = Symja.eval("Simplify[(" + grad + ").(" + basis.get(0).inFrame() + ")]");
            addTerm(terms, basis.get(0), Optional.empty(), c);
            residual.append("-(").append(Symja.input(c)).append(")*").append(basis.get(0).inFrame());
        } else {
            IExpr sol = Symja.eval("Simplify[LinearSolve[Transpose[{" + basis.get(0).inFrame() + "[[{1,2}]],"
                    + basis.get(1).inFrame() + "[[{1,2}]]}], (" + grad + ")[[{1,2}]]]]");
            for (int b = 0; b < basis.size(); b++) {
                IExpr c = sol.getAt(b + 1);
                addTerm(terms, basis.get(b), Optional.empty(), c);
                residual.append("-(").append(Symja.input(c)).append(")*").append(basis.get(b).inFrame());
            }
        }
        IExpr r = Symja.eval("Simplify[" + residual + "]");
        for (int i = 1; i <= 3; i++) {
            requireZero(Symja.eval("Simplify[" + Symja.input(r.getAt(i)) + "]"), id + " component " + i);
        }
        return new FrameFormula(id, Symja.eval("0"), terms);
    }

    private static FrameFormula matrixFormula(FormulaId id, String kernel, String second, List<FrameVector> right) {
        IExpr[][] h = new IExpr[3][3];
        StringBuilder m = new StringBuilder("{");
        for (int i = 0; i < 3; i++) {
            m.append(i > 0 ? "," : "").append('{');
            for (int j = 0; j < 3; j++) {
                h[i][j] = inFrame("D[" + kernel + ", w" + (i + 1) + ", " + second + (j + 1) + "]");
                m.append(j > 0 ? "," : "").append(Symja.input(h[i][j]));
            }
            m.append('}');
        }
        m.append('}');
        IExpr ci = h[2][2];
        String shifted = "(" + m + " - (" + Symja.input(ci) + ")*IdentityMatrix[3])";
        List<FrameVector> left = List.of(FrameVector.W_HAT, FrameVector.N);
        List<Term> terms = new ArrayList<>();
        StringBuilder residual = new StringBuilder(shifted);
        for (FrameVector a : left) {
            for (FrameVector b : right) {
                IExpr c = Symja.eval("Simplify[(" + a.inFrame() + ").(" + shifted + ").(" + b.inFrame() + ")]");
                addTerm(terms, a, Optional.of(b), c);
                residual.append("-(").append(Symja.input(c)).append(")*Outer[Times,").append(a.inFrame()).append(',')
                        .append(b.inFrame()).append(']');
            }
        }
        IExpr r = Symja.eval("Simplify[" + residual + "]");
        for (int i = 1; i <= 3; i++) {
            for (int j = 1; j <= 3; j++) {
                requireZero(Symja.eval("Simplify[" + Symja.input(r.getAt(i).getAt(j)) + "]"),
                        id + " entry (" + i + "," + j + ")");
            }
        }
        return new FrameFormula(id, ci, terms);
    }

    private static void addTerm(List<Term> terms, FrameVector a, Optional<FrameVector> b, IExpr c) {
        if (!c.isZero()) {
            terms.add(new Term(a, b, c));
        }
    }

    private static void requireZero(IExpr e, String what) {
        if (!e.isZero()) {
            throw new IllegalStateException("frame decomposition failed for " + what + ": residual "
                    + Symja.display(e));
        }
    }

    /** @return the frame formula of a frame id (GRADIENT_FRAME, HESSIAN_WW_FRAME, HESSIAN_WV_FRAME) */
    public FrameFormula of(FormulaId id) {
        return switch (id) {
            case GRADIENT_FRAME -> gradient;
            case HESSIAN_WW_FRAME -> hessianWW;
            case HESSIAN_WV_FRAME -> hessianWV;
            default -> throw new IllegalArgumentException(id + " is not a frame formula");
        };
    }

    /** @return true for the ids derived here */
    public static boolean isFrame(FormulaId id) {
        return id == FormulaId.GRADIENT_FRAME || id == FormulaId.HESSIAN_WW_FRAME || id == FormulaId.HESSIAN_WV_FRAME;
    }

    /** @return \( K = r\rho\, g \), the value in the frame */
    public IExpr value() {
        return value;
    }

    /** @return \( \nabla_w K = c_w \hat w + c_v \hat v \) */
    public FrameFormula gradient() {
        return gradient;
    }

    /** @return \( \nabla^2_{ww} K \) */
    public FrameFormula hessianWW() {
        return hessianWW;
    }

    /** @return \( \nabla^2_{wv} K \) */
    public FrameFormula hessianWV() {
        return hessianWV;
    }

    /** @return \( K(w,w) = r^2 g(0) \) in the symbols r, alpha */
    public IExpr selfValue() {
        return selfValue;
    }

    /** @return \( \nabla_w K(w,w) \) (a multiple of \( \hat w \)) */
    public FrameFormula selfGradient() {
        return selfGradient;
    }

    /** @return \( \nabla^2_{ww} K(w,w) \) (a multiple of I) */
    public FrameFormula selfHessian() {
        return selfHessian;
    }

    /** @return the weights \( \{\alpha, (1-\alpha)^2\} \) of the linear and ReLU parts (checked) */
    public IExpr[] partWeights() {
        return partWeights.clone();
    }
}
