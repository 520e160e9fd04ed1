/* tl_query.c -- the store's queries as JSON values, shared by the CLI's --json output and the HTTP API. */
#include "tl_query.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "tl_utf8.h"

static int set_err(tl_error *err, int code, const char *msg) {
    if (err) {
        err->code = code;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "%s", msg);
    }
    return code;
}
#define OOM(err) set_err(err, TL_ENOMEM, "out of memory")

static json_t *str_or_null(const char *s) { return s && *s ? json_string(s) : json_null(); }

/* A string from bytes that may not be valid UTF-8 (jansson refuses those):
 * invalid bytes become '?', byte for byte, so offsets still hold. */
static json_t *json_bytes(const char *s, size_t n) {
    json_t *v = json_stringn(s, n);
    if (v) return v;
    char *copy = malloc(n + 1);
    if (!copy) return NULL;
    memcpy(copy, s, n);
    copy[n] = 0;
    tl_utf8_repair(copy, n, NULL, NULL);
    v = json_stringn(copy, n);
    free(copy);
    return v;
}

json_t *tl_query_entity_json(const tl_store_entity *e) {
    json_t *o = json_pack("{s:I,s:s,s:o}", "id", (json_int_t)e->id, "type",
                          tl_ent_type_name(e->type) ? tl_ent_type_name(e->type) : "?", "name",
                          json_bytes(e->name, strlen(e->name)));
    if (!o) return NULL;
    if (e->n_docs >= 0) {
        json_object_set_new(o, "documents", json_integer(e->n_docs));
        json_object_set_new(o, "mentions", json_integer(e->n_mentions));
        json_object_set_new(o, "facts", json_integer(e->n_facts));
        json_object_set_new(o, "first_seen", str_or_null(e->first_seen));
        json_object_set_new(o, "last_seen", str_or_null(e->last_seen));
    }
    return o;
}

static json_t *ref_json(int64_t id, const char *name) {
    return json_pack("{s:I,s:o}", "id", (json_int_t)id, "name", json_bytes(name ? name : "", name ? strlen(name) : 0));
}

json_t *tl_query_fact_json(const tl_store_fact *f) {
    json_t *args = json_object();
    if (!args) return NULL;
    for (int r = 0; r < 3; r++) {
        const char *role = tl_fact_role_name(f->type, r);
        if (!f->args[r]) continue;
        if (!role) role = r == 0 ? "a" : r == 1 ? "b" : "c";
        json_object_set_new(args, role, ref_json(f->args[r], f->arg_names[r]));
    }
    static const char *const status[] = {NULL, "plotted", "attempted", "carried_out", "foiled"};
    if (f->status > 0 && f->status < 5) json_object_set_new(args, "status", json_string(status[f->status]));
    json_t *o = json_pack("{s:I,s:s,s:o,s:s}", "id", (json_int_t)f->id, "type",
                          tl_fact_type_name(f->type) ? tl_fact_type_name(f->type) : "?", "args", args, "modality",
                          tl_modality_name(f->modality) ? tl_modality_name(f->modality) : "?");
    if (!o) return NULL;
    json_object_set_new(o, "time", str_or_null(f->time_value));
    json_object_set_new(o, "place", f->place ? ref_json(f->place, f->place_name) : json_null());
    json_object_set_new(o, "source", f->source ? ref_json(f->source, f->source_name) : json_null());
    json_object_set_new(o, "amount", f->amount_text[0] ? json_pack("{s:o,s:f,s:s}", "text",
                                                                   json_bytes(f->amount_text, strlen(f->amount_text)),
                                                                   "value", f->amount_value, "currency",
                                                                   f->currency)
                                                       : json_null());
    json_object_set_new(o, "negated", json_boolean(f->negated));
    json_object_set_new(o, "rejected", json_boolean(f->rejected));
    json_object_set_new(o, "n_evidence", json_integer(f->n_evidence));
    return o;
}

json_t *tl_query_evidence_json(const tl_store_evidence *ev) {
    return json_pack("{s:I,s:s,s:o,s:o,s:o,s:[i,i],s:o,s:s}", "document", (json_int_t)ev->doc, "doc_id", ev->doc_id,
                     "path", json_bytes(ev->doc_path, strlen(ev->doc_path)), "title",
                     ev->doc_title && *ev->doc_title ? json_bytes(ev->doc_title, strlen(ev->doc_title)) : json_null(),
                     "published", str_or_null(ev->published), "span", (int)ev->start, (int)ev->end, "text",
                     json_bytes(ev->text, ev->len), "modality",
                     tl_modality_name(ev->modality) ? tl_modality_name(ev->modality) : "?");
}

