(* The Gaussian leaky-ReLU kernel K_alpha(w, v) = E[sigma(w.x) sigma(v.x)], x ~ N(0, I_d), derived from the
   expectation (MATH.md section 2). Only the plane of w and v matters: in polar coordinates (r, phi) with
   w-hat = e1, w.x = |w| r Cos[phi], v.x = |v| r Cos[phi - theta]; sigma is positively homogeneous, so
   K = |w||v| g(theta) with g = (1/(2 Pi)) Integrate[r^3 Exp[-r^2/2]] * (angular integral).
   Run: ./landscape run derivations/kernel.m --out out/kernel *)

radial = Integrate[r^3 Exp[-r^2/2], {r, 0, Infinity}];
Assert[radial == 2, "radial integral of r^3 exp(-r^2/2) is 2"]

(* the angular integral splits at the kinks of sigma(Cos[phi]) and sigma(Cos[phi - theta]), 0 <= theta <= Pi *)
lo = {-Pi/2, theta - Pi/2, Pi/2, theta + Pi/2};
hi = {theta - Pi/2, Pi/2, theta + Pi/2, 3 Pi/2};
signW = {1, 1, -1, -1};   (* sign of Cos[phi] on each piece *)
signV = {-1, 1, 1, -1};   (* sign of Cos[phi - theta] on each piece *)
pieces = Table[Integrate[Cos[phi] Cos[phi - theta], {phi, lo[[i]], hi[[i]]}], {i, 1, 4}];

(* sigma(z) = a z + b |z|, a = (1+alpha)/2, b = (1-alpha)/2: the cross terms a b (z |z| + |z| z) vanish *)
gLin = Simplify[radial/(2 Pi) Total[pieces]];
gAbs = Simplify[radial/(2 Pi) Total[signW signV pieces]];
cross = Simplify[radial/(2 Pi) Total[(signW + signV) pieces]];
Assert[cross === 0, "the cross part vanishes (x -> -x)"]
g = Simplify[(1 + alpha)^2/4 gLin + (1 - alpha)^2/4 gAbs];

(* checks of MATH.md section 2, each against an independent closed form *)
Assert[VerifyFormula[gLin, Cos[theta], {theta, 0, Pi}], "alpha = 1: K = w.v"]
Assert[VerifyFormula[g /. alpha -> 0, (Sin[theta] + (Pi - theta) Cos[theta])/(2 Pi), {theta, 0, Pi}],
  "alpha = 0: Cho-Saul arc-cosine kernel"]
Assert[Simplify[(g /. theta -> 0) - (1 + alpha^2)/2] === 0, "K(w, w) = (1 + alpha^2) |w|^2 / 2"]
Assert[Simplify[(g /. theta -> Pi) + alpha] === 0, "K(w, -w) = -alpha |w|^2"]

(* the same profile as the library's derivation, and the compiled model at a random point *)
Assert[VerifyFormula[g, KernelProfile["g"], {theta, 0, Pi}, {alpha, -2, 2}], "script and library agree"]
w = {0.3, -1.2, 0.5}; v = {0.9, 0.4, -0.7};
th = ArcCos[w.v/(Norm[w] Norm[v])];
Assert[Abs[LeakyKernel[w, v, 0.3] - Norm[w] Norm[v] (g /. {theta -> th, alpha -> 0.3})] < 10^-13,
  "compiled model equals |w||v| g(theta)"]

WriteFormula["kernel-profile", g, (1 + alpha)^2/4 gLin + (1 - alpha)^2/4 gAbs, {theta, 0, Pi}, {alpha, -2, 2}]
WriteFormula["kernel-linear", gLin, radial/(2 Pi) Total[pieces], {theta, 0, Pi}]
WriteFormula["kernel-abs", gAbs, radial/(2 Pi) Total[signW signV pieces], {theta, 0, Pi}]
Print["g(theta) = ", g]
