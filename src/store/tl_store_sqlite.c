/* tl_store_sqlite.c -- the SQLite backend of the store: schema, ingest, cross-document resolution, corrections, queries. */
#include "tl_store_backend.h"
#include "tl_hash.h"
#include "tl_ivec.h"
#include "tl_resolve.h"
#include "tl_store_cache.h"
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/*
 * Two layers.  Layer 1 is what extraction said about each document and is
 * only replaced when the document is re-extracted: documents, sentences,
 * doc_entities (one row per entity of one document, with its surface names),
 * mentions, fact_evidence (one row per fact of one document, its arguments
 * pointing at doc_entities).  Layer 2 is the graph derived from it: entities,
 * entity_names (lookup keys), facts.  doc_entities.entity and
 * fact_evidence.fact link the layers.  Because layer 2 is a function of
 * layer 1 plus the analysts' corrections, reindex can drop and rebuild it,
 * and corrections are stored by name so they can be re-applied.
 */

/* ---- schema and migrations ----------------------------------------------- */
static const char *const MIGRATIONS[] = {
    /* version 1 */
    "CREATE TABLE documents(id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, path TEXT NOT NULL,"
    " title TEXT, published TEXT NOT NULL DEFAULT '', url TEXT, source TEXT,"
    " extracted INTEGER NOT NULL DEFAULT 0, text BLOB NOT NULL, ingested_at TEXT NOT NULL);"
    /* text is a BLOB so substr() counts bytes, matching extraction's offsets */
    "CREATE TABLE sentences(id INTEGER PRIMARY KEY,"
    " doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " start INTEGER NOT NULL, end INTEGER NOT NULL);"
    "CREATE INDEX sentences_doc ON sentences(doc);"
    /* The full-text index reads sentence text through this view, so the
     * text is stored once (in documents), not again inside FTS5. */
    "CREATE VIEW sentence_text(id, text) AS SELECT s.id,"
    " CAST(substr(d.text, s.start + 1, s.end - s.start) AS TEXT)"
    " FROM sentences s JOIN documents d ON d.id = s.doc;"
    "CREATE VIRTUAL TABLE sentence_fts USING fts5(text, content='sentence_text',"
    " content_rowid='id', tokenize='unicode61 remove_diacritics 2');"
    "CREATE TABLE entities(id INTEGER PRIMARY KEY, type INTEGER NOT NULL, name TEXT NOT NULL,"
    " key TEXT NOT NULL, pinned INTEGER NOT NULL DEFAULT 0);"
    /* origin 0: seen in a document; 1: given by an analyst */
    "CREATE TABLE entity_names(key TEXT NOT NULL, kind INTEGER NOT NULL,"
    " entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE, name TEXT NOT NULL,"
    " origin INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(key, kind, entity, name)) WITHOUT ROWID;"
    "CREATE INDEX entity_names_entity ON entity_names(entity);"
    "CREATE TABLE doc_entities(id INTEGER PRIMARY KEY,"
    " doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, idx INTEGER NOT NULL,"
    " type INTEGER NOT NULL, name TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '',"
    " n_mentions INTEGER NOT NULL DEFAULT 0, entity INTEGER REFERENCES entities(id));"
    "CREATE INDEX doc_entities_doc ON doc_entities(doc);"
    "CREATE INDEX doc_entities_entity ON doc_entities(entity, doc);"
    "CREATE TABLE mentions(doc_entity INTEGER NOT NULL REFERENCES doc_entities(id) ON DELETE CASCADE,"
    " start INTEGER NOT NULL, end INTEGER NOT NULL, PRIMARY KEY(doc_entity, start)) WITHOUT ROWID;"
    "CREATE TABLE facts(id INTEGER PRIMARY KEY, type INTEGER NOT NULL,"
    " a0 INTEGER REFERENCES entities(id), a1 INTEGER REFERENCES entities(id),"
    " a2 INTEGER REFERENCES entities(id), neg INTEGER NOT NULL DEFAULT 0,"
    " status INTEGER NOT NULL DEFAULT 0, modality INTEGER NOT NULL DEFAULT 0,"
    " time_value TEXT NOT NULL DEFAULT '', place INTEGER, source INTEGER,"
    " amount_text TEXT NOT NULL DEFAULT '', amount_value REAL NOT NULL DEFAULT 0,"
    " currency TEXT NOT NULL DEFAULT '', rejected INTEGER NOT NULL DEFAULT 0,"
    " n_evidence INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX facts_a0 ON facts(a0, a1, type);"
    "CREATE INDEX facts_a1 ON facts(a1);"
    "CREATE INDEX facts_a2 ON facts(a2) WHERE a2 IS NOT NULL;"
    "CREATE INDEX facts_place ON facts(place) WHERE place IS NOT NULL;"
    "CREATE INDEX facts_source ON facts(source) WHERE source IS NOT NULL;"
    "CREATE INDEX facts_time ON facts(time_value) WHERE time_value != '';"
    "CREATE TABLE fact_evidence(id INTEGER PRIMARY KEY,"
    " doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " fact INTEGER REFERENCES facts(id), type INTEGER NOT NULL,"
    " de0 INTEGER, de1 INTEGER, de2 INTEGER, de_from INTEGER, place_de INTEGER, source_de INTEGER,"
    " neg INTEGER NOT NULL, status INTEGER NOT NULL, modality INTEGER NOT NULL,"
    " start INTEGER NOT NULL, end INTEGER NOT NULL, time_text TEXT NOT NULL DEFAULT '',"
    " time_value TEXT NOT NULL DEFAULT '', amount_text TEXT NOT NULL DEFAULT '',"
    " amount_value REAL NOT NULL DEFAULT 0, currency TEXT NOT NULL DEFAULT '',"
    " confidence REAL NOT NULL DEFAULT 0);"
    "CREATE INDEX fact_evidence_doc ON fact_evidence(doc);"
    "CREATE INDEX fact_evidence_fact ON fact_evidence(fact);"
    "CREATE TABLE corrections(id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, a TEXT NOT NULL,"
    " b TEXT, created_at TEXT NOT NULL, applied INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE watchlist(id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL UNIQUE,"
    " created_at TEXT NOT NULL);"
    "CREATE TABLE alerts(id INTEGER PRIMARY KEY,"
    " watch INTEGER NOT NULL REFERENCES watchlist(id) ON DELETE CASCADE,"
    " entity INTEGER, entity_name TEXT NOT NULL,"
    " doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
    " created_at TEXT NOT NULL, UNIQUE(watch, doc));",
    /* version 2: resolution looks up (document, entity) pairs */
    "DROP INDEX doc_entities_doc; CREATE INDEX doc_entities_doc ON doc_entities(doc, entity);"
    /* and the full-text index drops its per-row token counts (columnsize=0):
     * 7% of the store, and bm25 ranking works without them */
    "DROP TABLE sentence_fts;"
    "CREATE VIRTUAL TABLE sentence_fts USING fts5(text, content='sentence_text', content_rowid='id',"
    " columnsize=0, tokenize='unicode61 remove_diacritics 2');"
    "INSERT INTO sentence_fts(sentence_fts) VALUES('rebuild');"
    /* a document's sentences are consecutive ids: a range in documents
     * replaces the index on sentences(doc), another 3% of the store */
    "ALTER TABLE documents ADD COLUMN sent_first INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE documents ADD COLUMN sent_last INTEGER NOT NULL DEFAULT -1;"
    "UPDATE documents SET sent_first=coalesce((SELECT min(id) FROM sentences WHERE doc=documents.id),0),"
    " sent_last=coalesce((SELECT max(id) FROM sentences WHERE doc=documents.id),-1);"
    "DROP INDEX sentences_doc;",
    /* version 3: a document entity's mentions are one BLOB of varint pairs
     * (zigzag start delta, length; see store_layer1) instead of a row each: 13% of
     * the ingest time and 10% of the store went to the mentions table,
     * which no query reads span by span.  Old spans are dropped; `reindex`
     * writes them again. */
    "ALTER TABLE doc_entities ADD COLUMN spans BLOB; DROP TABLE mentions;",
};
enum { SCHEMA_VERSION = (int)(sizeof MIGRATIONS / sizeof *MIGRATIONS) };

/* ---- prepared statements ------------------------------------------------- */
#define NOW "strftime('%Y-%m-%dT%H:%M:%SZ','now')"
#define FACT_COLS                                                                             \
    "f.id, f.type, f.modality, f.status, f.neg, f.rejected, coalesce(f.a0,0), coalesce(f.a1,0)," \
    " coalesce(f.a2,0), e0.name, e1.name, e2.name, coalesce(f.place,0), ep.name,"              \
    " coalesce(f.source,0), es.name, f.time_value, f.amount_text, f.amount_value, f.currency,"  \
    " f.n_evidence FROM facts f LEFT JOIN entities e0 ON e0.id=f.a0"                           \
    " LEFT JOIN entities e1 ON e1.id=f.a1 LEFT JOIN entities e2 ON e2.id=f.a2"                 \
    " LEFT JOIN entities ep ON ep.id=f.place LEFT JOIN entities es ON es.id=f.source"
/* ?1 type ?2 since ?3 until ?4 modality ?5 include_rejected ?6 dated ?7 limit ?8 entity/id */
#define FACT_WHERE                                                                           \
    " (?1 < 0 OR f.type=?1) AND (?2 IS NULL OR (f.time_value != '' AND f.time_value >= ?2))"  \
    " AND (?3 IS NULL OR (f.time_value != '' AND substr(f.time_value,1,length(?3)) <= ?3))"  \
    " AND (?4 < 0 OR f.modality=?4) AND (?5 OR f.rejected=0) AND (?6=0 OR f.time_value != '')" \
    " ORDER BY CASE WHEN ?6 THEN f.time_value END, f.type, f.id LIMIT ?7"
#define ENTITY_COLS                                                                         \
    "e.id, e.type, e.name,"                                                                 \
    " (SELECT count(DISTINCT doc) FROM doc_entities WHERE entity=e.id),"                    \
    " (SELECT coalesce(sum(n_mentions),0) FROM doc_entities WHERE entity=e.id),"            \
    " (SELECT count(*) FROM facts WHERE a0=e.id) + (SELECT count(*) FROM facts WHERE a1=e.id)" \
    " + (SELECT count(*) FROM facts WHERE a2=e.id),"                                        \
    " (SELECT coalesce(min(nullif(d.published,'')),'') FROM doc_entities x JOIN documents d"  \
    " ON d.id=x.doc WHERE x.entity=e.id),"                                                  \
    " (SELECT coalesce(max(nullif(d.published,'')),'') FROM doc_entities x JOIN documents d"  \
    " ON d.id=x.doc WHERE x.entity=e.id) FROM entities e"

enum {
    Q_HAS_DOC, Q_INS_DOC, Q_INS_SENT, Q_INS_FTS, Q_INS_DE, Q_INS_EV,
    Q_DE_OF_DOC, Q_EV_OF_DOC, Q_NAME_CANDS, Q_ENTITY_ROW, Q_INS_ENTITY, Q_SET_DE_ENTITY,
    Q_INS_NAME, Q_SET_ENTITY_NAME, Q_EV_LOAD, Q_FACT_FIND, Q_FACT_INS, Q_SET_EV_FACT,
    Q_FACT_REFRESH, Q_FACT_DEL, Q_RECENT_DOCS, Q_ENTS_OF_DOC, Q_ALERTS_FOR_DOC,
    Q_CORR_ALL, Q_CORR_SET_APPLIED, Q_ENTITY_FULL, Q_ENTITY_BRIEF, Q_ENTITIES_BY_NAME,
    Q_ENTITIES_BY_DEGREE, Q_ENTITY_NAMES, Q_ENTITY_DOCS, Q_ALL_DOCS, Q_FACTS_ALL,
    Q_ENTITY_ORIGIN,
    Q_FACTS_ENTITY, Q_FACTS_ID, Q_EVIDENCE, Q_ADJ, Q_SEARCH, Q_WATCH_ADD, Q_WATCH_DEL,
    Q_WATCH_LIST, Q_ALERTS, Q_CORR_INS, Q_CORR_LIST, Q_DE_OF_ENTITY, Q_DOCS_OF_ENTITY,
    Q_MOVE_DE, Q_MOVE_NAMES, Q_DEL_NAMES_OF, Q_DEL_ENTITY, Q_FACT_PLACE_MOVE,
    Q_FACT_SOURCE_MOVE, Q_ALERT_ENTITY_MOVE, Q_DE_MOVE_ONE, Q_DEL_SEED_NAMES, Q_RENAME,
    Q_ALIAS_DEL, Q_FACT_REJECT, Q_FACT_SIG, Q_COUNT_DE, Q_SENTS_OF_DOC, Q_DEL_FTS,
    Q_DEL_SENTS, Q_DEL_EVS, Q_DEL_DES, Q_DOC_LIST, Q_SET_PINNED_NAME, Q_ENTITY_DE_NAMES,
    Q_SET_SENT_RANGE, Q_DATA_VERSION, Q_EDGES, Q_WATCH_ANY, Q_CORR_ANY, Q_MAX_DE, Q_INS_DE_ID, Q_FACT_ADDN, Q_SAVEPOINT, Q_RELEASE, Q_COUNT
};

