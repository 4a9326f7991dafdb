#!/usr/bin/env bash
# Import throughput benchmark: generates N companies (default 1,000,000) with their shareholders, personnel,
# guarantees and judgments in the canonical format, then imports them end to end into a fresh embedded Neo4j.
# Prints rows, rows/s and peak heap. Usage: bench/import.sh [companies] [heap]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
heap=${2:-6g}
work=${BENCH_DIR:-/tmp/guanxi-bench}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -ntp package -DskipTests
if [ ! -f "$work/in-$n/companies.csv" ]; then
  java -Xmx512m -jar target/quarkus-app/quarkus-run.jar generate "$work/in-$n" --companies "$n" --seed 7
fi
rm -rf "$work/data-$n"
wc -l "$work/in-$n"/*.csv "$work/in-$n"/*.jsonl
GUANXI_DATA_DIR="$work/data-$n" java @bin/jvm-options -Xmx"$heap" ${BENCH_JAVA_OPTS:-} -Dguanxi.resolution.mode="${GUANXI_RESOLUTION_MODE:-full}" -Dguanxi.import.work-dir="$work/data-$n/imports" \
  -Dguanxi.analytics.run-after-import=false -Dquarkus.log.console.level=INFO -Dquarkus.log.category.\"com.guanxi\".level=INFO \
  -jar target/quarkus-app/quarkus-run.jar import "$work/in-$n" 2> "$work/import-$n.log"
# The progress bar stays in $work/import-N.log; the service log (a bulk load's stages in one line) goes to stdout.
