#!/bin/sh
# run.sh -- build the libFuzzer targets with ASan+UBSan into build-fuzz/ and run each in turn.
# Usage: fuzz/run.sh [TARGET...] [-- extra libFuzzer args]
#   TARGET: extract, html, pdf, jsonl, ingest (default: all)
#   FUZZ_SECONDS per target (default 600); FUZZ_JOBS parallel workers (default 1)
set -e
cd "$(dirname "$0")/.."
FUZZ_SECONDS=${FUZZ_SECONDS:-600}
B=build-fuzz
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
command -v clang >/dev/null || { echo "fuzz: clang is needed (make deps)" >&2; exit 2; }
targets=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do targets="$targets $1"; shift; done
[ "${1:-}" = "--" ] && shift
[ -n "$targets" ] || targets=$(for f in fuzz/fuzz_*.c; do basename "$f" .c | sed 's/^fuzz_//'; done)
# The library is built with coverage instrumentation only (fuzzer-no-link);
# the harness link adds libFuzzer's main.
make -s BUILD=$B CC=clang OPT=-O1 WERROR=-Werror SAN="-fsanitize=fuzzer-no-link $SAN" \
    $(for t in $targets; do echo "$B/fuzz/fuzz_$t"; done)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
for t in $targets; do
    # Seeds: the committed regression inputs of this target (fuzz/corpus/T),
    # plus, for the text targets, the example reports and test inputs.  The
    # working corpus (build-fuzz/corpus/T) keeps growing across runs.
    mkdir -p "$B/corpus/$t" "$B/seeds/$t" "$B/artifacts/$t"
    for f in fuzz/corpus/"$t"/*; do [ -f "$f" ] && cp "$f" "$B/seeds/$t/"; done
    case "$t" in extract|ingest)
        for f in examples/* tests/data/* fuzz/seeds/*; do
            [ -f "$f" ] || continue
            # Inputs over -max_len would be truncated anyway; keep the seeds small.
            head -c 65536 "$f" > "$B/seeds/$t/$(echo "$f" | tr '/' '_')"
        done ;;
    esac
    echo "fuzz: $t for $FUZZ_SECONDS s"
    $B/fuzz/fuzz_$t "$B/corpus/$t" "$B/seeds/$t" -max_total_time="$FUZZ_SECONDS" \
        -max_len=65536 -rss_limit_mb=2048 -timeout=30 -len_control=10 -print_final_stats=1 \
        -artifact_prefix="$B/artifacts/$t/" ${FUZZ_JOBS:+-jobs=$FUZZ_JOBS -workers=$FUZZ_JOBS} "$@" \
        || status=1
done
exit $status
