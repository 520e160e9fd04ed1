#!/bin/sh
# graph_paths.sh -- paths ranked by evidence that avoid hubs, --through/--avoid, path A A, neighbors --type and its cap.
set -eu
: "${TL:?set TL to the threadline binary}"
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# TL_TEST_DB runs the test on another store (a PostgreSQL URI: tests/cli/pg_backend.sh)
DB="--db ${TL_TEST_DB:-$T/t.db}"
fail() { echo "FAIL: $*" >&2; exit 1; }
mk() { python3 "$HERE/fixtures/mkdoc.py" "$T/$1"; }

# Two men are both Valdorian (a country every report names) and both work,
# one document apart, for the Kessan Circle.
mk p1.json <<'J'
{"text": "Arvo Lindqvist is a citizen of Valdoria. Arvo Lindqvist is a member of the Kessan Circle. Mira Sol is a citizen of Valdoria. Teo Brand is a citizen of Valdoria.",
 "entities": [["PERSON", "Arvo Lindqvist", []], ["GPE", "Valdoria", []], ["ORG", "Kessan Circle", []],
              ["PERSON", "Mira Sol", []], ["PERSON", "Teo Brand", []]],
 "facts": [["CITIZEN_OF", {"person": "Arvo Lindqvist", "country": "Valdoria"}, {}],
           ["MEMBER_OF", {"member": "Arvo Lindqvist", "group": "Kessan Circle"}, {}],
           ["CITIZEN_OF", {"person": "Mira Sol", "country": "Valdoria"}, {}],
           ["CITIZEN_OF", {"person": "Teo Brand", "country": "Valdoria"}, {}]]}
J
mk p2.json <<'J'
{"text": "Bruno Kell is a citizen of Valdoria. Bruno Kell is a member of the Kessan Circle.",
 "entities": [["PERSON", "Bruno Kell", []], ["GPE", "Valdoria", []], ["ORG", "Kessan Circle", []]],
 "facts": [["CITIZEN_OF", {"person": "Bruno Kell", "country": "Valdoria"}, {}],
           ["MEMBER_OF", {"member": "Bruno Kell", "group": "Kessan Circle"}, {}]]}
J
$TL ingest $DB --extracted --quiet "$T/p1.json" "$T/p2.json"

# the first path runs through the organization, not the country
$TL path $DB "Arvo Lindqvist" "Bruno Kell" --json | python3 -c "
import json,sys; d=json.load(sys.stdin); p=d['paths']
assert len(p)>=2, p
assert p[0]['steps'][0]['to']['name']=='Kessan Circle', p[0]
assert p[1]['steps'][0]['to']['name']=='Valdoria', p[1]
assert p[0]['cost'] < p[1]['cost']" || fail "the path through the country ranks first"
# --avoid GPE leaves the country out; --through GPE keeps only it
$TL path $DB "Arvo Lindqvist" "Bruno Kell" --avoid GPE --json | python3 -c "
import json,sys; d=json.load(sys.stdin)
assert d['paths'] and all(s['to']['name']!='Valdoria' for p in d['paths'] for s in p['steps'])" || fail "--avoid"
$TL path $DB "Arvo Lindqvist" "Bruno Kell" --through GPE --json | python3 -c "
import json,sys; d=json.load(sys.stdin)
assert len(d['paths'])==1 and d['paths'][0]['steps'][0]['to']['name']=='Valdoria'" || fail "--through"
set +e; $TL path $DB "Arvo Lindqvist" "Bruno Kell" --through PLANET >/dev/null 2>&1; rc=$?; set -e
[ $rc -eq 2 ] || fail "--through with an unknown type: exit $rc"
# an entity is connected to itself
$TL path $DB "Arvo Lindqvist" "Arvo Lindqvist" | grep -q "same entity" || fail "path A A"
$TL path $DB "Arvo Lindqvist" "Arvo Lindqvist" --json | python3 -c "
import json,sys; d=json.load(sys.stdin); assert d['paths'][0]['hops']==0"

# neighbors: the country is listed but not gone through; --type; the cap says what it left out
$TL neighbors $DB "Arvo Lindqvist" --hops 2 --json 2>/dev/null | python3 -c "
import json,sys; d=json.load(sys.stdin); names={e['name'] for e in d}
assert 'Bruno Kell' in names and 'Valdoria' in names, names
assert 'Mira Sol' not in names and 'Teo Brand' not in names, names" || fail "neighbors fans out through the country"
$TL neighbors $DB "Arvo Lindqvist" --hops 2 --through-places --json 2>/dev/null | python3 -c "
import json,sys; d=json.load(sys.stdin); assert 'Mira Sol' in {e['name'] for e in d}" || fail "--through-places"
$TL neighbors $DB "Arvo Lindqvist" --hops 2 --type PERSON --json 2>/dev/null | python3 -c "
import json,sys; d=json.load(sys.stdin); assert [e['type'] for e in d]==['PERSON'], d" || fail "--type"
$TL neighbors $DB "Valdoria" --limit 2 >/dev/null 2>"$T/err"
grep -q "2 more not shown" "$T/err" || fail "the cap does not count what it left out: $(cat "$T/err")"
echo ok
