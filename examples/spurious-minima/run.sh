#!/usr/bin/env bash
# Spurious minima of k = n = d ReLU networks (Safran-Shamir), followed in k (Arjevani-Field).
# Run from anywhere:   examples/spurious-minima/run.sh            (about 15 minutes on 2 cores)
#                      examples/spurious-minima/run.sh --reduced OUT   (CI size, about a minute; writes into OUT)
# LANDSCAPE overrides the command (default: the ./landscape wrapper at the repository root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
L=${LANDSCAPE:-./landscape}
here=examples/spurious-minima
out=$here inits=1000 widths="6 7 8 9 10" top=20
if [[ "${1:-}" == --reduced ]]; then
  out=${2:?--reduced needs an output directory}; inits=60 widths="6 8" top=8
  mkdir -p "$out"
fi
# 1. censuses at alpha = 0 (ReLU): seeded random starts, gradient descent + Newton, merged up to symmetry
for k in $widths; do
  $L census --k "$k" --alpha 0 --inits "$inits" --seed 1 --json > "$out/census-k$k-alpha0.jsonl"
done
for k in $widths; do $L census --merge "$out/census-k$k-alpha0.jsonl"; echo; done > "$out/census-tables.txt"
# Safran and Shamir's largest width, k = 20: 40 starts (about a minute)
if [[ "$out" == "$here" ]]; then
  $L census --k 20 --alpha 0 --inits 40 --seed 1 --json > "$out/census-k20-alpha0.jsonl"
  $L census --merge "$out/census-k20-alpha0.jsonl" > "$out/census-k20-table.txt"
fi
# the Hessian at the k = 6 type-A minimum, block by irreducible of its isotropy S5 x S1
$L spectrum --alpha 0 --student $here/spurious-k6.json --teacher identity:6 > "$out/spectrum-typeA-k6.txt"
# 2. the two symmetric families followed in k, every member certified by 45-digit quadrature
$L family --fix 'Delta(S{k-1}xS1)' --student $here/spurious-k6.json --alpha 0 --k 6..$top --certify --out "$out/family-typeA" > "$out/family-typeA.txt"
$L family --fix 'DeltaS{k}' --student examples/liu-leaky-relu/deltaS6-start.json --alpha 0 --k 6..$top --certify --out "$out/family-deltaSk" > "$out/family-deltaSk.txt"
# the second family of the censuses (two odd neurons), from the k = 9 census point
if [[ "$out" == "$here" ]]; then
  $L family --fix 'Delta(S{k-2}xS2)' --student $here/spurious-k9-S7xS2.json --alpha 0 --k 9..14 --certify --out "$out/family-S2" > "$out/family-S2.txt"
  $L family --fix 'Delta(S{k-2}xS2)' --student $here/spurious-k9-S7xS2.json --alpha 0 --k 9..5 > "$out/family-S2-down.txt"
fi
# 3. and downwards: below k = 6 both families are saddles
$L family --fix 'Delta(S{k-1}xS1)' --student $here/spurious-k6.json --alpha 0 --k 6..3 > "$out/family-typeA-down.txt"
$L family --fix 'DeltaS{k}' --student examples/liu-leaky-relu/deltaS6-start.json --alpha 0 --k 6..3 > "$out/family-deltaSk-down.txt"
