/* tl_serve_api.c -- the routes of the HTTP API: query arguments to store queries (tl_query) and writes (ingest, corrections). */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "tl_serve_int.h"
#include "tl_sha256.h"

/* Responses are bounded whatever the request asks: a list without a limit
 * gets DEFAULT_LIMIT rows, and no request gets more than MAX_LIMIT. */
enum { DEFAULT_LIMIT = 100, MAX_LIMIT = 10000 };

int tl_serve_fail(tl_serve_reply *r, unsigned status, json_t *candidates, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    json_decref(r->json);
    r->status = status;
    /* messages quote request strings: keep the JSON valid whatever they hold */
    json_t *m = json_string(msg);
    if (!m) m = json_string("bad request");
    r->json = json_pack("{s:{s:i,s:o}}", "error", "status", (int)status, "message", m);
    if (candidates && r->json) json_object_set_new(json_object_get(r->json, "error"), "candidates", candidates);
    else json_decref(candidates);
    return 0;
}

/* The HTTP status for a failed query. */
static unsigned status_of(int rc, const tl_error *err) {
    if (rc == TL_ENOTFOUND) return 404;
    if (rc == TL_EINVAL) return 400;
    if (rc == TL_ENOMEM) return 503;
    if (strstr(err->msg, "locked") || strstr(err->msg, "busy")) return 503;
    return 500;
}

static void answer(tl_serve_reply *r, int rc, json_t *v, const tl_error *err) {
    if (rc == TL_OK) {
        r->status = 200;
        r->json = v;
        return;
    }
    tl_serve_fail(r, status_of(rc, err), NULL, "%s", err->msg);
}

/* ---- query arguments ------------------------------------------------------ */
static const char *arg(struct MHD_Connection *c, const char *name) {
    const char *v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, name);
    return v && *v ? v : NULL;
}

/* A number argument in [lo, hi]; def when absent.  -1 (and r filled) when
 * malformed or out of range. */
static long long num_arg(struct MHD_Connection *c, const char *name, long long def, long long lo, long long hi,
                         tl_serve_reply *r) {
    const char *v = arg(c, name);
    if (!v) return def;
    char *end;
    long long n = strtoll(v, &end, 10);
    if (*end || !isdigit((unsigned char)v[0]) || n < lo || n > hi) {
        tl_serve_fail(r, 400, NULL, "'%s' takes a number from %lld to %lld", name, lo, hi);
        return -1;
    }
    return n;
}

/* A date argument: YYYY, YYYY-MM or YYYY-MM-DD.  0 when good or absent. */
static int date_arg(struct MHD_Connection *c, const char *name, const char **out, tl_serve_reply *r) {
    const char *v = arg(c, name);
    *out = v;
    if (!v) return 0;
    size_t n = strlen(v);
    int ok = n == 4 || n == 7 || n == 10;
    for (size_t i = 0; ok && i < n; i++) ok = (i == 4 || i == 7) ? v[i] == '-' : isdigit((unsigned char)v[i]) != 0;
    if (!ok) return tl_serve_fail(r, 400, NULL, "'%s' takes a date: 2014, 2014-06 or 2014-06-01", name), -1;
    return 0;
}

/* Resolves an entity argument; 0 with *id set, else -1 with r filled (404
 * none, 409 ambiguous with the candidates). */
static int entity_arg(tl_store *st, const char *name, int64_t *id, tl_serve_reply *r) {
    json_t *cand = NULL;
    tl_error err = {0};
    int rc = tl_query_resolve(st, name, id, &cand, &err);
    if (rc == TL_OK) return 0;
    if (rc == TL_ENOTFOUND && cand && json_array_size(cand) > 1)
        return tl_serve_fail(r, 409, cand, "'%s' is ambiguous; name one of the candidates by #id", name), -1;
    json_decref(cand);
    if (rc == TL_ENOTFOUND) return tl_serve_fail(r, 404, NULL, "no entity named '%s'", name), -1;
    return tl_serve_fail(r, status_of(rc, &err), NULL, "%s", err.msg), -1;
}

