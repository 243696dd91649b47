#!/usr/bin/env bash
# Escape neurons and network embedding (Wu, Simsek, Ged; Arjevani and Field). Run from the repository root:
#   examples/escape-neurons/run.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
here="examples/escape-neurons"
# 1. hand case: a dead student neuron against teacher I_3 at alpha = 0
./landscape escape --alpha 0 --student '[[0,0,0]]' --teacher identity:3 > "$here/escape-hand.out"
# 2. a dead neuron beside a perfect fit: D = 0 identically (undecided, honestly)
./landscape escape --alpha 0 --student '[[1,0,0],[0,1,0],[0,0,1],[0,0,0]]' --teacher identity:3 --budget 200000 > "$here/escape-degenerate.out"
# 3. annihilation: Newton from a Delta(S5 x S1)-symmetric start finds a spurious minimum of k = n = d = 6,
#    which becomes a saddle in width 7, by a zero neuron and by a split
./landscape embed --alpha 0 --student "$here/start-k6.json" --teacher identity:6 --refine --add-zero > "$here/embed-add-zero.out"
./landscape embed --alpha 0 --student "$here/start-k6.json" --teacher identity:6 --refine --split 5 --ratio 0.5 --json > "$here/embed-split.json"
./landscape embed --alpha 0 --student "$here/start-k6.json" --teacher identity:6 --refine --split 0 --ratio 0.5 > "$here/embed-split-0.out"
