/**
 * Exact finite group theory for the symmetries of the loss landscape (MATH.md §4-5): permutations
 * ({@link org.landscape.group.Permutation}), permutation groups by name ({@link org.landscape.group.Groups#parse}:
 * S_k, A_k, Z_m, products, Young subgroups, diagonals Delta S_k), element tables, character tables of products of
 * symmetric groups by Murnaghan–Nakayama ({@link org.landscape.group.CharacterTables#of}), the lattice of conjugacy
 * classes of subgroups (orbit types) with n(L,K) and the table of marks
 * ({@link org.landscape.group.SubgroupLattices#of}).
 *
 * <p>Everything here is exact (int, long, BigInteger); no floating point. Depends only on {@code base}.
 * Consumed by {@code degree} (Burnside ring) and {@code rep} (numeric weight-matrix representations).
 */
package org.landscape.group;
