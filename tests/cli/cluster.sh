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
# symmetric facts must come back too
assert any(t in s["facts_by_type"] for t in ("ASSOCIATE_OF", "FAMILY_OF", "MET")), s["facts_by_type"]
EOF
# one pretty-printed object a file works the same
mkdir "$T/one"
for f in examples/*.txt; do $TL extract --with-text "$f" >"$T/one/$(basename "$f" .txt).json"; done
$TL ingest --db "$T/one.db" --quiet --extracted "$T/one"
same_graph "$T/direct.db" "$T/one.db" "one JSON a file"
# a document is its input bytes, whichever way it came: loading the
# extraction into the direct store adds nothing
$TL ingest --db "$T/direct.db" --json --extracted "$T/ex.jsonl" >"$T/again.json"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['documents_new']==0 and d['documents_skipped']==6, d" \
    "$T/again.json" || fail "the extraction of stored files was stored again"

# ---- JSON-lines documents: `extract --input jsonl` is a filter whose
# output `ingest --extracted` turns into the graph `ingest docs.jsonl` builds
python3 - "$T/docs.jsonl" examples/*.txt <<'EOF'
import json, os, sys
out = open(sys.argv[1], "w")
for i, p in enumerate(sys.argv[2:]):
    text = open(p, encoding="utf-8").read()
    name = os.path.basename(p)
    r = {"id": name, "text": text}
    if i % 2:
        r.update(title="Report %d" % i, published="2023-0%d-1%d" % (i + 1, i), url="https://example.org/%d" % i,
                 source="Example Wire")
    out.write(json.dumps(r) + "\n")
    # the first paragraphs again, as a document of their own: twelve records
    # give four workers three each
    cut = text.find("\n\n", len(text) // 2)
    out.write(json.dumps({"id": "part-of-" + name, "text": text[:cut if cut > 0 else len(text) // 2]}) + "\n")
EOF
$TL ingest --db "$T/jdirect.db" --quiet "$T/docs.jsonl"
$TL extract --input jsonl --with-text <"$T/docs.jsonl" >"$T/jex.jsonl" || fail "extract --input jsonl failed"
[ "$(wc -l <"$T/jex.jsonl")" -eq 12 ] || fail "12 extractions expected"
$TL ingest --db "$T/jloaded.db" --quiet --extracted "$T/jex.jsonl"
same_graph "$T/jdirect.db" "$T/jloaded.db" "JSON lines"
python3 - "$T/x1" <<'EOF' || fail "record metadata lost"
import json, sys
d = json.load(open(sys.argv[1]))
docs = {x["path"]: x for x in d["documents"]}
assert len(docs) == 12, sorted(docs)
r = [x for x in docs.values() if x.get("title") == "Report 1"]
assert r and r[0]["published"] == "2023-02-11", r
EOF

# ---- the filter over GNU parallel: 4 workers, 3 records each, results
# kept in input order (-k): the graph equals the single-process one
if command -v parallel >/dev/null; then
    parallel --will-cite --pipe -N3 -k -j4 --joblog "$T/jobs" \
        "$TL" extract --input jsonl --with-text <"$T/docs.jsonl" >"$T/par.jsonl" || fail "parallel run failed"
    [ "$(tail -n +2 "$T/jobs" | wc -l)" -eq 4 ] || fail "parallel: 4 jobs expected: $(cat "$T/jobs")"
    $TL ingest --db "$T/par.db" --quiet --extracted "$T/par.jsonl"
    same_graph "$T/jdirect.db" "$T/par.db" "GNU parallel --pipe"
    # the --sshlogin form, with ':' (this machine) as the only host
    parallel --will-cite --pipe -N3 -k --sshlogin 4/: \
        "$TL" extract --input jsonl --with-text <"$T/docs.jsonl" >"$T/ssh.jsonl" || fail "parallel --sshlogin failed"
    cmp -s "$T/par.jsonl" "$T/ssh.jsonl" || fail "parallel --sshlogin: other output"
else
    echo "skipped: GNU parallel is not installed (scripts/deps.sh installs it)"
fi
# A streaming engine (Hadoop Streaming, Spark RDD.pipe) cuts the input into
# splits, runs the filter on each and concatenates the parts in split order;
# Hadoop's text output ends each line with a tab (an empty value).
mkdir "$T/in" "$T/out"
split -d -a 5 -n l/3 "$T/docs.jsonl" "$T/in/part-"
for f in "$T"/in/part-*; do
    "$TL" extract --input jsonl --with-text <"$f" | sed 's/$/\t/' >"$T/out/$(basename "$f")"
done
[ "$(ls "$T/out" | wc -l)" -eq 3 ] || fail "3 splits expected"
cat "$T"/out/part-* | $TL ingest --db "$T/streamed.db" --quiet --extracted -
same_graph "$T/jdirect.db" "$T/streamed.db" "splits with Hadoop's tabs, on stdin"
$TL ingest --db "$T/parts.db" --quiet --extracted "$T"/out/part-*
same_graph "$T/jdirect.db" "$T/parts.db" "part files by name"
# ...and those engines drop the CR of CRLF lines: a record keeps its id
sed 's/$/\r/' "$T/docs.jsonl" >"$T/crlf.jsonl"
$TL ingest --db "$T/jdirect.db" --json --extracted "$T/jex.jsonl" >"$T/again.json"
$TL ingest --db "$T/jdirect.db" --json "$T/crlf.jsonl" >>"$T/again.json"
python3 -c "
import json, sys
for d in json.loads('[' + open(sys.argv[1]).read().replace('}\n{', '},{') + ']'):
    assert d['documents_new'] == 0 and d['documents_skipped'] == 12, d" "$T/again.json" \
    || fail "records stored twice: $(cat "$T/again.json")"

# ---- bad lines: reported with their number, skipped, exit 1; the good
# ones still come out, in order
{
    printf '%s\n' '{"id": "a", "text": "Omar Khan met Ali Reza in Paris."}'
    printf '%s\n' '{"id": "b", "text": "broken'
    printf '\n'
    printf '%s\n' '{"id": "c", "title": "no text"}'
    printf '\000\001\377 binary\n'
    python3 -c 'print("{\"text\": \"" + "x" * 5000 + "\"}")'
    printf '{"text": "bad \377 byte"}\n'
    printf '%s\n' '[1, 2]'
    printf '%s' '{"id": 7, "text": "Omar Khan was arrested in Berlin."}'
} >"$T/bad.jsonl"
set +e
$TL extract --input jsonl --max-bytes 4000 "$T/bad.jsonl" >"$T/bad.out" 2>"$T/bad.err"; rc=$?
set -e
[ $rc -eq 1 ] || fail "bad lines: exit $rc, expected 1"
for n in 2 4 5 6 7 8; do
    grep -q "bad.jsonl:$n: .*(skipped)" "$T/bad.err" || fail "line $n not reported: $(cat "$T/bad.err")"
done
grep -q "bad.jsonl:6: .*limit" "$T/bad.err" || fail "the long line is not reported as too long"
grep -q "bad.jsonl:3" "$T/bad.err" && fail "a blank line was reported"
python3 - "$T/bad.out" <<'EOF' || fail "bad lines: output"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert [r["document"]["path"] for r in rows] == ["a", "7"], rows
EOF
# usage errors
set +e
$TL extract --input yaml - </dev/null >/dev/null 2>"$T/err"; rc=$?
set -e
[ $rc -eq 2 ] && grep -q "yaml" "$T/err" || fail "unknown --input format: exit $rc"

echo "ok: cluster"
