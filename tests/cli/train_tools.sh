#!/bin/sh
# train_tools.sh -- the model trainers (tools/) on a tiny invented corpus: each writes a model that
# loads, the same bytes twice (training is reproducible), and refuses bad arguments and inputs with
# a message instead of crashing.
set -u
: "${TL:?set TL to the threadline binary}"
: "${BUILD:?set BUILD to the build folder}"
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
TOOLS="$ROOT/$BUILD/tools"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# A usage error or a refusal exits 1 or 2 with a message; a crash (signal: 128+) or silence is a failure.
refuses() { # what command...
    what=$1; shift
    "$@" >"$T/out" 2>&1
    rc=$?
    [ "$rc" -ne 0 ] && [ "$rc" -lt 128 ] || fail "$what: exit $rc"
    [ -s "$T/out" ] || fail "$what: no message"
}

# An invented corpus: DET NOUN VERB DET NOUN . sentences, as Brown files and as CoNLL-U.
python3 - "$T" <<'PY'
import os, random, sys
d = sys.argv[1]
r = random.Random(5)
dets = ["the", "a"]
nouns = ["courier", "agent", "ministry", "cell", "envoy", "broker", "ledger", "harbor"]
verbs = ["met", "paid", "joined", "watched", "funded", "recruited"]
def sent():
    return [(r.choice(dets), "at", "DET", "DT"), (r.choice(nouns), "nn", "NOUN", "NN"),
            (r.choice(verbs), "vbd", "VERB", "VBD"), (r.choice(dets), "at", "DET", "DT"),
            (r.choice(nouns), "nn", "NOUN", "NN"), (".", ".", "PUNCT", ".")]
os.makedirs(os.path.join(d, "brown"))
for i in range(1, 13):
    with open(os.path.join(d, "brown", "ca%02d" % i), "w") as f:
        for _ in range(20):
            f.write("\n\n\t" + " ".join("%s/%s" % (w, b) for w, b, u, x in sent()) + "\n")
def conllu(name, n):
    with open(os.path.join(d, name), "w") as f:
        for k in range(n):
            heads, rels = [2, 3, 0, 5, 3, 3], ["det", "nsubj", "root", "det", "obj", "punct"]
            f.write("# sent_id = %d\n" % k)
            for i, (w, b, u, x) in enumerate(sent()):
                f.write("\t".join([str(i + 1), w, w, u, x, "_", str(heads[i]), rels[i], "_", "_"]) + "\n")
            f.write("\n")
conllu("train.conllu", 60)
conllu("dev.conllu", 10)
PY
[ -f "$T/train.conllu" ] || fail "could not write the corpus"

# POS tagger: reproducible, a perceptron model file.
for i in 1 2; do
    "$TOOLS/train-pos" --iter 2 --hash-bits 12 "$T/brown" "$T/pos$i.model" >"$T/pos.log" 2>&1 ||
        { tail -5 "$T/pos.log"; fail "train-pos"; }
done
cmp -s "$T/pos1.model" "$T/pos2.model" || fail "train-pos: two runs, two models"
[ "$(head -c 8 "$T/pos1.model")" = TLPERCEP ] || fail "train-pos: not a model file"

# Dependency parser: reproducible, and `parse --model` loads and uses it.
DEP="--iter 2 --tag-iter 2 --folds 2 --trans-bits 12 --label-bits 12 --tag-bits 12 --clusters 8,4 --min-count 1 --contexts 20"
for i in 1 2; do
    "$TOOLS/train-dep" $DEP --dev "$T/dev.conllu" "$T/train.conllu" "$T/dep$i.model" >"$T/dep.log" 2>&1 ||
        { tail -5 "$T/dep.log"; fail "train-dep"; }
done
cmp -s "$T/dep1.model" "$T/dep2.model" || fail "train-dep: two runs, two models"
$TL parse --model "$T/dep1.model" "$T/dev.conllu" >"$T/parsed" 2>"$T/err" || { cat "$T/err"; fail "parse with the trained model"; }
# --shrink: thresholds of 0 give the same bytes; a high label threshold a
# smaller model that still loads and parses; the same output twice; bad
# thresholds and a broken model refused.
"$TOOLS/train-dep" --shrink 0,0,0,0 "$T/dep1.model" "$T/shr0.model" 2>"$T/err" || { cat "$T/err"; fail "train-dep --shrink 0"; }
cmp -s "$T/dep1.model" "$T/shr0.model" || fail "train-dep --shrink 0,0,0,0 changed the model"
for i in 1 2; do
    "$TOOLS/train-dep" --shrink 0,0,20000,20000 "$T/dep1.model" "$T/shr$i.model" 2>"$T/err" || { cat "$T/err"; fail "train-dep --shrink"; }
