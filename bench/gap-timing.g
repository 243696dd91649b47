# GAP timings for comparison with bench/groups-bench.sh (run: gap -q bench/gap-timing.g).
# TableOfMarks(group) computes the table from the group (cyclic extension), not from the tomlib library.
for n in [5, 6, 7, 8] do
  g := SymmetricGroup(n);
  t0 := Runtime(); cc := ConjugacyClassesSubgroups(g); t1 := Runtime();
  Print("S", n, " ConjugacyClassesSubgroups: ", Length(cc), " classes, ", t1 - t0, " ms\n");
  g := SymmetricGroup(n);
  t0 := Runtime(); tom := TableOfMarks(g); m := MarksTom(tom); t1 := Runtime();
  Print("S", n, " TableOfMarks(group): ", Length(OrdersTom(tom)), " classes, ", t1 - t0, " ms\n");
od;
g := DirectProduct(SymmetricGroup(5), SymmetricGroup(5));
t0 := Runtime(); cc := ConjugacyClassesSubgroups(g); t1 := Runtime();
Print("S5xS5 ConjugacyClassesSubgroups: ", Length(cc), " classes, ", t1 - t0, " ms\n");
g := SymmetricGroup(6);
t0 := Runtime(); tom := TableOfMarks(g); t1 := Runtime();
irr := Irr(CharacterTable(g));
t2 := Runtime();
Print("S6 Irr: ", Length(irr), ", ", t2 - t1, " ms\n");
QUIT;
