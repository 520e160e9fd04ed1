#!/bin/sh
# store_basic.sh -- ingest (pre-extracted fixtures), idempotence, show, facts, path with evidence,
# ambiguity (exit 3), search, watchlist, JSON output.  Needs $TL (the binary).
set -eu
: "${TL:?set TL to the threadline binary}"
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# TL_TEST_DB runs the test on another store (a PostgreSQL URI: tests/cli/pg_backend.sh)
DB="--db ${TL_TEST_DB:-$T/t.db}"
fail() { echo "FAIL: $*" >&2; exit 1; }
count() { $TL stats $DB --json | python3 -c "import json,sys; print(json.load(sys.stdin)['$1'])"; }

# only ingest creates a store: an empty folder makes an empty one
mkdir "$T/empty"
$TL ingest $DB --quiet "$T/empty"
$TL watch add $DB "Khalid Mehdiyev" >/dev/null
$TL ingest $DB --extracted --quiet "$HERE/fixtures"
d1=$(count documents); e1=$(count entities); f1=$(count facts)
[ "$d1" = 4 ] || fail "4 documents expected, got $d1"
# ingesting again changes nothing
$TL ingest $DB --extracted --quiet "$HERE/fixtures"
[ "$(count documents)" = "$d1" ] && [ "$(count entities)" = "$e1" ] && [ "$(count facts)" = "$f1" ] \
    || fail "second ingest changed the counts"

# Qods Force (a.json) and Quds Force (b.json, d.json) are one entity
$TL show $DB "quds force" >"$T/show.txt"
grep -q "3 documents" "$T/show.txt" || fail "Quds/Qods Force not merged: $(cat "$T/show.txt")"
grep -q "Amirov is a member of the Quds Force" "$T/show.txt" || fail "show lacks evidence"
$TL show $DB "QODS FORCE" --json | python3 -c "import json,sys; d=json.load(sys.stdin); assert d['type']=='ORG'; assert 'MEMBER_OF' in d['facts_by_type']"

# path through a third entity, with evidence on every hop
$TL path $DB "Carlisle Rivera" "Qods Force" >"$T/path.txt"
grep -q "2 hops" "$T/path.txt" || fail "no 2-hop path: $(cat "$T/path.txt")"
grep -q "hired by Rafat Amirov" "$T/path.txt" || fail "hop 1 evidence missing"
grep -q "member of the Quds Force" "$T/path.txt" || fail "hop 2 evidence missing"
$TL path $DB "Carlisle Rivera" "Qods Force" --json | python3 -c "
import json,sys; d=json.load(sys.stdin); p=d['paths'][0]
assert p['hops']==2 and all(len(s['evidence'])>=1 for s in p['steps'])"

# an ambiguous name lists candidates and exits 3
set +e
$TL show $DB Mehdiyev >/dev/null 2>"$T/amb.txt"; rc=$?
set -e
[ $rc -eq 3 ] || fail "ambiguous name: exit $rc, expected 3"
grep -q "Khalid Mehdiyev" "$T/amb.txt" && grep -q "Ramil Mehdiyev" "$T/amb.txt" || fail "candidates not listed"
set +e
$TL show $DB "Nobody At All" >/dev/null 2>&1; rc=$?
set -e
[ $rc -eq 3 ] || fail "unknown name: exit $rc, expected 3"

# facts filters, timeline, neighbours, search, alerts
$TL facts $DB --type RECRUITED --json | python3 -c "import json,sys; assert len(json.load(sys.stdin))==2"
$TL facts $DB --since 2015 --json | python3 -c "import json,sys; d=json.load(sys.stdin); assert all(f['time']>='2015' for f in d) and len(d)==2"
$TL timeline $DB | head -1 | grep -q "^2014" || fail "timeline does not start in 2014"
$TL neighbors $DB "Rafat Amirov" --json | python3 -c "import json,sys; assert len(json.load(sys.stdin))==2"
$TL search $DB recruited | grep -q "\[recruited\]" || fail "search without highlight"
$TL search $DB 'unbalanced "quote' >/dev/null || fail "search of a malformed query failed"
$TL alerts $DB --json | python3 -c "import json,sys; d=json.load(sys.stdin); assert len(d)==1 and d[0]['path'].endswith('c.json')"
$TL entities $DB --type PERSON --json | python3 -c "import json,sys; assert all(e['type']=='PERSON' for e in json.load(sys.stdin))"
$TL stats $DB | grep -q "most central (PageRank)" || fail "stats without centrality"
# PageRank (igraph): scores sum to at most 1, highest first, and the most
# central entity is one of those with facts
$TL stats $DB --json --top 3 | python3 -c "
import json,sys; d=json.load(sys.stdin); c=d['most_central']
assert 1 <= len(c) <= 3, c
s=[e['pagerank'] for e in c]; assert s == sorted(s, reverse=True) and sum(s) <= 1.0001, s
assert c[0]['facts'] >= 1, c[0]"
for c in ingest reindex entities show facts timeline path neighbors search stats merge split rename alias fact corrections watch alerts; do
    $TL $c --help >/dev/null || fail "$c --help"
done
echo ok