static const char *const SQL[Q_COUNT] = {
    [Q_HAS_DOC] = "SELECT id FROM documents WHERE sha256=?1",
    [Q_INS_DOC] = "INSERT INTO documents(sha256,path,title,published,url,source,extracted,text,"
                  "ingested_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8," NOW ")",
    [Q_INS_SENT] = "INSERT INTO sentences(doc,start,end) VALUES(?1,?2,?3)",
    [Q_INS_FTS] = "INSERT INTO sentence_fts(rowid,text) VALUES(?1,?2)",
    [Q_INS_DE] = "INSERT INTO doc_entities(doc,idx,type,name,aliases,n_mentions,entity,spans)"
                 " VALUES(?1,?2,?3,?4,?5,?6,?7,?8)",
    [Q_INS_EV] = "INSERT INTO fact_evidence(doc,type,de0,de1,de2,de_from,place_de,source_de,neg,status,"
                 "modality,start,end,time_text,time_value,amount_text,amount_value,currency,confidence,fact)"
                 " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20)",
    [Q_DE_OF_DOC] = "SELECT id, type, name, aliases FROM doc_entities WHERE doc=?1 ORDER BY idx",
    [Q_EV_OF_DOC] = "SELECT id FROM fact_evidence WHERE doc=?1 ORDER BY id",
    [Q_NAME_CANDS] = "SELECT DISTINCT n.entity, e.type, e.name, e.key, e.pinned FROM entity_names n"
                     " JOIN entities e ON e.id=n.entity"
                     " WHERE n.key=?1 AND n.kind=?2 ORDER BY n.entity",
    [Q_ENTITY_ROW] = "SELECT type, name, key, pinned FROM entities WHERE id=?1",
    [Q_INS_ENTITY] = "INSERT INTO entities(type,name,key) VALUES(?1,?2,?3)",
    [Q_SET_DE_ENTITY] = "UPDATE doc_entities SET entity=?2 WHERE id=?1",
    [Q_INS_NAME] = "INSERT OR IGNORE INTO entity_names(key,kind,entity,name,origin) VALUES(?1,?2,?3,?4,?5)",
    [Q_SET_ENTITY_NAME] = "UPDATE entities SET name=?2, key=?3 WHERE id=?1",
    [Q_EV_LOAD] = "SELECT v.fact, v.type, d0.entity, d1.entity, d2.entity, v.neg, v.status, v.modality,"
                  " v.time_value, dp.entity, ds.entity, v.amount_text, v.amount_value, v.currency"
                  " FROM fact_evidence v LEFT JOIN doc_entities d0 ON d0.id=v.de0"
                  " LEFT JOIN doc_entities d1 ON d1.id=v.de1 LEFT JOIN doc_entities d2 ON d2.id=v.de2"
                  " LEFT JOIN doc_entities dp ON dp.id=v.place_de"
                  " LEFT JOIN doc_entities ds ON ds.id=v.source_de WHERE v.id=?1",
    [Q_FACT_FIND] = "SELECT id FROM facts WHERE a0 IS ?1 AND a1 IS ?2 AND type=?3 AND a2 IS ?4 AND neg=?5",
    [Q_FACT_INS] = "INSERT INTO facts(type,a0,a1,a2,neg,status,modality,time_value,place,source,"
                   "amount_text,amount_value,currency,n_evidence) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,"
                   "?11,?12,?13,1)",
    /* adds ?10 pieces of evidence, merged in order (defer_flush) or one
     * (?10 = 1): the strongest modality (asserted=0 is strongest), the
     * earliest time, and the first status, place, source and amount win */
    [Q_FACT_ADDN] = "UPDATE facts SET n_evidence=n_evidence+?10, modality=min(modality,?2),"
                    " status=CASE WHEN status=0 THEN ?3 ELSE status END,"
                    " time_value=CASE WHEN ?4 != '' AND (time_value='' OR ?4 < time_value) THEN ?4"
                    " ELSE time_value END, place=coalesce(place,?5), source=coalesce(source,?6),"
                    " amount_value=CASE WHEN amount_text='' THEN ?8 ELSE amount_value END,"
                    " currency=CASE WHEN amount_text='' THEN ?9 ELSE currency END,"
                    " amount_text=CASE WHEN amount_text='' THEN ?7 ELSE amount_text END WHERE id=?1",
    [Q_SET_EV_FACT] = "UPDATE fact_evidence SET fact=?2 WHERE id=?1",
    [Q_FACT_REFRESH] = "UPDATE facts SET n_evidence=(SELECT count(*) FROM fact_evidence WHERE fact=?1),"
                       " modality=coalesce((SELECT min(modality) FROM fact_evidence WHERE fact=?1),modality),"
                       " time_value=coalesce((SELECT min(time_value) FROM fact_evidence WHERE fact=?1"
                       " AND time_value != ''),'') WHERE id=?1",
    [Q_FACT_DEL] = "DELETE FROM facts WHERE id=?1 AND n_evidence<=0",
    /* Context of a candidate (context_of): in how many of its 30 latest
     * documents one of this document's anchors appears too.  Bounded on
     * purpose: on popular entities an unbounded join cost 50 ms a document.
     * Rows, not distinct documents, as the SQL join this replaced counted. */
    [Q_RECENT_DOCS] = "SELECT doc FROM doc_entities WHERE entity=?1 ORDER BY doc DESC LIMIT 30",
    [Q_ENTS_OF_DOC] = "SELECT entity FROM doc_entities WHERE doc=?1 AND entity IS NOT NULL",
    /* CROSS JOIN fixes the join order: from the (small) watchlist to its
     * names to doc_entities(entity, doc).  Left to itself the planner began
     * with the document's ~100 entities and all their names (measured up
     * to 1.5 ms a document with an empty watchlist). */
    [Q_ALERTS_FOR_DOC] = "INSERT OR IGNORE INTO alerts(watch,entity,entity_name,doc,created_at)"
                         " SELECT w, e, (SELECT name FROM entities WHERE id=e), ?1, " NOW " FROM"
                         " (SELECT w.id AS w, min(n.entity) AS e FROM watchlist w CROSS JOIN entity_names n"
                         " ON n.key=w.key AND n.kind=0 CROSS JOIN doc_entities de"
                         " ON de.entity=n.entity AND de.doc=?1 GROUP BY w.id)",
    [Q_CORR_ALL] = "SELECT id, kind, a, b FROM corrections ORDER BY id",
    [Q_CORR_SET_APPLIED] = "UPDATE corrections SET applied=?2 WHERE id=?1 AND applied != ?2",
    [Q_ENTITY_FULL] = "SELECT " ENTITY_COLS " WHERE e.id=?1",
    [Q_ENTITY_BRIEF] = "SELECT id, type, name FROM entities WHERE id=?1",
    /* ?1 type ?2 match key ?3 limit */
    [Q_ENTITIES_BY_NAME] = "SELECT " ENTITY_COLS " WHERE (?1 < 0 OR e.type=?1) AND (?2 IS NULL OR e.id IN"
                           " (SELECT entity FROM entity_names WHERE kind=0 AND instr(key,?2) > 0))"
                           " ORDER BY e.name COLLATE NOCASE, e.id LIMIT ?3",
    [Q_ENTITIES_BY_DEGREE] = "SELECT " ENTITY_COLS " LEFT JOIN (SELECT x AS did, count(*) AS deg FROM"
                             " (SELECT a0 AS x FROM facts WHERE rejected=0 UNION ALL SELECT a1 FROM facts"
                             " WHERE rejected=0 AND a1 IS NOT NULL UNION ALL SELECT a2 FROM facts WHERE"
                             " rejected=0 AND a2 IS NOT NULL) GROUP BY x) g ON g.did=e.id"
                             " WHERE (?1 < 0 OR e.type=?1) AND (?2 IS NULL OR e.id IN"
                             " (SELECT entity FROM entity_names WHERE kind=0 AND instr(key,?2) > 0))"
                             " ORDER BY coalesce(g.deg,0) DESC, e.id LIMIT ?3",
    [Q_ENTITY_NAMES] = "SELECT name, max(origin) FROM entity_names WHERE entity=?1 AND kind=0"
                       " GROUP BY name ORDER BY length(name) DESC, name",
    [Q_ENTITY_DOCS] = "SELECT d.id, d.sha256, d.path, coalesce(d.title,''), d.published, coalesce(d.url,''),"
                      " sum(de.n_mentions), d.ingested_at FROM doc_entities de JOIN documents d ON d.id=de.doc"
                      " WHERE de.entity=?1 GROUP BY d.id ORDER BY nullif(d.published,'') NULLS LAST, d.id",
    [Q_ALL_DOCS] = "SELECT d.id, d.sha256, d.path, coalesce(d.title,''), d.published, coalesce(d.url,''),"
                   " (SELECT coalesce(sum(n_mentions),0) FROM doc_entities WHERE doc=d.id), d.ingested_at"
                   " FROM documents d ORDER BY d.id",
    /* the name it was first seen under: the oldest document entity joined to it */
    [Q_ENTITY_ORIGIN] = "SELECT e.type, coalesce((SELECT de.name FROM doc_entities de WHERE de.entity=e.id"
                        " ORDER BY de.id LIMIT 1), e.name) FROM entities e WHERE e.id=?1",
    [Q_FACTS_ALL] = "SELECT " FACT_COLS " WHERE ?8=0 AND" FACT_WHERE,
    [Q_FACTS_ENTITY] = "SELECT " FACT_COLS " WHERE f.id IN (SELECT id FROM facts WHERE a0=?8 UNION"
                       " SELECT id FROM facts WHERE a1=?8 UNION SELECT id FROM facts WHERE a2=?8 UNION"
                       " SELECT id FROM facts WHERE place=?8 UNION SELECT id FROM facts WHERE source=?8)"
                       " AND" FACT_WHERE,
    [Q_FACTS_ID] = "SELECT " FACT_COLS " WHERE f.id=?8 AND" FACT_WHERE,
    [Q_EVIDENCE] = "SELECT v.fact, v.doc, d.sha256, d.path, coalesce(d.title,''), d.published, v.start,"
                   " v.end, substr(d.text, v.start+1, v.end-v.start), v.modality, v.time_text"
                   " FROM fact_evidence v JOIN documents d ON d.id=v.doc WHERE v.fact=?1"
                   " ORDER BY nullif(d.published,'') NULLS LAST, v.doc, v.start",
    [Q_ADJ] = "SELECT id, a1 FROM facts WHERE a0=?1 AND a1 IS NOT NULL AND rejected=0 AND neg=0"
              " UNION ALL SELECT id, a2 FROM facts WHERE a0=?1 AND a2 IS NOT NULL AND rejected=0 AND neg=0"
              " UNION ALL SELECT id, a0 FROM facts WHERE a1=?1 AND a0 IS NOT NULL AND rejected=0 AND neg=0"
              " UNION ALL SELECT id, a0 FROM facts WHERE a2=?1 AND a0 IS NOT NULL AND rejected=0 AND neg=0",
    [Q_SEARCH] = "SELECT s.doc, d.sha256, d.path, coalesce(d.title,''), s.start, s.end,"
                 " highlight(sentence_fts, 0, ?2, ?3), bm25(sentence_fts) FROM sentence_fts"
                 " JOIN sentences s ON s.id=sentence_fts.rowid JOIN documents d ON d.id=s.doc"
                 " WHERE sentence_fts MATCH ?1 ORDER BY bm25(sentence_fts) LIMIT ?4",
    [Q_WATCH_ADD] = "INSERT OR IGNORE INTO watchlist(name,key,created_at) VALUES(?1,?2," NOW ")",
    [Q_WATCH_DEL] = "DELETE FROM watchlist WHERE key=?1",
    [Q_WATCH_LIST] = "SELECT w.name, (SELECT count(*) FROM alerts WHERE watch=w.id) FROM watchlist w ORDER BY w.id",
    [Q_ALERTS] = "SELECT a.id, w.name, coalesce(a.entity,0), a.entity_name, a.doc, d.path,"
                 " coalesce(d.title,''), a.created_at FROM alerts a JOIN watchlist w ON w.id=a.watch"
                 " JOIN documents d ON d.id=a.doc WHERE a.id > ?1 ORDER BY a.id DESC",
    [Q_CORR_INS] = "INSERT INTO corrections(kind,a,b,created_at,applied) VALUES(?1,?2,?3," NOW ",0)",
    [Q_CORR_LIST] = "SELECT id, kind, a, b, created_at, applied FROM corrections ORDER BY id",
    [Q_DE_OF_ENTITY] = "SELECT id, name, aliases, type FROM doc_entities WHERE entity=?1 ORDER BY id",
    [Q_DOCS_OF_ENTITY] = "SELECT DISTINCT doc FROM doc_entities WHERE entity=?1",
    [Q_MOVE_DE] = "UPDATE doc_entities SET entity=?2 WHERE entity=?1",
    [Q_MOVE_NAMES] = "UPDATE OR IGNORE entity_names SET entity=?2 WHERE entity=?1",
    [Q_DEL_NAMES_OF] = "DELETE FROM entity_names WHERE entity=?1",
    [Q_DEL_ENTITY] = "DELETE FROM entities WHERE id=?1",
    [Q_FACT_PLACE_MOVE] = "UPDATE facts SET place=?2 WHERE place=?1",
    [Q_FACT_SOURCE_MOVE] = "UPDATE facts SET source=?2 WHERE source=?1",
    [Q_ALERT_ENTITY_MOVE] = "UPDATE alerts SET entity=?2 WHERE entity=?1",
    [Q_DE_MOVE_ONE] = "UPDATE doc_entities SET entity=?2 WHERE id=?1",
    [Q_DEL_SEED_NAMES] = "DELETE FROM entity_names WHERE entity=?1 AND origin=0",
    [Q_RENAME] = "UPDATE entities SET name=?2, key=?3, pinned=1 WHERE id=?1",
    [Q_ALIAS_DEL] = "DELETE FROM entity_names WHERE entity=?1 AND name IN"
                    " (SELECT name FROM entity_names WHERE entity=?1 AND kind=0 AND key=?2)",
    [Q_FACT_REJECT] = "UPDATE facts SET rejected=1 WHERE id=?1",
    [Q_FACT_SIG] = "SELECT f.type, f.neg, e0.name, e1.name, e2.name FROM facts f"
                   " LEFT JOIN entities e0 ON e0.id=f.a0 LEFT JOIN entities e1 ON e1.id=f.a1"
                   " LEFT JOIN entities e2 ON e2.id=f.a2 WHERE f.id=?1",
    [Q_COUNT_DE] = "SELECT count(*) FROM doc_entities WHERE entity=?1",
    [Q_SENTS_OF_DOC] = "SELECT s.id, CAST(substr(d.text, s.start + 1, s.end - s.start) AS TEXT) FROM documents d"
                       " JOIN sentences s ON s.id BETWEEN d.sent_first AND d.sent_last WHERE d.id=?1",
    [Q_SET_SENT_RANGE] = "UPDATE documents SET sent_first=?2, sent_last=?3 WHERE id=?1",
    [Q_DEL_FTS] = "INSERT INTO sentence_fts(sentence_fts,rowid,text) VALUES('delete',?1,?2)",
    [Q_DEL_SENTS] = "DELETE FROM sentences WHERE id BETWEEN (SELECT sent_first FROM documents WHERE id=?1)"
                    " AND (SELECT sent_last FROM documents WHERE id=?1)",
    [Q_DEL_EVS] = "DELETE FROM fact_evidence WHERE doc=?1",
    [Q_DEL_DES] = "DELETE FROM doc_entities WHERE doc=?1",
    [Q_DOC_LIST] = "SELECT id, extracted, path FROM documents ORDER BY id",
    [Q_SET_PINNED_NAME] = "SELECT pinned FROM entities WHERE id=?1",
    [Q_DATA_VERSION] = "PRAGMA data_version",
    /* prepared once: a document's savepoint in a group (begin/commit) */
    [Q_SAVEPOINT] = "SAVEPOINT tl_doc",
    [Q_RELEASE] = "RELEASE tl_doc",
    [Q_WATCH_ANY] = "SELECT 1 FROM watchlist LIMIT 1",
    [Q_CORR_ANY] = "SELECT 1 FROM corrections LIMIT 1",
    [Q_MAX_DE] = "SELECT coalesce(max(id),0) FROM doc_entities",
    [Q_INS_DE_ID] = "INSERT INTO doc_entities(doc,idx,type,name,aliases,n_mentions,entity,spans,id)"
                    " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)",
    [Q_EDGES] = "SELECT a0, a1 FROM facts WHERE a0 IS NOT NULL AND a1 IS NOT NULL AND rejected=0 AND neg=0"
                " UNION ALL SELECT a0, a2 FROM facts WHERE a0 IS NOT NULL AND a2 IS NOT NULL AND rejected=0"
                " AND neg=0",
    [Q_ENTITY_DE_NAMES] = "SELECT name, aliases FROM doc_entities WHERE entity=?1",
};

/* A stored document's entities (the entity of each doc_entities row), kept
 * for the session: ties between candidates are broken by looking at the
 * documents of each candidate, and the same recent documents come up for
 * most candidates of most documents.  memo_* caches, for one resolve_des
 * pass (gen), how many distinct anchors the document holds (0, 1, 2 = two
 * or more) and the first one. */
typedef struct docset {
    int64_t doc;
    int64_t *ents;
    uint32_t n, gen;
    int memo_n;
    int64_t memo_first;
} docset;

/* The newest doc_entities rows of an entity (their documents, newest
 * first), as Q_RECENT_DOCS returns them: context_of asks for the same
 * entities document after document, and the query was 7% of the store
 * thread.  A cached list is complete when n < RECENT_N. */
#define RECENT_N 30
typedef struct recent {
    int64_t ent;          /* 0 = empty slot */
    uint32_t n;
    int64_t doc[RECENT_N];
} recent;

/* Layer-1 rows of a group's documents held back until the group ends
 * (see defer_begin): a doc_entities row (id assigned in advance) and a
 * fact_evidence row.  Strings are offsets into sq.pb. */
typedef struct pend_de {
    int64_t id, doc, entity;
    int idx, type, n_mentions;
    size_t name, name_len, aliases, aliases_len, spans, spans_len;
    size_t prev;          /* previous pending row of the same entity, + 1 (0: none) */
} pend_de;
typedef struct pend_ev {
    int64_t doc, fact, de[6]; /* de0, de1, de2, de_from, place_de, source_de */
    int type, neg, status, modality;
    uint32_t start, end;
    size_t time_text, time_text_len, time_value, time_value_len, amount_text, amount_text_len, currency,
        currency_len;
    double amount_value, confidence;
} pend_ev;

/* A piece of evidence for a fact stored before (Q_FACT_ADDN's arguments),
 * held back like the rows above: the facts table's counters are random
 * pages too. */
typedef struct pend_fx {
    int64_t fact, place, source;
    size_t seq;
    int status, modality;
    char time_value[32], amount_text[128], currency[8];
    double amount;
} pend_fx;

typedef struct sq {
    sqlite3 *db;
    sqlite3_stmt *stmt[Q_COUNT];
    int bulk;             /* inside tl_store_bulk_begin/end */
    int group;            /* inside tl_store_group_begin/end: each ingest is a savepoint */
    /* In a group: the sentences not in sentence_fts yet (id, then their
     * text at fts_text + off), and where the open document's begin. */
    struct fts_row { int64_t id; size_t off, len; } *fts;
    size_t fts_n, fts_cap, fts_mark;
    char *fts_text;
    size_t fts_tn, fts_tcap, fts_tmark;
    tl_cache *cache;      /* name keys, entity rows, stored names (tl_store_cache.h) */
    ivec anchors;         /* the current document's anchors (resolve_des) */
    int anchors_flushed;  /* 1 once they are in anchor_set */
    int64_t *anchor_set;  /* the anchors, open addressing (0 = empty) */
    size_t anchor_cap;
    docset *ds;           /* doc -> its entities, open addressing (doc 0 = empty) */
    size_t ds_cap, ds_n, ds_ents;
    uint32_t ds_gen;      /* resolve_des pass the docset memos belong to */
    recent *rc;           /* entity -> its newest documents, open addressing */
    size_t rc_cap, rc_n;
    /* Deferred layer-1 rows (defer_begin): on while a group runs with no
     * corrections and no watchlist, the only readers of doc_entities and
     * fact_evidence inside a group. */
    int defer;
    int64_t next_de;      /* id of the next doc_entities row */
    pend_de *pde;
    size_t pde_n, pde_cap, pde_mark;
    pend_ev *pev;
    size_t pev_n, pev_cap, pev_mark;
    pend_fx *pfx;
    size_t pfx_n, pfx_cap, pfx_mark;
    unsigned char *pb;    /* their strings */
    size_t pb_n, pb_cap, pb_mark;
    int64_t pde_first_mark; /* next_de when the open document began */
    int64_t *pl_key;      /* entity -> its newest pending row + 1 (pl_val), open addressing */
    size_t *pl_val;
    size_t pl_n, pl_cap;
    int64_t data_version; /* PRAGMA data_version the cache is valid for */
} sq;

/* ---- small helpers ------------------------------------------------------- */
static int db_err(sq *s, tl_error *err, const char *what) {
    if (err) {
        err->code = TL_EDB;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "%s: %s", what, sqlite3_errmsg(s->db));
    }
    return TL_EDB;
}

static int fail(tl_error *err, int code, const char *msg) {
    if (err) {
        err->code = code;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "%s", msg);
    }
    return code;
}

/* The statement for q, reset and unbound; NULL when it cannot be prepared. */
static sqlite3_stmt *Q(sq *s, int q) {
    sqlite3_stmt *st = s->stmt[q];
    if (st) {
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        return st;
    }
    if (sqlite3_prepare_v3(s->db, SQL[q], -1, SQLITE_PREPARE_PERSISTENT, &s->stmt[q], NULL) != SQLITE_OK)
        return NULL;
    return s->stmt[q];
}

static void bind_text(sqlite3_stmt *st, int i, const char *s) {
    if (s) sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_null(st, i);
}
static void bind_str(sqlite3_stmt *st, int i, tl_str s) {
    sqlite3_bind_text(st, i, s.ptr ? s.ptr : "", (int)s.len, SQLITE_TRANSIENT);
}
static void bind_id(sqlite3_stmt *st, int i, int64_t id) {
    if (id > 0) sqlite3_bind_int64(st, i, id);
    else sqlite3_bind_null(st, i);
}
static const char *col_text(sqlite3_stmt *st, int i) {
    const unsigned char *t = sqlite3_column_text(st, i);
    return t ? (const char *)t : "";
}

/* Runs a statement that returns no rows (or whose rows are ignored). */
static int run(sq *s, sqlite3_stmt *st, tl_error *err) {
    if (!st) return db_err(s, err, "prepare");
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {}
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "step");
}

/* Runs a statement with one id argument and no rows. */
static int run_id(sq *s, int q, int64_t a, tl_error *err) {
    sqlite3_stmt *st = Q(s, q);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, a);
    return run(s, st, err);
}
static int run_id2(sq *s, int q, int64_t a, int64_t b, tl_error *err) {
    sqlite3_stmt *st = Q(s, q);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, a);
    bind_id(st, 2, b);
    return run(s, st, err);
}

static int exec(sq *s, const char *sql, tl_error *err) {
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        if (err) {
            err->code = TL_EDB;
            err->offset = -1;
            snprintf(err->msg, sizeof err->msg, "%s", msg ? msg : sqlite3_errmsg(s->db));
        }
        sqlite3_free(msg);
        return TL_EDB;
    }
    return TL_OK;
}

/* Like exec, but waits out SQLITE_BUSY: switching a new file to WAL and
 * the first migration take locks the busy handler does not cover, and two
 * processes often open a new store at once (an ingest and a query). */
static int exec_wait(sq *s, const char *sql, tl_error *err) {
    for (int i = 0; i < 400; i++) {
        int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
        if (rc == SQLITE_OK) return TL_OK;
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
        if (!sqlite3_get_autocommit(s->db)) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        struct timespec ts = {0, 25 * 1000 * 1000};
        nanosleep(&ts, NULL);
    }
    return exec(s, sql, err);
}

