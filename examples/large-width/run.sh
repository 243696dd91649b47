#!/usr/bin/env bash
# Symmetric critical points at large width (issue 16): families followed to k = 1000 at alpha = 0, spectra of
# spurious minima of width 30 and 100 from their isotypic blocks, and a width-100 family followed in alpha.
# Run from anywhere:   examples/large-width/run.sh              (about a minute on 2 cores)
#                      examples/large-width/run.sh --reduced OUT (CI size, about 20 s; writes into OUT)
# LANDSCAPE overrides the command (default: the ./landscape wrapper at the repository root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
L=${LANDSCAPE:-./landscape}
here=examples/large-width
out=$here top=1000 s6top=100 dtop=100
if [[ "${1:-}" == --reduced ]]; then
  out=${2:?--reduced needs an output directory}; top=60 s6top=30 dtop=30
  mkdir -p "$out"
fi
# 1. the type-A family Delta(S{k-1}xS1) and the two-block family Delta(S{k-2}xS2), k up to 1000, alpha = 0
$L family --fix 'Delta(S{k-1}xS1)' --student examples/spurious-minima/spurious-k6.json --alpha 0 --k 6..$top \
  --out "$out/family-typeA" > "$out/family-typeA.txt"
$L family --fix 'Delta(S{k-2}xS2)' --student examples/spurious-minima/spurious-k9-S7xS2.json --alpha 0 --k 9..$top \
  --out "$out/family-S2" > "$out/family-S2.txt"
# 2. the census minimum with isotropy S14 x S6 at k = 20 (examples/spurious-minima) followed to k = 30 and 100,
#    then the spectrum at k = 30 (900 unknowns) and Newton + spectrum at k = 100 (10000 unknowns)
$L family --fix 'Delta(S{k-6}xS6)' --student $here/spurious-S14xS6-k20.json --alpha 0 --k 20..30 --out "$out/family-S6-30" \
  > "$out/family-S6-30.txt"
$L spectrum --alpha 0 --student "$out/family-S6-30/point-k30.json" --teacher identity:30 > "$out/spectrum-S24xS6-k30.txt"
$L family --fix 'Delta(S{k-6}xS6)' --student "$out/family-S6-30/point-k30.json" --alpha 0 --k 30..$s6top \
  --out "$out/family-S6" > "$out/family-S6.txt"
$L critical --alpha 0 --student "$out/family-S6/point-k$s6top.json" --teacher identity:$s6top \
  > "$out/critical-S6-k$s6top.txt"
# 4. a non-diagonal family (rows and columns partitioned differently): Delta S_{k-2} on the first k-2 rows and
#    columns, two single neurons, the last two input coordinates swapped; from the index-2 saddle of width 6
$L family --fix 'Delta(S{k-2})xS1xS1xS2' --student $here/saddle-k6-delta4-rows1-1-cols2.json --alpha 0 \
  --k 6..$s6top --out "$out/family-mixed" > "$out/family-mixed.txt"
# 3. the Delta S_k family at k = 100 followed in alpha from 0 to -1, with its events
$L family --fix 'DeltaS{k}' --student examples/liu-leaky-relu/deltaS6-start.json --alpha 0 --k 6..$dtop \
  --out "$out/family-deltaSk" > "$out/family-deltaSk.txt"
$L continue --alpha 0 --to -1 --student "$out/family-deltaSk/point-k$dtop.json" --teacher identity:$dtop \
  --fix "DeltaS$dtop" --out "$out/continue-deltaS$dtop" > "$out/continue-deltaS$dtop.txt"
