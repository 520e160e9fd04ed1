/* tl_extract.c -- the extraction pipeline: text -> tokens -> entities -> facts. */
#include "threadline.h"
#include "tl_arena.h"
#include "tl_utf8.h"
#include "tl_sha256.h"
#include "tl_tok.h"
#include "tl_time.h"
#include <strings.h>
#include "tl_gaz.h"
#include "tl_ner.h"
#include "tl_ent.h"
#include "tl_fact.h"
#include <pthread.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
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
    for (int i = 0; name && i < TL_ENT_TYPE_COUNT; i++)
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
    if (ex->opts.no_tree) tl_fact_ctx_no_tree(ex->facts);
    if (ex->opts.no_rel) tl_fact_ctx_no_rel(ex->facts);
    return ex;
}

/* The memos one thread keeps across documents.  The tagger's weight sums
 * are the largest per word, so they get most of the budget. */
struct tl_workspace {
    const tl_extractor *ex;
    tl_ner_memo *ner;
    tl_gaz_memo *gaz;   /* the entity grouping's lookups of whole names */
    tl_pos_cache *pos;  /* NULL when the extractor has no usable POS tagger */
    tl_dep_cache *dep;  /* the parser taggers' word memo: made by the first parse */
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
    tl_dep_cache_free(ws->dep);
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

/* Is the date m, found in the first lines, the report's own date rather
 * than one its first sentence tells ("stabbed on 16 October 2020")?  It
 * is when its line is short (a date line, a byline "By X | March 3,
 * 2024"), when a label says so ("Published", "Updated", "Posted"), or in a
 * dateline: at the start of its line or after a capitalised place only
 * and a comma or a capitalised word ("TIRANA, Nov. 11, 2023 --"),
 * followed by a dash, a bracket or the end of the line.  Can't fail. */
static int header_date(const tl_doc *d, const tl_time_match *m) {
    uint32_t ls = m->tok_begin, le = m->tok_end;
    while (ls > 0 && !(d->tokens[ls].flags & TL_TOK_LINE_START)) ls--;
    while (le < d->n_tokens && !(d->tokens[le].flags & TL_TOK_LINE_START)) le++;
    if (le - ls <= 12) return 1;
    int place_only = m->tok_begin - ls <= 6;
    for (uint32_t k = ls; k < m->tok_begin; k++) {
        const tl_token *t = &d->tokens[k];
        size_t n = t->end - t->start;
        const char *w = d->text + t->start;
        if ((n == 9 && !strncasecmp(w, "published", 9)) || (n == 7 && !strncasecmp(w, "updated", 7)) ||
            (n == 6 && !strncasecmp(w, "posted", 6)))
            return 1;
        if (!(t->flags & TL_TOK_UPPER) && !(n == 1 && (*w == ',' || *w == '(' || *w == ')' || *w == '/')))
            place_only = 0;
    }
    if (!place_only) return 0;
    /* "Juan Carlos Munoz (4 March 1919 - ...)" opens a life, not a report */
    if (m->tok_begin > ls) {
        const tl_token *p = &d->tokens[m->tok_begin - 1];
        char c = d->text[p->start];
        if (!(p->flags & TL_TOK_ALLCAPS) && !(p->end - p->start == 1 && (c == ',' || c == ')'))) return 0;
    }
    if (m->tok_end >= le) return 1;
    const tl_token *a = &d->tokens[m->tok_end];
    const char *w = d->text + a->start;
    size_t n = a->end - a->start;
    return (n == 1 && (*w == '-' || *w == '(' || *w == '|' || *w == ':' || *w == '/')) || (n == 2 && !memcmp(w, "--", 2)) ||
           (n == 3 && (!memcmp(w, "\xe2\x80\x94", 3) || !memcmp(w, "\xe2\x80\x93", 3)));
}

/* Title: the first line when it is short and does not read like a sentence
 * of body text; published: the first date of a header or dateline in the
 * first lines. */
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
    tl_time_match m;
    for (i = 0; i < d->n_tokens && i < 80; i++) {
        if (d->tokens[i].flags & TL_TOK_LINE_START) lines++;
        if (lines > 6) break;
        if (tl_time_at(d, i, &m) && m.year && m.month && header_date(d, &m)) {
            tl_time_iso(&m, d->published);
            return;
        }
    }
    /* A numeric dateline, day first: "Washington/31.08.23/Agency:" */
    uint32_t end = i < d->n_tokens ? d->tokens[i].start : (uint32_t)d->len;
    if (end > 400) end = 400;
    for (uint32_t k = 0; k + 8 <= end; k++) {
        const char *p = d->text + k;
        if (k && p[-1] >= '0' && p[-1] <= '9') continue;
        int dd = 0, mm = 0, yy = 0, nd = 0, nm = 0, ny = 0;
        uint32_t j = k;
        while (j < end && nd < 3 && d->text[j] >= '0' && d->text[j] <= '9') dd = dd * 10 + (d->text[j++] - '0'), nd++;
        if (j >= end || d->text[j++] != '.') continue;
        while (j < end && nm < 3 && d->text[j] >= '0' && d->text[j] <= '9') mm = mm * 10 + (d->text[j++] - '0'), nm++;
        if (j >= end || d->text[j++] != '.') continue;
        while (j < end && ny < 5 && d->text[j] >= '0' && d->text[j] <= '9') yy = yy * 10 + (d->text[j++] - '0'), ny++;
        if (j < end && d->text[j] >= '0' && d->text[j] <= '9') continue;
        if (nd < 1 || nd > 2 || nm < 1 || nm > 2 || (ny != 2 && ny != 4)) continue;
        if (dd < 1 || dd > 31 || mm < 1 || mm > 12) continue;
        if (ny == 2) yy += yy < 70 ? 2000 : 1900;
        m = (tl_time_match){0, 0, yy, mm, dd};
        tl_time_iso(&m, d->published);
        return;
    }
}