/* Collects the first column (an id) of every row of a one-id query. */
static int collect_ids(sq *s, int q, int64_t arg, ivec *out, tl_error *err) {
    sqlite3_stmt *st = Q(s, q);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, arg);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (!ivec_push(out, sqlite3_column_int64(st, 0))) {
            sqlite3_reset(st);
            return fail(err, TL_ENOMEM, "out of memory");
        }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "step");
}

/* ---- open / close / migrate --------------------------------------------- */
static int migrate(sq *s, tl_error *err) {
    sqlite3_stmt *st;
    int version = 0;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        return db_err(s, err, "schema version");
    if (sqlite3_step(st) == SQLITE_ROW) version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    if (version > SCHEMA_VERSION)
        return fail(err, TL_EDB, "the store was written by a newer threadline (schema too new)");
    for (int v = version; v < SCHEMA_VERSION; v++) {
        char pragma[64];
        snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d", v + 1);
        /* each migration and its version bump commit together */
        if (exec_wait(s, "BEGIN IMMEDIATE", err)) return TL_EDB;
        /* another process may have migrated while we waited */
        sqlite3_stmt *cur;
        int now = v;
        if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &cur, NULL) == SQLITE_OK) {
            if (sqlite3_step(cur) == SQLITE_ROW) now = sqlite3_column_int(cur, 0);
            sqlite3_finalize(cur);
        }
        if (now > v) {
            if (exec(s, "COMMIT", err)) return TL_EDB;
            v = now - 1;
            continue;
        }
        if (exec(s, MIGRATIONS[v], err) || exec(s, pragma, err)) {
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            return TL_EDB;
        }
        if (exec(s, "COMMIT", err)) return TL_EDB;
    }
    return TL_OK;
}

static void sq_close(void *impl) {
    sq *s = impl;
    if (!s) return;
    for (int i = 0; i < Q_COUNT; i++) sqlite3_finalize(s->stmt[i]);
    sqlite3_close(s->db);
    tl_cache_free(s->cache);
    free(s->anchors.v);
    free(s->anchor_set);
    for (size_t i = 0; i < s->ds_cap; i++) free(s->ds[i].ents);
    free(s->ds);
    free(s->rc);
    free(s->fts);
    free(s->fts_text);
    free(s->pde);
    free(s->pev);
    free(s->pfx);
    free(s->pb);
    free(s->pl_key);
    free(s->pl_val);
    free(s);
}

/* Read-only connections (serve's readers) neither create nor migrate: the
 * writer opened first did that, and a reader must never take a write lock. */
static int open_mode(const char *path, int readonly, void **impl, tl_error *err) {
    sq *s = calloc(1, sizeof *s);
    if (!s) return fail(err, TL_ENOMEM, "out of memory");
    if (!(s->cache = tl_cache_new())) { free(s); return fail(err, TL_ENOMEM, "out of memory"); }
    int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK) {
        if (err) {
            err->code = TL_EDB;
            err->offset = -1;
            snprintf(err->msg, sizeof err->msg, "cannot open %s: %s", path,
                     s->db ? sqlite3_errmsg(s->db) : "out of memory");
        }
        sq_close(s);
        return TL_EDB;
    }
    sqlite3_busy_timeout(s->db, 10000);
    if (readonly) {
        int version = -1;
        sqlite3_stmt *st;
        if (exec(s, "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-16384; PRAGMA mmap_size=268435456;", err)) {
            sq_close(s);
            return TL_EDB;
        }
        if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
            if (sqlite3_step(st) == SQLITE_ROW) version = sqlite3_column_int(st, 0);
            sqlite3_finalize(st);
        }
        if (version != SCHEMA_VERSION) {
            sq_close(s);
            return fail(err, TL_EDB, "the store is not readable by this version (open it for writing first)");
        }
        *impl = s;
        return TL_OK;
    }
    /* WAL: readers never block the ingest and a crash loses only the open
     * transaction; synchronous=NORMAL is durable across process crashes. */
    if (exec_wait(s, "PRAGMA journal_mode=WAL", err) ||
        exec(s, "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=10000; PRAGMA mmap_size=268435456;", err) ||
        migrate(s, err) ||
        0) {
        sq_close(s);
        return TL_EDB;
    }
    *impl = s;
    return TL_OK;
}

static int sq_open(const char *path, void **impl, tl_error *err) { return open_mode(path, 0, impl, err); }
static int sq_open_ro(const char *path, void **impl, tl_error *err) { return open_mode(path, 1, impl, err); }

sqlite3 *tl_store_sqlite_db(void *impl) { return ((sq *)impl)->db; }

static int sq_has_doc(void *impl, const char *sha, int *found, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_HAS_DOC);
    if (!st) return db_err(s, err, "prepare");
    bind_text(st, 1, sha);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_err(s, err, "lookup");
    *found = rc == SQLITE_ROW;
    return TL_OK;
}

/* ---- names --------------------------------------------------------------- */
/* Adds the lookup keys of one surface name of an entity. */
static int add_name(sq *s, int64_t entity, int type, const char *name, size_t len, int origin,
                    tl_error *err) {
    char key[TL_RESOLVE_KEY_MAX], k2[TL_RESOLVE_KEY_MAX];
    if (!tl_resolve_key(name, len, key, sizeof key)) return TL_OK;
    sqlite3_stmt *st;
#define ADD(K, KIND)                                                         \
    do {                                                                     \
        if (!(st = Q(s, Q_INS_NAME))) return db_err(s, err, "prepare");      \
        bind_text(st, 1, K);                                                 \
        sqlite3_bind_int(st, 2, KIND);                                       \
        sqlite3_bind_int64(st, 3, entity);                                   \
        sqlite3_bind_text(st, 4, name, (int)len, SQLITE_TRANSIENT);          \
        sqlite3_bind_int(st, 5, origin);                                     \
        if (run(s, st, err)) return TL_EDB;                                  \
        if (!tl_cache_key_add(s->cache, KIND, K, entity))                    \
            return fail(err, TL_ENOMEM, "out of memory");                    \
    } while (0)
    ADD(key, TL_KEY_EXACT);
    if (tl_resolve_phonetic(key, k2, sizeof k2)) ADD(k2, TL_KEY_PHON);
    if (tl_resolve_words(key) >= 2) {
        if (type == TL_PERSON) {
            if (tl_resolve_surname(key, k2, sizeof k2)) ADD(k2, TL_KEY_SUR);
        } else if (tl_resolve_acronym(key, k2, sizeof k2)) {
            ADD(k2, TL_KEY_ACR);
        }
    }
    if (tl_resolve_is_short_form(name, len)) ADD(key, TL_KEY_SHORT);
#undef ADD
    return TL_OK;
}

/* Calls fn on the name and each alias of a doc_entities row (aliases are
 * separated by U+001F, which never occurs in a name). */
typedef int (*name_fn)(void *ctx, const char *name, size_t len);
static int each_name(const char *name, const char *aliases, name_fn fn, void *ctx) {
    int rc = fn(ctx, name, strlen(name));
    for (const char *p = aliases; rc == 0 && p && *p;) {
        const char *e = strchr(p, '\x1f');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n) rc = fn(ctx, p, n);
        p = e ? e + 1 : p + n;
    }
    return rc;
}

/* "Fuller" name for the canonical form: more words, then more bytes. */
static int fuller(const char *a, const char *b) {
    char ka[TL_RESOLVE_KEY_MAX], kb[TL_RESOLVE_KEY_MAX];
    tl_resolve_key(a, strlen(a), ka, sizeof ka);
    tl_resolve_key(b, strlen(b), kb, sizeof kb);
    int wa = tl_resolve_words(ka), wb = tl_resolve_words(kb);
    if (wa != wb) return wa > wb;
    return strlen(a) > strlen(b);
}

/* ---- session caches ------------------------------------------------------ */
/* Forgets the session caches: after a rollback (they may hold rows that
 * were never committed) and after corrections that move or delete names. */
static void docsets_clear(sq *s);
static void cache_clear(sq *s) {
    tl_cache_clear(s->cache);
    docsets_clear(s);
}

/* Clears the caches when another connection committed since we last
 * looked (an analyst's merge while an ingest runs): called right after
 * BEGIN IMMEDIATE, when nobody else can write until we commit. */
static int cache_check(sq *s, tl_error *err) {
    sqlite3_stmt *st = Q(s, Q_DATA_VERSION);
    if (!st) return db_err(s, err, "prepare");
    int rc = sqlite3_step(st);
    int64_t v = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_reset(st);
    if (rc != SQLITE_ROW) return db_err(s, err, "data_version");
    if (v != s->data_version) cache_clear(s);
    s->data_version = v;
    return TL_OK;
}

/* Past this many entries the caches are dropped and refilled: bounds the
 * memory of a very long ingest (about 150 bytes an entry). */
#define CACHE_MAX_ENTRIES 4000000

/* The cached row of entity e into *out, read from the store when not
 * cached yet; *out = NULL when there is no such entity.  Returns TL_OK,
 * TL_ENOMEM or TL_EDB. */
static int ent_row(sq *s, int64_t e, tl_cache_ent **out, tl_error *err) {
    if ((*out = tl_cache_ent_get(s->cache, e))) return TL_OK;
    sqlite3_stmt *st = Q(s, Q_ENTITY_ROW);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, e);
    int rc = sqlite3_step(st), ret = TL_OK;
    if (rc == SQLITE_ROW) {
        if (tl_cache_ent_put(s->cache, e, sqlite3_column_int(st, 0), sqlite3_column_int(st, 3), col_text(st, 1),
                             col_text(st, 2)))
            *out = tl_cache_ent_get(s->cache, e);
        else
            ret = fail(err, TL_ENOMEM, "out of memory");
    } else if (rc != SQLITE_DONE) {
        ret = db_err(s, err, "entity");
    }
    sqlite3_reset(st);
    return ret;
}

/* The entities carrying `key` as a name key of `kind` (increasing ids),
 * from the cache or, the first time in a session, from the store (and
 * their rows with them: one statement instead of one per entity). */
static int key_cands(sq *s, const char *key, int kind, const int64_t **ids, size_t *n, tl_error *err) {
    if ((*ids = tl_cache_key_get(s->cache, kind, key, n))) return TL_OK;
    if (tl_cache_size(s->cache) > CACHE_MAX_ENTRIES) cache_clear(s);
    sqlite3_stmt *st = Q(s, Q_NAME_CANDS);
    if (!st) return db_err(s, err, "prepare");
    bind_text(st, 1, key);
    sqlite3_bind_int(st, 2, kind);
    ivec found = {0};
    int rc, ok = 1;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t e = sqlite3_column_int64(st, 0);
        ok = ok && ivec_push(&found, e);
        if (ok && !tl_cache_ent_get(s->cache, e))
            ok = tl_cache_ent_put(s->cache, e, sqlite3_column_int(st, 1), sqlite3_column_int(st, 4),
                                  col_text(st, 2), col_text(st, 3));
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) { free(found.v); return db_err(s, err, "candidates"); }
    ok = ok && tl_cache_key_put(s->cache, kind, key, found.v, found.n);
    free(found.v);
    if (!ok) return fail(err, TL_ENOMEM, "out of memory");
    *ids = tl_cache_key_get(s->cache, kind, key, n);
    return TL_OK;
}

/* ---- resolution ---------------------------------------------------------- */
typedef struct de_row {
    int64_t id;           /* doc_entities row, or 0 when not stored yet */
    int type;
    char *name, *aliases;
} de_row;

/* A set of entity ids (> 0), open addressing, at most half full. */
typedef struct idset {
    int64_t *v;
    size_t n, cap;
} idset;

static size_t hash64(int64_t x) {
    return (size_t)tl_hash_u64((uint64_t)x);
}

static int idset_has(const idset *set, int64_t e) {
    if (!set || !set->cap) return 0;
    for (size_t i = hash64(e) & (set->cap - 1); set->v[i]; i = (i + 1) & (set->cap - 1))
        if (set->v[i] == e) return 1;
    return 0;
}

/* Adds e; returns 1, or 0 when out of memory. */
static int idset_add(idset *set, int64_t e) {
    if ((set->n + 1) * 2 > set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 64;
        int64_t *v = calloc(cap, sizeof *v);
        if (!v) return 0;
        for (size_t k = 0; k < set->cap; k++) {
            if (!set->v[k]) continue;
            size_t i = hash64(set->v[k]) & (cap - 1);
            while (v[i]) i = (i + 1) & (cap - 1);
            v[i] = set->v[k];
        }
        free(set->v);
        set->v = v;
        set->cap = cap;
    }
    size_t i = hash64(e) & (set->cap - 1);
    for (; set->v[i]; i = (i + 1) & (set->cap - 1))
        if (set->v[i] == e) return 1;
    set->v[i] = e;
    set->n++;
    return 1;
}

/* The candidates of one document entity: at most CANDS_MAX, the first
 * found; `at` finds an entity's place in c (index + 1, 0 = empty), because
 * a common key lists thousands of entities and a linear search of c for
 * each was a large part of resolution. */
#define CANDS_MAX 64
typedef struct cand_list {
    tl_resolve_cand c[CANDS_MAX];
    size_t n;
    uint8_t at[CANDS_MAX * 4];
} cand_list;

static void cand_reset(cand_list *l) {
    l->n = 0;
    memset(l->at, 0, sizeof l->at);
}

static int cand_has(const cand_list *l, int64_t entity) {
    for (size_t i = hash64(entity) & (sizeof l->at - 1); l->at[i]; i = (i + 1) & (sizeof l->at - 1))
        if (l->c[l->at[i] - 1].entity == entity) return 1;
    return 0;
}

static void cand_add(cand_list *l, int64_t entity, int strength) {
    size_t i = hash64(entity) & (sizeof l->at - 1);
    for (; l->at[i]; i = (i + 1) & (sizeof l->at - 1)) {
        tl_resolve_cand *c = &l->c[l->at[i] - 1];
        if (c->entity == entity) {
            if (strength > c->strength) c->strength = strength;
            return;
        }
    }
    if (l->n < CANDS_MAX) {
        l->c[l->n++] = (tl_resolve_cand){entity, strength, 0};
        l->at[i] = (uint8_t)l->n;
    }
}

typedef struct resolve_ctx {
    sq *s;
    int type;
    int multiword;        /* the document's entity has a multi-word PERSON name */
    const idset *used;    /* entities other entities of this document joined */
    cand_list *cands;
    tl_error *err;
    int rc;
} resolve_ctx;

/* Adds the stored entities whose key of `kind` equals `key`. */
static void lookup_key(resolve_ctx *r, const char *key, int kind, int strength) {
    const int64_t *ids;
    size_t n = 0;
    if (r->rc || (r->rc = key_cands(r->s, key, kind, &ids, &n, r->err))) return;
    int key_words = tl_resolve_words(key);
    for (size_t i = 0; i < n; i++) {
        int64_t e = ids[i];
        /* a full list only raises the strength of the entities it holds:
         * the others need not be looked at (a common key lists thousands) */
        if (r->cands->n == CANDS_MAX && !cand_has(r->cands, e)) continue;
        tl_cache_ent *row;
        if ((r->rc = ent_row(r->s, e, &row, r->err))) return;
        if (!row) continue; /* a name left by an entity since deleted */
        if (!tl_resolve_types_compatible(row->type, r->type)) continue;
        int s = strength;
        /* A one-word person name (a surname) only weakly identifies a
         * person, and never joins two people whose full names differ. */
        if (r->type == TL_PERSON && (kind == TL_KEY_SUR || key_words == 1 || strength == 1)) {
            if (r->multiword && row->words >= 2 && kind != TL_KEY_EXACT) continue;
            if (r->multiword && row->words >= 2 && key_words == 1) continue;
            s = 1;
        }
        /* weak matches may not take an entity another entity of this
         * document already is: the extractor said they differ */
        if (s < 3 && idset_has(r->used, e)) continue;
        cand_add(r->cands, e, s);
    }
}

static int cands_for_name(void *ctx, const char *name, size_t len) {
    resolve_ctx *r = ctx;
    char key[TL_RESOLVE_KEY_MAX], k2[TL_RESOLVE_KEY_MAX];
    if (!tl_resolve_key(name, len, key, sizeof key)) return 0;
    int words = tl_resolve_words(key);
    lookup_key(r, key, TL_KEY_EXACT, 3);
    if (tl_resolve_phonetic(key, k2, sizeof k2)) lookup_key(r, k2, TL_KEY_PHON, 2);
    if (tl_resolve_is_short_form(name, len)) lookup_key(r, key, TL_KEY_ACR, 2);
    if (words >= 2 && r->type != TL_PERSON && tl_resolve_acronym(key, k2, sizeof k2))
        lookup_key(r, k2, TL_KEY_SHORT, 2);
    if (r->type == TL_PERSON && words == 1) lookup_key(r, key, TL_KEY_SUR, 1);
    if (r->type == TL_PERSON && words >= 2 && tl_resolve_surname(key, k2, sizeof k2))
        lookup_key(r, k2, TL_KEY_EXACT, 1); /* "Begli" stored alone, "Tawhid Begli" arrives */
    return r->rc;
}

static int has_multiword(void *ctx, const char *name, size_t len) {
    char key[TL_RESOLVE_KEY_MAX];
    tl_resolve_key(name, len, key, sizeof key);
    if (tl_resolve_words(key) >= 2) *(int *)ctx = 1;
    return 0;
}

typedef struct addname_ctx {
    sq *s;
    int64_t entity;
    int type;
    tl_error *err;
} addname_ctx;

static int addname_cb(void *ctx, const char *name, size_t len) {
    addname_ctx *a = ctx;
    /* a name stored for this entity earlier in the session has all its
     * keys already: skip the 2-4 INSERT OR IGNOREs */
    int seen = tl_cache_name_seen(a->s->cache, a->entity, name, len);
    if (seen > 0) return 0;
    return add_name(a->s, a->entity, a->type, name, len, 0, a->err);
}

/* Joins document entity `de` to stored entity `e` (0: a new entity, whose
 * id is written to *e): the canonical name becomes the fuller one unless an
 * analyst pinned it, the names are added, and a stored doc_entities row
 * (de->id > 0) is pointed at the entity. */
