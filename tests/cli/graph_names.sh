#!/bin/sh
# graph_names.sh -- names of one thing become one entity of the graph: a given name alone, an acronym explained in
# square brackets, "DoJ" for a department "of" something, an office of a state typed as an organization, a
# place with and without its designator ("Gaza Strip", "Gaza").
set -eu
: "${TL:?set TL to the threadline binary}"
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# TL_TEST_DB runs the test on another store (a PostgreSQL URI: tests/cli/pg_backend.sh)
DB="--db ${TL_TEST_DB:-$T/t.db}"
fail() { echo "FAIL: $*" >&2; exit 1; }
show() { $TL show $DB "$1" --json 2>/dev/null | python3 -c "import json,sys; d=json.load(sys.stdin); print(d['id'], d['type'])"; }

cat > "$T/a.txt" <<'D'
Prosecutors said Dorian Valcourt bought the rifles in Lyon in March. Dorian later sold them to a broker in Geneva.

"He served in the VSK [Velmar Security Command] for years," the US Department of Fisheries said.
D
cat > "$T/b.txt" <<'D'
The Velmar Security Command denied that Dorian Valcourt had served in it, the Department of Fisheries said.
D
cat > "$T/c.txt" <<'D'
Rockets were fired from the Tarvel Strip on Monday. Fighters in Tarvel said the Kesh Brigades fired them. The
Kesh Party denied it. Kesh called the claim a lie. Police detained three Azeris in a border village. The
Azerbaijanis were freed on Monday.
D
$TL ingest $DB --quiet "$T/a.txt" "$T/b.txt" "$T/c.txt"

# a given name alone is the person named in full before it
[ "$(show Dorian)" = "$(show 'Dorian Valcourt')" ] || fail "given name not joined to the full name"
# an acronym explained in square brackets, across documents too
[ "$(show VSK)" = "$(show 'Velmar Security Command')" ] || fail "bracketed acronym not joined"
# an office of a state is an organization, and one with or without "US"
show "US Department of Fisheries" | grep -q ' ORG$' || fail "department not an organization"
[ "$(show 'US Department of Fisheries')" = "$(show 'Department of Fisheries')" ] || fail "department split"
# a place with and without its kind
[ "$(show Tarvel)" = "$(show 'Tarvel Strip')" ] || fail "Tarvel Strip and Tarvel split"
# two demonyms of one country with one stem
[ "$(show Azeris)" = "$(show Azerbaijanis)" ] || fail "Azeris and Azerbaijanis split"
# a unit named "X Brigades" is not X; "X Party" is
[ "$(show 'Kesh Brigades')" != "$(show 'Kesh Party')" ] || fail "Kesh Brigades joined Kesh Party"
[ "$(show Kesh)" = "$(show 'Kesh Party')" ] || fail "Kesh is not the Kesh Party"

# an organization's last two words join it across documents with shared context ("why" says so), not without
mk() { python3 "$HERE/fixtures/mkdoc.py" "$T/$1"; }
mk s1.json <<'J'
{"text": "Orvan Tesk served in the Velmar Revolutionary Guard Corps in Norvask.",
 "entities": [["PERSON", "Orvan Tesk", []], ["ORG", "Velmar Revolutionary Guard Corps", []], ["GPE", "Norvask", []]]}
J
mk s2.json <<'J'
{"text": "Orvan Tesk left the Revolutionary Guards in Norvask.",
 "entities": [["PERSON", "Orvan Tesk", []], ["ORG", "Revolutionary Guards", []], ["GPE", "Norvask", []]]}
J
mk s3.json <<'J'
{"text": "The Security Service of Kelmar said nothing.",
 "entities": [["ORG", "Security Service", []], ["GPE", "Kelmar", []]]}
J
mk s4.json <<'J'
{"text": "The Velmar State Security Service met in Orlune.",
 "entities": [["ORG", "Velmar State Security Service", []], ["GPE", "Orlune", []]]}
J
DB="--db $T/s.db"
$TL ingest $DB --extracted --quiet "$T/s1.json" "$T/s2.json" "$T/s3.json" "$T/s4.json"
[ "$(show 'Revolutionary Guards')" = "$(show 'Velmar Revolutionary Guard Corps')" ] || fail "short form with context not joined"
$TL show $DB "Velmar Revolutionary Guard Corps" --why | grep -q "short form, with shared context" || fail "why does not say short form"
[ "$(show 'Security Service')" != "$(show 'Velmar State Security Service')" ] || fail "short form without context joined"
echo ok
