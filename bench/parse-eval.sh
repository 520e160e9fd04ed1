#!/bin/sh
# parse-eval.sh -- accuracy (UAS, LAS, tags) and speed of `threadline parse` on the UD test files.
# Usage: sh bench/parse-eval.sh [SPLIT]   (SPLIT: test (default) or dev)
# Needs ../shared/treebanks (or $TREEBANKS) and build/threadline (or $TL).
cd "$(dirname "$0")/.." || exit 2
SPLIT=${1:-test}
TB=${TREEBANKS:-../shared/treebanks}
TL=${TL:-build/threadline}
[ -x "$TL" ] || { echo "parse-eval: build $TL first (make)" >&2; exit 2; }
[ -d "$TB" ] || { echo "parse-eval: no treebanks at $TB" >&2; exit 2; }
OUT=bench/out/parse; mkdir -p "$OUT"
# CPU seconds (user + system) of a command: on a shared machine wall time
# measures the neighbours.
cpu() { bash -c 'TIMEFORMAT="%3U %3S"; { time "$@" >/dev/null; } 2>&1 | tail -1 | awk "{print \$1 + \$2}"' cpu "$@"; }
: > "$OUT/empty.conllu"
for tb in en-ewt en-gum; do
    gold="$TB/$tb/$SPLIT.conllu"
    [ -f "$gold" ] || { echo "parse-eval: missing $gold" >&2; exit 2; }
    # model loading alone, subtracted from the timing below
    load=$(cpu "$TL" parse "$OUT/empty.conllu")
    "$TL" parse "$gold" > "$OUT/$tb-$SPLIT.conllu" || exit 1
    a=$(cpu "$TL" parse "$gold"); b=$(cpu "$TL" parse "$gold")
    scores=$(sh bench/parse-score.sh "$gold" "$OUT/$tb-$SPLIT.conllu") || exit 1
    tags=$(awk -F'\t' 'NR==FNR { if (NF==10 && $1 ~ /^[0-9]+$/) { n++; u[n]=$4; x[n]=$5 }; next }
        NF==10 && $1 ~ /^[0-9]+$/ { m++; cu += ($4==u[m]); cx += ($5==x[m]) }
        END { printf "UPOS %.4f XPOS %.4f", cu/n, cx/n }' "$gold" "$OUT/$tb-$SPLIT.conllu")
    sents=$(grep -c '^1	' "$gold")
    words=$(printf '%s' "$scores" | awk '{print $2}')
    echo "$tb $SPLIT: sentences $sents $scores $tags" | awk -v load="$load" -v a="$a" -v b="$b" \
        -v s="$sents" -v w="$words" '{
        t = (a < b ? a : b) - load; if (t <= 0) t = 0.001
        printf "%s  %.0f sentences/s, %.0f tokens/s (tag and parse, CPU time, model load excluded)\n", $0, s / t, w / t }'
done
