#!/usr/bin/env bash
# Time to ready and idle RSS of the production jar (docs/benchmarks.md, "Start-up time and memory").
# Builds nothing: run `./mvnw -DskipTests package` first. "Ready" is /actuator/health/readiness
# answering 200 (after the demo data is in place) and then the login page answering 200; RSS is read
# from /proc after 15 idle seconds, and the CPU time (user+sys, all threads) the process had used when
# it was ready: steadier than the seconds on a shared machine. Two ways of starting, alternated start by start so that both see
# the same load on a shared machine:
#   before  by default the plain java -jar target/mdo-kansrijke-start-*.jar (or MDO_BENCH_PLAIN_JAR);
#           with MDO_BENCH_BEFORE=<folder of another build, e.g. a worktree of main with its jar in
#           target/> that build's own bin/start-production.sh with its own jar (MDO_BENCH_BEFORE_JAR
#           and MDO_BENCH_BEFORE_APP_DIR: another jar, and where its script unpacks it, default
#           <folder>/target/app)
#   after   bin/start-production.sh of this folder: the unpacked jar, a small serial heap and the
#           JDK AOT cache (unpacked in target/startup-benchmark/after-app)
# Each way's unpacking and cache training (bin/start-production.sh) happen before the first
# measured start, are timed apart, and are kept for the next run while the jar stays the same.
# MDO_BENCH_DATA=empty (default): every start on an empty H2 folder, demo data on (a newcomer's
# first start: all migrations and the demo data). MDO_BENCH_DATA=existing: each way fills one folder
# in its unmeasured first start, and every measured start is a restart on that folder.
# MDO_BENCH_ARGS: further application arguments for every start of both ways, e.g.
# "--spring.profiles.active=keycloak" (a running Keycloak and MDO_KEYCLOAK_ISSUER as in the README).
# Prints every start, the medians, the ratios after/before and the load average before and after.
# Usage: docs/startup-benchmark.sh [starts per way, default 5]. JAVA_HOME: a JDK 21+ (25+ for the cache).
set -euo pipefail
cd "$(dirname "$0")/.."

