#!/bin/sh
# cluster.sh -- extraction as a stateless filter: `extract` then `ingest --extracted` builds the same graph as a direct ingest.
# Needs $TL (the binary); run from the repository root.
set -eu
: "${TL:?set TL to the threadline binary}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# same_graph A.db B.db WHAT: the two stores answer stats and export alike.
same_graph() {
    $TL stats --db "$1" --json >"$T/s1" && $TL stats --db "$2" --json >"$T/s2" || fail "$3: stats failed"
    cmp -s "$T/s1" "$T/s2" || { diff "$T/s1" "$T/s2" | head -20 >&2; fail "$3: stats differ"; }
    $TL export --db "$1" --format json >"$T/x1" && $TL export --db "$2" --format json >"$T/x2" || fail "$3: export failed"
    cmp -s "$T/x1" "$T/x2" || { diff "$T/x1" "$T/x2" | head -20 >&2; fail "$3: exports differ"; }
}

# ---- files: extract --with-text, then ingest --extracted, equals ingest
$TL ingest --db "$T/direct.db" --quiet examples/*.txt
$TL extract --jsonl --with-text examples/*.txt >"$T/ex.jsonl"
$TL ingest --db "$T/loaded.db" --quiet --extracted "$T/ex.jsonl"
same_graph "$T/direct.db" "$T/loaded.db" "files"
python3 - "$T/s1" <<'EOF' || fail "the example graph is too small to prove anything"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["documents"] == 6 and s["sentences"] > 50 and s["facts"] > 20, s
# symmetric facts are printed apart from the others: they must come back too
assert any(t in s["facts_by_type"] for t in ("ASSOCIATE_OF", "FAMILY_OF", "MET")), s["facts_by_type"]
EOF
# one object a file works the same (pretty JSON, symmetric facts apart)
mkdir "$T/one"
for f in examples/*.txt; do $TL extract --with-text "$f" >"$T/one/$(basename "$f" .txt).json"; done
$TL ingest --db "$T/one.db" --quiet --extracted "$T/one"
same_graph "$T/direct.db" "$T/one.db" "one JSON a file"
# a document is its input bytes, whichever way it came: loading the
# extraction into the direct store adds nothing
$TL ingest --db "$T/direct.db" --json --extracted "$T/ex.jsonl" >"$T/again.json"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['documents_new']==0 and d['documents_skipped']==6, d" \
    "$T/again.json" || fail "the extraction of stored files was stored again"

echo "ok: cluster"
