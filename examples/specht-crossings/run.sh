#!/usr/bin/env bash
# Equivariant-degree invariants for every crossing of the Specht components of M(k,k) under Delta S_k, from Java.
#   examples/specht-crossings/run.sh               (k = 4, 5, 6; about 10 s)
#   examples/specht-crossings/run.sh --reduced OUT  (CI size: k = 4, 5; writes into OUT)
# LANDSCAPE_CP overrides the class path (default: the jar the ./landscape wrapper builds).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
here=examples/specht-crossings
out=$here widths="4 5 6"
if [[ "${1:-}" == --reduced ]]; then
  out=${2:?--reduced needs an output directory}; widths="4 5"
  mkdir -p "$out"
fi
if [[ -z "${LANDSCAPE_CP:-}" ]]; then
  ./landscape --version > /dev/null     # builds target/landscape.jar on first use
  LANDSCAPE_CP=target/landscape-run.jar
fi
# shellcheck disable=SC2086
java -Xss8m -cp "$LANDSCAPE_CP" $here/SpechtCrossings.java $widths > "$out/crossings.txt"