STARTS=${1:-5}
PORT=${MDO_BENCH_PORT:-8141}
DATA=${MDO_BENCH_DATA:-empty}
export JAVA_HOME="${JAVA_HOME:?set JAVA_HOME to a JDK 21+ (25+ for the AOT cache)}"
jar_in() { ls "$1"/target/mdo-kansrijke-start-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1; }
JAR=$(jar_in .)
[ -n "$JAR" ] || { echo "No jar in target/: run ./mvnw -DskipTests package first" >&2; exit 1; }
# Logs and figures of this run (MDO_BENCH_WORK: another folder, for two runs at once on two ports).
WORK=${MDO_BENCH_WORK:-$PWD/target/startup-benchmark}
mkdir -p "$WORK" && rm -f "$WORK"/*.txt "$WORK"/*.log

after=(env MDO_JAR="$PWD/$JAR" MDO_APP_DIR="$PWD/target/startup-benchmark/after-app" bin/start-production.sh)
if [ -n "${MDO_BENCH_BEFORE:-}" ]; then
    BEFORE_JAR=${MDO_BENCH_BEFORE_JAR:-$(jar_in "$MDO_BENCH_BEFORE")}
    [ -n "$BEFORE_JAR" ] || { echo "No jar in $MDO_BENCH_BEFORE/target/" >&2; exit 1; }
    BEFORE_APP=${MDO_BENCH_BEFORE_APP_DIR:-$MDO_BENCH_BEFORE/target/app}
    before=(env MDO_JAR="$BEFORE_JAR" MDO_APP_DIR="$BEFORE_APP" "$MDO_BENCH_BEFORE/bin/start-production.sh")
    echo "before: $MDO_BENCH_BEFORE/bin/start-production.sh with $BEFORE_JAR"
else
    before=("$JAVA_HOME/bin/java" -jar "${MDO_BENCH_PLAIN_JAR:-$JAR}")
    echo "before: java -jar ${MDO_BENCH_PLAIN_JAR:-$JAR}"
fi
echo "after:  bin/start-production.sh with $JAR; data: $DATA; arguments: ${MDO_BENCH_ARGS:-none}"

answers() { curl -fsS -o /dev/null "http://127.0.0.1:$PORT$1" 2>/dev/null; }

# start <label> <data folder or ""> <command...>: one start (on a new empty folder when none is
# given); prints "seconds rss_mb cpu_seconds".
start() {
    local label=$1 data=$2 pid begin ready rss cpu fresh=
    shift 2
    [ -n "$data" ] || { data=$(mktemp -d); fresh=1; }
    begin=$(date +%s.%N)
    # shellcheck disable=SC2086
    "$@" ${MDO_BENCH_ARGS:-} --server.port="$PORT" --mdo.data-dir="$data" >"$WORK/$label.log" 2>&1 &
    pid=$!
    until answers /actuator/health/readiness && answers /login; do
        kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see $WORK/$label.log" >&2; exit 1; }
        sleep 0.1
    done
    ready=$(echo "$(date +%s.%N) - $begin" | bc)
    # utime and stime of the process (the script execs java, so this is the JVM), in clock ticks.
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat")
    sleep 15
    rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    [ -z "$fresh" ] || rm -rf "$data"
    printf '%.1f %s %s\n' "$ready" "$rss" "$cpu"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# Unmeasured, once per way: the unpacking and the training run of the AOT cache (the scripts'
# --prepare) and, with MDO_BENCH_DATA=existing, a first start that fills the folder its restarts use.
before_data= after_data=
if [ "$DATA" = existing ]; then
    before_data=$(mktemp -d) after_data=$(mktemp -d)
    trap 'rm -rf "$before_data" "$after_data"' EXIT
fi
for way in before after; do
    begin=$(date +%s)
    if [ "$way" = before ]; then
        # An older script without --prepare unpacks and trains in a first whole start instead.
        if [ -n "${MDO_BENCH_BEFORE:-}" ] && grep -q -- '--prepare' "$MDO_BENCH_BEFORE/bin/start-production.sh"; then
            "${before[@]}" --prepare
        elif [ -n "${MDO_BENCH_BEFORE:-}" ] && [ -z "$before_data" ] && [ ! -f "$BEFORE_APP/mdo.aot" ]; then
            start prepare-before "" "${before[@]}" >/dev/null
        fi
        [ -z "$before_data" ] || start prepare-before "$before_data" "${before[@]}" >/dev/null
    else
        "${after[@]}" --prepare
        [ -z "$after_data" ] || start prepare-after "$after_data" "${after[@]}" >/dev/null
    fi
    echo "$way: preparation (unpacking and cache training where not done yet; the first start on existing data): $(( $(date +%s) - begin )) s"
done

: >"$WORK/before.txt"
: >"$WORK/after.txt"
for i in $(seq 1 "$STARTS"); do
    b=$(start before "$before_data" "${before[@]}")
    a=$(start after "$after_data" "${after[@]}")
    echo "$b" >>"$WORK/before.txt"
    echo "$a" >>"$WORK/after.txt"
    echo "start $i: before $b   after $a   (load $(cut -d' ' -f1 /proc/loadavg))"
done

for way in before after; do
    printf '%-6s ready %6s s   idle RSS %5s MB   CPU to ready %6s s   (median of %s)\n' "$way" \
        "$(cut -d' ' -f1 "$WORK/$way.txt" | median)" "$(cut -d' ' -f2 "$WORK/$way.txt" | median)" \
        "$(cut -d' ' -f3 "$WORK/$way.txt" | median)" "$STARTS"
done
awk -v br="$(cut -d' ' -f1 "$WORK/before.txt" | median)" -v ar="$(cut -d' ' -f1 "$WORK/after.txt" | median)" \
    -v bm="$(cut -d' ' -f2 "$WORK/before.txt" | median)" -v am="$(cut -d' ' -f2 "$WORK/after.txt" | median)" \
    -v bc="$(cut -d' ' -f3 "$WORK/before.txt" | median)" -v ac="$(cut -d' ' -f3 "$WORK/after.txt" | median)" \
    'BEGIN { printf "after/before of the medians: ready %.2f, RSS %.2f, CPU %.2f\n", ar / br, am / bm, ac / bc }'
# The ratio of each pair (the two starts next to each other saw about the same load), then their median.
paste -d' ' "$WORK/before.txt" "$WORK/after.txt" \
    | awk '{ printf "%.3f %.3f %.3f\n", $4 / $1, $5 / $2, $6 / $3 }' >"$WORK/ratios.txt"
printf 'after/before, median of the %s pairs: ready %s, RSS %s, CPU %s\n' "$STARTS" \
    "$(cut -d' ' -f1 "$WORK/ratios.txt" | median)" "$(cut -d' ' -f2 "$WORK/ratios.txt" | median)" \
    "$(cut -d' ' -f3 "$WORK/ratios.txt" | median)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
