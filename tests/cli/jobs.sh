#!/bin/sh
# jobs.sh -- `extract --jobs N` and `ingest --jobs N` give exactly what one job gives, in the same order.
# Usage: TL=path/to/threadline sh tests/cli/jobs.sh   (from the repository root)
TL=${TL:-build/threadline}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
FAILS=0
ok()  { echo "ok   $*"; }
bad() { echo "FAIL $*"; FAILS=$((FAILS + 1)); }

# Inputs: the example reports, invented variations of them, a file that
# cannot be read (its error must come in its place) and bad UTF-8.
mkdir -p "$T/in"
i=0
for f in examples/*.txt; do
    i=$((i + 1))
    cp "$f" "$T/in/a$i.txt"
    sed 's/Tehran/Lisbon/g; s/Iran/Portugal/g' "$f" >"$T/in/b$i.txt"
done
printf 'Mara Quell met Tobin Vance in Oslo.\n\377\376 broken bytes, then Oslo again.\n' >"$T/in/c1.txt"
printf 'Nobody was there.' >"$T/in/c2.txt"
set -- "$T"/in/*.txt
set -- "$@" "$T/in/missing.txt" "$T/in/c1.txt"

for mode in --jsonl ""; do
    "$TL" extract $mode --jobs 1 "$@" >"$T/one.out" 2>"$T/one.err"; s1=$?
    for n in 2 3 8; do
        "$TL" extract $mode --jobs "$n" "$@" >"$T/n.out" 2>"$T/n.err"; sn=$?
        if [ "$s1" = "$sn" ] && cmp -s "$T/one.out" "$T/n.out" && cmp -s "$T/one.err" "$T/n.err"; then
            ok "extract ${mode:-(array)} --jobs $n: same output, messages and status ($sn) as one job"
        else
            bad "extract ${mode:-(array)} --jobs $n differs from --jobs 1 (status $s1 vs $sn)"
            diff "$T/one.err" "$T/n.err" | head -5
        fi
    done
done
[ "$s1" = 1 ] && ok "a missing file gives status 1" || bad "missing file: status $s1, want 1"

# The default (one thread per core) is the same too.
"$TL" extract --jsonl "$@" >"$T/d.out" 2>/dev/null
"$TL" extract --jsonl --jobs 1 "$@" >"$T/one.out" 2>/dev/null
cmp -s "$T/one.out" "$T/d.out" && ok "extract default jobs: same output" || bad "extract default jobs differs"

# One long document (over the 512 KB window) extracted in windows on
# several threads: the same as on one.  Built from the examples, with a
# dateline so later windows take the report's year from the first.
{
    printf 'LISBON, March 3, 2021 -- '
    i=0
    while [ $i -lt 40 ]; do cat examples/*.txt; i=$((i + 1)); done
} | head -c 1500000 >"$T/long.txt"
"$TL" extract --jsonl --jobs 1 "$T/long.txt" >"$T/long1.out" 2>/dev/null
for n in 2 3; do
    "$TL" extract --jsonl --jobs "$n" "$T/long.txt" >"$T/longn.out" 2>/dev/null
    if [ -s "$T/long1.out" ] && cmp -s "$T/long1.out" "$T/longn.out"; then
        ok "a 1.5 MB document in windows on $n threads: same output as one thread"
    else bad "a 1.5 MB document on $n threads differs from one thread"; fi
done
grep -q '"facts": *\[{' "$T/long1.out" || grep -q '"facts":\[{' "$T/long1.out" && ok "the long document has facts" || bad "no facts in the long document"

# The long document's JSON is streamed to stdout as it is written (never
# held whole): the same bytes in the array form, and a write error still
# fails the command.
"$TL" extract --jobs 1 "$T/long.txt" "$T/in/c2.txt" >"$T/longa1.out" 2>/dev/null
"$TL" extract --jobs 2 "$T/in/c2.txt" "$T/long.txt" "$T/in/c2.txt" >"$T/longa2.out" 2>/dev/null
if [ -s "$T/longa1.out" ] && head -c 1 "$T/longa1.out" | grep -q '\[' && tail -c 3 "$T/longa1.out" | grep -q ']'; then
    ok "a streamed long document in the array form: one JSON array"
else bad "a streamed long document in the array form is no array"; fi
grep -c '"document"' "$T/longa2.out" | grep -q '^3$' && ok "streamed and buffered documents together: three in order" ||
    bad "streamed and buffered documents together: not three documents"
if [ -w /dev/full ]; then
    "$TL" extract --jsonl --jobs 1 "$T/long.txt" >/dev/full 2>"$T/full.err"; rc=$?
    [ "$rc" = 1 ] && grep -q 'writing output failed' "$T/full.err" && ok "a streamed document to a full disk: status 1 and a message" ||
        bad "a streamed document to a full disk: status $rc"
fi

# Usage errors.
"$TL" extract --jobs 0 "$T/in/c2.txt" >/dev/null 2>&1; [ $? = 2 ] && ok "--jobs 0 is a usage error" || bad "--jobs 0 not refused"
"$TL" extract --jobs x "$T/in/c2.txt" >/dev/null 2>&1; [ $? = 2 ] && ok "--jobs x is a usage error" || bad "--jobs x not refused"

# ingest: the stores built with one and with three jobs export the same graph.
for n in 1 3; do
    THREADLINE_DB="$T/g$n.db" "$TL" ingest --quiet --jobs "$n" "$T/in" >/dev/null 2>&1
    THREADLINE_DB="$T/g$n.db" "$TL" export --format json >"$T/g$n.json" 2>/dev/null || bad "export after ingest --jobs $n"
done
if [ -s "$T/g1.json" ] && cmp -s "$T/g1.json" "$T/g3.json"; then ok "ingest --jobs 3: same graph as one job"
else bad "ingest --jobs 3 gives another graph than one job"; fi
THREADLINE_DB="$T/g1.db" "$TL" ingest --jobs 0 "$T/in" >/dev/null 2>&1; [ $? = 2 ] && ok "ingest --jobs 0 is a usage error" || bad "ingest --jobs 0 not refused"

[ "$FAILS" -eq 0 ]