int tl_extract(const tl_extractor *ex, const char *bytes, size_t len, const char *path,
               tl_doc **out, tl_error *err) {
    return tl_extract_ws(ex, NULL, bytes, len, path, out, err);
}

/* The stages on a document whose text, path and warnings are set. */
static int run_stages(const tl_extractor *ex, tl_workspace *ws, tl_doc *d, const char *published) {
    int rc = tl_tok_run(d);
    if (rc != TL_OK) return rc;
    find_metadata(d, published);
    rc = tl_ner_run(ex->ner, ex->gaz, ws ? ws->ner : NULL, d);
    if (rc != TL_OK) return rc;
    rc = tl_ent_run(ex->gaz, ws ? ws->gaz : NULL, d);
    if (rc != TL_OK) return rc;
    return tl_fact_run(ex->facts, ex->gaz, ws ? ws->pos : NULL, ws ? &ws->dep : NULL, d);
}

/*
 * Long documents are extracted in windows of about TL_WINDOW_BYTES, cut at
 * a paragraph break, else a line break, else after a sentence's period,
 * else at a space, so that memory and every pass over a document stay
 * bounded by the window whatever the input (a 50 MB single line included).
 * Each window is a document of its own over the same text; its mentions,
 * sentences and facts are shifted to offsets of the whole text, and its
 * entities join those of earlier windows that share a type and a name or
 * alias.  The merged document has no tokens (nothing after extraction
 * reads them).  Documents up to one window are extracted whole, as before.
 */
#define TL_WINDOW_BYTES ((size_t)512 << 10)

/* Where a window starting at `from` ends (exclusive): at most
 * TL_WINDOW_BYTES on, at the best boundary in its last quarter. */
