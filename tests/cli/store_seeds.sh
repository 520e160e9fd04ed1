#!/bin/sh
# store_seeds.sh -- ingest the shared seed reports (when ../shared exists) and check the graph:
# the hired gunman of the Alinejad plot connects to the Quds Force with evidence on every hop.
set -eu
: "${TL:?set TL to the threadline binary}"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SEEDS=""
for d in "$ROOT/../shared/eval/seeds/docs" /work/shared/eval/seeds/docs; do
    [ -d "$d" ] && { SEEDS=$d; break; }
done
[ -n "$SEEDS" ] || { echo "skipped: no shared seed documents"; exit 77; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# TL_TEST_DB runs the test on another store (a PostgreSQL URI: tests/cli/pg_backend.sh)
DB="--db ${TL_TEST_DB:-$T/t.db}"
fail() { echo "FAIL: $*" >&2; exit 1; }
$TL ingest $DB --quiet "$SEEDS" || fail "ingest of the seeds failed"
docs=$($TL stats $DB --json | python3 -c "import json,sys; print(json.load(sys.stdin)['documents'])")
[ "$docs" -ge 1 ] || fail "no documents stored"
$TL ingest $DB --quiet "$SEEDS"
[ "$($TL stats $DB --json | python3 -c "import json,sys; print(json.load(sys.stdin)['documents'])")" = "$docs" ] \
    || fail "second ingest added documents"
# Path: the gunman is looked up by the names the reports use.
facts=$($TL stats $DB --json | python3 -c "import json,sys; print(json.load(sys.stdin)['facts'])")
[ "$facts" -gt 0 ] || fail "no facts extracted from the seeds"
found=""
for gunman in "Khalid Mehdiyev" "Mehdiyev"; do
    for quds in "Quds Force" "Qods Force" "IRGC Quds Force"; do
        if $TL path $DB "$gunman" "$quds" --max-hops 4 --json >"$T/p.json" 2>/dev/null; then found=1; break 2; fi
    done
done
[ -n "$found" ] || fail "no path of at most 4 hops from the hired gunman to the Quds Force"
python3 -c "
import json,sys; d=json.load(open('$T/p.json')); p=d['paths'][0]
assert all(len(s['evidence'])>=1 for s in p['steps']), 'a hop without evidence'
print('ok: %s -> %s in %d hops' % (d['from']['name'], d['to']['name'], p['hops']))"
