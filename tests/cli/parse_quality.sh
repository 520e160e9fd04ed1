#!/bin/sh
# parse_quality.sh -- UAS/LAS of `threadline parse` on the UD English EWT dev file; fails below the floors.
# Skips (passes) when ../shared/treebanks is absent; runs on the optimized build only.
SHARED=${SHARED:-../shared}
TL=${TL:-build/threadline}
GOLD=$SHARED/treebanks/en-ewt/dev.conllu
# A little under what the committed model reaches (bench/README.md): raise
# them with the model, never lower them to pass.
UAS_FLOOR=0.850
LAS_FLOOR=0.817
if [ ! -f "$GOLD" ]; then echo "skip: no $GOLD"; exit 0; fi
case "$BUILD" in *asan*) echo "skip: sanitizer build (same results, slower)"; exit 0 ;; esac
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
"$TL" parse "$GOLD" > "$T/pred.conllu" || { echo "FAIL parse exited $?"; exit 1; }
res=$(sh bench/parse-score.sh "$GOLD" "$T/pred.conllu") || { echo "FAIL scoring"; exit 1; }
echo "$res" | awk -v u="$UAS_FLOOR" -v l="$LAS_FLOOR" '{
    ok = ($4 + 1e-9 >= u) && ($6 + 1e-9 >= l)
    printf "%s EWT dev %s (floors UAS %s, LAS %s)\n", ok ? "ok  " : "FAIL", $0, u, l
    exit !ok }'
