#!/usr/bin/env bash
# Where the symmetric spurious minima of k = n = d ReLU networks are born, with the width k as a real number
# (Arjevani and Field), the birth curve in the leaky slope, and the type-A family's expansion in k^(-1/2).
# Run from anywhere:   examples/width-transitions/run.sh            (about 4 minutes on 2 cores)
#                      examples/width-transitions/run.sh --reduced OUT   (the same steps, CI size; writes into OUT)
# LANDSCAPE overrides the command (default: the ./landscape wrapper at the repository root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
L=${LANDSCAPE:-./landscape}
here=examples/width-transitions
out=$here curve=0.5 formats="text json latex" order=4
if [[ "${1:-}" == --reduced ]]; then
  out=${2:?--reduced needs an output directory}; curve=0.1 formats=json order=1
  mkdir -p "$out"
fi
# 1. type A, Fix(Delta(S{k-1}xS1)), followed down in k from the k = 6 minimum at alpha = 0 (ReLU)
$L continue --param k --fix 'Delta(S{k-1}xS1)' --student examples/spurious-minima/spurious-k6.json --alpha 0 \
  --k 6 --to 4 --out "$out/continue-typeA" > "$out/continue-typeA.txt" 2> /dev/null
# 2. the two-block family Delta(S{k-2}xS2), down from the k = 9 census minimum
$L continue --param k --fix 'Delta(S{k-2}xS2)' --student examples/spurious-minima/spurious-k9-S7xS2.json --alpha 0 \
  --k 9 --to 6 --out "$out/continue-S2" > "$out/continue-S2.txt" 2> /dev/null
# 3. the type-A birth width as a function of the leaky slope: the crossing followed as a curve in (alpha, k)
$L continue --param k --fix 'Delta(S{k-1}xS1)' --student examples/spurious-minima/spurious-k6.json --alpha 0 \
  --k 6 --to 5 --curve-to "$curve" --out "$out/curve-typeA" > "$out/curve-typeA.txt" 2> /dev/null
# 4. the type-A family as k -> infinity: exact coefficients of its expansion in k^(-1/2), checked at k = 100..10000
for f in $formats; do
  plot=()
  [[ $f == json ]] && plot=(--plot "$out/asymptotics-typeA-check.png")
  $L derive family-asymptotics --fix 'Delta(S{k-1}xS1)' --student examples/spurious-minima/spurious-k6.json \
    --alpha 0 --order "$order" --format $f "${plot[@]}" > "$out/asymptotics-typeA.$f" 2> /dev/null
done