static int join_entity(sq *s, const de_row *de, int64_t *e, tl_error *err) {
    sqlite3_stmt *st;
    char key[TL_RESOLVE_KEY_MAX];
    if (*e == 0) {
        if (!(st = Q(s, Q_INS_ENTITY))) return db_err(s, err, "prepare");
        tl_resolve_key(de->name, strlen(de->name), key, sizeof key);
        sqlite3_bind_int(st, 1, de->type);
        bind_text(st, 2, de->name);
        bind_text(st, 3, key);
        if (run(s, st, err)) return TL_EDB;
        *e = sqlite3_last_insert_rowid(s->db);
        if (!tl_cache_ent_put(s->cache, *e, de->type, 0, de->name, key)) return fail(err, TL_ENOMEM, "out of memory");
    } else {
        tl_cache_ent *row;
        int rc = ent_row(s, *e, &row, err);
        if (rc) return rc;
        if (!row) return fail(err, TL_EDB, "a resolved entity is missing");
        if (!row->pinned && fuller(de->name, row->name)) {
            if (!(st = Q(s, Q_SET_ENTITY_NAME))) return db_err(s, err, "prepare");
            tl_resolve_key(de->name, strlen(de->name), key, sizeof key);
            sqlite3_bind_int64(st, 1, *e);
            bind_text(st, 2, de->name);
            bind_text(st, 3, key);
            if (run(s, st, err)) return TL_EDB;
            if (!tl_cache_ent_put(s->cache, *e, row->type, 0, de->name, key))
                return fail(err, TL_ENOMEM, "out of memory");
        }
    }
    if (de->id > 0) {
        docsets_clear(s); /* a stored row changes entity (reindex, relink) */
        if (run_id2(s, Q_SET_DE_ENTITY, de->id, *e, err)) return TL_EDB;
    }
    addname_ctx a = {s, *e, de->type, err};
    return each_name(de->name, de->aliases, addname_cb, &a) ? TL_EDB : TL_OK;
}

static void free_des(de_row *d, size_t n) {
    for (size_t i = 0; i < n; i++) { free(d[i].name); free(d[i].aliases); }
    free(d);
}

static int load_des(sq *s, int q, int64_t arg, de_row **out, size_t *n_out, tl_error *err) {
    sqlite3_stmt *st = Q(s, q);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, arg);
    de_row *d = NULL;
    size_t n = 0, cap = 0;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            de_row *nd = realloc(d, cap * sizeof *nd);
            if (!nd) { sqlite3_reset(st); free_des(d, n); return fail(err, TL_ENOMEM, "out of memory"); }
            d = nd;
        }
        /* Q_DE_OF_DOC: id,type,name,aliases; Q_DE_OF_ENTITY: id,name,aliases,type */
        int by_doc = q == Q_DE_OF_DOC;
        d[n].id = sqlite3_column_int64(st, 0);
        d[n].type = sqlite3_column_int(st, by_doc ? 1 : 3);
        d[n].name = strdup(col_text(st, by_doc ? 2 : 1));
        d[n].aliases = strdup(col_text(st, by_doc ? 3 : 2));
        n++;
        if (!d[n - 1].name || !d[n - 1].aliases) {
            sqlite3_reset(st); free_des(d, n); return fail(err, TL_ENOMEM, "out of memory");
        }
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) { free_des(d, n); return db_err(s, err, "load entities"); }
    *out = d;
    *n_out = n;
    return TL_OK;
}

static int gather(sq *s, const de_row *de, const idset *used, cand_list *cl, tl_error *err) {
    resolve_ctx r = {s, de->type, 0, used, cl, err, TL_OK};
    cand_reset(cl);
    if (de->type == TL_PERSON) each_name(de->name, de->aliases, has_multiword, &r.multiword);
    each_name(de->name, de->aliases, cands_for_name, &r);
    return r.rc;
}

/* ---- deferred layer-1 rows ----------------------------------------------- */
/*
 * In a group, a document's savepoint copies every page it changes for the
 * first time into the sub-journal, and doc_entities(entity, doc) and
 * fact_evidence(fact) put each row on a random page: those two tables were
 * a third of the store thread.  So while a group runs without corrections
 * or watchlist (nothing then reads the rows back through SQL: resolution
 * reads them from here), their rows are kept in memory and written at the
 * group's end, in order, with the ids they would have had.  A document
 * rolled back drops its rows; a group rolled back drops them all.
 */
static size_t pl_get(const sq *s, int64_t e) {
    if (!s->pl_cap) return 0;
    for (size_t i = hash64(e) & (s->pl_cap - 1); s->pl_key[i]; i = (i + 1) & (s->pl_cap - 1))
        if (s->pl_key[i] == e) return s->pl_val[i];
    return 0;
}

/* Sets entity e's newest pending row (+ 1); 1, or 0 when out of memory. */
static int pl_set(sq *s, int64_t e, size_t v) {
    if ((s->pl_n + 1) * 2 > s->pl_cap) {
        size_t cap = s->pl_cap ? s->pl_cap * 2 : 1024;
        int64_t *k = calloc(cap, sizeof *k);
        size_t *val = calloc(cap, sizeof *val);
        if (!k || !val) { free(k); free(val); return 0; }
        for (size_t j = 0; j < s->pl_cap; j++) {
            if (!s->pl_key[j]) continue;
            size_t i = hash64(s->pl_key[j]) & (cap - 1);
            while (k[i]) i = (i + 1) & (cap - 1);
            k[i] = s->pl_key[j];
            val[i] = s->pl_val[j];
        }
        free(s->pl_key);
        free(s->pl_val);
        s->pl_key = k;
        s->pl_val = val;
        s->pl_cap = cap;
    }
    size_t i = hash64(e) & (s->pl_cap - 1);
    while (s->pl_key[i] && s->pl_key[i] != e) i = (i + 1) & (s->pl_cap - 1);
    if (!s->pl_key[i]) {
        s->pl_key[i] = e;
        s->pl_n++;
    }
    s->pl_val[i] = v;
    return 1;
}

/* Copies n bytes into the pending strings; their offset, or (size_t)-1
 * when out of memory. */
static size_t pb_add(sq *s, const void *p, size_t n) {
    if (s->pb_n + n > s->pb_cap) {
        size_t cap = s->pb_cap ? s->pb_cap : 1 << 20;
        while (cap < s->pb_n + n) cap *= 2;
        unsigned char *b = realloc(s->pb, cap);
        if (!b) return (size_t)-1;
        s->pb = b;
        s->pb_cap = cap;
    }
    size_t at = s->pb_n;
    if (n) memcpy(s->pb + at, p, n);
    s->pb_n += n;
    return at;
}

static void defer_reset(sq *s) {
    s->pde_n = s->pev_n = s->pb_n = s->pde_mark = s->pev_mark = s->pb_mark = s->pfx_n = s->pfx_mark = 0;
    if (s->pl_n) memset(s->pl_key, 0, s->pl_cap * sizeof *s->pl_key);
    s->pl_n = 0;
}

/* At group begin: defers layer-1 rows when there are no corrections and
 * no watchlist (both are read back per document through SQL). */
static int defer_begin(sq *s, tl_error *err) {
    defer_reset(s);
    s->defer = 0;
    int any = 0;
    for (int q = Q_WATCH_ANY; q <= Q_CORR_ANY; q++) {
        sqlite3_stmt *st = Q(s, q);
        if (!st) return db_err(s, err, "prepare");
        int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_err(s, err, "defer");
        any |= rc == SQLITE_ROW;
    }
    if (any) return TL_OK;
    sqlite3_stmt *st = Q(s, Q_MAX_DE);
    if (!st) return db_err(s, err, "prepare");
    int rc = sqlite3_step(st);
    int64_t max = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    if (rc != SQLITE_ROW) return db_err(s, err, "doc_entities");
    s->next_de = max + 1; /* what SQLite would give the next row */
    s->defer = 1;
    return TL_OK;
}

/* A document begins (its savepoint): remembers where its rows start. */
static void defer_mark(sq *s) {
    s->pde_mark = s->pde_n;
    s->pev_mark = s->pev_n;
    s->pfx_mark = s->pfx_n;
    s->pb_mark = s->pb_n;
    s->pde_first_mark = s->next_de;
}

/* The open document rolled back: its rows go. */
static void defer_undo(sq *s) {
    while (s->pde_n > s->pde_mark) {
        const pend_de *r = &s->pde[--s->pde_n];
        pl_set(s, r->entity, r->prev); /* an existing key: never allocates */
    }
    s->pev_n = s->pev_mark;
    s->pfx_n = s->pfx_mark;
    s->pb_n = s->pb_mark;
    s->next_de = s->pde_first_mark;
}

/* Queues a doc_entities row; its id into *id.  TL_OK or TL_ENOMEM. */
static int defer_de(sq *s, int64_t doc, int idx, const tl_entity *en, const char *aliases, int64_t entity,
                    const unsigned char *spans, size_t spans_len, int64_t *id, tl_error *err) {
    if (s->pde_n == s->pde_cap) {
        size_t cap = s->pde_cap ? s->pde_cap * 2 : 4096;
        pend_de *v = realloc(s->pde, cap * sizeof *v);
        if (!v) return fail(err, TL_ENOMEM, "out of memory");
        s->pde = v;
        s->pde_cap = cap;
    }
    pend_de r = {s->next_de, doc, entity, idx, en->type, (int)en->n_mentions, 0, en->name.len, 0, strlen(aliases),
                 0, spans_len, 0};
    if ((r.name = pb_add(s, en->name.ptr, en->name.len)) == (size_t)-1 ||
        (r.aliases = pb_add(s, aliases, r.aliases_len)) == (size_t)-1 ||
        (r.spans = pb_add(s, spans, spans_len)) == (size_t)-1)
        return fail(err, TL_ENOMEM, "out of memory");
    if (entity > 0) {
        r.prev = pl_get(s, entity);
        if (!pl_set(s, entity, s->pde_n + 1)) return fail(err, TL_ENOMEM, "out of memory");
    }
    s->pde[s->pde_n++] = r;
    *id = s->next_de++;
    return TL_OK;
}

/* Queues a fact_evidence row.  TL_OK or TL_ENOMEM. */
static int defer_ev(sq *s, const pend_ev *v, tl_str time_text, const char *time_value, size_t time_value_len,
                    tl_str amount_text, const char *currency, size_t currency_len, tl_error *err) {
    if (s->pev_n == s->pev_cap) {
        size_t cap = s->pev_cap ? s->pev_cap * 2 : 4096;
        pend_ev *nv = realloc(s->pev, cap * sizeof *nv);
        if (!nv) return fail(err, TL_ENOMEM, "out of memory");
        s->pev = nv;
        s->pev_cap = cap;
    }
    pend_ev r = *v;
    r.time_text_len = time_text.len;
    r.time_value_len = time_value_len;
    r.amount_text_len = amount_text.len;
    r.currency_len = currency_len;
    if ((r.time_text = pb_add(s, time_text.ptr, time_text.len)) == (size_t)-1 ||
        (r.time_value = pb_add(s, time_value, time_value_len)) == (size_t)-1 ||
        (r.amount_text = pb_add(s, amount_text.ptr, amount_text.len)) == (size_t)-1 ||
        (r.currency = pb_add(s, currency, currency_len)) == (size_t)-1)
        return fail(err, TL_ENOMEM, "out of memory");
    s->pev[s->pev_n++] = r;
    return TL_OK;
}

/* Queues one piece of evidence for stored fact x->fact.  TL_OK or
 * TL_ENOMEM. */
static int defer_fx(sq *s, const pend_fx *x, tl_error *err) {
    if (s->pfx_n == s->pfx_cap) {
        size_t cap = s->pfx_cap ? s->pfx_cap * 2 : 4096;
        pend_fx *v = realloc(s->pfx, cap * sizeof *v);
        if (!v) return fail(err, TL_ENOMEM, "out of memory");
        s->pfx = v;
        s->pfx_cap = cap;
    }
    s->pfx[s->pfx_n] = *x;
    s->pfx[s->pfx_n].seq = s->pfx_n;
    s->pfx_n++;
    return TL_OK;
}

static int fx_cmp(const void *a, const void *b) {
    const pend_fx *x = a, *y = b;
    if (x->fact != y->fact) return x->fact < y->fact ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Applies the queued evidence of each fact in one UPDATE, merged as the
 * UPDATEs one by one would have left the row (Q_FACT_ADDN with ?10 > 1). */
static int fx_flush(sq *s, tl_error *err) {
    if (s->pfx_n > 1) qsort(s->pfx, s->pfx_n, sizeof *s->pfx, fx_cmp);
    for (size_t i = 0, j; i < s->pfx_n; i = j) {
        const pend_fx *x = &s->pfx[i];
        int modality = x->modality, status = 0;
        const char *time = "";
        int64_t place = 0, source = 0;
        const pend_fx *amount = NULL; /* the first with an amount, else the last */
        for (j = i; j < s->pfx_n && s->pfx[j].fact == x->fact; j++) {
            const pend_fx *y = &s->pfx[j];
            if (y->modality < modality) modality = y->modality;
            if (!status) status = y->status;
            if (y->time_value[0] && (!time[0] || strcmp(y->time_value, time) < 0)) time = y->time_value;
            if (!place) place = y->place;
            if (!source) source = y->source;
            if (!amount || !amount->amount_text[0]) amount = y;
        }
        sqlite3_stmt *st = Q(s, Q_FACT_ADDN);
        if (!st) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 1, x->fact);
        sqlite3_bind_int(st, 2, modality);
        sqlite3_bind_int(st, 3, status);
        bind_text(st, 4, time);
        bind_id(st, 5, place);
        bind_id(st, 6, source);
        bind_text(st, 7, amount->amount_text);
        sqlite3_bind_double(st, 8, amount->amount);
        bind_text(st, 9, amount->currency);
        sqlite3_bind_int64(st, 10, (int64_t)(j - i));
        if (run(s, st, err)) return TL_EDB;
    }
    return TL_OK;
}

static void bind_pb(sq *s, sqlite3_stmt *st, int i, size_t off, size_t len) {
    sqlite3_bind_text(st, i, len ? (const char *)s->pb + off : "", (int)len, SQLITE_STATIC);
}

/* At group end: writes the deferred rows and stops deferring. */
static int defer_flush(sq *s, tl_error *err) {
    int rc = fx_flush(s, err);
    sqlite3_stmt *st;
    for (size_t i = 0; rc == TL_OK && i < s->pde_n; i++) {
        const pend_de *r = &s->pde[i];
        if (!(st = Q(s, Q_INS_DE_ID))) { rc = db_err(s, err, "prepare"); break; }
        sqlite3_bind_int64(st, 1, r->doc);
        sqlite3_bind_int(st, 2, r->idx);
        sqlite3_bind_int(st, 3, r->type);
        bind_pb(s, st, 4, r->name, r->name_len);
        bind_pb(s, st, 5, r->aliases, r->aliases_len);
        sqlite3_bind_int(st, 6, r->n_mentions);
        bind_id(st, 7, r->entity);
        if (r->spans_len) sqlite3_bind_blob(st, 8, s->pb + r->spans, (int)r->spans_len, SQLITE_STATIC);
        else sqlite3_bind_null(st, 8);
        sqlite3_bind_int64(st, 9, r->id);
        rc = run(s, st, err);
    }
    for (size_t i = 0; rc == TL_OK && i < s->pev_n; i++) {
        const pend_ev *v = &s->pev[i];
        if (!(st = Q(s, Q_INS_EV))) { rc = db_err(s, err, "prepare"); break; }
        sqlite3_bind_int64(st, 1, v->doc);
        sqlite3_bind_int(st, 2, v->type);
        for (int k = 0; k < 6; k++) bind_id(st, 3 + k, v->de[k]);
        sqlite3_bind_int(st, 9, v->neg);
        sqlite3_bind_int(st, 10, v->status);
        sqlite3_bind_int(st, 11, v->modality);
        sqlite3_bind_int(st, 12, (int)v->start);
        sqlite3_bind_int(st, 13, (int)v->end);
        bind_pb(s, st, 14, v->time_text, v->time_text_len);
        bind_pb(s, st, 15, v->time_value, v->time_value_len);
        bind_pb(s, st, 16, v->amount_text, v->amount_text_len);
        sqlite3_bind_double(st, 17, v->amount_value);
        bind_pb(s, st, 18, v->currency, v->currency_len);
        sqlite3_bind_double(st, 19, v->confidence);
        bind_id(st, 20, v->fact);
        rc = run(s, st, err);
    }
    defer_reset(s);
    s->defer = 0;
    return rc;
}

/* ---- context of a candidate (ties) -------------------------------------- */
/* Forgets every cached docset and recent list: whenever doc_entities rows
 * change entity other than by being inserted (rollback, corrections,
 * reindex). */
static void docsets_clear(sq *s) {
    if (s->rc_n) {
        memset(s->rc, 0, s->rc_cap * sizeof *s->rc);
        s->rc_n = 0;
    }
    if (!s->ds_n) return;
    for (size_t i = 0; i < s->ds_cap; i++) free(s->ds[i].ents);
    memset(s->ds, 0, s->ds_cap * sizeof *s->ds);
    s->ds_n = s->ds_ents = 0;
}

/* Past this many cached entity ids the docsets are dropped and refilled:
 * bounds their memory (8 bytes an id) on a very long ingest. */
#define DOCSET_MAX_ENTS 8000000

/* The docset of `doc` into *out, loaded from doc_entities when not cached.
 * Only documents whose rows are written come here (they were found
 * through doc_entities), so a loaded set stays right until a row changes
 * entity, and every such change clears the docsets.  TL_OK, TL_ENOMEM or
 * TL_EDB. */
static int docset_get(sq *s, int64_t doc, docset **out, tl_error *err) {
    if (s->ds_cap) {
        for (size_t i = hash64(doc) & (s->ds_cap - 1);; i = (i + 1) & (s->ds_cap - 1)) {
            if (s->ds[i].doc == doc) { *out = &s->ds[i]; return TL_OK; }
            if (s->ds[i].doc == 0) break;
        }
    }
    if (s->ds_ents > DOCSET_MAX_ENTS) docsets_clear(s);
    if ((s->ds_n + 1) * 2 > s->ds_cap) { /* grow (rehash) at half full */
        size_t cap = s->ds_cap ? s->ds_cap * 2 : 1024;
        docset *nd = calloc(cap, sizeof *nd);
        if (!nd) return fail(err, TL_ENOMEM, "out of memory");
        for (size_t i = 0; i < s->ds_cap; i++) {
            if (!s->ds[i].doc) continue;
            size_t j = hash64(s->ds[i].doc) & (cap - 1);
            while (nd[j].doc) j = (j + 1) & (cap - 1);
            nd[j] = s->ds[i];
        }
        free(s->ds);
        s->ds = nd;
        s->ds_cap = cap;
    }
    ivec v = {0};
    int rc = TL_OK;
    if (s->defer && s->pde_n && doc >= s->pde[0].doc) { /* a document of this group: its rows are held back */
        size_t lo = 0, hi = s->pde_n;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (s->pde[mid].doc < doc) lo = mid + 1;
            else hi = mid;
        }
        for (; lo < s->pde_n && s->pde[lo].doc == doc; lo++)
            if (s->pde[lo].entity > 0 && !ivec_push(&v, s->pde[lo].entity)) { rc = fail(err, TL_ENOMEM, "out of memory"); break; }
    } else {
        rc = collect_ids(s, Q_ENTS_OF_DOC, doc, &v, err);
    }
    if (rc) { free(v.v); return rc; }
    size_t i = hash64(doc) & (s->ds_cap - 1);
    while (s->ds[i].doc) i = (i + 1) & (s->ds_cap - 1);
    s->ds[i] = (docset){doc, v.v, (uint32_t)v.n, 0, 0, 0};
    s->ds_n++;
    s->ds_ents += v.n;
    *out = &s->ds[i];
    return TL_OK;
}

