#!/usr/bin/env bash
# Runs one benchmark main class from src/test/java/com/guanxi/bench on the test classpath.
# Usage: bench/main.sh AnalyticsBench 1000000     (heap: BENCH_HEAP, default 8g)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?benchmark class, e.g. AnalyticsBench}; shift
./mvnw -B -q -ntp test-compile -DskipFrontend
cp=$(./mvnw -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java @bin/jvm-options -Xmx"${BENCH_HEAP:-8g}" -cp "target/test-classes:target/classes:$cp" "com.guanxi.bench.$name" "$@"
