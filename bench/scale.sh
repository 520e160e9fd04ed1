#!/bin/sh
# scale.sh -- end to end at scale: reports through the parallel extraction filter into a PostgreSQL store
# from 2 ingest processes (MB/s, store size), then show/path/search latency on a 1M-entity store,
# PostgreSQL next to SQLite.  Not part of `make check`.
# Environment: SCALE_MB (corpus, default 1024), SCALE_ENTITIES (default 1000000; facts 5x),
#   SCALE_JOBS (extraction jobs, default 2), SCALE_QUERIES (timed runs of each query, default 20).
#   The query phase alone, on stores built before (so that a change can be measured without
#   rebuilding them): SCALE_SKIP_INGEST=1 leaves out the corpus and its ingest; SCALE_BIG_DB=FILE
#   is the big SQLite store (built there when it has no documents; keep it outside bench/out/scale,
#   which each run empties); SCALE_BIG_PG=URL is its PostgreSQL copy (else a throwaway server
#   gets one through `migrate`).  SCALE_BEFORE=path/to/old/threadline times the PostgreSQL queries
#   with that binary too, in the same run (before/after).
# Output: human-readable lines, then bench/out/scale/scale.json.
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
MB=${SCALE_MB:-1024}; ENT=${SCALE_ENTITIES:-1000000}; FACTS=$((ENT * 5)); JOBS=${SCALE_JOBS:-2}
Q=${SCALE_QUERIES:-20}
SKIP_INGEST=${SCALE_SKIP_INGEST:-0}
OUT=$ROOT/bench/out/scale; rm -rf "$OUT"; mkdir -p "$OUT"; chmod 755 "$OUT"
BIG=${SCALE_BIG_DB:-$OUT/big.db}
TL=$ROOT/build/threadline
make -s build/threadline build/libthreadline.a >/dev/null
# built by the Makefile, with the libraries the library needs
make -s build/bench/store-bench >/dev/null || exit 2
. "$ROOT/tests/lib/pg.sh"
trap 'pg_stop' EXIT INT TERM
if [ "$SKIP_INGEST" != 1 ] || [ -z "${SCALE_BIG_PG:-}" ]; then pg_start "$OUT/pg"; fi
now() { date +%s.%N; }

# 1. the corpus: reports recombined from examples/ as JSON lines {"id","text"}
t0=0; t1=0; t2=0; bytes=0
if [ "$SKIP_INGEST" != 1 ]; then
node bench/gen-corpus.js --mb "$MB" --out "$OUT/corpus" >/dev/null
python3 - "$OUT/corpus" "$OUT/docs.jsonl" <<'PY'
import json, os, sys
d, out = sys.argv[1], open(sys.argv[2], "w")
for f in sorted(os.listdir(d)):
    out.write(json.dumps({"id": f, "text": open(os.path.join(d, f), encoding="utf-8").read()}) + "\n")
PY
bytes=$(wc -c <"$OUT/docs.jsonl")

# 2. extraction through GNU parallel, loading into PostgreSQL from 2 processes
url=$(pg_newdb scale)
t0=$(now)
parallel --pipepart -a "$OUT/docs.jsonl" -k --block -"$JOBS" -j"$JOBS" \
    "$TL" extract --input jsonl --with-text >"$OUT/extracted.jsonl"
t1=$(now)
lines=$(wc -l <"$OUT/extracted.jsonl")
half=$(( (lines + 1) / 2 ))
split -l "$half" "$OUT/extracted.jsonl" "$OUT/part-"
"$TL" ingest --db "$url" --extracted --quiet "$OUT/part-aa" &
p1=$!
"$TL" ingest --db "$url" --extracted --quiet "$OUT/part-ab" &
p2=$!
wait $p1; wait $p2
t2=$(now)
"$TL" stats --db "$url" --json --top 0 >"$OUT/pg-ingest-stats.json"
fi

# 3. the 1M-entity store: generated in SQLite (unless SCALE_BIG_DB holds it), migrated to PostgreSQL
./build/bench/store-bench "$BIG" "$ENT" "$FACTS" 1 >"$OUT/store-bench.txt"
t3=$(now)
if [ -n "${SCALE_BIG_PG:-}" ]; then
    big=$SCALE_BIG_PG
else
    big=$(pg_newdb big)
    "$TL" migrate --from "$BIG" --to "$big" --quiet
