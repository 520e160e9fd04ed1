#!/bin/sh
# graph_corroboration.sh -- a new sentence supports a stored fact only when type, arguments, time and place agree;
# the same document (or a copy differing only in whitespace) never counts twice.
set -eu
: "${TL:?set TL to the threadline binary}"
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# TL_TEST_DB runs the test on another store (a PostgreSQL URI: tests/cli/pg_backend.sh)
DB="--db ${TL_TEST_DB:-$T/t.db}"
fail() { echo "FAIL: $*" >&2; exit 1; }
mk() { python3 "$HERE/fixtures/mkdoc.py" "$T/$1"; }

mk c1.json <<'J'
{"text": "Tavor Selimov was arrested in Kradno in 2019.",
 "entities": [["PERSON", "Tavor Selimov", []], ["GPE", "Kradno", []]],
 "facts": [["ARRESTED", {"person": "Tavor Selimov"}, {"time": "2019", "place": "Kradno"}]]}
J
mk c2.json <<'J'
{"text": "Tavor Selimov was also detained in Vessa in 2021.",
 "entities": [["PERSON", "Tavor Selimov", []], ["GPE", "Vessa", []]],
 "facts": [["ARRESTED", {"person": "Tavor Selimov"}, {"time": "2021", "place": "Vessa"}]]}
J
mk c3.json <<'J'
{"text": "Tavor Selimov was arrested in Kradno in March 2019.",
 "entities": [["PERSON", "Tavor Selimov", []], ["GPE", "Kradno", []]],
 "facts": [["ARRESTED", {"person": "Tavor Selimov"}, {"time": "2019-03", "place": "Kradno"}]]}
J
# the first report again, its whitespace changed
mk c4.json <<'J'
{"text": "Tavor  Selimov was arrested\n in Kradno in 2019. ",
 "entities": [["PERSON", "Tavor  Selimov", []], ["GPE", "Kradno", []]],
 "facts": [["ARRESTED", {"person": "Tavor  Selimov"}, {"time": "2019", "place": "Kradno"}]]}
J
$TL ingest $DB --extracted --quiet "$T/c1.json" "$T/c2.json" "$T/c3.json" "$T/c4.json"
n=$($TL facts $DB --type ARRESTED --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")
[ "$n" = 2 ] || fail "the arrest in Vessa in 2021 corroborated the one in Kradno in 2019 ($n facts)"
# the 2019 arrest has two documents (2019 and March 2019 agree); the copy with other whitespace is not a third
$TL facts $DB --type ARRESTED --json | python3 -c "
import json,sys; d=json.load(sys.stdin)
k=[f for f in d if f['place']['name']=='Kradno'][0]
assert k['n_evidence']==2 and len({e['doc_id'] for e in k['evidence']})==2, k
v=[f for f in d if f['place']['name']=='Vessa'][0]
assert v['n_evidence']==1 and v['time']=='2021', v" || fail "corroboration counts"
[ "$($TL documents $DB --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")" = 3 ] \
    || fail "a copy differing only in whitespace was stored as a new document"
echo ok