typedef struct ev_ctx {
    json_t *arr;
    int limit, oom;
} ev_ctx;

static int ev_cb(void *p, const tl_store_evidence *ev) {
    ev_ctx *c = p;
    if (c->limit > 0 && json_array_size(c->arr) >= (size_t)c->limit) return 1;
    if (json_array_append_new(c->arr, tl_query_evidence_json(ev)) != 0) { c->oom = 1; return 1; }
    return 0;
}

int tl_query_fact_evidence(tl_store *st, int64_t fact, int limit, json_t **out, tl_error *err) {
    ev_ctx c = {json_array(), limit, 0};
    *out = NULL;
    if (!c.arr) return OOM(err);
    int rc = tl_store_fact_evidence(st, fact, ev_cb, &c, err);
    if (rc == TL_OK && c.oom) rc = OOM(err);
    if (rc != TL_OK) { json_decref(c.arr); return rc; }
    *out = c.arr;
    return TL_OK;
}

/* A fact with its evidence, or NULL (err filled). */
static json_t *fact_with_evidence(tl_store *st, const tl_store_fact *f, tl_error *err) {
    json_t *o = tl_query_fact_json(f), *ev = NULL;
    if (!o) { OOM(err); return NULL; }
    if (tl_query_fact_evidence(st, f->id, 0, &ev, err) != TL_OK) { json_decref(o); return NULL; }
    json_object_set_new(o, "evidence", ev);
    return o;
}

/* ---- entities ------------------------------------------------------------ */
typedef struct list_ctx {
    tl_store *st;
    json_t *arr;
    int64_t skip;
    int rc;
    tl_error *err;
} list_ctx;

static int cand_cb(void *p, const tl_store_entity *e) {
    list_ctx *c = p;
    if (json_array_append_new(c->arr, tl_query_entity_json(e)) != 0) { c->rc = TL_ENOMEM; return 1; }
    return 0;
}

int tl_query_resolve(tl_store *st, const char *name, int64_t *id, json_t **candidates, tl_error *err) {
    list_ctx c = {st, json_array(), 0, TL_OK, err};
    int n = 0;
    if (candidates) *candidates = NULL;
    if (!c.arr) return OOM(err);
    int rc = tl_store_entity_find(st, name ? name : "", cand_cb, &c, &n, err);
    if (rc == TL_OK && c.rc != TL_OK) rc = OOM(err);
    if (rc != TL_OK) { json_decref(c.arr); return rc; }
    if (n == 1 && json_array_size(c.arr) == 1) {
        *id = (int64_t)json_integer_value(json_object_get(json_array_get(c.arr, 0), "id"));
        json_decref(c.arr);
        return TL_OK;
    }
    if (candidates) *candidates = c.arr;
    else json_decref(c.arr);
    return set_err(err, TL_ENOTFOUND, n == 0 ? "no entity of that name" : "the name is ambiguous");
}

static int list_ent_cb(void *p, const tl_store_entity *e) {
    list_ctx *c = p;
    if (c->skip > 0) { c->skip--; return 0; }
    return cand_cb(p, e);
}

int tl_query_entities(tl_store *st, const tl_store_entity_filter *f, int64_t offset, json_t **out, tl_error *err) {
    list_ctx c = {st, json_array(), offset, TL_OK, err};
    *out = NULL;
    if (!c.arr) return OOM(err);
    tl_store_entity_filter g = *f;
    if (g.limit > 0) g.limit += offset;
    int rc = tl_store_entities(st, &g, list_ent_cb, &c, err);
    if (rc == TL_OK && c.rc != TL_OK) rc = OOM(err);
    if (rc != TL_OK) { json_decref(c.arr); return rc; }
    *out = c.arr;
    return TL_OK;
}

/* ---- show ------------------------------------------------------------------ */
typedef struct show_ctx {
    tl_store *st;
    json_t *obj, *names, *facts, *docs;
    int rc;
    tl_error *err;
} show_ctx;

static int show_ent_cb(void *p, const tl_store_entity *e) {
    show_ctx *c = p;
    c->obj = tl_query_entity_json(e);
    return 1;
}

