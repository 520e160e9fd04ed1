#!/bin/sh
# parse-score.sh -- UAS and LAS of a predicted CoNLL-U file against its gold file (CoNLL 2018 counting).
# Usage: sh bench/parse-score.sh GOLD.conllu PRED.conllu
# Prints "words N UAS x LAS y".  Every word counts, punctuation included;
# multiword-token lines (3-4) and empty nodes (5.1) are skipped; DEPREL is
# compared whole (subtypes included).  Word lines are paired in order, so
# the prediction must keep the gold tokens (as `threadline parse` does).
[ $# -eq 2 ] || { echo "usage: sh bench/parse-score.sh GOLD.conllu PRED.conllu" >&2; exit 2; }
awk -F'\t' '
    function word(line,   f, n) { n = split(line, f, "\t"); if (n != 10 || f[1] !~ /^[0-9]+$/) return 0; H = f[7]; L = f[8]; return 1 }
    NR == FNR { if (word($0)) { n++; gh[n] = H; gl[n] = L }; next }
    { if (word($0)) { m++; if (m <= n) { if (H == gh[m]) { u++; if (L == gl[m]) l++ } } } }
    END {
        if (n == 0 || m != n) { printf "word counts differ: gold %d, predicted %d\n", n, m > "/dev/stderr"; exit 1 }
        printf "words %d UAS %.4f LAS %.4f\n", n, u / n, l / n
    }' "$1" "$2"
