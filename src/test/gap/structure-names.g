# Writes GAP's StructureDescription of every class of subgroups of S5, S6, S7 (sorted), one per line, to
# src/test/resources/gap/structure-S<n>.txt (run from the repository root: gap -q src/test/gap/structure-names.g).
for n in [5, 6, 7] do
  cc := ConjugacyClassesSubgroups(SymmetricGroup(n));
  l := List(cc, c -> StructureDescription(Representative(c)));
  Sort(l);
  f := Concatenation("src/test/resources/gap/structure-S", String(n), ".txt");
  PrintTo(f, "");
  for x in l do AppendTo(f, x, "\n"); od;
od;
QUIT;