static int need(const char *v, const char *name, tl_serve_reply *r) {
    if (v) return 0;
    return tl_serve_fail(r, 400, NULL, "'%s' is required", name), -1;
}

/* ---- GET routes ----------------------------------------------------------- */
static void get_stats(tl_store *st, struct MHD_Connection *c, tl_serve_reply *r) {
    long long top = num_arg(c, "top", 10, 0, 100, r);
    if (top < 0) return;
    json_t *v = NULL;
    tl_error err = {0};
    int rc = tl_query_stats(st, top, &v, &err);
    answer(r, rc, v, &err);
}

static void get_entities(tl_store *st, struct MHD_Connection *c, tl_serve_reply *r) {
    tl_store_entity_filter f = {.type = -1, .match = arg(c, "match")};
    const char *type = arg(c, "type"), *order = arg(c, "order");
    if (type && ((f.type = tl_ent_type_parse(type)) < 0 || f.type >= TL_ENT_TYPE_COUNT)) { tl_serve_fail(r, 400, NULL, "unknown entity type '%s'", type); return; }
    if (order && strcmp(order, "name") != 0 && strcmp(order, "degree") != 0) {
        tl_serve_fail(r, 400, NULL, "'order' is name or degree");
        return;
    }
    f.order_by_degree = order && strcmp(order, "degree") == 0;
    long long limit = num_arg(c, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT, r), offset;
    if (limit < 0 || (offset = num_arg(c, "offset", 0, 0, 1000000000LL, r)) < 0) return;
    f.limit = limit;
    json_t *v = NULL;
    tl_error err = {0};
    int rc = tl_query_entities(st, &f, offset, &v, &err);
    answer(r, rc, v, &err);
}

static void get_dossier(tl_store *st, const char *ref, tl_serve_reply *r) {
    int64_t id = 0;
    if (entity_arg(st, ref, &id, r) != 0) return;
    json_t *v = NULL;
    tl_error err = {0};
    int rc = tl_query_show(st, id, &v, &err);
    answer(r, rc, v, &err);
}

static void get_facts(tl_store *st, struct MHD_Connection *c, int timeline, tl_serve_reply *r) {
    tl_store_fact_filter f = {.type = -1, .modality = -1, .dated_only = timeline};
    const char *type = arg(c, "type"), *mod = arg(c, "modality"), *ent = arg(c, "entity");
    if (type && (f.type = tl_query_fact_type_parse(type)) < 0) { tl_serve_fail(r, 400, NULL, "unknown fact type '%s'", type); return; }
    if (mod && (f.modality = tl_query_modality_parse(mod)) < 0) { tl_serve_fail(r, 400, NULL, "unknown modality '%s'", mod); return; }
    if (date_arg(c, "since", &f.since, r) || date_arg(c, "until", &f.until, r)) return;
    long long limit = num_arg(c, "limit", timeline ? 1000 : DEFAULT_LIMIT, 1, MAX_LIMIT, r), offset, rej;
    if (limit < 0 || (offset = num_arg(c, "offset", 0, 0, 1000000000LL, r)) < 0 ||
        (rej = num_arg(c, "rejected", 0, 0, 1, r)) < 0)
        return;
    f.limit = limit;
    f.include_rejected = (int)rej;
    if (ent && entity_arg(st, ent, &f.entity, r) != 0) return;
    json_t *v = NULL;
    tl_error err = {0};
    int rc = tl_query_facts(st, &f, offset, &v, &err);
    answer(r, rc, v, &err);
}

static void get_path(tl_store *st, struct MHD_Connection *c, tl_serve_reply *r) {
    const char *from = arg(c, "from"), *to = arg(c, "to");
    if (need(from, "from", r) || need(to, "to", r)) return;
    long long hops = num_arg(c, "max_hops", 4, 1, 8, r), k;
    if (hops < 0 || (k = num_arg(c, "k", 3, 1, 20, r)) < 0) return;
    int64_t a = 0, b = 0;
    if (entity_arg(st, from, &a, r) || entity_arg(st, to, &b, r)) return;
    json_t *v = NULL;
    tl_error err = {0};
    int rc = tl_query_path(st, a, b, (int)hops, (int)k, &v, &err);
    answer(r, rc, v, &err);
}