done
cmp -s "$T/shr1.model" "$T/shr2.model" || fail "train-dep --shrink: two runs, two models"
[ "$(wc -c <"$T/shr1.model")" -lt "$(wc -c <"$T/dep1.model")" ] || fail "train-dep --shrink: nothing dropped"
$TL parse --model "$T/shr1.model" "$T/dev.conllu" >/dev/null 2>"$T/err" || { cat "$T/err"; fail "parse with the shrunk model"; }
refuses "train-dep --shrink with bad thresholds" "$TOOLS/train-dep" --shrink 1,2 "$T/dep1.model" "$T/x.model"
head -c 1000 "$T/dep1.model" >"$T/cut.model"
refuses "train-dep --shrink of a truncated model" "$TOOLS/train-dep" --shrink 0,0,0,0 "$T/cut.model" "$T/x.model"
[ "$(grep -c 'root' "$T/parsed")" -ge 10 ] || fail "parse with the trained model: no roots"
# An ensemble of parsers (averaged weights) is reproducible too, and differs
# from the single parser.
for i in 1 2; do
    "$TOOLS/train-dep" $DEP --ensemble 2 "$T/train.conllu" "$T/ens$i.model" >"$T/dep.log" 2>&1 ||
        { tail -5 "$T/dep.log"; fail "train-dep --ensemble"; }
done
cmp -s "$T/ens1.model" "$T/ens2.model" || fail "train-dep --ensemble: two runs, two models"
$TL parse --model "$T/ens1.model" "$T/dev.conllu" >"$T/parsed" 2>"$T/err" || { cat "$T/err"; fail "parse with the ensemble"; }
# The tag cache: the first run fills it, the second reads it, and both give
# the model that a run without the cache gives.
for i in 1 2; do
    "$TOOLS/train-dep" $DEP --tag-cache "$T/tags.bin" --dev "$T/dev.conllu" "$T/train.conllu" "$T/cache$i.model" \
        >"$T/dep.log" 2>&1 || { tail -5 "$T/dep.log"; fail "train-dep --tag-cache"; }
done
grep -q "tags and taggers from" "$T/dep.log" || fail "train-dep --tag-cache: the second run did not read the cache"
cmp -s "$T/dep1.model" "$T/cache1.model" && cmp -s "$T/dep1.model" "$T/cache2.model" ||
    fail "train-dep --tag-cache: another model"
# A cache of another corpus is not used.
"$TOOLS/train-dep" $DEP --tag-cache "$T/tags.bin" "$T/dev.conllu" "$T/other.model" >"$T/dep.log" 2>&1 ||
    { tail -5 "$T/dep.log"; fail "train-dep --tag-cache, other corpus"; }
grep -q "tags and taggers from" "$T/dep.log" && fail "train-dep --tag-cache: read a cache of another corpus"
# The vote's members: a right-to-left parser and another shuffle seed are
# reproducible and differ from the shipped configuration; packed with
# --vote-pack (reproducibly) they vote with the main model they were made
# for, and a vote model is refused by another parser or when cut short.
for i in 1 2; do
    "$TOOLS/train-dep" $DEP --tag-cache "$T/tags.bin" --reverse --dev "$T/dev.conllu" "$T/train.conllu" \
        "$T/rtl$i.model" >"$T/rtl.log" 2>&1 || { tail -5 "$T/rtl.log"; fail "train-dep --reverse"; }
done
cmp -s "$T/rtl1.model" "$T/rtl2.model" || fail "train-dep --reverse: two runs, two models"
cmp -s "$T/rtl1.model" "$T/dep1.model" && fail "train-dep --reverse: the left-to-right model"
grep -q "(right to left): .* UAS" "$T/rtl.log" || fail "train-dep --reverse: no right-to-left dev figures"
"$TOOLS/train-dep" $DEP --tag-cache "$T/tags.bin" --parser-seed 2 "$T/train.conllu" "$T/ps2.model" >"$T/dep.log" 2>&1 ||
    { tail -5 "$T/dep.log"; fail "train-dep --parser-seed"; }
