#!/bin/sh
# export.sh -- `threadline export` on a store of examples/: JSON, GraphML and STIX 2.1 parse, counts
# match `stats`, STIX ids and references are valid, output is deterministic, subsets (--entity/--hops,
# --type), hostile names escaped in every format, bad arguments fail on stderr.  Needs $TL (the binary).
set -eu
: "${TL:?set TL to the threadline binary}"
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
DB="--db $T/t.db"
fail() { echo "FAIL: $*" >&2; exit 1; }

$TL ingest $DB --quiet "$ROOT/examples"
$TL stats $DB --json >"$T/stats.json"

# ---- json: parses, counts match stats
$TL export $DB --format json >"$T/a.json"
python3 - "$T/a.json" "$T/stats.json" <<'EOF' || fail "json export"
import json, sys
d = json.load(open(sys.argv[1])); s = json.load(open(sys.argv[2]))
assert d["threadline_export"] == 1
assert len(d["entities"]) == s["entities"], (len(d["entities"]), s["entities"])
assert len(d["facts"]) == s["facts"], (len(d["facts"]), s["facts"])
assert len(d["documents"]) <= s["documents"] and d["documents"]
ids = {e["id"] for e in d["entities"]}
assert len(ids) == len(d["entities"])
for e in d["entities"]:
    assert e["type"] in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT") and e["name"], e
    assert isinstance(e["aliases"], list) and e["documents"] >= 1
n_ev = 0
for f in d["facts"]:
    assert f["roles"] and all(v in ids for v in f["roles"].values()), f
    assert f["modality"] in ("asserted", "reported", "alleged", "negated")
    assert f["place"] is None or f["place"] in ids
    assert f["source"] is None or f["source"] in ids
    assert len(f["evidence"]) == f["n_evidence"] >= 1, f
    for ev in f["evidence"]:
        assert len(ev["doc_id"]) == 64 and ev["text"] and ev["span"][0] < ev["span"][1]
    n_ev += len(f["evidence"])
assert n_ev == s["evidence"], (n_ev, s["evidence"])
EOF

# ---- graphml: well-formed, a node per entity, an edge per fact, edges between nodes
$TL export $DB --format graphml >"$T/a.graphml"
python3 - "$T/a.graphml" "$T/stats.json" <<'EOF' || fail "graphml export"
import json, sys, xml.etree.ElementTree as ET
s = json.load(open(sys.argv[2]))
g = "{http://graphml.graphdrawing.org/xmlns}"
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == g + "graphml"
keys = {k.get("id"): k for k in root.findall(g + "key")}
graph = root.find(g + "graph")
assert graph.get("edgedefault") == "directed"
nodes = graph.findall(g + "node"); edges = graph.findall(g + "edge")
assert len(nodes) == s["entities"], (len(nodes), s["entities"])
assert len(edges) == s["facts"], (len(edges), s["facts"])
ids = {n.get("id") for n in nodes}
for e in edges:
    assert e.get("source") in ids and e.get("target") in ids, e.attrib
    data = {x.get("key"): x.text for x in e.findall(g + "data")}
    assert all(k in keys and keys[k].get("for") == "edge" for k in data)
    assert data["symmetric"] == ("true" if data["fact_type"] in ("ASSOCIATE_OF", "FAMILY_OF", "MET") else "false")
    assert int(data["n_evidence"]) >= 1 and data["evidence"]
for n in nodes:
    data = {x.get("key"): x.text for x in n.findall(g + "data")}
    assert all(k in keys and keys[k].get("for") == "node" for k in data)
    assert data["name"] and data["type"] and int(data["n_docs"]) >= 1
EOF
# a real reader: NetworkX (when installed) refuses, for one, graphs mixing directed and undirected edges
if python3 -c "import networkx" 2>/dev/null; then
    python3 - "$T/a.graphml" "$T/stats.json" <<'EOF' || fail "networkx cannot read the graphml export"
import json, sys, networkx as nx
s = json.load(open(sys.argv[2]))
G = nx.read_graphml(sys.argv[1])
assert G.is_directed() and G.number_of_nodes() == s["entities"], G
assert G.number_of_edges() == s["facts"], (G.number_of_edges(), s["facts"])
assert all(isinstance(d["n_docs"], int) for _, d in G.nodes(data=True))
EOF
fi

