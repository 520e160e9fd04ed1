#!/bin/sh
# cli_json.sh -- the --json output of every store command on a small invented graph: stdout is one JSON value and nothing else, stderr is empty, and the values are the exact ones the graph holds (counts, names, roles, times, evidence, alerts, corrections).
# Usage: TL=path/to/threadline sh tests/cli/cli_json.sh   (from the repository root)
set -u
NAME=cli-json
. "$(dirname "$0")/../lib/cli.sh"
cd "$T" || exit 2

# check LABEL PYTHON-ASSERTIONS COMMAND...: the command exits 0, writes
# nothing on stderr, and its stdout, loaded as JSON into `j`, passes the
# assertions.
check() {
    label=$1 code=$2
    shift 2
    "$TL" "$@" --db g.db --json > out.json 2> err
    rc=$?
    if [ "$rc" -ne 0 ]; then bad "$label: exit $rc: $(head -c 200 err)"; return; fi
    if [ -s err ]; then bad "$label: stderr: $(head -c 200 err)"; return; fi
    if python3 -c "
import json, sys
j = json.load(open('out.json'))
$code
" 2> py.err; then ok "$label"; else bad "$label: $(tail -2 py.err) in $(head -c 300 out.json)"; fi
}

mk one.json <<'J'
{"text": "Ilsa Marrow met Teodor Vance in Quarnby. Marrow leads the Silt Brothers.", "published": "2020-03-01",
 "title": "First report",
 "entities": [["PERSON", "Ilsa Marrow", ["Marrow"]], ["PERSON", "Teodor Vance", []], ["GPE", "Quarnby", []],
              ["ORG", "Silt Brothers", []]],
 "facts": [["MET", {"a": "Ilsa Marrow", "b": "Teodor Vance"}, {"place": "Quarnby", "time": "2019-11"}],
           ["LEADER_OF", {"leader": "Ilsa Marrow", "group": "Silt Brothers"}, {}]]}
J
mk two.json <<'J'
{"text": "Teodor Vance fled to Quarnby in 2021.", "published": "2021-07-07",
 "entities": [["PERSON", "Teodor Vance", []], ["GPE", "Quarnby", []]],
 "facts": [["TRAVELED_TO", {"person": "Teodor Vance", "place": "Quarnby"}, {"time": "2021", "modality": "reported"}]]}
J

check "ingest --json" '
assert j["files"] == 1 and j["documents_new"] == 1 and j["documents_skipped"] == 0 and j["errors"] == 0, j
assert j["entities_new"] == 4 and j["facts_new"] == 2 and j["alerts"] == [], j
assert j["seconds"] >= 0 and j["bytes"] > 0, j
# the storing thread'"'"'s CPU in the store calls: some, and never more than their wall time
assert 0 < j["store_cpu_seconds"] <= j["store_seconds"] + 0.01, j' ingest --extracted one.json
check "ingest --json, the same file again" '
assert j["documents_new"] == 0 and j["documents_skipped"] == 1 and j["entities_new"] == 0, j' ingest --extracted one.json

check "entities --json" '
assert [e["name"] for e in j] == ["Ilsa Marrow", "Quarnby", "Silt Brothers", "Teodor Vance"], j
m = j[0]
assert m["type"] == "PERSON" and m["documents"] == 1 and m["mentions"] == 2 and m["facts"] == 2, m
assert m["first_seen"] == m["last_seen"] == "2020-03-01", m
assert all(isinstance(e["id"], int) and e["id"] > 0 for e in j)' entities
check "entities --type --match --limit --json" '
assert [e["name"] for e in j] == ["Teodor Vance"], j' entities --type PERSON --match vance --limit 5
check "show --json" '
assert j["name"] == "Ilsa Marrow" and j["type"] == "PERSON", j
assert {n["name"]: n["kind"] for n in j["names"]} == {"Marrow": "name"}, j["names"]
assert sorted(j["facts_by_type"]) == ["LEADER_OF", "MET"], j["facts_by_type"].keys()
met = j["facts_by_type"]["MET"][0]
assert {r: a["name"] for r, a in met["args"].items()} == {"a": "Ilsa Marrow", "b": "Teodor Vance"}, met
assert met["time"] == "2019-11" and met["place"]["name"] == "Quarnby", met
assert met["evidence"][0]["text"] == "Ilsa Marrow met Teodor Vance in Quarnby.", met["evidence"]
assert met["evidence"][0]["title"] == "First report" and met["evidence"][0]["published"] == "2020-03-01"' show Marrow
check "facts --json" '
assert [f["type"] for f in j] == ["LEADER_OF", "MET"], j
for f in j:
    assert f["modality"] == "asserted" and f["negated"] is False and f["rejected"] is False and f["n_evidence"] == 1, f
    assert len(f["evidence"]) == 1 and len(f["evidence"][0]["doc_id"]) == 64, f' facts
check "facts --type --entity --json" '
assert len(j) == 1 and j[0]["args"]["group"]["name"] == "Silt Brothers", j' facts --type LEADER_OF --entity "Silt Brothers"

check "ingest --json of a second report" '
assert j["documents_new"] == 1 and j["entities_new"] == 0 and j["entities_joined"] == 2 and j["facts_new"] == 1, j' \
    ingest --extracted two.json
