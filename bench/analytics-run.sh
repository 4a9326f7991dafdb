#!/usr/bin/env bash
# Analytics run end to end on an imported database: starts the service on a copy of DATA, waits for the start-up run
# (projection load, algorithms, write-back, tags), asks for a second run over HTTP (its write-back and tag diff start
# from the first run in memory: the steady state), prints both runs' timings from the log and stops the service.
# Usage: bench/analytics-run.sh DATA [app=target/quarkus-app] [heap=4g]
#   DATA       a data folder made by `import` (GUANXI_DATA_DIR), with a user made by `user add bench --role admin`
#   BENCH_PASSWORD that user's password; GUANXI_NEO4J_EMBEDDED_PAGE_CACHE (default 2g) the page cache
# The copy (DATA.run) is deleted at the end, so every run starts from the same database.
set -euo pipefail
data=$(realpath "$1")
app=${2:-target/quarkus-app}
heap=${3:-4g}
run="$data.run"
log="$run.log"
port=${GUANXI_HTTP_PORT:-18180}
: "${BENCH_PASSWORD:?set BENCH_PASSWORD to the password of user bench}"
rm -rf "$run" && cp -a "$data" "$run"
export GUANXI_DATA_DIR="$run" GUANXI_HTTP_PORT="$port" GUANXI_BOLT_PORT=${GUANXI_BOLT_PORT:-17799}
export GUANXI_NEO4J_EMBEDDED_PAGE_CACHE=${GUANXI_NEO4J_EMBEDDED_PAGE_CACHE:-2g}
java @"$(dirname "$0")/../bin/jvm-options" -Xms"$heap" -Xmx"$heap" ${BENCH_JAVA_OPTS:-} -jar "$app/quarkus-run.jar" serve > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$run"' EXIT
runs_done() { grep -c "AnalyticsService.*Analytics run .* done in" "$log" || true; }
wait_for_runs() {
  until [ "$(runs_done)" -ge "$1" ]; do
    kill -0 $pid 2>/dev/null || { tail -20 "$log"; exit 1; }
    sleep 5
  done
}
wait_for_runs 1
token=$(curl -sf -H 'Content-Type: application/json' \
  -d "{\"username\":\"${BENCH_USER:-bench}\",\"password\":\"$BENCH_PASSWORD\"}" "http://127.0.0.1:$port/api/auth/login" |
  sed 's/.*"token":"\([^"]*\)".*/\1/')
curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{}' \
  "http://127.0.0.1:$port/api/analytics/runs" > /dev/null
wait_for_runs 2
grep -E "Tags of run|Analytics run .* done in" "$log" | sed 's/^.*\] ([^)]*) //'
echo "log: $log"
