#!/usr/bin/env bash
# Issue 17: builds the main classes, compiles bench/src/ProofsBench.java against them and runs it (Markdown table),
# then times the command line end to end (JVM start included).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o compile dependency:build-classpath -Dmdep.outputFile=bench/target-cp.txt >/dev/null
mkdir -p bench/target
cp="target/classes:$(cat bench/target-cp.txt)"
javac -d bench/target -cp "$cp" bench/src/ProofsBench.java
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
java -Xss8m -Xmx2g -XX:+UseParallelGC -cp "$cp:bench/target" ProofsBench
echo
echo "| command (JVM start included) | wall s |"
echo "|---|---|"
run() {
  local t0 t1
  t0=$(date +%s.%N)
  java -Xss8m -XX:+UseParallelGC -cp "$cp" org.landscape.cli.Main "$@" >/dev/null 2>&1 || true
  t1=$(date +%s.%N)
  printf '| `%s` | %.1f |\n' "$*" "$(echo "$t1 - $t0" | bc)"
}
run critical --alpha 0 --student examples/spurious-minima/spurious-k6.json --teacher identity:6 --certify \
    --certificate bench/target/cert-k6.json
run verify-certificate bench/target/cert-k6.json
run check examples/liu-leaky-relu/claims-deltaS6-family.json
