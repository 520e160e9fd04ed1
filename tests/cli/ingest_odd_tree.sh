#!/bin/sh
# ingest_odd_tree.sh -- ingest of a folder holding a FIFO, a device link and a link back to a parent:
# it finishes (no wait on the FIFO, no walk around the loop), stores the plain files once, reports the rest.
set -u
: "${TL:?set TL to the threadline binary}"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
mkdir -p "$T/in/sub"
echo "Varn Kell met Oda Rusk in Belmar on 3 May 2021." >"$T/in/a.txt"
echo "Oda Rusk leads the Ash Circle." >"$T/in/sub/b.txt"
mkfifo "$T/in/pipe.txt" || { echo "skip: mkfifo failed"; exit 77; }
ln -s /dev/zero "$T/in/zero.txt"
ln -s .. "$T/in/sub/up"
command -v timeout >/dev/null || { echo "skip: no timeout command"; exit 77; }
timeout 120 $TL ingest --db "$T/t.db" "$T/in" >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" -ne 124 ] || fail "ingest hung (FIFO, /dev/zero or the link loop)"
[ "$rc" -eq 1 ] || { cat "$T/err"; fail "exit $rc, expected 1 (some inputs skipped)"; }
grep -q "pipe.txt: not a regular file" "$T/err" || { cat "$T/err"; fail "the FIFO is not reported"; }
grep -q "zero.txt: not a regular file" "$T/err" || { cat "$T/err"; fail "the device is not reported"; }
grep -q "sub/up: a link back" "$T/err" || { cat "$T/err"; fail "the loop is not reported"; }
n=$($TL documents --db "$T/t.db" | grep -c "\.txt")
[ "$n" -eq 2 ] || { $TL documents --db "$T/t.db"; fail "$n documents stored, expected 2"; }
echo "ingest_odd_tree: ok"
