#!/bin/sh
# fuzz_corpus.sh -- the inputs kept from fuzzing (fuzz/corpus/TARGET, fuzz/seeds) through the normal
# binary: extraction, ingest of each format, then every export.  Exit status 0 or 1 (an input refused
# with a message) is fine; a crash, a sanitizer report or a usage error is not.
set -u
: "${TL:?set TL to the threadline binary}"
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
ok01() { [ "$1" -eq 0 ] || [ "$1" -eq 1 ]; }
C="$ROOT/fuzz/corpus"
n=0
# extraction: every kept input, and the old seeds, in one call
set -- "$ROOT"/fuzz/seeds/* "$C"/extract/*
files=""
for f in "$@"; do [ -f "$f" ] && { files=1; n=$((n + 1)); }; done
if [ -n "$files" ]; then
    $TL extract --jsonl $(for f in "$@"; do [ -f "$f" ] && printf '%s\n' "$f"; done) >"$T/x.jsonl" 2>"$T/x.err"
    rc=$?; ok01 $rc || { tail -5 "$T/x.err"; fail "extract on the fuzz corpus: exit $rc"; }
fi
# readers: each format's inputs under their extension, ingested as a folder
mkdir -p "$T/in"
for fmt in html pdf jsonl; do
    for f in "$C/$fmt"/*; do
        [ -f "$f" ] || continue
        cp "$f" "$T/in/$fmt-$(basename "$f").$fmt"; n=$((n + 1))
    done
done
# ingest target: the first byte picks the format (0 text, 1 HTML, 2 JSON lines)
for f in "$C"/ingest/*; do
    [ -f "$f" ] || continue
    b=$(od -An -tu1 -N1 "$f" | tr -d ' ')
    [ -n "$b" ] || continue
    case $((b % 3)) in 0) ext=txt ;; 1) ext=html ;; *) ext=jsonl ;; esac
    tail -c +2 "$f" >"$T/in/ingest-$(basename "$f").$ext"; n=$((n + 1))
done
$TL ingest --db "$T/t.db" --quiet "$T/in" 2>"$T/i.err"
rc=$?; ok01 $rc || { tail -5 "$T/i.err"; fail "ingest of the fuzz corpus: exit $rc"; }
for fmt in json graphml gexf stix; do
    $TL export --db "$T/t.db" --format $fmt >/dev/null 2>"$T/e.err" || { tail -5 "$T/e.err"; fail "export $fmt"; }
done
$TL export --db "$T/t.db" --format csv --output "$T/csv" 2>"$T/e.err" || { tail -5 "$T/e.err"; fail "export csv"; }
echo "fuzz_corpus: $n inputs"