# ---- stix: a valid-looking STIX 2.1 bundle
cat >"$T/check_stix.py" <<'EOF'
import json, re, sys
b = json.load(open(sys.argv[1]))
want_entities = int(sys.argv[2]) if len(sys.argv) > 2 else None
want_facts = int(sys.argv[3]) if len(sys.argv) > 3 else None
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
ID = re.compile(r"^[a-z0-9-]+--" + UUID + "$")
TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")
assert b["type"] == "bundle" and re.match(r"^bundle--" + UUID + "$", b["id"]), b["id"]
objs = b["objects"]
ids = [o["id"] for o in objs]
assert len(ids) == len(set(ids)), "duplicate ids"
byid = {o["id"]: o for o in objs}
count = {}
for o in objs:
    for k in ("type", "spec_version", "id", "created", "modified"):
        assert k in o, (k, o)
    assert o["spec_version"] == "2.1"
    assert ID.match(o["id"]) and o["id"].split("--")[0] == o["type"], o["id"]
    assert TS.match(o["created"]) and TS.match(o["modified"]), o
    for k, v in o.items():  # STIX: no empty lists, no nulls, custom names x_...
        assert v is not None and v != [], (k, o)
        assert re.match(r"^[a-z0-9_]{3,250}$", k) or k == "id", k
    count[o["type"]] = count.get(o["type"], 0) + 1
    t = o["type"]
    if t == "identity":
        assert o["name"] and o["identity_class"] in ("individual", "organization", "class", "group")
    elif t == "location":
        assert o["name"] and ("region" in o or "country" in o), o
        assert "country" not in o or re.match(r"^[A-Z]{2}$", o["country"])
    elif t == "campaign":
        assert o["name"]
    elif t == "relationship":
        assert re.match(r"^[a-z0-9-]+$", o["relationship_type"]), o["relationship_type"]
        assert o["source_ref"] in byid and o["target_ref"] in byid, o
        assert byid[o["source_ref"]]["type"] in ("identity", "location", "campaign")
        assert o["description"]
        assert "start_time" not in o or TS.match(o["start_time"])
        assert o["x_threadline_modality"] in ("asserted", "reported", "alleged", "negated")
    elif t == "note":
        assert o["content"] and o["object_refs"] and all(r in byid for r in o["object_refs"])
    elif t == "report":
        assert o["name"] and TS.match(o["published"]) and o["object_refs"]
        assert all(r in byid for r in o["object_refs"]), o["name"]
    else:
        raise AssertionError("unexpected type " + t)
    for k, v in o.items():
        if k.endswith("_ref"):
            assert v in byid, (k, v)
ent = sum(count.get(t, 0) for t in ("identity", "location", "campaign"))
facts = count.get("relationship", 0) + count.get("note", 0)
if want_entities is not None:
    assert ent == want_entities, (ent, want_entities)
if want_facts is not None:
    assert facts == want_facts, (facts, want_facts)
print(count)
EOF
$TL export $DB --format stix >"$T/a.stix"
ne=$(python3 -c "import json,sys; print(json.load(open('$T/stats.json'))['entities'])")
nf=$(python3 -c "import json,sys; print(json.load(open('$T/stats.json'))['facts'])")
python3 "$T/check_stix.py" "$T/a.stix" "$ne" "$nf" >/dev/null || fail "stix export"
# the examples name Georgia, Iran...: those locations carry their ISO code (needs the gazetteer)
if $TL extract "$ROOT/examples/05-sentencing-report.txt" | grep -q '"GPE"'; then
    python3 -c "
import json; b=json.load(open('$T/a.stix'))
loc={o['name']:o for o in b['objects'] if o['type']=='location'}
assert loc.get('Georgia',{}).get('country')=='GE', loc.get('Georgia')
assert loc.get('Iran',{}).get('country')=='IR', loc.get('Iran')" || fail "location without country code"
fi

# deterministic: byte-identical runs, --output gives the same bytes
for f in json graphml stix; do
    $TL export $DB --format $f >"$T/b.$f"
    cmp -s "$T/a.$f" "$T/b.$f" || fail "$f export differs between two runs"