static void get_neighbors(tl_store *st, struct MHD_Connection *c, tl_serve_reply *r) {
    const char *ent = arg(c, "entity"), *type = arg(c, "type");
    if (need(ent, "entity", r)) return;
    long long hops = num_arg(c, "hops", 1, 1, 4, r), limit;
    if (hops < 0 || (limit = num_arg(c, "limit", 200, 1, MAX_LIMIT, r)) < 0) return;
    /* type: an entity type keeps those entities, a fact type those reached through it */
    int etype = -1, ftype = -1;
    if (type && ((etype = tl_ent_type_parse(type)) < 0 || etype >= TL_ENT_TYPE_COUNT)) etype = -1;
    if (type && etype < 0 && (ftype = tl_query_fact_type_parse(type)) < 0) {
        tl_serve_fail(r, 400, NULL, "unknown entity or fact type '%s'", type);
        return;
    }
    int64_t id = 0;
    if (entity_arg(st, ent, &id, r)) return;
    json_t *v = NULL;
    tl_error err = {0};
    int rc = tl_query_neighbors(st, id, (int)hops, limit, ftype, &v, &err);
    if (rc == TL_OK && etype >= 0) {
        const char *want = tl_ent_type_name(etype);
        for (size_t i = json_array_size(v); i-- > 0;)
            if (strcmp(json_string_value(json_object_get(json_array_get(v, i), "type")), want) != 0)
                json_array_remove(v, i);
    }
    answer(r, rc, v, &err);
}

static void get_search(tl_store *st, struct MHD_Connection *c, tl_serve_reply *r) {
    const char *q = arg(c, "q");
    if (need(q, "q", r)) return;
    if (strlen(q) > 4000) { tl_serve_fail(r, 400, NULL, "the query is too long"); return; }
    long long limit = num_arg(c, "limit", 20, 1, 1000, r);
    if (limit < 0) return;
    json_t *v = NULL;
    tl_error err = {0};
    int rc = tl_query_search(st, q, limit, &v, &err);
    answer(r, rc, v, &err);
}

static int is_sha(const char *s) {
    size_t n = 0;
    for (; s[n]; n++)
        if (!isxdigit((unsigned char)s[n]) || isupper((unsigned char)s[n])) return 0;
    return n == 64;
}

static void get_document(tl_store *st, const char *sha, tl_serve_reply *r) {
    if (!is_sha(sha)) { tl_serve_fail(r, 404, NULL, "no such document (give its 64-digit sha256 id)"); return; }
    json_t *v = NULL;
    tl_error err = {0};
    int rc = tl_query_document(st, sha, &v, &err);
    answer(r, rc, v, &err);
}

static void get_export(tl_store *st, struct MHD_Connection *c, tl_serve_reply *r) {
    const char *fmt = arg(c, "format"), *ent = arg(c, "entity");
    tl_export_opts o = {.hops = 1};
    if (need(fmt, "format", r)) return;
    if ((o.format = tl_export_format_parse(fmt)) < 0) { tl_serve_fail(r, 400, NULL, "unknown export format '%s'", fmt); return; }
    long long hops = num_arg(c, "hops", 1, 0, 4, r);
    if (hops < 0) return;
    o.hops = (int)hops;
    if (ent && entity_arg(st, ent, &o.entity, r)) return;
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) { tl_serve_fail(r, 503, NULL, "out of memory"); return; }
    tl_error err = {0};
    int rc = tl_export_write(st, &o, f, &err);
    if (fclose(f) != 0 && rc == TL_OK) rc = TL_ENOMEM;
    if (rc != TL_OK) {
        free(buf);
        tl_serve_fail(r, status_of(rc, &err), NULL, "%s", err.msg[0] ? err.msg : "export failed");
        return;
    }
    r->status = 200;
    r->bytes = buf;
    r->len = len;
    r->type = o.format == TL_EXPORT_GRAPHML ? "application/graphml+xml; charset=utf-8"
                                            : "application/json; charset=utf-8";
}

