#!/usr/bin/env bash
# Starts the production jar the fast way (README, "Starting the jar"; docs/benchmarks.md):
#   1. unpacks the jar once (Spring Boot's -Djarmode=tools extract: the application jar and lib/),
#   2. on a JDK 25+, makes the JDK's AOT cache once in a training run that starts the application
#      completely on an empty embedded database (demo data included) and stops when it is ready,
#   3. starts the unpacked application with that cache and a small serial-collector heap.
# Steps 1 and 2 happen again only when the jar or the JDK changed. The cache belongs to exactly this
# jar and JDK; without a JDK 25 the application starts without it.
#
# Usage: bin/start-production.sh [application arguments, e.g. --server.port=8081]
#        bin/start-production.sh --prepare   only steps 1 and 2, then exit (the Dockerfile's image build)
# Settings (environment): JAVA_HOME (a JDK 21+, 25+ for the cache), MDO_JAR (default: the jar in
# target/), MDO_APP_DIR (where the unpacked application and the cache live, default target/app),
# MDO_HEAP_MAX (default 256m), MDO_SPRING_AOT (default true; false starts without the jar's Spring AOT
# code), JAVA_OPTS (further JVM options, appended). All the application's own
# settings (MDO_DATA_DIR, SPRING_DATASOURCE_URL, MDO_DEMO_DATA_ENABLED, ...) work as with java -jar.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR="${MDO_JAR:-$(ls "$ROOT"/target/mdo-kansrijke-start-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)}"
[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "No jar found: run ./mvnw -DskipTests package first, or set MDO_JAR" >&2; exit 1; }
APP_DIR="${MDO_APP_DIR:-$ROOT/target/app}"
APP="$APP_DIR/$(basename "$JAR")"
CACHE="$APP_DIR/mdo.aot"
STAMP="$APP_DIR/.source"

# The application holds little in memory (sessions, a few caches): a serial collector with a heap
# that starts small keeps the idle footprint low. Its maximum bounds the RSS under load: under
# sustained requests the serial collector grows its old generation by promotion up to the maximum
# before a full collection shrinks it again, so the RSS rises and falls with the heap (at most
# 580 MB in the API benchmark's 100,000 requests, 512 MB at its end: +61 MB over the warm-up). A
# smaller maximum lowers that peak (192 MB: 532 MB) but raised the idle RSS after a restart from
# 346 to 361-375 MB in alternated starts on a quiet machine (docs/benchmarks.md), so 256 MB it is.
# Many concurrent screen users need more: MDO_HEAP_MAX.
# MALLOC_ARENA_MAX: glibc otherwise keeps a malloc arena per busy thread, tens of MB never given back;
# TrimNativeHeapInterval: the JVM hands freed native memory (the JIT compilers' work areas, mostly
# used during the start) back to the system every 5 s instead of glibc keeping it.
# mdo.start-up.compact-heap: one full collection three seconds after the application reports itself ready,
# so the heap gives back what the start left behind (Flyway, Hibernate's boot model, the demo data);
# -ShrinkHeapInSteps: that collection shrinks the heap at once (by default the serial collector
# shrinks by 0 %, then 10 %, 40 % ... over several full collections, so the first one kept it all).
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
JVM=(-XX:+UseSerialGC -Xms32m "-Xmx${MDO_HEAP_MAX:-256m}" -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xss512k
    -XX:TrimNativeHeapInterval=5000 -XX:-ShrinkHeapInSteps)
# Spring AOT: the jar holds code generated at build time (spring-boot-maven-plugin, process-aot) that
# makes the application's beans directly instead of finding them through configuration classes and
# conditions at every start. It was made without a profile and for the keycloak profile alone; with
# any other profile the application itself starts the regular way (SpringAotChoice, its log says so).
# MDO_SPRING_AOT=false: never.
[ "${MDO_SPRING_AOT:-true}" = false ] || JVM+=(-Dspring.aot.enabled=true)

# What the unpacked application and the cache were made from: the jar's size and time, and the JDK
# (its release file, read without starting a JVM, where there is one).
java_id() {
    local home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
    if [ -f "$home/release" ]; then cat "$home/release"; else "$JAVA" -version 2>&1; fi
}
source_id="$(stat -L -c '%s %Y' "$JAR") $(java_id | cksum)"
if [ ! -f "$APP" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$source_id" ]; then
    echo "Unpacking $JAR into $APP_DIR" >&2
    rm -rf "$APP_DIR" && mkdir -p "$APP_DIR"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR" >/dev/null
    echo "$source_id" > "$STAMP"
fi

# The cache is made when there is none for this jar and JDK yet, and the JDK can make one (25+).
if [ -f "$CACHE" ] || "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCacheOutput '; then
    if [ ! -f "$CACHE" ]; then
        echo "Making the AOT cache (one training start on an empty database; once per jar and JDK)" >&2
        training="$(mktemp -d)"
        # Its own empty H2 folder and a free port: the training touches neither the real data nor the port.
        if ! env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
                -u SPRING_PROFILES_ACTIVE \
                "$JAVA" "${JVM[@]}" -XX:AOTCacheOutput="$CACHE" -jar "$APP" \
                --mdo.data-dir="$training" --mdo.demo-data.enabled=true --mdo.exit-when-ready=true \
                --server.port=0 >"$APP_DIR/training.log" 2>&1; then
            echo "The training run failed (see $APP_DIR/training.log); starting without the cache" >&2
            rm -f "$CACHE"
        fi
        rm -rf "$training"
    fi
    [ -f "$CACHE" ] && JVM+=(-XX:AOTCache="$CACHE")
fi
[ "${1:-}" != --prepare ] || exit 0

# shellcheck disable=SC2086
exec "$JAVA" "${JVM[@]}" -Dmdo.start-up.compact-heap=true ${JAVA_OPTS:-} -jar "$APP" "$@"
