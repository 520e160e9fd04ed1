/* tl_export.c -- writes the store, or a part of it, as JSON, GraphML, GEXF or a STIX 2.1 bundle. */
#include "tl_export.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "tl_gaz.h"
#include "tl_sha256.h"
#include "tl_utf8.h"
#include "tl_export_cc.h"

/* ---- small helpers (public ones first) ----------------------------------- */
int tl_export_format_parse(const char *name) {
    static const char *const names[TL_EXPORT_FORMAT_COUNT] = {"json", "graphml", "stix", "gexf", "csv"};
    for (int i = 0; name && i < TL_EXPORT_FORMAT_COUNT; i++)
        if (strcasecmp(name, names[i]) == 0) return i;
    return -1;
}

static void uuid_fmt(const uint8_t u[16], char out[37]) {
    static const char hex[] = "0123456789abcdef";
    size_t o = 0;
    for (int i = 0; i < 16; i++) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out[o++] = '-';
        out[o++] = hex[u[i] >> 4];
        out[o++] = hex[u[i] & 15];
    }
    out[o] = 0;
}

static int hexval(char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : 0; }

static void uuid_raw(const char *key, size_t n, uint8_t u[16]) {
    char h[65];
    tl_sha256_hex(key, n, h);
    for (int i = 0; i < 16; i++) u[i] = (uint8_t)(hexval(h[2 * i]) << 4 | hexval(h[2 * i + 1]));
    u[6] = (uint8_t)((u[6] & 0x0f) | 0x50); /* version 5 (name-based) */
    u[8] = (uint8_t)((u[8] & 0x3f) | 0x80); /* RFC 4122 variant */
}

void tl_export_uuid(const char *key, size_t n, char out[37]) {
    uint8_t u[16];
    uuid_raw(key, n, u);
    uuid_fmt(u, out);
}

void tl_export_xml_str(tl_buf *b, const char *s, size_t n) {
    size_t i = 0, run = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        const char *rep = NULL;
        if (c >= 0x20 && c < 0x80) {
            switch (c) {
            case '&': rep = "&amp;"; break;
            case '<': rep = "&lt;"; break;
            case '>': rep = "&gt;"; break;
            case '"': rep = "&quot;"; break;
            case '\'': rep = "&apos;"; break;
            default: i++; run++; continue;
            }
            tl_buf_put(b, s + i - run, run);
            run = 0;
            tl_buf_puts(b, rep);
            i++;
            continue;
        }
        tl_buf_put(b, s + i - run, run);
        run = 0;
        if (c < 0x80) {
            /* character references keep tab/newline/CR through attribute
             * normalization; the other C0 controls are not XML 1.0 at all */
            tl_buf_puts(b, c == '\t' ? "&#9;" : c == '\n' ? "&#10;" : c == '\r' ? "&#13;" : "\xEF\xBF\xBD");
            i++;
            continue;
        }
        size_t l = tl_utf8_valid_len(s + i, n - i);
        if (l == 0 || (l == 3 && c == 0xEF && (unsigned char)s[i + 1] == 0xBF && (unsigned char)s[i + 2] >= 0xBE)) {
            tl_buf_put(b, "\xEF\xBF\xBD", 3);
            i += l ? l : 1;
            continue;
        }
        tl_buf_put(b, s + i, l);
        i += l;
    }
    tl_buf_put(b, s + i - run, run);
}

static int digits(const char *s, int n) {
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

int tl_export_timestamp(const char *d, char out[25]) {
    if (!d || !*d) return -1;
    size_t n = strlen(d);
    char y[5] = "", m[3] = "01", dd[3] = "01", t[13] = "00:00:00.000";
    if (n < 4 || !digits(d, 4)) return -1;
    memcpy(y, d, 4);
    if (n == 4) goto ok;
    if (n < 7 || d[4] != '-' || !digits(d + 5, 2)) return -1;
    memcpy(m, d + 5, 2);
    if (n == 7) goto ok;
    if (n < 10 || d[7] != '-' || !digits(d + 8, 2)) return -1;
    memcpy(dd, d + 8, 2);
    if (n == 10) goto ok;
    /* THH:MM:SS[.f{1,3}]Z */
    if (n < 20 || (d[10] != 'T' && d[10] != 't') || !digits(d + 11, 2) || d[13] != ':' || !digits(d + 14, 2) ||
        d[16] != ':' || !digits(d + 17, 2))
        return -1;
    memcpy(t, d + 11, 8);
    {
        size_t i = 19, f = 0;
        if (d[i] == '.') {
            for (i++; i < n && d[i] >= '0' && d[i] <= '9'; i++, f++)
                if (f < 3) t[9 + f] = d[i];
            if (f == 0 || f > 3) return -1;
        }
        if (i + 1 != n || (d[i] != 'Z' && d[i] != 'z')) return -1;
        if (atoi(t) > 23 || atoi(t + 3) > 59 || atoi(t + 6) > 60) return -1;
    }
ok:
    if (atoi(m) < 1 || atoi(m) > 12 || atoi(dd) < 1 || atoi(dd) > 31) return -1;
    snprintf(out, 25, "%s-%s-%sT%sZ", y, m, dd, t);
    return 0;
}

/* ---- the exporter ---------------------------------------------------------- */
/* STIX object kinds ("identity--..."). */
enum { K_IDENTITY, K_LOCATION, K_CAMPAIGN, K_RELATIONSHIP, K_NOTE, K_REPORT };
static const char *const kind_name[] = {"identity", "location", "campaign", "relationship", "note", "report"};

typedef struct ent_ix {       /* one exported entity */
    int64_t id;
    uint8_t kind;
    uint8_t uuid[16];
} ent_ix;

typedef struct doc_ref {      /* a document mentions / evidences an exported object */
    int64_t doc;
    uint8_t kind;
    uint8_t uuid[16];
    int64_t id;               /* entity or fact id (JSON) */
} doc_ref;

typedef struct ex {
    tl_store *st;
    const tl_export_opts *o;
    FILE *out;
    tl_error *err;
    int rc;                   /* first failure */
    tl_buf b;                 /* output waiting to be written */
    tl_buf ev1, ev2;          /* one fact's evidence, two renderings */
    int n_out;                /* records written in the current array */
    char ts[25];              /* STIX created/modified */
    tl_gaz *gaz;              /* country of a place (STIX), NULL without it */
    /* exported entities: appended while listing, sorted by id afterwards */
    ent_ix *ents;
    size_t n_ents, cap_ents;
    int sorted;
    /* UUIDs handed out, to split two entities of one type and name */
    uint8_t (*uset)[16];
    size_t uset_cap, uset_n;
    doc_ref *refs;
    size_t n_refs, cap_refs;
    /* the neighbourhood's entity ids (sorted), or none */
    int64_t *hood;
    size_t n_hood, cap_hood;
    int ev_n;                  /* evidence rows of the current fact */
    int64_t ev_last_doc;
    uint8_t cur_kind, cur_uuid[16];
    int64_t cur_id;
} ex;

/* GraphML and GEXF: a graph of entities and facts, without documents. */
static int graph_format(const ex *x) {
    return x->o->format == TL_EXPORT_GRAPHML || x->o->format == TL_EXPORT_GEXF;
}

static int fail(ex *x, int rc, const char *msg) {
    if (x->rc == TL_OK) {
        x->rc = rc;
        if (x->err) {
            x->err->code = rc;
            x->err->offset = -1;
            snprintf(x->err->msg, sizeof x->err->msg, "%s", msg);
        }
    }
    return 1; /* stops a store callback */
}

static void flush(ex *x, int force) {
    if (x->b.oom) { fail(x, TL_ENOMEM, "out of memory"); return; }
    if (!force && x->b.len < (1u << 16)) return;
    if (x->b.len && fwrite(x->b.p, 1, x->b.len, x->out) != x->b.len) fail(x, TL_EIO, "cannot write the export");
    x->b.len = 0;
}

static int grow(void **p, size_t *cap, size_t need, size_t size) {
    if (need <= *cap) return 1;
    size_t c = *cap ? *cap * 2 : 64;
    while (c < need) c *= 2;
    void *q = realloc(*p, c * size);
    if (!q) return 0;
    *p = q;
    *cap = c;
    return 1;
}

static int cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}
static int cmp_ent(const void *a, const void *b) { return cmp_i64(&((const ent_ix *)a)->id, &((const ent_ix *)b)->id); }
static int cmp_ref(const void *a, const void *b) {
    const doc_ref *x = a, *y = b;
    if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
    if (x->kind != y->kind) return x->kind < y->kind ? -1 : 1;
    return memcmp(x->uuid, y->uuid, 16);
}