void tl_serve_api_get(tl_store *st, struct MHD_Connection *c, const char *path, tl_serve_reply *r) {
    if (strcmp(path, "/stats") == 0) get_stats(st, c, r);
    else if (strcmp(path, "/entities") == 0) get_entities(st, c, r);
    else if (strncmp(path, "/entities/", 10) == 0 && path[10]) get_dossier(st, path + 10, r);
    else if (strcmp(path, "/facts") == 0) get_facts(st, c, 0, r);
    else if (strcmp(path, "/timeline") == 0) get_facts(st, c, 1, r);
    else if (strcmp(path, "/path") == 0) get_path(st, c, r);
    else if (strcmp(path, "/neighbors") == 0) get_neighbors(st, c, r);
    else if (strcmp(path, "/search") == 0) get_search(st, c, r);
    else if (strcmp(path, "/documents") == 0) {
        json_t *v = NULL;
        tl_error err = {0};
        int rc = tl_query_documents(st, &v, &err);
        answer(r, rc, v, &err);
    } else if (strncmp(path, "/documents/", 11) == 0) get_document(st, path + 11, r);
    else if (strcmp(path, "/export") == 0) get_export(st, c, r);
    else tl_serve_fail(r, 404, NULL, "no such endpoint");
}

/* ---- writes (the writer thread) -------------------------------------------- */
typedef struct ids {
    int64_t v[4096];
    size_t n;
} ids;

static void ids_add(ids *s, int64_t id) {
    if (!id || s->n == sizeof s->v / sizeof *s->v) return;
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i] == id) return;
    s->v[s->n++] = id;
}

typedef struct doc_ids {
    ids ents, facts;
} doc_ids;

static int doc_span_cb(void *p, const tl_store_span *sp) {
    doc_ids *d = p;
    ids_add(sp->kind ? &d->facts : &d->ents, sp->id);
    return 0;
}

static int row_cb(void *p, const tl_store_entity *e) {
    json_array_append_new(p, tl_query_entity_json(e));
    return 1;
}

static int fact_row_cb(void *p, const tl_store_fact *f) {
    json_array_append_new(p, tl_query_fact_json(f));
    return 1;
}

static int valid_date(const char *v) {
    size_t n = strlen(v);
    int ok = n == 0 || n == 4 || n == 7 || n == 10;
    for (size_t i = 0; ok && i < n; i++) ok = (i == 4 || i == 7) ? v[i] == '-' : isdigit((unsigned char)v[i]) != 0;
    return ok;
}

/* The text and metadata of an ingest body; 0, or -1 with r filled. */
static int ingest_input(tl_serve_job *j, const char **text, size_t *len, json_t **doc, tl_serve_reply *r) {
    *text = j->body ? j->body : "";
    *len = j->len;
    *doc = NULL;
    if (!j->is_json) return 0;
    json_error_t je;
    json_t *o = json_loadb(j->body ? j->body : "", j->len, JSON_REJECT_DUPLICATES, &je);
    if (!o || !json_is_object(o)) {
        json_decref(o);
        return tl_serve_fail(r, 400, NULL, "the body is not a JSON object: %s", je.text), -1;
    }
    json_t *t = json_object_get(o, "text");
    if (!json_is_string(t)) { json_decref(o); return tl_serve_fail(r, 400, NULL, "\"text\" (a string) is required"), -1; }
    static const char *const keys[] = {"title", "published", "url"};
    char *dst[] = {j->title, j->published, j->url};
    size_t cap[] = {sizeof j->title, sizeof j->published, sizeof j->url};
    for (int k = 0; k < 3; k++) {
        json_t *v = json_object_get(o, keys[k]);
        if (!v || json_is_null(v)) continue;
        if (!json_is_string(v) || json_string_length(v) >= cap[k]) {
            json_decref(o);
            return tl_serve_fail(r, 400, NULL, "\"%s\" must be a string under %zu bytes", keys[k], cap[k]), -1;
        }
        snprintf(dst[k], cap[k], "%s", json_string_value(v));
    }
    *text = json_string_value(t);
    *len = json_string_length(t);
    *doc = o;
    return 0;
}

