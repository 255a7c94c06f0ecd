#!/usr/bin/env bash
# API read throughput of the production jar (docs/benchmarks.md, "API throughput").
# Builds nothing: run `./mvnw -DskipTests package` first. Starts the jar on an empty H2 data folder
# with the demo data, waits for readiness, registers one case of the midwife through the API, then
# runs docs/bench/ApiLoad.java: a case read (verloskundige), the meeting list (voorzitter) and the
# indicator feed (the service account indicator-feed), each at 1, 8 and 32 concurrent clients, ROUNDS
# rounds of REQUESTS requests each; prints medians per row and the RSS before and after.
# Usage: docs/api-benchmark.sh [rounds, default 3] [requests per round, default 2000]
# Environment: MDO_BENCH_PORT (default 8142), MDO_BENCH_JAVA_OPTS (JVM flags for the server, default none);
# MDO_BENCH_START=script starts the server the production way instead, with bin/start-production.sh (its
# JVM flags, MALLOC_ARENA_MAX, the AOT cache in MDO_APP_DIR, made once per jar and JDK, and the heap
# compaction after readiness), MDO_BENCH_JAVA_OPTS then being appended as its JAVA_OPTS;
# MDO_BENCH_DIAGNOSTICS=1 adds -XX:NativeMemoryTracking=summary and writes jcmd's heap and native-memory
# summaries after the warm-up and after all requests to target/api-benchmark/diagnostics (ApiLoad.java);
# SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD run it on PostgreSQL instead of H2 (give it a database of its own).
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${1:-3}
REQUESTS=${2:-2000}
PORT=${MDO_BENCH_PORT:-8142}
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"
JAR=$(ls target/mdo-kansrijke-start-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1)
[ -n "$JAR" ] || { echo "No jar in target/: run ./mvnw -DskipTests package first" >&2; exit 1; }
WORK="$PWD/target/api-benchmark"
BASE="http://127.0.0.1:$PORT"
rm -rf "$WORK" && mkdir -p "$WORK/data"

OPTS=${MDO_BENCH_JAVA_OPTS:-}
if [ -n "${MDO_BENCH_DIAGNOSTICS:-}" ]; then
    OPTS="$OPTS -XX:NativeMemoryTracking=summary"
    export MDO_BENCH_DIAGNOSTICS="$WORK/diagnostics" && mkdir -p "$MDO_BENCH_DIAGNOSTICS"
fi
if [ "${MDO_BENCH_START:-}" = script ]; then
    # The script prepares first (unpacking, the AOT cache) so that the server's pid is the JVM's own
    # (the script ends in exec) and the cache's training run is not part of the wait for readiness.
    MDO_JAR="$JAR" bin/start-production.sh --prepare
    MDO_JAR="$JAR" JAVA_OPTS="$OPTS" bin/start-production.sh --server.port="$PORT" --mdo.data-dir="$WORK/data" \
        >"$WORK/server.log" 2>&1 &
else
    # shellcheck disable=SC2086
    "$JAVA" $OPTS -jar "$JAR" --server.port="$PORT" --mdo.data-dir="$WORK/data" >"$WORK/server.log" 2>&1 &
fi
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
until curl -fsS -o /dev/null "$BASE/actuator/health/readiness" 2>/dev/null; do
    kill -0 "$SERVER" 2>/dev/null || { echo "the application stopped; see $WORK/server.log" >&2; exit 1; }
    sleep 0.5
done

CASE=$(curl -fsS -u verloskundige:demo -H 'Content-Type: application/json' "$BASE/api/v1/cases" -d "{
  \"type\": \"PREGNANCY\", \"anonymous\": false, \"initials\": \"B.M.\", \"parentBirthYear\": 1996,
  \"expectedDueDate\": \"$(date -d '+4 months' +%F)\", \"municipalityCode\": \"GM0202\",
  \"question\": \"Benchmark\", \"consent\": {\"basis\": \"CONSENT\", \"givenOn\": \"$(date +%F)\",
  \"form\": \"WRITTEN\", \"givenBy\": \"CLIENT\", \"discussInMeeting\": true, \"parentsAttend\": false,
  \"contactOtherProfessionals\": false, \"sharedDisciplines\": [\"MIDWIFE\"]}}" \
    | sed -E 's/.*"caseNumber":"([^"]+)".*/\1/')
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); case $CASE"
echo "Server: $(tr '\0' ' ' </proc/$SERVER/cmdline | sed -E 's/ -jar .*//')"

"$JAVA" docs/bench/ApiLoad.java "$BASE" "$SERVER" "$ROUNDS" "$REQUESTS" 1,8,32 \
    "case read=verloskundige:demo@/api/v1/cases/$CASE" \
    "meeting list=voorzitter:demo@/api/v1/meetings" \
    "indicator feed=indicator-feed:demo@/api/v1/indicators/7"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
