#!/bin/sh
# ingest_pdf.sh -- ingest reads the text of a PDF (made here from scratch) and refuses a broken one.
set -eu
: "${TL:?set TL to the threadline binary}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# A one-page PDF with its text in Helvetica, written byte by byte so the
# cross-reference offsets are right.
python3 - "$T/report.pdf" <<'PY'
import sys
text = "Prosecutors said Viktor Semenov met Ali Reza Karimi in Berlin in March 2022."
content = ("BT /F1 11 Tf 40 760 Td (%s) Tj ET" % text).encode()
objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Title (Two men met in Berlin) /CreationDate (D:20220315120000Z) >>"]
out = bytearray(b"%PDF-1.4\n")
offs = []
for i, o in enumerate(objs, 1):
    offs.append(len(out))
    out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offs:
    out += b"%010d 00000 n \n" % o
out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
open(sys.argv[1], "wb").write(out)
PY
$TL ingest --db "$T/t.db" --quiet "$T/report.pdf"
$TL entities --db "$T/t.db" --json > "$T/e.json"
python3 - "$T/e.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
rows = d if isinstance(d, list) else d.get("entities", [])
names = {e.get("name") for e in rows}
for want in ("Viktor Semenov", "Ali Reza Karimi", "Berlin"):
    assert want in names, "missing %s in %s" % (want, sorted(n for n in names if n))
print("ok: PDF text extracted (%d entities)" % len(rows))
PY
# A file named .pdf that is not one: reported, skipped, exit status 1.
printf 'not a pdf at all' > "$T/bad.pdf"
if $TL ingest --db "$T/t.db" --quiet "$T/bad.pdf" 2>"$T/err"; then echo "FAIL: a broken PDF was accepted"; exit 1; fi
grep -q "bad.pdf" "$T/err" || { echo "FAIL: no error message naming the file"; cat "$T/err"; exit 1; }
echo "ok: broken PDF reported"
