#!/usr/bin/env bash
# Where the time of a test run went, read from what the run left in target/: when each phase ended
# (the last file it wrote) and the slowest test classes of each suite, with their seconds.
#
#   git clone -q . /tmp/ci && (cd /tmp/ci && CI=true bash .ci/run) ; docs/ci-phases.sh /tmp/ci
#
# The first phase is counted from the oldest file under target/ (the start of compilation).
set -euo pipefail
project="${1:-.}"
target="$project/target"
[ -d "$target" ] || { echo "No $target: run the tests first (README, Tests)." >&2; exit 1; }

first=$(find "$target" -maxdepth 1 -printf '%T@\n' | sort -n | head -1 | cut -d. -f1)
previous=$first
printf '%-34s %8s %8s\n' phase "ends at" seconds
phase() {
    local name="$1"; shift
    local last
    last=$(find "$@" -maxdepth 1 -printf '%T@\n' 2>/dev/null | sort -n | tail -1 | cut -d. -f1)
    [ -n "$last" ] || return 0
    printf '%-34s %8s %8d\n' "$name" "$(date -d "@$last" +%T)" $((last - previous))
    previous=$last
}
phase "compile + H2 suite" "$target/surefire-reports"
phase "Spring AOT (both sets)" "$target/spring-aot/keycloak" "$target/spring-aot/main"
phase "jar" "$target"/*.jar
phase "PostgreSQL suite" "$target/surefire-reports-postgresql"
phase "packaged suite" "$target/surefire-reports-packaged"
phase "browser suite" "$target/surefire-reports-browser"
phase "Keycloak suite" "$target/surefire-reports-keycloak"
printf '%-34s %8s %8d\n' "whole run (from the first file)" "" $((previous - first))

for reports in "$target"/surefire-reports*; do
    printf '\n%s, slowest classes (s):\n' "$(basename "$reports")"
    for file in "$reports"/TEST-*.xml; do
        [ -f "$file" ] || continue
        head -c 4000 "$file" | tr '\n' ' ' | grep -o '<testsuite [^>]*>' | head -1 \
            | sed -E 's/.* name="([^"]*)".* time="([^"]*)".*/\2 \1/; s/ [a-z.]*\./ /'
    done | sort -rn | head -6 | awk '{printf "  %7.1f  %s\n", $1, $2}'
done
