#!/bin/sh
# coref_facts.sh -- a fact whose argument is a possessive pronoun ("Its
# leader, X") becomes a fact on the named entity the pronoun stands for,
# with the pronoun's sentence as evidence; an "its" with no fitting name
# makes no fact.  Needs $TL (the binary).
set -eu
: "${TL:?set TL to the threadline binary}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cat >"$T/r.txt" <<'TXT'
The Free Tide Movement was founded in 2009 in Bergen. Its leader, Jonas Dahl, was charged in Oslo last year.

The Treasury Department sanctioned Orion Logistics and its founder, Pavel Grek, on Tuesday.

Kemal Osman flew to Riga. Its mayor, Ilze Berzina, met him.
TXT
$TL extract --with-text "$T/r.txt" >"$T/r.json"
python3 - "$T/r.json" <<'PY' || fail "pronoun-argument facts"
import json, sys
d = json.load(open(sys.argv[1]))
text = d["document"]["text"]
name = {e["id"]: e["name"] for e in d["entities"]}
def find(ftype, role0, role1):
    for f in d["facts"]:
        if f["type"] != ftype:
            continue
        a = [name.get(v) for k, v in f["args"].items() if k not in ("by", "to", "from", "status")]
        if role0 in a and role1 in a:
            return f
    return None
f = find("LEADER_OF", "Jonas Dahl", "Free Tide Movement")
assert f, d["facts"]
ev = text[f["evidence"][0][0]:f["evidence"][0][1]]
assert ev.startswith("Its leader, Jonas Dahl"), ev
f = find("FOUNDED", "Pavel Grek", "Orion Logistics")
assert f, d["facts"]
assert not find("FOUNDED", "Pavel Grek", "Treasury Department"), d["facts"]
# "its" never stands for a person: Riga's mayor, not Osman's
assert not find("LEADER_OF", "Ilze Berzina", "Kemal Osman"), d["facts"]
PY
echo "coref_facts: ok"
