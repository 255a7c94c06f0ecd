#!/usr/bin/env bash
# Time to ready and idle RSS of the production jar (docs/benchmarks.md, "Start-up time and memory").
# Builds nothing: run `./mvnw -DskipTests package` first. Each start gets an empty H2 data folder
# (demo data on, as for a newcomer); "ready" is /actuator/health/readiness answering 200, which is
# after the demo data is in place; RSS is read from /proc after 15 idle seconds. Two ways of
# starting, alternated start by start so that both see the same load on a shared machine:
#   plain  java -jar target/mdo-kansrijke-start-*.jar   (or MDO_BENCH_PLAIN_JAR, e.g. an older build)
#   fast   bin/start-production.sh: the unpacked jar, a small serial heap and the JDK AOT cache; the
#          cache is made once before the first measured start (its training run is timed apart)
# Prints every start, the medians, the ratios fast/plain and the load average before and after.
# Usage: docs/startup-benchmark.sh [starts per way, default 5]. JAVA_HOME: a JDK 21+ (25+ for the cache).
set -euo pipefail
cd "$(dirname "$0")/.."

STARTS=${1:-5}
PORT=${MDO_BENCH_PORT:-8141}
export JAVA_HOME="${JAVA_HOME:?set JAVA_HOME to a JDK 21+ (25+ for the AOT cache)}"
JAR=$(ls target/mdo-kansrijke-start-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1)
[ -n "$JAR" ] || { echo "No jar in target/: run ./mvnw -DskipTests package first" >&2; exit 1; }
PLAIN_JAR=${MDO_BENCH_PLAIN_JAR:-$JAR}
WORK=target/startup-benchmark
rm -rf "$WORK" && mkdir -p "$WORK"
export MDO_JAR="$PWD/$JAR" MDO_APP_DIR="$PWD/$WORK/app"

# start <label> <command...>: one start on a fresh data folder; prints "seconds rss_mb".
start() {
    local label=$1 data pid begin ready rss
    shift
    data=$(mktemp -d)
    begin=$(date +%s.%N)
    "$@" --server.port="$PORT" --mdo.data-dir="$data" >"$WORK/$label.log" 2>&1 &
    pid=$!
    until curl -fsS -o /dev/null "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null; do
        kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see $WORK/$label.log" >&2; exit 1; }
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

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# The unpacking and the training run of the AOT cache, once (the script then starts the
# application; stopped as soon as it answers, it is not one of the measured starts).
begin=$(date +%s)
start prepare bin/start-production.sh >/dev/null
echo "unpacking + AOT cache training + one start: $(( $(date +%s) - begin )) s"

: >"$WORK/plain.txt"
: >"$WORK/fast.txt"
for i in $(seq 1 "$STARTS"); do
    p=$(start plain "$JAVA_HOME/bin/java" -jar "$PLAIN_JAR")
    f=$(start fast bin/start-production.sh)
    echo "$p" >>"$WORK/plain.txt"
    echo "$f" >>"$WORK/fast.txt"
    echo "start $i: plain $p   fast $f   (load $(cut -d' ' -f1 /proc/loadavg))"
done

for way in plain fast; do
    printf '%-6s ready %6s s   idle RSS %5s MB   (median of %s)\n' "$way" \
        "$(cut -d' ' -f1 "$WORK/$way.txt" | median)" "$(cut -d' ' -f2 "$WORK/$way.txt" | median)" "$STARTS"
done
awk -v pr="$(cut -d' ' -f1 "$WORK/plain.txt" | median)" -v fr="$(cut -d' ' -f1 "$WORK/fast.txt" | median)" \
    -v pm="$(cut -d' ' -f2 "$WORK/plain.txt" | median)" -v fm="$(cut -d' ' -f2 "$WORK/fast.txt" | median)" \
    'BEGIN { printf "fast/plain: ready %.2f, RSS %.2f\n", fr / pr, fm / pm }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
