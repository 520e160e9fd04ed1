#!/bin/sh
# forget_roundtrip.sh -- `forget` takes away what only a document supported and nothing else; storing the document again gives back the graph it found, corrections included; a reindex changes nothing; documents are named by #id, sha256, a 6+ digit prefix or path.
# Usage: TL=path/to/threadline sh tests/cli/forget_roundtrip.sh   (from the repository root)
set -u
NAME=forget
. "$(dirname "$0")/../lib/cli.sh"
DB="--db $T/g.db"
# the sha256 of the stored document whose path is $1
sha_of() {
    $TL documents $DB --json | python3 -c "import json,sys; print([d['sha256'] for d in json.load(sys.stdin) if d['path'].endswith('$1')][0])"
}

mk one.json <<'J'
{"text": "Nadia Orlov met Viktor Sandel in Lisbon. Orlov works for Grey Harbor Logistics.", "published": "2019-03-12",
 "entities": [["PERSON", "Nadia Orlov", ["Orlov"]], ["PERSON", "Viktor Sandel", []], ["GPE", "Lisbon", []],
              ["ORG", "Grey Harbor Logistics", []]],
 "facts": [["MET", {"a": "Nadia Orlov", "b": "Viktor Sandel"}, {"place": "Lisbon"}],
           ["MEMBER_OF", {"member": "Nadia Orlov", "group": "Grey Harbor Logistics"}, {}]]}
J
mk two.json <<'J'
{"text": "Viktor Sandel met Nadia Orlov in Lisbon. Sandel later fled to Porto with Ilya Brandt.", "published": "2020-05-01",
 "entities": [["PERSON", "Viktor Sandel", ["Sandel"]], ["PERSON", "Nadia Orlov", []], ["GPE", "Lisbon", []],
              ["GPE", "Porto", []], ["PERSON", "Ilya Brandt", []]],
 "facts": [["MET", {"a": "Viktor Sandel", "b": "Nadia Orlov"}, {"place": "Lisbon"}],
           ["TRAVELED_TO", {"person": "Viktor Sandel", "place": "Porto"}, {"time": "2020"}],
           ["ASSOCIATE_OF", {"a": "Ilya Brandt", "b": "Viktor Sandel"}, {}]]}
J
mk three.json <<'J'
{"text": "Grey Harbor Logistics is based in Lisbon.", "published": "2021-01-01",
 "entities": [["ORG", "Grey Harbor Logistics", []], ["GPE", "Lisbon", []]],
 "facts": [["LOCATED_IN", {"entity": "Grey Harbor Logistics", "place": "Lisbon"}, {}]]}
J
$TL ingest $DB --extracted --quiet "$T/one.json" "$T/two.json" "$T/three.json" || { echo "FAIL ingest"; exit 1; }
# a correction about something only the second report names
$TL rename $DB "Ilya Brandt" "Ilya V. Brandt" > /dev/null 2>&1 || bad "rename"
snapshot > "$T/base" || exit 1

# forget the second report (by a 6-digit prefix of its id)
sha=$(sha_of two.json)
prefix=$(echo "$sha" | cut -c1-6)
if $TL forget $DB "$prefix" > "$T/out" 2> "$T/err"; then ok "forget by a 6-digit prefix"; else bad "forget $prefix: $(cat "$T/err")"; fi
snapshot > "$T/gone"
python3 - "$T/base" "$T/gone" <<'EOF' > "$T/check" 2>&1
import json, sys
def load(p):
    e, f = {}, {}
    for line in open(p):
        kind, v = line.split(" ", 1)
        v = json.loads(v)
        if kind == "E": e[v[1]] = v
        else: f[(v[0], tuple(map(tuple, v[1])))] = v
    return e, f
be, bf = load(sys.argv[1]); ge, gf = load(sys.argv[2])
# what only the second report named is gone
assert set(be) - set(ge) == {"Ilya V. Brandt", "Porto"}, set(be) - set(ge)
assert sorted(k[0] for k in set(bf) - set(gf)) == ["ASSOCIATE_OF", "TRAVELED_TO"], set(bf) - set(gf)
# the meeting both reports tell keeps the first report's sentence alone
met = [v for k, v in gf.items() if k[0] == "MET"][0]
assert met[7] == 1 and met[8] == ["Nadia Orlov met Viktor Sandel in Lisbon."], met
assert [v for k, v in bf.items() if k[0] == "MET"][0][7] == 2
# nothing else changed
for k in gf:
    if k[0] != "MET": assert gf[k] == bf[k], (gf[k], bf[k])
print("ok")
EOF
if [ "$(cat "$T/check")" = ok ]; then ok "forget took what only it supported, nothing else"; else bad "forget: $(cat "$T/check")"; fi
# the correction stays recorded, not applicable while nothing bears the name
$TL corrections $DB --json > "$T/corr.json"
if python3 -c "
import json, sys
c = json.load(open('$T/corr.json'))
assert [(x['kind'], x['a'], x['b']) for x in c] == [('rename', 'Ilya Brandt', 'Ilya V. Brandt')], c
assert c[0]['applied'] is False, c" 2> "$T/err"; then ok "the correction is kept, not applicable now"
else bad "correction after forget: $(cat "$T/err")"; fi

# stored again: the graph it found, the rename applied again
$TL ingest $DB --extracted --quiet "$T/two.json" || bad "ingest again"
snapshot > "$T/back"
if cmp -s "$T/base" "$T/back"; then ok "ingest again: the graph is back"; else bad "ingest again: $(diff "$T/base" "$T/back" | head -6)"; fi
# a reindex of pre-extracted reports rebuilds the same graph
$TL reindex $DB --quiet > /dev/null 2>&1 || bad "reindex"
snapshot > "$T/reindexed"
if cmp -s "$T/base" "$T/reindexed"; then ok "reindex: the same graph"; else bad "reindex: $(diff "$T/base" "$T/reindexed" | head -6)"; fi

# other ways to name a document; names that match none
id3=$($TL documents $DB --json | python3 -c "import json,sys; print([d['id'] for d in json.load(sys.stdin) if d['path'].endswith('three.json')][0])")
if $TL forget $DB "#$id3" > /dev/null 2>&1; then ok "forget #id"; else bad "forget #$id3"; fi
p1=$($TL documents $DB --json | python3 -c "import json,sys; print([d['path'] for d in json.load(sys.stdin) if d['path'].endswith('one.json')][0])")
if $TL forget $DB "$p1" > /dev/null 2>&1; then ok "forget by path"; else bad "forget $p1"; fi
for name in "#999" "0000000000" nowhere.json; do
    $TL forget $DB "$name" > "$T/out" 2> "$T/err"
    rc=$?
    if [ "$rc" -eq 3 ] && grep -q "no document" "$T/err"; then ok "forget '$name': exit 3"
    else bad "forget '$name': exit $rc: $(cat "$T/err")"; fi
done
n=$($TL documents $DB --json | python3 -c "import json,sys; print(len(json.load(sys.stdin)))")
if [ "$n" = 1 ]; then ok "one document left"; else bad "$n documents left"; fi

finish
