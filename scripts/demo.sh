#!/bin/sh
# demo.sh -- extract every report in examples/ and print a readable summary per document (called by `make demo`).
cd "$(dirname "$0")/.." || exit 2
TL=${TL:-build/threadline}
[ -x "$TL" ] || TL=./threadline
if [ ! -x "$TL" ]; then
    echo "demo: no threadline binary (run 'make' first)" >&2
    exit 2
fi
command -v node >/dev/null 2>&1 || { echo "demo: node is missing (run 'make deps')" >&2; exit 2; }
set -- examples/*.txt
[ -f "$1" ] || { echo "demo: no reports in examples/" >&2; exit 2; }
echo "threadline demo: extracting $# reports from examples/"
echo
out=$(mktemp "${TMPDIR:-/tmp}/tl-demo.XXXXXX") || exit 2
trap 'rm -f "$out"' EXIT
"$TL" extract --jsonl "$@" >"$out"
rc=$?
[ "$rc" -eq 0 ] || echo "demo: threadline extract exited with status $rc" >&2
node scripts/summary.js <"$out" || exit 1
exit "$rc"