done
$TL export $DB --format stix --output "$T/o.stix"
cmp -s "$T/a.stix" "$T/o.stix" || fail "--output differs from stdout"
ls "$T" | grep -q '\.tmp' && fail "temporary file left behind"
# --timestamp sets created/modified; ids do not depend on it
$TL export $DB --format stix --timestamp 2025-01-02T03:04:05Z >"$T/ts.stix"
python3 -c "
import json; a=json.load(open('$T/a.stix')); b=json.load(open('$T/ts.stix'))
assert all(o['created']=='2025-01-02T03:04:05.000Z' for o in b['objects'])
assert [o['id'] for o in a['objects']]==[o['id'] for o in b['objects']]" || fail "--timestamp"

# ---- subsets: a neighbourhood, types
$TL export $DB --format json --entity "Elchin Guliyev" --hops 1 >"$T/n.json"
$TL neighbors $DB "Elchin Guliyev" --json >"$T/nb.json"
python3 - "$T/n.json" "$T/nb.json" <<'EOF' || fail "neighbourhood export"
import json, sys
d = json.load(open(sys.argv[1])); nb = json.load(open(sys.argv[2]))
names = {e["name"] for e in d["entities"]}
assert "Elchin Guliyev" in names
assert len(d["entities"]) == len(nb) + 1, (len(d["entities"]), len(nb))
ids = {e["id"] for e in d["entities"]}
assert d["facts"] and all(set(f["roles"].values()) <= ids for f in d["facts"])
EOF
$TL export $DB --format stix --entity "Elchin Guliyev" --hops 0 >"$T/n0.stix"
python3 "$T/check_stix.py" "$T/n0.stix" 1 >/dev/null || fail "--hops 0 is the entity alone"
$TL export $DB --format json --type PERSON,ARRESTED | python3 -c "
import json,sys; d=json.load(sys.stdin)
assert d['entities'] and all(e['type']=='PERSON' for e in d['entities'])
assert d['facts'] and all(f['type']=='ARRESTED' for f in d['facts'])" || fail "--type"
$TL export $DB --format graphml --type GPE | python3 -c "
import sys, xml.etree.ElementTree as ET; ET.parse(sys.stdin)" || fail "--type graphml"
$TL export $DB --format stix --since 2021 --until 2021 >"$T/since.stix"
python3 "$T/check_stix.py" "$T/since.stix" >/dev/null || fail "--since stix"
python3 -c "
import json; b=json.load(open('$T/since.stix'))
r=[o for o in b['objects'] if o['type'] in ('relationship','note')]
assert r and all(o.get('x_threadline_time','').startswith('2021') for o in r)" || fail "--since/--until"

# rejected facts: left out, or marked (STIX: revoked) with --rejected
cp "$T/t.db" "$T/r.db"
fid=$($TL facts --db "$T/r.db" --type MEMBER_OF --json | python3 -c "import json,sys; print(json.load(sys.stdin)[0]['id'])")
$TL fact reject --db "$T/r.db" "$fid" >/dev/null
$TL export --db "$T/r.db" --format json | python3 -c "
import json,sys; d=json.load(sys.stdin); assert len(d['facts'])==$nf-1 and $fid not in [f['id'] for f in d['facts']]" \
    || fail "a rejected fact was exported"
$TL export --db "$T/r.db" --format stix --rejected >"$T/r.stix"
python3 "$T/check_stix.py" "$T/r.stix" "$ne" "$nf" >/dev/null || fail "stix --rejected"
python3 -c "
import json; b=json.load(open('$T/r.stix'))
r=[o for o in b['objects'] if o.get('revoked')]
assert len(r)==1 and r[0]['x_threadline_fact_id']==$fid, r" || fail "rejected fact not revoked"

# ---- hostile names: quotes, angle brackets, ampersands, newlines survive every format
python3 - "$T/hostile.json" <<'EOF'
import hashlib, json, sys
p = 'Jo "Bo" O\'Hara <x> & Co'
o = 'A&B <Group> "Tiger\'s" ]]> \\ end'
text = "%s joined %s in 2020.\nLine\nBreak was there." % (p, o)
ents = [("e1", "PERSON", p), ("e2", "ORG", o), ("e3", "PERSON", "Line\nBreak")]
doc = {"document": {"id": hashlib.sha256(text.encode()).hexdigest(), "path": "hostile <&>.json",
                    "title": 'The "<hostile>" & report', "published": "2020-05-01", "text": text},
       "entities": [], "facts": []}
