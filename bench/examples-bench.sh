#!/usr/bin/env bash
# Wall-clock harness for the long-running commands behind examples/spurious-minima (issue 10): censuses and the
# certified families in k. Each command runs once, JVM start included, through the ./landscape wrapper (built
# first so the build is not timed). Prints a Markdown table; results go to bench/RESULTS.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
./landscape --version > /dev/null
run() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  ./landscape "$@" > /dev/null 2>&1
  end=$(date +%s.%N)
  printf '| %s | `%s` | %.1f s |\n' "$label" "$*" "$(echo "$end - $start" | bc)"
}
echo "| case | command | wall |"
echo "|---|---|---|"
run "census k = 6, 1000 starts" census --k 6 --alpha 0 --inits 1000 --seed 1 --json
run "census k = 10, 1000 starts" census --k 10 --alpha 0 --inits 1000 --seed 1 --json
run "type A, k = 6..20, certified" family --fix 'Delta(S{k-1}xS1)' --student examples/spurious-minima/spurious-k6.json --alpha 0 --k 6..20 --certify
run "Delta S_k, k = 6..20, certified" family --fix 'DeltaS{k}' --student examples/liu-leaky-relu/deltaS6-start.json --alpha 0 --k 6..20 --certify
run "critical --certify, k = 6" critical --alpha 0 --student examples/spurious-minima/spurious-k6.json --teacher identity:6 --certify
