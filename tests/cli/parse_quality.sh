#!/bin/sh
# parse_quality.sh -- UAS/LAS of `threadline parse` (the vote) and `parse --single` on the UD English EWT dev file; fails below the floors.
# Skips (passes) when ../shared/treebanks is absent; runs on the optimized build only.
SHARED=${SHARED:-../shared}
TL=${TL:-build/threadline}
GOLD=$SHARED/treebanks/en-ewt/dev.conllu
# A little under what the committed models reach (bench/README.md): raise
# them with the models, never lower them to pass.  The single parser is the
# one the extraction uses; the vote is what `threadline parse` prints.
SINGLE_UAS_FLOOR=0.850
SINGLE_LAS_FLOOR=0.817
VOTE_UAS_FLOOR=0.857
VOTE_LAS_FLOOR=0.820
if [ ! -f "$GOLD" ]; then echo "skip: no $GOLD"; exit 0; fi
case "$BUILD" in *asan*) echo "skip: sanitizer build (same results, slower)"; exit 0 ;; esac
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
# check NAME UAS_FLOOR LAS_FLOOR [parse options...]
check() {
    name=$1 u=$2 l=$3; shift 3
    "$TL" parse "$@" "$GOLD" > "$T/pred.conllu" || { echo "FAIL $name: parse exited $?"; return 1; }
    res=$(sh bench/parse-score.sh "$GOLD" "$T/pred.conllu") || { echo "FAIL $name: scoring"; return 1; }
    echo "$res" | awk -v u="$u" -v l="$l" -v name="$name" '{
        ok = ($4 + 1e-9 >= u) && ($6 + 1e-9 >= l)
        printf "%s %s EWT dev %s (floors UAS %s, LAS %s)\n", ok ? "ok  " : "FAIL", name, $0, u, l
        exit !ok }'
}
rc=0
check single "$SINGLE_UAS_FLOOR" "$SINGLE_LAS_FLOOR" --single || rc=1
check vote "$VOTE_UAS_FLOOR" "$VOTE_LAS_FLOOR" || rc=1
exit $rc
