#!/bin/sh
# show_why.sh -- `show --why`, in text and JSON: why each document's mention joined the entity (first seen, same full name), the analyst corrections that name it, and what a merge adds; `show --evidence N` limits the sentences per fact in text (JSON gives all).
# Usage: TL=path/to/threadline sh tests/cli/show_why.sh   (from the repository root)
set -u
NAME=show-why
. "$(dirname "$0")/../lib/cli.sh"
DB="--db $T/w.db"

mk w1.json <<'J'
{"text": "Ilsa Marrow met Teodor Vance in Quarnby.", "published": "2020-03-01",
 "entities": [["PERSON", "Ilsa Marrow", []], ["PERSON", "Teodor Vance", []], ["GPE", "Quarnby", []]],
 "facts": [["MET", {"a": "Ilsa Marrow", "b": "Teodor Vance"}, {"place": "Quarnby"}]]}
J
mk w2.json <<'J'
{"text": "Ilsa Marrow flew to Quarnby again. Ilsa Marrow met Teodor Vance in Quarnby.", "published": "2021-03-01",
 "entities": [["PERSON", "Ilsa Marrow", []], ["PERSON", "Teodor Vance", []], ["GPE", "Quarnby", []]],
 "facts": [["TRAVELED_TO", {"person": "Ilsa Marrow", "place": "Quarnby"}, {}],
           ["MET", {"a": "Ilsa Marrow", "b": "Teodor Vance"}, {"place": "Quarnby"}]]}
J
mk w3.json <<'J'
{"text": "Sister Ilsa preached in Quarnby.", "published": "2022-03-01",
 "entities": [["PERSON", "Sister Ilsa", []], ["GPE", "Quarnby", []]], "facts": []}
J
$TL ingest $DB --extracted --quiet "$T/w1.json" "$T/w2.json" "$T/w3.json" || { echo "FAIL ingest"; exit 1; }
$TL alias add $DB "Ilsa Marrow" "Lady M" > /dev/null 2>&1 || bad "alias add"

# text
$TL show $DB "Ilsa Marrow" --why > "$T/why.txt" 2> "$T/err"
rc=$?
if [ "$rc" -eq 0 ] && [ ! -s "$T/err" ]; then ok "show --why: exit 0"; else bad "show --why: exit $rc $(cat "$T/err")"; fi
for line in 'why these are one entity' \
    '2020-03-01 w1.json: "Ilsa Marrow" -- first seen here' \
    '2021-03-01 w2.json: "Ilsa Marrow" -- same full name ("Ilsa Marrow" = "Ilsa Marrow")' \
    'correction 1: alias-add Ilsa Marrow -> Lady M' \
    'aka  Lady M  (analyst alias)'; do
    if grep -qF -- "$line" "$T/why.txt"; then ok "text has: $line"; else bad "text lacks: $line"; fi
done
# without --why, no reasons
$TL show $DB "Ilsa Marrow" > "$T/plain.txt" 2>&1
if grep -q 'why these are one entity' "$T/plain.txt"; then bad "show without --why gives reasons"; else ok "no reasons without --why"; fi

# JSON
$TL show $DB "Ilsa Marrow" --why --json > "$T/why.json" 2> "$T/err"
if python3 - "$T/why.json" <<'EOF'
import json, sys
j = json.load(open(sys.argv[1]))
w = j["why"]
docs = [x for x in w if "doc" in x]
assert [(x["path"], x["name"], x["why"], x["by_context"]) for x in docs] == \
    [("w1.json", "Ilsa Marrow", "first seen here", False), ("w2.json", "Ilsa Marrow", "same full name", False)], docs
assert "matched" not in docs[0] and docs[1]["matched"] == docs[1]["joined"] == "Ilsa Marrow", docs
corr = [x for x in w if x["why"] == "analyst correction"]
assert corr == [{"why": "analyst correction", "correction": 1, "kind": "alias-add", "b": "Lady M", "applied": True}], corr
EOF
then ok "show --why --json: reasons per document and the correction"; else bad "show --why --json: $(head -c 300 "$T/why.json")"; fi

# a merge joins another document's entity: listed as a correction of the entity
$TL merge $DB "Ilsa Marrow" "Sister Ilsa" > /dev/null 2>&1 || bad "merge"
$TL show $DB "Ilsa Marrow" --why --json > "$T/why2.json" 2>/dev/null
if python3 - "$T/why2.json" <<'EOF'
import json, sys
j = json.load(open(sys.argv[1]))
w = j["why"]
assert {x["path"] for x in w if "doc" in x} == {"w1.json", "w2.json", "w3.json"}, w
kinds = [x["kind"] for x in w if x["why"] == "analyst correction"]
assert kinds == ["alias-add", "merge"], kinds
assert j["documents"] == 3, j["documents"]
EOF
then ok "after a merge: three documents, the merge listed"; else bad "after a merge: $(head -c 300 "$T/why2.json")"; fi

# --evidence N limits the sentences shown per fact in text; JSON gives all
for n in 1 2; do
    got=$($TL show $DB "Teodor Vance" --evidence $n 2>/dev/null | grep -c '^        "')
    if [ "$got" -eq "$n" ]; then ok "show --evidence $n: $n sentences"; else bad "show --evidence $n: $got sentences"; fi
done
$TL show $DB "Teodor Vance" --evidence 1 --json > "$T/ev.json" 2>/dev/null
if python3 - "$T/ev.json" <<'EOF'
import json, sys
j = json.load(open(sys.argv[1]))
met = j["facts_by_type"]["MET"][0]
assert met["n_evidence"] == 2 and len(met["evidence"]) == 2, met
assert [e["path"] for e in met["evidence"]] == ["w1.json", "w2.json"], met["evidence"]
EOF
then ok "show --json gives every sentence, oldest first"; else bad "show --json evidence: $(head -c 300 "$T/ev.json")"; fi

finish
