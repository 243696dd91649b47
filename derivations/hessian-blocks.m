(* Gradient and Hessian blocks of K_alpha(w, v) = |w||v| h(u), u = Cos[theta], from the derived profiles, with
   their exact angle limits (MATH.md section 3; STACK-NOTES template):
     grad_w K = |v| (s w-hat + hp v-hat),  H_ww = (|v|/|w|) (s (I - w-hat w-hat^T) + t n n^T),
   s = h - u h', hp = h', t = h'' Sin[theta]^2. The 1/Sin[theta] in these profiles has finite limits at
   theta -> 0 and theta -> Pi, taken exactly with SafeLimit (never 0/0 in floating point).
   Run: ./landscape run derivations/hessian-blocks.m --out out/hessian-blocks *)

g = KernelProfile["g"]; hp = KernelProfile["hp"]; s = KernelProfile["s"]; t = KernelProfile["t"];

(* the profiles from g by their definitions *)
Assert[VerifyFormula[hp, -D[g, theta]/Sin[theta], {theta, 0.1, 3}, {alpha, -2, 2}], "hp = -g'(theta)/sin(theta)"]
Assert[VerifyFormula[s, g - Cos[theta] hp, {theta, 0.1, 3}, {alpha, -2, 2}], "s = h - u h'"]
Assert[VerifyFormula[t, -Sin[theta] D[hp, theta], {theta, 0.1, 3}, {alpha, -2, 2}], "t = h'' sin^2"]

(* exact limits at theta -> 0 (parallel pair, the global minimum) and theta -> Pi *)
limits = Table[{name, SafeLimit[KernelProfile[name], theta -> 0], SafeLimit[KernelProfile[name], theta -> Pi]},
  {name, {"g", "hp", "s", "t"}}];
Assert[Simplify[limits[[1, 2]] - (1 + alpha^2)/2] === 0, "g(0) = (1 + alpha^2)/2"]
Assert[Simplify[limits[[1, 3]] + alpha] === 0, "g(Pi) = -alpha"]
Assert[Simplify[limits[[4, 2]]] === 0 || VerifyFormula[limits[[4, 2]], 0], "t(0) = 0: the n n^T term vanishes"]

(* the symbolic gradient and Hessian (the derived frame formulas assembled at symbolic w, v) against the compiled
   model at one point, d = 2 *)
grad = KernelGradient[{w1, w2}, {v1, v2}, alpha];
at = {w1 -> 0.7, w2 -> -0.4, v1 -> 0.2, v2 -> 1.1, alpha -> 0.3};
Assert[Max[Abs[(grad /. at) - KernelGradient[{0.7, -0.4}, {0.2, 1.1}, 0.3]]] < 10^-12, "gradient: symbolic = model"]
hess = KernelHessian[{w1, w2}, {v1, v2}, alpha];
Assert[Max[Abs[Flatten[(hess /. at) - KernelHessian[{0.7, -0.4}, {0.2, 1.1}, 0.3]]]] < 10^-11,
  "Hessian blocks: symbolic = model"]

(* the template against D: grad_w K = |v| (s w-hat + hp v-hat) *)
nw = Sqrt[0.7^2 + 0.4^2]; nv = Sqrt[0.2^2 + 1.1^2]; th = ArcCos[(0.7*0.2 - 0.4*1.1)/(nw nv)];
template = nv ((s /. {theta -> th, alpha -> 0.3}) {0.7, -0.4}/nw + (hp /. {theta -> th, alpha -> 0.3}) {0.2, 1.1}/nv);
Assert[Max[Abs[template - (grad /. at)]] < 10^-12, "gradient template"]

Do[WriteFormula["profile-" <> name, KernelProfile[name]], {name, {"g", "hp", "s", "t"}}]
Do[WriteFormula["limit0-" <> limits[[i, 1]], limits[[i, 2]]]; WriteFormula["limitPi-" <> limits[[i, 1]], limits[[i, 3]]],
  {i, 1, 4}]
Print["limits {name, theta -> 0, theta -> Pi}: ", limits]