static size_t window_end(const char *t, size_t len, size_t from) {
    if (len - from <= TL_WINDOW_BYTES) return len;
    size_t hi = from + TL_WINDOW_BYTES, lo = hi - TL_WINDOW_BYTES / 4;
    for (size_t i = hi; i > lo; i--)
        if (t[i - 1] == '\n' && t[i - 2] == '\n') return i;
    for (size_t i = hi; i > lo; i--)
        if (t[i - 1] == '\n') return i;
    for (size_t i = hi; i > lo; i--)
        if (t[i - 1] == ' ' && (t[i - 2] == '.' || t[i - 2] == '!' || t[i - 2] == '?')) return i;
    for (size_t i = hi; i > lo; i--)
        if (t[i - 1] == ' ' || t[i - 1] == '\t') return i;
    /* no space at all: any character boundary */
    size_t i = hi;
    while (i > lo && ((unsigned char)t[i] & 0xC0) == 0x80) i--;
    return i;
}

typedef struct wkey {        /* a folded name or alias -> merged entity */
    uint32_t hash, len;
    const char *key;         /* in the merged document's arena */
    int32_t ent;
    uint8_t type;
} wkey;

typedef struct wmerge {
    tl_doc *d;               /* the merged document */
    wkey *keys; size_t n_keys, cap_keys;
    tl_mention *ment; size_t n_ment, cap_ment;
    tl_sentence *sent; size_t n_sent, cap_sent;
    tl_fact *fact; size_t n_fact, cap_fact;
    struct went { tl_entity e; size_t cap_al, cap_m; } *ent; size_t n_ent, cap_ent;
    uint32_t tok_base;       /* tokens of the earlier windows */
} wmerge;

static int grow(void **v, size_t *cap, size_t need, size_t size) {
    if (need <= *cap) return 1;
    size_t nc = *cap ? *cap * 2 : 64;
    while (nc < need) nc *= 2;
    void *p = realloc(*v, nc * size);
    if (!p) return 0;
    *v = p;
    *cap = nc;
    return 1;
}

static uint32_t key_hash(const char *s, size_t n, uint8_t type) {
    uint32_t h = 2166136261u ^ type;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h ? h : 1;
}

/* The slot of (type, folded s) in the key table (whose load stays under
 * one half). */
static wkey *key_slot(wmerge *m, const char *f, size_t fl, uint8_t type, uint32_t h) {
    size_t mask = m->cap_keys - 1;
    for (size_t j = h & mask;; j = (j + 1) & mask) {
        wkey *k = &m->keys[j];
        if (!k->hash || (k->hash == h && k->type == type && k->len == fl && memcmp(k->key, f, fl) == 0)) return k;
    }
}

static int keys_grow(wmerge *m) {
    if (m->n_keys * 2 < m->cap_keys) return 1;
    size_t nc = m->cap_keys ? m->cap_keys * 2 : 1024;
    wkey *old = m->keys;
    size_t oc = m->cap_keys;
    m->keys = calloc(nc, sizeof *m->keys);
    if (!m->keys) { m->keys = old; return 0; }
    m->cap_keys = nc;
    for (size_t i = 0; i < oc; i++)
        if (old[i].hash) *key_slot(m, old[i].key, old[i].len, old[i].type, old[i].hash) = old[i];
    free(old);
    return 1;
}

/* Adds surface form s of merged entity e: to its aliases when it is new
 * to it, and to the key table.  Returns 0 when out of memory. */
static int add_form(wmerge *m, int32_t e, const char *s, size_t n, int is_name) {
    struct went *w = &m->ent[e];
    if (!is_name) {
        if (w->e.name.len == n && memcmp(w->e.name.ptr, s, n) == 0) return 1;
        for (uint32_t k = 0; k < w->e.n_aliases; k++)
            if (w->e.aliases[k].len == n && memcmp(w->e.aliases[k].ptr, s, n) == 0) return 1;
        if (!grow((void **)&w->e.aliases, &w->cap_al, w->e.n_aliases + 1, sizeof *w->e.aliases)) return 0;
        char *c = tl_arena_strndup(m->d->arena, s, n);
        if (!c) return 0;
        w->e.aliases[w->e.n_aliases++] = (tl_str){c, n};
    }
    char f[256];
    size_t fl = tl_utf8_fold(s, n, f, sizeof f);
    uint32_t h = key_hash(f, fl, w->e.type);
    if (!keys_grow(m)) return 0;
    wkey *k = key_slot(m, f, fl, w->e.type, h);
    if (k->hash) return 1;
    char *kc = tl_arena_strndup(m->d->arena, f, fl);
    if (!kc) return 0;
    *k = (wkey){h, (uint32_t)fl, kc, e, w->e.type};
    m->n_keys++;
    return 1;
}