static const ent_ix *ent_get(const ex *x, int64_t id) {
    if (!id) return NULL;
    ent_ix key = {.id = id};
    return bsearch(&key, x->ents, x->n_ents, sizeof *x->ents, cmp_ent);
}

/* Adds u to the set of handed-out UUIDs; 0 when it was there already. */
static int uset_add(ex *x, const uint8_t u[16]) {
    if ((x->uset_n + 1) * 4 > x->uset_cap * 3) {
        size_t nc = x->uset_cap ? x->uset_cap * 2 : 1024;
        uint8_t(*t)[16] = calloc(nc, 16);
        if (!t) { fail(x, TL_ENOMEM, "out of memory"); return 1; }
        for (size_t i = 0; i < x->uset_cap; i++) {
            static const uint8_t zero[16];
            if (memcmp(x->uset[i], zero, 16) == 0) continue;
            size_t h;
            memcpy(&h, x->uset[i], sizeof h);
            while (memcmp(t[h & (nc - 1)], zero, 16)) h++;
            memcpy(t[h & (nc - 1)], x->uset[i], 16);
        }
        free(x->uset);
        x->uset = t;
        x->uset_cap = nc;
    }
    static const uint8_t zero[16];
    size_t h;
    memcpy(&h, u, sizeof h);
    for (;; h++) {
        uint8_t *slot = x->uset[h & (x->uset_cap - 1)];
        if (memcmp(slot, u, 16) == 0) return 0;
        if (memcmp(slot, zero, 16) == 0) { memcpy(slot, u, 16); x->uset_n++; return 1; }
    }
}

static void add_ref(ex *x, int64_t doc, int kind, const uint8_t uuid[16], int64_t id) {
    if (!grow((void **)&x->refs, &x->cap_refs, x->n_refs + 1, sizeof *x->refs)) { fail(x, TL_ENOMEM, "out of memory"); return; }
    doc_ref *r = &x->refs[x->n_refs++];
    memset(r, 0, sizeof *r);
    r->doc = doc;
    r->kind = (uint8_t)kind;
    memcpy(r->uuid, uuid, 16);
    r->id = id;
}

/* ---- writing helpers ---- */
/* A buffer's text; "" before anything was put in it (p is still NULL). */
static const char *text_of(const tl_buf *b) { return b->p ? b->p : ""; }
/* The last component of a path ("reports/a.html" -> "a.html"). */
static const char *base_name(const char *path) {
    if (!path) return "";
    const char *slash = strrchr(path, '/');
    return slash && slash[1] ? slash + 1 : path;
}
static void js(tl_buf *b, const char *s) { tl_buf_json_str(b, s ? s : "", s ? strlen(s) : 0); }
static void js_or_null(tl_buf *b, const char *s) {
    if (s && *s) js(b, s);
    else tl_buf_puts(b, "null");
}
static void xs(tl_buf *b, const char *s) { tl_export_xml_str(b, s ? s : "", s ? strlen(s) : 0); }
static void put_stix_id(tl_buf *b, int kind, const uint8_t u[16]) {
    char s[37];
    uuid_fmt(u, s);
    tl_buf_printf(b, "\"%s--%s\"", kind_name[kind], s);
}
static void sep(ex *x) {
    tl_buf_puts(&x->b, x->n_out++ ? ",\n  " : "\n  ");
}
static const char *ent_type(int t) { return tl_ent_type_name(t) ? tl_ent_type_name(t) : "?"; }
static const char *fact_type(int t) { return tl_fact_type_name(t) ? tl_fact_type_name(t) : "?"; }
static const char *modality(int m) { return tl_modality_name(m) ? tl_modality_name(m) : "?"; }
static const char *status_name(int s) {
    static const char *const n[] = {NULL, "plotted", "attempted", "carried_out", "foiled"};
    return s > 0 && s < 5 ? n[s] : NULL;
}
/* Facts of these types say the same read in either direction. */
static int symmetric(int t) { return t == TL_ASSOCIATE_OF || t == TL_FAMILY_OF || t == TL_MET; }

static int stix_kind_of(int type) {
    switch (type) {
    case TL_GPE: case TL_LOC: case TL_FAC: return K_LOCATION;
    case TL_EVENT: return K_CAMPAIGN;
    default: return K_IDENTITY;
    }
}

/* ISO 3166-1 alpha-2 code of a place name the gazetteer knows, or NULL. */
static const char *country_code(const ex *x, const char *name) {
    if (!x->gaz) return NULL;
    size_t cl = 0;
    const char *c = tl_gaz_place_country(x->gaz, name, strlen(name), &cl);
    if (!c || !cl) return NULL;
    size_t lo = 0, hi = sizeof tl_export_cc / sizeof *tl_export_cc;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *k = tl_export_cc[mid].name;
        size_t i = 0;
        int d = 0;
        for (; i < cl && k[i]; i++) {
            unsigned char a = (unsigned char)c[i], bb = (unsigned char)k[i];
            if (a >= 'A' && a <= 'Z') a = (unsigned char)(a + 32);
            if (bb >= 'A' && bb <= 'Z') bb = (unsigned char)(bb + 32);
            if (a != bb) { d = a < bb ? -1 : 1; break; }
        }
        /* all of c matched: k is longer (c sorts first) or equal; a k
         * that ended first sorts first */
        if (!d) d = i < cl ? 1 : strnlen(k, cl + 1) > cl ? -1 : 0;
        if (!d) return tl_export_cc[mid].cc;
        if (d < 0) hi = mid;
        else lo = mid + 1;
    }
    return NULL;
}

/* The STIX region-ov value a place name spells ("Central Asia" ->
 * "central-asia"), or NULL. */
