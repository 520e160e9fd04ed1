#!/bin/sh
# golden.sh -- compares `threadline extract` on each tests/golden/*.txt with the expected tests/golden/*.json (UPDATE_GOLDEN=1 rewrites them).
# Needs TL (binary path); run from the repository root.  Inputs without an
# expected file are skipped (reported), so the test passes before any exist.
: "${TL:?set TL to the threadline binary}"
command -v node >/dev/null 2>&1 || { echo "golden: node is missing (run 'make deps')"; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/tl-golden.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
fail=0; compared=0; skipped=0
for in in tests/golden/*.txt; do
    [ -f "$in" ] || continue
    exp=${in%.txt}.json
    if ! "$TL" extract "$in" >"$tmp/out.json" 2>"$tmp/err"; then
        echo "FAIL $in: extract exited non-zero ($(head -3 "$tmp/err"))"; fail=1; continue
    fi
    if ! node tests/lib/golden-normalize.js <"$tmp/out.json" >"$tmp/got.json"; then
        echo "FAIL $in: output is not JSON"; fail=1; continue
    fi
    if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
        cp "$tmp/got.json" "$exp"; echo "wrote $exp"; continue
    fi
    if [ ! -f "$exp" ]; then
        echo "skip $in (no $exp; UPDATE_GOLDEN=1 writes it)"; skipped=$((skipped + 1)); continue
    fi
    compared=$((compared + 1))
    if diff -u "$exp" "$tmp/got.json" >"$tmp/diff"; then
        echo "ok   $in"
    else
        echo "FAIL $in differs from $exp (UPDATE_GOLDEN=1 rewrites it after review):"
        head -60 "$tmp/diff" | sed 's/^/     /'; fail=1
    fi
done
echo "golden: $compared compared, $skipped skipped"
exit $fail