cmp -s "$T/ps2.model" "$T/dep1.model" && fail "train-dep --parser-seed 2: the seed-1 model"
for i in 1 2; do
    "$TOOLS/train-dep" --vote-pack 0,0 "$T/dep1.model" "$T/vote$i.model" ltr:"$T/ps2.model" "rtl:$T/rtl1.model@120" \
        2>"$T/err" || { cat "$T/err"; fail "train-dep --vote-pack"; }
done
cmp -s "$T/vote1.model" "$T/vote2.model" || fail "train-dep --vote-pack: two runs, two files"
[ "$(head -c 8 "$T/vote1.model")" = TLDEPVOT ] || fail "train-dep --vote-pack: not a vote model"
"$TOOLS/train-dep" --vote-pack 20000,20000 "$T/dep1.model" "$T/vshr.model" ltr:"$T/ps2.model" rtl:"$T/rtl1.model" 2>"$T/err" ||
    { cat "$T/err"; fail "train-dep --vote-pack with a threshold"; }
[ "$(wc -c <"$T/vshr.model")" -lt "$(wc -c <"$T/vote1.model")" ] || fail "train-dep --vote-pack: nothing dropped"
$TL parse --model "$T/dep1.model" --vote-model "$T/vote1.model" "$T/dev.conllu" >"$T/voted" 2>"$T/err" ||
    { cat "$T/err"; fail "parse with a vote model"; }
$TL parse --model "$T/dep1.model" "$T/dev.conllu" >"$T/single" 2>"$T/err" || { cat "$T/err"; fail "parse --model"; }
[ "$(grep -c 'root' "$T/voted")" -eq "$(grep -c 'root' "$T/single")" ] || fail "parse with a vote: not one root a sentence"
cmp -s "$T/voted" "$T/single" && fail "parse with a vote: the single parser's trees"
refuses "train-dep --vote-pack of a POS model" "$TOOLS/train-dep" --vote-pack 0,0 "$T/dep1.model" "$T/x.model" "$T/pos1.model"
refuses "train-dep --vote-pack without members" "$TOOLS/train-dep" --vote-pack 0,0 "$T/dep1.model" "$T/x.model"
head -c $(($(wc -c <"$T/vote1.model") / 2)) "$T/vote1.model" >"$T/vcut.model"
refuses "parse with a truncated vote model" $TL parse --model "$T/dep1.model" --vote-model "$T/vcut.model" "$T/dev.conllu"
refuses "parse with a parser model as vote model" $TL parse --model "$T/dep1.model" --vote-model "$T/dep1.model" "$T/dev.conllu"
refuses "train-dep with a bad ensemble" "$TOOLS/train-dep" $DEP --ensemble 0 "$T/train.conllu" "$T/x.model"
# ... and refuses a model that is not one, or is cut short.
head -c 100 "$T/dep1.model" >"$T/cut.model"
refuses "parse with a truncated model" $TL parse --model "$T/cut.model" "$T/dev.conllu"
refuses "parse with a POS model as parser" $TL parse --model "$T/pos1.model" "$T/dev.conllu"

# Bad arguments and inputs: a message, no crash.
mkdir -p "$T/empty"
printf '1\tA\n' >"$T/bad.conllu"
: >"$T/none.conllu"
refuses "train-pos without arguments" "$TOOLS/train-pos"
refuses "train-pos on a missing folder" "$TOOLS/train-pos" "$T/missing" "$T/x.model"
refuses "train-pos on an empty folder" "$TOOLS/train-pos" --iter 1 "$T/empty" "$T/x.model"
refuses "train-pos with a bad option" "$TOOLS/train-pos" --iter zero "$T/brown" "$T/x.model"
refuses "train-pos into a missing folder" "$TOOLS/train-pos" --iter 1 --hash-bits 12 "$T/brown" "$T/no/such/x.model"
refuses "train-dep without arguments" "$TOOLS/train-dep"
refuses "train-dep on a bad treebank" "$TOOLS/train-dep" $DEP --dev "$T/dev.conllu" "$T/bad.conllu" "$T/x.model"
refuses "train-dep on an empty treebank" "$TOOLS/train-dep" $DEP --dev "$T/dev.conllu" "$T/none.conllu" "$T/x.model"
refuses "train-dep on a missing treebank" "$TOOLS/train-dep" $DEP --dev "$T/dev.conllu" "$T/missing.conllu" "$T/x.model"
for t in train-ner train-rel train-fscore; do
    refuses "$t without arguments" "$TOOLS/$t"
    refuses "$t on a missing folder" "$TOOLS/$t" "$T/missing" "$T/x.model"
    refuses "$t on an empty folder" "$TOOLS/$t" "$T/empty" "$T/x.model"