static int show_name_cb(void *p, const char *name, const char *kind, int64_t n) {
    show_ctx *c = p;
    if (strcmp(kind, "canonical") == 0) return 0;
    if (json_array_append_new(c->names, json_pack("{s:o,s:s}", "name", json_bytes(name, strlen(name)), "kind",
                                                  kind)) != 0) {
        c->rc = OOM(c->err);
        return 1;
    }
    return 0;
}

static int show_fact_cb(void *p, const tl_store_fact *f) {
    show_ctx *c = p;
    json_t *o = fact_with_evidence(c->st, f, c->err);
    if (!o) { c->rc = c->err ? c->err->code : TL_EDB; return 1; }
    const char *t = tl_fact_type_name(f->type) ? tl_fact_type_name(f->type) : "?";
    json_t *grp = json_object_get(c->facts, t);
    if (!grp) json_object_set_new(c->facts, t, grp = json_array());
    if (json_array_append_new(grp, o) != 0) { c->rc = OOM(c->err); return 1; }
    return 0;
}

static json_t *doc_json(const tl_store_doc *d, int with_mentions) {
    json_t *o = json_pack("{s:I,s:s,s:o,s:o,s:s}", "id", (json_int_t)d->id, "doc_id", d->sha256, "path",
                          json_bytes(d->path, strlen(d->path)), "title", json_bytes(d->title, strlen(d->title)),
                          "published", d->published);
    if (!o) return NULL;
    if (with_mentions) json_object_set_new(o, "mentions", json_integer(d->n_mentions));
    else {
        json_object_set_new(o, "url", str_or_null(d->url));
    }
    return o;
}

static int show_doc_cb(void *p, const tl_store_doc *d) {
    show_ctx *c = p;
    if (json_array_append_new(c->docs, doc_json(d, 1)) != 0) { c->rc = OOM(c->err); return 1; }
    return 0;
}

int tl_query_show(tl_store *st, int64_t id, json_t **out, tl_error *err) {
    show_ctx c = {st, NULL, json_array(), json_object(), json_array(), TL_OK, err};
    *out = NULL;
    int rc = TL_OK;
    if (!c.names || !c.facts || !c.docs) { rc = OOM(err); goto fail; }
    tl_store_entity_filter ef = {.type = -1, .id = id};
    if ((rc = tl_store_entities(st, &ef, show_ent_cb, &c, err)) != TL_OK) goto fail;
    if (!c.obj) { rc = set_err(err, TL_ENOTFOUND, "no such entity"); goto fail; }
    if ((rc = tl_store_entity_names(st, id, show_name_cb, &c, err)) != TL_OK || (rc = c.rc) != TL_OK) goto fail;
    tl_store_fact_filter ff = {.type = -1, .modality = -1, .entity = id};
    if ((rc = tl_store_facts(st, &ff, show_fact_cb, &c, err)) != TL_OK || (rc = c.rc) != TL_OK) goto fail;
    if ((rc = tl_store_entity_docs(st, id, show_doc_cb, &c, err)) != TL_OK || (rc = c.rc) != TL_OK) goto fail;
    json_object_set_new(c.obj, "names", c.names);
    json_object_set_new(c.obj, "facts_by_type", c.facts);
    json_object_set_new(c.obj, "documents_list", c.docs);
    *out = c.obj;
    return TL_OK;
fail:
    json_decref(c.obj);
    json_decref(c.names);
    json_decref(c.facts);
    json_decref(c.docs);
    return rc;
}

/* ---- facts ------------------------------------------------------------------ */
static int list_fact_cb(void *p, const tl_store_fact *f) {
    list_ctx *c = p;
    if (c->skip > 0) { c->skip--; return 0; }
    json_t *o = fact_with_evidence(c->st, f, c->err);
    if (!o) { c->rc = c->err ? c->err->code : TL_EDB; return 1; }
    if (json_array_append_new(c->arr, o) != 0) { c->rc = OOM(c->err); return 1; }
    return 0;
}

int tl_query_facts(tl_store *st, const tl_store_fact_filter *f, int64_t offset, json_t **out, tl_error *err) {
    list_ctx c = {st, json_array(), offset, TL_OK, err};
    *out = NULL;
    if (!c.arr) return OOM(err);
    tl_store_fact_filter g = *f;
    if (g.limit > 0) g.limit += offset;
    int rc = tl_store_facts(st, &g, list_fact_cb, &c, err);
    if (rc == TL_OK) rc = c.rc;
    if (rc != TL_OK) { json_decref(c.arr); return rc; }
    *out = c.arr;
    return TL_OK;
}

