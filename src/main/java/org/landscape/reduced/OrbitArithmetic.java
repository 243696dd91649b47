package org.landscape.reduced;

/**
 * The numbers the orbit sums of {@link OrbitSumEvaluator} are computed in, and the kernel terms they need: doubles
 * ({@link DoubleOrbitArithmetic}, the compiled kernel of {@code model}, with sums of absolute values for rounding
 * estimates) or enclosures (package {@code proof}: outward-rounded intervals and the generated interval kernel, for
 * proofs). The orbit sums are written once against this interface; an arithmetic supplies only vectors, the
 * embedding weights \( \sqrt{n_g - s} \), the kernel terms of one pair in the embedding's dimension D, two
 * contractions with the orbit-indicator directions, and accumulation.
 *
 * <p>Vectors ({@code V}) have the length given at creation; matrices are flat, row-major D x D. Arguments are read,
 * {@code out} arguments written; results are new vectors. Coefficients passed as {@code double} are exact (orbit
 * sizes, 1/2, -1): an enclosure arithmetic lifts them exactly. Implementations are not thread-safe (the current
 * pair is state).
 *
 * @param <V> a vector of this arithmetic
 * @param <S> the accumulated sums
 */
public interface OrbitArithmetic<V, S extends OrbitArithmetic.Sums<V>> {

    /** Whether a row can be the zero vector (a dead neuron: the loss has no derivative there). */
    enum Zero {
        /** the row is not 0 */
        NO,
        /** the row is exactly 0 */
        YES,
        /** the row may be 0 (a box containing the zero vector) */
        POSSIBLY
    }

    /** @return a vector of n zeros */
    V vector(int n);

    /** @return the exact doubles as a vector (read) */
    V constants(double[] x);

    /** @return \( (\sqrt{s_c})_c \) for exact non-negative integers \( s_c \) (the embedding weights; 1 stays 1) */
    V roots(double[] squares);

    /** @return \( (w_c\, x_{index[c]})_c \): a row embedded with the weights w */
    V embed(V values, int[] index, V weights);

    /** @return whether x is (or may be) the zero vector */
    Zero zero(V x);

    /** Sets the current pair (x, y) of embedded rows (read; kept until the next call). */
    void pair(V x, V y);

    /** @return \( K_\alpha(x, y) \) of the current pair, as a vector of length 1 */
    V value();

    /** @return \( \nabla_x K_\alpha(x, y) \) of the current pair (needs x != 0) */
    V gradient();

    /** @return \( \nabla^2_{xx} K_\alpha(x, y) \), D x D (needs x != 0) */
    V hessianWW();

    /** @return \( \nabla^2_{xy} K_\alpha(x, y) \), D x D (needs x, y != 0) */
    V hessianWV();

    /**
     * The terms i = l of the loss: with \( c_0 = K(x,x)/|x|^2 \), \( \tfrac12 K(x,x) = \tfrac12 c_0 |x|^2 \), its
     * gradient \( c_0 x \) and Hessian \( c_0 I \).
     *
     * @param x     the embedded row (read)
     * @param order what to compute (the value always)
     * @return the value (length 1), the gradient (D, null below GRADIENT), the Hessian (D x D, null below HESSIAN)
     */
    SelfTerms<V> selfTerms(V x, OrbitReducedLoss.Order order);

    /**
     * The self terms of one row.
     *
     * @param value    \( \tfrac12 K(x,x) \), length 1
     * @param gradient \( c_0 x \), or null
     * @param hessian  \( c_0 I \), or null
     * @param <V>      the vector type
     */
    record SelfTerms<V>(V value, V gradient, V hessian) {
    }

    /**
     * The contraction of a gradient with the orbit-indicator directions: \( out_a = \sum_{c:\,slot(c) = a} w_c g_c \)
     * (the indicator of the orbit in slot a, embedded, is w on its coordinates and 0 elsewhere).
     *
     * @return out, of length {@code slots}
     */
    V contract(V g, V weights, int[] slot, int slots);

    /**
     * The contraction of a D x D matrix with two families of indicator directions:
     * \( out_{ab} = \sum_{r:\,rows(r) = a}\, w_r \sum_{c:\,cols(c) = b} h_{rc} w_c \) (flat {@code rowSlots x colSlots}),
     * summed row by row in that order.
     */
    V contract(V h, V weights, int[] rows, int rowSlots, int[] cols, int colSlots);

    /**
     * @param m        the number of student orbits
     * @param gradient whether gradient sums are accumulated
     * @param hessian  whether Hessian sums are accumulated
     * @return empty sums
     */
    S sums(int m, boolean gradient, boolean hessian);

    /**
     * Accumulated loss, \( DL[E_o] \) and \( D^2L[E_o, E_{o'}] \).
     *
     * @param <V> the vector type
     */
    interface Sums<V> {
        /** Adds \( c\, x_i \) to the loss. */
        void addLoss(double c, V x, int i);

        /** Adds \( c\, x_i \) to \( DL[E_o] \). */
        void addGradient(int o, double c, V x, int i);

        /** Adds \( c\, x_i \) to \( D^2L[E_a, E_b] \) (the sums are symmetrised when read). */
        void addHessian(int a, int b, double c, V x, int i);
    }
}