/* Past this many entities the recent lists are dropped and refilled
 * (256 bytes an entity). */
#define RECENT_MAX_ENTS 200000

/* The slot of entity e in the recent lists (ent == 0 when not cached). */
static recent *recent_slot(sq *s, int64_t e) {
    size_t i = hash64(e) & (s->rc_cap - 1);
    while (s->rc[i].ent && s->rc[i].ent != e) i = (i + 1) & (s->rc_cap - 1);
    return &s->rc[i];
}

/* The documents of e's newest doc_entities rows, newest first (the rows
 * of Q_RECENT_DOCS), loaded when not cached.  *out stays valid until the
 * next call.  TL_OK, TL_ENOMEM or TL_EDB. */
static int recent_get(sq *s, int64_t e, const recent **out, tl_error *err) {
    if (s->rc_cap) {
        recent *r = recent_slot(s, e);
        if (r->ent) { *out = r; return TL_OK; }
    }
    if (s->rc_n > RECENT_MAX_ENTS) {
        memset(s->rc, 0, s->rc_cap * sizeof *s->rc);
        s->rc_n = 0;
    }
    if ((s->rc_n + 1) * 2 > s->rc_cap) { /* grow (rehash) at half full */
        size_t cap = s->rc_cap ? s->rc_cap * 2 : 1024;
        recent *old = s->rc, *nr = calloc(cap, sizeof *nr);
        if (!nr) return fail(err, TL_ENOMEM, "out of memory");
        size_t old_cap = s->rc_cap;
        s->rc = nr;
        s->rc_cap = cap;
        for (size_t i = 0; i < old_cap; i++)
            if (old[i].ent) *recent_slot(s, old[i].ent) = old[i];
        free(old);
    }
    recent *r = recent_slot(s, e);
    r->n = 0;
    /* rows the group holds back are newer than every stored one */
    for (size_t k = s->defer ? pl_get(s, e) : 0; k && r->n < RECENT_N; k = s->pde[k - 1].prev)
        r->doc[r->n++] = s->pde[k - 1].doc;
    if (r->n < RECENT_N) {
        sqlite3_stmt *st = Q(s, Q_RECENT_DOCS);
        if (!st) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 1, e);
        int rc = SQLITE_DONE;
        while (r->n < RECENT_N && (rc = sqlite3_step(st)) == SQLITE_ROW) r->doc[r->n++] = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
        if (r->n < RECENT_N && rc != SQLITE_DONE) return db_err(s, err, "recent documents");
    }
    r->ent = e;
    s->rc_n++;
    *out = r;
    return TL_OK;
}

/* A doc_entities row of entity e was written in document doc, newer than
 * every document before it: a cached list takes it first. */
static void recent_note(sq *s, int64_t e, int64_t doc) {
    if (!s->rc_n || e <= 0) return;
    recent *r = recent_slot(s, e);
    if (!r->ent) return;
    uint32_t keep = r->n < RECENT_N ? r->n : RECENT_N - 1;
    memmove(&r->doc[1], &r->doc[0], keep * sizeof r->doc[0]);
    r->doc[0] = doc;
    r->n = keep + 1;
}

static int anchor_has(const sq *s, int64_t e) {
    for (size_t i = hash64(e) & (s->anchor_cap - 1); s->anchor_set[i]; i = (i + 1) & (s->anchor_cap - 1))
        if (s->anchor_set[i] == e) return 1;
    return 0;
}

/* Puts the document's anchors in anchor_set; done only for documents with
 * a tie to break. */
static int flush_anchors(sq *s, tl_error *err) {
    if (s->anchors_flushed) return TL_OK;
    size_t cap = 16;
    while (cap < s->anchors.n * 2 + 2) cap *= 2;
    if (cap > s->anchor_cap) {
        int64_t *a = realloc(s->anchor_set, cap * sizeof *a);
        if (!a) return fail(err, TL_ENOMEM, "out of memory");
        s->anchor_set = a;
        s->anchor_cap = cap;
    }
    memset(s->anchor_set, 0, s->anchor_cap * sizeof *s->anchor_set);
    for (size_t k = 0; k < s->anchors.n; k++) {
        int64_t e = s->anchors.v[k];
        size_t i = hash64(e) & (s->anchor_cap - 1);
        while (s->anchor_set[i] && s->anchor_set[i] != e) i = (i + 1) & (s->anchor_cap - 1);
        s->anchor_set[i] = e;
    }
    s->ds_gen++; /* the docsets' anchor memos were for other anchors */
    s->anchors_flushed = 1;
    return TL_OK;
}

/* Context of candidate `e`: how many of its 30 latest doc_entities rows
 * (newest documents first) are in a document holding an anchor other
 * than e.  Into *ctx; TL_OK, TL_ENOMEM or TL_EDB. */
static int context_of(sq *s, int64_t e, int *ctx, tl_error *err) {
    const recent *r;
    int rc = recent_get(s, e, &r, err), n = 0;
    for (uint32_t k = 0; rc == TL_OK && k < r->n; k++) {
        docset *d;
        if ((rc = docset_get(s, r->doc[k], &d, err))) break;
        if (d->gen != s->ds_gen) { /* distinct anchors in the document, up to two */
            d->gen = s->ds_gen;
            d->memo_n = 0;
            for (uint32_t i = 0; i < d->n && d->memo_n < 2; i++) {
                if (!anchor_has(s, d->ents[i]) || (d->memo_n == 1 && d->ents[i] == d->memo_first)) continue;
                if (d->memo_n++ == 0) d->memo_first = d->ents[i];
            }
        }
        n += d->memo_n >= 2 || (d->memo_n == 1 && d->memo_first != e);
    }
    *ctx = n;
    return rc;
}

/* Resolves the entities of one document against the graph, in order:
 * ents[i] receives the entity des[i] joined or started.  Lookups go
 * through the session cache, so a document costs SQL statements only for
 * keys not seen before in the session, new entities and new names. */
static int resolve_des(sq *s, const de_row *des, size_t n, int64_t *ents, tl_store_ingest_result *res,
                       tl_error *err) {
    idset used = {0};
    cand_list *cl = malloc(sizeof *cl);
    int rc = cl ? TL_OK : fail(err, TL_ENOMEM, "out of memory");
    /* Anchors: entities this document names unambiguously.  They are the
     * context that tells apart two stored entities with the same name. */
    s->anchors.n = 0;
    s->anchors_flushed = 0;
    for (size_t i = 0; rc == TL_OK && i < n; i++) {
        if ((rc = gather(s, &des[i], NULL, cl, err))) break;
        if (cl->n == 1 && cl->c[0].strength == 3 && !ivec_push(&s->anchors, cl->c[0].entity))
            rc = fail(err, TL_ENOMEM, "out of memory");
    }
    for (size_t i = 0; rc == TL_OK && i < n; i++) {
        if ((rc = gather(s, &des[i], &used, cl, err))) break;
        int top = 0;
        for (size_t j = 0; j < cl->n; j++)
            if (cl->c[j].strength > top) top = cl->c[j].strength;
        size_t at_top = 0;
        for (size_t j = 0; j < cl->n; j++) at_top += cl->c[j].strength == top;
        if (at_top > 1) {
            if ((rc = flush_anchors(s, err))) break;
            for (size_t j = 0; j < cl->n; j++) {
                if (cl->c[j].strength != top) continue;
                if ((rc = context_of(s, cl->c[j].entity, &cl->c[j].context, err))) break;
            }
            if (rc) break;
        }
        int pick = tl_resolve_choose(cl->c, cl->n);
        int64_t e = pick >= 0 ? cl->c[pick].entity : 0;
        if (res) {
            if (e) res->n_entities_joined++;
            else res->n_entities_new++;
        }
        if ((rc = join_entity(s, &des[i], &e, err))) break;
        ents[i] = e;
        if (!idset_add(&used, e)) rc = fail(err, TL_ENOMEM, "out of memory");
    }
    free(cl);
    free(used.v);
    return rc;
}

/* Fact identity: symmetric relations are stored with the smaller id first. */
static int symmetric(int type) {
    return type == TL_ASSOCIATE_OF || type == TL_FAMILY_OF || type == TL_MET;
}

/* One piece of evidence as the graph sees it: arguments as entities. */
typedef struct ev_sig {
    int type, neg, status, modality;
    int64_t a0, a1, a2, place, source;
    char time_value[32], amount_text[128], currency[8];
    double amount;
} ev_sig;

/* Finds the fact a piece of evidence denotes and adds the evidence to it,
 * or creates it; *fact receives its id, *created (may be NULL) 1 when new.
 * `old`: the fact the evidence pointed at before (0: none); when it is
 * the same fact nothing changes. */
static int attach_fact(sq *s, ev_sig *v, int64_t old, int64_t *fact, int *created, tl_error *err) {
    if (symmetric(v->type) && v->a0 && v->a1 && v->a1 < v->a0) { int64_t t = v->a0; v->a0 = v->a1; v->a1 = t; }
    sqlite3_stmt *st;
    int64_t f = 0;
    if (!(st = Q(s, Q_FACT_FIND))) return db_err(s, err, "prepare");
    bind_id(st, 1, v->a0);
    bind_id(st, 2, v->a1);
    sqlite3_bind_int(st, 3, v->type);
    bind_id(st, 4, v->a2);
    sqlite3_bind_int(st, 5, v->neg);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) f = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_err(s, err, "fact lookup");
    *fact = f;
    if (f && f == old) return TL_OK;
    if (created) *created = f == 0;
    if (f && s->defer && !old) { /* written at group end (defer_flush) */
        pend_fx x = {.fact = f, .place = v->place, .source = v->source, .status = v->status,
                     .modality = v->modality, .amount = v->amount};
        memcpy(x.time_value, v->time_value, sizeof x.time_value);
        memcpy(x.amount_text, v->amount_text, sizeof x.amount_text);
        memcpy(x.currency, v->currency, sizeof x.currency);
        return defer_fx(s, &x, err);
    }
    if (f) {
        if (!(st = Q(s, Q_FACT_ADDN))) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 10, 1);
        sqlite3_bind_int64(st, 1, f);
        sqlite3_bind_int(st, 2, v->modality);
        sqlite3_bind_int(st, 3, v->status);
        bind_text(st, 4, v->time_value);
        bind_id(st, 5, v->place);
        bind_id(st, 6, v->source);
        bind_text(st, 7, v->amount_text);
        sqlite3_bind_double(st, 8, v->amount);
        bind_text(st, 9, v->currency);
        return run(s, st, err);
    }
    if (!(st = Q(s, Q_FACT_INS))) return db_err(s, err, "prepare");
    sqlite3_bind_int(st, 1, v->type);
    bind_id(st, 2, v->a0);
    bind_id(st, 3, v->a1);
    bind_id(st, 4, v->a2);
    sqlite3_bind_int(st, 5, v->neg);
    sqlite3_bind_int(st, 6, v->status);
    sqlite3_bind_int(st, 7, v->modality);
    bind_text(st, 8, v->time_value);
    bind_id(st, 9, v->place);
    bind_id(st, 10, v->source);
    bind_text(st, 11, v->amount_text);
    sqlite3_bind_double(st, 12, v->amount);
    bind_text(st, 13, v->currency);
    if (run(s, st, err)) return TL_EDB;
    *fact = sqlite3_last_insert_rowid(s->db);
    return TL_OK;
}

/* Re-attaches one stored piece of evidence to the fact its arguments now
 * denote (after its entities moved), creating the fact when new and
 * dropping the old one when it is left with no evidence.  *created (may be
 * NULL) is set to 1 for a new fact. */
static int relink_evidence(sq *s, int64_t ev, int *created, tl_error *err) {
    sqlite3_stmt *st = Q(s, Q_EV_LOAD);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, ev);
    if (sqlite3_step(st) != SQLITE_ROW) { sqlite3_reset(st); return db_err(s, err, "evidence"); }
    ev_sig v;
    int64_t old = sqlite3_column_int64(st, 0);
    v.type = sqlite3_column_int(st, 1);
    v.a0 = sqlite3_column_int64(st, 2);
    v.a1 = sqlite3_column_int64(st, 3);
    v.a2 = sqlite3_column_int64(st, 4);
    v.neg = sqlite3_column_int(st, 5);
    v.status = sqlite3_column_int(st, 6);
    v.modality = sqlite3_column_int(st, 7);
    snprintf(v.time_value, sizeof v.time_value, "%s", col_text(st, 8));
    v.place = sqlite3_column_int64(st, 9);
    v.source = sqlite3_column_int64(st, 10);
    snprintf(v.amount_text, sizeof v.amount_text, "%s", col_text(st, 11));
    v.amount = sqlite3_column_double(st, 12);
    snprintf(v.currency, sizeof v.currency, "%s", col_text(st, 13));
    sqlite3_reset(st);
    int64_t fact = 0;
    int rc = attach_fact(s, &v, old, &fact, created, err);
    if (rc || fact == old) return rc;
    if (run_id2(s, Q_SET_EV_FACT, ev, fact, err)) return TL_EDB;
    if (old) {
        if (run_id(s, Q_FACT_REFRESH, old, err) || run_id(s, Q_FACT_DEL, old, err)) return TL_EDB;
    }
    return TL_OK;
}

/* Builds layer 2 for one document whose layer 1 is stored (reindex):
 * resolves each of its entities against the graph, then attaches its
 * facts. */
static int link_doc(sq *s, int64_t doc, tl_store_ingest_result *res, tl_error *err) {
    de_row *des = NULL;
    size_t n = 0;
    ivec evs = {0};
    int64_t *ents = NULL;
    int rc = load_des(s, Q_DE_OF_DOC, doc, &des, &n, err);
    if (rc) return rc;
    if (!(ents = calloc(n + 1, sizeof *ents))) { rc = fail(err, TL_ENOMEM, "out of memory"); goto done; }
    if ((rc = resolve_des(s, des, n, ents, res, err))) goto done;
    if ((rc = collect_ids(s, Q_EV_OF_DOC, doc, &evs, err))) goto done;
    for (size_t i = 0; i < evs.n; i++) {
        int created = 0;
        if ((rc = relink_evidence(s, evs.v[i], &created, err))) goto done;
        if (res) {
            if (created) res->n_facts_new++;
            else res->n_facts_joined++;
        }
    }
done:
    free(ents);
    free_des(des, n);
    free(evs.v);
    return rc;
}

/* ---- entity lookup by name ----------------------------------------------- */
/* The entities a user's name denotes: exact keys, else transliteration,
 * else acronym/short form, else surname. */
static int find_ids(sq *s, const char *name, ivec *out, tl_error *err) {
    char key[TL_RESOLVE_KEY_MAX], k2[TL_RESOLVE_KEY_MAX];
    out->n = 0;
    if (name[0] == '#' && name[1]) {
        char *end;
        long long id = strtoll(name + 1, &end, 10);
        if (*end == 0 && id > 0) {
            sqlite3_stmt *st = Q(s, Q_ENTITY_BRIEF);
            if (!st) return db_err(s, err, "prepare");
            sqlite3_bind_int64(st, 1, id);
            int rc = sqlite3_step(st);
            sqlite3_reset(st);
            if (rc == SQLITE_ROW && !ivec_push(out, id)) return fail(err, TL_ENOMEM, "out of memory");
            return TL_OK;
        }
    }
    if (!tl_resolve_key(name, strlen(name), key, sizeof key)) return TL_OK;
    typedef struct { const char *k; int kind; } try_key;
    try_key tries[4];
    int nt = 0;
    tries[nt++] = (try_key){key, TL_KEY_EXACT};
    if (tl_resolve_phonetic(key, k2, sizeof k2)) tries[nt++] = (try_key){k2, TL_KEY_PHON};
    tries[nt++] = (try_key){key, tl_resolve_words(key) == 1 ? TL_KEY_ACR : TL_KEY_SHORT};
    tries[nt++] = (try_key){key, TL_KEY_SUR};
    /* A one-word name is as likely a surname: "Mehdiyev" names every
     * Mehdiyev, so exact and surname matches are gathered together. */
    int one_word = tl_resolve_words(key) == 1;
    for (int t = 0; t < nt; t++) {
        if (out->n > 0 && !(one_word && tries[t].kind == TL_KEY_SUR)) continue;
        const char *k = tries[t].k;
        char acr[TL_RESOLVE_KEY_MAX];
        if (tries[t].kind == TL_KEY_SHORT) {
            if (!tl_resolve_acronym(key, acr, sizeof acr)) continue;
            k = acr;
        }
        sqlite3_stmt *st = Q(s, Q_NAME_CANDS);
        if (!st) return db_err(s, err, "prepare");
        bind_text(st, 1, k);
        sqlite3_bind_int(st, 2, tries[t].kind);
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            int64_t e = sqlite3_column_int64(st, 0);
            int dup = 0;
            for (size_t i = 0; i < out->n; i++) dup |= out->v[i] == e;
            if (!dup && !ivec_push(out, e)) { sqlite3_reset(st); return fail(err, TL_ENOMEM, "out of memory"); }
        }
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) return db_err(s, err, "lookup");
    }
    return TL_OK;
}

/* One entity for a name, or TL_ENOTFOUND (none or several). */
static int find_one(sq *s, const char *name, int64_t *e, tl_error *err) {
    ivec ids = {0};
    int rc = find_ids(s, name, &ids, err);
    if (rc == TL_OK && ids.n != 1) {
        rc = TL_ENOTFOUND;
        if (err) {
            err->code = rc;
            err->offset = -1;
            snprintf(err->msg, sizeof err->msg, ids.n ? "'%s' is ambiguous (%zu entities)" : "no entity named '%s'",
                     name, ids.n);
        }
    }
    if (rc == TL_OK) *e = ids.v[0];
    free(ids.v);
    return rc;
}