static const char *region_of(const char *name) {
    static const char *const ov[] = {
        "africa", "eastern-africa", "middle-africa", "northern-africa", "southern-africa", "western-africa",
        "americas", "latin-america-caribbean", "south-america", "caribbean", "central-america",
        "northern-america", "asia", "central-asia", "eastern-asia", "southern-asia", "south-eastern-asia",
        "western-asia", "europe", "eastern-europe", "northern-europe", "southern-europe", "western-europe",
        "oceania", "antarctica", "australia-new-zealand", "melanesia", "micronesia", "polynesia"};
    char slug[32];
    size_t n = 0;
    for (const char *p = name; *p; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        else if (c == ' ' || c == '-') c = '-';
        else if (c < 'a' || c > 'z') return NULL;
        if (n + 1 >= sizeof slug) return NULL;
        slug[n++] = c;
    }
    slug[n] = 0;
    for (size_t i = 0; i < sizeof ov / sizeof *ov; i++)
        if (strcmp(slug, ov[i]) == 0) return ov[i];
    return NULL;
}

/* ---- entities ---- */
typedef struct names_ctx {
    ex *x;
    const char *canonical;
    tl_buf *b;
    int n;
    int xml;
} names_ctx;

static int name_cb(void *ctx, const char *name, const char *kind, int64_t n_docs) {
    names_ctx *c = ctx;
    (void)n_docs;
    if (strcmp(kind, "canonical") == 0 || strcmp(name, c->canonical) == 0) return 0;
    if (c->xml) {
        if (c->n++) tl_buf_puts(c->b, "; ");
        xs(c->b, name);
    } else {
        if (c->n++) tl_buf_putc(c->b, ',');
        js(c->b, name);
    }
    return 0;
}

static int doc_of_entity_cb(void *ctx, const tl_store_doc *d) {
    ex *x = ctx;
    add_ref(x, d->id, x->cur_kind, x->cur_uuid, x->cur_id);
    return x->rc != TL_OK;
}

/* Appends the aliases of e to b, JSON strings separated by commas or XML
 * text separated by "; ".  Returns TL_OK or the store's error. */
static int put_aliases(ex *x, const tl_store_entity *e, tl_buf *b, int xml) {
    names_ctx c = {x, e->name, b, 0, xml};
    tl_error err = {0};
    if (tl_store_entity_names(x->st, e->id, name_cb, &c, &err) != TL_OK) {
        fail(x, err.code ? err.code : TL_EDB, err.msg);
        return TL_EDB;
    }
    return TL_OK;
}

static int entity_cb(void *ctx, const tl_store_entity *e) {
    ex *x = ctx;
    if (x->o->ent_types && !(x->o->ent_types & (1u << e->type))) return 0;
    if (!grow((void **)&x->ents, &x->cap_ents, x->n_ents + 1, sizeof *x->ents)) return fail(x, TL_ENOMEM, "out of memory");
    ent_ix *ix = &x->ents[x->n_ents++];
    ix->id = e->id;
    ix->kind = (uint8_t)stix_kind_of(e->type);
    /* The UUID names the entity by type and the name it was first seen
     * under, which a reindex (renumbering ids), a rename and a fuller name
     * found later leave as it is; two entities that share both get "#2",
     * "#3" in listing order. */
    char origin[512];
    int otype = e->type;
    tl_error oerr = {0};
    if (tl_store_entity_origin(x->st, e->id, &otype, origin, sizeof origin, &oerr) != TL_OK)
        return fail(x, oerr.code ? oerr.code : TL_EDB, oerr.msg);
    tl_buf key = TL_BUF_INIT;
    for (int k = 1;; k++) {
        key.len = 0;
        tl_buf_printf(&key, "threadline:entity:%s:", ent_type(otype));
        tl_buf_puts(&key, origin);
        if (k > 1) tl_buf_printf(&key, "#%d", k);
        if (key.oom) { tl_buf_free(&key); return fail(x, TL_ENOMEM, "out of memory"); }
        uuid_raw(key.p, key.len, ix->uuid);
        if (uset_add(x, ix->uuid) || x->rc != TL_OK) break;
    }
    tl_buf_free(&key);
    if (x->rc != TL_OK) return 1;
    tl_buf *b = &x->b;
    if (!graph_format(x)) {
        x->cur_kind = ix->kind;
        memcpy(x->cur_uuid, ix->uuid, 16);
        x->cur_id = e->id;
        tl_error err = {0};
        if (tl_store_entity_docs(x->st, e->id, doc_of_entity_cb, x, &err) != TL_OK)
            return fail(x, err.code ? err.code : TL_EDB, err.msg);
        if (x->rc != TL_OK) return 1;
    }
    switch (x->o->format) {
    case TL_EXPORT_JSON:
        sep(x);
        tl_buf_printf(b, "{\"id\": %lld, \"type\": \"%s\", \"name\": ", (long long)e->id, ent_type(e->type));
        js(b, e->name);
        tl_buf_puts(b, ", \"aliases\": [");
        if (put_aliases(x, e, b, 0) != TL_OK) return 1;
        tl_buf_printf(b, "], \"documents\": %lld, \"mentions\": %lld, \"facts\": %lld, \"first_seen\": ",
                      (long long)e->n_docs, (long long)e->n_mentions, (long long)e->n_facts);
        js_or_null(b, e->first_seen);
        tl_buf_puts(b, ", \"last_seen\": ");
        js_or_null(b, e->last_seen);
        tl_buf_putc(b, '}');
        break;
    case TL_EXPORT_GRAPHML:
        tl_buf_printf(b, "    <node id=\"n%lld\">\n      <data key=\"label\">", (long long)e->id);
        xs(b, e->name);
        tl_buf_puts(b, "</data>\n      <data key=\"name\">");
        xs(b, e->name);
        tl_buf_printf(b, "</data>\n      <data key=\"type\">%s</data>\n      <data key=\"aliases\">", ent_type(e->type));
        if (put_aliases(x, e, b, 1) != TL_OK) return 1;
        tl_buf_printf(b, "</data>\n      <data key=\"n_docs\">%lld</data>\n      <data key=\"n_mentions\">%lld</data>\n"
                         "      <data key=\"n_facts\">%lld</data>\n",
                      (long long)e->n_docs, (long long)e->n_mentions, (long long)e->n_facts);
        if (e->first_seen && *e->first_seen) {
            tl_buf_puts(b, "      <data key=\"first_seen\">");
            xs(b, e->first_seen);
            tl_buf_puts(b, "</data>\n");
        }
        if (e->last_seen && *e->last_seen) {
            tl_buf_puts(b, "      <data key=\"last_seen\">");
            xs(b, e->last_seen);
            tl_buf_puts(b, "</data>\n");
        }
        tl_buf_puts(b, "    </node>\n");
        break;
    case TL_EXPORT_GEXF:
        tl_buf_printf(b, "      <node id=\"n%lld\" label=\"", (long long)e->id);
        xs(b, e->name);
        tl_buf_printf(b, "\">\n        <attvalues>\n          <attvalue for=\"type\" value=\"%s\"/>\n"
                         "          <attvalue for=\"aliases\" value=\"", ent_type(e->type));
        if (put_aliases(x, e, b, 1) != TL_OK) return 1;
        tl_buf_printf(b, "\"/>\n          <attvalue for=\"n_docs\" value=\"%lld\"/>\n"
                         "          <attvalue for=\"n_mentions\" value=\"%lld\"/>\n"
                         "          <attvalue for=\"n_facts\" value=\"%lld\"/>\n",
                      (long long)e->n_docs, (long long)e->n_mentions, (long long)e->n_facts);
        if (e->first_seen && *e->first_seen) {
            tl_buf_puts(b, "          <attvalue for=\"first_seen\" value=\"");
            xs(b, e->first_seen);
            tl_buf_puts(b, "\"/>\n");
        }
        if (e->last_seen && *e->last_seen) {
            tl_buf_puts(b, "          <attvalue for=\"last_seen\" value=\"");
            xs(b, e->last_seen);
            tl_buf_puts(b, "\"/>\n");
        }
        tl_buf_puts(b, "        </attvalues>\n      </node>\n");
        break;
    default: { /* STIX */
        sep(x);
        tl_buf_printf(b, "{\"type\": \"%s\", \"spec_version\": \"2.1\", \"id\": ", kind_name[ix->kind]);
        put_stix_id(b, ix->kind, ix->uuid);
        tl_buf_printf(b, ", \"created\": \"%s\", \"modified\": \"%s\", \"name\": ", x->ts, x->ts);
        js(b, e->name);
        if (ix->kind == K_IDENTITY) {
            /* NORP names a nationality, religion or ethnic group as a whole:
             * STIX's "class" ("all Europeans"), not an organized "group" */
            const char *cls = e->type == TL_PERSON ? "individual" : e->type == TL_ORG ? "organization" : "class";
            tl_buf_printf(b, ", \"identity_class\": \"%s\"", cls);
        } else if (ix->kind == K_LOCATION) {
            /* A location needs a region, a country or coordinates: the
             * country when the gazetteer places the name, else "unknown" */
            const char *cc = country_code(x, e->name), *rg = cc ? NULL : region_of(e->name);
            if (cc) tl_buf_printf(b, ", \"country\": \"%s\"", cc);
            else tl_buf_printf(b, ", \"region\": \"%s\"", rg ? rg : "unknown");
        } else {
            char t[25];
            if (tl_export_timestamp(e->first_seen, t) == 0) tl_buf_printf(b, ", \"first_seen\": \"%s\"", t);
            if (tl_export_timestamp(e->last_seen, t) == 0) tl_buf_printf(b, ", \"last_seen\": \"%s\"", t);
        }
        /* identity and location have no aliases property of their own */
        const char *al = ix->kind == K_CAMPAIGN ? ", \"aliases\": [" : ", \"x_threadline_aliases\": [";
        tl_buf_puts(b, al);
        size_t at = b->len;
        if (put_aliases(x, e, b, 0) != TL_OK) return 1;
        if (b->len == at && !b->oom) { /* STIX lists are never empty: leave it out */
            b->len -= strlen(al);
            b->p[b->len] = 0;
        } else {
            tl_buf_putc(b, ']');
        }
        tl_buf_printf(b, ", \"x_threadline_type\": \"%s\", \"x_threadline_entity_id\": %lld, "
                         "\"x_threadline_documents\": %lld, \"x_threadline_mentions\": %lld",
                      ent_type(e->type), (long long)e->id, (long long)e->n_docs, (long long)e->n_mentions);
        if (e->first_seen && *e->first_seen && ix->kind != K_CAMPAIGN) {
            tl_buf_puts(b, ", \"x_threadline_first_seen\": ");
            js(b, e->first_seen);
            tl_buf_puts(b, ", \"x_threadline_last_seen\": ");
            js_or_null(b, e->last_seen);
        }
        tl_buf_putc(b, '}');
    }
    }
    flush(x, 0);
    return x->rc != TL_OK;
}

