(* Spurious minima of k = n = d ReLU networks (alpha = 0, teacher I_k) as symmetric critical points, and the
   critical numbers of the global minimum, from a script: FindCriticalPoint, FollowFamily, ContinueBranch,
   CriticalNumbers (the library calls behind ./landscape critical, family, continue and check).
   Independent checks: the gradient of each point by NetworkGradient is zero; the type-A and Delta S_k families
   meet at k = 3 (two different paths, one point); the global minimum's only critical number is a = 1, as the
   PSD argument (W = V is a global minimum for every alpha) requires.
   Run: ./landscape run derivations/spurious-families.m --out out/spurious-families *)

(* a 4-digit Delta(S5 x S1)-symmetric start: five pattern values, the odd neuron last *)
pattern[k_, {a_, b_, c_, d_, e_}] := Table[Which[i == j && i < k, a, i == j, e, j == k, c, i == k, d, True, b],
  {i, k}, {j, k}];
w0 = pattern[6, {0.9867, -0.0504, 0.3080, 0.2245, -0.6015}];
p = FindCriticalPoint[w0, IdentityMatrix[6], 0, "Delta(S5xS1)"];
Assert[("index" /. p) == 0, "the type-A point of k = 6 is a minimum"];
Assert[("isotropyOrder" /. p) == 120, "isotropy Delta(S5 x S1) of order 5! = 120"];
Assert[Max[Abs[Flatten[NetworkGradient["point" /. p, IdentityMatrix[6], 0]]]] < 10^-12, "critical"];
Print["type A, k = 6: loss ", "loss" /. p, ", smallest eigenvalue ", "smallestEigenvalue" /. p];

(* followed in the width: minima for k = 6..9, the loss decreases *)
fam = FollowFamily["Delta(S{k-1}xS1)", "point" /. p, 0, 9];
Assert[Union["index" /. fam] == {0}, "type-A minima for k = 6..9"];
losses = "loss" /. fam;
Assert[And @@ Table[losses[[i + 1]] < losses[[i]], {i, Length[losses] - 1}], "the loss decreases in k"];
WriteFormula["typeA-losses", Rationalize[losses, 10^-12]];

(* downwards both families reach one point at k = 3 *)
downA = FollowFamily["Delta(S{k-1}xS1)", "point" /. p, 0, 3];
q = FindCriticalPoint[Table[If[i == j, -0.6634, 0.3307], {i, 6}, {j, 6}], IdentityMatrix[6], 0, "DeltaS6"];
downS = FollowFamily["DeltaS{k}", "point" /. q, 0, 3];
Assert[Abs[("loss" /. Last[downA]) - ("loss" /. Last[downS])] < 10^-12, "the families meet at k = 3"];
Assert[("index" /. downA[[2]]) > 0, "type A is a saddle at k = 5"];

(* the Delta S6 minimum continued in alpha: it loses stability in [5,1] near alpha = -0.687 *)
br = ContinueBranch["point" /. q, IdentityMatrix[6], {0, -1}, "DeltaS6"];
cross = Select["events" /. br, ("type" /. #) == "crossing" &];
Assert[Length[cross] == 1 && ("component" /. cross[[1]]) == "5,1", "one crossing, in [5,1]"];
Assert[Abs[("alpha" /. cross[[1]]) + 0.6869] < 10^-3, "at alpha = -0.6869"];
Print["Delta S6 family: crossing at alpha = ", "alpha" /. cross[[1]], ", orbit types ", "orbitTypes" /. cross[[1]]];

(* critical numbers of the global minimum, exact: only a = 1, a touch in every component *)
cn = CriticalNumbers[5, {-3, 3}];
Assert[Union["exact" /. cn] == {"1"} && Union["type" /. cn] == {"touch"}, "only a = 1, touches"];
Print["critical numbers of W = V = I_5 in [-3, 3]: ", Union["exact" /. cn], " (", Length[cn], " components)"];
