# GAP cross-check of Landscape's subgroup lattices (not run by the test suite).
# Usage: gap -q src/test/gap/lattice-check.g
# Prints, for each group: name, number of classes of subgroups, number of subgroups, and the sorted list of
# [|H|, |N_G(H)|] over the classes; `bench/compare-gap.sh` diffs this with `./landscape group NAME --subgroups --json`.
groups := [
  ["S4", SymmetricGroup(4)],
  ["S5", SymmetricGroup(5)],
  ["S6", SymmetricGroup(6)],
  ["S7", SymmetricGroup(7)],
  ["A5", AlternatingGroup(5)],
  ["Z6", CyclicGroup(IsPermGroup, 6)],
  ["S4xZ2", DirectProduct(SymmetricGroup(4), CyclicGroup(IsPermGroup, 2))],
  ["S3xS2", DirectProduct(SymmetricGroup(3), SymmetricGroup(2))],
  ["S4xS4", DirectProduct(SymmetricGroup(4), SymmetricGroup(4))],
  ["S5xS2", DirectProduct(SymmetricGroup(5), SymmetricGroup(2))],
  ["S6xZ2", DirectProduct(SymmetricGroup(6), CyclicGroup(IsPermGroup, 2))],
  ["S8", SymmetricGroup(8)],
  ["S5xS5", DirectProduct(SymmetricGroup(5), SymmetricGroup(5))]
];
for pair in groups do
  g := pair[2];
  t0 := Runtime();
  cc := ConjugacyClassesSubgroups(g);
  t1 := Runtime();
  inv := List(cc, c -> [Size(Representative(c)), Size(Normalizer(g, Representative(c)))]);
  Sort(inv);
  Print(pair[1], " ", Length(cc), " ", Sum(cc, Size), " ", inv, " ms=", t1 - t0, "\n");
od;
QUIT;
