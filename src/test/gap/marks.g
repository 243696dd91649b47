# Writes GAP's full table of marks (MatTom, rows G/H_i, columns H_j) of some groups to
# src/test/resources/gap/marks-<name>.txt, one row per line (run from the repository root).
SizeScreen([4096, 100]);
groups := [
  ["S5", SymmetricGroup(5)],
  ["S6", SymmetricGroup(6)],
  ["S4xZ2", DirectProduct(SymmetricGroup(4), CyclicGroup(IsPermGroup, 2))],
  ["A5", AlternatingGroup(5)]
];
for pair in groups do
  m := MatTom(TableOfMarks(pair[2]));
  f := Concatenation("src/test/resources/gap/marks-", pair[1], ".txt");
  PrintTo(f, "");
  for row in m do
    AppendTo(f, JoinStringsWithSeparator(List(row, String), " "), "\n");
  od;
od;
QUIT;
