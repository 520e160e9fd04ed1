/* fuzz_docread.c -- libFuzzer target: pre-extracted JSON (ingest --extracted, results made on other machines) read, checked and stored. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "threadline.h"
#include "tl_docread.h"
#include "tl_export.h"
#include "tl_reader.h"
#include "tl_store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The document read must be one the store can trust: every span inside the
 * text, every entity reference inside the entity table or -1. */
static void check_doc(const tl_doc *d) {
    if (!d->text || d->text[d->len] != 0) abort();
    for (uint32_t i = 0; i < d->n_sentences; i++)
        if (d->sentences[i].start > d->sentences[i].end || d->sentences[i].end > d->len) abort();
    for (uint32_t i = 0; i < d->n_mentions; i++) {
        const tl_mention *m = &d->mentions[i];
        if (m->start >= m->end || m->end > d->len || m->entity < 0 || (uint32_t)m->entity >= d->n_entities) abort();
    }
    for (uint32_t i = 0; i < d->n_entities; i++)
        for (uint32_t k = 0; k < d->entities[i].n_mentions; k++)
            if (d->entities[i].mentions[k] >= d->n_mentions) abort();
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        int32_t refs[] = {f->args[0], f->args[1], f->args[2], f->from, f->place, f->source};
        for (size_t k = 0; k < sizeof refs / sizeof *refs; k++)
            if (refs[k] < -1 || (refs[k] >= 0 && (uint32_t)refs[k] >= d->n_entities)) abort();
        if (f->evidence.start > f->evidence.end || f->evidence.end > d->len) abort();
        if (f->time_text.start > f->time_text.end || f->time_text.end > d->len) abort();
        if (memchr(f->time_value, 0, sizeof f->time_value) == NULL) abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    tl_doc *doc = NULL;
    tl_reader_doc meta = {0};
    tl_error err = {0};
    int rc = tl_docread_parse((const char *)data, size, "fuzz.json", &doc, &meta, &err);
    if (rc != TL_OK) {
        /* a refusal says why and leaves the results untouched */
        if (doc || meta.url || meta.source || !err.msg[0]) abort();
        return 0;
    }
    check_doc(doc);
    tl_store *st = NULL;
    if (tl_store_open(":memory:", &st, &err) != TL_OK) abort();
    tl_store_docinfo info = {0};
    info.url = meta.url;
    info.source = meta.source;
    info.extracted = 1;
    tl_store_ingest_result res = {0};
    if (tl_store_ingest(st, doc, &info, &res, &err) != TL_OK && err.code != TL_ENOMEM) abort();
    FILE *out = fopen("/dev/null", "w");
    if (!out) abort();
    for (int fmt = 0; fmt < TL_EXPORT_FORMAT_COUNT; fmt++) {
        if (fmt == TL_EXPORT_CSV) continue;
        tl_export_opts o = {0};
        o.format = fmt;
        o.timestamp = "2024-01-01T00:00:00Z";
        if (tl_export_write(st, &o, out, &err) != TL_OK) abort();
    }
    fclose(out);
    tl_store_close(st);
    tl_docread_free(doc);
    tl_reader_clear(&meta);
    return 0;
}
