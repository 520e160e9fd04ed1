#!/bin/sh
# graph_keep.sh -- a lone common word the extractor took for a name ("Courtroom" a person, "Islamic" a group) is kept in the document but enters no entity and no fact of the graph; names that are words stay.
set -eu
: "${TL:?set TL to the threadline binary}"
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# TL_TEST_DB runs the test on another store (a PostgreSQL URI: tests/cli/pg_backend.sh)
DB="--db ${TL_TEST_DB:-$T/t.db}"
fail() { echo "FAIL: $*" >&2; exit 1; }
mk() { python3 "$HERE/fixtures/mkdoc.py" "$T/$1"; }
names() { $TL entities $DB --json | python3 -c "import json,sys; print('|'.join(sorted(e['name'] for e in json.load(sys.stdin))))"; }

mk r1.json <<'J'
{"text": "Courtroom met Tomas Brel in Norvask. Islamic fighters and European envoys came. The Pentagon said Brel joined the Varn Front. Jordan was there.",
 "entities": [["PERSON", "Courtroom", []], ["PERSON", "Tomas Brel", ["Brel"]], ["GPE", "Norvask", []],
              ["ORG", "Islamic", []], ["GPE", "European", []], ["ORG", "Pentagon", []],
              ["ORG", "Varn Front", []], ["PERSON", "Jordan", []]],
 "facts": [["MET", {"a": "Courtroom", "b": "Tomas Brel"}, {"place": "Norvask"}],
           ["MEMBER_OF", {"member": "Tomas Brel", "group": "Varn Front"}, {"source": "Pentagon"}]]}
J
$TL ingest $DB --extracted --quiet "$T/r1.json"
n=$(names)
for w in Courtroom Islamic European; do
    case "|$n|" in *"|$w|"*) fail "the common word $w became an entity: $n" ;; esac
done
for w in "Tomas Brel" Norvask Pentagon "Varn Front" Jordan; do
    case "|$n|" in *"|$w|"*) ;; *) fail "$w lost: $n" ;; esac
done
# the fact needing the dropped word is not in the graph; the other one is
$TL facts $DB --json | python3 -c "
import json,sys; t=sorted(f['type'] for f in json.load(sys.stdin)); assert t == ['MEMBER_OF'], t" \
    || fail "a fact on a dropped word is in the graph"
# the document keeps what extraction said, and a rebuild of the graph from
# it (undoing a correction) gives the same graph
$TL alias add $DB "Varn Front" "Varn Brigade" >/dev/null
$TL undo $DB >/dev/null
[ "$(names)" = "$n" ] || fail "a rebuild changed the entities: $(names) vs $n"
$TL facts $DB --json | python3 -c "
import json,sys; t=sorted(f['type'] for f in json.load(sys.stdin)); assert t == ['MEMBER_OF'], t" \
    || fail "a rebuild brought back the fact on a dropped word"
# two entities of one document that resolution finds to be one thing make
# no fact with each other
mk r2.json <<'J'
{"text": "The Salvar Movement (SM) grew.",
 "entities": [["ORG", "Salvar Movement", ["SM"]]]}
J
mk r3.json <<'J'
{"text": "SM is part of the Salvar Movement, Tomas Brel said.",
 "entities": [["ORG", "SM", []], ["ORG", "Salvar Movement", []], ["PERSON", "Tomas Brel", []]],
 "facts": [["PART_OF", {"part": "SM", "whole": "Salvar Movement"}, {}]]}
J
$TL ingest $DB --extracted --quiet "$T/r2.json" "$T/r3.json"
[ "$($TL entities $DB --match salvar --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")" = 1 ] \
    || fail "SM and Salvar Movement not one entity"
$TL facts $DB --type PART_OF --json | python3 -c "
import json,sys; f=json.load(sys.stdin); assert f == [], f" || fail "a fact of an entity with itself"
echo "graph_keep: ok"
