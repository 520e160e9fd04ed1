/* tl_extract.c -- the extraction pipeline: text -> tokens -> entities -> facts. */
#include "threadline.h"
#include "tl_arena.h"
#include "tl_utf8.h"
#include "tl_sha256.h"
#include "tl_tok.h"
#include "tl_time.h"
#include "tl_gaz.h"
#include "tl_ner.h"
#include "tl_ent.h"
#include "tl_fact.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tl_extractor {
    tl_options opts;
    char published[11];
    tl_gaz *gaz;
    tl_ner_model *ner;
    tl_fact_ctx *facts;
    int sha_fast;       /* tl_sha256_fast(), asked once */
};

static const char *status_names[] = {"TL_OK", "TL_ENOMEM", "TL_EINVAL", "TL_EIO", "TL_EUTF8",
                                     "TL_ETOOBIG", "TL_EFORMAT", "TL_EDB", "TL_ENOTFOUND"};

const char *tl_status_name(int code) {
    if (code > 0 || -code >= (int)(sizeof status_names / sizeof *status_names)) return "TL_E?";
    return status_names[-code];
}

static const char *ent_names[TL_ENT_TYPE_COUNT] = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT"};

const char *tl_ent_type_name(int t) {
    return (t >= 0 && t < TL_ENT_TYPE_COUNT) ? ent_names[t] : NULL;
}

int tl_ent_type_parse(const char *name) {
    for (int i = 0; i < TL_ENT_TYPE_COUNT; i++)
        if (strcmp(name, ent_names[i]) == 0) return i;
    return TL_ENT_NONE;
}

static void set_err(tl_error *err, int code, long long off, const char *fmt, const char *arg) {
    if (!err) return;
    err->code = code;
    err->offset = off;
    snprintf(err->msg, sizeof err->msg, fmt, arg ? arg : "");
}

tl_extractor *tl_extractor_new(const tl_options *opts, tl_error *err) {
    tl_extractor *ex = calloc(1, sizeof *ex);
    if (!ex) { set_err(err, TL_ENOMEM, -1, "out of memory%s", NULL); return NULL; }
    if (opts) ex->opts = *opts;
    ex->sha_fast = tl_sha256_fast();
    if (!ex->opts.max_bytes) ex->opts.max_bytes = (size_t)256 << 20;
    if (ex->opts.published) {
        size_t n = strlen(ex->opts.published);
        int ok = (n == 4 || n == 7 || n == 10);
        for (size_t i = 0; ok && i < n; i++)
            ok = (i == 4 || i == 7) ? ex->opts.published[i] == '-'
                                    : (ex->opts.published[i] >= '0' && ex->opts.published[i] <= '9');
        if (!ok) {
            set_err(err, TL_EINVAL, -1, "published date '%s' is not YYYY[-MM[-DD]]", ex->opts.published);
            free(ex);
            return NULL;
        }
        memcpy(ex->published, ex->opts.published, n + 1);
        ex->opts.published = NULL;
    }
    ex->gaz = tl_gaz_open();
    if (!ex->gaz) { set_err(err, TL_ENOMEM, -1, "out of memory%s", NULL); free(ex); return NULL; }
    int rc = tl_ner_load(&ex->ner, ex->opts.model_path, err);
    if (rc != TL_OK) { tl_gaz_close(ex->gaz); free(ex); return NULL; }
    ex->opts.model_path = NULL;
    ex->facts = tl_fact_ctx_new(err);
    if (!ex->facts) { tl_ner_free(ex->ner); tl_gaz_close(ex->gaz); free(ex); return NULL; }
    if (ex->opts.frames_only) tl_fact_ctx_no_scorer(ex->facts);
    return ex;
}

/* The memos one thread keeps across documents.  The tagger's weight sums
 * are the largest per word, so they get most of the budget. */
struct tl_workspace {
    const tl_extractor *ex;
    tl_ner_memo *ner;
    tl_gaz_memo *gaz;   /* the entity grouping's lookups of whole names */
    tl_pos_cache *pos;  /* NULL when the extractor has no usable POS tagger */
};

#define WS_DEFAULT_BYTES ((size_t)8 << 20)

tl_workspace *tl_workspace_new(const tl_extractor *ex, size_t max_bytes) {
    if (!ex) return NULL;
    tl_workspace *ws = calloc(1, sizeof *ws);
    if (!ws) return NULL;
    if (!max_bytes) max_bytes = WS_DEFAULT_BYTES;
    ws->ex = ex;
    ws->ner = tl_ner_memo_new(max_bytes / 4);
    ws->gaz = tl_gaz_memo_new(max_bytes / 8);
    if (!ws->ner || !ws->gaz) { tl_workspace_free(ws); return NULL; }
    /* NULL also for a model the cache does not handle: tagging then runs
     * uncached, with the same tags. */
    const tl_pos_model *pm = tl_fact_pos_model(ex->facts);
    ws->pos = pm ? tl_pos_cache_new(pm, max_bytes - max_bytes / 4 - max_bytes / 8) : NULL;
    return ws;
}

void tl_workspace_free(tl_workspace *ws) {
    if (!ws) return;
    tl_ner_memo_free(ws->ner);
    tl_gaz_memo_free(ws->gaz);
    tl_pos_cache_free(ws->pos);
    free(ws);
}

