#!/usr/bin/env bash
# Time to ready and idle RSS of the production jar (docs/benchmarks.md, "Start-up time and memory").
# Builds nothing: run `./mvnw -DskipTests package` first. Each start gets an empty H2 data folder
# (demo data on, as for a newcomer); "ready" is /actuator/health/readiness answering 200, which is
# after the demo data is in place; RSS is read from /proc after 15 idle seconds. Prints the median
# of the starts for each way of running the jar:
#   plain  java -jar target/mdo-kansrijke-start-*.jar
#   tuned  the extracted jar (Spring Boot's jarmode=tools) with the flags in TUNED below
#   aot    as tuned, plus a JDK AOT cache (JDK 25+, JEP 483/514) from one training run
# Usage: docs/startup-benchmark.sh [starts per variant, default 5]. JAVA_HOME must be a JDK 25+ for
# the aot variant (it is skipped on older JDKs).
set -euo pipefail
cd "$(dirname "$0")/.."

STARTS=${1:-5}
PORT=${MDO_BENCH_PORT:-8141}
JAVA="${JAVA_HOME:?set JAVA_HOME to a JDK 21+ (25+ for the AOT cache)}/bin/java"
JAR=$(ls target/mdo-kansrijke-start-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1)
[ -n "$JAR" ] || { echo "No jar in target/: run ./mvnw -DskipTests package first" >&2; exit 1; }
WORK=target/startup-benchmark
# A small serial-collector heap: the application holds little (sessions, caches), and G1's own
# structures and a heap sized from the machine's memory are most of the plain run's RSS.
TUNED="-XX:+UseSerialGC -Xms64m -Xmx256m -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -Xss512k"

rm -rf "$WORK" && mkdir -p "$WORK"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
EXTRACTED="$WORK/app/$(basename "$JAR")"

# start <label> <java args...>: one start on a fresh data folder; prints "seconds rss_mb".
start() {
    local data pid begin ready rss
    data=$(mktemp -d)
    begin=$(date +%s.%N)
    "$JAVA" "$@" --server.port="$PORT" --mdo.data-dir="$data" >"$WORK/last-start.log" 2>&1 &
    pid=$!
    until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see $WORK/last-start.log" >&2; exit 1; }
        sleep 0.1
    done
    ready=$(echo "$(date +%s.%N) - $begin" | bc)
    sleep 15
    rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$data"
    printf '%.1f %s\n' "$ready" "$rss"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

run() {
    local label=$1 results
    shift
    results=$(for _ in $(seq 1 "$STARTS"); do start "$@"; done)
    printf '%-6s ready %5s s (median of %s: %s)   idle RSS %4s MB (%s)\n' "$label" \
        "$(echo "$results" | cut -d' ' -f1 | median)" "$STARTS" "$(echo "$results" | cut -d' ' -f1 | tr '\n' ' ')" \
        "$(echo "$results" | cut -d' ' -f2 | median)" "$(echo "$results" | cut -d' ' -f2 | tr '\n' ' ')"
}

run plain -jar "$JAR"
# shellcheck disable=SC2086
run tuned $TUNED -jar "$EXTRACTED"
if "$JAVA" -XX:AOTCacheOutput=/dev/null -version >/dev/null 2>&1; then
    # Training run: Spring starts the context and stops right after it (no web traffic, no demo data).
    training=$(mktemp -d)
    # shellcheck disable=SC2086
    "$JAVA" $TUNED -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh -jar "$EXTRACTED" \
        --mdo.data-dir="$training" --server.port=0 >"$WORK/training.log" 2>&1
    rm -rf "$training"
    # shellcheck disable=SC2086
    run aot $TUNED -XX:AOTCache="$WORK/app.aot" -jar "$EXTRACTED"
else
    echo "aot    skipped: this JDK has no AOT cache (JDK 25+)"
fi
