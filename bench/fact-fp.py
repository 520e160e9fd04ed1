#!/usr/bin/env python3
"""fact-fp.py -- sorts the wrong facts of an extraction by kind (for the false-positive analysis in bench/README.md).

usage: fact-fp.py GOLD_DIR PRED.jsonl   (PRED from `threadline extract --jsonl` over GOLD_DIR/docs, in gold order)
Kinds: an argument that is no gold entity; the pair joined by a gold fact of
another type; the gold fact read the other way; a gold pair but hedged or
denied; an argument only named through a pronoun or coreference outside
the evidence sentence; two gold entities no gold fact joins.
"""
import collections, json, os, sys
sys.path.insert(0, "/work/shared/eval")
import score  # noqa: E402  (norm, FACT_ROLES, SYMMETRIC: the scorer's own alignment)


def align_doc(gold, pred):
    gtypes = set(gold.get("scored_types") or score.ENTITY_TYPES)
    gents = [g for g in gold["entities"] if g["type"] in gtypes]
    gnames = {g["key"]: {score.norm(n) for n in g["names"]} for g in gents}
    align, taken = {}, set()
    for pe in pred.get("entities", []):
        names = score.pred_names(pe)
        best, ov = None, 0
        for g in gents:
            if pe.get("type") != g["type"] and pe.get("type") not in g.get("alt_types", []):
                continue
            o = len(names & gnames[g["key"]])
            if o > ov and g["key"] not in taken:
                best, ov = g, o
        if best:
            taken.add(best["key"])
            align[pe["id"]] = best["key"]
    return align


def main():
    gold_dir, pred_path = sys.argv[1], sys.argv[2]
    golds = [json.loads(l) for l in open(os.path.join(gold_dir, "gold.jsonl")) if l.strip()]
    preds = [json.loads(l) for l in open(pred_path) if l.strip()]
    kinds, bytype = collections.Counter(), collections.Counter()
    tp = 0
    for gold, pred in zip(golds, preds):
        gfacts = set(gold.get("scored_facts") or score.FACT_ROLES)
        align = align_doc(gold, pred)
        ments = {e["id"]: e.get("mentions") or [] for e in pred.get("entities", [])}
        gold_pairs = {}
        for gf in gold.get("facts", []):
            roles = score.FACT_ROLES[gf["type"]]
            vals = [gf["args"].get(r) for r in roles]
            vals = [v if isinstance(v, list) else [v] for v in vals]
            for a in vals[0]:
                for b in (vals[1] if len(vals) > 1 else [None]):
                    gold_pairs.setdefault((a, b), set()).add(gf["type"])
        seen = set()
        for pf in pred.get("facts", []):
            t = pf["type"]
            if t not in gfacts:
                continue
            roles = score.FACT_ROLES[t]
            ids = [(pf.get("args") or {}).get(r) for r in roles]
            keys = [align.get(i) for i in ids]
            k = (t,) + tuple(sorted(map(str, ids)) if t in score.SYMMETRIC else ids)
            if k in seen:
                continue
            seen.add(k)
            a, b = keys[0], keys[1] if len(keys) > 1 else None
            fwd, rev = gold_pairs.get((a, b), set()), gold_pairs.get((b, a), set()) if b else set()
            if t in fwd or (t in score.SYMMETRIC and t in rev):
                tp += 1
                continue
            if any(k is None for k in keys):
                kind = "argument not a gold entity"
            elif t in rev:
                kind = "reversed direction"
            elif fwd or rev:
                kind = "wrong type"
            elif pf.get("modality") in ("hedged", "denied", "alleged"):
                kind = "gold pair, hedged/denied"
            else:
                ev = pf.get("evidence") or []
                def inside(i):
                    return any(m[0] >= e[0] and m[1] <= e[1] for m in ments.get(i, []) for e in ev)
                kind = "argument by coreference" if not all(inside(i) for i in ids if i) else "no gold fact joins the pair"
            kinds[kind] += 1
            bytype[(kind, t)] += 1
    total = sum(kinds.values())
    print(f"kept {tp} right, {total} wrong")
    for k, n in kinds.most_common():
        top = ", ".join([f"{t} {c}" for (kk, t), c in bytype.most_common() if kk == k][:5])
        print(f"{n:5d}  {k}  ({top})")


if __name__ == "__main__":
    main()
