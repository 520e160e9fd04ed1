#!/bin/sh
# graph_resolution.sh -- resolution across documents that explains itself (show --why): one name key for both passes
# (Turkic letters, transliterations), lone surnames need shared context, close names of different things stay apart.
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

mk r1.json <<'J'
{"text": "Qasem Velari met Emre Yıldırım and Farid Aliyev in Norvask. Velari leads the Tessal Front. Bram Okoro of the Tessal Front was there.",
 "entities": [["PERSON", "Qasem Velari", ["Velari"]], ["PERSON", "Emre Yıldırım", []], ["PERSON", "Farid Aliyev", []],
              ["GPE", "Norvask", []], ["ORG", "Tessal Front", []], ["PERSON", "Bram Okoro", []]],
 "facts": [["MET", {"a": "Qasem Velari", "b": "Emre Yıldırım"}, {"place": "Norvask"}],
           ["LEADER_OF", {"leader": "Qasem Velari", "group": "Tessal Front"}, {}]]}
J
mk r2.json <<'J'
{"text": "Ghasem Velari was seen again. Emre Yildirim spoke. Farid Aliyov denied it. Lina Okoro, a lawyer, said nothing.",
 "entities": [["PERSON", "Ghasem Velari", []], ["PERSON", "Emre Yildirim", []], ["PERSON", "Farid Aliyov", []],
              ["PERSON", "Lina Okoro", []]]}
J
mk r3.json <<'J'
{"text": "Velari was back in Norvask with the Tessal Front.",
 "entities": [["PERSON", "Velari", []], ["GPE", "Norvask", []], ["ORG", "Tessal Front", []]]}
J
mk r4.json <<'J'
{"text": "Okoro said little.",
 "entities": [["PERSON", "Okoro", []]]}
J
mk r5.json <<'J'
{"text": "Norvask said the Norvask Brigade was not its army.",
 "entities": [["GPE", "Norvask", []], ["ORG", "Norvask Brigade", []]]}
J
mk r6.json <<'J'
{"text": "Velmar Region - Tessal Front fighters moved. The Tessal Front denied it.",
 "entities": [["ORG", "Velmar Region - Tessal Front", ["Tessal Front"]]]}
J
$TL ingest $DB --extracted --quiet "$T/r1.json" "$T/r2.json" "$T/r3.json" "$T/r4.json" "$T/r5.json" "$T/r6.json"

# transliteration (Qasem = Ghasem) and Turkic letters join, and say why
[ "$(id 'Ghasem Velari')" = "$(id 'Qasem Velari')" ] || fail "Ghasem/Qasem not joined"
[ "$(id 'Emre Yildirim')" = "$(id 'Emre Yıldırım')" ] || fail "Yıldırım/Yildirim not joined"
$TL show $DB "Qasem Velari" --why | grep -q "transliteration" || fail "show --why does not say transliteration"
$TL show $DB "Emre Yildirim" --why --json | python3 -c "
import json,sys; d=json.load(sys.stdin); w=[x['why'] for x in d['why']]
assert w[0]=='first seen here' and len(w)==2, w"
# one key for both passes: -ev and -ov stay apart across documents as in one
[ "$(id 'Farid Aliyev')" != "$(id 'Farid Aliyov')" ] || fail "Aliyev/Aliyov joined"
# a lone surname joins with shared context (Norvask, Tessal Front) ...
$TL show $DB "Qasem Velari" --why | grep -q "surname, with shared context" || fail "lone surname with context not joined"
# ... and not without: "Okoro" alone shares nothing with either Okoro
[ "$(id 'Bram Okoro')" != "$(id 'Lina Okoro')" ] || fail "two people sharing a surname joined"
$TL entities $DB --type PERSON --json | python3 -c "
import json,sys; d=json.load(sys.stdin); assert 'Okoro' in [e['name'] for e in d], d" || fail "lone Okoro joined someone"
# a country and the unit named after it stay apart
[ "$(id 'Norvask')" != "$(id 'Norvask Brigade')" ] || fail "country and brigade joined"
# a canonical name comes from a well-formed mention, not one with a place glued to it
$TL show $DB "Tessal Front" --json | python3 -c "
import json,sys; d=json.load(sys.stdin); assert d['name']=='Tessal Front', d['name']" || fail "glued name became canonical"
echo ok