fi
t4=$(now)
"$TL" stats --db "$BIG" --json --top 0 >"$OUT/big-sqlite.json"
"$TL" stats --db "$big" --json --top 0 >"$OUT/big-pg.json"
# query latency: median of Q runs of each command (process start included, alike for both;
# for PostgreSQL this includes the connection, a server process started for each command)
lat() { # db command... -> median seconds (with the binary $BIN)
    db=$1; shift
    i=0; : >"$OUT/lat"
    while [ $i -lt "$Q" ]; do
        a=$(now); "$BIN" "$@" --db "$db" >/dev/null 2>&1 || true; b=$(now)
        echo "$a $b" | awk '{print $2 - $1}' >>"$OUT/lat"; i=$((i + 1))
    done
    sort -g "$OUT/lat" | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'
}
e1="#1"; e2="#$((ENT / 2))"
# a word the generated store holds (the first word of the second entity's name: a handful of
# entities share it; the last word is shared by thousands), next to one it does not ("recruited":
# the cost of a search that finds nothing)
word=$("$TL" show "$e2" --json --db "$BIG" | python3 -c 'import json,sys; print(json.load(sys.stdin)["name"].split()[0])')
: >"$OUT/latency.txt"
backends="sqlite pg"; [ -n "${SCALE_BEFORE:-}" ] && backends="sqlite pg pg-before"
for backend in $backends; do
    db=$BIG; [ $backend != sqlite ] && db=$big
    BIN=$TL; [ $backend = pg-before ] && BIN=$SCALE_BEFORE
    echo "$backend show $(lat "$db" show "$e1")" >>"$OUT/latency.txt"
    echo "$backend path $(lat "$db" path "$e1" "$e2")" >>"$OUT/latency.txt"
    echo "$backend search $(lat "$db" search "recruited")" >>"$OUT/latency.txt"
    echo "$backend search-hits $(lat "$db" search "$word")" >>"$OUT/latency.txt"
done
# the same store API calls inside one process (no process start, one connection): 100 random
# show (entity, names, facts with evidence, documents), neighbors and path queries
./build/bench/store-bench "$BIG" "$ENT" "$FACTS" 100 | tail -1 >"$OUT/inproc-sqlite.json"
./build/bench/store-bench "$big" "$ENT" "$FACTS" 100 | tail -1 >"$OUT/inproc-pg.json"
python3 - "$OUT" "$bytes" "$t0" "$t1" "$t2" "$t3" "$t4" "$MB" "$ENT" "$JOBS" "$SKIP_INGEST" <<'PY'
import json, sys
o, nbytes, t0, t1, t2, t3, t4 = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:8])
mb, ent, jobs, skip = sys.argv[8], int(sys.argv[9]), int(sys.argv[10]), sys.argv[11] == "1"
lat = {}
for line in open(o + "/latency.txt"):
    b, q, s = line.split()
    lat.setdefault(q, {})[b] = float(s)
big_s, big_p = json.load(open(o + "/big-sqlite.json")), json.load(open(o + "/big-pg.json"))
inp = {b: json.load(open(o + "/inproc-%s.json" % b)) for b in ("sqlite", "pg")}
r = {"big_entities": big_s["entities"], "big_facts": big_s["facts"], "migrate_s": t4 - t3,
     "big_sqlite_mb": big_s["store_bytes"] / 1e6, "big_pg_mb": big_p["store_bytes"] / 1e6,
     "latency_s": lat,
     "pg_over_sqlite": {q: (v["pg"] / v["sqlite"] if v.get("sqlite") else None) for q, v in lat.items()},
     "pg_before_over_sqlite": {q: v["pg-before"] / v["sqlite"] for q, v in lat.items() if "pg-before" in v},
     "in_process_median_ms": {q: {b: inp[b][q]["median_ms"] for b in inp} for q in ("show", "neighbors", "path")}}
if not skip:
    st = json.load(open(o + "/pg-ingest-stats.json"))
    r.update({"corpus_mb": nbytes / 1e6, "extract_jobs": jobs, "extract_s": t1 - t0, "pg_ingest_s": t2 - t1,
              "end_to_end_mb_s": nbytes / 1e6 / (t2 - t0), "extract_mb_s": nbytes / 1e6 / (t1 - t0),
              "pg_documents": st["documents"], "pg_entities": st["entities"], "pg_facts": st["facts"],
              "pg_store_mb": st["store_bytes"] / 1e6})
    print("corpus %.0f MB: extract %.1f s (%d jobs, %.2f MB/s), PostgreSQL ingest from 2 processes %.1f s;"
          " end to end %.2f MB/s" % (r["corpus_mb"], r["extract_s"], jobs, r["extract_mb_s"], r["pg_ingest_s"],
                                      r["end_to_end_mb_s"]))
    print("PostgreSQL store: %d documents, %d entities, %d facts, %.0f MB" % (st["documents"], st["entities"],
          st["facts"], r["pg_store_mb"]))
json.dump(r, open(o + "/scale.json", "w"), indent=1)
print("big store: %d entities, %d facts; SQLite %.0f MB, PostgreSQL %.0f MB (migrate %.0f s)" % (
      r["big_entities"], r["big_facts"], r["big_sqlite_mb"], r["big_pg_mb"], r["migrate_s"]))
for q, v in lat.items():
    print("%-11s SQLite %.3f s  PostgreSQL %.3f s  (x%.2f)%s" % (q, v["sqlite"], v["pg"], v["pg"] / v["sqlite"],
          "  before: %.3f s (x%.2f)" % (v["pg-before"], v["pg-before"] / v["sqlite"]) if "pg-before" in v else ""))
for q, v in r["in_process_median_ms"].items():
    print("in process %-9s SQLite %.2f ms  PostgreSQL %.2f ms" % (q, v["sqlite"], v["pg"]))
PY
