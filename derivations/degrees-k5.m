(* Basic degrees of the Specht components of M(5,5) under Delta S5 (MATH.md sections 4-5).
   Run: ./landscape run derivations/degrees-k5.m --out out/degrees-k5 *)

iso = Isotypic["S5", "Mkk"];
labels = Map["irrep" /. # &, iso];
mult = Map["multiplicity" /. # &, iso];
dims = Map["irrepDimension" /. # &, iso];
(* M(k,k) = (triv + std) (x) (triv + std) = 2 [5] + 3 [4,1] + [3,2] + [3,1,1]: the dimensions must add to 25 *)
Assert[Total[mult dims] == 25, "the components fill M(5,5)"]
Assert[mult == {2, 3, 1, 1}, "multiplicities 2, 3, 1, 1 of [5], [4,1], [3,2], [3,1,1]"]

(* character check: dim of each irreducible from the character table (value at the identity class) *)
ct = CharacterTable["S5"];
Assert[Total[("table" /. ct)[[All, 1]]^2] == 120, "sum of chi(1)^2 = |S5|"]

nClasses = Length[SubgroupClasses["S5"]];
Assert[nClasses == 19, "S5 has 19 conjugacy classes of subgroups"]

degs = Table[BasicDegree["S5", ToExpression["{" <> labels[[i]] <> "}"]], {i, 1, Length[labels]}];
(* the trivial representation has no non-zero fixed-point-free part: deg = (G) - (G) ... its basic degree is
   -(S5), the degree of -Id on R *)
Assert[("coefficients" /. degs[[1]]) == {{18, "S5", -1}}, "deg of the trivial representation is -(S5)"]
(* at the top class (G): n_G = (-1)^(dim V^G), i.e. 1 for every non-trivial irreducible (V^G = 0) *)
Do[Assert[Last["coefficients" /. degs[[i]]] == {18, "S5", 1}, "top coefficient 1 for " <> labels[[i]]],
  {i, 2, Length[labels]}]

Do[Print["[", labels[[i]], "] x ", mult[[i]], ": deg = ", "degree" /. degs[[i]],
  "; maximal orbit types ", "maximalOrbitTypes" /. degs[[i]]], {i, 1, Length[labels]}]
Do[WriteFormula["degree-" <> StringReplace[labels[[i]], "," -> "-"], "coefficients" /. degs[[i]]],
  {i, 1, Length[labels]}]