/* ---- graph ------------------------------------------------------------------ */
typedef struct name_ctx {
    char name[512];
} name_ctx;

static int name_cb(void *p, const tl_store_entity *e) {
    name_ctx *c = p;
    snprintf(c->name, sizeof c->name, "%s", e->name);
    return 1;
}

static void entity_name(tl_store *st, int64_t id, name_ctx *c) {
    tl_store_entity_filter f = {.type = -1, .id = id};
    tl_error err;
    snprintf(c->name, sizeof c->name, "#%lld", (long long)id);
    tl_store_entities(st, &f, name_cb, c, &err);
}

typedef struct one_fact {
    json_t *json;
    int type;
} one_fact;

static int one_fact_cb(void *p, const tl_store_fact *f) {
    one_fact *c = p;
    c->json = tl_query_fact_json(f);
    c->type = f->type;
    return 1;
}

/* One hop as {"from", "to", "fact", "evidence"}; NULL on error (err set).
 * *fact_type (may be NULL) gets the fact's type. */
static json_t *hop_json(tl_store *st, const tl_store_hop *h, int *fact_type, tl_error *err) {
    one_fact fc = {NULL, -1};
    tl_store_fact_filter ff = {.type = -1, .modality = -1, .id = h->fact, .include_rejected = 1};
    if (tl_store_facts(st, &ff, one_fact_cb, &fc, err) != TL_OK) return NULL;
    if (fact_type) *fact_type = fc.type;
    name_ctx a, b;
    entity_name(st, h->from, &a);
    entity_name(st, h->to, &b);
    json_t *ev = NULL;
    if (tl_query_fact_evidence(st, h->fact, 0, &ev, err) != TL_OK) { json_decref(fc.json); return NULL; }
    json_t *o = json_pack("{s:o,s:o,s:o,s:o}", "from", ref_json(h->from, a.name), "to", ref_json(h->to, b.name),
                          "fact", fc.json ? fc.json : json_null(), "evidence", ev);
    if (!o) OOM(err);
    return o;
}

typedef struct path_ctx {
    tl_store *st;
    json_t *paths;
    int rc;
    tl_error *err;
} path_ctx;

static int path_cb(void *p, const tl_store_hop *hops, int n) {
    path_ctx *c = p;
    json_t *steps = json_array();
    if (!steps) { c->rc = OOM(c->err); return 1; }
    for (int i = 0; i < n; i++) {
        json_t *h = hop_json(c->st, &hops[i], NULL, c->err);
        if (!h) { json_decref(steps); c->rc = c->err ? c->err->code : TL_EDB; return 1; }
        json_array_append_new(steps, h);
    }
    if (json_array_append_new(c->paths, json_pack("{s:i,s:o}", "hops", n, "steps", steps)) != 0) {
        c->rc = OOM(c->err);
        return 1;
    }
    return 0;
}

int tl_query_path(tl_store *st, int64_t a, int64_t b, int max_hops, int max_paths, json_t **out, tl_error *err) {
    path_ctx c = {st, json_array(), TL_OK, err};
    *out = NULL;
    if (!c.paths) return OOM(err);
    int found = 0;
    int rc = tl_store_path(st, a, b, max_hops, max_paths, path_cb, &c, &found, err);
    if (rc == TL_OK) rc = c.rc;
    if (rc != TL_OK) { json_decref(c.paths); return rc; }
    name_ctx na, nb;
    entity_name(st, a, &na);
    entity_name(st, b, &nb);
    *out = json_pack("{s:o,s:o,s:o}", "from", ref_json(a, na.name), "to", ref_json(b, nb.name), "paths", c.paths);
    return *out ? TL_OK : OOM(err);
}

typedef struct nb_ctx {
    tl_store *st;
    json_t *arr;
    int fact_type, rc;
    tl_error *err;
} nb_ctx;