/* ---- corrections --------------------------------------------------------- */
static int relink_docs(sq *s, const ivec *docs, tl_error *err) {
    for (size_t i = 0; i < docs->n; i++) {
        ivec evs = {0};
        int rc = collect_ids(s, Q_EV_OF_DOC, docs->v[i], &evs, err);
        for (size_t j = 0; rc == TL_OK && j < evs.n; j++) rc = relink_evidence(s, evs.v[j], NULL, err);
        free(evs.v);
        if (rc) return rc;
    }
    return TL_OK;
}

/* b's entity joins a's: documents, names, facts, alerts. */
static int merge_entities(sq *s, int64_t keep, int64_t drop, tl_error *err) {
    ivec docs = {0};
    cache_clear(s); /* names move and an entity goes */
    int rc = collect_ids(s, Q_DOCS_OF_ENTITY, drop, &docs, err);
    if (rc) return rc;
    sqlite3_stmt *st = Q(s, Q_ENTITY_ROW);
    char drop_name[512] = "";
    int drop_pinned = 0;
    if (st) {
        sqlite3_bind_int64(st, 1, drop);
        if (sqlite3_step(st) == SQLITE_ROW) {
            snprintf(drop_name, sizeof drop_name, "%s", col_text(st, 1));
            drop_pinned = sqlite3_column_int(st, 3);
        }
        sqlite3_reset(st);
    }
    if ((rc = run_id2(s, Q_MOVE_DE, drop, keep, err)) || (rc = run_id2(s, Q_MOVE_NAMES, drop, keep, err)) ||
        (rc = run_id(s, Q_DEL_NAMES_OF, drop, err)) || (rc = run_id2(s, Q_FACT_PLACE_MOVE, drop, keep, err)) ||
        (rc = run_id2(s, Q_FACT_SOURCE_MOVE, drop, keep, err)) ||
        (rc = run_id2(s, Q_ALERT_ENTITY_MOVE, drop, keep, err)) || (rc = relink_docs(s, &docs, err)))
        goto done;
    /* the kept entity takes the fuller name unless an analyst fixed one */
    if ((st = Q(s, Q_ENTITY_ROW))) {
        sqlite3_bind_int64(st, 1, keep);
        int take = 0;
        if (sqlite3_step(st) == SQLITE_ROW && !sqlite3_column_int(st, 3) && drop_name[0])
            take = drop_pinned || fuller(drop_name, col_text(st, 1));
        sqlite3_reset(st);
        if (take) {
            char key[TL_RESOLVE_KEY_MAX];
            tl_resolve_key(drop_name, strlen(drop_name), key, sizeof key);
            if (!(st = Q(s, Q_SET_ENTITY_NAME))) { rc = db_err(s, err, "prepare"); goto done; }
            sqlite3_bind_int64(st, 1, keep);
            bind_text(st, 2, drop_name);
            bind_text(st, 3, key);
            if ((rc = run(s, st, err))) goto done;
        }
    }
    rc = run_id(s, Q_DEL_ENTITY, drop, err);
done:
    free(docs.v);
    return rc;
}

/* Re-derives the seen names (and unpinned canonical name) of an entity
 * from the document entities it still has; deletes it when it has none. */
static int rebuild_names(sq *s, int64_t e, tl_error *err) {
    de_row *des = NULL;
    size_t n = 0;
    int rc = load_des(s, Q_DE_OF_ENTITY, e, &des, &n, err);
    if (rc) return rc;
    if (n == 0) {
        rc = run_id(s, Q_DEL_NAMES_OF, e, err);
        if (!rc) rc = run_id(s, Q_DEL_ENTITY, e, err);
        free_des(des, n);
        return rc;
    }
    if ((rc = run_id(s, Q_DEL_SEED_NAMES, e, err))) goto done;
    const char *best = des[0].name;
    for (size_t i = 0; i < n; i++) {
        addname_ctx a = {s, e, des[i].type, err};
        if (each_name(des[i].name, des[i].aliases, addname_cb, &a)) { rc = TL_EDB; goto done; }
        if (fuller(des[i].name, best)) best = des[i].name;
    }
    sqlite3_stmt *st = Q(s, Q_ENTITY_ROW);
    if (!st) { rc = db_err(s, err, "prepare"); goto done; }
    sqlite3_bind_int64(st, 1, e);
    int pinned = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 3);
    sqlite3_reset(st);
    if (!pinned) {
        char key[TL_RESOLVE_KEY_MAX];
        tl_resolve_key(best, strlen(best), key, sizeof key);
        if (!(st = Q(s, Q_SET_ENTITY_NAME))) { rc = db_err(s, err, "prepare"); goto done; }
        sqlite3_bind_int64(st, 1, e);
        bind_text(st, 2, best);
        bind_text(st, 3, key);
        rc = run(s, st, err);
    }
done:
    free_des(des, n);
    return rc;
}

typedef struct keymatch {
    const char *key;
    int hit;
} keymatch;
static int keymatch_cb(void *ctx, const char *name, size_t len) {
    keymatch *m = ctx;
    char key[TL_RESOLVE_KEY_MAX];
    tl_resolve_key(name, len, key, sizeof key);
    if (strcmp(key, m->key) == 0) m->hit = 1;
    return 0;
}

/* The document entities of e called `name` leave it for an entity of
 * their own (an existing one with that exact name, else a new one). */
static int split_entity(sq *s, int64_t e, const char *name, int *applied, tl_error *err) {
    char key[TL_RESOLVE_KEY_MAX];
    tl_resolve_key(name, strlen(name), key, sizeof key);
    de_row *des = NULL;
    size_t n = 0;
    ivec moved = {0};
    int rc = load_des(s, Q_DE_OF_ENTITY, e, &des, &n, err);
    if (rc) return rc;
    for (size_t i = 0; i < n; i++) {
        keymatch m = {key, 0};
        each_name(des[i].name, des[i].aliases, keymatch_cb, &m);
        if (m.hit && !ivec_push(&moved, (int64_t)i)) {
            rc = fail(err, TL_ENOMEM, "out of memory");
            goto done;
        }
    }
    *applied = moved.n > 0;
    if (moved.n == 0 || moved.n == n) goto done; /* nothing to split off */
    cache_clear(s); /* names move between entities */
    int64_t target = 0;
    sqlite3_stmt *st = Q(s, Q_NAME_CANDS);
    if (!st) { rc = db_err(s, err, "prepare"); goto done; }
    bind_text(st, 1, key);
    sqlite3_bind_int(st, 2, TL_KEY_EXACT);
    while (sqlite3_step(st) == SQLITE_ROW) {
        int64_t c = sqlite3_column_int64(st, 0);
        if (c != e && tl_resolve_types_compatible(sqlite3_column_int(st, 1), des[0].type)) { target = c; break; }
    }
    sqlite3_reset(st);
    for (size_t i = 0; i < moved.n; i++) {
        de_row *d = &des[moved.v[i]];
        if (target == 0) {
            de_row named = *d;
            named.name = (char *)name;
            named.aliases = d->name; /* the new entity is called what the analyst said */
            if ((rc = join_entity(s, &named, &target, err))) goto done;
        }
        if ((rc = run_id2(s, Q_DE_MOVE_ONE, d->id, target, err))) goto done;
    }
    if ((rc = rebuild_names(s, e, err)) || (rc = rebuild_names(s, target, err))) goto done;
    /* the facts of the moved entities' documents now point elsewhere */
    {
        ivec dl = {0};
        if ((rc = collect_ids(s, Q_DOCS_OF_ENTITY, target, &dl, err)) == TL_OK) rc = relink_docs(s, &dl, err);
        free(dl.v);
    }
done:
    free(moved.v);
    free_des(des, n);
    return rc;
}

/* Splits "TYPE|neg|name0|name1|name2" into its parts; returns 0 if malformed. */
static int parse_sig(char *sig, int *type, int *neg, char *names[3]) {
    char *p[5];
    int n = 0;
    p[n++] = sig;
    for (char *c = sig; *c && n < 5; c++)
        if (*c == '|') { *c = 0; p[n++] = c + 1; }
    if (n != 5) return 0;
    *type = atoi(p[0]);
    *neg = atoi(p[1]);
    for (int i = 0; i < 3; i++) names[i] = p[2 + i];
    return 1;
}

static int reject_fact(sq *s, const char *signature, int *applied, tl_error *err) {
    char sig[1600];
    int type, neg;
    char *names[3];
    snprintf(sig, sizeof sig, "%s", signature);
    *applied = 0;
    if (!parse_sig(sig, &type, &neg, names)) return TL_OK;
    int64_t a[3] = {0, 0, 0};
    for (int i = 0; i < 3; i++) {
        if (!names[i][0]) continue;
        tl_error e2;
        if (find_one(s, names[i], &a[i], &e2) != TL_OK) return TL_OK; /* not applicable now */
    }
    if (symmetric(type) && a[0] && a[1] && a[1] < a[0]) { int64_t t = a[0]; a[0] = a[1]; a[1] = t; }
    sqlite3_stmt *st = Q(s, Q_FACT_FIND);
    if (!st) return db_err(s, err, "prepare");
    bind_id(st, 1, a[0]);
    bind_id(st, 2, a[1]);
    sqlite3_bind_int(st, 3, type);
    bind_id(st, 4, a[2]);
    sqlite3_bind_int(st, 5, neg);
    int64_t f = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    if (!f) return TL_OK;
    *applied = 1;
    return run_id(s, Q_FACT_REJECT, f, err);
}

/* Applies one recorded correction to the current graph; a correction whose
 * names no longer resolve to one entity is skipped (applied = 0), never an
 * error, so a batch of corrections cannot block an ingest. */
static int apply_correction(sq *s, int kind, const char *a, const char *b, int *applied, tl_error *err) {
    int64_t ea = 0, eb = 0;
    tl_error ignore;
    *applied = 0;
    if (kind == TL_CORR_REJECT) return reject_fact(s, a, applied, err);
    if (find_one(s, a, &ea, &ignore) != TL_OK) return TL_OK;
    switch (kind) {
    case TL_CORR_MERGE:
        if (find_one(s, b, &eb, &ignore) != TL_OK) return TL_OK;
        *applied = 1;
        return ea == eb ? TL_OK : merge_entities(s, ea, eb, err);
    case TL_CORR_SPLIT:
        return split_entity(s, ea, b, applied, err);
    case TL_CORR_RENAME: {
        char key[TL_RESOLVE_KEY_MAX];
        tl_resolve_key(b, strlen(b), key, sizeof key);
        sqlite3_stmt *st = Q(s, Q_RENAME);
        if (!st) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 1, ea);
        bind_text(st, 2, b);
        bind_text(st, 3, key);
        if (run(s, st, err)) return TL_EDB;
        sqlite3_stmt *r = Q(s, Q_ENTITY_ROW);
        int type = 0;
        if (r) {
            sqlite3_bind_int64(r, 1, ea);
            if (sqlite3_step(r) == SQLITE_ROW) type = sqlite3_column_int(r, 0);
            sqlite3_reset(r);
        }
        /* the cached row must show the new name and the pin */
        if (!tl_cache_ent_put(s->cache, ea, type, 1, b, key)) return fail(err, TL_ENOMEM, "out of memory");
        *applied = 1;
        return add_name(s, ea, type, b, strlen(b), 1, err);
    }
    case TL_CORR_ALIAS_ADD: {
        sqlite3_stmt *r = Q(s, Q_ENTITY_ROW);
        int type = 0;
        if (!r) return db_err(s, err, "prepare");
        sqlite3_bind_int64(r, 1, ea);
        if (sqlite3_step(r) == SQLITE_ROW) type = sqlite3_column_int(r, 0);
        sqlite3_reset(r);
        *applied = 1;
        return add_name(s, ea, type, b, strlen(b), 1, err);
    }
    case TL_CORR_ALIAS_REMOVE: {
        char key[TL_RESOLVE_KEY_MAX];
        tl_resolve_key(b, strlen(b), key, sizeof key);
        sqlite3_stmt *st = Q(s, Q_ALIAS_DEL);
        if (!st) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 1, ea);
        bind_text(st, 2, key);
        if (run(s, st, err)) return TL_EDB;
        if (sqlite3_changes(s->db)) cache_clear(s); /* names gone */
        *applied = 1;
        return TL_OK;
    }
    default:
        return TL_OK;
    }
}

typedef struct corr_row {
    int64_t id;
    int kind;
    char *a, *b;
} corr_row;

static int reapply_corrections(sq *s, tl_error *err) {
    sqlite3_stmt *st = Q(s, Q_CORR_ALL);
    if (!st) return db_err(s, err, "prepare");
    corr_row *rows = NULL;
    size_t n = 0, cap = 0;
    int rc = TL_OK, src;
    while ((src = sqlite3_step(st)) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            corr_row *nr = realloc(rows, cap * sizeof *nr);
            if (!nr) { rc = fail(err, TL_ENOMEM, "out of memory"); break; }
            rows = nr;
        }
        rows[n].id = sqlite3_column_int64(st, 0);
        rows[n].kind = sqlite3_column_int(st, 1);
        rows[n].a = strdup(col_text(st, 2));
        rows[n].b = strdup(col_text(st, 3));
        n++;
    }
    sqlite3_reset(st);
    if (rc == TL_OK && src != SQLITE_DONE) rc = db_err(s, err, "corrections");
    for (size_t i = 0; rc == TL_OK && i < n; i++) {
        int applied = 0;
        if (!rows[i].a || !rows[i].b) { rc = fail(err, TL_ENOMEM, "out of memory"); break; }
        rc = apply_correction(s, rows[i].kind, rows[i].a, rows[i].b, &applied, err);
        if (rc == TL_OK) rc = run_id2(s, Q_CORR_SET_APPLIED, rows[i].id, applied, err);
    }
    for (size_t i = 0; i < n; i++) { free(rows[i].a); free(rows[i].b); }
    free(rows);
    return rc;
}

/* ---- ingest -------------------------------------------------------------- */
/* Queues a sentence for the full-text index at the end of the group (a
 * copy of its text: reading it back through the sentence_text view at
 * group end copied the whole document BLOB once per sentence).  Returns 1,
 * or 0 when out of memory. */
static int fts_queue(sq *s, int64_t id, const char *text, size_t len) {
    if (s->fts_n == s->fts_cap) {
        size_t cap = s->fts_cap ? s->fts_cap * 2 : 1024;
        struct fts_row *v = realloc(s->fts, cap * sizeof *v);
        if (!v) return 0;
        s->fts = v;
        s->fts_cap = cap;
    }
    if (s->fts_tn + len > s->fts_tcap) {
        size_t cap = s->fts_tcap ? s->fts_tcap : 1 << 20;
        while (cap < s->fts_tn + len) cap *= 2;
        char *t = realloc(s->fts_text, cap);
        if (!t) return 0;
        s->fts_text = t;
        s->fts_tcap = cap;
    }
    if (len) memcpy(s->fts_text + s->fts_tn, text, len);
    s->fts[s->fts_n++] = (struct fts_row){id, s->fts_tn, len};
    s->fts_tn += len;
    return 1;
}

/* Writes the queued sentences into sentence_fts and empties the queue. */
static int fts_flush(sq *s, tl_error *err) {
    int rc = TL_OK;
    for (size_t i = 0; rc == TL_OK && i < s->fts_n; i++) {
        sqlite3_stmt *st = Q(s, Q_INS_FTS);
        if (!st) { rc = db_err(s, err, "prepare"); break; }
        sqlite3_bind_int64(st, 1, s->fts[i].id);
        sqlite3_bind_text(st, 2, s->fts_text + s->fts[i].off, (int)s->fts[i].len, SQLITE_STATIC);
        rc = run(s, st, err);
    }
    s->fts_n = s->fts_tn = s->fts_mark = s->fts_tmark = 0;
    return rc;
}

/* A document's transaction: nothing in bulk mode (the bulk transaction
 * holds it), a savepoint inside a group, its own transaction otherwise. */
static int begin(sq *s, tl_error *err) {
    if (s->bulk) return TL_OK;
    if (s->group) {
        s->fts_mark = s->fts_n; /* a rollback drops the document's queued sentences */
        s->fts_tmark = s->fts_tn;
        defer_mark(s);
        return run(s, Q(s, Q_SAVEPOINT), err);
    }
    if (exec(s, "BEGIN IMMEDIATE", err)) return TL_EDB;
    int rc = cache_check(s, err);
    if (rc) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}
static int commit(sq *s, tl_error *err) {
    if (s->bulk) return TL_OK;
    return s->group ? run(s, Q(s, Q_RELEASE), err) : exec(s, "COMMIT", err);
}
static void rollback(sq *s) {
    if (s->group) {
        sqlite3_exec(s->db, "ROLLBACK TO tl_doc; RELEASE tl_doc", NULL, NULL, NULL);
        s->fts_n = s->fts_mark;
        s->fts_tn = s->fts_tmark;
        if (s->defer) defer_undo(s);
    }
    else if (!s->bulk) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    cache_clear(s); /* it may hold names and entities of the rolled-back document */
}

/* A growing byte buffer for the varint-coded mention spans. */
typedef struct bbuf {
    unsigned char *v;
    size_t n, cap;
    int64_t last;   /* previous start */
} bbuf;

static uint64_t zigzag(int64_t x) { return ((uint64_t)x << 1) ^ (uint64_t)(x >> 63); }

static int bbuf_varint(bbuf *b, uint64_t x) {
    if (b->n + 10 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 32;
        unsigned char *v = realloc(b->v, cap);
        if (!v) return 0;
        b->v = v;
        b->cap = cap;
    }
    do {
        unsigned char c = x & 0x7f;
        x >>= 7;
        b->v[b->n++] = (unsigned char)(c | (x ? 0x80 : 0));
    } while (x);
    return 1;
}

static tl_str span_str(const tl_doc *d, tl_span sp) {
    if (sp.end <= sp.start || sp.end > d->len) return (tl_str){"", 0};
    return (tl_str){d->text + sp.start, sp.end - sp.start};
}

/* Stores layer 1 of a document (its sentences, entities, mentions and
 * facts) under document row `doc`.  With `resolve`, layer 2 is built in
 * the same pass (ingest): entities are resolved from the document in
 * memory before their rows are written, and each fact is found or created
 * before its evidence row is, so no row is written twice.  Without it
 * (reindex) the links are left NULL for link_doc.  res may be NULL. */
