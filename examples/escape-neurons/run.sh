#!/usr/bin/env bash
# Escape neurons (Wu, Simsek, Ged). Run from anywhere:
#   examples/escape-neurons/run.sh               (about 10 s)
#   examples/escape-neurons/run.sh --reduced OUT  (CI: the same commands, writing into OUT)
# LANDSCAPE overrides the command (default: the ./landscape wrapper at the repository root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
L=${LANDSCAPE:-./landscape}
here=examples/escape-neurons
if [[ "${1:-}" == --reduced ]]; then
  here=${2:?--reduced needs an output directory}
  mkdir -p "$here"
fi
# 1. hand case: a dead student neuron against teacher I_3 at alpha = 0
$L escape --alpha 0 --student '[[0,0,0]]' --teacher identity:3 > "$here/escape-hand.out"
# 2. a dead neuron beside a perfect fit: D = 0 identically (undecided, honestly)
$L escape --alpha 0 --student '[[1,0,0],[0,1,0],[0,0,1],[0,0,0]]' --teacher identity:3 --budget 200000 > "$here/escape-degenerate.out"
