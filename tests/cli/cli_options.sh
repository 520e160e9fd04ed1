#!/bin/sh
# cli_options.sh -- extract and parse read options as every command does: "--opt=value" and "--opt value" mean the same, "-j N" is "--jobs N", "--" ends the options, a switch refuses a value and an option without its value is a usage error (exit 2) that names it.
NAME=options
. "$(dirname "$0")/../lib/cli.sh"

cat > "$T/a.txt" <<'DOC'
Rafat Amirov met Carlisle Rivera in Baku last Tuesday. Police arrested Rivera on Friday.
DOC
cp "$T/a.txt" "$T/--jsonl"

# 1. the two spellings of a valued option give the same bytes
"$TL" extract --jsonl --published 2024-03-14 "$T/a.txt" > "$T/sep.json" 2> "$T/err1"
"$TL" extract --jsonl --published=2024-03-14 "$T/a.txt" > "$T/eq.json" 2> "$T/err2"
if [ -s "$T/sep.json" ] && cmp -s "$T/sep.json" "$T/eq.json"; then ok "extract --published=D equals --published D"
else bad "extract --published=D differs from --published D: $(head -c 200 "$T/err2")"; fi
grep -q '"2024-03-' "$T/eq.json" && ok "the date given with '=' anchors the relative dates" \
    || bad "no date of March 2024 in: $(head -c 300 "$T/eq.json")"

"$TL" extract --jsonl -j 2 "$T/a.txt" "$T/a.txt" > "$T/j1.json" 2>/dev/null
"$TL" extract --jsonl --jobs=2 "$T/a.txt" "$T/a.txt" > "$T/j2.json" 2>/dev/null
if [ -s "$T/j1.json" ] && cmp -s "$T/j1.json" "$T/j2.json"; then ok "-j 2 equals --jobs=2"; else bad "-j 2 and --jobs=2 differ"; fi

"$TL" extract --jsonl --input=jsonl < /dev/null > "$T/none.json" 2> "$T/err3"
rc=$?
[ "$rc" -eq 0 ] && [ ! -s "$T/none.json" ] && ok "--input=jsonl on empty stdin: nothing, exit 0" \
    || bad "--input=jsonl on empty stdin: exit $rc, $(head -c 200 "$T/err3")"

"$TL" parse --text "$T/a.txt" > "$T/p1.conllu" 2>/dev/null
"$TL" parse --text --max-bytes=100000 "$T/a.txt" > "$T/p2.conllu" 2>/dev/null
if [ -s "$T/p1.conllu" ] && cmp -s "$T/p1.conllu" "$T/p2.conllu"; then ok "parse --max-bytes=N reads the option"
else bad "parse --max-bytes=N changed the output"; fi
expect 1 "" parse --text --max-bytes=10 "$T/a.txt"

# 2. "--" ends the options: a file may be called --jsonl
"$TL" extract --jsonl -- "$T/--jsonl" > "$T/dash.json" 2> "$T/err4"
if grep -q '"Rafat Amirov"' "$T/dash.json"; then ok "after --, --jsonl is a file name"
else bad "a file named --jsonl after --: $(head -c 200 "$T/err4")"; fi

# 3. usage errors: exit 2, the option named, nothing on stdout
expect 2 "option --with-text takes no value" extract --with-text=yes "$T/a.txt"
expect 2 "option --published needs a value" extract "$T/a.txt" --published
expect 2 "option --model needs a value" parse --text "$T/a.txt" --model
expect 2 "unknown option '--jsonl=1'" parse --jsonl=1 "$T/a.txt"
expect 2 "jobs: '0' is not a number from 1 to 256" extract --jobs=0 "$T/a.txt"
expect 2 "max-bytes: '-5' is not a positive number" extract --max-bytes=-5 "$T/a.txt"
expect 2 "input: 'xml' is not a known input format" extract --input=xml "$T/a.txt"
expect 2 "one input file at a time" parse --text "$T/a.txt" "$T/a.txt"
expect 2 "see 'threadline extract --help'" extract --nope "$T/a.txt"
finish
