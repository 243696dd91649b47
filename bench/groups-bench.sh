#!/usr/bin/env bash
# Builds the main classes, compiles bench/src/GroupsBench.java against them and runs it (prints a Markdown table).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o compile
mkdir -p bench/target
javac -d bench/target -cp target/classes bench/src/GroupsBench.java
exec java -Xss8m -Xmx2g -XX:+UseParallelGC -cp target/classes:bench/target GroupsBench
