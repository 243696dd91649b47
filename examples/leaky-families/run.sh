#!/usr/bin/env bash
# Continues the two symmetric spurious families of k = n = d = 6 (teacher I_6) in alpha over (-1, 1).
# Run from the repository root: examples/leaky-families/run.sh   (about a minute)
set -euo pipefail
here=examples/leaky-families
liu=examples/liu-leaky-relu
for spec in "typeA-up $here/typeA-start.json Delta(S5xS1) 0.99" "typeA-down $here/typeA-start.json Delta(S5xS1) -1" \
            "deltaS6-up $liu/deltaS6-start.json DeltaS6 0.99" "deltaS6-down $liu/deltaS6-start.json DeltaS6 -1"; do
  read -r name start fix to <<< "$spec"
  ./landscape continue --alpha 0 --to "$to" --student "$start" --teacher identity:6 --fix "$fix" --switch \
    --out "$here/$name" --json > "$here/$name.json"
done
