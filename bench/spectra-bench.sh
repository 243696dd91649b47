#!/usr/bin/env bash
# Issue 6: builds the main classes, compiles bench/src/SpectraBench.java against them and runs it (Markdown table).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o compile dependency:build-classpath -Dmdep.outputFile=bench/target-cp.txt >/dev/null
mkdir -p bench/target
cp="target/classes:$(cat bench/target-cp.txt)"
javac -d bench/target -cp "$cp" bench/src/SpectraBench.java
exec java -Xss8m -Xmx2g -XX:+UseParallelGC -cp "$cp:bench/target" SpectraBench