/* The merged entity of window entity x: the first earlier one sharing its
 * type and its name or an alias, else a new one.  -1 when out of memory. */
static int32_t merge_entity(wmerge *m, const tl_entity *x) {
    int32_t e = -1;
    for (uint32_t k = 0; e < 0 && k <= x->n_aliases; k++) {
        const tl_str *sv = k == 0 ? &x->name : &x->aliases[k - 1];
        if (!m->cap_keys) break;
        char f[256];
        size_t fl = tl_utf8_fold(sv->ptr, sv->len, f, sizeof f);
        wkey *ks = key_slot(m, f, fl, x->type, key_hash(f, fl, x->type));
        if (ks->hash) e = ks->ent;
    }
    if (e < 0) {
        if (!grow((void **)&m->ent, &m->cap_ent, m->n_ent + 1, sizeof *m->ent)) return -1;
        e = (int32_t)m->n_ent++;
        struct went *w = &m->ent[e];
        memset(w, 0, sizeof *w);
        w->e.type = x->type;
        char *c = tl_arena_strndup(m->d->arena, x->name.ptr, x->name.len);
        if (!c) return -1;
        w->e.name = (tl_str){c, x->name.len};
        if (!add_form(m, e, c, x->name.len, 1)) return -1;
    } else if (x->name.len > m->ent[e].e.name.len) {
        /* the fullest form is the name; the old name becomes an alias */
        struct went *w = &m->ent[e];
        tl_str old = w->e.name;
        char *c = tl_arena_strndup(m->d->arena, x->name.ptr, x->name.len);
        if (!c) return -1;
        w->e.name = (tl_str){c, x->name.len};
        for (uint32_t k = 0; k < w->e.n_aliases; k++)
            if (w->e.aliases[k].len == x->name.len && memcmp(w->e.aliases[k].ptr, c, x->name.len) == 0) {
                w->e.aliases[k] = w->e.aliases[--w->e.n_aliases];
                break;
            }
        if (!add_form(m, e, old.ptr, old.len, 0) || !add_form(m, e, c, x->name.len, 1)) return -1;
    } else if (!add_form(m, e, x->name.ptr, x->name.len, 0)) return -1;
    for (uint32_t k = 0; k < x->n_aliases; k++)
        if (!add_form(m, e, x->aliases[k].ptr, x->aliases[k].len, 0)) return -1;
    return e;
}

static tl_span shift_span(tl_span sp, uint32_t by) {
    if (sp.start || sp.end) { sp.start += by; sp.end += by; }
    return sp;
}