static int store_layer1(sq *s, int64_t doc, const tl_doc *d, int resolve, tl_store_ingest_result *res,
                        tl_error *err) {
    sqlite3_stmt *st;
    int rc = TL_OK;
    int64_t first = 0, last = -1;
    for (uint32_t i = 0; i < d->n_sentences; i++) {
        const tl_sentence *se = &d->sentences[i];
        if (se->end <= se->start || se->end > d->len) continue;
        if (!(st = Q(s, Q_INS_SENT))) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 1, doc);
        sqlite3_bind_int(st, 2, (int)se->start);
        sqlite3_bind_int(st, 3, (int)se->end);
        if (run(s, st, err)) return TL_EDB;
        int64_t sid = sqlite3_last_insert_rowid(s->db);
        if (first == 0) first = sid;
        last = sid;
        /* In a group the full-text rows are written once, at its end
         * (sq_group_end): FTS5 flushes its pending terms as a new segment
         * at every savepoint release, so one flush per document cost ~10%
         * of the store and left many small segments to merge. */
        if (s->group) {
            if (!fts_queue(s, sid, d->text + se->start, se->end - se->start))
                return fail(err, TL_ENOMEM, "out of memory");
            continue;
        }
        if (!(st = Q(s, Q_INS_FTS))) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 1, sid);
        sqlite3_bind_text(st, 2, d->text + se->start, (int)(se->end - se->start), SQLITE_STATIC);
        if (run(s, st, err)) return TL_EDB;
    }
    if (!(st = Q(s, Q_SET_SENT_RANGE))) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, doc);
    sqlite3_bind_int64(st, 2, first);
    sqlite3_bind_int64(st, 3, last);
    if (run(s, st, err)) return TL_EDB;
    size_t ne = d->n_entities;
    bbuf *spans = NULL;
    int64_t *de = calloc(ne + 1, sizeof *de), *ents = calloc(ne + 1, sizeof *ents);
    de_row *rows = calloc(ne + 1, sizeof *rows);
    if (!de || !ents || !rows) { rc = fail(err, TL_ENOMEM, "out of memory"); goto done; }
    for (size_t i = 0; i < ne; i++) {
        const tl_entity *en = &d->entities[i];
        /* aliases joined by U+001F; names never contain control characters */
        size_t total = 1;
        for (uint32_t k = 0; k < en->n_aliases; k++) total += en->aliases[k].len + 1;
        char *al = malloc(total), *p = al, *nm = malloc(en->name.len + 1);
        rows[i] = (de_row){0, en->type, nm, al};
        if (!al || !nm) { rc = fail(err, TL_ENOMEM, "out of memory"); goto done; }
        if (en->name.len) memcpy(nm, en->name.ptr, en->name.len);
        nm[en->name.len] = 0;
        for (uint32_t k = 0; k < en->n_aliases; k++) {
            if (k) *p++ = '\x1f';
            memcpy(p, en->aliases[k].ptr, en->aliases[k].len);
            p += en->aliases[k].len;
        }
        *p = 0;
    }
    if (resolve && (rc = resolve_des(s, rows, ne, ents, res, err))) goto done;
    /* each entity's mention spans, in document order, as zigzag varints:
     * start minus the previous start, then length (a 5-10x smaller store
     * of mentions than one row each) */
    spans = calloc(ne + 1, sizeof *spans);
    if (!spans) { rc = fail(err, TL_ENOMEM, "out of memory"); goto done; }
    for (uint32_t i = 0; i < d->n_mentions; i++) {
        const tl_mention *m = &d->mentions[i];
        if (m->entity < 0 || (uint32_t)m->entity >= d->n_entities || m->end < m->start) continue;
        bbuf *b = &spans[m->entity];
        if (!bbuf_varint(b, zigzag((int64_t)m->start - b->last)) || !bbuf_varint(b, (uint64_t)(m->end - m->start))) {
            rc = fail(err, TL_ENOMEM, "out of memory");
            goto done;
        }
        b->last = (int64_t)m->start;
    }
    for (size_t i = 0; i < ne; i++) {
        const tl_entity *en = &d->entities[i];
        if (s->defer) {
            if ((rc = defer_de(s, doc, (int)i, en, rows[i].aliases, ents[i], spans[i].v, spans[i].n, &de[i], err)))
                goto done;
            recent_note(s, ents[i], doc);
            continue;
        }
        if (!(st = Q(s, Q_INS_DE))) { rc = db_err(s, err, "prepare"); goto done; }
        sqlite3_bind_int64(st, 1, doc);
        sqlite3_bind_int(st, 2, (int)i);
        sqlite3_bind_int(st, 3, en->type);
        bind_str(st, 4, en->name);
        sqlite3_bind_text(st, 5, rows[i].aliases, -1, SQLITE_STATIC);
        sqlite3_bind_int(st, 6, (int)en->n_mentions);
        bind_id(st, 7, ents[i]);
        if (spans[i].n) sqlite3_bind_blob(st, 8, spans[i].v, (int)spans[i].n, SQLITE_STATIC);
        else sqlite3_bind_null(st, 8);
        if ((rc = run(s, st, err))) goto done;
        de[i] = sqlite3_last_insert_rowid(s->db);
        recent_note(s, ents[i], doc);
    }
#define DE(x) ((x) >= 0 && (uint32_t)(x) < d->n_entities ? de[(x)] : 0)
#define ENT(x) ((x) >= 0 && (uint32_t)(x) < d->n_entities ? ents[(x)] : 0)
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type >= TL_FACT_TYPE_COUNT || DE(f->args[0]) == 0) continue;
        int64_t fact = 0;
        if (resolve) {
            ev_sig v = {f->type, f->modality == TL_NEGATED, f->status, f->modality, ENT(f->args[0]),
                        ENT(f->args[1]), ENT(f->args[2]), ENT(f->place), ENT(f->source), "", "", "",
                        f->amount_value};
            snprintf(v.time_value, sizeof v.time_value, "%.*s", (int)strnlen(f->time_value, sizeof f->time_value),
                     f->time_value);
            tl_str at = span_str(d, f->amount_text);
            snprintf(v.amount_text, sizeof v.amount_text, "%.*s", (int)at.len, at.ptr);
            snprintf(v.currency, sizeof v.currency, "%.*s", (int)strnlen(f->currency, sizeof f->currency),
                     f->currency);
            int created = 0;
            if ((rc = attach_fact(s, &v, 0, &fact, &created, err))) goto done;
            if (res) {
                if (created) res->n_facts_new++;
                else res->n_facts_joined++;
            }
        }
        if (s->defer) {
            pend_ev v = {.doc = doc, .fact = fact, .de = {DE(f->args[0]), DE(f->args[1]), DE(f->args[2]), DE(f->from),
                                                          DE(f->place), DE(f->source)},
                         .type = f->type, .neg = f->modality == TL_NEGATED, .status = f->status,
                         .modality = f->modality, .start = f->evidence.start, .end = f->evidence.end,
                         .amount_value = f->amount_value, .confidence = f->confidence};
            if ((rc = defer_ev(s, &v, span_str(d, f->time_text), f->time_value,
                               strnlen(f->time_value, sizeof f->time_value), span_str(d, f->amount_text),
                               f->currency, strnlen(f->currency, sizeof f->currency), err)))
                goto done;
            continue;
        }
        if (!(st = Q(s, Q_INS_EV))) { rc = db_err(s, err, "prepare"); goto done; }
        sqlite3_bind_int64(st, 1, doc);
        sqlite3_bind_int(st, 2, f->type);
        bind_id(st, 3, DE(f->args[0]));
        bind_id(st, 4, DE(f->args[1]));
        bind_id(st, 5, DE(f->args[2]));
        bind_id(st, 6, DE(f->from));
        bind_id(st, 7, DE(f->place));
        bind_id(st, 8, DE(f->source));
        sqlite3_bind_int(st, 9, f->modality == TL_NEGATED);
        sqlite3_bind_int(st, 10, f->status);
        sqlite3_bind_int(st, 11, f->modality);
        sqlite3_bind_int(st, 12, (int)f->evidence.start);
        sqlite3_bind_int(st, 13, (int)f->evidence.end);
        bind_str(st, 14, span_str(d, f->time_text));
        sqlite3_bind_text(st, 15, f->time_value, (int)strnlen(f->time_value, sizeof f->time_value),
                          SQLITE_TRANSIENT);
        bind_str(st, 16, span_str(d, f->amount_text));
        sqlite3_bind_double(st, 17, f->amount_value);
        sqlite3_bind_text(st, 18, f->currency, (int)strnlen(f->currency, sizeof f->currency),
                          SQLITE_TRANSIENT);
        sqlite3_bind_double(st, 19, f->confidence);
        bind_id(st, 20, fact);
        if ((rc = run(s, st, err))) goto done;
    }
#undef DE
#undef ENT
done:
    for (size_t i = 0; spans && i < ne; i++) free(spans[i].v);
    free(spans);
    free(de);
    free(ents);
    if (rows) free_des(rows, ne);
    return rc;
}

static int sq_ingest(void *impl, const tl_doc *d, const tl_store_docinfo *info,
                     tl_store_ingest_result *res, tl_error *err) {
    sq *s = impl;
    tl_store_ingest_result r = {0};
    const char *sha = info && info->sha256 ? info->sha256 : d->id;
    int found = 0, rc = sq_has_doc(s, sha, &found, err);
    if (rc) return rc;
    if (found) {
        r.skipped = 1;
        if (res) *res = r;
        return TL_OK;
    }
    if ((rc = begin(s, err))) return rc;
    sqlite3_stmt *st = Q(s, Q_INS_DOC);
    if (!st) { rc = db_err(s, err, "prepare"); goto fail; }
    const char *title = info && info->title ? info->title : d->title;
    const char *published = info && info->published && info->published[0] ? info->published : d->published;
    bind_text(st, 1, sha);
    bind_text(st, 2, d->path ? d->path : "-");
    bind_text(st, 3, title);
    bind_text(st, 4, published ? published : "");
    bind_text(st, 5, info ? info->url : NULL);
    bind_text(st, 6, info ? info->source : NULL);
    sqlite3_bind_int(st, 7, info ? info->extracted : 0);
    sqlite3_bind_blob(st, 8, d->text ? d->text : "", (int)d->len, SQLITE_STATIC);
    if ((rc = run(s, st, err))) goto fail;
    r.doc = sqlite3_last_insert_rowid(s->db);
    if ((rc = store_layer1(s, r.doc, d, 1, &r, err))) goto fail;
    if (!s->bulk) {
        if ((rc = reapply_corrections(s, err))) goto fail;
        /* the INSERT ... SELECT still measured ~0.7 ms a document with an
         * empty watchlist (cause not pinned down): run it only when
         * something is watched */
        if (!(st = Q(s, Q_WATCH_ANY))) { rc = db_err(s, err, "prepare"); goto fail; }
        int any = sqlite3_step(st);
        sqlite3_reset(st);
        if (any != SQLITE_ROW && any != SQLITE_DONE) { rc = db_err(s, err, "watchlist"); goto fail; }
        if (any == SQLITE_ROW) {
            if (!(st = Q(s, Q_ALERTS_FOR_DOC))) { rc = db_err(s, err, "prepare"); goto fail; }
            sqlite3_bind_int64(st, 1, r.doc);
            if ((rc = run(s, st, err))) goto fail;
            r.n_alerts = (uint32_t)sqlite3_changes(s->db);
        }
    }
    if ((rc = commit(s, err))) goto fail;
    if (res) *res = r;
    return TL_OK;
fail:
    rollback(s);
    return rc;
}

static int sq_bulk_begin(void *impl, tl_error *err) {
    sq *s = impl;
    if (s->bulk || s->group) return fail(err, TL_EINVAL, "already in bulk mode or in a group");
    if (exec(s, "BEGIN IMMEDIATE", err)) return TL_EDB;
    if (cache_check(s, err)) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return TL_EDB;
    }
    s->bulk = 1;
    return TL_OK;
}

static int sq_bulk_end(void *impl, int do_commit, tl_error *err) {
    sq *s = impl;
    if (!s->bulk) return fail(err, TL_EINVAL, "not in bulk mode");
    s->bulk = 0;
    if (!do_commit) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        cache_clear(s);
        return TL_OK;
    }
    int rc = reapply_corrections(s, err);
    if (rc == TL_OK) rc = exec(s, "COMMIT", err);
    if (rc) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        cache_clear(s);
    }
    return rc;
}

static int sq_group_begin(void *impl, tl_error *err) {
    sq *s = impl;
    if (s->bulk || s->group) return fail(err, TL_EINVAL, "already in a group or in bulk mode");
    if (exec(s, "BEGIN IMMEDIATE", err)) return TL_EDB;
    /* nobody else can write until the group commits: one check covers it */
    if (cache_check(s, err)) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return TL_EDB;
    }
    if (defer_begin(s, err)) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return TL_EDB;
    }
    s->group = 1;
    s->fts_n = s->fts_tn = s->fts_mark = s->fts_tmark = 0;
    return TL_OK;
}

static int sq_group_end(void *impl, int do_commit, tl_error *err) {
    sq *s = impl;
    if (!s->group) return fail(err, TL_EINVAL, "not in a group");
    s->group = 0;
    int rc = TL_OK;
    if (do_commit && s->defer) rc = defer_flush(s, err); /* the group's held-back rows */
    if (do_commit && rc == TL_OK) rc = fts_flush(s, err); /* the group's sentences (store_layer1) */
    s->fts_n = s->fts_tn = 0;
    defer_reset(s);
    s->defer = 0;
    if (do_commit && rc == TL_OK) rc = exec(s, "COMMIT", err);
    if (!do_commit || rc) {
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        cache_clear(s); /* it holds the group's entities and names */
    }
    return rc;
}

/* Removes a document's layer 1 (keeping the document row and its text). */
static int drop_layer1(sq *s, int64_t doc, tl_error *err) {
    sqlite3_stmt *st = Q(s, Q_SENTS_OF_DOC);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, doc);
    /* external-content FTS5 needs the old text to remove a row */
    typedef struct { int64_t id; char *text; } srow;
    srow *rows = NULL;
    size_t n = 0, cap = 0;
    int rc = TL_OK;
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            srow *nr = realloc(rows, cap * sizeof *nr);
            if (!nr) { rc = fail(err, TL_ENOMEM, "out of memory"); break; }
            rows = nr;
        }
        rows[n].id = sqlite3_column_int64(st, 0);
        rows[n].text = strdup(col_text(st, 1));
        n++;
    }
    sqlite3_reset(st);
    for (size_t i = 0; rc == TL_OK && i < n; i++) {
        if (!(st = Q(s, Q_DEL_FTS))) { rc = db_err(s, err, "prepare"); break; }
        sqlite3_bind_int64(st, 1, rows[i].id);
        bind_text(st, 2, rows[i].text ? rows[i].text : "");
        rc = run(s, st, err);
    }
    for (size_t i = 0; i < n; i++) free(rows[i].text);
    free(rows);
    if (rc) return rc;
    docsets_clear(s); /* the document's rows go */
    if ((rc = run_id(s, Q_DEL_SENTS, doc, err)) || (rc = run_id(s, Q_DEL_EVS, doc, err)) ||
        (rc = run_id(s, Q_DEL_DES, doc, err)))
        return rc;
    return TL_OK;
}

static int sq_reindex(void *impl, tl_store_extract_fn fn, void *fn_ctx, tl_store_progress_fn progress,
                      void *progress_ctx, uint64_t *n_docs, tl_error *err) {
    sq *s = impl;
    ivec docs = {0};
    ivec reextract = {0};
    uint64_t done_n = 0;
    int rc = exec(s, "BEGIN IMMEDIATE", err);
    if (rc) return rc;
    sqlite3_stmt *st = Q(s, Q_DOC_LIST);
    if (!st) { rc = db_err(s, err, "prepare"); goto fail; }
    while (sqlite3_step(st) == SQLITE_ROW) {
        if (!ivec_push(&docs, sqlite3_column_int64(st, 0)) ||
            !ivec_push(&reextract, fn && !sqlite3_column_int(st, 1))) {
            sqlite3_reset(st);
            rc = fail(err, TL_ENOMEM, "out of memory");
            goto fail;
        }
    }
    sqlite3_reset(st);
    for (size_t i = 0; i < docs.n; i++) {
        if (reextract.v[i]) {
            sqlite3_stmt *t;
            if (sqlite3_prepare_v2(s->db, "SELECT text, path FROM documents WHERE id=?1", -1, &t, NULL) != SQLITE_OK) {
                rc = db_err(s, err, "prepare");
                goto fail;
            }
            sqlite3_bind_int64(t, 1, docs.v[i]);
            tl_doc *d = NULL;
            if (sqlite3_step(t) == SQLITE_ROW) {
                const char *text = sqlite3_column_blob(t, 0);
                size_t len = (size_t)sqlite3_column_bytes(t, 0);
                if (fn(fn_ctx, text ? text : "", len, col_text(t, 1), &d) != TL_OK) d = NULL;
            }
            sqlite3_finalize(t);
            if (d) {
                rc = drop_layer1(s, docs.v[i], err);
                if (!rc) rc = store_layer1(s, docs.v[i], d, 0, NULL, err);
                tl_doc_free(d);
                if (rc) goto fail;
                done_n++;
            }
        }
        if (progress) progress(progress_ctx, i + 1, docs.n);
    }
    /* drop layer 2 and rebuild it from every document, oldest first */
    if ((rc = exec(s, "UPDATE doc_entities SET entity=NULL; UPDATE fact_evidence SET fact=NULL;"
                      "UPDATE alerts SET entity=NULL; DELETE FROM facts; DELETE FROM entity_names;"
                      "DELETE FROM entities;", err)))
        goto fail;
    cache_clear(s);
    for (size_t i = 0; i < docs.n; i++)
        if ((rc = link_doc(s, docs.v[i], NULL, err))) goto fail;
    if ((rc = reapply_corrections(s, err)) || (rc = exec(s, "COMMIT", err))) goto fail;
    free(docs.v);
    free(reextract.v);
    if (n_docs) *n_docs = done_n;
    return TL_OK;
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    cache_clear(s);
    free(docs.v);
    free(reextract.v);
    return rc;
}

/* ---- queries ------------------------------------------------------------- */
static void fill_entity(sqlite3_stmt *st, tl_store_entity *e) {
    e->id = sqlite3_column_int64(st, 0);
    e->type = sqlite3_column_int(st, 1);
    e->name = col_text(st, 2);
    e->n_docs = sqlite3_column_int64(st, 3);
    e->n_mentions = sqlite3_column_int64(st, 4);
    e->n_facts = sqlite3_column_int64(st, 5);
    e->first_seen = col_text(st, 6);
    e->last_seen = col_text(st, 7);
}

static int entity_full(sq *s, int64_t id, tl_store_entity_cb cb, void *ctx, int *stop, tl_error *err) {
    sqlite3_stmt *st = Q(s, Q_ENTITY_FULL);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        tl_store_entity e;
        fill_entity(st, &e);
        if (cb(ctx, &e) && stop) *stop = 1;
        rc = SQLITE_DONE;
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "entity");
}

