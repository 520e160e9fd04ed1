#!/bin/sh
# ingest.sh -- ingest throughput on distinct real text (500 Wikipedia reports of redocred-train + holdout, 100 nlp-corpus files): ingest with 1 and 2 jobs, the storing thread's CPU, extraction alone, and the store side alone (ingest --extracted), for one or two binaries measured in the same run.
# Usage: sh bench/ingest.sh   Environment: TL (binary, default build/threadline),
#   INGEST_BEFORE (a second binary, measured interleaved with TL: a before/after
#   in one run), INGEST_ROUNDS (default 1), SHARED (default ../shared).
# Output: one line per measurement on stdout and in bench/out/ingest.txt.
# On a shared machine compare CPU seconds (user + sys) and store_cpu, not wall times.
cd "$(dirname "$0")/.." || exit 2
ROOT=$PWD
TL=${TL:-build/threadline}
case "$TL" in /*) ;; *) TL=$ROOT/$TL ;; esac
SHARED=${SHARED:-$ROOT/../shared}
OUT=$ROOT/bench/out/ingest
C=$OUT/corpus
mkdir -p "$OUT"
[ -x "$TL" ] || { echo "ingest.sh: no binary at $TL (run 'make')" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "ingest.sh: /usr/bin/time is missing (run 'make deps')" >&2; exit 2; }

# the corpus: copied once (the eval files stay in ../shared; bench/out is not committed)
if [ ! -d "$C/wiki" ] || [ ! -d "$C/nlp" ]; then
    [ -d "$SHARED/eval/redocred-train/docs" ] || { echo "ingest.sh: no $SHARED/eval" >&2; exit 2; }
    [ -d bench/out/prose/nlp ] || node bench/prose.js --out bench/out/prose >/dev/null || exit 2
    mkdir -p "$C/wiki" "$C/nlp"
    cp "$SHARED"/eval/redocred-train/docs/*.txt "$SHARED"/eval/redocred-holdout/docs/*.txt "$C/wiki/"
    cp bench/out/prose/nlp/*.txt "$C/nlp/"
fi
# the store side alone: each document's extraction as its own file (groups then
# close as in a text ingest)
if [ ! -d "$OUT/extracted" ]; then
    mkdir -p "$OUT/extracted"
    "$TL" extract --jsonl --with-text "$C"/nlp/*.txt "$C"/wiki/*.txt >"$OUT/all.jsonl" || exit 2
    (cd "$OUT/extracted" && split -l 1 -d -a 4 --additional-suffix=.json "$OUT/all.jsonl" d) || exit 2
    rm -f "$OUT/all.jsonl"
fi
MB=$(cat "$C"/nlp/*.txt "$C"/wiki/*.txt | wc -c | awk '{printf "%.2f", $1 / 1e6}')
: >"$OUT/ingest.txt"

# one BIN LABEL ARGS...: runs BIN ARGS under /usr/bin/time; prints wall, CPU and,
# for ingest, its --json figures
one() {
    bin=$1; label=$2; shift 2
    rm -f "$OUT"/t.db "$OUT"/t.db-*
    /usr/bin/time -f "%e %U %S" -o "$OUT/time.txt" "$bin" "$@" >"$OUT/run.json" 2>/dev/null
    set -- $(cat "$OUT/time.txt")
    extra=
    case $label in ingest*)
        extra=$(python3 -c "
import json; j = json.load(open('$OUT/run.json'))
print('MB/s %.3f store_wall %.2f store_cpu %.2f' % (j['mb_per_s'], j['store_seconds'], j.get('store_cpu_seconds', -1)))") ;;
    esac
    line=$(printf '%-22s %-17s wall %6.2f s  cpu %6.2f s  %s' "$(echo "$bin" | awk -F/ '{print $(NF-1) "/" $NF}')" \
        "$label" "$1" "$(echo "$2 $3" | awk '{print $1 + $2}')" "$extra")
    echo "$line"
    echo "$line" >>"$OUT/ingest.txt"
}

echo "corpus: $(ls "$C"/wiki | wc -l) Wikipedia + $(ls "$C"/nlp | wc -l) nlp-corpus files, $MB MB" | tee -a "$OUT/ingest.txt"
r=0
while [ "$r" -lt "${INGEST_ROUNDS:-1}" ]; do
    r=$((r + 1))
    for b in $INGEST_BEFORE "$TL"; do one "$b" ingest-jobs1 ingest --jobs 1 --db "$OUT/t.db" --json --quiet "$C"; done
    for b in $INGEST_BEFORE "$TL"; do one "$b" ingest-jobs2 ingest --jobs 2 --db "$OUT/t.db" --json --quiet "$C"; done
    for b in $INGEST_BEFORE "$TL"; do one "$b" extract-jobs1 extract --jobs 1 --jsonl "$C"/nlp/*.txt "$C"/wiki/*.txt; done
    for b in $INGEST_BEFORE "$TL"; do one "$b" extract-jobs2 extract --jobs 2 --jsonl "$C"/nlp/*.txt "$C"/wiki/*.txt; done
    for b in $INGEST_BEFORE "$TL"; do
        one "$b" ingest-extracted ingest --extracted --jobs 1 --db "$OUT/t.db" --json --quiet "$OUT/extracted"
    done
done
rm -f "$OUT"/t.db "$OUT"/t.db-* "$OUT/run.json" "$OUT/time.txt"