/* Moves window w (over the text from byte `base`) into the merge. */
static int merge_window(wmerge *m, const tl_doc *w, uint32_t base) {
    int32_t *map = malloc((w->n_entities + 1) * sizeof *map);
    if (!map) return 0;
    for (uint32_t e = 0; e < w->n_entities; e++)
        if ((map[e] = merge_entity(m, &w->entities[e])) < 0) { free(map); return 0; }
    size_t m0 = m->n_ment;
    if (!grow((void **)&m->ment, &m->cap_ment, m->n_ment + w->n_mentions, sizeof *m->ment) ||
        !grow((void **)&m->sent, &m->cap_sent, m->n_sent + w->n_sentences, sizeof *m->sent) ||
        !grow((void **)&m->fact, &m->cap_fact, m->n_fact + w->n_facts, sizeof *m->fact)) { free(map); return 0; }
    for (uint32_t i = 0; i < w->n_mentions; i++) {
        tl_mention x = w->mentions[i];
        x.tok_begin += m->tok_base;
        x.tok_end += m->tok_base;
        x.start += base;
        x.end += base;
        if (x.entity >= 0) x.entity = map[x.entity];
        m->ment[m->n_ment++] = x;
    }
    for (uint32_t i = 0; i < w->n_sentences; i++) {
        tl_sentence x = w->sentences[i];
        x.tok_begin += m->tok_base;
        x.tok_end += m->tok_base;
        x.start += base;
        x.end += base;
        m->sent[m->n_sent++] = x;
    }
    /* each entity's mentions, in text order (windows come in order) */
    for (uint32_t e = 0; e < w->n_entities; e++) {
        const tl_entity *x = &w->entities[e];
        struct went *g = &m->ent[map[e]];
        if (!grow((void **)&g->e.mentions, &g->cap_m, g->e.n_mentions + x->n_mentions, sizeof *g->e.mentions)) {
            free(map);
            return 0;
        }
        for (uint32_t k = 0; k < x->n_mentions; k++) g->e.mentions[g->e.n_mentions++] = (uint32_t)m0 + x->mentions[k];
    }
    for (uint32_t i = 0; i < w->n_facts; i++) {
        tl_fact f = w->facts[i];
        for (int r = 0; r < TL_FACT_MAX_ROLES; r++)
            if (f.args[r] >= 0) f.args[r] = map[f.args[r]];
        if (f.from >= 0) f.from = map[f.from];
        if (f.place >= 0) f.place = map[f.place];
        if (f.source >= 0) f.source = map[f.source];
        f.time_text = shift_span(f.time_text, base);
        f.amount_text = shift_span(f.amount_text, base);
        f.evidence = shift_span(f.evidence, base);
        m->fact[m->n_fact++] = f;
    }
    m->tok_base += w->n_tokens;
    free(map);
    return 1;
}

/* Hands the malloc'd array *v of n elements to d's arena (trimmed to
 * n + 1, the spare element the arena copies it replaces had), or an
 * arena element when it is empty; *v is then the arena's or freed.
 * NULL when out of memory.  Adopting instead of copying: the mentions of a
 * 50 MB document (tens of megabytes) were held twice at the end. */
static void *adopt_array(tl_doc *d, void **v, size_t n, size_t size) {
    void *p = *v;
    *v = NULL;
    if (!p) return tl_arena_calloc(d->arena, 1, size);
    void *q = realloc(p, (n + 1) * size);
    if (q) p = q;
    if (!tl_arena_adopt(d->arena, p)) { free(p); return NULL; }
    return p;
}

/* Moves the merge's arrays into d (its arena frees them); frees the
 * merge. */
static int merge_finish(wmerge *m, int ok) {
    tl_doc *d = m->d;
    if (ok) {
        d->mentions = adopt_array(d, (void **)&m->ment, m->n_ment, sizeof *d->mentions);
        d->sentences = adopt_array(d, (void **)&m->sent, m->n_sent, sizeof *d->sentences);
        d->facts = adopt_array(d, (void **)&m->fact, m->n_fact, sizeof *d->facts);
        d->entities = tl_arena_alloc(d->arena, (m->n_ent + 1) * sizeof *d->entities);
        ok = d->mentions && d->sentences && d->facts && d->entities;
    }
    if (ok) {
        d->n_mentions = (uint32_t)m->n_ment;
        d->n_sentences = (uint32_t)m->n_sent;
        d->n_facts = (uint32_t)m->n_fact;
    }
    for (size_t e = 0; e < m->n_ent; e++) {
        tl_entity *x = &m->ent[e].e;
        if (ok) {
            tl_entity y = *x;
            y.aliases = adopt_array(d, (void **)&x->aliases, x->n_aliases, sizeof *y.aliases);
            y.mentions = adopt_array(d, (void **)&x->mentions, x->n_mentions, sizeof *y.mentions);
            if (!y.aliases || !y.mentions) ok = 0;
            else d->entities[e] = y;
        }
        free(x->aliases);
        free(x->mentions);
    }
    if (ok) d->n_entities = (uint32_t)m->n_ent;
    free(m->ent);
    free(m->keys);
    free(m->ment);
    free(m->sent);
    free(m->fact);
    return ok;
}

