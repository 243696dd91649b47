#!/usr/bin/env bash
# Liu's claims checked exactly; continuation of the global minimum and of a Delta S6 family.
#   examples/liu-leaky-relu/run.sh               (about 3 minutes)
#   examples/liu-leaky-relu/run.sh --reduced OUT  (CI size: the standard claims and k = 5 only; writes into OUT)
# LANDSCAPE overrides the command (default: the ./landscape wrapper at the repository root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
L=${LANDSCAPE:-./landscape}
here=examples/liu-leaky-relu
out=$here reduced=0
if [[ "${1:-}" == --reduced ]]; then
  out=${2:?--reduced needs an output directory}; reduced=1
fi
mkdir -p "$out/k5-global-minimum" "$out/k6-deltaS6-family"
# 0. the claims, checked exactly (exit code 1 when some claim fails: expected for the paper's "critical number 0")
$L check $here/claims-standard.json --out "$out/report-standard.md" || true
if [[ $reduced -eq 0 ]]; then
  $L check $here/claims-one-minus.json --out "$out/report-one-minus.md" || true
  $L derive global-minimum --format latex > "$out/global-minimum-blocks.tex"
fi
# 1. global minimum W = V = I_5 over alpha in [-3, 3] in Fix(Delta S5) (steps <= 0.1)
$L continue --alpha -3 --to 3 --student identity:5 --teacher identity:5 --fix DeltaS5 --max-step 0.1 \
  --out "$out/k5-global-minimum" --json > "$out/k5-global-minimum/summary.json"
if [[ $reduced -eq 1 ]]; then exit 0; fi
# 2. the Delta S6-symmetric local minimum (k = 6) from alpha = 0 down to -1, with branch switching
$L check $here/claims-deltaS6-family.json --out "$out/report-deltaS6-family.md" || true
$L continue --alpha 0 --to -1 --student "$here/deltaS6-start.json" --teacher identity:6 --fix DeltaS6 --switch-steps 30 \
  --switch --out "$out/k6-deltaS6-family" --json > "$out/k6-deltaS6-family/summary.json"
# 3. all widths k = 4..8: text summaries only
for k in 4 5 6 7 8; do
  $L continue --alpha -3 --to 3 --student identity:$k --teacher identity:$k --fix DeltaS$k 2>/dev/null
done > "$out/global-minimum-k4-8.txt"
