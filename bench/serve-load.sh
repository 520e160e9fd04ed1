#!/bin/sh
# serve-load.sh -- load test of `threadline serve` on a generated store of 100,000 entities:
# 10,000 mixed GETs (dossier, path, search) over 64 keep-alive connections, then the same
# reads while 20 MB of reports are ingested into the store.
# Usage: bench/serve-load.sh   (ENT, FACTS, REQUESTS, CONNS, INGEST_MB override the sizes)
# Output: human-readable lines and bench/out/serve-load.json.  Not part of make check.
set -eu
cd "$(dirname "$0")/.."
ENT=${ENT:-100000}; FACTS=${FACTS:-500000}; REQUESTS=${REQUESTS:-10000}; CONNS=${CONNS:-64}
INGEST_MB=${INGEST_MB:-20}
OUT=bench/out/serve; mkdir -p "$OUT"
make -s build/threadline build/libthreadline.a web >/dev/null
make -s build/bench/serve-load >/dev/null
# built by the Makefile, with the libraries the library needs
make -s build/bench/store-bench >/dev/null || exit 2

# 1. the store (built once; the ingest phase adds to a copy)
BASE="$OUT/graph-$ENT-$FACTS.db"
[ -f "$BASE" ] || ./build/bench/store-bench "$BASE" "$ENT" "$FACTS" 10 >/dev/null
DB="$OUT/load.db"
rm -f "$DB" "$DB-wal" "$DB-shm"
cp "$BASE" "$DB"
TOKEN=$(./build/threadline token create --db "$DB" load)

# 2. the request mix: 40% dossiers, 30% paths, 30% searches, from a fixed seed
python3 - "$DB" "$OUT/paths.txt" <<'PY'
import random, sqlite3, sys, urllib.parse
db, out = sys.argv[1], sys.argv[2]
random.seed(11)
c = sqlite3.connect(db)
n = c.execute("select max(id) from entities").fetchone()[0]
names = [r[0] for r in c.execute("select name from entities where id % 97 = 5 limit 2000")]
paths = []
for i in range(5000):
    r = random.random()
    if r < 0.4:
        paths.append("/api/entities/%23" + str(random.randint(1, n)))
    elif r < 0.7:
        paths.append("/api/path?max_hops=4&k=1&from=%%23%d&to=%%23%d" % (random.randint(1, n), random.randint(1, n)))
    else:
        w = random.choice(names).split()[0]
        paths.append("/api/search?limit=10&q=" + urllib.parse.quote(w))
open(out, "w").write("\n".join(paths) + "\n")
PY

./build/threadline serve --db "$DB" --port 0 --threads 4 --max-conns 512 >"$OUT/serve.out" 2>"$OUT/serve.err" &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null' EXIT INT TERM
i=0
while ! grep -q "listening on" "$OUT/serve.out" 2>/dev/null; do
    i=$((i + 1)); [ $i -gt 200 ] && { echo "server did not start"; cat "$OUT/serve.err"; exit 1; }
    sleep 0.1
done
PORT=$(sed -n 's|^listening on http://127.0.0.1:\([0-9]*\)/$|\1|p' "$OUT/serve.out")

# warm the page cache as a server that has run for a while would be
./build/bench/serve-load "$PORT" "$OUT/paths.txt" 2000 16 >/dev/null
echo "reads: $REQUESTS requests over $CONNS connections on $ENT entities / $FACTS facts"
./build/bench/serve-load "$PORT" "$OUT/paths.txt" "$REQUESTS" "$CONNS" | tee "$OUT/reads.json"

# 3. reads while INGEST_MB of reports (bench/gen-corpus.js) are ingested into the same store
#    by `threadline ingest` (group commits, the way a bulk import goes in; POST
#    /api/documents stores one document per transaction, about 0.1-0.2 s each); the reads
#    come from CONNS_DURING connections (64 saturate the two shared cores by themselves)
CONNS_DURING=${CONNS_DURING:-8}
rm -rf "$OUT/corpus"
node bench/gen-corpus.js --mb "$INGEST_MB" --out "$OUT/corpus" >/dev/null
# reads alone at CONNS_DURING, for comparison
./build/bench/serve-load "$PORT" "$OUT/paths.txt" 2000 "$CONNS_DURING" >"$OUT/reads-alone.json"
(
    t0=$(date +%s.%N)
    ./build/threadline ingest --db "$DB" --quiet --json "$OUT/corpus" >"$OUT/ingest.json"
    echo "$t0 $(date +%s.%N)" >"$OUT/ingest-time.txt"
) &
ING=$!
sleep 0.5
: >"$OUT/during.jsonl"
while kill -0 $ING 2>/dev/null; do
    ./build/bench/serve-load "$PORT" "$OUT/paths.txt" 500 "$CONNS_DURING" >>"$OUT/during.jsonl"
done
wait $ING
python3 - "$OUT" "$INGEST_MB" <<'PY'
import json, sys
o, mb = sys.argv[1], float(sys.argv[2])
reads = json.load(open(o + "/reads.json"))
during = [json.loads(l) for l in open(o + "/during.jsonl") if l.strip()]
ij = json.load(open(o + "/ingest.json"))
alone = json.load(open(o + "/reads-alone.json"))
t0, t1 = map(float, open(o + "/ingest-time.txt").read().split())
d = {"requests": sum(x["requests"] for x in during), "errors": sum(x["errors"] for x in during),
     "worst_p95_ms": max(x["p95_ms"] for x in during) if during else None,
     "worst_p99_ms": max(x["p99_ms"] for x in during) if during else None,
     "median_p50_ms": sorted(x["p50_ms"] for x in during)[len(during) // 2] if during else None,
     "requests_per_s": sum(x["requests"] for x in during) / sum(x["seconds"] for x in during) if during else None}
ing = {"mb": round(ij["bytes"] / 1e6, 1), "documents": ij["documents_new"], "seconds": round(t1 - t0, 1)}
print("reads alone on %d connections: %.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors"
      % (alone["connections"], alone["requests_per_s"], alone["p50_ms"], alone["p95_ms"], alone["p99_ms"], alone["errors"]))
print("during the ingest (%d documents, %.1f MB in %.1f s): %d reads on %d connections, %d errors, %.0f req/s, "
      "median batch p50 %.1f ms, worst batch p95 %.1f ms, p99 %.1f ms"
      % (ing["documents"], ing["mb"], ing["seconds"], d["requests"], during[0]["connections"] if during else 0, d["errors"], d["requests_per_s"] or 0,
         d["median_p50_ms"] or 0, d["worst_p95_ms"] or 0, d["worst_p99_ms"] or 0))
json.dump({"reads": reads, "reads_alone": alone, "during_ingest": d, "ingest": ing}, open(o + "/../serve-load.json", "w"), indent=1)
print("wrote bench/out/serve-load.json")
PY
