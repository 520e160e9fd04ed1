#!/bin/sh
# serve-load.sh -- load test of `threadline serve` on a generated store of 100,000 entities:
# 10,000 mixed GETs (dossier, path, search) over 64 keep-alive connections, then the same
# reads while 20 MB of reports are ingested through POST /api/documents.
# Usage: bench/serve-load.sh   (ENT, FACTS, REQUESTS, CONNS, INGEST_MB override the sizes)
# Output: human-readable lines and bench/out/serve-load.json.  Not part of make check.
set -eu
cd "$(dirname "$0")/.."
ENT=${ENT:-100000}; FACTS=${FACTS:-500000}; REQUESTS=${REQUESTS:-10000}; CONNS=${CONNS:-64}
INGEST_MB=${INGEST_MB:-20}
OUT=bench/out/serve; mkdir -p "$OUT"
make -s build/threadline build/libthreadline.a web >/dev/null
make -s build/bench/serve-load >/dev/null
cc -std=c11 -D_GNU_SOURCE -O2 -Iinclude -Isrc/core -Isrc/store -o build/store-bench bench/store-bench.c \
    build/libthreadline.a -lsqlite3 -ljansson -lutf8proc $(pkg-config --libs igraph) -lm -lpthread

# 1. the store (built once; the ingest phase adds to a copy)
BASE="$OUT/graph-$ENT-$FACTS.db"
[ -f "$BASE" ] || ./build/store-bench "$BASE" "$ENT" "$FACTS" 10 >/dev/null
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

# 3. the same reads while INGEST_MB of reports go in through the API (1 MB documents)
rm -rf "$OUT/corpus" "$OUT/docs"; mkdir -p "$OUT/docs"
node bench/gen-corpus.js --mb "$INGEST_MB" --out "$OUT/corpus" >/dev/null
python3 - "$OUT/corpus" "$OUT/docs" <<'PY'
import os, sys
src, dst = sys.argv[1], sys.argv[2]
buf, k = [], 0
for f in sorted(os.listdir(src)):
    buf.append(open(os.path.join(src, f), encoding="utf-8").read())
    if sum(map(len, buf)) >= 1000000:
        open(os.path.join(dst, "doc%03d.txt" % k), "w").write("\n\n".join(buf)); buf, k = [], k + 1
if buf: open(os.path.join(dst, "doc%03d.txt" % k), "w").write("\n\n".join(buf))
PY
(
    t0=$(date +%s.%N)
    for f in "$OUT"/docs/*.txt; do
        curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/plain' \
            --data-binary @"$f" "http://127.0.0.1:$PORT/api/documents"
    done >"$OUT/ingest-codes.txt"
    echo "$t0 $(date +%s.%N)" >"$OUT/ingest-time.txt"
) &
ING=$!
sleep 0.5
: >"$OUT/during.jsonl"
while kill -0 $ING 2>/dev/null; do
    ./build/bench/serve-load "$PORT" "$OUT/paths.txt" 2000 "$CONNS" >>"$OUT/during.jsonl"
done
wait $ING
python3 - "$OUT" "$INGEST_MB" <<'PY'
import json, sys
o, mb = sys.argv[1], float(sys.argv[2])
reads = json.load(open(o + "/reads.json"))
during = [json.loads(l) for l in open(o + "/during.jsonl") if l.strip()]
codes = open(o + "/ingest-codes.txt").read().split()
t0, t1 = map(float, open(o + "/ingest-time.txt").read().split())
d = {"requests": sum(x["requests"] for x in during), "errors": sum(x["errors"] for x in during),
     "worst_p95_ms": max(x["p95_ms"] for x in during) if during else None,
     "worst_p99_ms": max(x["p99_ms"] for x in during) if during else None,
     "median_p50_ms": sorted(x["p50_ms"] for x in during)[len(during) // 2] if during else None,
     "requests_per_s": sum(x["requests"] for x in during) / sum(x["seconds"] for x in during) if during else None}
ing = {"mb": mb, "documents": len(codes), "ok": sum(c in ("200", "201") for c in codes), "seconds": round(t1 - t0, 1)}
print("during the ingest (%d documents, %.0f MB in %.1f s, %d stored): %d reads, %d errors, %.0f req/s, "
      "p50 %.1f ms, worst batch p95 %.1f ms, p99 %.1f ms"
      % (ing["documents"], mb, ing["seconds"], ing["ok"], d["requests"], d["errors"], d["requests_per_s"] or 0,
         d["median_p50_ms"] or 0, d["worst_p95_ms"] or 0, d["worst_p99_ms"] or 0))
json.dump({"reads": reads, "during_ingest": d, "ingest": ing}, open(o + "/../serve-load.json", "w"), indent=1)
print("wrote bench/out/serve-load.json")
PY
