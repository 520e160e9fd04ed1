#!/bin/sh
# ingest_crash.sh -- kill -9 an ingest midway, run it again: every document is stored exactly once.
set -eu
: "${TL:?set TL to the threadline binary}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
DB="--db $T/t.db"
fail() { echo "FAIL: $*" >&2; exit 1; }
N=400
mkdir "$T/docs"
python3 - "$T/docs" "$N" <<'PY'
import sys, random
out, n = sys.argv[1], int(sys.argv[2])
random.seed(1)
people = ["Khalid Mehdiyev", "Rafat Amirov", "Carlisle Rivera", "Tawhid Begli", "Ramil Aliyev", "Orkhan Guliyev"]
orgs = ["the Quds Force", "the State Security Service", "the FBI", "Hezbollah", "the Hussainiyoun Movement"]
places = ["Baku", "Tehran", "New York", "Tbilisi", "Istanbul"]
for i in range(n):
    s = []
    for j in range(60):
        s.append("%s met %s in %s on %d March 2021, according to %s. Report %d line %d." % (
            random.choice(people), random.choice(people), random.choice(places), 1 + j % 28,
            random.choice(orgs), i, j))
    open("%s/r%04d.txt" % (out, i), "w").write(" ".join(s) + "\n")
PY
$TL ingest $DB --quiet "$T/docs" >/dev/null 2>&1 &
pid=$!
# wait until some documents are committed, then kill without warning
i=0
while :; do
    n=$($TL stats $DB --json 2>/dev/null | python3 -c "import json,sys; print(json.load(sys.stdin)['documents'])" 2>/dev/null || echo 0)
    [ "$n" -ge 5 ] && break
    i=$((i+1)); [ $i -lt 600 ] || fail "ingest made no progress"
    sleep 0.1
done
kill -9 $pid 2>/dev/null || true
wait $pid 2>/dev/null || true
before=$($TL stats $DB --json | python3 -c "import json,sys; print(json.load(sys.stdin)['documents'])")
[ "$before" -lt "$N" ] || echo "note: the ingest finished before the kill ($before documents)"
$TL ingest $DB --quiet "$T/docs" || fail "re-run failed"
after=$($TL stats $DB --json | python3 -c "import json,sys; print(json.load(sys.stdin)['documents'])")
[ "$after" = "$N" ] || fail "$after documents stored, $N expected"
if command -v sqlite3 >/dev/null; then
    dup=$(sqlite3 "$T/t.db" "SELECT count(*) FROM (SELECT path FROM documents GROUP BY path HAVING count(*) > 1)")
    [ "$dup" = 0 ] || fail "$dup documents stored twice"
    ok=$(sqlite3 "$T/t.db" "PRAGMA integrity_check")
    [ "$ok" = ok ] || fail "integrity: $ok"
    orphans=$(sqlite3 "$T/t.db" "SELECT count(*) FROM doc_entities WHERE entity IS NULL")
    [ "$orphans" = 0 ] || fail "$orphans unresolved entities"
fi
echo "ok (killed after $before of $N documents)"
