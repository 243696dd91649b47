#!/usr/bin/env bash
# Over-parameterisation annihilates spurious minima (Arjevani and Field; Simsek et al.): the two spurious minima of
# k = n = d = 6 (alpha = 0, V = I_6), embedded into width 7, are saddles. Run from anywhere:
#   examples/over-parameterisation/run.sh               (about 10 s)
#   examples/over-parameterisation/run.sh --reduced OUT  (CI: the same commands, writing into OUT)
# LANDSCAPE overrides the command (default: the ./landscape wrapper at the repository root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
L=${LANDSCAPE:-./landscape}
here=examples/over-parameterisation
out=$here
if [[ "${1:-}" == --reduced ]]; then
  out=${2:?--reduced needs an output directory}
  mkdir -p "$out"
fi
typeA=examples/spurious-minima/spurious-k6.json          # isotropy Delta(S5 x S1); neuron 1 is the odd one
deltaS6=examples/liu-leaky-relu/deltaS6-start.json        # isotropy Delta S6 (a 4-digit start, refined first)
# 1. add a zero neuron: the loss is unchanged; the escape test finds a direction of descent
$L embed --alpha 0 --student $typeA --teacher identity:6 --refine --add-zero > "$out/typeA-add-zero.out"
$L embed --alpha 0 --student $deltaS6 --teacher identity:6 --refine --add-zero > "$out/deltaS6-add-zero.out"
# 2. split a neuron w -> (w/2, w/2): still critical, the Hessian gets negative eigenvalues
$L embed --alpha 0 --student $typeA --teacher identity:6 --refine --split 1 --ratio 0.5 > "$out/typeA-split-1.out"
$L embed --alpha 0 --student $typeA --teacher identity:6 --refine --split 0 --ratio 0.5 > "$out/typeA-split-0.out"
$L embed --alpha 0 --student $deltaS6 --teacher identity:6 --refine --split 0 --ratio 0.5 --json > "$out/deltaS6-split-0.json"