void tl_extractor_free(tl_extractor *ex) {
    if (!ex) return;
    tl_fact_ctx_free(ex->facts);
    tl_ner_free(ex->ner);
    tl_gaz_close(ex->gaz);
    free(ex);
}

typedef struct { tl_doc *doc; int oom; } warn_ctx;

static void on_bad_utf8(void *ctx, size_t offset, const char *what) {
    warn_ctx *w = ctx;
    tl_doc *d = w->doc;
    /* Keep the first 100 warnings: a binary file must not make a huge list. */
    if (d->n_warnings >= 100) return;
    if (!d->warnings) {
        d->warnings = tl_arena_calloc(d->arena, 100, sizeof *d->warnings);
        if (!d->warnings) { w->oom = 1; return; }
    }
    tl_warning *x = &d->warnings[d->n_warnings++];
    x->offset = (long long)offset;
    snprintf(x->msg, sizeof x->msg, "%s", what);
}

/* Title: the first line when it is short and does not read like a sentence
 * of body text; published: the first date in the first lines. */
static void find_metadata(tl_doc *d, const char *forced_published) {
    uint32_t i = 0;
    if (d->n_sentences) {
        const tl_sentence *s = &d->sentences[0];
        uint32_t end = s->end;
        /* The first line only. */
        const char *nl = memchr(d->text + s->start, '\n', end - s->start);
        if (nl) end = (uint32_t)(nl - d->text);
        while (end > s->start && (d->text[end - 1] == ' ' || d->text[end - 1] == '\r')) end--;
        /* A headline is a line of its own: short, not the start of a
         * paragraph, and not a sentence ending in a period. */
        const char *line_end = memchr(d->text + s->start, '\n', d->len - s->start);
        size_t line_len = line_end ? (size_t)(line_end - (d->text + s->start)) : d->len - s->start;
        int own_line = line_len <= (size_t)(end - s->start) + 2;
        if (end > s->start && end - s->start <= 300 && own_line && d->text[end - 1] != '.')
            d->title = tl_arena_strndup(d->arena, d->text + s->start, end - s->start);
    }
    if (forced_published && *forced_published) {
        snprintf(d->published, sizeof d->published, "%s", forced_published);
        return;
    }
    /* A dateline within the first 5 lines or 80 tokens. */
    uint32_t lines = 0;
    for (i = 0; i < d->n_tokens && i < 80; i++) {
        if (d->tokens[i].flags & TL_TOK_LINE_START) lines++;
        if (lines > 6) break;
        tl_time_match m;
        if (tl_time_at(d, i, &m) && m.year && m.month) {
            tl_time_iso(&m, d->published);
            return;
        }
    }
}

int tl_extract(const tl_extractor *ex, const char *bytes, size_t len, const char *path,
               tl_doc **out, tl_error *err) {
    return tl_extract_ws(ex, NULL, bytes, len, path, out, err);
}

int tl_extract_ws(const tl_extractor *ex, tl_workspace *ws, const char *bytes, size_t len,
                  const char *path, tl_doc **out, tl_error *err) {
    if (!ex || (!bytes && len) || !out || (ws && ws->ex != ex)) {
        set_err(err, TL_EINVAL, -1, "tl_extract: bad arguments%s", NULL);
        return TL_EINVAL;
    }
    if (len > ex->opts.max_bytes || len > 0xFFFFFFF0u) {
        set_err(err, TL_ETOOBIG, (long long)ex->opts.max_bytes,
                "document is larger than the limit%s", NULL);
        return TL_ETOOBIG;
    }
    tl_arena *a = tl_arena_new(len * 2 + 64 * 1024 < (64u << 20) ? len * 2 + 64 * 1024 : (64u << 20));
    if (!a) { set_err(err, TL_ENOMEM, -1, "out of memory%s", NULL); return TL_ENOMEM; }
    tl_doc *d = tl_arena_calloc(a, 1, sizeof *d);
    char *text = d ? tl_arena_alloc(a, len + 1) : NULL;
    if (!text) goto oom;
    d->arena = a;
    if (len) memcpy(text, bytes, len);
    text[len] = 0;
    tl_sha256_hex_with(bytes, len, ex->sha_fast, d->id);
    warn_ctx wc = {d, 0};
    tl_utf8_repair(text, len, on_bad_utf8, &wc);
    if (wc.oom) goto oom;
    d->text = text;
    d->len = len;
    d->path = tl_arena_strndup(a, path ? path : "-", strlen(path ? path : "-"));
    if (!d->path) goto oom;
    int rc = tl_tok_run(d);
    if (rc != TL_OK) goto oom;
    find_metadata(d, ex->published);
    rc = tl_ner_run(ex->ner, ex->gaz, ws ? ws->ner : NULL, d);
    if (rc != TL_OK) goto oom;
    rc = tl_ent_run(ex->gaz, ws ? ws->gaz : NULL, d);
    if (rc != TL_OK) goto oom;
    rc = tl_fact_run(ex->facts, ex->gaz, ws ? ws->pos : NULL, d);
    if (rc != TL_OK) goto oom;
    *out = d;
    return TL_OK;
oom:
    tl_arena_free(a);
    set_err(err, TL_ENOMEM, -1, "out of memory%s", NULL);
    return TL_ENOMEM;
}

void tl_doc_free(tl_doc *doc) {
    if (doc) tl_arena_free(doc->arena);
}
