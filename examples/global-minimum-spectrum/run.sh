#!/usr/bin/env bash
# Closed-form Hessian spectrum at W = V = I_k by Specht component, against alpha, for several k.
#   examples/global-minimum-spectrum/run.sh               (about 30 s)
#   examples/global-minimum-spectrum/run.sh --reduced OUT  (CI size: k = 5, a coarse alpha grid, no LaTeX; writes into OUT)
# LANDSCAPE overrides the command (default: the ./landscape wrapper at the repository root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
L=${LANDSCAPE:-./landscape}
out=examples/global-minimum-spectrum widths=4,6,8 grid=-3:3:0.02
if [[ "${1:-}" == --reduced ]]; then
  out=${2:?--reduced needs an output directory}; widths=5 grid=-1:1:0.5
  mkdir -p "$out"
fi
$L global-minimum --k "$widths" --alpha "$grid" --log-y --out "$out" > "$out/table.txt"
[[ "${1:-}" == --reduced ]] || $L derive global-minimum --format latex > "$out/blocks.tex"
