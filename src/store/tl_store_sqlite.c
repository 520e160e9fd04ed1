/* tl_store_sqlite.c -- the SQLite backend of the store: schema, migrations, statements, open/close and the backend table. */
#include "tl_store_sqlite_int.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    /* version 4: why each document entity joined the entity it did (`show
     * --why`): one row per join, none for a document entity that started
     * an entity.  de is a doc_entities id; part of layer 2, rebuilt with it. */
    "CREATE TABLE resolution(de INTEGER PRIMARY KEY, why INTEGER NOT NULL, matched TEXT NOT NULL,"
    " joined TEXT NOT NULL);"
    /* and the sha256 of a document's text with its whitespace runs made
     * one space: a copy that differs only in whitespace or markup (the
     * same article as HTML and as text) is the same document */
    "ALTER TABLE documents ADD COLUMN text_key TEXT;"
    "CREATE INDEX documents_text_key ON documents(text_key) WHERE text_key IS NOT NULL;",
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

const char *const tl_sqlite_sql[Q_COUNT] = {
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
    [Q_SET_ENTITY_TYPE] = "UPDATE entities SET type=?2 WHERE id=?1",
    /* an argument whose document entity the graph does not keep reads -1 */
    [Q_EV_LOAD] = "SELECT v.fact, v.type, coalesce(d0.entity, -1),"
                  " CASE WHEN v.de1 IS NOT NULL AND d1.entity IS NULL THEN -1 ELSE d1.entity END,"
                  " d2.entity, v.neg, v.status, v.modality,"
                  " v.time_value, dp.entity, ds.entity, v.amount_text, v.amount_value, v.currency"
                  " FROM fact_evidence v LEFT JOIN doc_entities d0 ON d0.id=v.de0"
                  " LEFT JOIN doc_entities d1 ON d1.id=v.de1 LEFT JOIN doc_entities d2 ON d2.id=v.de2"
                  " LEFT JOIN doc_entities dp ON dp.id=v.place_de"
                  " LEFT JOIN doc_entities ds ON ds.id=v.source_de WHERE v.id=?1",
    /* the same fact: same type, arguments and negation, and a time and a
     * place that agree when both sides have one (?6 '' and ?7 NULL: any) */
    [Q_FACT_FIND] = "SELECT id FROM facts WHERE a0 IS ?1 AND a1 IS ?2 AND type=?3 AND a2 IS ?4 AND neg=?5"
                    " AND (?6 = '' OR time_value = '' OR substr(time_value,1,length(?6)) = ?6"
                    " OR substr(?6,1,length(time_value)) = time_value)"
                    " AND (?7 IS NULL OR place IS NULL OR place = ?7) ORDER BY id LIMIT 1",
    /* Q_FACT_FIND's candidates before the time and place test, which
     * tl_sqlite_attach_fact makes in C while evidence is held back */
    [Q_FACT_CANDS] = "SELECT id, time_value, coalesce(place,0) FROM facts WHERE a0 IS ?1 AND a1 IS ?2"
                     " AND type=?3 AND a2 IS ?4 AND neg=?5 ORDER BY id",
    [Q_FACT_INS] = "INSERT INTO facts(type,a0,a1,a2,neg,status,modality,time_value,place,source,"
                   "amount_text,amount_value,currency,n_evidence) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,"
                   "?11,?12,?13,1)",
    /* adds ?10 pieces of evidence, merged in order (tl_sqlite_defer_flush) or one
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
    /* Context of a candidate (context_of): in how many of its ?2 (RECENT_N)
     * latest documents one of this document's anchors appears too.  Bounded on
     * purpose: on popular entities an unbounded join cost 50 ms a document.
     * Rows, not distinct documents, as the SQL join this replaced counted. */
    [Q_RECENT_DOCS] = "SELECT doc FROM doc_entities WHERE entity=?1 ORDER BY doc DESC LIMIT ?2",
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
    /* Q_ADJ's links in Q_ADJ's order, with what ranks a hop: the fact's
     * modality and how many documents state it */
#define ADJX_DOCS "(SELECT count(DISTINCT doc) FROM fact_evidence v WHERE v.fact=facts.id)"
    [Q_ADJX] = "SELECT id, a1, modality, " ADJX_DOCS " FROM facts"
               " WHERE a0=?1 AND a1 IS NOT NULL AND rejected=0 AND neg=0"
               " UNION ALL SELECT id, a2, modality, " ADJX_DOCS " FROM facts"
               " WHERE a0=?1 AND a2 IS NOT NULL AND rejected=0 AND neg=0"
               " UNION ALL SELECT id, a0, modality, " ADJX_DOCS " FROM facts"
               " WHERE a1=?1 AND a0 IS NOT NULL AND rejected=0 AND neg=0"
               " UNION ALL SELECT id, a0, modality, " ADJX_DOCS " FROM facts"
               " WHERE a2=?1 AND a0 IS NOT NULL AND rejected=0 AND neg=0",
#undef ADJX_DOCS
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
    /* prepared once: asked for every document ingested (parsing them
     * each time was 2 % of an ingest's CPU) */
    [Q_DOC_BY_TEXT_KEY] = "SELECT id FROM documents WHERE text_key=?1 LIMIT 1",
    [Q_SET_TEXT_KEY] = "UPDATE documents SET text_key=?1 WHERE id=?2",
    [Q_TYPE_VOTE] = "SELECT type, count(*) FROM doc_entities WHERE entity=?1 GROUP BY type",
    [Q_INS_NOTE] = "INSERT OR REPLACE INTO resolution(de, why, matched, joined) VALUES(?1,?2,?3,?4)",
    [Q_NAMES_ANY] = "SELECT 1 FROM entity_names LIMIT 1",
    [Q_WATCH_ANY] = "SELECT 1 FROM watchlist LIMIT 1",
    [Q_CORR_ANY] = "SELECT 1 FROM corrections LIMIT 1",
    [Q_CORR_DEL] = "DELETE FROM corrections WHERE id=?1",
    [Q_MAX_DE] = "SELECT coalesce(max(id),0) FROM doc_entities",
    [Q_INS_DE_ID] = "INSERT INTO doc_entities(doc,idx,type,name,aliases,n_mentions,entity,spans,id)"
                    " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)",
    [Q_EDGES] = "SELECT a0, a1 FROM facts WHERE a0 IS NOT NULL AND a1 IS NOT NULL AND rejected=0 AND neg=0"
                " UNION ALL SELECT a0, a2 FROM facts WHERE a0 IS NOT NULL AND a2 IS NOT NULL AND rejected=0"
                " AND neg=0",
    [Q_ENTITY_DE_NAMES] = "SELECT name, aliases FROM doc_entities WHERE entity=?1",
};
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
    tl_imap_free(&s->pfx_view);
    free(s->pnm);
    tl_imap_free(&s->pnm_head);
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
    tl_imap_init(&s->pfx_view, sizeof(pfx_view));
    tl_imap_init(&s->pnm_head, sizeof(size_t));
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

void tl_store_sqlite_setup(void) {
    /* SQLite's memory statistics take a process-wide mutex around every
     * allocation and free: about 3% of an ingest's store thread, for
     * figures nothing here reads.  Refused (SQLITE_MISUSE, harmless) once
     * SQLite is initialized. */
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

sqlite3 *tl_store_sqlite_db(void *impl) { return ((sq *)impl)->db; }

int tl_sqlite_has_doc(void *impl, const char *sha, int *found, tl_error *err) {
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

const tl_store_ops tl_store_sqlite_ops = {
    .name = "sqlite",
    .open = sq_open,
    .open_readonly = sq_open_ro,
    .close = sq_close,
    .has_doc = tl_sqlite_has_doc,
    .ingest = tl_sqlite_ingest,
    .bulk_begin = tl_sqlite_bulk_begin,
    .bulk_end = tl_sqlite_bulk_end,
    .group_begin = tl_sqlite_group_begin,
    .group_end = tl_sqlite_group_end,
    .reindex = tl_sqlite_reindex,
    .entity_find = tl_sqlite_entity_find,
    .entities = tl_sqlite_entities,
    .entity_brief = tl_sqlite_entity_brief,
    .entity_names = tl_sqlite_entity_names,
    .entity_docs = tl_sqlite_entity_docs,
    .entity_origin = tl_sqlite_entity_origin,
    .facts = tl_sqlite_facts,
    .fact_evidence = tl_sqlite_fact_evidence,
    .adjacent = tl_sqlite_adjacent,
    .adjacent_many = tl_sqlite_adjacent_many,
    .edges = tl_sqlite_edges,
    .search = tl_sqlite_search,
    .get_stats = tl_sqlite_get_stats,
    .correct = tl_sqlite_correct,
    .corrections = tl_sqlite_corrections,
    .watch_add = tl_sqlite_watch_add,
    .watch_remove = tl_sqlite_watch_remove,
    .watch_list = tl_sqlite_watch_list,
    .alerts = tl_sqlite_alerts,
    .document = tl_store_sqlite_document,
    .token_add = tl_store_sqlite_token_add,
    .token_revoke = tl_store_sqlite_token_revoke,
    .token_list = tl_store_sqlite_token_list,
    .token_check = tl_store_sqlite_token_check,
    .token_name = tl_store_sqlite_token_name,
    .documents = tl_sqlite_documents,
    .forget = tl_sqlite_forget,
    .undo = tl_sqlite_undo,
    .entity_why = tl_sqlite_entity_why,
};