static void do_ingest(tl_store *st, const tl_extractor *ex, tl_serve_job *j) {
    tl_serve_reply *r = &j->reply;
    const char *text;
    size_t len;
    json_t *holder;
    if (ingest_input(j, &text, &len, &holder, r)) return;
    if (!valid_date(j->published)) {
        json_decref(holder);
        tl_serve_fail(r, 400, NULL, "the published date takes 2021, 2021-10 or 2021-10-13");
        return;
    }
    if (len == 0) { json_decref(holder); tl_serve_fail(r, 400, NULL, "the document is empty"); return; }
    if (!ex) { json_decref(holder); tl_serve_fail(r, 503, NULL, "the extractor is not available"); return; }
    char sha[65], path[96];
    tl_sha256_hex(text, len, sha);
    /* the stored path is a label made here, never a name from the request */
    snprintf(path, sizeof path, "api/%.16s.txt", sha);
    tl_doc *doc = NULL;
    tl_error err = {0};
    int rc = tl_extract(ex, text, len, path, &doc, &err);
    json_decref(holder);
    if (rc != TL_OK) { tl_serve_fail(r, rc == TL_ETOOBIG ? 413 : 400, NULL, "%s", err.msg); return; }
    tl_store_docinfo info = {sha, j->title[0] ? j->title : NULL, j->published[0] ? j->published : NULL,
                             j->url[0] ? j->url : NULL, NULL, 0};
    tl_store_ingest_result res = {0};
    rc = tl_store_ingest(st, doc, &info, &res, &err);
    uint32_t n_warn = doc->n_warnings;
    tl_doc_free(doc);
    if (rc != TL_OK) { tl_serve_fail(r, status_of(rc, &err), NULL, "%s", err.msg); return; }
    /* the entities and facts of the document as stored, so a client can show them */
    doc_ids *d = calloc(1, sizeof *d);
    json_t *ents = json_array(), *facts = json_array(), *dv = NULL;
    if (d && tl_store_document(st, sha, NULL, doc_span_cb, d, &err) == TL_OK) {
        for (size_t i = 0; i < d->ents.n; i++) {
            tl_store_entity_filter f = {.type = -1, .id = d->ents.v[i]};
            tl_store_entities(st, &f, row_cb, ents, &err);
        }
        for (size_t i = 0; i < d->facts.n; i++) {
            tl_store_fact_filter f = {.type = -1, .modality = -1, .id = d->facts.v[i], .include_rejected = 1};
            tl_store_facts(st, &f, fact_row_cb, facts, &err);
        }
    }
    free(d);
    dv = json_pack("{s:s,s:s,s:o,s:o}", "id", sha, "path", path, "title",
                   j->title[0] ? json_string(j->title) : json_null(), "published",
                   j->published[0] ? json_string(j->published) : json_null());
    r->status = res.skipped ? 200 : 201;
    r->json = json_pack("{s:o,s:b,s:i,s:i,s:i,s:i,s:i,s:i,s:o,s:o}", "document", dv, "skipped", res.skipped,
                        "entities_new", (int)res.n_entities_new, "entities_joined", (int)res.n_entities_joined,
                        "facts_new", (int)res.n_facts_new, "facts_joined", (int)res.n_facts_joined, "alerts",
                        (int)res.n_alerts, "warnings", (int)n_warn, "entities", ents, "facts", facts);
    if (!r->json) tl_serve_fail(r, 503, NULL, "out of memory");
}