/* One window to extract: the text [from, to) of the whole text, copied
 * into the window's own arena (a neighbour may be running on the bytes
 * around it).  rc and w are the result. */
typedef struct wjob {
    const tl_extractor *ex;
    tl_workspace *ws;
    const tl_doc *d;
    const char *published;
    size_t from, to;
    tl_doc *w;
    int rc;
} wjob;

static void *wjob_run(void *p) {
    wjob *j = p;
    size_t n = j->to - j->from;
    tl_arena *a = tl_arena_new(n * 3 + 64 * 1024);
    tl_doc *w = a ? tl_arena_calloc(a, 1, sizeof *w) : NULL;
    char *text = w ? tl_arena_alloc(a, n + 1) : NULL;
    if (!text) {
        tl_arena_free(a);
        j->w = NULL;
        j->rc = TL_ENOMEM;
        return NULL;
    }
    memcpy(text, j->d->text + j->from, n);
    text[n] = 0;
    w->arena = a;
    w->text = text;
    w->len = n;
    w->path = j->d->path;
    j->rc = run_stages(j->ex, j->ws, w, j->published);
    j->w = w;
    return NULL;
}

#define WINDOW_THREADS_MAX 16
/* The memos of a window thread's workspace: one document's vocabulary,
 * not a corpus's, so a quarter of the default. */
#define WINDOW_WS_BYTES ((size_t)2 << 20)

/* Extracts d (text, path, warnings set) window by window into d.  The
 * first window runs alone (later ones take the report's date from it);
 * then up to ex->opts.window_threads windows run at once, each thread with
 * its own workspace, and are merged in text order, so the result is the
 * same on any number of threads. */
static int run_windows(const tl_extractor *ex, tl_workspace *ws, tl_doc *d) {
    wmerge m;
    memset(&m, 0, sizeof m);
    m.d = d;
    int threads = ex->opts.window_threads;
    if (threads < 1) threads = 1;
    if (threads > WINDOW_THREADS_MAX) threads = WINDOW_THREADS_MAX;
    tl_workspace *tws[WINDOW_THREADS_MAX] = {ws};
    pthread_t tid[WINDOW_THREADS_MAX];
    wjob job[WINDOW_THREADS_MAX];
    int ok = 1;
    size_t from = 0;
    /* the first window */
    job[0] = (wjob){ex, ws, d, ex->published, 0, window_end(d->text, d->len, 0), NULL, 0};
    wjob_run(&job[0]);
    ok = job[0].rc == TL_OK;
    if (ok) {
        const tl_doc *w = job[0].w;
        d->title = w->title ? tl_arena_strndup(d->arena, w->title, strlen(w->title)) : NULL;
        memcpy(d->published, w->published, sizeof d->published);
        if (w->title && !d->title) ok = 0;
    }
    if (ok) ok = merge_window(&m, job[0].w, 0);
    if (job[0].w) tl_arena_free(job[0].w->arena);
    from = job[0].to;
    /* a workspace per extra thread; fewer threads when one cannot be made */
    int nt = 1;
    while (ok && nt < threads && from < d->len && (tws[nt] = tl_workspace_new(ex, WINDOW_WS_BYTES))) nt++;
    while (ok && from < d->len) {
        int n = 0;
        for (; n < nt && from < d->len; n++) {
            job[n] = (wjob){ex, tws[n], d, d->published, from, window_end(d->text, d->len, from), NULL, 0};
            from = job[n].to;
        }
        /* jobs 1.. on their own threads, job 0 on this one; a thread that
         * cannot start runs here too */
        int started[WINDOW_THREADS_MAX] = {0};
        for (int k = 1; k < n; k++) started[k] = pthread_create(&tid[k], NULL, wjob_run, &job[k]) == 0;
        wjob_run(&job[0]);
        for (int k = 1; k < n; k++) {
            if (started[k]) pthread_join(tid[k], NULL);
            else wjob_run(&job[k]);
        }
        for (int k = 0; k < n; k++) {
            if (ok) ok = job[k].rc == TL_OK && merge_window(&m, job[k].w, (uint32_t)job[k].from);
            if (job[k].w) tl_arena_free(job[k].w->arena);
        }
    }
    for (int k = 1; k < nt; k++) tl_workspace_free(tws[k]);
    return merge_finish(&m, ok) ? TL_OK : TL_ENOMEM;
}

