#!/usr/bin/env bash
# Gradient flow in W and in the summary statistics (Q, M) = (W W^T, W V^T) (Huang, Loureiro, Sarao Mannelli).
#   examples/summary-statistics/run.sh               (about 20 s)
#   examples/summary-statistics/run.sh --reduced OUT  (CI size: flows 10 times shorter; writes into OUT)
# LANDSCAPE overrides the command (default: the ./landscape wrapper at the repository root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
L=${LANDSCAPE:-./landscape}
here=examples/summary-statistics
out=$here
scale=1
if [[ "${1:-}" == --reduced ]]; then
  out=${2:?--reduced needs an output directory}; scale=10
  mkdir -p "$out"
fi
# 1. k = n = d = 4, alpha = 0, teacher I_4, a random start
$L flow --alpha 0 --student "$here/start-k4.json" --teacher identity:4 --time $((2000 / scale)) --overlaps --out "$out/k4" > "$out/k4.out"
# 2. under-parameterised: k = 2 students, n = 3 teachers (I_3), alpha = 0.1: the minimum has no parallel pair,
#    so the overlap flow can be linearised there
$L flow --alpha 0.1 --student "$here/start-k2-n3.json" --teacher identity:3 --time $((3000 / scale)) --overlaps --out "$out/k2-n3" > "$out/k2-n3.out"
# 3. a neuron that dies: alpha = 0, w antiparallel to v (L = |w|^2/4 + const, w(t) = w(0) exp(-t/2))
$L flow --alpha 0 --student '[[-1,0]]' --teacher '[[1,0]]' --time 100 > "$out/dead-neuron.out"
