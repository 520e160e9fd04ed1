#!/bin/sh
# quality.sh -- scores extraction on ../shared/eval gold sets and fails below bench/quality-floor.
# Skipped (exit 77, reported by tests/run.sh) when ../shared/eval is absent
# and on sanitizer builds: it runs on the optimized build only.
set -e
SHARED=${SHARED:-../shared}
if [ ! -f "$SHARED/eval/score.py" ]; then echo "skipped: no $SHARED/eval/score.py"; exit 77; fi
case "$BUILD" in *asan*) echo "skipped: sanitizer build (same results, slower)"; exit 77 ;; esac
command -v python3 >/dev/null || { echo "python3 missing"; exit 1; }
fail=0
for set in $(grep -v '^#' bench/quality-floor | awk 'NF==3 {print $1}' | sort -u); do
    out=$(python3 "$SHARED/eval/score.py" "$SHARED/eval/$set" --cmd "$TL extract --jsonl" --json)
    grep -v '^#' bench/quality-floor | awk -v s="$set" 'NF==3 && $1==s {print $2, $3}' | while read -r field floor; do
        got=$(printf '%s' "$out" | python3 -c "import json,sys; d=json.load(sys.stdin)
v=d
for k in '$field'.split('.'): v=v[k]
print(v)")
        if python3 -c "import sys; sys.exit(0 if float('$got') + 1e-9 >= float('$floor') else 1)"; then
            echo "ok   $set $field $got (floor $floor)"
        else
            echo "FAIL $set $field $got is below the floor $floor"; exit 1
        fi
    done || fail=1
done
exit $fail