/* tl_extract_ws and tl_extract_take: with own set, bytes is a malloc'd
 * buffer (len + 1 bytes) that becomes the text, freed in every case. */
static int extract(const tl_extractor *ex, tl_workspace *ws, const char *bytes, char *own, size_t len,
                   const char *path, tl_doc **out, tl_error *err) {
    if (!ex || (!bytes && len) || !out || (ws && ws->ex != ex)) {
        free(own);
        set_err(err, TL_EINVAL, -1, "tl_extract: bad arguments%s", NULL);
        return TL_EINVAL;
    }
    if (len > ex->opts.max_bytes || len > 0xFFFFFFF0u) {
        free(own);
        set_err(err, TL_ETOOBIG, (long long)ex->opts.max_bytes,
                "document is larger than the limit%s", NULL);
        return TL_ETOOBIG;
    }
    int windowed = len > TL_WINDOW_BYTES;
    size_t first = own ? 64 * 1024 : windowed ? len + 64 * 1024 : len * 2 + 64 * 1024;
    tl_arena *a = tl_arena_new(first < (64u << 20) ? first : (64u << 20));
    if (!a) { free(own); set_err(err, TL_ENOMEM, -1, "out of memory%s", NULL); return TL_ENOMEM; }
    tl_doc *d = tl_arena_calloc(a, 1, sizeof *d);
    char *text = NULL;
    if (own) {
        if (d && tl_arena_adopt(a, own)) text = own;
        else free(own);
    } else if (d) {
        text = tl_arena_alloc(a, len + 1);
        if (text && len) memcpy(text, bytes, len);
    }
    if (!text) goto oom;
    d->arena = a;
    text[len] = 0;
    /* the identity is of the bytes as given: before the repair */
    tl_sha256_hex_with(text, len, ex->sha_fast, d->id);
    warn_ctx wc = {d, 0};
    tl_utf8_repair(text, len, on_bad_utf8, &wc);
    if (wc.oom) goto oom;
    d->text = text;
    d->len = len;
    d->path = tl_arena_strndup(a, path ? path : "-", strlen(path ? path : "-"));
    if (!d->path) goto oom;
    int rc = windowed ? run_windows(ex, ws, d) : run_stages(ex, ws, d, ex->published);
    if (rc != TL_OK) goto oom;
    *out = d;
    return TL_OK;
oom:
    tl_arena_free(a);
    set_err(err, TL_ENOMEM, -1, "out of memory%s", NULL);
    return TL_ENOMEM;
}

int tl_extract_ws(const tl_extractor *ex, tl_workspace *ws, const char *bytes, size_t len,
                  const char *path, tl_doc **out, tl_error *err) {
    return extract(ex, ws, bytes, NULL, len, path, out, err);
}

int tl_extract_take(const tl_extractor *ex, tl_workspace *ws, char *buf, size_t len,
                    const char *path, tl_doc **out, tl_error *err) {
    return extract(ex, ws, buf, buf, len, path, out, err);
}

void tl_extract_process_setup(void) {
#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD)
    /* A fixed threshold also turns glibc's sliding one off. */
    mallopt(M_MMAP_THRESHOLD, (int)TL_EXTRACT_MMAP_BYTES);
#endif
}

void tl_doc_free(tl_doc *doc) {
    if (doc) tl_arena_free(doc->arena);
}
