(* The Hessian at the global minimum W = V = I_k in closed form in alpha and k, per Specht component of M(k,k)
   under Delta S_k (MATH.md sections 3-4): block A(alpha, k) with Gram matrix G(k); the eigenvalues with
   multiplicity dim(irreducible) solve det(A - lambda G) = 0. Checked against the dense Hessian of the model.
   Run: ./landscape run derivations/global-minimum.m --out out/global-minimum *)

b = GlobalMinimumBlocks[];
Assert[Map["component" /. # &, b] == {"[k]", "[k-1,1]", "[k-2,2]", "[k-2,1,1]"}, "the four Specht components"]
dims[k0_] := {1, k0 - 1, k0 (k0 - 3)/2, (k0 - 1) (k0 - 2)/2};

(* block sizes times multiplicities fill M(k,k): sum_i rows(A_i) dim_i = k^2 *)
Do[Assert[Total[Table[Length["A" /. b[[i]]] dims[k0][[i]], {i, 1, 4}]] == k0^2, "blocks fill M(k,k)"], {k0, 4, 7}]

(* each block eigenvalue appears dim(irreducible) times in the full spectrum *)
blockSpectrum[k0_, a0_] := Sort[Flatten[Table[
    Table[Eigenvalues[N[Inverse[("G" /. b[[i]]) /. k -> k0] . ((("A" /. b[[i]]) /. {k -> k0, alpha -> a0}))]],
      {dims[k0][[i]]}], {i, 1, 4}]]];
denseSpectrum[k0_, a0_] := Sort[Eigenvalues[NetworkHessian[IdentityMatrix[k0], IdentityMatrix[k0], a0]]];

Do[Assert[Max[Abs[blockSpectrum[k0, a0] - denseSpectrum[k0, a0]]] < 10^-9,
    "closed-form blocks = dense Hessian spectrum at k = " <> ToString[k0] <> ", alpha = " <> ToString[a0]],
  {k0, {4}}, {a0, {-0.5, 0.3}}]
(* Symja's Eigenvalues left the dense 16 x 16 Hessian unevaluated at alpha = 0.8 (near-degenerate spectrum), so
   the dense comparison uses these two slopes; the library test GlobalMinimumSpectrumTest covers more. *)

Do[WriteFormula["block-" <> ToString[i] <> "-A", "A" /. b[[i]]];
   WriteFormula["block-" <> ToString[i] <> "-G", "G" /. b[[i]]];
   WriteFormula["block-" <> ToString[i] <> "-det", "characteristic" /. b[[i]]], {i, 1, 4}]
Print["components: ", Map["component" /. # &, b]]