static const char *jstr(json_t *o, const char *k) {
    json_t *v = json_object_get(o, k);
    return json_is_string(v) && json_string_length(v) > 0 ? json_string_value(v) : NULL;
}

static void do_correction(tl_store *st, tl_serve_job *j) {
    tl_serve_reply *r = &j->reply;
    json_error_t je;
    json_t *o = json_loadb(j->body ? j->body : "", j->len, JSON_REJECT_DUPLICATES, &je);
    if (!o || !json_is_object(o)) {
        json_decref(o);
        tl_serve_fail(r, 400, NULL, "the body is not a JSON object: %s", je.text);
        return;
    }
    const char *op = jstr(o, "op");
    /* names: "a"/"b", or "entity" and "name" (split, rename, alias) */
    const char *a = jstr(o, "a") ? jstr(o, "a") : jstr(o, "entity");
    const char *b = jstr(o, "b") ? jstr(o, "b") : jstr(o, "name");
    int kind = -1;
    int64_t fact = 0;
    char fbuf[32];
    if (!op) kind = -1;
    else if (strcmp(op, "merge") == 0) kind = TL_CORR_MERGE;
    else if (strcmp(op, "split") == 0) kind = TL_CORR_SPLIT;
    else if (strcmp(op, "rename") == 0) kind = TL_CORR_RENAME;
    else if (strcmp(op, "alias") == 0) kind = json_is_true(json_object_get(o, "remove")) ? TL_CORR_ALIAS_REMOVE : TL_CORR_ALIAS_ADD;
    else if (strcmp(op, "reject") == 0) kind = TL_CORR_REJECT;
    if (kind < 0) {
        json_decref(o);
        tl_serve_fail(r, 400, NULL, "\"op\" is merge, split, rename, alias or reject");
        return;
    }
    if (kind == TL_CORR_REJECT) {
        json_t *fv = json_object_get(o, "fact");
        if (!json_is_integer(fv) || (fact = json_integer_value(fv)) <= 0) {
            json_decref(o);
            tl_serve_fail(r, 400, NULL, "reject needs \"fact\": a fact id");
            return;
        }
        /* as the CLI records it: the fact id as text */
        snprintf(fbuf, sizeof fbuf, "%lld", (long long)fact);
        a = fbuf;
        b = NULL;
    } else if (!a || !b) {
        /* the message quotes op, which lives in o: written before o goes */
        tl_serve_fail(r, 400, NULL, "%s needs \"a\" and \"b\" (or \"entity\" and \"name\")", op);
        json_decref(o);
        return;
    }
    int64_t id = 0, x = 0;
    /* resolve first, so an ambiguous name answers 409 with its candidates */
    if ((kind != TL_CORR_REJECT && entity_arg(st, a, &x, r)) || (kind == TL_CORR_MERGE && entity_arg(st, b, &x, r))) {
        json_decref(o);
        return;
    }
    tl_error err = {0};
    /* recorded under the token's name, not the server's user */
    tl_store_set_actor(st, j->who);
    int rc = tl_store_correct(st, kind, a, b, fact, &id, &err);
    tl_store_set_actor(st, NULL);
    if (rc != TL_OK) {
        json_decref(o);
        tl_serve_fail(r, status_of(rc, &err), NULL, "%s", err.msg);
        return;
    }
    r->status = 201;
    r->json = json_pack("{s:I,s:s,s:s?,s:s?}", "correction", (json_int_t)id, "kind", tl_store_corr_name(kind), "a",
                        a, "b", b);
    if (kind == TL_CORR_REJECT && r->json) json_object_set_new(r->json, "fact", json_integer(fact));
    json_decref(o);
    if (!r->json) tl_serve_fail(r, 503, NULL, "out of memory");
}

void tl_serve_api_write(tl_store *st, const tl_extractor *ex, tl_serve_job *job) {
    if (job->kind == 0) do_ingest(st, ex, job);
    else do_correction(st, job);
}
