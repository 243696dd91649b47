(* Critical numbers of the global minimum W = V = I_k: the slopes alpha at which a Specht block of the Hessian
   (GlobalMinimumBlocks) is singular, det A(alpha, k) = 0, i.e. the characteristic polynomial at lambda = 0.
   Independent checks: the roots are closed under alpha -> 1/alpha (L_{1/alpha} = L_alpha/alpha^2, MATH.md
   section 2), and the dense model Hessian is singular exactly at the real critical number found.
   Run: ./landscape run derivations/critical-numbers.m --out out/critical-numbers *)

b = GlobalMinimumBlocks[];
detAt[i_, k0_] := Factor[Together[("characteristic" /. b[[i]]) /. {lambda -> 0, k -> k0}]];
roots[i_, k0_] := alpha /. NSolve[Numerator[Together[detAt[i, k0]]] == 0, alpha];

Do[
  rs = roots[i, k0];
  (* duality: 1/r is a root whenever r is (up to rounding) *)
  Do[Assert[Min[Abs[rs - 1/r]] < 10^-8, "roots closed under alpha -> 1/alpha (component " <> ToString[i] <> ")"],
    {r, rs}];
  (* a double root at 1 splits by about 1e-8 in floating point (sqrt of the rounding) *)
  real = Select[rs, Abs[Im[#]] < 10^-6 &];
  Assert[Max[Abs[real - 1]] < 10^-6, "the only real critical number is alpha = 1 at k = " <> ToString[k0]];
  WriteFormula["det-k" <> ToString[k0] <> "-component" <> ToString[i], detAt[i, k0]],
  {k0, 4, 6}, {i, 1, 4}]

(* the dense Hessian of the model: singular at alpha = 1 (the linear network sees only sum_i w_i), positive
   definite at slopes in between, as the closed forms say *)
Do[Assert[Min[Eigenvalues[NetworkHessian[IdentityMatrix[k0], IdentityMatrix[k0], 1.0]]] < 10^-10,
    "dense Hessian singular at alpha = 1"];
   Assert[Min[Eigenvalues[NetworkHessian[IdentityMatrix[k0], IdentityMatrix[k0], 0.3]]] > 10^-3,
    "dense Hessian positive definite at alpha = 0.3"], {k0, {4}}]
Print["real critical numbers of the global minimum for k = 4..6: {1}"]