for i, t, n in ents:
    s = len(text.encode()[:text.encode().index(n.encode())])
    doc["entities"].append({"id": i, "type": t, "name": n, "aliases": [], "mentions": [[s, s + len(n.encode())]]})
end = len(("%s joined %s in 2020." % (p, o)).encode())
doc["facts"].append({"id": "f1", "type": "MEMBER_OF", "args": {"member": "e1", "group": "e2"},
                     "time": {"text": "in 2020", "value": "2020"}, "place": None, "amount": None,
                     "modality": "asserted", "source": None, "evidence": [[0, end]]})
json.dump(doc, open(sys.argv[1], "w"))
EOF
HDB="--db $T/h.db"
$TL ingest $HDB --extracted --quiet "$T/hostile.json"
$TL export $HDB --format json >"$T/h.json"
$TL export $HDB --format graphml >"$T/h.graphml"
$TL export $HDB --format stix >"$T/h.stix"
python3 - "$T" <<'EOF' || fail "hostile names"
import json, sys, xml.etree.ElementTree as ET
T = sys.argv[1]
p = 'Jo "Bo" O\'Hara <x> & Co'
o = 'A&B <Group> "Tiger\'s" ]]> \\ end'
d = json.load(open(T + "/h.json"))
names = {e["name"] for e in d["entities"]}
assert p in names and o in names, names
assert d["documents"][0]["title"] == 'The "<hostile>" & report'
g = "{http://graphml.graphdrawing.org/xmlns}"
root = ET.parse(T + "/h.graphml").getroot()
xn = {x.text for n in root.iter(g + "node") for x in n.findall(g + "data") if x.get("key") == "name"}
assert p in xn and o in xn, xn
assert any("\n" in (n or "") for n in xn), xn  # the newline came back as a newline
ev = [x.text for e in root.iter(g + "edge") for x in e.findall(g + "data") if x.get("key") == "evidence"]
assert ev and p in ev[0], ev
b = json.load(open(T + "/h.stix"))
sn = {x.get("name") for x in b["objects"]}
assert p in sn and o in sn and 'The "<hostile>" & report' in sn, sn
EOF
python3 "$T/check_stix.py" "$T/h.stix" >/dev/null || fail "hostile stix"

# ---- ambiguous and unknown entities (exit 3, candidates on stderr)
$TL ingest --db "$T/f.db" --extracted --quiet "$HERE/fixtures"
set +e
$TL export --db "$T/f.db" --format json --entity Mehdiyev >"$T/out" 2>"$T/err"; rc=$?
set -e
[ $rc -eq 3 ] || fail "ambiguous entity: exit $rc, expected 3"
grep -q "Khalid Mehdiyev" "$T/err" && grep -q "Ramil Mehdiyev" "$T/err" || fail "candidates not listed"
[ -s "$T/out" ] && fail "output written for an ambiguous entity"
python3 "$T/check_stix.py" /dev/stdin <<EOF >/dev/null || fail "fixtures stix"
$($TL export --db "$T/f.db" --format stix)
EOF

# ---- bad arguments: non-zero, a message on stderr, nothing on stdout
bad() { # expected-exit args...
    want=$1; shift
    set +e
    $TL export "$@" >"$T/out" 2>"$T/err"; rc=$?
    set -e
    [ $rc -eq "$want" ] || fail "export $*: exit $rc, expected $want"
    [ -s "$T/err" ] || fail "export $*: no message on stderr"
    [ -s "$T/out" ] && fail "export $*: wrote to stdout"
    return 0
}
bad 2 $DB
bad 2 $DB --format xml
bad 2 $DB --format json --type WIZARD
bad 2 $DB --format json --hops 2
bad 2 $DB --format json --entity "Elchin Guliyev" --hops 9
bad 2 $DB --format stix --timestamp yesterday
bad 2 $DB --format json --bogus
bad 1 --db "$T/missing.db" --format json
[ -e "$T/missing.db" ] && fail "export created a store"
bad 3 $DB --format json --entity "Nobody At All"
bad 1 $DB --format json --output "$T/no/such/dir/x.json"
$TL export --help | grep -q -- "--format" || fail "export --help"
$TL --help | grep -q "^  export" || fail "export missing from threadline --help"
echo ok