static int nb_cb(void *p, const tl_store_entity *e, int dist, const tl_store_hop *hop) {
    nb_ctx *c = p;
    int ftype = -1;
    json_t *via = hop ? hop_json(c->st, hop, &ftype, c->err) : json_null();
    if (!via) { c->rc = c->err ? c->err->code : TL_EDB; return 1; }
    if (c->fact_type >= 0 && ftype != c->fact_type) { json_decref(via); return 0; }
    json_t *o = tl_query_entity_json(e);
    if (!o) { json_decref(via); c->rc = OOM(c->err); return 1; }
    json_object_set_new(o, "distance", json_integer(dist));
    json_object_set_new(o, "via", via);
    if (json_array_append_new(c->arr, o) != 0) { c->rc = OOM(c->err); return 1; }
    return 0;
}

int tl_query_neighbors(tl_store *st, int64_t entity, int hops, int64_t limit, int fact_type, json_t **out,
                       tl_error *err) {
    nb_ctx c = {st, json_array(), fact_type, TL_OK, err};
    *out = NULL;
    if (!c.arr) return OOM(err);
    int rc = tl_store_neighbors(st, entity, hops, limit, nb_cb, &c, err);
    if (rc == TL_OK) rc = c.rc;
    if (rc != TL_OK) { json_decref(c.arr); return rc; }
    *out = c.arr;
    return TL_OK;
}

/* ---- search ----------------------------------------------------------------- */
static int hit_cb(void *p, const tl_store_hit *h) {
    list_ctx *c = p;
    json_t *o = json_pack("{s:I,s:s,s:o,s:o,s:[i,i],s:o,s:f}", "document", (json_int_t)h->doc, "doc_id", h->doc_id,
                          "path", json_bytes(h->doc_path, strlen(h->doc_path)), "title",
                          json_bytes(h->doc_title, strlen(h->doc_title)), "span", (int)h->start, (int)h->end,
                          "text", json_bytes(h->snippet, strlen(h->snippet)), "rank", h->rank);
    if (json_array_append_new(c->arr, o) != 0) { c->rc = OOM(c->err); return 1; }
    return 0;
}

int tl_query_search(tl_store *st, const char *query, int64_t limit, json_t **out, tl_error *err) {
    list_ctx c = {st, json_array(), 0, TL_OK, err};
    *out = NULL;
    if (!c.arr) return OOM(err);
    int rc = tl_store_search(st, query, "[", "]", limit, hit_cb, &c, err);
    if (rc == TL_OK) rc = c.rc;
    if (rc != TL_OK) { json_decref(c.arr); return rc; }
    *out = c.arr;
    return TL_OK;
}

/* ---- stats ------------------------------------------------------------------ */
typedef struct central_ctx {
    tl_store *st;
    json_t *arr;
    double score;
} central_ctx;

static int central_row_cb(void *p, const tl_store_entity *e) {
    central_ctx *c = p;
    json_t *o = tl_query_entity_json(e);
    if (o) json_object_set_new(o, "pagerank", json_real(c->score));
    json_array_append_new(c->arr, o);
    return 1;
}

static int central_cb(void *p, int64_t entity, double score) {
    central_ctx *c = p;
    tl_store_entity_filter f = {.type = -1, .id = entity, .limit = 1};
    tl_error err = {0};
    c->score = score;
    return tl_store_entities(c->st, &f, central_row_cb, c, &err) != TL_OK;
}

int tl_query_stats(tl_store *st, int64_t top, json_t **out, tl_error *err) {
    tl_store_stats s;
    *out = NULL;
    int rc = tl_store_get_stats(st, &s, err);
    if (rc != TL_OK) return rc;
    json_t *connected = NULL;
    central_ctx cc = {st, json_array(), 0};
    if (!cc.arr) return OOM(err);
    tl_store_entity_filter f = {.type = -1, .order_by_degree = 1, .limit = top};
    if (top && (rc = tl_query_entities(st, &f, 0, &connected, err)) != TL_OK) { json_decref(cc.arr); return rc; }
    if (!connected) connected = json_array();
    int64_t nodes = 0, edges = 0;
    if (top && (rc = tl_store_centrality(st, (size_t)top, central_cb, &cc, &nodes, &edges, err)) != TL_OK) {
        json_decref(cc.arr);
        json_decref(connected);
        return rc;
    }
    double ratio = s.text_bytes > 0 ? (double)s.file_bytes / (double)s.text_bytes : 0;
    json_t *et = json_object(), *ft = json_object();
    for (int t = 0; t < TL_ENT_TYPE_COUNT; t++) json_object_set_new(et, tl_ent_type_name(t), json_integer(s.by_type[t]));
    for (int t = 0; t < TL_FACT_TYPE_COUNT; t++)
        if (s.by_fact_type[t]) json_object_set_new(ft, tl_fact_type_name(t), json_integer(s.by_fact_type[t]));
    *out = json_pack("{s:I,s:I,s:I,s:I,s:I,s:I,s:I,s:I,s:I,s:I,s:I,s:I,s:f,s:o,s:o,s:o,s:o}", "documents",
                     (json_int_t)s.documents, "sentences", (json_int_t)s.sentences, "entities",
                     (json_int_t)s.entities, "names", (json_int_t)s.names, "mentions", (json_int_t)s.mentions,
                     "facts", (json_int_t)s.facts, "evidence", (json_int_t)s.evidence, "corrections",
                     (json_int_t)s.corrections, "watched", (json_int_t)s.watched, "alerts", (json_int_t)s.alerts,
                     "text_bytes", (json_int_t)s.text_bytes, "store_bytes", (json_int_t)s.file_bytes,
                     "store_to_text", ratio, "entities_by_type", et, "facts_by_type", ft, "most_connected",
                     connected, "most_central", cc.arr);
    return *out ? TL_OK : OOM(err);
}

