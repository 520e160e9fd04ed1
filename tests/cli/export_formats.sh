#!/bin/sh
# export_formats.sh -- GEXF and CSV exports, STIX ids that survive a rename, reports of undated and
# untitled documents, and every STIX object valid against ../shared/stix2-schemas when that exists.
set -eu
: "${TL:?set TL to the threadline binary}"
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
DB="--db $T/t.db"
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$T/in/deep/folder"
cp "$ROOT/examples/"*.txt "$T/in/"
# An undated, untitled report in a nested folder, with a formula-like line.
cat >"$T/in/deep/folder/undated.txt" <<'TXT'
=HYPERLINK("http://example.invalid") Police in Lisbon said Rui Tavares, a member of the Tejo Syndicate, met Anton Weller in Porto.
TXT
$TL ingest $DB --quiet "$T/in"
$TL stats $DB --json >"$T/stats.json"

# ---- gexf: well-formed, a node per entity, an edge per fact between nodes
$TL export $DB --format gexf --output "$T/a.gexf"
python3 - "$T/a.gexf" "$T/stats.json" <<'PY' || fail "gexf export"
import json, sys, xml.etree.ElementTree as ET
s = json.load(open(sys.argv[2]))
g = "{http://gexf.net/1.3}"
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == g + "gexf" and root.get("version") == "1.3"
nodes = root.findall(".//%snode" % g); edges = root.findall(".//%sedge" % g)
assert len(nodes) == s["entities"], (len(nodes), s["entities"])
assert len(edges) == s["facts"], (len(edges), s["facts"])
ids = {n.get("id") for n in nodes}
attrs = {a.get("id") for a in root.findall(".//%sattribute" % g)}
for e in edges:
    assert e.get("source") in ids and e.get("target") in ids and e.get("label")
    for v in e.findall(".//%sattvalue" % g):
        assert v.get("for") in attrs, v.get("for")
print("gexf: %d nodes, %d edges" % (len(nodes), len(edges)))
PY

# ---- csv: three files, counts match, quoting survives commas, quotes and line breaks
$TL export $DB --format csv --output "$T/csv"
python3 - "$T/csv" "$T/stats.json" <<'PY' || fail "csv export"
import csv, json, os, sys
d, s = sys.argv[1], json.load(open(sys.argv[2]))
rows = {}
for name in ("entities", "facts", "evidence"):
    with open(os.path.join(d, name + ".csv"), newline="", encoding="utf-8") as f:
        rows[name] = list(csv.DictReader(f))
assert len(rows["entities"]) == s["entities"], (len(rows["entities"]), s["entities"])
assert len(rows["facts"]) == s["facts"]
assert len(rows["evidence"]) == s["evidence"]
ids = {r["id"] for r in rows["entities"]}
fids = {r["id"] for r in rows["facts"]}
for r in rows["facts"]:
    for part in r["roles"].split(";"):
        assert part.split("=")[1] in ids, r
for r in rows["evidence"]:
    assert r["fact"] in fids and r["text"] and int(r["start"]) < int(r["end"])
    assert not r["text"].startswith("="), r["text"]  # defused for spreadsheets
print("csv: %d entities, %d facts, %d evidence rows" % tuple(len(rows[k]) for k in ("entities", "facts", "evidence")))
PY
$TL export $DB --format csv 2>"$T/err" && fail "csv without --output accepted"
grep -q "output" "$T/err" || fail "csv without --output: no message"

# ---- STIX: undated report published at ingest time and saying so; untitled named by file name
$TL export $DB --format stix --output "$T/before.json"
python3 - "$T/before.json" <<'PY' || fail "stix reports"
import json, sys
b = json.load(open(sys.argv[1]))
reps = [o for o in b["objects"] if o["type"] == "report"]
assert reps
for r in reps:
    assert not r["name"].startswith("/"), r["name"]
und = [r for r in reps if r["name"] == "undated.txt"]
assert len(und) == 1, [r["name"] for r in reps]
u = und[0]
assert u.get("x_threadline_published_from") == "ingest_time", u
assert "ingest" in u.get("description", ""), u
assert u["published"][:4] >= "2024", u["published"]
PY

# ---- renaming an entity keeps its STIX id (and the ids of its relationships)
name=$(python3 -c "
import json,sys
b=json.load(open('$T/before.json'))
print(next(o['name'] for o in b['objects'] if o['type']=='identity' and o.get('identity_class')=='individual'))")
$TL rename $DB "$name" "Renamed Person X" >/dev/null
$TL export $DB --format stix --output "$T/after.json"
python3 - "$T/before.json" "$T/after.json" "$name" <<'PY' || fail "stix ids after rename"
import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2])); old = sys.argv[3]
ida = {o["id"] for o in a["objects"] if o["type"] != "bundle"}
idb = {o["id"] for o in b["objects"]}
was = next(o["id"] for o in a["objects"] if o.get("name") == old)
now = next(o["id"] for o in b["objects"] if o.get("name") == "Renamed Person X")
assert was == now, (was, now)
rel_a = {o["id"] for o in a["objects"] if o["type"] == "relationship"}
rel_b = {o["id"] for o in b["objects"] if o["type"] == "relationship"}
assert rel_a == rel_b, len(rel_a ^ rel_b)
print("rename kept the id %s" % now)
PY

# ---- every STIX object valid against the OASIS schemas, when they are here
SCHEMAS=""
for d in "$ROOT/../shared/stix2-schemas" /work/shared/stix2-schemas; do
    [ -d "$d/schemas" ] && { SCHEMAS=$d; break; }
done
if [ -z "$SCHEMAS" ]; then echo "skipped: no ../shared/stix2-schemas to validate against"; exit 77; fi
set +e
python3 "$ROOT/tests/lib/stix-validate.py" "$SCHEMAS" "$T/after.json"
rc=$?
set -e
[ $rc -eq 77 ] && exit 77
[ $rc -eq 0 ] || fail "STIX objects invalid against the schemas"
echo "export_formats: ok"