done
# The fact scorer on an invented gold set: with --veto-precision it also
# weighs dropping the frames' facts, and writes the same bytes twice.
mkdir -p "$T/gold/docs"
python3 - "$T/gold" <<'PY'
import json, os, sys
d = sys.argv[1]
people = ["Omar Haddad", "Lina Farouk", "Karim Selim", "Nadia Rahal", "Yusuf Tamer", "Sami Aziz"]
places = ["Lyon", "Marseille", "Toulouse", "Nantes"]
with open(os.path.join(d, "gold.jsonl"), "w") as g:
    for i in range(8):
        p, q, pl = people[i % 6], people[(i + 1) % 6], places[i % 4]
        text = (f"Police arrested {p} in {pl} on Tuesday. {p} met {q} in {pl} last year. "
                f"{q} is a member of the Crescent Front.\n")
        open(os.path.join(d, "docs", f"d{i}.txt"), "w").write(text)
        ents = [{"key": "p", "type": "PERSON", "names": [p]}, {"key": "q", "type": "PERSON", "names": [q]},
                {"key": "g", "type": "ORG", "names": ["Crescent Front"]}, {"key": "l", "type": "GPE", "names": [pl]}]
        facts = [{"type": "ARRESTED", "args": {"person": "p"}}, {"type": "MET", "args": {"a": "p", "b": "q"}},
                 {"type": "MEMBER_OF", "args": {"member": "q", "group": "g"}}]
        g.write(json.dumps({"doc": f"d{i}.txt", "entities": ents, "facts": facts}) + "\n")
PY
FS="--iter 2 --ensemble 1 --bits 12 --folds 2 --veto-precision 0.5"
"$TOOLS/train-fscore" $FS "$T/fs1.model" "$T/gold" >"$T/fs.log" 2>&1 || fail "train-fscore: $(tail -3 "$T/fs.log")"
"$TOOLS/train-fscore" $FS "$T/fs2.model" "$T/gold" >/dev/null 2>&1 || fail "train-fscore (second run)"
[ -s "$T/fs1.model" ] || fail "train-fscore wrote no model"
cmp -s "$T/fs1.model" "$T/fs2.model" || fail "train-fscore is not reproducible"
grep -q "frames alone" "$T/fs.log" || fail "train-fscore: no held-out report"
# Two gold folders, the second judging the veto too (--veto-cv 1): still
# reproducible, and the frames' facts are weighed on both.
cp -r "$T/gold" "$T/gold2"
"$TOOLS/train-fscore" $FS --veto-cv 1 "$T/fs3.model" "$T/gold" "$T/gold2" >"$T/fs3.log" 2>&1 ||
    fail "train-fscore --veto-cv: $(tail -3 "$T/fs3.log")"
"$TOOLS/train-fscore" $FS --veto-cv 1 "$T/fs4.model" "$T/gold" "$T/gold2" >/dev/null 2>&1 ||
    fail "train-fscore --veto-cv (second run)"
cmp -s "$T/fs3.model" "$T/fs4.model" || fail "train-fscore --veto-cv is not reproducible"
grep -q "gold2: 8 documents" "$T/fs3.log" || fail "train-fscore --veto-cv: the second folder unread"
refuses "train-fscore with a bad option" "$TOOLS/train-fscore" --veto "$T/x.model" "$T/gold"
# The F1 objective (fscore_op.h) is reproducible too, and --report prints
# the recall ceiling of both folders; an unknown objective is refused.
"$TOOLS/train-fscore" $FS --objective f1 --report 1 "$T/fs5.model" "$T/gold" "$T/gold2" >"$T/fs5.log" 2>&1 ||
    fail "train-fscore --objective f1: $(tail -3 "$T/fs5.log")"