/* ---- facts ---- */
static int evidence_cb(void *ctx, const tl_store_evidence *ev) {
    ex *x = ctx;
    tl_buf *a = &x->ev1, *c = &x->ev2;
    int n = x->ev_n++;
    if (!graph_format(x) && ev->doc != x->ev_last_doc) {
        add_ref(x, ev->doc, x->cur_kind, x->cur_uuid, x->cur_id);
        x->ev_last_doc = ev->doc;
    }
    switch (x->o->format) {
    case TL_EXPORT_JSON:
        if (n) tl_buf_puts(a, ", ");
        tl_buf_puts(a, "{\"doc_id\": ");
        js(a, ev->doc_id);
        tl_buf_puts(a, ", \"path\": ");
        js(a, ev->doc_path);
        tl_buf_puts(a, ", \"title\": ");
        js_or_null(a, ev->doc_title);
        tl_buf_puts(a, ", \"published\": ");
        js_or_null(a, ev->published);
        tl_buf_printf(a, ", \"span\": [%u, %u], \"text\": ", ev->start, ev->end);
        tl_buf_json_str(a, ev->text, ev->len);
        tl_buf_printf(a, ", \"modality\": \"%s\", \"time_text\": ", modality(ev->modality));
        js_or_null(a, ev->time_text);
        tl_buf_putc(a, '}');
        break;
    case TL_EXPORT_GRAPHML: /* a: the sentences, c: their documents */
    case TL_EXPORT_GEXF:
        if (n) { tl_buf_puts(a, "&#10;"); tl_buf_puts(c, "&#10;"); }
        tl_export_xml_str(a, ev->text, ev->len);
        xs(c, ev->doc_path);
        break;
    default: /* STIX: a: the description, c: x_threadline_evidence */
        if (n) { tl_buf_put(a, "\n", 1); tl_buf_puts(c, ", "); }
        tl_buf_put(a, ev->text, ev->len);
        tl_buf_puts(c, "{\"doc_id\": ");
        js(c, ev->doc_id);
        tl_buf_puts(c, ", \"path\": ");
        js(c, ev->doc_path);
        tl_buf_printf(c, ", \"span\": [%u, %u], \"modality\": \"%s\"}", ev->start, ev->end, modality(ev->modality));
    }
    return 0;
}

static int load_evidence(ex *x, const tl_store_fact *f) {
    x->ev1.len = x->ev2.len = 0;
    if (x->ev1.p) x->ev1.p[0] = 0;
    x->ev_n = 0;
    x->ev_last_doc = -1;
    tl_error err = {0};
    if (tl_store_fact_evidence(x->st, f->id, evidence_cb, x, &err) != TL_OK)
        return fail(x, err.code ? err.code : TL_EDB, err.msg);
    if (x->ev1.oom || x->ev2.oom) return fail(x, TL_ENOMEM, "out of memory");
    return x->rc != TL_OK;
}

static void put_amount_json(tl_buf *b, const tl_store_fact *f) {
    if (!f->amount_text || !f->amount_text[0]) { tl_buf_puts(b, "null"); return; }
    tl_buf_puts(b, "{\"text\": ");
    js(b, f->amount_text);
    if (isfinite(f->amount_value)) tl_buf_printf(b, ", \"value\": %.15g", f->amount_value);
    else tl_buf_puts(b, ", \"value\": null");
    tl_buf_puts(b, ", \"currency\": ");
    js_or_null(b, f->currency);
    tl_buf_putc(b, '}');
}

/* The second end of a fact's edge: its second role, else its third ("by",
 * "to"); 0 for a fact about one entity. */
static int target_role(const tl_store_fact *f) { return f->args[1] ? 1 : f->args[2] ? 2 : -1; }

