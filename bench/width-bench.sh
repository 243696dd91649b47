#!/usr/bin/env bash
# Issue 16: symmetry at any width, side by side with numpy (LAPACK) in one run. Builds the main classes, runs the
# in-process harness bench/src/SpectraBench.java (Markdown table), then times whole commands (JVM start included)
# beside bench/numpy_hessian.py on the same points. Results: bench/RESULTS.md, "Symmetry at any width (issue 16)".
set -euo pipefail
cd "$(dirname "$0")/.."
./landscape --help > /dev/null
mvn -q -B -o compile dependency:build-classpath -Dmdep.outputFile=bench/target-cp.txt >/dev/null
mkdir -p bench/target
cp="target/classes:$(cat bench/target-cp.txt)"
javac -d bench/target -cp "$cp" bench/src/SpectraBench.java
java -Xss8m -Xmx4g -XX:+UseParallelGC -cp "$cp:bench/target" SpectraBench
wall() { local t0 t1; t0=$(date +%s.%N); "$@" > /dev/null 2>&1; t1=$(date +%s.%N); printf '%.2f' "$(echo "$t1 - $t0" | bc)"; }
echo
echo "| command | wall s |"
echo "|---|---|"
for k in 30 100; do
  f=$(ls examples/large-width/spurious-*-k$k.json)
  echo "| numpy: python3 bench/numpy_hessian.py $f 0 (interpreter, imports, Hessian, eigvalsh) | $(wall python3 bench/numpy_hessian.py "$f" 0) |"
  echo "| ./landscape spectrum --alpha 0 --student $f --teacher identity:$k | $(wall ./landscape spectrum --alpha 0 --student "$f" --teacher identity:$k) |"
  echo "| ./landscape critical --alpha 0 --student $f --teacher identity:$k | $(wall ./landscape critical --alpha 0 --student "$f" --teacher identity:$k) |"
done
python3 bench/numpy_hessian.py examples/large-width/spurious-S24xS6-k30.json 0
echo "| ./landscape family --fix 'Delta(S{k-1}xS1)' --student examples/spurious-minima/spurious-k6.json --alpha 0 --k 6..1000 | $(wall ./landscape family --fix 'Delta(S{k-1}xS1)' --student examples/spurious-minima/spurious-k6.json --alpha 0 --k 6..1000) |"
echo "| ./landscape census --k 20 --alpha 0 --inits 1000 --seed 1 | $(wall ./landscape census --k 20 --alpha 0 --inits 1000 --seed 1) |"
if [[ "${CENSUS50:-0}" == 1 ]]; then
  echo "| ./landscape census --k 50 --alpha 0 --inits 500 --seed 1 | $(wall ./landscape census --k 50 --alpha 0 --inits 500 --seed 1) |"
fi
