#!/usr/bin/env bash
# Gradient flow in W and in the summary statistics (Q, M) = (W W^T, W V^T) (Huang, Loureiro, Sarao Mannelli).
# Run from the repository root:  examples/summary-statistics/run.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
here="examples/summary-statistics"
# 1. k = n = d = 4, alpha = 0, teacher I_4, a random start
./landscape flow --alpha 0 --student "$here/start-k4.json" --teacher identity:4 --time 2000 --overlaps --out "$here/k4" > "$here/k4.out"
# 2. under-parameterised: k = 2 students, n = 3 teachers (I_3), alpha = 0.1: the minimum has no parallel pair,
#    so the overlap flow can be linearised there
./landscape flow --alpha 0.1 --student "$here/start-k2-n3.json" --teacher identity:3 --time 3000 --overlaps --out "$here/k2-n3" > "$here/k2-n3.out"
# 3. a neuron that dies: alpha = 0, w antiparallel to v (L = |w|^2/4 + const, w(t) = w(0) exp(-t/2))
./landscape flow --alpha 0 --student '[[-1,0]]' --teacher '[[1,0]]' --time 100 > "$here/dead-neuron.out"
