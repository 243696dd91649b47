/**
 * Orbit-reduced evaluation at block-structured points: the loss, its gradient on \( \mathrm{Fix}(H) \) and its
 * Hessian split into isotypic blocks, for Young-type symmetries \( H = \prod_f S_{n_f} \) (diagonal
 * \( \Delta(S_{p_1} \times \dots) \), independent row and column blocks, repeated neurons), at a cost independent of
 * the width (MATH.md sections 3 and 4).
 *
 * <p>Place in the pipeline: symbolic -&gt; compiled evaluator ({@code model}) -&gt; <b>reduced evaluator</b> -&gt;
 * solver ({@code analysis}, {@code continuation}) -&gt; report. Every kernel value and derivative comes from the
 * compiled evaluator of {@code model} (generated from the symbolic derivation), applied to representative pairs of
 * rows in an isometric embedding of small dimension; this package writes no formula of its own. It imports
 * {@code model}, {@code solve} (dense symmetric eigenvalues) and {@code base} only.
 */
package org.landscape.reduced;
