#!/bin/sh
# graph_corrections.sh -- corrections with guard rails (types, no-ops, duplicates, #id, undo) and documents/forget.
set -eu
: "${TL:?set TL to the threadline binary}"
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# TL_TEST_DB runs the test on another store (a PostgreSQL URI: tests/cli/pg_backend.sh)
DB="--db ${TL_TEST_DB:-$T/t.db}"
fail() { echo "FAIL: $*" >&2; exit 1; }
mk() { python3 "$HERE/fixtures/mkdoc.py" "$T/$1"; }
id() { $TL show $DB "$1" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])"; }
refused() { # expected-message command...
    msg=$1; shift
    set +e
    "$@" >"$T/out" 2>"$T/err"; rc=$?
    set -e
    [ $rc -ne 0 ] || fail "'$*' was not refused"
    grep -q "$msg" "$T/err" || fail "'$*': expected '$msg', got: $(cat "$T/err")"
}

mk one.json <<'J'
{"text": "Orlan Vesk met Doran Pell in Velmora. Vesk works for the Tarrow Group.", "published": "2020-01-01",
 "entities": [["PERSON", "Orlan Vesk", ["Vesk"]], ["PERSON", "Doran Pell", []], ["GPE", "Velmora", []],
              ["ORG", "Tarrow Group", []]],
 "facts": [["MET", {"a": "Orlan Vesk", "b": "Doran Pell"}, {"place": "Velmora"}],
           ["MEMBER_OF", {"member": "Orlan Vesk", "group": "Tarrow Group"}, {}]]}
J
mk two.json <<'J'
{"text": "Doran Pell was arrested in Velmora. The Tarrow Group denied it.", "published": "2021-02-02",
 "entities": [["PERSON", "Doran Pell", []], ["GPE", "Velmora", []], ["ORG", "Tarrow Group", []]],
 "facts": [["ARRESTED", {"person": "Doran Pell"}, {"time": "2021"}]]}
J
$TL ingest $DB --extracted --quiet "$T/one.json" "$T/two.json"

# merge refuses two types (a country into a person) unless --force
refused "not merged" $TL merge $DB "Velmora" "Orlan Vesk"
[ "$(id Velmora)" != "$(id 'Orlan Vesk')" ] || fail "a refused merge merged"
$TL corrections $DB 2>/dev/null | grep -q merge && fail "a refused merge was recorded"
# a no-op correction is refused with a message, and nothing is recorded
refused "nothing to change" $TL rename $DB "Orlan Vesk" "Orlan Vesk"
refused "nothing to change" $TL alias add $DB "Orlan Vesk" "Vesk"
refused "nothing to change" $TL alias remove $DB "Orlan Vesk" "Somebody Else"
# an alias another entity bears would make that one ambiguous
refused "already names" $TL alias add $DB "Orlan Vesk" "Doran Pell"
$TL show $DB "Doran Pell" >/dev/null || fail "Doran Pell became ambiguous"
# a fact rejected twice is recorded once
fid=$($TL facts $DB --type ARRESTED --json | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['id'])")
$TL fact reject $DB "$fid" >/dev/null
refused "already" $TL fact reject $DB "$fid"
[ "$($TL corrections $DB --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")" = 1 ] \
    || fail "corrections recorded twice"
# a split by #id that would move nothing is refused, never recorded as applied
vid=$(id Velmora)
refused "nothing to split" $TL split $DB "#$vid" --name "Velmora"
# corrections shows whether each applied; undo takes the latest back
$TL alias add $DB "Orlan Vesk" "the Fox" >/dev/null
$TL corrections $DB | grep -q "\[applied\]" || fail "corrections does not say applied"
[ "$(id 'the Fox')" = "$(id 'Orlan Vesk')" ] || fail "alias"
$TL undo $DB | grep -q "undid correction" || fail "undo"
set +e; $TL show $DB "the Fox" >/dev/null 2>&1; rc=$?; set -e
[ $rc -eq 3 ] || fail "undone alias still finds the entity"
# undo by id: the rejected fact is back
cid=$($TL corrections $DB --json | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['id'])")
$TL undo $DB "$cid" >/dev/null
[ "$($TL facts $DB --type ARRESTED --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")" = 1 ] \
    || fail "undo of a reject"
set +e; $TL undo $DB 999 >/dev/null 2>&1; rc=$?; set -e
[ $rc -eq 3 ] || fail "undo of an unknown correction: exit $rc"
# merge --force does merge two types
$TL merge $DB --force "Orlan Vesk" "Velmora" >/dev/null
[ "$(id Velmora)" = "$(id 'Orlan Vesk')" ] || fail "merge --force"
$TL undo $DB >/dev/null

# documents lists both with counts; forget removes one and what only it supported
$TL documents $DB --json | python3 -c "
import json,sys; d=json.load(sys.stdin); assert len(d)==2, d
assert d[0]['entities']==4 and d[0]['facts']==2 and d[1]['facts']==1, d"
$TL documents $DB | grep -q "one.json" || fail "documents text output"
$TL forget $DB two.json | grep -q "forgot document" || fail "forget"
[ "$($TL documents $DB --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")" = 1 ] || fail "forget left it"
[ "$($TL facts $DB --type ARRESTED --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")" = 0 ] \
    || fail "a fact only the forgotten document supported is still there"
$TL show $DB "Doran Pell" --json | python3 -c "
import json,sys; d=json.load(sys.stdin); assert d['documents'] == 1 or len(d.get('documents', [])) == 1, d" \
    || fail "Doran Pell still lists the forgotten document"
set +e; $TL forget $DB two.json >/dev/null 2>&1; rc=$?; set -e
[ $rc -eq 3 ] || fail "forgetting an unknown document: exit $rc"
echo ok
