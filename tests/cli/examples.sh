#!/bin/sh
# examples.sh -- runs `threadline extract` on every report in examples/ (one by one and as --jsonl) and validates the JSON against the inputs.
# Needs TL (binary path); run from the repository root.
: "${TL:?set TL to the threadline binary}"
command -v node >/dev/null 2>&1 || { echo "examples: node is missing (run 'make deps')"; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tl-examples.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0
set -- examples/*.txt
[ -f "$1" ] || { echo "examples: no examples/*.txt"; exit 1; }
for f in "$@"; do
    if ! "$TL" extract "$f" >"$tmp/one.json" 2>"$tmp/err"; then
        echo "FAIL $f: exit status nonzero ($(head -3 "$tmp/err"))"; fail=1; continue
    fi
    if node tests/lib/check-output.js "$tmp/one.json" "$f" >"$tmp/problems"; then
        echo "ok   $f"
    else
        echo "FAIL $f:"; sed 's/^/     /' "$tmp/problems"; fail=1
    fi
done
# All at once with --jsonl: one line per input, each valid, same checks.
if ! "$TL" extract --jsonl "$@" >"$tmp/all.jsonl" 2>"$tmp/err"; then
    echo "FAIL extract --jsonl: exit status nonzero ($(head -3 "$tmp/err"))"; fail=1
elif [ "$(wc -l <"$tmp/all.jsonl" | tr -d ' ')" -ne $# ]; then
    echo "FAIL extract --jsonl: $(wc -l <"$tmp/all.jsonl" | tr -d ' ') lines for $# inputs"; fail=1
elif ! node tests/lib/check-output.js "$tmp/all.jsonl" "$@" >"$tmp/problems"; then
    echo "FAIL extract --jsonl:"; sed 's/^/     /' "$tmp/problems"; fail=1
else
    echo "ok   extract --jsonl on $# reports"
fi
exit $fail
