#!/usr/bin/env bash
# Gradient-descent stability beyond the quadratic model (Mulayoff and Stich). Run from the repository root:
#   examples/gd-stability/run.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
here="examples/gd-stability"
# 1. the spurious minimum of k = n = d = 6, alpha = 0 (from examples/escape-neurons): beta and GD at (1 -/+ delta) eta*
./landscape stability --alpha 0 --student "$here/spurious-k6.json" --teacher identity:6 --delta 0.002 --steps 40000 > "$here/spurious-k6.out"
./landscape stability --alpha 0 --student "$here/spurious-k6.json" --teacher identity:6 --delta 0.01 --json > "$here/spurious-k6.json.out"
# 2. the global minimum W = V: every pair (w_i, v_i) is parallel, L is not C^3, the criterion does not apply
./landscape stability --alpha 0.2 --student identity:4 --teacher identity:4 > "$here/global-minimum.out"
# 3. one neuron against I_2, minimum w = (1/pi + 3/4)(1, 1): the top eigenvector is the ray W -> cW, along which
#    L is exactly quadratic (beta = 0)
./landscape stability --alpha 0 --student '[[1.0683098861837907,1.0683098861837907]]' --teacher identity:2 > "$here/one-neuron.out"
