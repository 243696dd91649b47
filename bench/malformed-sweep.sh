#!/usr/bin/env bash
# Sweep of malformed invocations (issue 20): runs every line of malformed-cases.txt and classifies the outcome.
#   clean  - exit 0, or exit 2..6 / 130 with stderr ending in one error line and no stack trace
#   BAD    - internal error (exit 70), a stack trace, several error lines, no answer within the time limit,
#            bad input (marked !) accepted, a file's contents echoed, or a write outside --out
# Usage: bench/malformed-sweep.sh [TIMEOUT_SECONDS]   (uses ./landscape unless LANDSCAPE is set)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
L=${LANDSCAPE:-"$root/landscape"}
limit=${1:-60}
T=$(mktemp -d); export T
trap 'rm -rf "$T"' EXIT
printf '[[1,0],[0,1]] trailing\n' > "$T/garbage.json"
printf '1,0\n0,1\n1,1 extra\n' > "$T/garbage.csv"
: > "$T/empty.json"
printf '[[1,0],[0,1]]\n' > "$T/unreadable.json"; chmod 000 "$T/unreadable.json"
claims='{"family": "global-minimum", "claims": [{"id": "c", "kind": "no-instability", "interval": [0, 1], "k": 4}]}'
printf '%s\n}}\n' "$claims" > "$T/garbage-claims.json"
printf '{"family": "symmetric", "subgroup": "DeltaS3", "start": "/etc/passwd", "claims": []}\n' > "$T/passwd-claims.json"
mkdir -p "$T/claims" "$T/elsewhere"; printf '[[1,0],[0,1]]\n' > "$T/elsewhere/w.json"
printf '{"family": "symmetric", "subgroup": "DeltaS2", "start": "../elsewhere/w.json", "claims": []}\n' > "$T/claims/c.json"
cp "$T/claims/c.json" "$T/outside-start-claims.json"
printf '{"claims": [{"id": "c", "kind": "nonsense"}]}\n' > "$T/badkind-claims.json"
printf '{"claims": [{"id": "c", "kind": "no-instability", "interval": [1, 0]}]}\n' > "$T/badinterval-claims.json"
printf 'x = (1 + ;\n' > "$T/syntax.m"
mkdir -p "$T/out" "$T/victim"; ln -s "$T/victim" "$T/out/link"
printf 'Put[777, "link/pwn.m"]\n' > "$T/symlink.m"
printf 'Print[$HomeDirectory]\nPrint[$UserName]\n' > "$T/homedir.m"
printf 'i = 0; While[True, i++]\n' > "$T/loop.m"
printf 'Length[Range[2*10^9]]\n' > "$T/range.m"
eval "$L census --k 3 --alpha 0.2 --inits 8 --seed 4 --shard 1/2 --json" > "$T/shard1.jsonl" 2>/dev/null
clean=0; bad=0; n=0
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  refuse=0
  if [[ "$line" == !* ]]; then refuse=1; line="${line:1}"; fi
  n=$((n + 1))
  start=$(date +%s.%N)
  timeout -s TERM "$limit" bash -c "$L $line" > "$T/stdout" 2> "$T/stderr" < /dev/null
  code=$?
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  errlines=$(grep -cE '^(error|internal error|[^ ]+:[0-9]+:)' "$T/stderr")
  trace=$(grep -cE '^\s+at [a-zA-Z]|Exception in thread|^Caused by' "$T/stderr")
  verdict=clean
  if [[ $code -eq 124 || $code -eq 70 || $trace -gt 0 ]]; then
    verdict=BAD
  elif [[ $code -ne 0 && $errlines -ne 1 ]]; then
    verdict=BAD
  elif [[ $code -eq 0 && $refuse -eq 1 ]]; then
    verdict=BAD
  elif grep -q 'root:x:0' "$T/stderr" "$T/stdout"; then
    verdict=BAD
  elif [[ -n "$(ls -A "$T/victim")" ]]; then
    verdict=BAD; rm -rf "$T/victim"/*
  fi
  [[ $verdict == clean ]] && clean=$((clean + 1)) || bad=$((bad + 1))
  printf '%-5s exit %3d %6.1fs  %s\n      %s\n' "$verdict" "$code" "$secs" "$line" \
    "$(grep -vE '^(census|check|family|group|degree): ' "$T/stderr" | tail -1 | cut -c1-200)"
done < "$root/bench/malformed-cases.txt"
echo "$n cases: $clean clean, $bad BAD"
