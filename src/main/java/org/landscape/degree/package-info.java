/**
 * The Burnside ring A(G) and the equivariant (Brouwer) degree for finite G (MATH.md §5; Balanov, Krawcewicz,
 * Steinlein, Applied Equivariant Degree, 2006): {@link org.landscape.degree.BurnsideRing},
 * {@link org.landscape.degree.BurnsideElement}, basic degrees of irreducible representations with their orbit
 * types ({@link org.landscape.degree.BasicDegrees}), degrees at non-degenerate critical points and the bifurcation
 * invariant omega ({@link org.landscape.degree.EquivariantDegrees}). Exact integer arithmetic; imports only
 * {@code group} and {@code base}.
 */
package org.landscape.degree;