static int write_fact(ex *x, const tl_store_fact *f) {
    tl_buf *b = &x->b;
    const ent_ix *role[3] = {NULL, NULL, NULL};
    for (int r = 0; r < 3; r++)
        if (f->args[r]) role[r] = ent_get(x, f->args[r]);
    const ent_ix *place = ent_get(x, f->place), *source = ent_get(x, f->source);
    int tr = target_role(f);
    const char *st = status_name(f->status);

    /* the fact's STIX object: a relationship between two entities, a note
     * about one; its UUID names the type, negation and the role entities */
    x->cur_kind = tr >= 0 ? K_RELATIONSHIP : K_NOTE;
    x->cur_id = f->id;
    {
        char key[64 + 3 * 40], u[3][37] = {"", "", ""};
        for (int r = 0; r < 3; r++)
            if (role[r]) uuid_fmt(role[r]->uuid, u[r]);
        int kl = snprintf(key, sizeof key, "threadline:fact:%s:%d:%s:%s:%s", fact_type(f->type), f->negated, u[0], u[1], u[2]);
        uuid_raw(key, (size_t)kl, x->cur_uuid);
    }
    if (load_evidence(x, f)) return 1;

    switch (x->o->format) {
    case TL_EXPORT_JSON:
        sep(x);
        tl_buf_printf(b, "{\"id\": %lld, \"type\": \"%s\", \"roles\": {", (long long)f->id, fact_type(f->type));
        for (int r = 0, n = 0; r < 3; r++) {
            const char *rn = tl_fact_role_name(f->type, r);
            if (!f->args[r]) continue;
            tl_buf_printf(b, "%s\"%s\": %lld", n++ ? ", " : "", rn ? rn : r == 0 ? "a" : r == 1 ? "b" : "c",
                          (long long)f->args[r]);
        }
        tl_buf_puts(b, "}, \"status\": ");
        js_or_null(b, st);
        tl_buf_printf(b, ", \"modality\": \"%s\", \"negated\": %s, \"rejected\": %s, \"time\": ", modality(f->modality),
                      f->negated ? "true" : "false", f->rejected ? "true" : "false");
        js_or_null(b, f->time_value);
        if (place) tl_buf_printf(b, ", \"place\": %lld", (long long)f->place);
        else tl_buf_puts(b, ", \"place\": null");
        tl_buf_puts(b, ", \"place_name\": ");
        js_or_null(b, f->place ? f->place_name : NULL);
        tl_buf_puts(b, ", \"amount\": ");
        put_amount_json(b, f);
        if (source) tl_buf_printf(b, ", \"source\": %lld", (long long)f->source);
        else tl_buf_puts(b, ", \"source\": null");
        tl_buf_puts(b, ", \"source_name\": ");
        js_or_null(b, f->source ? f->source_name : NULL);
        tl_buf_printf(b, ", \"n_evidence\": %lld, \"evidence\": [", (long long)f->n_evidence);
        tl_buf_put(b, text_of(&x->ev1), x->ev1.len);
        tl_buf_puts(b, "]}");
        break;
    case TL_EXPORT_GRAPHML: {
        /* a fact about one entity (an arrest with no "by") is a self-loop,
         * so that every fact is an edge.  Symmetric facts say so in a data
         * key, not with directed="false": NetworkX refuses a graph that mixes
         * directed and undirected edges. */
        int64_t to = tr >= 0 ? f->args[tr] : f->args[0];
        const char *tn = tr >= 0 ? tl_fact_role_name(f->type, tr) : NULL;
        tl_buf_printf(b, "    <edge id=\"f%lld\" source=\"n%lld\" target=\"n%lld\">\n", (long long)f->id,
                      (long long)f->args[0], (long long)to);
        tl_buf_printf(b, "      <data key=\"fact_type\">%s</data>\n      <data key=\"elabel\">%s</data>\n"
                         "      <data key=\"fact_id\">%lld</data>\n      <data key=\"modality\">%s</data>\n",
                      fact_type(f->type), fact_type(f->type), (long long)f->id, modality(f->modality));
        tl_buf_printf(b, "      <data key=\"source_role\">%s</data>\n      <data key=\"target_role\">%s</data>\n",
                      tl_fact_role_name(f->type, 0) ? tl_fact_role_name(f->type, 0) : "", tn ? tn : "");
        if (st) tl_buf_printf(b, "      <data key=\"status\">%s</data>\n", st);
        if (f->time_value && *f->time_value) {
            tl_buf_puts(b, "      <data key=\"time\">");
            xs(b, f->time_value);
            tl_buf_puts(b, "</data>\n");
        }
        if (f->place) {
            tl_buf_puts(b, "      <data key=\"place\">");
            xs(b, f->place_name);
            tl_buf_puts(b, "</data>\n");
        }
        if (f->source) {
            tl_buf_puts(b, "      <data key=\"reported_by\">");
            xs(b, f->source_name);
            tl_buf_puts(b, "</data>\n");
        }
        if (f->amount_text && *f->amount_text) {
            tl_buf_puts(b, "      <data key=\"amount\">");
            xs(b, f->amount_text);
            tl_buf_puts(b, "</data>\n");
        }
        tl_buf_printf(b, "      <data key=\"symmetric\">%s</data>\n", symmetric(f->type) ? "true" : "false");
        tl_buf_printf(b, "      <data key=\"negated\">%s</data>\n      <data key=\"rejected\">%s</data>\n"
                         "      <data key=\"n_evidence\">%lld</data>\n      <data key=\"evidence\">",
                      f->negated ? "true" : "false", f->rejected ? "true" : "false", (long long)f->n_evidence);
        tl_buf_put(b, text_of(&x->ev1), x->ev1.len);
        tl_buf_puts(b, "</data>\n      <data key=\"documents\">");
        tl_buf_put(b, text_of(&x->ev2), x->ev2.len);
        tl_buf_puts(b, "</data>\n    </edge>\n");
        break;
    }
    case TL_EXPORT_GEXF: {
        /* as in GraphML: a fact about one entity is a self-loop; symmetric
         * facts are undirected edges (GEXF allows both kinds in one graph) */
        int64_t to = tr >= 0 ? f->args[tr] : f->args[0];
        const char *tn = tr >= 0 ? tl_fact_role_name(f->type, tr) : NULL;
        const char *r0 = tl_fact_role_name(f->type, 0);
        tl_buf_printf(b, "      <edge id=\"f%lld\" source=\"n%lld\" target=\"n%lld\" label=\"%s\"%s>\n"
                         "        <attvalues>\n",
                      (long long)f->id, (long long)f->args[0], (long long)to, fact_type(f->type),
                      symmetric(f->type) ? " type=\"undirected\"" : "");
        tl_buf_printf(b, "          <attvalue for=\"fact_type\" value=\"%s\"/>\n"
                         "          <attvalue for=\"fact_id\" value=\"%lld\"/>\n"
                         "          <attvalue for=\"modality\" value=\"%s\"/>\n"
                         "          <attvalue for=\"source_role\" value=\"%s\"/>\n"
                         "          <attvalue for=\"target_role\" value=\"%s\"/>\n",
                      fact_type(f->type), (long long)f->id, modality(f->modality), r0 ? r0 : "", tn ? tn : "");
        if (st) tl_buf_printf(b, "          <attvalue for=\"status\" value=\"%s\"/>\n", st);
        const char *opt_name[4] = {"time", "place", "reported_by", "amount"};
        const char *opt_val[4] = {f->time_value, f->place ? f->place_name : NULL, f->source ? f->source_name : NULL,
                                  f->amount_text};
        for (int k = 0; k < 4; k++) {
            if (!opt_val[k] || !*opt_val[k]) continue;
            tl_buf_printf(b, "          <attvalue for=\"%s\" value=\"", opt_name[k]);
            xs(b, opt_val[k]);
            tl_buf_puts(b, "\"/>\n");
        }
        tl_buf_printf(b, "          <attvalue for=\"negated\" value=\"%s\"/>\n"
                         "          <attvalue for=\"rejected\" value=\"%s\"/>\n"
                         "          <attvalue for=\"n_evidence\" value=\"%lld\"/>\n"
                         "          <attvalue for=\"evidence\" value=\"",
                      f->negated ? "true" : "false", f->rejected ? "true" : "false", (long long)f->n_evidence);
        tl_buf_put(b, text_of(&x->ev1), x->ev1.len);
        tl_buf_puts(b, "\"/>\n          <attvalue for=\"documents\" value=\"");
        tl_buf_put(b, text_of(&x->ev2), x->ev2.len);
        tl_buf_puts(b, "\"/>\n        </attvalues>\n      </edge>\n");
        break;
    }
    default: { /* STIX */
        sep(x);
        tl_buf_printf(b, "{\"type\": \"%s\", \"spec_version\": \"2.1\", \"id\": ", kind_name[x->cur_kind]);
        put_stix_id(b, x->cur_kind, x->cur_uuid);
        tl_buf_printf(b, ", \"created\": \"%s\", \"modified\": \"%s\"", x->ts, x->ts);
        if (x->cur_kind == K_RELATIONSHIP) {
            /* relationship_type: the fact type in STIX's lower-case hyphenated
             * form; LOCATED_IN is STIX's own "located-at"; with the third
             * role as target the verb says so ("arrested-by", "extradited-to") */
            char rt[48];
            if (f->type == TL_LOCATED_IN) snprintf(rt, sizeof rt, "located-at");
            else {
                size_t i = 0;
                for (const char *p = fact_type(f->type); *p && i + 1 < sizeof rt; p++)
                    rt[i++] = *p == '_' ? '-' : (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
                rt[i] = 0;
                const char *third = tr == 2 ? tl_fact_role_name(f->type, 2) : NULL;
                if (third) snprintf(rt + i, sizeof rt - i, "-%s", third);
            }
            tl_buf_printf(b, ", \"relationship_type\": \"%s\", \"source_ref\": ", rt);
            put_stix_id(b, role[0]->kind, role[0]->uuid);
            tl_buf_puts(b, ", \"target_ref\": ");
            put_stix_id(b, role[tr]->kind, role[tr]->uuid);
            if (x->ev1.len) {
                tl_buf_puts(b, ", \"description\": ");
                tl_buf_json_str(b, text_of(&x->ev1), x->ev1.len);
            }
            char t[25];
            if (tl_export_timestamp(f->time_value, t) == 0) tl_buf_printf(b, ", \"start_time\": \"%s\"", t);
        } else {
            tl_buf_puts(b, ", \"abstract\": ");
            {
                tl_buf ab = TL_BUF_INIT;
                tl_buf_printf(&ab, "%s%s: ", f->negated ? "NOT " : "", fact_type(f->type));
                tl_buf_puts(&ab, f->arg_names[0] ? f->arg_names[0] : "?");
                if (ab.oom) { tl_buf_free(&ab); return fail(x, TL_ENOMEM, "out of memory"); }
                tl_buf_json_str(b, ab.p, ab.len);
                tl_buf_free(&ab);
            }
            tl_buf_puts(b, ", \"content\": ");
            tl_buf_json_str(b, text_of(&x->ev1), x->ev1.len);
            tl_buf_puts(b, ", \"object_refs\": [");
            put_stix_id(b, role[0]->kind, role[0]->uuid);
            tl_buf_putc(b, ']');
        }
        if (f->rejected) tl_buf_puts(b, ", \"revoked\": true"); /* an analyst withdrew it */
        tl_buf_printf(b, ", \"x_threadline_fact_type\": \"%s\", \"x_threadline_fact_id\": %lld, "
                         "\"x_threadline_modality\": \"%s\", \"x_threadline_negated\": %s",
                      fact_type(f->type), (long long)f->id, modality(f->modality), f->negated ? "true" : "false");
        if (st) tl_buf_printf(b, ", \"x_threadline_status\": \"%s\"", st);
        if (f->time_value && *f->time_value) {
            tl_buf_puts(b, ", \"x_threadline_time\": ");
            js(b, f->time_value);
        }
        if (f->place) {
            tl_buf_puts(b, ", \"x_threadline_place\": ");
            js(b, f->place_name);
            if (place) {
                tl_buf_puts(b, ", \"x_threadline_place_ref\": ");
                put_stix_id(b, place->kind, place->uuid);
            }
        }
        if (f->source) {
            tl_buf_puts(b, ", \"x_threadline_source\": ");
            js(b, f->source_name);
            if (source) {
                tl_buf_puts(b, ", \"x_threadline_source_ref\": ");
                put_stix_id(b, source->kind, source->uuid);
            }
        }
        if (f->amount_text && *f->amount_text) {
            tl_buf_puts(b, ", \"x_threadline_amount\": ");
            put_amount_json(b, f);
        }
        tl_buf_puts(b, ", \"x_threadline_evidence\": [");
        tl_buf_put(b, text_of(&x->ev2), x->ev2.len);
        tl_buf_puts(b, "]}");
    }
    }
    flush(x, 0);
    return x->rc != TL_OK;
}

static int fact_cb(void *ctx, const tl_store_fact *f) {
    ex *x = ctx;
    if (x->o->fact_types && !(x->o->fact_types & (1u << f->type))) return 0;
    if (!x->o->include_rejected && f->rejected) return 0;
    if (!f->args[0]) return 0;
    for (int r = 0; r < 3; r++)
        if (f->args[r] && !ent_get(x, f->args[r])) return 0; /* a role outside the export */
    return write_fact(x, f);
}

/* ---- documents ---- */
typedef struct doc_pass {
    ex *x;
    int latest_only;          /* 1: only compute the latest published date */
    char latest[25];
} doc_pass;

static int doc_cb(void *ctx, const tl_store_doc *d) {
    doc_pass *p = ctx;
    ex *x = p->x;
    char t[25];
    if (p->latest_only) {
        if (tl_export_timestamp(d->published, t) == 0 && strcmp(t, p->latest) > 0) memcpy(p->latest, t, sizeof t);
        return 0;
    }
    doc_ref key = {.doc = d->id};
    size_t lo = 0, hi = x->n_refs;
    while (lo < hi) { /* first ref of this document */
        size_t mid = (lo + hi) / 2;
        if (x->refs[mid].doc < key.doc) lo = mid + 1;
        else hi = mid;
    }
    if (lo >= x->n_refs || x->refs[lo].doc != d->id) return 0; /* nothing exported from it */
    tl_buf *b = &x->b;
    sep(x);
    if (x->o->format == TL_EXPORT_JSON) {
        tl_buf_printf(b, "{\"id\": %lld, \"doc_id\": ", (long long)d->id);
        js(b, d->sha256);
        tl_buf_puts(b, ", \"path\": ");
        js(b, d->path);
        tl_buf_puts(b, ", \"title\": ");
        js_or_null(b, d->title);
        tl_buf_puts(b, ", \"published\": ");
        js_or_null(b, d->published);
        tl_buf_puts(b, ", \"url\": ");
        js_or_null(b, d->url);
        tl_buf_puts(b, "}");
    } else {
        uint8_t u[16];
        tl_buf key2 = TL_BUF_INIT;
        tl_buf_puts(&key2, "threadline:document:");
        tl_buf_puts(&key2, d->sha256 ? d->sha256 : "");
        if (key2.oom) { tl_buf_free(&key2); return fail(x, TL_ENOMEM, "out of memory"); }
        uuid_raw(key2.p, key2.len, u);
        tl_buf_free(&key2);
        tl_buf_puts(b, "{\"type\": \"report\", \"spec_version\": \"2.1\", \"id\": ");
        put_stix_id(b, K_REPORT, u);
        tl_buf_printf(b, ", \"created\": \"%s\", \"modified\": \"%s\", \"name\": ", x->ts, x->ts);
        /* untitled: the file name, never the folders it was read from */
        if (d->title && *d->title) js(b, d->title);
        else js(b, base_name(d->path));
        /* STIX requires "published": an undated document gets the time it
         * was ingested, and the report says so */
        int dated = tl_export_timestamp(d->published, t) == 0;
        if (!dated && tl_export_timestamp(d->ingested_at, t) != 0) memcpy(t, x->ts, sizeof t);
        tl_buf_printf(b, ", \"report_types\": [\"threat-report\"], \"published\": \"%s\"", t);
        if (!dated)
            tl_buf_puts(b, ", \"description\": \"The document gives no publication date: 'published' is the time "
                           "it was ingested.\", \"x_threadline_published_from\": \"ingest_time\"");
        tl_buf_puts(b, ", \"object_refs\": [");
        for (size_t i = lo, n = 0; i < x->n_refs && x->refs[i].doc == d->id; i++) {
            if (i > lo && x->refs[i].kind == x->refs[i - 1].kind && !memcmp(x->refs[i].uuid, x->refs[i - 1].uuid, 16))
                continue;
            if (n++) tl_buf_puts(b, ", ");
            put_stix_id(b, x->refs[i].kind, x->refs[i].uuid);
        }
        tl_buf_puts(b, "], \"external_references\": [{\"source_name\": \"threadline\", \"external_id\": ");
        js(b, d->sha256);
        if (d->url && *d->url) {
            tl_buf_puts(b, ", \"url\": ");
            js(b, d->url);
        }
        tl_buf_puts(b, "}], \"x_threadline_path\": ");
        js(b, d->path);
        tl_buf_putc(b, '}');
    }
    flush(x, 0);
    return x->rc != TL_OK;
}

/* ---- the neighbourhood ---- */
static int hood_add(ex *x, int64_t id) {
    if (!grow((void **)&x->hood, &x->cap_hood, x->n_hood + 1, sizeof *x->hood)) return fail(x, TL_ENOMEM, "out of memory");
    x->hood[x->n_hood++] = id;
    return 0;
}
static int hood_cb(void *ctx, const tl_store_entity *e, int distance, const tl_store_hop *hop) {
    (void)distance;
    (void)hop;
    return hood_add(ctx, e->id);
}
static int found_cb(void *ctx, const tl_store_entity *e) {
    *(int64_t *)ctx = e->id;
    return 1;
}

/* Facts touching one entity of the neighbourhood; fact_cb keeps those
 * whose roles are all inside it.  Ids are collected and sorted first so that
 * a fact between two members is written once, in id order. */
typedef struct fid_ctx {
    ex *x;
    int64_t *v;
    size_t n, cap;
} fid_ctx;
static int fid_cb(void *ctx, const tl_store_fact *f) {
    fid_ctx *c = ctx;
    if (!grow((void **)&c->v, &c->cap, c->n + 1, sizeof *c->v)) return fail(c->x, TL_ENOMEM, "out of memory");
    c->v[c->n++] = f->id;
    return 0;
}

static void run_facts(ex *x) {
    const tl_export_opts *o = x->o;
    tl_error err = {0};
    tl_store_fact_filter ff = {.type = -1, .modality = -1, .since = o->since, .until = o->until,
                               .include_rejected = o->include_rejected};
    /* one type asked for: let the store filter it */
    if (o->fact_types && (o->fact_types & (o->fact_types - 1)) == 0)
        for (int t = 0; t < TL_FACT_TYPE_COUNT; t++)
            if (o->fact_types == 1u << t) ff.type = t;
    if (!o->entity) {
        if (tl_store_facts(x->st, &ff, fact_cb, x, &err) != TL_OK) fail(x, err.code ? err.code : TL_EDB, err.msg);
        return;
    }
    fid_ctx c = {x, NULL, 0, 0};
    for (size_t i = 0; i < x->n_ents && x->rc == TL_OK; i++) {
        ff.entity = x->ents[i].id;
        if (tl_store_facts(x->st, &ff, fid_cb, &c, &err) != TL_OK) fail(x, err.code ? err.code : TL_EDB, err.msg);
    }
    if (c.n) qsort(c.v, c.n, sizeof *c.v, cmp_i64);
    ff.entity = 0;
    for (size_t i = 0; i < c.n && x->rc == TL_OK; i++) {
        if (i && c.v[i] == c.v[i - 1]) continue;
        ff.id = c.v[i];
        if (tl_store_facts(x->st, &ff, fact_cb, x, &err) != TL_OK) fail(x, err.code ? err.code : TL_EDB, err.msg);
    }
    free(c.v);
}

static void run_entities(ex *x) {
    const tl_export_opts *o = x->o;
    tl_error err = {0};
    if (!o->entity) {
        tl_store_entity_filter ef = {.type = -1};
        if (o->ent_types && (o->ent_types & (o->ent_types - 1)) == 0)
            for (int t = 0; t < TL_ENT_TYPE_COUNT; t++)
                if (o->ent_types == 1u << t) ef.type = t;
        if (tl_store_entities(x->st, &ef, entity_cb, x, &err) != TL_OK) fail(x, err.code ? err.code : TL_EDB, err.msg);
        return;
    }
    /* the neighbourhood, written in id order */
    for (size_t i = 0; i < x->n_hood && x->rc == TL_OK; i++) {
        tl_store_entity_filter ef = {.type = -1, .id = x->hood[i]};
        if (tl_store_entities(x->st, &ef, entity_cb, x, &err) != TL_OK) fail(x, err.code ? err.code : TL_EDB, err.msg);
    }
}

static void gexf_head(tl_buf *b) {
    static const char *const node_keys[][2] = {
        {"type", "string"}, {"aliases", "string"}, {"n_docs", "long"}, {"n_mentions", "long"},
        {"n_facts", "long"}, {"first_seen", "string"}, {"last_seen", "string"}};
    static const char *const edge_keys[][2] = {
        {"fact_type", "string"}, {"fact_id", "long"}, {"modality", "string"}, {"source_role", "string"},
        {"target_role", "string"}, {"status", "string"}, {"time", "string"}, {"place", "string"},
        {"reported_by", "string"}, {"amount", "string"}, {"negated", "boolean"}, {"rejected", "boolean"},
        {"n_evidence", "long"}, {"evidence", "string"}, {"documents", "string"}};
    tl_buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
                   "  <meta>\n    <creator>threadline</creator>\n  </meta>\n"
                   "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
                   "    <attributes class=\"node\">\n");
    for (size_t i = 0; i < sizeof node_keys / sizeof *node_keys; i++)
        tl_buf_printf(b, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", node_keys[i][0], node_keys[i][0],
                      node_keys[i][1]);
    tl_buf_puts(b, "    </attributes>\n    <attributes class=\"edge\">\n");
    for (size_t i = 0; i < sizeof edge_keys / sizeof *edge_keys; i++)
        tl_buf_printf(b, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", edge_keys[i][0], edge_keys[i][0],
                      edge_keys[i][1]);
    tl_buf_puts(b, "    </attributes>\n    <nodes>\n");
}

