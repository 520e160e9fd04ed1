#!/bin/sh
# graph_types.sh -- one thing the extractor typed two ways (a group called a person in one report) is one entity, typed by a vote of its documents; names of other kinds do not cross types.
set -eu
: "${TL:?set TL to the threadline binary}"
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# TL_TEST_DB runs the test on another store (a PostgreSQL URI: tests/cli/pg_backend.sh)
DB="--db ${TL_TEST_DB:-$T/t.db}"
fail() { echo "FAIL: $*" >&2; exit 1; }
mk() { python3 "$HERE/fixtures/mkdoc.py" "$T/$1"; }
count() { $TL entities $DB --json | python3 -c "
import json,sys; print(sum(1 for e in json.load(sys.stdin) if e['name'].lower() == sys.argv[1].lower()))" "$1"; }
type_of() { $TL show $DB "$1" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['type'])"; }

# "Varn Collective" is a person in the first report, a group in two others
mk r1.json <<'J'
{"text": "Varn Collective said the attack on Norvask was theirs.",
 "entities": [["PERSON", "Varn Collective", []], ["GPE", "Norvask", []]]}
J
mk r2.json <<'J'
{"text": "Tomas Brel joined the Varn Collective in Norvask.",
 "entities": [["PERSON", "Tomas Brel", []], ["ORG", "Varn Collective", []], ["GPE", "Norvask", []]],
 "facts": [["MEMBER_OF", {"member": "Tomas Brel", "group": "Varn Collective"}, {}]]}
J
mk r3.json <<'J'
{"text": "The Varn Collective recruited Ilse Marr.",
 "entities": [["ORG", "Varn Collective", []], ["PERSON", "Ilse Marr", []]],
 "facts": [["RECRUITED", {"recruiter": "Varn Collective", "recruit": "Ilse Marr"}, {}]]}
J
# one report calls a town "Ostrel" and, in a heading, an organization
mk r4.json <<'J'
{"text": "OSTREL. Police in Ostrel arrested two men. Ostrel is quiet again.",
 "entities": [["ORG", "OSTREL", []], ["GPE", "Ostrel", []]]}
J
# an alias does not cross types: "Kessa" is a person's nickname here ...
mk r5.json <<'J'
{"text": "Dario Venn, known as Kessa, fled.",
 "entities": [["PERSON", "Dario Venn", ["Kessa"]]]}
J
# ... and the name of a place there; a people's name never joins a place
mk r6.json <<'J'
{"text": "Kessa is a port. Norvaskian traders met in Norvask.",
 "entities": [["GPE", "Kessa", []], ["NORP", "Norvaskian", []], ["GPE", "Norvask", []]]}
J
$TL ingest $DB --extracted --quiet "$T/r1.json" "$T/r2.json" "$T/r3.json" "$T/r4.json" "$T/r5.json" "$T/r6.json"

[ "$(count 'Varn Collective')" = 1 ] || fail "Varn Collective typed two ways is not one entity"
[ "$(type_of 'Varn Collective')" = ORG ] || fail "the documents' vote did not make Varn Collective an ORG"
$TL show $DB "Varn Collective" --why | grep -q "typed otherwise in other documents" || fail "show --why does not say why"
# its facts from both documents are on the one entity
$TL show $DB "Varn Collective" --json | python3 -c "
import json,sys; d=json.load(sys.stdin); t=set(d['facts_by_type'])
assert {'MEMBER_OF','RECRUITED'} <= t, t" || fail "facts not on the joined entity"
# the same name typed two ways in one document: one entity, the first type kept on a tie
[ "$(count 'Ostrel')" = 1 ] || fail "Ostrel typed two ways in one document is not one entity"
# the nickname stays with the person, the place stays a place
[ "$(type_of 'Dario Venn')" = PERSON ] || fail "the person lost its type"
[ "$($TL show $DB 'Dario Venn' --json | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])")" != \
  "$($TL entities $DB --type GPE --json | python3 -c "
import json,sys; print([e['id'] for e in json.load(sys.stdin) if e['name']=='Kessa'][0])")" ] || fail "an alias joined an entity of another type"
[ "$(count 'Norvask')" = 1 ] || fail "Norvask split"
$TL entities $DB --type NORP --json | grep -q Norvaskian || fail "a people's name joined a place"
echo "graph_types: ok"
