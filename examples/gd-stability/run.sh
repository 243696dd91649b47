#!/usr/bin/env bash
# Gradient-descent stability beyond the quadratic model (Mulayoff and Stich). Run from anywhere:
#   examples/gd-stability/run.sh               (about 15 s)
#   examples/gd-stability/run.sh --reduced OUT  (CI size: 4000 GD steps; writes into OUT)
# LANDSCAPE overrides the command (default: the ./landscape wrapper at the repository root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
L=${LANDSCAPE:-./landscape}
here=examples/gd-stability
out=$here
steps=40000
if [[ "${1:-}" == --reduced ]]; then
  out=${2:?--reduced needs an output directory}; steps=4000
  mkdir -p "$out"
fi
# 1. the spurious minimum of k = n = d = 6, alpha = 0 (examples/spurious-minima): beta and GD at (1 -/+ delta) eta*
$L stability --alpha 0 --student "$here/spurious-k6.json" --teacher identity:6 --delta 0.002 --steps "$steps" > "$out/spurious-k6.out"
$L stability --alpha 0 --student "$here/spurious-k6.json" --teacher identity:6 --delta 0.01 --json > "$out/spurious-k6.json.out"
# 2. the global minimum W = V: every pair (w_i, v_i) is parallel, L is not C^3, the criterion does not apply
$L stability --alpha 0.2 --student identity:4 --teacher identity:4 > "$out/global-minimum.out"
# 3. one neuron against I_2, minimum w = (1/pi + 3/4)(1, 1): the top eigenvector is the ray W -> cW, along which
#    L is exactly quadratic (beta = 0)
$L stability --alpha 0 --student '[[1.0683098861837907,1.0683098861837907]]' --teacher identity:2 > "$out/one-neuron.out"
