#!/bin/sh
# extract_jsonl.sh -- `extract --input jsonl`, the streaming filter: one output line per good input line, in order; every bad line reported by FILE:LINE and skipped (exit 1); blank and CRLF lines; over-long lines; stdin; the document ids `ingest` gives the same lines.
# Usage: TL=path/to/threadline sh tests/cli/extract_jsonl.sh   (from the repository root)
set -u
NAME=xjsonl
. "$(dirname "$0")/../lib/cli.sh"
cd "$T" || exit 2

# Nine lines: good, not JSON, blank, not an object, no text, good with
# metadata, good with a CRLF ending, too long for --max-bytes 300, and a
# last good line without its newline.
python3 - <<'EOF'
import json
long_text = "Talks went on. " * 40
lines = [
    json.dumps({"text": "Police arrested Omar Vell in Quarnby.", "id": "first"}),
    '{"text": "unterminated',
    "",
    "[1, 2, 3]",
    json.dumps({"title": "no text here"}),
    json.dumps({"text": "Ines Darrow met Omar Vell in Lisbon.", "id": "sixth", "title": "Meeting",
                "published": "2021-02-03", "url": "https://example.org/6", "source": "Wire"}),
    json.dumps({"text": "Omar Vell fled to Porto.", "id": "seventh"}) + "\r",
    json.dumps({"text": long_text, "id": "eighth"}),
    json.dumps({"text": "Ines Darrow stayed in Lisbon.", "id": "ninth"}),
]
open("in.jsonl", "w", newline="").write("\n".join(lines))
EOF

"$TL" extract --input jsonl --max-bytes 300 in.jsonl > out.jsonl 2> err
rc=$?
if [ "$rc" -eq 1 ]; then ok "bad lines: exit 1"; else bad "bad lines: exit $rc"; fi
if python3 - <<'EOF'
import json
out = [json.loads(l) for l in open("out.jsonl")]
paths = [d["document"]["path"] for d in out]
assert paths == ["first", "sixth", "seventh", "ninth"], paths
six = out[1]["document"]
assert (six["title"], six["published"], six["url"]) == ("Meeting", "2021-02-03", "https://example.org/6"), six
assert {e["name"] for e in out[1]["entities"]} >= {"Ines Darrow", "Omar Vell"}, out[1]["entities"]
assert all(len(d["document"]["id"]) == 64 for d in out)
assert len({d["document"]["id"] for d in out}) == 4
EOF
then ok "good lines: one compact object each, in order, metadata kept"; else bad "good lines: $(head -c 400 out.jsonl)"; fi
# stdout holds one line per document: compact, never pretty
if [ "$(wc -l < out.jsonl)" -eq 4 ]; then ok "4 output lines"; else bad "$(wc -l < out.jsonl) output lines"; fi
for n in 2 4 5; do
    if grep -q "^threadline: in.jsonl:$n: .*(skipped)" err; then ok "line $n reported by number"
    else bad "line $n not reported: $(cat err)"; fi
done
if grep -q "^threadline: in.jsonl:8: line longer than the 300-byte limit" err; then ok "line 8: too long"
else bad "line 8: $(cat err)"; fi
if grep -q "in.jsonl:\(1\|3\|6\|7\|9\):" err; then bad "a good or blank line was reported: $(cat err)"
else ok "good and blank lines not reported"; fi
if [ "$(wc -l < err)" -eq 4 ]; then ok "four reports"; else bad "$(wc -l < err) reports: $(cat err)"; fi

# stdin, no FILE: the same output
"$TL" extract --input jsonl --max-bytes 300 < in.jsonl > stdin.jsonl 2> /dev/null
if cmp -s out.jsonl stdin.jsonl; then ok "stdin gives the same output"; else bad "stdin output differs"; fi
# '-' names stdin too, between files; a missing file is reported, the others done
"$TL" extract --input jsonl --max-bytes 300 nowhere.jsonl - < in.jsonl > dash.jsonl 2> err2
rc=$?
if [ "$rc" -eq 1 ] && grep -q "nowhere.jsonl" err2 && cmp -s out.jsonl dash.jsonl; then ok "a missing file is reported, the rest done"
else bad "missing file: exit $rc: $(head -3 err2)"; fi

# all lines good: exit 0, nothing on stderr
grep -v -e unterminated -e '^\[' -e 'no text' -e eighth in.jsonl | grep . > good.jsonl
"$TL" extract --input jsonl good.jsonl > good.out 2> good.err
rc=$?
if [ "$rc" -eq 0 ] && [ ! -s good.err ] && [ "$(wc -l < good.out)" -eq 4 ]; then ok "all good: exit 0, silent"
else bad "all good: exit $rc, $(wc -l < good.out) lines: $(head -3 good.err)"; fi
# an empty input: no output, exit 0
"$TL" extract --input jsonl < /dev/null > empty.out 2>&1
rc=$?
if [ "$rc" -eq 0 ] && [ ! -s empty.out ]; then ok "empty input: nothing, exit 0"; else bad "empty input: exit $rc"; fi

# `ingest` of the same lines (no size limit: the long line too) stores the
# documents under the ids the filter gives them, and reports the same bad lines
"$TL" extract --input jsonl in.jsonl > nolimit.out 2> /dev/null
"$TL" ingest --db g.db --quiet in.jsonl > /dev/null 2> ingest.err
"$TL" documents --db g.db --json > docs.json 2>/dev/null
python3 - <<'EOF' > ids.cmp
import json
stored = sorted(d["sha256"] for d in json.load(open("docs.json")))
filtered = sorted(json.loads(l)["document"]["id"] for l in open("nolimit.out"))
assert len(stored) == 5, stored
print("same" if stored == filtered else f"stored {stored} filtered {filtered}")
EOF
if [ "$(cat ids.cmp)" = same ]; then ok "ingest stores the same document ids"; else bad "ids: $(cat ids.cmp)"; fi
for n in 2 4 5; do
    grep -q "in.jsonl:$n" ingest.err || bad "ingest did not report line $n: $(cat ingest.err)"
done

finish
