#!/bin/sh
# store_corrections.sh -- merge, split, rename, alias and fact reject survive re-ingest and reindex.
set -eu
: "${TL:?set TL to the threadline binary}"
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# TL_TEST_DB runs the test on another store (a PostgreSQL URI: tests/cli/pg_backend.sh)
DB="--db ${TL_TEST_DB:-$T/t.db}"
fail() { echo "FAIL: $*" >&2; exit 1; }
id() { $TL show $DB "$1" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['id'])"; }

cp "$HERE/fixtures/a.json" "$HERE/fixtures/b.json" "$HERE/fixtures/c.json" "$T/"
$TL ingest $DB --extracted --quiet "$T/a.json" "$T/b.json" "$T/c.json"
$TL merge $DB "Khalid Mehdiyev" "Rafat Amirov" >/dev/null
[ "$(id 'Khalid Mehdiyev')" = "$(id 'Rafat Amirov')" ] || fail "merge did not take"
$TL rename $DB "Rafat Amirov" "Amirov-Mehdiyev" >/dev/null
$TL alias add $DB "Qasem Soleimani" "Hajj Qasem" >/dev/null
fid=$($TL facts $DB --type MET --json | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['id'])")
$TL fact reject $DB "$fid" >/dev/null
$TL corrections $DB | grep -q reject || fail "corrections list"

check() {
    [ "$(id 'Khalid Mehdiyev')" = "$(id 'Rafat Amirov')" ] || fail "$1: merge lost"
    $TL show $DB "Khalid Mehdiyev" | head -1 | grep -q "^Amirov-Mehdiyev" || fail "$1: rename lost"
    [ "$(id 'Hajj Qasem')" = "$(id 'Qasem Soleimani')" ] || fail "$1: alias lost"
    n=$($TL facts $DB --type MET --entity "Qasem Soleimani" --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")
    [ "$n" = 0 ] || fail "$1: rejected fact is back"
}
check "after corrections"
# new documents arrive (one names a merged entity), then everything is rebuilt
cp "$HERE/fixtures/d.json" "$T/"
$TL ingest $DB --extracted --quiet "$T"
check "after ingest"
$TL reindex $DB --quiet
check "after reindex"

# split: Ramil Mehdiyev's documents leave a merged entity again
$TL merge $DB "Ramil Mehdiyev" "Begli" >/dev/null
[ "$(id 'Ramil Mehdiyev')" = "$(id 'Tawhid Ibrahim Begli')" ] || fail "second merge"
$TL split $DB "Ramil Mehdiyev" --name "Tawhid Ibrahim Begli" >/dev/null
[ "$(id 'Ramil Mehdiyev')" != "$(id 'Tawhid Ibrahim Begli')" ] || fail "split did not take"
$TL reindex $DB --quiet
[ "$(id 'Ramil Mehdiyev')" != "$(id 'Tawhid Ibrahim Begli')" ] || fail "split lost in reindex"
# a correction naming an unknown entity is refused with exit 3
set +e
$TL merge $DB "Nobody" "Begli" >/dev/null 2>&1; rc=$?
set -e
[ $rc -eq 3 ] || fail "merge of an unknown name: exit $rc"
echo ok
