#!/bin/sh
# graph_quality.sh -- scores the knowledge graph (graph_score.py on gold sets ingested into one store) and fails
# below the "graph" lines of bench/quality-floor.  Skips (passes) when ../shared/eval is absent; optimized build only.
set -e
SHARED=${SHARED:-../shared}
if [ ! -f "$SHARED/eval/graph_score.py" ]; then echo "skipped: no $SHARED/eval"; exit 0; fi
case "$BUILD" in *asan*) echo "skipped: sanitizer build (same results, slower)"; exit 0 ;; esac
command -v python3 >/dev/null || { echo "python3 missing"; exit 1; }
fail=0
for sets in $(awk '$1=="graph" && NF==4 {print $2}' bench/quality-floor | sort -u); do
    dirs=$(echo "$sets" | tr '+' '\n' | sed "s|^|$SHARED/eval/|" | tr '\n' ' ')
    # shellcheck disable=SC2086
    out=$(python3 "$SHARED/eval/graph_score.py" $dirs --cmd "$TL" --json)
    echo "$out" | python3 -c "import json,sys; d=json.load(sys.stdin)
print('     %s: %d store entities, %d gold identities, %d wrong merges, %d splits' % ('$sets', d['store_entities'], d['gold_identities'], d['merges'], d['splits']))"
    awk -v s="$sets" '$1=="graph" && NF==4 && $2==s {print $3, $4}' bench/quality-floor | while read -r field floor; do
        got=$(printf '%s' "$out" | python3 -c "import json,sys; d=json.load(sys.stdin)
v=d
for k in '$field'.split('.'): v=v[k]
print(v)")
        if python3 -c "import sys; sys.exit(0 if float('$got') + 1e-9 >= float('$floor') else 1)"; then
            echo "ok   graph $sets $field $got (floor $floor)"
        else
            echo "FAIL graph $sets $field $got is below the floor $floor"; exit 1
        fi
    done || fail=1
done
exit $fail
