#!/bin/sh
# run.sh -- run every test: unit tests (normal and ASan+UBSan builds), CLI
# tests, golden files and the quality floors.  Ends with "N passed, N failed".
# Usage: tests/run.sh [FILTER]   (FILTER: substring of the test names to run)
# A test that exits 77 was skipped (its last output line says why): counted
# and listed apart, never as a pass.
cd "$(dirname "$0")/.." || exit 2
FILTER=${1:-}
PASS=0; FAIL=0; SKIP=0; FAILED=""
LOG=build/test-logs; mkdir -p "$LOG"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

run() { # name command...
    name=$1; shift
    case "$name" in *"$FILTER"*) ;; *) return ;; esac
    logf="$LOG/$(echo "$name" | tr '/ ' '__').log"
    "$@" >"$logf" 2>&1
    rc=$?
    if [ "$rc" -eq 0 ]; then
        PASS=$((PASS+1)); echo "ok   $name"
    elif [ "$rc" -eq 77 ]; then
        SKIP=$((SKIP+1)); echo "skip $name: $(tail -1 "$logf")"
    else
        FAIL=$((FAIL+1)); FAILED="$FAILED $name"; echo "FAIL $name (log: $logf)"; tail -20 "$logf" | sed 's/^/     /'
    fi
}

for build in build build-asan; do
    [ -d "$build/tests" ] || continue
    for t in "$build"/tests/test_*; do
        [ -x "$t" ] || continue
        run "$build/$(basename "$t")" "$t"
    done
done

for t in tests/cli/*.sh; do
    [ -f "$t" ] || continue
    for build in build build-asan; do
        [ -x "$build/threadline" ] || continue
        run "$build/cli/$(basename "$t" .sh)" env TL="$PWD/$build/threadline" BUILD="$build" sh "$t"
    done
done

echo "$PASS passed, $FAIL failed, $SKIP skipped"
[ "$FAIL" -eq 0 ]
