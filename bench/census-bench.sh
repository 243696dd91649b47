#!/usr/bin/env bash
# Census speed (issue 16, "Speed"), before and after side by side in one run. Builds the jar of a baseline
# commit (default BASE=cf08410, the census branch point) from `git archive` into bench/target/census-before and
# the current sources with ./landscape, then runs the same census commands with both (JVM start included), one after
# the other, and checks with bench/census-compare.py that both give the same starts, failures, distinct points,
# counts and losses (to 1e-10). Results: bench/RESULTS.md, "Census speed (issue 16)".
#   bench/census-bench.sh                      # k = 20, 1000 starts (before: about 4 minutes)
#   CENSUS50=1 bench/census-bench.sh           # also k = 50: 50 starts before/after, 500 starts after only
#   CASE='--k 20 --alpha 0 --inits 200 --seed 1' bench/census-bench.sh   # one other census instead
set -euo pipefail
cd "$(dirname "$0")/.."
base="${BASE:-cf08410}"
out=bench/target/census
mkdir -p "$out"
before=bench/target/census-before
if [[ ! -f "$before/$base/target/landscape.jar" ]]; then
  rm -rf "$before/$base" && mkdir -p "$before/$base"
  git archive "$base" | tar -x -C "$before/$base"
  (cd "$before/$base" && mvn -q -B -o -DskipTests package > build.log 2>&1)
fi
./landscape --help > /dev/null
jvm=(java -Xss8m -XX:+UseParallelGC -jar)
run() { # label jar args... -> "wall s (CPU s)": wall time and user + system CPU time of the whole JVM
  local label="$1" jar="$2"; shift 2
  /usr/bin/time -f '%e %U %S' -o "$out/$label.time" "${jvm[@]}" "$jar" census "$@" --json > "$out/$label.jsonl" 2> /dev/null
  awk '{printf "%.1f (%.1f)", $1, $2 + $3}' "$out/$label.time"
}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| command | before: wall s (CPU s) | after: wall s (CPU s) | same result |"
echo "|---|---|---|---|"
cases=("--k 20 --alpha 0 --inits 1000 --seed 1")
if [[ "${CENSUS50:-0}" == 1 ]]; then
  cases+=("--k 50 --alpha 0 --inits 50 --seed 1")
fi
if [[ -n "${CASE:-}" ]]; then
  cases=("$CASE")
fi
for c in "${cases[@]}"; do
  tag=$(echo "$c" | tr -d ' -')
  # shellcheck disable=SC2086
  tb=$(run "before-$tag" "$before/$base/target/landscape.jar" $c)
  # shellcheck disable=SC2086
  ta=$(run "after-$tag" target/landscape-run.jar $c)
  same=$(python3 bench/census-compare.py "$out/before-$tag.jsonl" "$out/after-$tag.jsonl" | head -1 || true)
  echo "| census $c | $tb | $ta | $same |"
done
if [[ "${CENSUS50:-0}" == 1 ]]; then
  echo "| census --k 50 --alpha 0 --inits 500 --seed 1 | - | $(run after-k50-500 target/landscape-run.jar --k 50 --alpha 0 --inits 500 --seed 1) | - |"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