/* ---- documents -------------------------------------------------------------- */
static int docs_cb(void *p, const tl_store_doc *d) {
    list_ctx *c = p;
    if (json_array_append_new(c->arr, doc_json(d, 0)) != 0) { c->rc = OOM(c->err); return 1; }
    return 0;
}

int tl_query_documents(tl_store *st, json_t **out, tl_error *err) {
    list_ctx c = {st, json_array(), 0, TL_OK, err};
    *out = NULL;
    if (!c.arr) return OOM(err);
    int rc = tl_store_entity_docs(st, 0, docs_cb, &c, err);
    if (rc == TL_OK) rc = c.rc;
    if (rc != TL_OK) { json_decref(c.arr); return rc; }
    *out = c.arr;
    return TL_OK;
}

typedef struct docv_ctx {
    json_t *obj, *spans;
    int oom;
} docv_ctx;

static int docv_cb(void *p, const tl_store_doc *d, const char *text, size_t len) {
    docv_ctx *c = p;
    c->obj = doc_json(d, 0);
    if (!c->obj) { c->oom = 1; return 1; }
    json_object_set_new(c->obj, "text", json_bytes(text, len));
    json_object_set_new(c->obj, "length", json_integer((json_int_t)len));
    return 0;
}

static int span_cb(void *p, const tl_store_span *sp) {
    docv_ctx *c = p;
    const char *type = sp->kind ? tl_fact_type_name(sp->type) : tl_ent_type_name(sp->type);
    json_t *o = json_pack("{s:s,s:[i,i],s:I,s:s}", "kind", sp->kind ? "evidence" : "mention", "span",
                          (int)sp->start, (int)sp->end, sp->kind ? "fact" : "entity", (json_int_t)sp->id, "type",
                          type ? type : "?");
    if (o && sp->kind)
        json_object_set_new(o, "modality", json_string(tl_modality_name(sp->modality) ? tl_modality_name(sp->modality)
                                                                                      : "?"));
    if (json_array_append_new(c->spans, o) != 0) { c->oom = 1; return 1; }
    return 0;
}

int tl_query_document(tl_store *st, const char *sha256, json_t **out, tl_error *err) {
    docv_ctx c = {NULL, json_array(), 0};
    *out = NULL;
    if (!c.spans) return OOM(err);
    int rc = tl_store_document(st, sha256, docv_cb, span_cb, &c, err);
    if (rc == TL_OK && (c.oom || !c.obj)) rc = OOM(err);
    if (rc != TL_OK) { json_decref(c.obj); json_decref(c.spans); return rc; }
    json_object_set_new(c.obj, "spans", c.spans);
    *out = c.obj;
    return TL_OK;
}

int tl_query_fact_type_parse(const char *name) {
    for (int t = 0; name && t < TL_FACT_TYPE_COUNT; t++)
        if (strcasecmp(name, tl_fact_type_name(t)) == 0) return t;
    return -1;
}

int tl_query_modality_parse(const char *name) {
    for (int m = 0; name && m < 4; m++)
        if (tl_modality_name(m) && strcasecmp(name, tl_modality_name(m)) == 0) return m;
    return -1;
}
