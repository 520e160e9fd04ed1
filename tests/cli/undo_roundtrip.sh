#!/bin/sh
# undo_roundtrip.sh -- every kind of correction, then `undo`, gives back the graph it found (entities, names, facts, modality, evidence); undo by id takes back that one alone; undo with nothing to undo or a bad id fails cleanly; --json of corrections and undo.
# Usage: TL=path/to/threadline sh tests/cli/undo_roundtrip.sh   (from the repository root)
set -u
NAME=undo
. "$(dirname "$0")/../lib/cli.sh"
DB="--db $T/g.db"

mk one.json <<'J'
{"text": "Ilsa Marrow met Teodor Vance in Quarnby. Marrow leads the Silt Brothers.", "published": "2020-03-01",
 "entities": [["PERSON", "Ilsa Marrow", ["Marrow"]], ["PERSON", "Teodor Vance", []], ["GPE", "Quarnby", []],
              ["ORG", "Silt Brothers", []]],
 "facts": [["MET", {"a": "Ilsa Marrow", "b": "Teodor Vance"}, {"place": "Quarnby"}],
           ["LEADER_OF", {"leader": "Ilsa Marrow", "group": "Silt Brothers"}, {}]]}
J
mk two.json <<'J'
{"text": "Police arrested T. Vance in Quarnby. The Silt Brothers said nothing.", "published": "2021-05-02",
 "entities": [["PERSON", "T. Vance", []], ["GPE", "Quarnby", []], ["ORG", "Silt Brothers", []]],
 "facts": [["ARRESTED", {"person": "T. Vance"}, {"time": "2021", "place": "Quarnby"}]]}
J
mk three.json <<'J'
{"text": "Ilsa Marrow, known as Sister Ilsa, funded the Silt Brothers. Sister Ilsa denied it.", "published": "2022-01-09",
 "entities": [["PERSON", "Ilsa Marrow", ["Sister Ilsa"]], ["ORG", "Silt Brothers", []]],
 "facts": [["SUPPORTS", {"supporter": "Ilsa Marrow", "supported": "Silt Brothers"}, {"modality": "alleged"}]]}
J
$TL ingest $DB --extracted --quiet "$T/one.json" "$T/two.json" "$T/three.json" || { echo "FAIL ingest"; exit 1; }
snapshot > "$T/base" || exit 1
[ -s "$T/base" ] || { echo "FAIL empty snapshot"; exit 1; }

# correction -> the graph changed -> undo -> the graph is the one before
roundtrip() { # label correction-args...
    label=$1; shift
    if ! "$TL" "$@" $DB > "$T/corr.out" 2> "$T/corr.err"; then bad "$label: refused: $(cat "$T/corr.err")"; return; fi
    snapshot > "$T/after"
    if cmp -s "$T/base" "$T/after"; then bad "$label: the correction changed nothing"; return; fi
    if ! $TL undo $DB --json > "$T/undo.json" 2> "$T/undo.err"; then bad "$label: undo failed: $(cat "$T/undo.err")"; return; fi
    if ! python3 -c "import json,sys; u=json.load(open(sys.argv[1])); assert u['undone'] > 0 and u['correction']" "$T/undo.json"; then
        bad "$label: undo --json: $(cat "$T/undo.json")"; return
    fi
    snapshot > "$T/back"
    if cmp -s "$T/base" "$T/back"; then ok "$label, then undo: the graph is back"
    else bad "$label, then undo: $(diff "$T/base" "$T/back" | head -6)"; fi
}
roundtrip "merge" merge "Teodor Vance" "T. Vance"
roundtrip "rename" rename "Silt Brothers" "The Silt Brotherhood"
roundtrip "alias add" alias add "Quarnby" "Quarnby Town"
roundtrip "alias remove" alias remove "Ilsa Marrow" "Marrow"
roundtrip "split" split "Ilsa Marrow" --name "Sister Ilsa"
fid=$($TL facts $DB --type SUPPORTS --json | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['id'])")
roundtrip "fact reject" fact reject "$fid"

# every undo above removed its correction
n=$($TL corrections $DB --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")
if [ "$n" = 0 ]; then ok "no correction left"; else bad "$n corrections left"; fi
# nothing to undo: exit 3, says so, the graph untouched
$TL undo $DB > "$T/out" 2> "$T/err"
rc=$?
if [ "$rc" -eq 3 ] && [ ! -s "$T/out" ] && [ -s "$T/err" ]; then ok "undo with nothing recorded: exit 3"
else bad "undo with nothing recorded: exit $rc: $(cat "$T/err")"; fi
for badid in 0 -4 abc "#x"; do
    $TL undo $DB -- "$badid" > "$T/out" 2> "$T/err"
    rc=$?
    if [ "$rc" -eq 2 ] && grep -q "give a correction id" "$T/err"; then ok "undo '$badid': exit 2"
    else bad "undo '$badid': exit $rc: $(cat "$T/err")"; fi
done

# undo by id takes back that correction alone: a merge and a rename, the
# merge undone by its id, the rename stays (and is listed as applied)
$TL merge $DB "Teodor Vance" "T. Vance" > /dev/null 2>&1
$TL rename $DB "Silt Brothers" "Silt Brotherhood" > /dev/null 2>&1
$TL corrections $DB --json > "$T/corr.json"
mid=$(python3 -c "import json,sys; print([c['id'] for c in json.load(open(sys.argv[1])) if c['kind']=='merge'][0])" "$T/corr.json")
if python3 - "$T/corr.json" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))
assert [x["kind"] for x in c] == ["merge", "rename"], c
assert c[0]["a"] == "Teodor Vance" and c[0]["b"] == "T. Vance", c[0]
assert c[1]["b"] == "Silt Brotherhood" and all(x["applied"] for x in c), c
assert all(len(x["created_at"]) >= 19 for x in c), c
EOF
then ok "corrections --json: kinds, names, applied, created_at"; else bad "corrections --json: $(cat "$T/corr.json")"; fi
$TL undo $DB "#$mid" > "$T/out" 2>&1 || bad "undo #$mid: $(cat "$T/out")"
grep -q "undid correction $mid (merge Teodor Vance -> T. Vance)" "$T/out" && ok "undo #ID names what it undid" || bad "undo #ID said: $(cat "$T/out")"
if $TL show $DB "Silt Brotherhood" > /dev/null 2>&1 && $TL show $DB "T. Vance" --json > "$T/tv.json" 2>/dev/null &&
    python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['name']=='T. Vance', d['name']" "$T/tv.json"; then
    ok "undo by id: the merge is gone, the rename stays"
else bad "undo by id: the other correction did not survive"; fi
$TL undo $DB "$mid" > "$T/out" 2> "$T/err"
rc=$?
if [ "$rc" -eq 3 ] && grep -q "no correction $mid" "$T/err"; then ok "undo of an undone id: exit 3"
else bad "undo of an undone id: exit $rc: $(cat "$T/err")"; fi

finish
