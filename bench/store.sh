#!/bin/sh
# store.sh -- store benchmarks: ingest throughput and store size on >= 50 MB of generated
# reports, then show/neighbors/path latency on a generated store of 1M entities / 5M facts.
# Usage: bench/store.sh [--quick]   (--quick: 10 MB corpus, 20k entities / 100k facts)
# Output: human-readable lines, then bench/out/store.json.
set -eu
cd "$(dirname "$0")/.."
QUICK=${1:-}
MB=60; ENT=1000000; FACTS=5000000
[ "$QUICK" = "--quick" ] && { MB=10; ENT=20000; FACTS=100000; }
OUT=bench/out/store; mkdir -p "$OUT"
make -s build/threadline build/libthreadline.a >/dev/null
# built by the Makefile, with the libraries the library needs
make -s build/bench/store-bench >/dev/null || exit 2

# 1. ingest: the bench corpus generator (examples recombined) when present, else a synthetic one
rm -rf "$OUT/corpus" "$OUT/ingest.db"*
if [ -f bench/gen-corpus.js ] && [ -d examples ] && command -v node >/dev/null; then
    node bench/gen-corpus.js --mb "$MB" --out "$OUT/corpus" >/dev/null
    rm -f "$OUT/big.txt"
else
    mkdir -p "$OUT/corpus"
    python3 - "$OUT/corpus" "$MB" <<'PY'
import sys, random
out, mb = sys.argv[1], int(sys.argv[2]); random.seed(7)
P = ["Khalid Mehdiyev", "Rafat Amirov", "Carlisle Rivera", "Tawhid Ibrahim Begli", "Qasem Soleimani"]
O = ["the IRGC Quds Force", "the State Security Service", "the FBI", "Hezbollah", "the Hussainiyoun movement"]
L = ["Baku", "Tehran", "New York", "Tbilisi", "Istanbul", "Azerbaijan", "Iran"]
total, i = 0, 0
while total < mb * 1000000:
    s = " ".join("%s was recruited by %s in %s in %d, according to %s." % (random.choice(P), random.choice(O),
                 random.choice(L), 2000 + random.randrange(24), random.choice(O)) for _ in range(random.randrange(40, 160)))
    open("%s/r%05d.txt" % (out, i), "w").write(s + "\n"); total += len(s) + 1; i += 1
PY
fi
./build/threadline ingest --db "$OUT/ingest.db" --json --quiet "$OUT/corpus" >"$OUT/ingest.json"
./build/threadline stats --db "$OUT/ingest.db" --json --top 0 >"$OUT/stats.json"
python3 - "$OUT" <<'PY'
import json, sys, os
o = sys.argv[1]; i = json.load(open(o + "/ingest.json")); s = json.load(open(o + "/stats.json"))
size = sum(os.path.getsize(o + "/" + f) for f in os.listdir(o) if f.startswith("ingest.db"))
print("ingest: %d documents, %.1f MB in %.1f s = %.2f MB/s; store %.1f MB on disk (%.2fx the text; %.2fx in use)"
      % (i["documents_new"], i["bytes"] / 1e6, i["seconds"], i["mb_per_s"], size / 1e6, size / s["text_bytes"],
         s["store_to_text"]))
json.dump({"ingest_mb_per_s": i["mb_per_s"], "corpus_mb": i["bytes"] / 1e6, "store_to_text": s["store_to_text"],
           "file_to_text": size / s["text_bytes"]}, open(o + "/ingest-summary.json", "w"))
PY

# 2. queries on a generated graph (built once, reused while the file exists)
DB="$OUT/graph-$ENT-$FACTS.db"
./build/bench/store-bench "$DB" "$ENT" "$FACTS" 100 | tee "$OUT/queries.txt"
tail -1 "$OUT/queries.txt" >"$OUT/queries.json"
python3 - "$OUT" <<'PY'
import json, sys
o = sys.argv[1]
r = {"ingest": json.load(open(o + "/ingest-summary.json")), "queries": json.load(open(o + "/queries.json"))}
json.dump(r, open(o + "/../store.json", "w"), indent=1)
print("wrote bench/out/store.json")
PY
