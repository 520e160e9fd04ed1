/* tl_export.h -- writes the store, or a part of it, as JSON, GraphML, GEXF, CSV files or a STIX 2.1 bundle. */
#ifndef TL_EXPORT_H
#define TL_EXPORT_H
/*
 * Everything is read through the public store API (tl_store.h) and written
 * as it streams out of the store's callbacks: entities first, then facts
 * with their evidence, then documents.  What is kept in memory is an index
 * of the exported entities (id, object kind, UUID: about 32 bytes each) and,
 * for JSON and STIX, one (document, object) pair per mention and per
 * evidence document, from which the documents / reports are written last.
 *
 * Output is deterministic: the same store and options give the same bytes.
 * STIX ids are name-based UUIDs (version 5 layout, SHA-256 of a stable key;
 * see tl_export_uuid), and created/modified is one timestamp for the whole
 * bundle (opts->timestamp, else the latest published date of the stored
 * documents), never the clock.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "tl_buf.h"
#include "tl_store.h"

typedef enum tl_export_format {
    TL_EXPORT_JSON = 0,  /* {"threadline_export": 1, "entities", "facts", "documents"} */
    TL_EXPORT_GRAPHML,   /* nodes = entities, edges = facts */
    TL_EXPORT_STIX,      /* STIX 2.1 bundle */
    TL_EXPORT_GEXF,      /* GEXF 1.3 (Gephi): nodes = entities, edges = facts */
    TL_EXPORT_CSV,       /* entities.csv, facts.csv, evidence.csv in a folder: tl_export_csv */
    TL_EXPORT_FORMAT_COUNT
} tl_export_format;

/* "json", "graphml", "stix", "gexf" or "csv" (case-insensitive) -> a tl_export_format;
 * -1 when unknown or NULL.  Can't fail. */
int tl_export_format_parse(const char *name);

typedef struct tl_export_opts {
    int format;              /* tl_export_format */
    int64_t entity;          /* 0: the whole store; else the centre of a neighbourhood */
    int hops;                /* with entity: 0 (the entity alone) .. 4 */
    int64_t limit;           /* with entity: at most this many neighbours (0 = 100000) */
    uint32_t ent_types;      /* (1u << tl_ent_type) per entity type kept; 0 = every type */
    uint32_t fact_types;     /* (1u << tl_fact_type) per fact type kept; 0 = every type */
    const char *since, *until; /* ISO date prefixes on the fact time (as `facts`); NULL = open */
    int include_rejected;    /* 1: also facts an analyst rejected (marked as such) */
    const char *timestamp;   /* STIX created/modified as accepted by tl_export_timestamp;
                                NULL = the latest published date of the documents */
} tl_export_opts;

/* Writes the export described by o to out.  A fact is written when its type,
 * time and rejection pass the filters and every entity in its roles is
 * exported; a place or source outside the exported entities is given by
 * name only.  Returns TL_OK; TL_EINVAL (bad format or timestamp, nothing
 * written), TL_ENOTFOUND (o->entity does not exist, nothing written),
 * TL_EDB, TL_ENOMEM or TL_EIO (writing failed; out then holds a truncated
 * export), with err (may be NULL) filled.  out stays open and owned by the
 * caller. */
int tl_export_write(tl_store *st, const tl_export_opts *o, FILE *out, tl_error *err);

/* Writes the export described by o (its format is ignored) as three CSV
 * files (RFC 4180, UTF-8, a header row each) in the folder dir, which must
 * exist: entities.csv, facts.csv (one row a fact, roles as "role=id;..."),
 * evidence.csv (one row per evidence sentence of an exported fact).  Text
 * that a spreadsheet would run as a formula (starting with = + - @) is
 * prefixed with an apostrophe.  The files are built from the JSON export in
 * memory.  Returns TL_OK or the codes of tl_export_write (TL_EIO when a file
 * cannot be written; files already written are then left). */
int tl_export_csv(tl_store *st, const tl_export_opts *o, const char *dir, tl_error *err);

/* The RFC 4122 UUID derived from key[0..n): the first 16 bytes of its
 * SHA-256 with the version nibble set to 5 and the variant bits to 10, as
 * 36 lower-case characters and a NUL in out.  (Version 5 proper hashes with
 * SHA-1 under a namespace; this keeps its layout, so every validator accepts
 * it, and uses the SHA-256 the repository already has.)  Can't fail. */
void tl_export_uuid(const char *key, size_t n, char out[37]);

/* Appends s[0..n) as XML 1.0 character data that is also safe inside a
 * double- or single-quoted attribute: & < > " ' and tab/newline/CR as
 * references, other control characters (which XML 1.0 cannot carry at
 * all), U+FFFE/U+FFFF and invalid UTF-8 as U+FFFD.  Failures are recorded
 * in b->oom.  Can't fail otherwise. */
void tl_export_xml_str(tl_buf *b, const char *s, size_t n);

/* Normalizes a date to a STIX timestamp "YYYY-MM-DDTHH:MM:SS.sssZ" in
 * out[25]: "2024", "2024-06" and "2024-06-06" become midnight UTC of their
 * first day; "2024-06-06T12:30:00Z" (seconds, optional fraction of up to 3
 * digits, "Z") is kept.  Returns 0, or -1 (out untouched) when date is
 * NULL, empty or not one of these forms.  Can't fail otherwise. */
int tl_export_timestamp(const char *date, char out[25]);
#endif