static void graphml_head(tl_buf *b) {
    static const char *const node_keys[][2] = {
        {"label", "string"}, {"name", "string"}, {"type", "string"}, {"aliases", "string"}, {"n_docs", "long"},
        {"n_mentions", "long"}, {"n_facts", "long"}, {"first_seen", "string"}, {"last_seen", "string"}};
    static const char *const edge_keys[][3] = {
        {"fact_type", "type", "string"}, {"fact_id", "fact_id", "long"}, {"modality", "modality", "string"},
        {"source_role", "source_role", "string"}, {"target_role", "target_role", "string"},
        {"status", "status", "string"}, {"time", "time", "string"}, {"place", "place", "string"},
        {"reported_by", "reported_by", "string"}, {"amount", "amount", "string"},
        {"symmetric", "symmetric", "boolean"}, {"negated", "negated", "boolean"}, {"rejected", "rejected", "boolean"},
        {"n_evidence", "n_evidence", "long"}, {"evidence", "evidence", "string"},
        {"documents", "documents", "string"}};
    tl_buf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                   "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                   "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                   "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (size_t i = 0; i < sizeof node_keys / sizeof *node_keys; i++)
        tl_buf_printf(b, "  <key id=\"%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", node_keys[i][0],
                      node_keys[i][0], node_keys[i][1]);
    /* edge "label" shares the node key's name: yEd and Gephi show it */
    tl_buf_puts(b, "  <key id=\"elabel\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n");
    for (size_t i = 0; i < sizeof edge_keys / sizeof *edge_keys; i++)
        tl_buf_printf(b, "  <key id=\"%s\" for=\"edge\" attr.name=\"%s\" attr.type=\"%s\"/>\n", edge_keys[i][0],
                      edge_keys[i][1], edge_keys[i][2]);
    tl_buf_puts(b, "  <graph id=\"threadline\" edgedefault=\"directed\">\n");
}

