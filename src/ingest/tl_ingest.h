/* tl_ingest.h -- ingest orchestration: list files and folders, read each format, extract on worker threads, store in file order in committed groups. */
#ifndef TL_INGEST_H
#define TL_INGEST_H

#include "threadline.h"
#include "tl_store.h"
#include <stddef.h>
#include <stdint.h>

/* What an ingest did so far; the caller zeroes it before the first
 * tl_ingest_walk and reads it in callbacks and at the end. */
typedef struct tl_ingest_stats {
    uint64_t files, files_total;         /* files done (read, stored or failed) / listed */
    uint64_t bytes_done, bytes_total;    /* their sizes */
    uint64_t docs_new, docs_skipped;     /* committed / stored already */
    uint64_t errors;                     /* files, folders and documents that failed */
    uint64_t alerts;                     /* watched entities mentioned by new documents */
    uint64_t ents_new, ents_joined, facts_new, facts_joined;
    double t_extract, t_store;           /* seconds spent extracting (all threads) and storing */
    double t_store_cpu;                  /* CPU seconds of the storing thread in the store calls */
} tl_ingest_stats;

/* The caller's hooks; any may be NULL.  All are called on the thread that
 * called tl_ingest_walk or tl_ingest_run, never on a worker. */
typedef struct tl_ingest_cb {
    /* A file, folder or document (where: its path, or path:line in a
     * .jsonl) failed and was skipped; msg says why.  Counted in errors
     * before the call. */
    void (*error)(void *ctx, const char *where, const char *msg);
    /* A document is stored: its group committed.  Counted before the call. */
    void (*stored)(void *ctx, const char *where, const tl_store_ingest_result *res);
    /* After each file. */
    void (*progress)(void *ctx, const tl_ingest_stats *stats);
    void *ctx;
} tl_ingest_cb;

/* A list of files to ingest, owned strings; free with tl_ingest_list_free. */
typedef struct tl_ingest_list {
    char **v;
    size_t n, cap;
} tl_ingest_list;

/* Appends to out the files under path: path itself when it is a file or
 * "-" (stdin), else, recursively and sorted by name so a rerun sees the
 * same order, the files of known formats (.txt .md .html .htm .pdf .jsonl
 * .json) with hidden entries skipped.  Adds their sizes to
 * stats->bytes_total and their number to stats->files_total.  A missing
 * path, an unreadable folder, something in a folder that is not a plain
 * file (a FIFO or device, which reading would block on) and a symbolic
 * link back to a folder being walked are reported through cb->error and
 * skipped.
 * Returns TL_OK, or TL_ENOMEM (out keeps what was listed; free it). */
int tl_ingest_walk(const char *path, tl_ingest_list *out, tl_ingest_stats *stats, const tl_ingest_cb *cb);

/* Frees the list's strings and array and zeroes it.  Can't fail; NULL ok. */
void tl_ingest_list_free(tl_ingest_list *l);

typedef struct tl_ingest_opts {
    tl_extractor *ex;     /* the extractor (read-only, shared by every thread); NULL with extracted */
    int extracted;        /* inputs are SPEC JSON from `extract --with-text`: no extraction */
    int workers;          /* extraction threads besides the caller's, 0 to 64 */
    /* The store's file: each worker opens its own connection to it, only to
     * skip extracting documents already stored; NULL: none skipped early
     * (the store still skips them). */
    const char *db_path;
} tl_ingest_opts;

/* Ingests paths[0..n) in order into st.  Formats by name: .jsonl one
 * document a line, .html/.htm main text and metadata, .pdf text, anything
 * else as text; with opts->extracted every input is extraction JSON (JSON
 * lines when its first line is one whole object).  Workers read and
 * extract files ahead while the caller's thread stores them strictly in
 * file order (and extracts itself when the next file is not ready), so the
 * graph equals a one-thread ingest's.  Documents are stored in groups
 * (tl_store_group_begin/end) committed every second or 8 MB of text; a
 * document is reported through cb->stored only once its group committed.
 * A file or document that fails is reported through cb->error and
 * skipped.  Returns TL_OK (even when some inputs failed: see
 * stats->errors), or TL_ENOMEM when the threads or the job table could not
 * be set up (nothing was done then). */
int tl_ingest_run(tl_store *st, const tl_ingest_opts *opts, char *const *paths, size_t n, tl_ingest_stats *stats,
                  const tl_ingest_cb *cb, tl_error *err);

#endif
