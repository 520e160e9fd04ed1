#!/bin/sh
# pg_backend.sh -- the store and query tests on the PostgreSQL backend (a throwaway server from Debian's
# postgresql package), two concurrent ingests against one, and `migrate` of a SQLite store.  Needs $TL.
# Exits 77 (skipped, reason on the last line) only where no PostgreSQL server can be started.
set -eu
: "${TL:?set TL to the threadline binary}"
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
. "$ROOT/tests/lib/pg.sh"
T=$(mktemp -d /tmp/tl-pg.XXXXXX)
chmod 755 "$T" # the server runs as another user when the tests run as root
trap 'pg_stop; rm -rf "$T"' EXIT INT TERM
fail() { echo "FAIL: $*" >&2; exit 1; }
pg_start "$T/pg"
TL_ABS=$(cd "$(dirname "$TL")" && pwd)/$(basename "$TL")
TL=$TL_ABS

# 1. the store and query suites, unchanged, on a fresh database each
# (the sanitizer build runs one of them: the same code paths, at a fraction of the time)
SUITES=${PG_SUITES-"store_basic store_corrections graph_paths store_seeds graph_resolution graph_names graph_types
    graph_keep graph_corroboration graph_corrections"}
[ "${BUILD:-build}" = build-asan ] && SUITES="store_basic"
n=0
for t in $SUITES; do
    n=$((n + 1))
    url=$(pg_newdb "suite$n") || fail "createdb"
    set +e
    TL_TEST_DB="$url" TL="$TL_ABS" sh "$HERE/$t.sh" >"$T/$t.log" 2>&1
    rc=$?
    set -e
    [ $rc -eq 0 ] || [ $rc -eq 77 ] || { tail -5 "$T/$t.log" >&2; fail "$t on PostgreSQL (exit $rc)"; }
    echo "ok: $t on PostgreSQL"
done

# the corpus: the examples and test reports (and the shared seeds when present)
mkdir "$T/docs"
cp "$ROOT"/examples/*.txt "$ROOT"/tests/data/*.txt "$T/docs/"
for d in "$ROOT/../shared/eval/seeds/docs" /work/shared/eval/seeds/docs; do
    [ -d "$d" ] && { cp "$d"/* "$T/docs/"; break; }
done
ls "$T/docs" >"$T/files"
ls "$T/docs" | sort -r >"$T/files.rev"

# far_pair DB: two entities two hops apart (by the facts' arguments), as "#id #id"
far_pair() {
    $TL facts --db "$1" --json >"$T/facts.json"
    python3 - "$T/facts.json" <<'PY'
import json, sys
adj = {}
for f in json.load(open(sys.argv[1])):
    if f.get("negated") or f.get("rejected"):
        continue
    ids = [a["id"] for a in f["args"].values() if isinstance(a, dict) and a.get("id")]
    for x in ids:
        for y in ids:
            if x != y:
                adj.setdefault(x, set()).add(y)
for a in sorted(adj, key=lambda x: (-len(adj[x]), x)):
    far = sorted(z for y in adj[a] for z in adj[y] if z != a and z not in adj[a])
    if far:
        print("#%d #%d" % (a, far[0]))
        break
PY
}

# 2. one process, then two at once.  Both given every file in the same
#    order: each stores what the other has not yet, in that order, so the
#    graph must equal the single process's (resolution depends on order).
#    Then in opposite orders: the graph may differ, but no document,
#    sentence, mention or piece of evidence is lost or stored twice.
one=$(pg_newdb single)
two=$(pg_newdb concurrent)
rev=$(pg_newdb reversed)
(cd "$T/docs" && $TL ingest --db "$one" --quiet $(cat "$T/files"))
both() { # db list1 list2
    (cd "$T/docs" && $TL ingest --db "$1" --quiet $(cat "$2")) &
    p1=$!
    (cd "$T/docs" && $TL ingest --db "$1" --quiet $(cat "$3")) &
    p2=$!
    wait $p1 || fail "first concurrent ingest failed"
    wait $p2 || fail "second concurrent ingest failed"
}
both "$two" "$T/files" "$T/files"
both "$rev" "$T/files" "$T/files.rev"
counts() {
    $TL stats --db "$1" --json | python3 -c "
import json,sys; s=json.load(sys.stdin)
print(' '.join(str(s[k]) for k in ('documents','sentences','mentions','evidence','entities','facts')))"
}
c1=$(counts "$one"); c2=$(counts "$two"); c3=$(counts "$rev")
echo "single: $c1  concurrent: $c2  concurrent, opposite orders: $c3"
[ "$c1" = "$c2" ] || fail "concurrent ingest differs from a single one: $c1 vs $c2"
[ "$(echo "$c1" | cut -d' ' -f1-4)" = "$(echo "$c3" | cut -d' ' -f1-4)" ] || fail "opposite orders lost or doubled rows: $c3"
[ "$(echo "$c1" | cut -d' ' -f1)" = "$(wc -l <"$T/files" | tr -d ' ')" ] || fail "documents lost or doubled"
# a path through the graph: the same on both stores
set -- $(far_pair "$one")
a=${1:-}; b=${2:-}
[ -n "$b" ] || fail "no second entity for a path"
$TL path --db "$one" "$a" "$b" >"$T/path1" 2>&1 || true
$TL path --db "$two" "$a" "$b" >"$T/path2" 2>&1 || true
cmp -s "$T/path1" "$T/path2" || { diff "$T/path1" "$T/path2" | head >&2; fail "path $a -> $b differs"; }
grep -q "hop" "$T/path1" || fail "no path found from $a to $b: $(head -3 "$T/path1")"
echo "ok: two concurrent ingests = one ($c1); path $a -> $b the same"

# 3. migrate round trip: a SQLite store with a correction, copied, answers the same
(cd "$T/docs" && $TL ingest --db "$T/s.db" --quiet $(cat "$T/files"))
set -- $(far_pair "$T/s.db")
a=${1:-}; b=${2:-}
[ -n "$b" ] || fail "no second entity for a path in the SQLite store"
$TL rename --db "$T/s.db" "$a" "Renamed Entity" >/dev/null
mig=$(pg_newdb migrated)
$TL migrate --help | grep -q -- "--from" || fail "migrate --help"
$TL migrate --from "$T/s.db" --to "$mig" --json >"$T/mig.json" || fail "migrate failed"
python3 -c "import json,sys; d=json.load(open('$T/mig.json')); assert d['rows'] > 100, d" || fail "migrate --json"
nostore() { python3 -c "import json,sys; s=json.load(sys.stdin); [s.pop(k) for k in ('store_bytes','store_to_text')]; print(json.dumps(s, sort_keys=True))"; }
$TL stats --db "$T/s.db" --json | nostore >"$T/st1"
$TL stats --db "$mig" --json | nostore >"$T/st2"
cmp -s "$T/st1" "$T/st2" || { diff "$T/st1" "$T/st2" | head >&2; fail "stats differ after migrate"; }
$TL path --db "$T/s.db" "Renamed Entity" "$b" >"$T/mp1" 2>&1 || true
$TL path --db "$mig" "Renamed Entity" "$b" >"$T/mp2" 2>&1 || true
cmp -s "$T/mp1" "$T/mp2" || { diff "$T/mp1" "$T/mp2" | head >&2; fail "path differs after migrate"; }
$TL corrections --db "$mig" | grep -q rename || fail "the correction was not migrated"
# a store already holding data is refused, and left as it was
set +e
$TL migrate --from "$T/s.db" --to "$mig" --quiet 2>"$T/err"; rc=$?
set -e
[ $rc -ne 0 ] && grep -q "not empty" "$T/err" || fail "migrate into a non-empty store: exit $rc"
$TL migrate --from "$T/nothing.db" --to "$mig" --quiet 2>/dev/null && fail "migrate from a missing store"
$TL migrate --from "$T/s.db" --to "$T/x.db" --quiet 2>/dev/null && fail "migrate to a file"
echo "ok: migrate round trip (stats, path, corrections)"

# 4. a correction made through the API is recorded under the token's name
if command -v curl >/dev/null; then
    TOKEN=$($TL token create --db "$mig" desk-analyst)
    $TL serve --db "$mig" --port 0 --web "$T/noweb" >"$T/serve.out" 2>"$T/serve.err" &
    SPID=$!
    i=0
    while ! grep -q "listening on" "$T/serve.out" 2>/dev/null; do
        i=$((i + 1)); [ $i -gt 100 ] && { kill $SPID; fail "server did not start"; }
        kill -0 $SPID 2>/dev/null || fail "server exited: $(tail -2 "$T/serve.err")"
        sleep 0.1
    done
    U=$(sed -n 's/^listening on //p' "$T/serve.out")
    code=$(curl -s -o "$T/body" -w '%{http_code}' --max-time 20 -X POST -H 'Content-Type: application/json' \
        -H "Authorization: Bearer $TOKEN" -d '{"op":"rename","a":"Renamed Entity","b":"Renamed Twice"}' \
        "${U}api/corrections")
    kill $SPID; wait $SPID 2>/dev/null || true
    [ "$code" = 201 ] || fail "correction through the API: HTTP $code $(cat "$T/body")"
    who=$("$PG_BIN/psql" -X -A -t -d "$mig" -c "SELECT who FROM corrections ORDER BY id DESC LIMIT 1")
    [ "$who" = desk-analyst ] || fail "the API's correction is recorded as '$who', not as the token's name"
    echo "ok: an API correction is recorded under its token's name"
fi

# 5. resolution as on SQLite: acronyms join their expansions across documents (invented reports;
# invented bodies, so that the acronym key joins them, not the list of well-known names)
mkdir "$T/acr"
echo "The Velmar Revolutionary Guard Corps trained fighters in Lebanon, officials said on Monday." >"$T/acr/a.txt"
echo "The VRGC sent weapons to the militia in Syria, according to the report." >"$T/acr/b.txt"
echo "The Department of Justice charged two men with fraud in Miami." >"$T/acr/c.txt"
echo "The DoJ announced the arrest of a third man in Miami on Tuesday." >"$T/acr/d.txt"
acr=$(pg_newdb acronyms)
orgs() { $TL entities --db "$1" --type ORG --json | python3 -c "
import json,sys; print(sorted((e['name'], e['documents']) for e in json.load(sys.stdin)))"; }
(cd "$T/acr" && $TL ingest --db "$acr" --quiet a.txt b.txt c.txt d.txt)
(cd "$T/acr" && $TL ingest --db "$T/acr.db" --quiet a.txt b.txt c.txt d.txt)
o1=$(orgs "$T/acr.db"); o2=$(orgs "$acr")
[ "$o1" = "$o2" ] || fail "acronym resolution differs: SQLite $o1, PostgreSQL $o2"
echo "$o2" | grep -q "('Velmar Revolutionary Guard Corps', 2)" || fail "VRGC did not join its expansion: $o2"
$TL show --db "$acr" VRGC --why | grep -q "acronym" || fail "show --why gives no acronym reason"
echo "ok: acronyms join their expansions on PostgreSQL as on SQLite"

# 6. the same graph as SQLite's: the examples and test reports (and the seeds when present) ingested
#    into both give the same export (entities, names, facts with their evidence, documents, ids
#    included: surnames, short forms, shared context, types settled by vote, common words left out),
#    and the same dossiers (a dossier's evidence is fetched a batch of facts at a time on PostgreSQL)
(cd "$T/docs" && $TL ingest --db "$T/same.db" --quiet $(cat "$T/files"))
same=$(pg_newdb same)
(cd "$T/docs" && $TL ingest --db "$same" --quiet $(cat "$T/files"))
$TL export --format json --db "$T/same.db" >"$T/x1"
$TL export --format json --db "$same" >"$T/x2"
cmp -s "$T/x1" "$T/x2" || { diff "$T/x1" "$T/x2" | head -6 >&2; fail "the graph on PostgreSQL differs from SQLite's"; }
ids=$($TL entities --db "$T/same.db" --top --limit 5 --json | python3 -c "
import json,sys; print(' '.join('#%d' % e['id'] for e in json.load(sys.stdin)))")
[ -n "$ids" ] || fail "no entities to compare dossiers of"
for e in $ids; do
    $TL show --db "$T/same.db" "$e" --evidence 3 --why >"$T/d1"
    $TL show --db "$same" "$e" --evidence 3 --why >"$T/d2"
    cmp -s "$T/d1" "$T/d2" || { diff "$T/d1" "$T/d2" | head -6 >&2; fail "the dossier of $e differs"; }
    $TL show --db "$T/same.db" "$e" --json >"$T/d1"
    $TL show --db "$same" "$e" --json >"$T/d2"
    cmp -s "$T/d1" "$T/d2" || { diff "$T/d1" "$T/d2" | head -6 >&2; fail "the JSON dossier of $e differs"; }
done
echo "ok: the same graph and dossiers as SQLite ($(wc -c <"$T/x1" | tr -d ' ') bytes of export; $ids)"

# 7. a write that fails inside an ingest group (sent without waiting, libpq's pipeline mode) fails
#    its document, which is rolled back whole; the documents after it are still stored
bad=$(pg_newdb pipefail)
$TL stats --db "$bad" --json >/dev/null # creates the schema
# every resolution row of a document whose first entity is named "Vexmoor" is refused
"$PG_BIN/psql" -X -q -d "$bad" -c "ALTER TABLE resolution ADD CONSTRAINT no_vexmoor CHECK (matched <> 'Vexmoor Holdings')" \
    || fail "psql"
mkdir "$T/pf"
echo "Vexmoor Holdings paid the Tarsin Brigade in Kelbara, investigators said on Monday." >"$T/pf/a.txt"
echo "Vexmoor Holdings denied paying the Tarsin Brigade, its lawyer said on Tuesday." >"$T/pf/b.txt"
echo "The Tarsin Brigade attacked a convoy near Kelbara on Wednesday, officials said." >"$T/pf/c.txt"
set +e
(cd "$T/pf" && $TL ingest --db "$bad" --quiet a.txt b.txt c.txt) >"$T/pf.out" 2>"$T/pf.err"
rc=$?
set -e
[ $rc -ne 0 ] || fail "a failing write inside a group did not fail the ingest"
grep -q "no_vexmoor" "$T/pf.err" || fail "the failing write's error is not reported: $(head -3 "$T/pf.err")"
docs=$($TL stats --db "$bad" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['documents'])")
[ "$docs" = 2 ] || fail "expected a.txt and c.txt stored, b.txt (its resolution row refused) rolled back: $docs documents"
"$PG_BIN/psql" -X -q -d "$bad" -c "ALTER TABLE resolution DROP CONSTRAINT no_vexmoor" || fail "psql"
(cd "$T/pf" && $TL ingest --db "$bad" --quiet a.txt b.txt c.txt) || fail "the re-run failed"
docs=$($TL stats --db "$bad" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['documents'])")
[ "$docs" = 3 ] || fail "the re-run did not add the rolled-back document: $docs documents"
echo "ok: a failing pipelined write rolls back its document alone"
