#!/bin/sh
# parse.sh -- `threadline parse`: CoNLL-U round trip, stdin, raw text, malformed and hostile input.
# Usage: TL=path/to/threadline sh tests/cli/parse.sh   (from the repository root)
TL=${TL:-build/threadline}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
FAILS=0
ok()  { echo "ok   $*"; }
bad() { echo "FAIL $*"; FAILS=$((FAILS + 1)); }
IN=tests/cli/fixtures/parse-small.conllu

# well_formed FILE: every sentence has one root, heads in range, 10 columns.
well_formed() {
    awk -F'\t' '
        function check() { if (n > 0 && roots != 1) { print "sentence ending at line " NR ": " roots " roots"; bad = 1 }
                           for (i = 1; i <= n; i++) if (h[i] > n) { print "head out of range at line " NR; bad = 1 }
                           n = 0; roots = 0 }
        /^$/ { check(); next }
        /^#/ { next }
        NF != 10 { print "line " NR ": " NF " columns"; bad = 1; next }
        $1 ~ /^[0-9]+$/ { n++; h[n] = $7; if ($7 == 0) { roots++; if ($8 != "root") bad = 1 }
                          if ($4 == "_" || $5 == "_" || $8 == "_" || $7 !~ /^[0-9]+$/) { print "line " NR ": untagged"; bad = 1 } }
        END { check(); exit bad }' "$1"
}

# 1. CoNLL-U in, CoNLL-U out: same lines, tokens and comments; tags and tree filled in
if "$TL" parse "$IN" > "$T/out.conllu" 2> "$T/err"; then ok "parse exits 0"; else bad "parse failed: $(cat "$T/err")"; fi
if well_formed "$T/out.conllu"; then ok "output is a tree per sentence"; else bad "malformed output"; fi
[ "$(wc -l < "$IN")" -eq "$(wc -l < "$T/out.conllu")" ] && ok "same line count" || bad "line count differs"
cut -f1,2,3,10 "$IN" > "$T/a"; cut -f1,2,3,10 "$T/out.conllu" > "$T/b"
cmp -s "$T/a" "$T/b" && ok "ID, FORM, LEMMA, MISC, comments and multiword lines kept" || bad "kept columns differ"
# the arc is checked, not the Penn tag (an unseen noun may read as JJ)
grep -q "^2	envoy	envoy	NOUN	[^	]*	_	3	nsubj	" "$T/out.conllu" && ok "subject arc" || bad "subject arc: $(grep envoy "$T/out.conllu")"
grep -q "^5	minister	minister	NOUN	NN	_	3	obj	" "$T/out.conllu" && ok "object arc" || bad "object arc: $(grep minister "$T/out.conllu")"
"$TL" parse "$T/out.conllu" > "$T/again.conllu" && cmp -s "$T/out.conllu" "$T/again.conllu" \
    && ok "round trip: parsing the output again gives it back" || bad "round trip differs"
"$TL" parse - < "$IN" > "$T/stdin.conllu" && cmp -s "$T/out.conllu" "$T/stdin.conllu" \
    && ok "stdin ('-') gives the same output" || bad "stdin output differs"

# 2. raw text
printf 'Customs officers seized the cargo in Rotterdam on Monday.\n\nThe two brokers were later released.' > "$T/in.txt"
if "$TL" parse --text "$T/in.txt" > "$T/text.conllu"; then ok "--text exits 0"; else bad "--text failed"; fi
well_formed "$T/text.conllu" && ok "--text output is a tree per sentence" || bad "--text output malformed"
[ "$(grep -c '^# text = ' "$T/text.conllu")" -eq 2 ] && ok "--text: two sentences" || bad "--text: sentence count"
grep -q "^2	officers	_	NOUN	NNS	_	3	nsubj	" "$T/text.conllu" && ok "--text subject arc" || bad "--text subject: $(grep officers "$T/text.conllu")"
"$TL" parse "$T/text.conllu" > /dev/null && ok "--text output reads back as CoNLL-U" || bad "--text output does not read back"

