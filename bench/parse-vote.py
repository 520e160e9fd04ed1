#!/usr/bin/env python3
# parse-vote.py -- experiment: parsers' trees combined by arc votes and an Eisner reparse (bench/README.md, issue 9).
"""Usage:
  parse-vote.py reverse IN.conllu OUT.conllu
      every sentence's words in reverse order, heads renumbered (multiword
      and empty-node lines and comments dropped): train a right-to-left
      parser on reversed treebanks with tools/train-dep, and parse reversed
      files with it (threadline parse --model).
  parse-vote.py vote GOLD.conllu OUT.conllu LTR.conllu... [-- RTL.conllu...]
      LTR: parses of GOLD; RTL: parses of the reversed GOLD (reversed back
      here).  Each parse votes for its arcs (the first a little more, so
      ties keep its tree); the projective tree with most votes (Eisner) is
      written to OUT with the relation of a parse that has the arc.  Prints
      each parse's UAS, the vote's, and the share of words one parse had right.
"""
import sys


def sentences(path):
    """Word lines (split at tabs) of each sentence of a CoNLL-U file."""
    out, cur = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line:
                if cur:
                    out.append(cur)
                    cur = []
                continue
            if line.startswith('#'):
                continue
            cols = line.split('\t')
            if '-' in cols[0] or '.' in cols[0]:
                continue
            cur.append(cols)
    if cur:
        out.append(cur)
    return out


def reverse_sentence(s):
    n = len(s)
    out = [None] * n
    for cols in s:
        i = int(cols[0])
        c = list(cols)
        c[0] = str(n + 1 - i)
        if cols[6].isdigit():
            h = int(cols[6])
            c[6] = str(0 if h == 0 else n + 1 - h)
        c[8] = '_'
        out[n - i] = c
    return out


def eisner(n, score):
    """Heads (index 1..n; 0 the root) of the projective tree over words
    1..n maximising the sum of score[h][d]."""
    neg = float('-inf')
    size = n + 1
    # comp[s][t][0]: complete span s..t headed at t; [1]: headed at s
    comp = [[[neg, neg] for _ in range(size)] for _ in range(size)]
    inc = [[[neg, neg] for _ in range(size)] for _ in range(size)]
    bc = [[[0, 0] for _ in range(size)] for _ in range(size)]
    bi = [[[0, 0] for _ in range(size)] for _ in range(size)]
    for s in range(size):
        comp[s][s] = [0.0, 0.0]
    for width in range(1, size):
        for s in range(size - width):
            t = s + width
            best, arg = neg, s
            for q in range(s, t):
                v = comp[s][q][1] + comp[q + 1][t][0]
                if v > best:
                    best, arg = v, q
            if s > 0:
                inc[s][t][0], bi[s][t][0] = best + score[t][s], arg
            inc[s][t][1], bi[s][t][1] = best + score[s][t], arg
            best, arg = neg, s
            for q in range(s, t):
                v = comp[s][q][0] + inc[q][t][0]
                if v > best:
                    best, arg = v, q
            comp[s][t][0], bc[s][t][0] = best, arg
            best, arg = neg, s + 1
            for q in range(s + 1, t + 1):
                v = inc[s][q][1] + comp[q][t][1]
                if v > best:
                    best, arg = v, q
            comp[s][t][1], bc[s][t][1] = best, arg
    heads = [0] * size
    todo = [('c', 0, n, 1)]
    while todo:
        kind, s, t, d = todo.pop()
        if s == t:
            continue
        if kind == 'c':
            q = bc[s][t][d]
            todo += [('c', s, q, 0), ('i', q, t, 0)] if d == 0 else [('i', s, q, 1), ('c', q, t, 1)]
        else:
            if d == 0:
                heads[s] = t
            else:
                heads[t] = s
            q = bi[s][t][d]
            todo += [('c', s, q, 1), ('c', q + 1, t, 0)]
    return heads


def vote(gold_path, out_path, ltr, rtl):
    parses = [sentences(p) for p in ltr] + [[reverse_sentence(s) for s in sentences(p)] for p in rtl]
    weight = [1.0 + (0.01 if k == 0 else 0.0) for k in range(len(parses))]
    gold = sentences(gold_path)
    words, right, anyright = 0, [0] * len(parses), 0
    voted = 0
    with open(out_path, 'w', encoding='utf-8') as out:
        for si, g in enumerate(gold):
            n = len(g)
            score = [[0.0] * (n + 1) for _ in range(n + 1)]
            for k, p in enumerate(parses):
                for cols in p[si]:
                    score[int(cols[6])][int(cols[0])] += weight[k]
            heads = eisner(n, score)
            for i in range(n):
                words += 1
                hits = [p[si][i][6] == g[i][6] for p in parses]
                right = [r + h for r, h in zip(right, hits)]
                anyright += any(hits)
                voted += str(heads[i + 1]) == g[i][6]
                src = next((p[si][i] for p in parses if p[si][i][6] == str(heads[i + 1])), parses[0][si][i])
                cols = list(parses[0][si][i])
                cols[6], cols[7] = str(heads[i + 1]), src[7]
                out.write('\t'.join(cols) + '\n')
            out.write('\n')
    each = ' '.join('%.4f' % (r / words) for r in right)
    print('UAS each %s  vote %.4f  one right %.4f' % (each, voted / words, anyright / words))


def main(argv):
    if len(argv) == 4 and argv[1] == 'reverse':
        with open(argv[3], 'w', encoding='utf-8') as out:
            for s in sentences(argv[2]):
                for cols in reverse_sentence(s):
                    out.write('\t'.join(cols) + '\n')
                out.write('\n')
        return 0
    if len(argv) >= 5 and argv[1] == 'vote':
        rest = argv[4:]
        k = rest.index('--') if '--' in rest else len(rest)
        vote(argv[2], argv[3], rest[:k], rest[k + 1:])
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv))
