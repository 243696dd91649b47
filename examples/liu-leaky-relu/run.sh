#!/usr/bin/env bash
# Regenerates the outputs of this example (about a minute). Run from the repository root.
set -euo pipefail
dir=examples/liu-leaky-relu
# 1. global minimum W = V = I_5 over alpha in [-3, 3] in Fix(Delta S5) (reduced size: steps <= 0.1)
./landscape continue --alpha -3 --to 3 --student identity:5 --teacher identity:5 --fix DeltaS5 --max-step 0.1 \
  --out "$dir/k5-global-minimum" --json > "$dir/k5-global-minimum/summary.json"
# 2. the Delta S6-symmetric local minimum (k = 6) from alpha = 0 down to -1, with branch switching
./landscape continue --alpha 0 --to -1 --student "$dir/deltaS6-start.json" --teacher identity:6 --fix DeltaS6 --switch-steps 30 \
  --switch --out "$dir/k6-deltaS6-family" --json > "$dir/k6-deltaS6-family/summary.json"
# 3. all widths k = 4..8: text summaries only
for k in 4 5 6 7 8; do
  ./landscape continue --alpha -3 --to 3 --student identity:$k --teacher identity:$k --fix DeltaS$k 2>/dev/null
done > "$dir/global-minimum-k4-8.txt"