check "timeline --json" '
assert [(f["type"], f["time"]) for f in j] == [("MET", "2019-11"), ("TRAVELED_TO", "2021")], j
assert j[1]["modality"] == "reported", j[1]' timeline
check "timeline ENTITY --since --json" '
assert [f["type"] for f in j] == ["TRAVELED_TO"], j' timeline "Teodor Vance" --since 2020
check "path --json" '
assert j["from"]["name"] == "Teodor Vance" and j["to"]["name"] == "Silt Brothers", j
p = j["paths"][0]
assert p["hops"] == 2 and len(p["steps"]) == 2, p
assert [(s["from"]["name"], s["to"]["name"], s["fact"]["type"]) for s in p["steps"]] == \
    [("Teodor Vance", "Ilsa Marrow", "MET"), ("Ilsa Marrow", "Silt Brothers", "LEADER_OF")], p["steps"]' \
    path "Teodor Vance" "Silt Brothers"
check "path --json, not connected within the hops" '
assert j["paths"] == [], j' path "Teodor Vance" "Silt Brothers" --max-hops 1
check "neighbors --json" '
assert sorted((e["name"], e["distance"]) for e in j) == [("Ilsa Marrow", 1), ("Quarnby", 1)], j
q = [e for e in j if e["name"] == "Quarnby"][0]
assert q["via"]["fact"]["type"] == "TRAVELED_TO" and q["via"]["from"]["name"] == "Teodor Vance", q["via"]' \
    neighbors "Teodor Vance"
check "search --json" '
assert len(j) == 2, j
assert sorted(h["text"] for h in j) == ["Ilsa Marrow met Teodor Vance in [Quarnby].", "Teodor Vance fled to [Quarnby] in 2021."], j
for h in j:
    assert len(h["span"]) == 2 and h["span"][0] < h["span"][1], h' search Quarnby
check "stats --json" '
assert (j["documents"], j["entities"], j["facts"], j["corrections"], j["watched"]) == (2, 4, 3, 0, 0), j
assert j["entities_by_type"]["PERSON"] == 2 and j["entities_by_type"]["GPE"] == 1 and j["entities_by_type"]["LOC"] == 0, j
assert j["facts_by_type"] == {"LEADER_OF": 1, "MET": 1, "TRAVELED_TO": 1}, j["facts_by_type"]
assert j["most_connected"][0]["name"] in ("Ilsa Marrow", "Teodor Vance"), j["most_connected"]' stats
check "documents --json" '
assert [(d["path"], d["title"], d["published"], d["entities"], d["facts"]) for d in j] == \
    [("one.json", "First report", "2020-03-01", 4, 2), ("two.json", None, "2021-07-07", 2, 1)], j
assert all(len(d["sha256"]) == 64 and d["doc_id"] == d["sha256"] and d["ingested_at"].endswith("Z") for d in j), j' documents

# the watchlist: a watched name, a report that mentions it, its alert
check "watch add --json" '
assert j == {"watching": "Quarnby", "status": "ok"}, j' watch add Quarnby
mk three.json <<'J'
{"text": "Talks were held in Quarnby.", "published": "2022-01-01", "entities": [["GPE", "Quarnby", []]], "facts": []}
J
check "ingest --json raises an alert" '
assert j["alerts"] == ["three.json"], j' ingest --extracted three.json
check "alerts --json" '
assert len(j) == 1, j
a = j[0]
assert a["watch"] == "Quarnby" and a["entity_name"] == "Quarnby" and a["path"] == "three.json", a' alerts
check "watch list --json" '
assert j == [{"name": "Quarnby", "alerts": 1}], j' watch list

# corrections and their listing
check "rename --json" '
assert j["kind"] == "rename" and j["a"] == "Silt Brothers" and j["b"] == "The Silt Brotherhood" and j["correction"] > 0, j' \
    rename "Silt Brothers" "The Silt Brotherhood"
check "alias add --json" '
assert j["kind"] == "alias-add" and j["b"] == "Ilsa the Elder", j' alias add "Ilsa Marrow" "Ilsa the Elder"
check "corrections --json" '
assert [(c["kind"], c["a"], c["b"], c["applied"]) for c in j] == \
    [("rename", "Silt Brothers", "The Silt Brotherhood", True), ("alias-add", "Ilsa Marrow", "Ilsa the Elder", True)], j' corrections
check "show --json by the new alias" '
assert j["name"] == "Ilsa Marrow" and "Ilsa the Elder" in [n["name"] for n in j["names"]], j' show "Ilsa the Elder"
check "reindex --json" '
assert j == {"reextracted": 0, "entities": 4, "facts": 3}, j' reindex
check "entities --json after reindex keeps the rename" '
assert "The Silt Brotherhood" in [e["name"] for e in j], j' entities --type ORG

# forgetting a document takes away what only it supported
sha=$("$TL" documents --db g.db --json | python3 -c "import json,sys; print([d['sha256'] for d in json.load(sys.stdin) if d['path']=='two.json'][0])")
"$TL" forget "$sha" --db g.db --json > out.json 2> err
rc=$?
if [ "$rc" -eq 0 ] && [ ! -s err ] && python3 -c "import json; json.load(open('out.json'))"; then ok "forget --json"
else bad "forget --json: exit $rc: $(head -c 200 err)"; fi
check "facts --json after forget" '
assert sorted(f["type"] for f in j) == ["LEADER_OF", "MET"], j' facts

finish
