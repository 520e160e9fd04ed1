#!/bin/sh
# run.sh -- build the libFuzzer target with ASan+UBSan into build-fuzz/ and run it.
# Usage: fuzz/run.sh [extra libFuzzer args]   (FUZZ_SECONDS, default 600; FUZZ_JOBS, default 1)
set -e
cd "$(dirname "$0")/.."
FUZZ_SECONDS=${FUZZ_SECONDS:-600}
B=build-fuzz
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
command -v clang >/dev/null || { echo "fuzz: clang is needed (make deps)" >&2; exit 2; }
# The library is built by the Makefile with coverage instrumentation only
# (fuzzer-no-link); the harness link adds libFuzzer's main.
make -s BUILD=$B CC=clang OPT=-O1 WERROR=-Werror \
    SAN="-fsanitize=fuzzer-no-link $SAN" $B/libthreadline.a
clang -std=c11 -g -O1 -Wall -Wextra -Werror -Iinclude -fsanitize=fuzzer $SAN \
    -o $B/fuzz_extract fuzz/fuzz_extract.c $B/libthreadline.a \
    -lsqlite3 -ljansson -lutf8proc -lm -lpthread
# Seed corpus: the example reports and every test input.  The working corpus
# keeps growing across runs (it is not committed: build-fuzz/ is a build dir).
mkdir -p $B/corpus $B/seeds $B/artifacts
for f in examples/* tests/data/* fuzz/seeds/*; do
    [ -f "$f" ] || continue
    # Inputs over -max_len would be truncated anyway; keep the seeds small.
    head -c 65536 "$f" > "$B/seeds/$(echo "$f" | tr '/' '_')"
done
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
exec $B/fuzz_extract $B/corpus $B/seeds -max_total_time="$FUZZ_SECONDS" \
    -max_len=65536 -rss_limit_mb=2048 -timeout=30 -len_control=10 -print_final_stats=1 \
    -artifact_prefix=$B/artifacts/ ${FUZZ_JOBS:+-jobs=$FUZZ_JOBS -workers=$FUZZ_JOBS} "$@"