static int sq_entity_find(void *impl, const char *name, tl_store_entity_cb cb, void *ctx, int *n_found,
                          tl_error *err) {
    sq *s = impl;
    ivec ids = {0};
    int rc = find_ids(s, name, &ids, err);
    if (n_found) *n_found = rc ? 0 : (int)ids.n;
    int stop = 0;
    for (size_t i = 0; rc == TL_OK && i < ids.n && !stop && cb; i++)
        rc = entity_full(s, ids.v[i], cb, ctx, &stop, err);
    free(ids.v);
    return rc;
}

static int sq_entities(void *impl, const tl_store_entity_filter *f, tl_store_entity_cb cb, void *ctx,
                       tl_error *err) {
    sq *s = impl;
    if (f && f->id) return entity_full(s, f->id, cb, ctx, NULL, err);
    sqlite3_stmt *st = Q(s, f && f->order_by_degree ? Q_ENTITIES_BY_DEGREE : Q_ENTITIES_BY_NAME);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int(st, 1, f ? f->type : -1);
    char key[TL_RESOLVE_KEY_MAX];
    if (f && f->match && tl_resolve_key(f->match, strlen(f->match), key, sizeof key)) bind_text(st, 2, key);
    else sqlite3_bind_null(st, 2);
    sqlite3_bind_int64(st, 3, f && f->limit > 0 ? f->limit : -1);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_entity e;
        fill_entity(st, &e);
        if (cb(ctx, &e)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "entities");
}

static int sq_entity_brief(void *impl, int64_t id, tl_store_entity_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_ENTITY_BRIEF);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        tl_store_entity e = {sqlite3_column_int64(st, 0), sqlite3_column_int(st, 1), col_text(st, 2),
                             -1, -1, -1, "", ""};
        cb(ctx, &e);
        rc = SQLITE_DONE;
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "entity");
}

static int sq_entity_names(void *impl, int64_t entity, tl_store_name_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_ENTITY_BRIEF);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, entity);
    char canon[1024] = "";
    if (sqlite3_step(st) == SQLITE_ROW) snprintf(canon, sizeof canon, "%s", col_text(st, 2));
    sqlite3_reset(st);
    if (canon[0] && cb(ctx, canon, "canonical", -1)) return TL_OK;
    if (!(st = Q(s, Q_ENTITY_NAMES))) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, entity);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *n = col_text(st, 0);
        if (strcmp(n, canon) == 0) continue;
        if (cb(ctx, n, sqlite3_column_int(st, 1) ? "alias" : "name", -1)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "names");
}

static int sq_entity_docs(void *impl, int64_t entity, tl_store_doc_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, entity ? Q_ENTITY_DOCS : Q_ALL_DOCS);
    if (!st) return db_err(s, err, "prepare");
    if (entity) sqlite3_bind_int64(st, 1, entity);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_doc d = {sqlite3_column_int64(st, 0), col_text(st, 1), col_text(st, 2), col_text(st, 3),
                          col_text(st, 4), col_text(st, 5), sqlite3_column_int64(st, 6), col_text(st, 7)};
        if (cb(ctx, &d)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "documents");
}

static int sq_entity_origin(void *impl, int64_t entity, int *type, char *out, size_t cap, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_ENTITY_ORIGIN);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, entity);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
        *type = sqlite3_column_int(st, 0);
        snprintf(out, cap, "%s", col_text(st, 1));
    }
    sqlite3_reset(st);
    if (rc == SQLITE_ROW) return TL_OK;
    if (rc == SQLITE_DONE) return fail(err, TL_ENOTFOUND, "no such entity");
    return db_err(s, err, "entity origin");
}

static int sq_facts(void *impl, const tl_store_fact_filter *f, tl_store_fact_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    tl_store_fact_filter none = {.type = -1, .modality = -1};
    if (!f) f = &none;
    int q = f->id ? Q_FACTS_ID : f->entity ? Q_FACTS_ENTITY : Q_FACTS_ALL;
    sqlite3_stmt *st = Q(s, q);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int(st, 1, f->type);
    bind_text(st, 2, f->since);
    bind_text(st, 3, f->until);
    sqlite3_bind_int(st, 4, f->modality);
    sqlite3_bind_int(st, 5, f->include_rejected);
    sqlite3_bind_int(st, 6, f->dated_only);
    sqlite3_bind_int64(st, 7, f->limit > 0 ? f->limit : -1);
    sqlite3_bind_int64(st, 8, f->id ? f->id : f->entity);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_fact x;
        x.id = sqlite3_column_int64(st, 0);
        x.type = sqlite3_column_int(st, 1);
        x.modality = sqlite3_column_int(st, 2);
        x.status = sqlite3_column_int(st, 3);
        x.negated = sqlite3_column_int(st, 4);
        x.rejected = sqlite3_column_int(st, 5);
        for (int i = 0; i < 3; i++) {
            x.args[i] = sqlite3_column_int64(st, 6 + i);
            x.arg_names[i] = x.args[i] ? col_text(st, 9 + i) : NULL;
        }
        x.place = sqlite3_column_int64(st, 12);
        x.place_name = x.place ? col_text(st, 13) : NULL;
        x.source = sqlite3_column_int64(st, 14);
        x.source_name = x.source ? col_text(st, 15) : NULL;
        x.time_value = col_text(st, 16);
        x.amount_text = col_text(st, 17);
        x.amount_value = sqlite3_column_double(st, 18);
        x.currency = col_text(st, 19);
        x.n_evidence = sqlite3_column_int64(st, 20);
        if (cb(ctx, &x)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "facts");
}

static int sq_fact_evidence(void *impl, int64_t fact, tl_store_evidence_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_EVIDENCE);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, fact);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_evidence ev;
        ev.fact = sqlite3_column_int64(st, 0);
        ev.doc = sqlite3_column_int64(st, 1);
        ev.doc_id = col_text(st, 2);
        ev.doc_path = col_text(st, 3);
        ev.doc_title = col_text(st, 4);
        ev.published = col_text(st, 5);
        ev.start = (uint32_t)sqlite3_column_int(st, 6);
        ev.end = (uint32_t)sqlite3_column_int(st, 7);
        ev.text = sqlite3_column_blob(st, 8);
        ev.len = (size_t)sqlite3_column_bytes(st, 8);
        if (!ev.text) ev.text = "";
        ev.modality = sqlite3_column_int(st, 9);
        ev.time_text = col_text(st, 10);
        if (cb(ctx, &ev)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "evidence");
}

static int sq_adjacent(void *impl, int64_t entity, tl_store_adj_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_ADJ);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, entity);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t other = sqlite3_column_int64(st, 1);
        if (other == entity) continue;
        if (cb(ctx, sqlite3_column_int64(st, 0), other)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "adjacent");
}

static int sq_edges(void *impl, tl_store_adj_cb2 cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_EDGES);
    if (!st) return db_err(s, err, "prepare");
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t a = sqlite3_column_int64(st, 0), b = sqlite3_column_int64(st, 1);
        if (a == b) continue;
        if (cb(ctx, a, b)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "edges");
}

static int search_once(sq *s, const char *query, const char *open, const char *close, int64_t limit,
                       tl_store_hit_cb cb, void *ctx, int *syntax) {
    sqlite3_stmt *st = Q(s, Q_SEARCH);
    if (!st) return SQLITE_ERROR;
    bind_text(st, 1, query);
    bind_text(st, 2, open);
    bind_text(st, 3, close);
    sqlite3_bind_int64(st, 4, limit > 0 ? limit : 20);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_hit h = {sqlite3_column_int64(st, 0), col_text(st, 1), col_text(st, 2), col_text(st, 3),
                          (uint32_t)sqlite3_column_int(st, 4), (uint32_t)sqlite3_column_int(st, 5),
                          col_text(st, 6), sqlite3_column_double(st, 7)};
        if (cb(ctx, &h)) { rc = SQLITE_DONE; break; }
    }
    /* FTS5 reports a malformed query as a plain SQLITE_ERROR ("fts5: syntax
     * error", "unterminated string"); I/O and busy errors have other codes */
    *syntax = rc == SQLITE_ERROR;
    sqlite3_reset(st);
    return rc;
}

static int sq_search(void *impl, const char *query, const char *open, const char *close, int64_t limit,
                     tl_store_hit_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    int syntax = 0;
    int rc = search_once(s, query, open, close, limit, cb, ctx, &syntax);
    if (rc == SQLITE_DONE) return TL_OK;
    if (!syntax) return db_err(s, err, "search");
    /* not FTS5 syntax (a stray quote or operator): search it as a phrase */
    size_t n = strlen(query);
    char *phrase = malloc(2 * n + 3), *p = phrase;
    if (!phrase) return fail(err, TL_ENOMEM, "out of memory");
    *p++ = '"';
    for (size_t i = 0; i < n; i++) {
        if (query[i] == '"') *p++ = '"';
        *p++ = query[i];
    }
    *p++ = '"';
    *p = 0;
    rc = search_once(s, phrase, open, close, limit, cb, ctx, &syntax);
    free(phrase);
    if (rc == SQLITE_DONE) return TL_OK;
    return syntax ? fail(err, TL_EINVAL, "the search query is not valid") : db_err(s, err, "search");
}

static int64_t scalar(sq *s, const char *sql) {
    sqlite3_stmt *st;
    int64_t v = 0;
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) return -1;
    if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static int sq_get_stats(void *impl, tl_store_stats *out, tl_error *err) {
    sq *s = impl;
    tl_store_stats r = {0};
    r.documents = scalar(s, "SELECT count(*) FROM documents");
    r.sentences = scalar(s, "SELECT count(*) FROM sentences");
    r.entities = scalar(s, "SELECT count(*) FROM entities");
    r.names = scalar(s, "SELECT count(*) FROM entity_names WHERE kind=0");
    r.mentions = scalar(s, "SELECT coalesce(sum(n_mentions),0) FROM doc_entities");
    r.facts = scalar(s, "SELECT count(*) FROM facts WHERE rejected=0");
    r.evidence = scalar(s, "SELECT count(*) FROM fact_evidence");
    r.corrections = scalar(s, "SELECT count(*) FROM corrections");
    r.watched = scalar(s, "SELECT count(*) FROM watchlist");
    r.alerts = scalar(s, "SELECT count(*) FROM alerts");
    r.text_bytes = scalar(s, "SELECT coalesce(sum(length(text)),0) FROM documents");
    r.file_bytes = scalar(s, "SELECT (SELECT page_count FROM pragma_page_count()) * (SELECT page_size FROM"
                             " pragma_page_size()) - (SELECT freelist_count FROM pragma_freelist_count()) *"
                             " (SELECT page_size FROM pragma_page_size())");
    if (r.documents < 0 || r.entities < 0 || r.facts < 0) return db_err(s, err, "stats");
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT type, count(*) FROM entities GROUP BY type", -1, &st, NULL) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            int t = sqlite3_column_int(st, 0);
            if (t >= 0 && t < TL_ENT_TYPE_COUNT) r.by_type[t] = sqlite3_column_int64(st, 1);
        }
        sqlite3_finalize(st);
    }
    if (sqlite3_prepare_v2(s->db, "SELECT type, count(*) FROM facts WHERE rejected=0 GROUP BY type", -1, &st,
                           NULL) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            int t = sqlite3_column_int(st, 0);
            if (t >= 0 && t < TL_FACT_TYPE_COUNT) r.by_fact_type[t] = sqlite3_column_int64(st, 1);
        }
        sqlite3_finalize(st);
    }
    *out = r;
    return TL_OK;
}

static int sq_correct(void *impl, int kind, const char *a, const char *b, int64_t fact, int64_t *id,
                      tl_error *err) {
    sq *s = impl;
    if (kind < 0 || kind >= TL_CORR_KIND_COUNT) return fail(err, TL_EINVAL, "unknown correction");
    char sig[1600];
    int64_t ea = 0, eb = 0;
    int rc;
    if (kind == TL_CORR_REJECT) {
        sqlite3_stmt *st = Q(s, Q_FACT_SIG);
        if (!st) return db_err(s, err, "prepare");
        sqlite3_bind_int64(st, 1, fact);
        if (sqlite3_step(st) != SQLITE_ROW) {
            sqlite3_reset(st);
            if (err) {
                err->code = TL_ENOTFOUND;
                err->offset = -1;
                snprintf(err->msg, sizeof err->msg, "no fact %lld", (long long)fact);
            }
            return TL_ENOTFOUND;
        }
        /* by the names of its arguments, which survive a rebuild; ids do not */
        snprintf(sig, sizeof sig, "%d|%d|%s|%s|%s", sqlite3_column_int(st, 0), sqlite3_column_int(st, 1),
                 col_text(st, 2), col_text(st, 3), col_text(st, 4));
        sqlite3_reset(st);
        a = sig;
        b = NULL;
    } else {
        if (!a || !b || !*a || !*b) return fail(err, TL_EINVAL, "a correction needs an entity and a name");
        if ((rc = find_one(s, a, &ea, err))) return rc;
        if (kind == TL_CORR_MERGE && (rc = find_one(s, b, &eb, err))) return rc;
        if (kind == TL_CORR_MERGE && ea == eb) return fail(err, TL_EINVAL, "these names are one entity already");
        char k[TL_RESOLVE_KEY_MAX];
        if (kind != TL_CORR_MERGE && !tl_resolve_key(b, strlen(b), k, sizeof k))
            return fail(err, TL_EINVAL, "the name has no letters");
        /* Record the entity by its canonical name: the user's spelling may
         * be a variant that stops resolving once names move around. */
    }
    if ((rc = exec(s, "BEGIN IMMEDIATE", err))) return rc;
    if ((rc = cache_check(s, err))) goto fail;
    sqlite3_stmt *st = Q(s, Q_CORR_INS);
    if (!st) { rc = db_err(s, err, "prepare"); goto fail; }
    sqlite3_bind_int(st, 1, kind);
    bind_text(st, 2, a);
    bind_text(st, 3, b);
    if ((rc = run(s, st, err))) goto fail;
    int64_t cid = sqlite3_last_insert_rowid(s->db);
    int applied = 0;
    if ((rc = apply_correction(s, kind, a, b, &applied, err)) ||
        (rc = run_id2(s, Q_CORR_SET_APPLIED, cid, applied, err)))
        goto fail;
    if (kind == TL_CORR_SPLIT && !applied) {
        rc = fail(err, TL_ENOTFOUND, "no document calls the entity by that name");
        goto fail;
    }
    if ((rc = exec(s, "COMMIT", err))) goto fail;
    if (id) *id = cid;
    return TL_OK;
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    cache_clear(s);
    return rc;
}

static int sq_corrections(void *impl, tl_store_correction_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_CORR_LIST);
    if (!st) return db_err(s, err, "prepare");
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_correction c = {sqlite3_column_int64(st, 0), sqlite3_column_int(st, 1), col_text(st, 2),
                                 sqlite3_column_type(st, 3) == SQLITE_NULL ? NULL : col_text(st, 3),
                                 col_text(st, 4), sqlite3_column_int(st, 5)};
        if (cb(ctx, &c)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "corrections");
}

static int sq_watch_add(void *impl, const char *name, tl_error *err) {
    sq *s = impl;
    char key[TL_RESOLVE_KEY_MAX];
    if (!name || !tl_resolve_key(name, strlen(name), key, sizeof key))
        return fail(err, TL_EINVAL, "the name has no letters");
    sqlite3_stmt *st = Q(s, Q_WATCH_ADD);
    if (!st) return db_err(s, err, "prepare");
    bind_text(st, 1, name);
    bind_text(st, 2, key);
    return run(s, st, err);
}

static int sq_watch_remove(void *impl, const char *name, tl_error *err) {
    sq *s = impl;
    char key[TL_RESOLVE_KEY_MAX];
    tl_resolve_key(name, strlen(name), key, sizeof key);
    sqlite3_stmt *st = Q(s, Q_WATCH_DEL);
    if (!st) return db_err(s, err, "prepare");
    bind_text(st, 1, key);
    if (run(s, st, err)) return TL_EDB;
    return sqlite3_changes(s->db) ? TL_OK : fail(err, TL_ENOTFOUND, "that name is not watched");
}

static int sq_watch_list(void *impl, tl_store_name_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_WATCH_LIST);
    if (!st) return db_err(s, err, "prepare");
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        if (cb(ctx, col_text(st, 0), "watch", sqlite3_column_int64(st, 1))) { rc = SQLITE_DONE; break; }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "watchlist");
}

static int sq_alerts(void *impl, int64_t since_id, tl_store_alert_cb cb, void *ctx, tl_error *err) {
    sq *s = impl;
    sqlite3_stmt *st = Q(s, Q_ALERTS);
    if (!st) return db_err(s, err, "prepare");
    sqlite3_bind_int64(st, 1, since_id);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        tl_store_alert a = {sqlite3_column_int64(st, 0), col_text(st, 1), sqlite3_column_int64(st, 2),
                            col_text(st, 3), sqlite3_column_int64(st, 4), col_text(st, 5), col_text(st, 6),
                            col_text(st, 7)};
        if (cb(ctx, &a)) { rc = SQLITE_DONE; break; }
    }
    sqlite3_reset(st);
    return rc == SQLITE_DONE ? TL_OK : db_err(s, err, "alerts");
}

const tl_store_ops tl_store_sqlite_ops = {
    .name = "sqlite",
    .open = sq_open,
    .open_readonly = sq_open_ro,
    .close = sq_close,
    .has_doc = sq_has_doc,
    .ingest = sq_ingest,
    .bulk_begin = sq_bulk_begin,
    .bulk_end = sq_bulk_end,
    .group_begin = sq_group_begin,
    .group_end = sq_group_end,
    .reindex = sq_reindex,
    .entity_find = sq_entity_find,
    .entities = sq_entities,
    .entity_brief = sq_entity_brief,
    .entity_names = sq_entity_names,
    .entity_docs = sq_entity_docs,
    .entity_origin = sq_entity_origin,
    .facts = sq_facts,
    .fact_evidence = sq_fact_evidence,
    .adjacent = sq_adjacent,
    .edges = sq_edges,
    .search = sq_search,
    .get_stats = sq_get_stats,
    .correct = sq_correct,
    .corrections = sq_corrections,
    .watch_add = sq_watch_add,
    .watch_remove = sq_watch_remove,
    .watch_list = sq_watch_list,
    .alerts = sq_alerts,
    .document = tl_store_sqlite_document,
    .token_add = tl_store_sqlite_token_add,
    .token_revoke = tl_store_sqlite_token_revoke,
    .token_list = tl_store_sqlite_token_list,
    .token_check = tl_store_sqlite_token_check,
};
