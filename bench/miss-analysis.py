#!/usr/bin/env python3
"""miss-analysis.py -- why gold facts are missed: an argument not found, both
arguments in one sentence, or the arguments in different sentences.

Usage: python3 bench/miss-analysis.py GOLD_DIR [BUILD_DIR] [-v] [-x]
  GOLD_DIR   a gold set (../shared/eval/news-train, ...), scored as score.py does
  BUILD_DIR  the checkout whose build/threadline runs (default: this one)
  -v         list every missed fact: NF (an argument entity not aligned: its gold
             type and names, the predicted entities over its names, whether its
             names occur in the text), CROSS, SAME
  -x         print the sentences between the arguments of each CROSS miss
  -s         print the sentence(s) that hold both arguments of each SAME miss
             (one-argument facts: the sentences that name the argument)
  -t TYPES   only facts of these types (comma-separated: ATTACKED,CHARGED)
A missed fact counts as "notfound" when a gold argument has no aligned predicted
entity; else "same" when the two arguments (predicted mentions or gold names
found in the text) share a sentence, "cross" when they never do; "one-arg"
facts (ARRESTED, CHARGED...) whose argument was found.  Sentences are cut by a
regular expression (a period and a capital), so "U.S. Attorney" may cut one.
"""
import sys, json, re, subprocess, os, collections, itertools
gold_dir = sys.argv[1]
sys.path.insert(0, os.path.join(os.path.abspath(gold_dir), '..'))
import score as S
build = next((a for i, a in enumerate(sys.argv[2:], 2)
              if not a.startswith('-') and sys.argv[i - 1] != '-t'), os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
verbose = '-v' in sys.argv
only = set(sys.argv[sys.argv.index('-t') + 1].split(',')) if '-t' in sys.argv else None
golds = S.load_gold(gold_dir, 0)
paths = [os.path.join(gold_dir, 'docs', g['doc']) for g in golds]
out = subprocess.run([build + '/build/threadline', 'extract', '--jsonl'] + paths, capture_output=True).stdout.decode()
preds = {os.path.basename(p['document']['path']): p for p in S.parse_preds(out)}
def sents(text):
    b = [0]
    for m in re.finditer(r'[.!?]["\u201d\')]?\s+(?=["\u201c]?[A-Z0-9])|\n+', text):
        b.append(m.end())
    b.append(len(text) + 1)
    return b
def sid(bounds, off):
    import bisect
    return bisect.bisect_right(bounds, off) - 1
cnt = collections.Counter(); notfound = []; cross = []; same = []
for g in golds:
    text = open(os.path.join(gold_dir, 'docs', g['doc']), encoding='utf-8').read()
    p = preds.get(g['doc'], {'entities': [], 'facts': []})
    tallies, errors = collections.defaultdict(S.Counts), collections.defaultdict(list)
    # recompute alignment like score.py
    gtypes = set(g.get('scored_types') or S.ENTITY_TYPES)
    gents = [e for e in g['entities'] if e['type'] in gtypes]
    gnames = {e['key']: {S.norm(n) for n in e['names']} for e in gents}
    gby = {e['key']: e for e in g['entities']}
    align, taken = {}, set()
    for pe in p['entities']:
        names = S.pred_names(pe)
        cands = [e for e in gents if pe['type'] == e['type'] or pe['type'] in e.get('alt_types', [])]
        best, ov0 = None, 0
        for e in cands:
            ov = len(names & gnames[e['key']])
            if ov > ov0 and e['key'] not in taken:
                best, ov0 = e, ov
        if best: taken.add(best['key']); align[pe['id']] = best['key']
    inv = {v: k for k, v in align.items()}
    S.score_doc(g, p, tallies, errors)
    bounds = sents(text)
    pent = {e['id']: e for e in p['entities']}
    def gold_sents(key):
        s = set()
        if key in inv:
            for a, b in pent[inv[key]]['mentions']: s.add(sid(bounds, a))
        for n in gby[key]['names']:
            for m in re.finditer(re.escape(n), text): s.add(sid(bounds, m.start()))
        return s
    for line in errors['fact FN']:
        js = line.split(': ', 1)[1]
        ftype, args = js.split(' ', 1)
        if only and ftype not in only:
            continue
        args = eval(args)
        roles = S.FACT_ROLES[ftype]
        vals = [args[r] for r in roles]
        combos = list(itertools.product(*[v if isinstance(v, list) else [v] for v in vals]))
        keys = combos[0]
        miss = [k for k in keys if k not in inv]
        if miss:
            cnt['notfound'] += 1
            for k in miss:
                e = gby.get(k)
                if e is None: continue
                # which predicted entities overlap the gold name text?
                hits = []
                for pe in p['entities']:
                    for a, b in pe['mentions']:
                        for n in e['names']:
                            for m in re.finditer(re.escape(n), text):
                                if a < m.end() and m.start() < b:
                                    hits.append((pe['type'], pe['name']))
                present = any(re.search(re.escape(n), text) for n in e['names'])
                notfound.append((g['doc'], ftype, e['type'], e['names'], sorted(set(hits))[:3], present))
            continue
        if len(keys) == 1:
            cnt['one-arg'] += 1
            same.append((g['doc'], ftype, keys, sorted(gold_sents(keys[0]))[:4])); continue
        ss = [gold_sents(k) for k in keys]
        if set.intersection(*ss):
            cnt['same'] += 1
            same.append((g['doc'], ftype, keys, sorted(set.intersection(*ss))[:4]))
        else:
            cnt['cross'] += 1; cross.append((g['doc'], ftype, keys, [sorted(x)[:6] for x in ss]))
print(gold_dir, dict(cnt))
if verbose:
    for x in notfound: print('NF', x)
    for x in cross: print('CROSS', x)
    for x in same: print('SAME', x)
if '-x' in sys.argv:
    for doc, ftype, keys, ss in cross:
        text = open(os.path.join(gold_dir, 'docs', doc), encoding='utf-8').read()
        b = sents(text)
        # closest pair
        best = min(((abs(a-c), a, c) for a in ss[0] for c in ss[1]))
        lo, hi = min(best[1], best[2]), max(best[1], best[2])
        print('==', doc, ftype, keys)
        for i in range(lo, hi + 1):
            print('   [%d] %s' % (i, text[b[i]:b[i+1]].strip()[:400]))
if '-s' in sys.argv:
    for doc, ftype, keys, ss in same:
        text = open(os.path.join(gold_dir, 'docs', doc), encoding='utf-8').read()
        b = sents(text)
        print('==', doc, ftype, keys)
        for i in ss:
            print('   [%d] %s' % (i, text[b[i]:b[i+1]].strip()[:400]))
