/* fuzz_ingest.c -- libFuzzer target: read, extract and ingest arbitrary bytes into a fresh store, then query it. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "threadline.h"
#include "tl_export.h"
#include "tl_reader.h"
#include "tl_store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The extractor is read-only after creation: one for the process.  The
 * store is new for every input (in memory), so an input alone reproduces
 * what it finds. */
static tl_extractor *ex;

static int count_ent(void *ctx, const tl_store_entity *e) {
    (void)e;
    (*(int *)ctx)++;
    return 0;
}

/* One document into st, the way `ingest` does it: the reader (when the
 * format has one), extraction, then the store with the reader's metadata. */
static void ingest_one(tl_store *st, const char *bytes, size_t len, int format) {
    tl_reader_doc meta = {0};
    tl_error err = {0};
    const char *text = bytes;
    size_t tlen = len;
    int has_meta = 0;
    if (format == 1 || format == 2) {
        int rc = format == 1 ? tl_reader_html(bytes, len, &meta) : tl_reader_jsonl(bytes, len, &meta, &err);
        if (rc != TL_OK) return;
        text = meta.text;
        tlen = meta.len;
        has_meta = 1;
    }
    tl_doc *doc = NULL;
    if (tl_extract(ex, text, tlen, "fuzz.txt", &doc, &err) == TL_OK) {
        tl_store_docinfo info = {0};
        if (has_meta) {
            info.title = meta.title;
            info.published = meta.published;
            info.url = meta.url;
            info.source = meta.source;
        }
        tl_store_ingest_result res = {0};
        if (tl_store_ingest(st, doc, &info, &res, &err) != TL_OK && err.code != TL_ENOMEM) abort();
        /* the same bytes again: skipped, nothing changes */
        tl_store_ingest_result again = {0};
        if (tl_store_ingest(st, doc, &info, &again, &err) != TL_OK || !again.skipped) abort();
        tl_doc_free(doc);
    }
    tl_reader_clear(&meta);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!ex) {
        tl_error err = {0};
        ex = tl_extractor_new(NULL, &err);
        if (!ex) abort(); /* nothing to fuzz without an extractor */
    }
    if (size < 1) return 0;
    /* The first byte picks the format: text, HTML, JSON lines. */
    int format = data[0] % 3;
    const char *s = (const char *)data + 1;
    size_t n = size - 1;
    tl_store *st = NULL;
    tl_error err = {0};
    if (tl_store_open(":memory:", &st, &err) != TL_OK) abort();
    if (format == 2) {
        for (size_t i = 0; i <= n;) {
            const char *nl = memchr(s + i, '\n', n - i);
            size_t e = nl ? (size_t)(nl - s) : n;
            ingest_one(st, s + i, e - i, 2);
            i = e + 1;
        }
    } else {
        ingest_one(st, s, n, format);
    }
    int n_ent = 0;
    tl_store_entity_filter f = {0};
    f.type = -1;
    if (tl_store_entities(st, &f, count_ent, &n_ent, &err) != TL_OK) abort();
    tl_store_stats stats;
    if (tl_store_get_stats(st, &stats, &err) != TL_OK) abort();
    /* Every export format over what was stored. */
    for (int fmt = 0; fmt < TL_EXPORT_FORMAT_COUNT; fmt++) {
        if (fmt == TL_EXPORT_CSV) continue; /* files in a folder, made from the JSON export */
        FILE *out = fopen("/dev/null", "w");
        if (!out) abort();
        tl_export_opts o = {0};
        o.format = fmt;
        o.timestamp = "2024-01-01T00:00:00Z";
        if (tl_export_write(st, &o, out, &err) != TL_OK) abort();
        fclose(out);
    }
    tl_store_close(st);
    return 0;
}
