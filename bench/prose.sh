#!/bin/sh
# prose.sh -- threadline's speed and memory on real prose (treebank text, Wikipedia, nlp-corpus), compromise on the same Wikipedia files, stress documents; writes bench/out/prose.json.
# Usage: sh bench/prose.sh   (from anywhere; `make bench` runs it)
# Environment: TL (binary, default build/threadline), BENCH_BEFORE (a second
#   binary, e.g. an older build, measured in the same run for a before/after
#   table), BENCH_SKIP_PEER=1 (no compromise), BENCH_SKIP_STRESS=1 (no 20 MB
#   and 50 MB documents), BENCH_NO_COMPARE=1, BENCH_BASELINE (baseline file).
cd "$(dirname "$0")/.." || exit 2
ROOT=$PWD
OUT=$ROOT/bench/out
P=$OUT/prose
TL=${TL:-build/threadline}
case "$TL" in /*) ;; *) TL=$ROOT/$TL ;; esac
M=$OUT/prose.env
mkdir -p "$OUT"
: >"$M"
note() { echo "prose: $*" >&2; }
put() { echo "$1=$2" >>"$M"; }

[ -x "$TL" ] || { note "no threadline binary at $TL (run 'make')"; exit 2; }
[ -x /usr/bin/time ] || { note "/usr/bin/time is missing (run 'make deps')"; exit 2; }
# nlp-corpus is a dev dependency (package.json); scripts/deps.sh installs it
node bench/prose.js --out "$P" || exit 2

# timed CMD...: T_WALL, T_CPU (user + system seconds), T_RSS (KB), T_RC.
timed() {
    tf=$OUT/prose-time.txt
    /usr/bin/time -v "$@" >/dev/null 2>"$tf"
    T_RC=$?
    T_WALL=$(sed -n 's/.*Elapsed (wall clock) time.*): //p' "$tf" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    T_RSS=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tf")
    T_CPU=$(awk -F': ' '/User time \(seconds\)/ {u = $2} /System time \(seconds\)/ {s = $2} END {print u + s}' "$tf")
    if grep -q 'Command exited with non-zero status' "$tf"; then
        T_RC=$(sed -n 's/.*Command exited with non-zero status //p' "$tf")
    fi
}

SETS="ewt gum wiki nlp"
bytes_of() { cat "$@" | wc -c | tr -d ' '; }
ALL=
for s in $SETS; do
    [ -d "$P/$s" ] || continue
    put "bytes_$s" "$(bytes_of "$P/$s"/*.txt)"
    put "files_$s" "$(ls "$P/$s"/*.txt | wc -l | tr -d ' ')"
    ALL="$ALL $P/$s/*.txt"
done
# shellcheck disable=SC2086
put bytes_all "$(bytes_of $ALL)"

# Stress documents, generated from nlp-corpus: one 20 MB document (its lines
# kept) and one 50 MB line with no sentence end (no newline, no . ! ?).
if [ "${BENCH_SKIP_STRESS:-0}" != 1 ] && [ -d "$P/nlp" ]; then
    if [ ! -s "$P/big-20mb.txt" ] || [ ! -s "$P/line-50mb.txt" ]; then
        i=0; : >"$P/nlp-x6.txt"
        while [ $i -lt 6 ]; do cat "$P"/nlp/*.txt >>"$P/nlp-x6.txt"; i=$((i + 1)); done
        head -c 20971520 "$P/nlp-x6.txt" >"$P/big-20mb.txt"
        tr '\n.!?' '    ' <"$P/nlp-x6.txt" | head -c 52428800 >"$P/line-50mb.txt"
        head -c 1048576 "$P/line-50mb.txt" >"$P/line-1mb.txt"
        rm -f "$P/nlp-x6.txt"
    fi
fi

# measure TAG BINARY: every figure of one binary, keys prefixed with TAG.
measure() {
    tag=$1; bin=$2
    J1=; J2=
    if "$bin" extract --help 2>/dev/null | grep -q -- '--jobs'; then J1="--jobs 1"; J2="--jobs 2"; fi
    for s in $SETS; do
        [ -d "$P/$s" ] || continue
        # cold: a fresh process, first pass (memos empty, start-up included)
        timed "$bin" extract $J1 --jsonl "$P/$s"/*.txt
        [ "$T_RC" = 0 ] || note "$tag $s: extract exited with $T_RC"
        put "${tag}_${s}_cold_wall" "$T_WALL"; put "${tag}_${s}_cold_cpu" "$T_CPU"; put "${tag}_${s}_rss" "$T_RSS"
        c1=$T_CPU; w1=$T_WALL
        # warm: the files twice in one process; the second pass is the
        # difference (memos filled, no start-up)
        timed "$bin" extract $J1 --jsonl "$P/$s"/*.txt "$P/$s"/*.txt
        put "${tag}_${s}_warm_cpu" "$(echo "$T_CPU $c1" | awk '{print $1 - $2}')"
        put "${tag}_${s}_warm_wall" "$(echo "$T_WALL $w1" | awk '{print $1 - $2}')"
        note "$tag $s: cold ${w1}s wall ${c1}s CPU, twice ${T_WALL}s wall ${T_CPU}s CPU, RSS ${T_RSS} KB"
    done
    # all the prose on one and on two threads
    if [ -n "$J2" ]; then
        # shellcheck disable=SC2086
        timed "$bin" extract $J1 --jsonl $ALL; put "${tag}_all_j1_wall" "$T_WALL"
        # shellcheck disable=SC2086
        timed "$bin" extract $J2 --jsonl $ALL; put "${tag}_all_j2_wall" "$T_WALL"
        note "$tag all prose: 1 job vs 2 jobs measured"
    fi
    # ingest of distinct real text into a fresh store (2 jobs where the binary has --jobs)
    db=$OUT/prose-$tag.db
    rm -f "$db" "$db-wal" "$db-shm"
    # shellcheck disable=SC2086
    timed env THREADLINE_DB="$db" "$bin" ingest --quiet $J2 $ALL
    [ "$T_RC" = 0 ] || note "$tag ingest exited with $T_RC"
    put "${tag}_ingest_wall" "$T_WALL"; put "${tag}_ingest_rss" "$T_RSS"
    note "$tag ingest: ${T_WALL}s, RSS ${T_RSS} KB"
    rm -f "$db" "$db-wal" "$db-shm"
    if [ "${BENCH_SKIP_STRESS:-0}" != 1 ] && [ -s "$P/line-50mb.txt" ]; then
        for f in line-1mb big-20mb line-50mb; do
            timed "$bin" extract $J1 --jsonl "$P/$f.txt"
            [ "$T_RC" = 0 ] || note "$tag $f: extract exited with $T_RC"
            put "${tag}_${f}_wall" "$T_WALL"; put "${tag}_${f}_cpu" "$T_CPU"; put "${tag}_${f}_rss" "$T_RSS"
            note "$tag $f: ${T_WALL}s wall, ${T_CPU}s CPU, RSS ${T_RSS} KB"
        done
        put stress_1mb_bytes "$(wc -c <"$P/line-1mb.txt" | tr -d ' ')"
        put stress_20mb_bytes "$(wc -c <"$P/big-20mb.txt" | tr -d ' ')"
        put stress_50mb_bytes "$(wc -c <"$P/line-50mb.txt" | tr -d ' ')"
    fi
}

measure tl "$TL"
if [ -n "${BENCH_BEFORE:-}" ]; then measure before "$BENCH_BEFORE"; fi

# compromise on the same Wikipedia files
if [ "${BENCH_SKIP_PEER:-0}" != 1 ] && [ -d "$P/wiki" ]; then
    timed node bench/compromise-extract.js --jsonl "$P/wiki"/*.txt
    if [ "$T_RC" = 0 ]; then
        put peer_wiki_wall "$T_WALL"; put peer_wiki_cpu "$T_CPU"; put peer_wiki_rss "$T_RSS"
        note "compromise wiki: ${T_WALL}s, RSS ${T_RSS} KB"
    else
        note "compromise-extract exited with $T_RC"
    fi
fi

exec node bench/prose-report.js "$M"
