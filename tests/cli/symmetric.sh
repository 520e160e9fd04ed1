#!/bin/sh
# symmetric.sh -- ASSOCIATE_OF, FAMILY_OF and MET are listed under "facts" and
# reach the store through `ingest --extracted`, also from the older
# "symmetric_facts" list.  Needs $TL (the binary).
set -eu
: "${TL:?set TL to the threadline binary}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

printf 'Anna Berg and Maria Holm met in Oslo in July 2020.\n' >"$T/met.txt"
$TL extract --with-text "$T/met.txt" >"$T/met.json"
python3 - "$T/met.json" <<'PY' || fail "MET is not under facts"
import json, sys
d = json.load(open(sys.argv[1]))
assert "symmetric_facts" not in d, d.keys()
assert any(f["type"] == "MET" for f in d["facts"]), d["facts"]
PY
# the old flag is accepted and changes nothing
$TL extract --with-text --symmetric-in-facts "$T/met.txt" | cmp -s - "$T/met.json" || fail "--symmetric-in-facts changed the output"

$TL ingest --db "$T/a.db" --extracted --quiet "$T/met.json"
$TL facts --db "$T/a.db" --type MET --json | python3 -c "import json,sys; assert len(json.load(sys.stdin)) == 1" \
    || fail "MET did not reach the store"

# JSON written by an older version: MET under "symmetric_facts"
python3 - "$T/met.json" "$T/old.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["symmetric_facts"] = [f for f in d["facts"] if f["type"] == "MET"]
d["facts"] = [f for f in d["facts"] if f["type"] != "MET"]
json.dump(d, open(sys.argv[2], "w"))
PY
$TL ingest --db "$T/b.db" --extracted --quiet "$T/old.json"
$TL facts --db "$T/b.db" --type MET --json | python3 -c "import json,sys; assert len(json.load(sys.stdin)) == 1" \
    || fail "MET under symmetric_facts did not reach the store"
echo "symmetric: ok"
