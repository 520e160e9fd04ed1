#!/bin/sh
# fuzz_replay.sh -- the kept fuzzing inputs (fuzz/corpus/TARGET, and fuzz/seeds for extraction) through
# the fuzz targets built without libFuzzer (BUILD/fuzz-replay): each harness checks its own contract
# (valid UTF-8 text, ISO dates, clean refusals, queries and exports after ingest) and aborts otherwise.
set -u
: "${BUILD:?set BUILD to the build folder}"
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
R="$ROOT/$BUILD/fuzz-replay"
[ -d "$R" ] || { echo "no $R (make fuzz-replay)"; exit 77; }
cd "$ROOT" || exit 2
fail() { echo "FAIL: $*" >&2; exit 1; }
for t in html jsonl pdf docread ingest extract; do
    [ -x "$R/fuzz_$t" ] || fail "no $R/fuzz_$t"
    set --
    [ -d "fuzz/corpus/$t" ] && set -- "fuzz/corpus/$t"
    [ "$t" = extract ] && set -- "$@" fuzz/seeds
    [ $# -gt 0 ] || continue
    out=$("$R/fuzz_$t" "$@" 2>&1) || { echo "$out" | tail -20; fail "fuzz_$t on its kept inputs"; }
    echo "$t: ${out##*replay: }"
done
