#!/usr/bin/env bash
# Continues the symmetric spurious families of k = n = d = 6, 7, 8 (teacher I_k) in alpha over (-1, 1).
#   examples/leaky-families/run.sh               (about a minute)
#   examples/leaky-families/run.sh --reduced OUT  (CI size: the Delta S6 family downwards, with branch switching)
# LANDSCAPE overrides the command (default: the ./landscape wrapper at the repository root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
L=${LANDSCAPE:-./landscape}
here=examples/leaky-families
liu=examples/liu-leaky-relu
out=$here
runs=("typeA-up $here/typeA-start.json Delta(S5xS1) 0.99" "typeA-down $here/typeA-start.json Delta(S5xS1) -1"
      "deltaS6-up $liu/deltaS6-start.json DeltaS6 0.99" "deltaS6-down $liu/deltaS6-start.json DeltaS6 -1")
# the same families at k = 7 and 8 (starts from ./landscape family, examples/spurious-minima)
for k in 7 8; do
  runs+=("typeA-k$k-up $here/typeA-k$k.json Delta(S$((k - 1))xS1) 0.99" "typeA-k$k-down $here/typeA-k$k.json Delta(S$((k - 1))xS1) -1"
         "deltaS$k-down $here/deltaS-k$k.json DeltaS$k -1")
done
if [[ "${1:-}" == --reduced ]]; then
  out=${2:?--reduced needs an output directory}
  runs=("deltaS6-down $liu/deltaS6-start.json DeltaS6 -1")
  mkdir -p "$out"
fi
for spec in "${runs[@]}"; do
  read -r name start fix to <<< "$spec"
  # the teacher defaults to identity:d = I_k (square starts)
  $L continue --alpha 0 --to "$to" --student "$start" --fix "$fix" --switch \
    --out "$out/$name" --json > "$out/$name.json"
done
