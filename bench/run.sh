#!/bin/sh
# run.sh -- `make bench`: threadline on real prose (bench/prose.sh), then throughput/RSS on the generated stress corpus, the compromise peer on the same text, both scored on ../shared/eval, compared with bench/baseline.json.
# Environment: BENCH_MB (corpus size, default 25), BENCH_RUNS (timed runs, default 3),
#   BENCH_PEER_MB (time compromise on only the first files totalling this many MB;
#   default: the whole corpus), TL (binary, default build/threadline),
#   BENCH_SKIP_PEER=1 (skip the compromise timing), BENCH_NO_COMPARE=1 (no baseline check),
#   BENCH_BASELINE (another baseline file), BENCH_SKIP_PROSE=1 (no real-prose
#   figures), BENCH_BEFORE (an older binary measured beside TL on real prose).
cd "$(dirname "$0")/.." || exit 2
ROOT=$PWD
OUT=bench/out
CORPUS=$OUT/corpus
MB=${BENCH_MB:-25}
RUNS=${BENCH_RUNS:-3}
TL=${TL:-build/threadline}
case "$TL" in /*) ;; *) TL=$ROOT/$TL ;; esac
EVAL=$ROOT/../shared/eval
mkdir -p "$OUT"
M=$OUT/measure.env      # raw measurements, read by bench/report.js
: >"$M"
rm -f "$OUT"/score-*.json "$OUT"/results.json
note() { echo "bench: $*" >&2; }
put() { echo "$1=$2" >>"$M"; }

command -v node >/dev/null 2>&1 || { note "node is missing (run 'make deps')"; exit 2; }
if [ ! -x /usr/bin/time ]; then note "/usr/bin/time is missing (run 'make deps')"; exit 2; fi

# (a) corpus, regenerated when absent or of another size.
if ! node -e 'const m=require(process.argv[1]); process.exit(m.mb==Number(process.argv[2])?0:1)' \
        "$ROOT/$OUT/corpus.json" "$MB" 2>/dev/null || [ ! -d "$CORPUS" ]; then
    node bench/gen-corpus.js --mb "$MB" --out "$CORPUS" || exit 2
fi
set -- "$CORPUS"/*.txt
NFILES=$#
BYTES=$(cat "$@" | wc -c | tr -d ' ')
HALF=$((NFILES / 2))
HALF_FILES=$(ls "$CORPUS"/*.txt | head -n "$HALF")
HALF_BYTES=$(cat $HALF_FILES | wc -c | tr -d ' ')
put corpus_files "$NFILES"; put corpus_bytes "$BYTES"; put half_bytes "$HALF_BYTES"
note "corpus: $NFILES files, $BYTES bytes"

# timed CMD...: runs CMD under /usr/bin/time -v with stdout discarded; sets
# T_WALL (seconds), T_RSS (KB), T_RC (exit status of CMD).
timed() {
    tf=$OUT/time.txt
    /usr/bin/time -v "$@" >/dev/null 2>"$tf"
    T_RC=$?
    T_WALL=$(sed -n 's/.*Elapsed (wall clock) time.*): //p' "$tf" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    T_RSS=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tf")
    # CPU seconds (user + system): the single-thread cost, unaffected by
    # other processes competing for the cores of a shared machine.
    T_CPU=$(awk -F': ' '/User time \(seconds\)/ {u = $2} /System time \(seconds\)/ {s = $2} END {print u + s}' "$tf")
    if grep -q 'Command exited with non-zero status' "$tf"; then
        T_RC=$(sed -n 's/.*Command exited with non-zero status //p' "$tf")
    fi
}

# (b) the generated corpus, a stress test (about 1,300 distinct words: the
# memos almost always hit; real prose is measured in (g)).
# threadline: best of RUNS wall times, peak RSS on the full and half corpus.
if [ -x "$TL" ]; then
    i=0; best=
    while [ "$i" -lt "$RUNS" ]; do
        i=$((i + 1))
        timed "$TL" extract --jobs 1 --jsonl "$@"
        if [ "$T_RC" != 0 ]; then
            note "threadline extract exited with status $T_RC (see $OUT/time.txt)"
            tail -5 "$OUT/time.txt" >&2
            put tl_failed 1; break
        fi
        note "threadline run $i: ${T_WALL}s wall, ${T_CPU}s CPU, max RSS ${T_RSS} KB"
        put tl_wall_$i "$T_WALL"; put tl_cpu_$i "$T_CPU"; put tl_rss "$T_RSS"
    done
    if ! grep -q tl_failed "$M"; then
        timed "$TL" extract --jobs 1 --jsonl $HALF_FILES
        note "threadline half corpus: ${T_WALL}s, max RSS ${T_RSS} KB"
        put tl_rss_half "$T_RSS"
    fi
else
    note "no threadline binary at $TL (run 'make')"
    put tl_failed 1
fi

# (c) the peer, compromise, on the same text (or its first BENCH_PEER_MB).
if [ "${BENCH_SKIP_PEER:-0}" != 1 ]; then
    if [ -n "${BENCH_PEER_MB:-}" ]; then
        PEER_FILES=$(for f in "$@"; do echo "$f"; done | node -e '
            const fs = require("fs"); const lim = Number(process.argv[1]) * 1048576; let n = 0;
            for (const f of fs.readFileSync(0, "utf8").split("\n").filter(Boolean)) {
                if (n >= lim) break; n += fs.statSync(f).size; console.log(f); }' "$BENCH_PEER_MB")
    else
        PEER_FILES="$*"
    fi
    PEER_BYTES=$(cat $PEER_FILES | wc -c | tr -d ' ')
    note "compromise on $PEER_BYTES bytes (one run; slow)"
    timed node bench/compromise-extract.js --jsonl $PEER_FILES
    if [ "$T_RC" = 0 ]; then
        put peer_bytes "$PEER_BYTES"; put peer_wall "$T_WALL"; put peer_rss "$T_RSS"
        note "compromise: ${T_WALL}s, max RSS ${T_RSS} KB"
    else
        note "compromise-extract exited with status $T_RC"
    fi
fi

# (d) quality on ../shared/eval, both tools.
if [ -f "$EVAL/score.py" ]; then
    for set in seeds redocred-holdout; do
        [ -d "$EVAL/$set" ] || continue
        if ! grep -q tl_failed "$M"; then
            python3 "$EVAL/score.py" "$EVAL/$set" --cmd "$TL extract --jsonl" --json \
                >"$OUT/score-threadline-$set.json" 2>"$OUT/score-threadline-$set.err" \
                || note "score.py failed for threadline on $set (see $OUT/score-threadline-$set.err)"
        fi
        python3 "$EVAL/score.py" "$EVAL/$set" --cmd "node $ROOT/bench/compromise-extract.js --jsonl" --json \
            >"$OUT/score-compromise-$set.json" 2>"$OUT/score-compromise-$set.err" \
            || note "score.py failed for compromise on $set (see $OUT/score-compromise-$set.err)"
    done
else
    note "no ../shared/eval: quality comparison skipped"
fi

# (e) the part-of-speech tagger alone, on the first 300 files (tokens/s).
if [ -x build/bench/pos-speed ]; then
    # shellcheck disable=SC2046
    note "$(build/bench/pos-speed $(ls "$CORPUS"/*.txt | head -300))"
fi

# (f) results.json, the report and the baseline comparison.
node bench/report.js "$M"
rc=$?

# (g) real prose: treebank text, Wikipedia, nlp-corpus, compromise on the
# same Wikipedia files, and the 20 MB / 50 MB stress documents.
if [ "${BENCH_SKIP_PROSE:-0}" != 1 ]; then
    TL="$TL" sh bench/prose.sh || rc=1
fi
exit $rc