int tl_export_write(tl_store *st, const tl_export_opts *o, FILE *out, tl_error *err) {
    if (!st || !o || !out || o->format < 0 || o->format >= TL_EXPORT_FORMAT_COUNT || o->format == TL_EXPORT_CSV) {
        if (err) { err->code = TL_EINVAL; err->offset = -1; snprintf(err->msg, sizeof err->msg, "bad export arguments"); }
        return TL_EINVAL;
    }
    ex x = {.st = st, .o = o, .out = out, .err = err, .rc = TL_OK};
    tl_error e2 = {0};
    if (o->timestamp && tl_export_timestamp(o->timestamp, x.ts) != 0) {
        fail(&x, TL_EINVAL, "bad timestamp (use 2024-06-06 or 2024-06-06T12:00:00Z)");
        return x.rc;
    }
    if (o->entity) {
        int64_t found = 0;
        tl_store_entity_filter ef = {.type = -1, .id = o->entity};
        if (tl_store_entities(st, &ef, found_cb, &found, &e2) != TL_OK) { fail(&x, TL_EDB, e2.msg); return x.rc; }
        if (!found) { fail(&x, TL_ENOTFOUND, "no such entity"); return x.rc; }
        hood_add(&x, o->entity);
        if (o->hops > 0 && x.rc == TL_OK &&
            tl_store_neighbors(st, o->entity, o->hops, o->limit > 0 ? o->limit : 100000, hood_cb, &x, &e2) != TL_OK)
            fail(&x, e2.code ? e2.code : TL_EDB, e2.msg);
        if (x.rc == TL_OK) qsort(x.hood, x.n_hood, sizeof *x.hood, cmp_i64);
    }
    if (o->format == TL_EXPORT_STIX && x.rc == TL_OK) {
        if (!o->timestamp) {
            doc_pass p = {&x, 1, "1970-01-01T00:00:00.000Z"};
            if (tl_store_entity_docs(st, 0, doc_cb, &p, &e2) != TL_OK) fail(&x, e2.code ? e2.code : TL_EDB, e2.msg);
            memcpy(x.ts, p.latest, sizeof x.ts);
        }
        /* NULL only when out of memory: an error, not a bundle whose
         * locations silently lost their countries */
        if (!(x.gaz = tl_gaz_open())) fail(&x, TL_ENOMEM, "out of memory");
    }
    if (x.rc != TL_OK) goto done;

    tl_buf *b = &x.b;
    switch (o->format) {
    case TL_EXPORT_JSON: tl_buf_puts(b, "{\"threadline_export\": 1,\n\"entities\": ["); break;
    case TL_EXPORT_GRAPHML: graphml_head(b); break;
    case TL_EXPORT_GEXF: gexf_head(b); break;
    default: {
        /* the bundle's id names the snapshot: timestamp and options */
        char key[512];
        int kl = snprintf(key, sizeof key, "threadline:bundle:%s:%lld:%d:%x:%x:%s:%s:%d", x.ts, (long long)o->entity,
                          o->hops, o->ent_types, o->fact_types, o->since ? o->since : "", o->until ? o->until : "",
                          o->include_rejected);
        uint8_t u[16];
        uuid_raw(key, (size_t)kl < sizeof key ? (size_t)kl : sizeof key - 1, u);
        char s[37];
        uuid_fmt(u, s);
        tl_buf_printf(b, "{\"type\": \"bundle\", \"id\": \"bundle--%s\", \"objects\": [", s);
    }
    }

    run_entities(&x);
    if (x.rc != TL_OK) goto done;
    if (x.n_ents) qsort(x.ents, x.n_ents, sizeof *x.ents, cmp_ent); /* NULL when nothing matched */
    if (o->format == TL_EXPORT_JSON) { tl_buf_puts(b, "\n],\n\"facts\": ["); x.n_out = 0; }
    if (o->format == TL_EXPORT_GEXF) tl_buf_puts(b, "    </nodes>\n    <edges>\n");
    run_facts(&x);
    if (x.rc != TL_OK) goto done;
    if (o->format == TL_EXPORT_GRAPHML) {
        tl_buf_puts(b, "  </graph>\n</graphml>\n");
    } else if (o->format == TL_EXPORT_GEXF) {
        tl_buf_puts(b, "    </edges>\n  </graph>\n</gexf>\n");
    } else {
        if (o->format == TL_EXPORT_JSON) { tl_buf_puts(b, "\n],\n\"documents\": ["); x.n_out = 0; }
        if (x.n_refs) qsort(x.refs, x.n_refs, sizeof *x.refs, cmp_ref);
        doc_pass p = {&x, 0, ""};
        if (tl_store_entity_docs(st, 0, doc_cb, &p, &e2) != TL_OK) fail(&x, e2.code ? e2.code : TL_EDB, e2.msg);
        if (x.rc != TL_OK) goto done;
        tl_buf_puts(b, "\n]}\n");
    }
    flush(&x, 1);
    if (x.rc == TL_OK && fflush(out) != 0) fail(&x, TL_EIO, "cannot write the export");
done:
    tl_gaz_close(x.gaz);
    tl_buf_free(&x.b);
    tl_buf_free(&x.ev1);
    tl_buf_free(&x.ev2);
    free(x.ents);
    free(x.uset);
    free(x.refs);
    free(x.hood);
    return x.rc;
}