"$TOOLS/train-fscore" $FS --objective f1 --report 1 "$T/fs6.model" "$T/gold" "$T/gold2" >/dev/null 2>&1 ||
    fail "train-fscore --objective f1 (second run)"
cmp -s "$T/fs5.model" "$T/fs6.model" || fail "train-fscore --objective f1 is not reproducible"
[ "$(grep -c "recall ceiling" "$T/fs5.log")" = 2 ] || fail "train-fscore --report: no ceiling of each folder"
grep -q "ARRESTED .* / .* (0, 0)" "$T/fs5.log" || fail "train-fscore --report: no ARRESTED row"
# --report alone changes no point: the same model as without it
"$TOOLS/train-fscore" $FS --report 1 "$T/fs7.model" "$T/gold" "$T/gold2" >/dev/null 2>&1 || fail "train-fscore --report"
"$TOOLS/train-fscore" $FS "$T/fs8.model" "$T/gold" "$T/gold2" >/dev/null 2>&1 || fail "train-fscore, two folders"
cmp -s "$T/fs7.model" "$T/fs8.model" || fail "train-fscore --report changed the model"
# The ceiling's "no candidate" split: a member of an organization the text
# never names (an argument unfound), an associate named only in another
# sentence (never in one sentence).
cp -r "$T/gold" "$T/gold3"
python3 - "$T/gold3" <<'PY'
import json, os, sys
d = sys.argv[1]
rows = [json.loads(l) for l in open(os.path.join(d, "gold.jsonl"))]
with open(os.path.join(d, "gold.jsonl"), "w") as g:
    for r in rows:
        open(os.path.join(d, "docs", r["doc"]), "a").write("Later that week Rami Odeh spoke to reporters in Geneva.\n")
        r["entities"] += [{"key": "r", "type": "PERSON", "names": ["Rami Odeh"]},
                          {"key": "t", "type": "ORG", "names": ["Blue Harbor Trust"]}]
        r["facts"] += [{"type": "ASSOCIATE_OF", "args": {"a": "p", "b": "r"}},
                       {"type": "MEMBER_OF", "args": {"member": "r", "group": "t"}}]
        g.write(json.dumps(r) + "\n")
PY
"$TOOLS/train-fscore" $FS --report 1 "$T/fs9.model" "$T/gold" "$T/gold3" >"$T/fs9.log" 2>&1 || fail "train-fscore --report, gold3"
sed -n '/ceiling, .*gold3/,$p' "$T/fs9.log" | grep -q "MEMBER_OF .* (8, 0)" || fail "train-fscore --report: unfound argument not told"
sed -n '/ceiling, .*gold3/,$p' "$T/fs9.log" | grep -q "ASSOCIATE_OF .* / *8 (0, 8)" ||
    fail "train-fscore --report: arguments never in one sentence not told"
refuses "train-fscore with an unknown objective" "$TOOLS/train-fscore" --objective recall "$T/x.model" "$T/gold"
# The pair classifier with cross-validated operating points (--folds): the
# same bytes twice, a held-out report, and a model that `extract` still
# loads (built in, the row is read by tl_rel_accept; tests/unit/test_rel.c).
REL="--iter 2 --ensemble 2 --bits 12 --folds 2"
"$TOOLS/train-rel" $REL "$T/gold" "$T/rel1.model" >"$T/rel.log" 2>&1 || fail "train-rel --folds: $(tail -3 "$T/rel.log")"
"$TOOLS/train-rel" $REL "$T/gold" "$T/rel2.model" >/dev/null 2>&1 || fail "train-rel --folds (second run)"
cmp -s "$T/rel1.model" "$T/rel2.model" || fail "train-rel --folds is not reproducible"
grep -q "held out, without the classifier" "$T/rel.log" || fail "train-rel --folds: no held-out report"
"$TOOLS/train-rel" --iter 2 --ensemble 2 --bits 12 "$T/gold" "$T/rel3.model" >/dev/null 2>&1 || fail "train-rel without --folds"
cmp -s "$T/rel1.model" "$T/rel3.model" && fail "train-rel --folds wrote no operating points"
refuses "train-rel with one fold" "$TOOLS/train-rel" --folds 1 "$T/gold" "$T/x.model"
echo "train_tools: ok"