# 3. malformed CoNLL-U: exit 1 and the line number
printf '1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n\n1\tB\t_\t_\t_\n' > "$T/cols.conllu"
"$TL" parse "$T/cols.conllu" > /dev/null 2> "$T/err"; rc=$?
[ $rc -eq 1 ] && grep -q "line 3: expected 10 tab-separated columns" "$T/err" && ok "wrong column count: exit 1, line 3" || bad "columns: rc $rc, $(cat "$T/err")"
printf '1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n2\tB\t_\t_\t_\t_\t9\tdep\t_\t_\n' > "$T/head.conllu"
"$TL" parse "$T/head.conllu" > /dev/null 2> "$T/err"; rc=$?
[ $rc -eq 1 ] && grep -q "line 2: HEAD 9" "$T/err" && ok "HEAD out of range: exit 1, line 2" || bad "head: rc $rc, $(cat "$T/err")"
printf '1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n\n1\tB\377\t_\t_\t_\t_\t0\troot\t_\t_\n' > "$T/utf8.conllu"
"$TL" parse "$T/utf8.conllu" > /dev/null 2> "$T/err"; rc=$?
[ $rc -eq 1 ] && grep -q "line 3: invalid UTF-8" "$T/err" && ok "invalid UTF-8: exit 1, line 3" || bad "utf8: rc $rc, $(cat "$T/err")"
"$TL" parse "$T/missing.conllu" > /dev/null 2>&1; [ $? -eq 1 ] && ok "missing file: exit 1" || bad "missing file"
"$TL" parse > /dev/null 2>&1; [ $? -eq 2 ] && ok "no file: exit 2" || bad "no file"
"$TL" parse --bogus "$IN" > /dev/null 2>&1; [ $? -eq 2 ] && ok "unknown option: exit 2" || bad "unknown option"
"$TL" parse --help | grep -q "usage: threadline parse" && ok "--help" || bad "--help"

# 3b. the vote (default) and --single: both trees; --single is the parser
# the extraction uses, and differs from the vote somewhere in a longer text;
# a broken vote model is refused
"$TL" parse --single "$IN" > "$T/single.conllu" && well_formed "$T/single.conllu" \
    && ok "--single: a tree per sentence" || bad "--single output"
cat > "$T/long2.txt" <<'EOT'
The committee, which had met in Geneva twice before the summit, said on Tuesday that the agreement signed by the two ministers would not be ratified until the parliament of each country had voted on it.
Officials close to the negotiations, speaking on condition of anonymity because they were not authorized to discuss the talks, described the mood as tense but said that both delegations expected a deal before the end of the month.
Police arrested three men who were suspected of smuggling weapons across the border and seized a truck that had been stolen from a construction company in the north of the country last year.
The report, which was published by the ministry of health after months of delay, found that hospitals in rural areas had lost nearly a third of their doctors since the reforms began.
EOT
"$TL" parse --text "$T/long2.txt" > "$T/v.conllu" && "$TL" parse --text --single "$T/long2.txt" > "$T/s.conllu" \
    && well_formed "$T/v.conllu" && ! cmp -s "$T/v.conllu" "$T/s.conllu" \
    && ok "the vote gives other trees than --single" || bad "vote and --single: the same trees, or malformed"
cut -f1-5 "$T/v.conllu" > "$T/a"; cut -f1-5 "$T/s.conllu" > "$T/b"
cmp -s "$T/a" "$T/b" && ok "the vote keeps the tags of the single parser" || bad "the vote changed tags"
printf 'TLDEPVOT\001\000\000\000' > "$T/badvote.model"
"$TL" parse --vote-model "$T/badvote.model" "$IN" > /dev/null 2> "$T/err"; rc=$?
[ $rc -eq 1 ] && grep -q "vote model" "$T/err" && ok "broken vote model: exit 1" || bad "broken vote model: rc $rc"
"$TL" parse --single --vote-model "$T/badvote.model" "$IN" > /dev/null && ok "--single never loads the vote model" \
    || bad "--single loaded the vote model"
"$TL" parse --help | grep -q -- "--single" && ok "--help names --single" || bad "--help lacks --single"

# 4. hostile raw text: binary bytes, NULs, a huge line without spaces
LC_ALL=C awk 'BEGIN { srand(7); for (i = 0; i < 20000; i++) printf "%c", int(rand() * 256) }' > "$T/bin.txt"
"$TL" parse --text "$T/bin.txt" > "$T/bin.conllu" 2> "$T/err"; rc=$?
[ $rc -eq 0 ] && well_formed "$T/bin.conllu" >/dev/null && ok "binary input: exit 0, trees" || bad "binary input: rc $rc"
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "ab,"; print "" }' > "$T/long.txt"
"$TL" parse --text "$T/long.txt" > "$T/long.conllu"; rc=$?
[ $rc -eq 0 ] && well_formed "$T/long.conllu" >/dev/null && ok "huge line: exit 0, trees" || bad "huge line: rc $rc"

[ "$FAILS" -eq 0 ]
