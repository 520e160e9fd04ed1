/* tl_store_pg_resolve.c -- the PostgreSQL backend's cross-document resolution: lookup keys of names, candidates for a document's entities, the reasons each joined. */
#include "tl_store_pg_int.h"
#include "tl_gaz.h"
#include "tl_namekey.h"
#include "tl_resolve.h"
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- names and resolution ---------------------------------------------------- */
/* Rows of entity_names being gathered: key, kind, entity, name, origin. */
typedef struct namerows {
    arr c[5];
} namerows;

/* Calls fn(ctx, key, kind) for each lookup key of one surface name of an
 * entity of tl_ent_type `type`: the kinds of tl_resolve.h, as the SQLite
 * backend keeps them (an organization's short form among them). */
typedef void (*namekey_fn)(void *ctx, const char *key, int kind);
static void name_keys(int type, const char *name, size_t len, namekey_fn fn, void *ctx) {
    char key[TL_RESOLVE_KEY_MAX], k2[TL_RESOLVE_KEY_MAX], k3[TL_RESOLVE_KEY_MAX];
    if (!tl_resolve_key(name, len, key, sizeof key)) return;
    fn(ctx, key, TL_KEY_EXACT);
    if (tl_resolve_variant(key, type, k2, sizeof k2)) {
        fn(ctx, k2, TL_KEY_PHON);
        /* an organization's last two words: a short form of it that joins
         * only with shared context ("Revolutionary Guards") */
        if (type == TL_ORG && tl_resolve_tail(k2, k3, sizeof k3)) fn(ctx, k3, TL_KEY_TAIL);
    }
    if (tl_resolve_words(key) >= 2) {
        if (type == TL_PERSON) {
            if (tl_resolve_surname(key, k2, sizeof k2)) fn(ctx, k2, TL_KEY_SUR);
        } else if (tl_resolve_acronym(key, k2, sizeof k2)) {
            fn(ctx, k2, TL_KEY_ACR);
            /* "DoJ" for "Department of Justice", as the SQLite backend keys it */
            if (tl_namekey_acronym2(key, 1, k3, sizeof k3) && strcmp(k2, k3)) fn(ctx, k3, TL_KEY_ACR);
        }
    }
    if (tl_resolve_is_short_form(name, len)) fn(ctx, key, TL_KEY_SHORT);
}

/* One name's rows being added by name_rows. */
typedef struct namerow_ctx {
    namerows *nr;
    int64_t entity;
    const char *name;
    size_t len;
    int origin;
} namerow_ctx;

static void namerow_add(void *ctx, const char *key, int kind) {
    namerow_ctx *c = ctx;
    arr_str(&c->nr->c[0], key);
    arr_int(&c->nr->c[1], kind);
    arr_int(&c->nr->c[2], c->entity);
    arr_txt(&c->nr->c[3], c->name, c->len);
    arr_int(&c->nr->c[4], c->origin);
}

/* Adds the lookup keys of one surface name of an entity. */
static void name_rows(namerows *nr, int64_t entity, int type, const char *name, size_t len, int origin) {
    namerow_ctx c = {nr, entity, name, len, origin};
    name_keys(type, name, len, namerow_add, &c);
}

/* Writes the gathered names (one statement) and empties nr.  TL_OK,
 * TL_ENOMEM or TL_EDB. */
static int names_flush(tl_store_pg *p, namerows *nr, tl_error *err) {
    if (!nr->c[0].n) {
        arr_free(nr->c, 5);
        return TL_OK;
    }
    return run_arrays(p,
                      "INSERT INTO entity_names(key,kind,entity,name,origin) SELECT DISTINCT * FROM"
                      " unnest($1::text[], $2::int[], $3::bigint[], $4::text[], $5::int[]) ON CONFLICT DO NOTHING",
                      NULL, nr->c, 5, "names", NULL, err);
}

/* Adds the lookup keys of one name of an entity.  TL_OK, TL_ENOMEM or
 * TL_EDB. */
int tl_store_pg_add_name(tl_store_pg *p, int64_t entity, int type, const char *name, size_t len, int origin,
                         tl_error *err) {
    namerows nr = {0};
    name_rows(&nr, entity, type, name, len, origin);
    return names_flush(p, &nr, err);
}


void tl_store_pg_doc_names(const tl_entity *en, dnames *out) {
    out->n = 0;
    out->name[out->n] = en->name.ptr ? en->name.ptr : "";
    out->len[out->n++] = en->name.len;
    for (uint32_t k = 0; k < en->n_aliases && out->n < 65; k++) {
        out->name[out->n] = en->aliases[k].ptr;
        out->len[out->n++] = en->aliases[k].len;
    }
}

/* 1 when a name is not a well-formed mention (as the SQLite backend
 * judges it): a line break, a place or dateline glued on by a spaced dash
 * ("Kurdistan Region - Islamic Revolutionary Guard Corps"), or an
 * all-capitals first word of four letters or more before a capitalized
 * one ("KHUJAND Sughd Court"). */
static int ill_formed(const char *n, size_t len) {
    for (size_t i = 0; i < len; i++) {
        if (n[i] == '\n' || n[i] == '\r') return 1;
        if (n[i] != ' ' || i + 1 >= len) continue;
        size_t d = n[i + 1] == '-'                                                        ? 1
                   : i + 3 < len && (!memcmp(n + i + 1, "\xe2\x80\x93", 3) || !memcmp(n + i + 1, "\xe2\x80\x94", 3)) ? 3
                                                                                          : 0;
        if (d && i + 1 + d < len && n[i + 1 + d] == ' ') return 1;
    }
    size_t caps = 0;
    while (caps < len && n[caps] >= 'A' && n[caps] <= 'Z') caps++;
    return caps >= 4 && caps + 2 < len && n[caps] == ' ' && n[caps + 1] >= 'A' && n[caps + 1] <= 'Z' &&
           n[caps + 2] >= 'a' && n[caps + 2] <= 'z';
}

/* 1 when a[0..la) is the "fuller" name for the canonical form than b: a
 * well-formed one, then more words, then more bytes. */
static int fuller(const char *a, size_t la, const char *b) {
    int ia = ill_formed(a, la), ib = ill_formed(b, strlen(b));
    if (ia != ib) return ib;
    char ka[TL_RESOLVE_KEY_MAX], kb[TL_RESOLVE_KEY_MAX];
    tl_resolve_key(a, la, ka, sizeof ka);
    tl_resolve_key(b, strlen(b), kb, sizeof kb);
    int wa = tl_resolve_words(ka), wb = tl_resolve_words(kb);
    if (wa != wb) return wa > wb;
    return la > strlen(b);
}

/* What resolution knows of an entity a document's entity may join: read
 * from the store, or made or renamed by an earlier entity of the same
 * document (ids from NEW_BASE up: entities not written yet, newer than
 * every stored one). */
typedef struct einfo {
    int64_t id;
    int type, type0, pinned, words;
    char *name;  /* the canonical name now (owned) */
    int renamed; /* the canonical name changed */
} einfo;
#define NEW_BASE ((int64_t)1 << 62)

/* A name key of an entity: stored (key into the lookup result) or added
 * by this document (key owned). */
typedef struct krow {
    int kind;
    char *key;
    int64_t entity;
} krow;

static int cmp_krow(const void *a, const void *b) {
    const krow *x = a, *y = b;
    if (x->kind != y->kind) return x->kind - y->kind;
    int c = strcmp(x->key, y->key);
    if (c) return c;
    return x->entity < y->entity ? -1 : x->entity > y->entity;
}

static int cmp_id(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/* The state of one document's resolution. */
typedef struct rstate {
    krow *st;         /* stored keys, sorted */
    size_t nst;
    krow *loc;        /* keys added by this document's entities */
    size_t nloc, cap_loc;
    einfo *ent;       /* entities seen, sorted by id for the stored ones, then appended */
    size_t nent, cap_ent, nsorted;
    int64_t *ids;     /* scratch: the entities of one key */
    size_t cap_ids;
    int oom;
} rstate;

static einfo *ent_get(rstate *r, int64_t id) {
    size_t lo = 0, hi = r->nsorted;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (r->ent[mid].id < id) lo = mid + 1;
        else hi = mid;
    }
    if (lo < r->nsorted && r->ent[lo].id == id) return &r->ent[lo];
    for (size_t i = r->nsorted; i < r->nent; i++)
        if (r->ent[i].id == id) return &r->ent[i];
    return NULL;
}

static void set_name(rstate *r, einfo *e, const char *name, size_t len) {
    char *nm = malloc(len + 1), key[TL_RESOLVE_KEY_MAX];
    if (!nm) { r->oom = 1; return; }
    memcpy(nm, name, len);
    nm[len] = 0;
    free(e->name);
    e->name = nm;
    tl_resolve_key(nm, len, key, sizeof key);
    e->words = tl_resolve_words(key);
}

/* The entities carrying key `key` of `kind`, increasing ids, into r->ids;
 * returns how many. */
static size_t key_ents(rstate *r, const char *key, int kind) {
    size_t n = 0, lo = 0, hi = r->nst;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int d = r->st[mid].kind != kind ? r->st[mid].kind - kind : strcmp(r->st[mid].key, key);
        if (d < 0) lo = mid + 1;
        else hi = mid;
    }
    size_t end = lo;
    while (end < r->nst && r->st[end].kind == kind && strcmp(r->st[end].key, key) == 0) end++;
    size_t need = end - lo + r->nloc;
    if (need > r->cap_ids) {
        int64_t *v = realloc(r->ids, (need + 16) * sizeof *v);
        if (!v) { r->oom = 1; return 0; }
        r->ids = v;
        r->cap_ids = need + 16;
    }
    for (size_t i = lo; i < end; i++) r->ids[n++] = r->st[i].entity;
    for (size_t i = 0; i < r->nloc; i++)
        if (r->loc[i].kind == kind && strcmp(r->loc[i].key, key) == 0) r->ids[n++] = r->loc[i].entity;
    if (r->nloc) qsort(r->ids, n, sizeof *r->ids, cmp_id);
    size_t m = 0; /* without repeats */
    for (size_t i = 0; i < n; i++)
        if (!m || r->ids[m - 1] != r->ids[i]) r->ids[m++] = r->ids[i];
    return m;
}

/* Candidates of one document entity, as the SQLite backend gathers them:
 * at most CANDS_MAX, the first found. */
#define CANDS_MAX 64
typedef struct clist {
    tl_resolve_cand c[CANDS_MAX];
    size_t n;
} clist;

static int clist_has(const clist *l, int64_t e) {
    for (size_t i = 0; i < l->n; i++)
        if (l->c[i].entity == e) return 1;
    return 0;
}

static void clist_add(clist *l, int64_t e, int strength, int why, int name_idx) {
    for (size_t i = 0; i < l->n; i++) {
        tl_resolve_cand *c = &l->c[i];
        if (c->entity != e) continue;
        if (strength > c->strength) {
            c->strength = strength;
            c->why = why;
            c->name_idx = name_idx;
        }
        return;
    }
    if (l->n < CANDS_MAX) l->c[l->n++] = (tl_resolve_cand){e, strength, 0, why, name_idx};
}

/* One document entity being gathered for. */
typedef struct gctx {
    rstate *r;
    const dent *x;
    int multiword;                 /* a PERSON with a name of two or more words */
    const int64_t *used;           /* entities other entities of this document joined */
    size_t n_used;
    int name_idx;
    clist *cl;
} gctx;

/* Adds the entities whose key of `kind` is `key`: the SQLite backend's
 * rules (a match across types only by the entity's own full name equal to
 * the other's canonical one; a lone surname weak and never between two
 * different full names; a weak match never takes an entity another entity
 * of the document took). */
static void lookup_key(gctx *g, const char *key, int kind, int strength) {
    size_t n = key_ents(g->r, key, kind);
    int key_words = tl_resolve_words(key);
    for (size_t i = 0; i < n; i++) {
        int64_t e = g->r->ids[i];
        if (g->cl->n == CANDS_MAX && !clist_has(g->cl, e)) continue;
        einfo *row = ent_get(g->r, e);
        if (!row) continue;
        int s = strength, retype = 0;
        if (!tl_resolve_types_compatible(row->type, g->x->type)) {
            char rk[TL_RESOLVE_KEY_MAX];
            if (kind != TL_KEY_EXACT || strength != 3 || g->name_idx != 0 ||
                !tl_resolve_types_retypable(row->type, g->x->type, key_words))
                continue;
            tl_resolve_key(row->name, strlen(row->name), rk, sizeof rk);
            if (strcmp(rk, key)) continue;
            s = 2;
            retype = 1;
        }
        if (!retype && g->x->type == TL_PERSON && (kind == TL_KEY_SUR || key_words == 1 || strength == 1)) {
            if (g->multiword && row->words >= 2 && kind != TL_KEY_EXACT) continue;
            if (g->multiword && row->words >= 2 && key_words == 1) continue;
            s = 1;
        }
        if (s < 3 && !retype) {
            int taken = 0;
            for (size_t u = 0; u < g->n_used && !taken; u++) taken = g->used[u] == e;
            if (taken) continue;
        }
        int why = retype                 ? TL_WHY_RETYPE
                  : kind == TL_KEY_TAIL  ? TL_WHY_SHORTFORM
                  : s == 1               ? TL_WHY_SURNAME
                  : kind == TL_KEY_EXACT ? (g->name_idx ? TL_WHY_ALIAS : TL_WHY_NAME)
                  : kind == TL_KEY_PHON  ? TL_WHY_TRANSLIT
                                         : TL_WHY_ACRONYM;
        clist_add(g->cl, e, s, why, g->name_idx);
    }
}

/* The keys each name of a document entity is looked up by: the kind, the
 * key and the strength of a match, in the SQLite backend's order.  Calls
 * fn(ctx, key, kind, strength) for each; returns nothing. */
typedef void (*key_fn)(void *ctx, const char *key, int kind, int strength);
static void name_lookups(int type, const char *name, size_t len, key_fn fn, void *ctx) {
    char key[TL_RESOLVE_KEY_MAX], k2[TL_RESOLVE_KEY_MAX], k3[TL_RESOLVE_KEY_MAX];
    if (!tl_resolve_key(name, len, key, sizeof key)) return;
    int words = tl_resolve_words(key);
    fn(ctx, key, TL_KEY_EXACT, 3);
    if (tl_resolve_variant(key, type, k2, sizeof k2)) {
        fn(ctx, k2, TL_KEY_PHON, 2);
        if (type == TL_ORG && tl_resolve_words(k2) == 2) fn(ctx, k2, TL_KEY_TAIL, 1);
    }
    if (tl_resolve_is_short_form(name, len)) fn(ctx, key, TL_KEY_ACR, 2);
    if (words >= 2 && type != TL_PERSON && tl_resolve_acronym(key, k2, sizeof k2)) {
        fn(ctx, k2, TL_KEY_SHORT, 2);
        if (tl_namekey_acronym2(key, 1, k3, sizeof k3) && strcmp(k2, k3)) fn(ctx, k3, TL_KEY_SHORT, 2);
    }
    if (type == TL_PERSON && words == 1) fn(ctx, key, TL_KEY_SUR, 1);
    /* "Begli" stored alone, "Tawhid Begli" arrives */
    if (type == TL_PERSON && words >= 2 && tl_resolve_surname(key, k2, sizeof k2)) fn(ctx, k2, TL_KEY_EXACT, 1);
}

static void gather_key(void *ctx, const char *key, int kind, int strength) { lookup_key(ctx, key, kind, strength); }

/* The candidates of document entity x (used: NULL for none). */
static void gather(rstate *r, const dent *x, const int64_t *used, size_t n_used, clist *cl) {
    gctx g = {r, x, 0, used, n_used, 0, cl};
    cl->n = 0;
    if (x->type == TL_PERSON)
        for (int j = 0; j < x->dn.n; j++) {
            char key[TL_RESOLVE_KEY_MAX];
            tl_resolve_key(x->dn.name[j], x->dn.len[j], key, sizeof key);
            if (tl_resolve_words(key) >= 2) g.multiword = 1;
        }
    for (int j = 0; j < x->dn.n; j++) {
        g.name_idx = j;
        name_lookups(x->type, x->dn.name[j], x->dn.len[j], gather_key, &g);
    }
}

/* Lookup keys gathered for the one query that reads the stored ones. */
typedef struct kq {
    arr c[2];
} kq;
static void query_key(void *ctx, const char *key, int kind, int strength) {
    (void)strength;
    kq *q = ctx;
    arr_str(&q->c[0], key);
    arr_int(&q->c[1], kind);
}

/* One name's keys being added by local_keys. */
typedef struct local_ctx {
    rstate *r;
    int64_t entity;
} local_ctx;

static void local_add(void *ctx, const char *key, int kind) {
    local_ctx *c = ctx;
    rstate *r = c->r;
    if (r->oom) return;
    if (r->nloc == r->cap_loc) {
        size_t nc = r->cap_loc ? r->cap_loc * 2 : 32;
        krow *v = realloc(r->loc, nc * sizeof *v);
        if (!v) { r->oom = 1; return; }
        r->loc = v;
        r->cap_loc = nc;
    }
    char *k = strdup(key);
    if (!k) { r->oom = 1; return; }
    r->loc[r->nloc++] = (krow){kind, k, c->entity};
}

/* Adds the keys of one name of entity e, as they will be stored, to the
 * keys the document's later entities are looked up against. */
static void local_keys(rstate *r, int64_t e, int type, const char *name, size_t len) {
    local_ctx c = {r, e};
    name_keys(type, name, len, local_add, &c);
}

/* Context of the candidates c[i] with strength `top`: how many of each
 * one's 30 latest document entities are in a document naming one of the
 * document's anchors other than itself (the SQLite backend's measure).
 * One statement for them all.  TL_OK, TL_ENOMEM or TL_EDB. */
static int context_of(tl_store_pg *p, clist *cl, int top, const int64_t *anchors, size_t n_anchors,
                      tl_error *err) {
    arr q[2] = {{{0}, 0}, {{0}, 0}};
    size_t asked = 0;
    for (size_t i = 0; i < cl->n; i++) {
        cl->c[i].context = 0;
        if (cl->c[i].strength != top || cl->c[i].entity >= NEW_BASE) continue;
        arr_int(&q[0], cl->c[i].entity);
        asked++;
    }
    for (size_t i = 0; i < n_anchors; i++) arr_int(&q[1], anchors[i]);
    if (!asked || !n_anchors) {
        arr_free(q, 2);
        return TL_OK;
    }
    PGresult *r = NULL;
    int rc = run_arrays(p,
                        "SELECT c.e, (SELECT count(*) FROM (SELECT doc FROM doc_entities WHERE entity=c.e"
                        " ORDER BY doc DESC LIMIT 30) x WHERE EXISTS (SELECT 1 FROM doc_entities y WHERE"
                        " y.doc=x.doc AND y.entity=ANY($2::bigint[]) AND y.entity<>c.e))"
                        " FROM unnest($1::bigint[]) AS c(e)",
                        NULL, q, 2, "context", &r, err);
    if (rc) return rc;
    for (int k = 0; k < PQntuples(r); k++) {
        int64_t e = strtoll(PQgetvalue(r, k, 0), NULL, 10);
        for (size_t i = 0; i < cl->n; i++)
            if (cl->c[i].entity == e) cl->c[i].context = atoi(PQgetvalue(r, k, 1));
    }
    PQclear(r);
    return TL_OK;
}

/* The type entity e takes when a document entity of type `incoming`
 * joins it across types: the type most of its documents give it, this one
 * included (a tie keeps its type).  TL_OK or TL_EDB. */
static int vote_type(tl_store_pg *p, einfo *e, int incoming, tl_error *err) {
    int64_t n[TL_ENT_TYPE_COUNT] = {0};
    if (e->id < NEW_BASE) {
        char b[24];
        const char *v[1] = {ip(b, e->id)};
        PGresult *r = tl_store_pg_query(p, "SELECT type, count(*) FROM doc_entities WHERE entity=$1 GROUP BY type", 1,
                                        v, "type vote", err);
        if (!r) return TL_EDB;
        for (int i = 0; i < PQntuples(r); i++) {
            int t = atoi(PQgetvalue(r, i, 0));
            if (t >= 0 && t < TL_ENT_TYPE_COUNT) n[t] += strtoll(PQgetvalue(r, i, 1), NULL, 10);
        }
        PQclear(r);
    }
    if (incoming < 0 || incoming >= TL_ENT_TYPE_COUNT) return TL_OK;
    n[incoming]++;
    if (n[incoming] > n[e->type]) e->type = incoming;
    return TL_OK;
}

/* 1 when every name of a document entity is a lone common word
 * (tl_resolve_generic_name): the graph keeps no entity for it. */
static int generic_entity(const tl_gaz *g, const dent *x) {
    for (int j = 0; j < x->dn.n; j++)
        if (!tl_resolve_generic_name(g, x->dn.name[j], x->dn.len[j], x->type)) return 0;
    return x->dn.n > 0;
}

static void rstate_free(rstate *r) {
    for (size_t i = 0; i < r->nloc; i++) free(r->loc[i].key);
    free(r->loc);
    for (size_t i = 0; i < r->nent; i++) free(r->ent[i].name);
    free(r->ent);
    free(r->st);
    free(r->ids);
}

static einfo *ent_add(rstate *r, int64_t id, int type, int pinned) {
    if (r->nent == r->cap_ent) {
        size_t nc = r->cap_ent ? r->cap_ent * 2 : 64;
        einfo *v = realloc(r->ent, nc * sizeof *v);
        if (!v) { r->oom = 1; return NULL; }
        r->ent = v;
        r->cap_ent = nc;
    }
    einfo *e = &r->ent[r->nent++];
    *e = (einfo){id, type, type, pinned, 0, NULL, 0};
    return e;
}

static int cmp_einfo(const void *a, const void *b) {
    const einfo *x = a, *y = b;
    return x->id < y->id ? -1 : x->id > y->id;
}

/* Resolves a document's entities v[0..n) and records them, as the SQLite
 * backend does (the rules are in src/store/README.md): the stored keys of
 * every name of the document are read in one statement, the choices made
 * in memory entity by entity in document order (what an entity joins or
 * creates is seen by the next), ties and lone surnames decided by shared
 * context (one statement per tie), then new entities, changed names and
 * types, and new name keys written in one statement each.  An entity all
 * of whose names are lone common words joins nothing (v[i].generic).
 * TL_OK, TL_ENOMEM or TL_EDB. */
int tl_store_pg_resolve_doc(tl_store_pg *p, dent *v, size_t n, tl_error *err) {
    if (!n) return TL_OK;
    tl_gaz *gaz = tl_gaz_open();
    if (!gaz) return fail(err, TL_ENOMEM, "out of memory");
    kq q = {{{{0}, 0}, {{0}, 0}}};
    for (size_t i = 0; i < n; i++) {
        v[i].generic = generic_entity(gaz, &v[i]);
        v[i].ent = 0;
        v[i].why = 0;
        v[i].created = 0;
        if (v[i].generic) continue;
        for (int j = 0; j < v[i].dn.n; j++) name_lookups(v[i].type, v[i].dn.name[j], v[i].dn.len[j], query_key, &q);
    }
    tl_gaz_close(gaz);
    rstate R = {0};
    rstate *r = &R;
    PGresult *res = NULL;
    int64_t *used = calloc(n + 1, sizeof *used), *anchors = calloc(n + 1, sizeof *anchors), *ids = NULL;
    clist *cl = malloc(sizeof *cl);
    size_t n_used = 0, n_anchors = 0, n_new = 0;
    int rc = used && anchors && cl ? TL_OK : fail(err, TL_ENOMEM, "out of memory");
    if (!rc && q.c[0].n)
        rc = run_arrays(p,
                        "SELECT DISTINCT n.key, n.kind, n.entity, e.type, e.name, e.pinned FROM entity_names n"
                        " JOIN entities e ON e.id=n.entity WHERE (n.key, n.kind) IN"
                        " (SELECT * FROM unnest($1::text[], $2::int[]))",
                        NULL, q.c, 2, "resolution", &res, err);
    else arr_free(q.c, 2);
    if (rc) goto done;
    size_t nst = res ? (size_t)PQntuples(res) : 0;
    r->st = malloc((nst + 1) * sizeof *r->st);
    if (!r->st) { rc = fail(err, TL_ENOMEM, "out of memory"); goto done; }
    for (size_t i = 0; i < nst; i++) {
        int64_t e = strtoll(PQgetvalue(res, (int)i, 2), NULL, 10);
        r->st[r->nst++] = (krow){atoi(PQgetvalue(res, (int)i, 1)), PQgetvalue(res, (int)i, 0), e};
        einfo *x = ent_add(r, e, atoi(PQgetvalue(res, (int)i, 3)), atoi(PQgetvalue(res, (int)i, 5)));
        if (x) set_name(r, x, PQgetvalue(res, (int)i, 4), strlen(PQgetvalue(res, (int)i, 4)));
    }
    qsort(r->st, r->nst, sizeof *r->st, cmp_krow);
    /* the entities without repeats, sorted for ent_get */
    if (r->nent) qsort(r->ent, r->nent, sizeof *r->ent, cmp_einfo);
    {
        size_t m = 0;
        for (size_t i = 0; i < r->nent; i++) {
            if (m && r->ent[m - 1].id == r->ent[i].id) { free(r->ent[i].name); continue; }
            r->ent[m++] = r->ent[i];
        }
        r->nent = r->nsorted = m;
    }
    if (r->oom) { rc = fail(err, TL_ENOMEM, "out of memory"); goto done; }
    /* anchors: what the document names unambiguously, before any join */
    for (size_t i = 0; i < n; i++) {
        if (v[i].generic) continue;
        gather(r, &v[i], NULL, 0, cl);
        if (cl->n == 1 && cl->c[0].strength == 3) anchors[n_anchors++] = cl->c[0].entity;
    }
    for (size_t i = 0; i < n && !rc; i++) {
        dent *x = &v[i];
        if (x->generic) continue;
        gather(r, x, used, n_used, cl);
        if (r->oom) { rc = fail(err, TL_ENOMEM, "out of memory"); break; }
        int top = 0;
        for (size_t j = 0; j < cl->n; j++)
            if (cl->c[j].strength > top) top = cl->c[j].strength;
        size_t at_top = 0;
        for (size_t j = 0; j < cl->n; j++) at_top += cl->c[j].strength == top;
        if ((at_top > 1 || (top == 1 && at_top == 1)) && (rc = context_of(p, cl, top, anchors, n_anchors, err)))
            break;
        int pick = tl_resolve_choose(cl->c, cl->n);
        if (pick >= 0 && cl->c[pick].strength == 1 && cl->c[pick].context == 0) pick = -1;
        einfo *e = NULL;
        if (pick >= 0) {
            e = ent_get(r, cl->c[pick].entity);
            x->ent = e->id;
            x->why = cl->c[pick].why | (at_top > 1 ? TL_WHY_CONTEXT : 0);
            int k = cl->c[pick].name_idx;
            snprintf(x->matched, sizeof x->matched, "%.*s", (int)x->dn.len[k], x->dn.name[k]);
            snprintf(x->joined, sizeof x->joined, "%s", e->name);
            if (!e->pinned && fuller(x->dn.name[0], x->dn.len[0], e->name)) {
                set_name(r, e, x->dn.name[0], x->dn.len[0]);
                e->renamed = 1;
            }
            if (x->type >= 0 && x->type < TL_ENT_TYPE_COUNT && !tl_resolve_types_compatible(e->type, x->type) &&
                (rc = vote_type(p, e, x->type, err)))
                break;
        } else {
            x->created = 1;
            x->ent = NEW_BASE + (int64_t)n_new++;
            if ((e = ent_add(r, x->ent, x->type, 0))) set_name(r, e, x->dn.name[0], x->dn.len[0]);
        }
        for (int j = 0; j < x->dn.n; j++) local_keys(r, x->ent, x->type, x->dn.name[j], x->dn.len[j]);
        if (r->oom) { rc = fail(err, TL_ENOMEM, "out of memory"); break; }
        used[n_used++] = x->ent;
    }
    if (rc) goto done;
    if (!(ids = malloc((n_new + 1) * sizeof *ids))) { rc = fail(err, TL_ENOMEM, "out of memory"); goto done; }
    if ((rc = new_ids(p, "entities_id_seq", n_new, ids, err))) goto done;
#define REAL(id) ((id) >= NEW_BASE ? ids[(id) - NEW_BASE] : (id))
    for (size_t i = 0; i < n; i++) v[i].ent = v[i].ent ? REAL(v[i].ent) : 0;
    arr ne[4] = {{{0}, 0}}, up[4] = {{{0}, 0}};
    for (size_t i = 0; i < r->nent; i++) {
        einfo *e = &r->ent[i];
        char key[TL_RESOLVE_KEY_MAX] = "";
        tl_resolve_key(e->name, strlen(e->name), key, sizeof key);
        size_t ln = strlen(e->name) < 1023 ? strlen(e->name) : 1023;
        if (e->id >= NEW_BASE) {
            arr_int(&ne[0], REAL(e->id));
            arr_int(&ne[1], e->type);
            arr_txt(&ne[2], e->name, ln);
            arr_str(&ne[3], key);
        } else if (e->renamed || e->type != e->type0) {
            arr_int(&up[0], e->id);
            arr_txt(&up[1], e->name, ln);
            arr_str(&up[2], key);
            arr_int(&up[3], e->type);
        }
    }
#undef REAL
    if (ne[0].n)
        rc = run_arrays(p,
                        "INSERT INTO entities(id,type,name,key) SELECT * FROM unnest($1::bigint[], $2::int[],"
                        " $3::text[], $4::text[]) ORDER BY 1",
                        NULL, ne, 4, "entities", NULL, err);
    else arr_free(ne, 4);
    if (!rc && up[0].n)
        rc = run_arrays(p,
                        "UPDATE entities e SET name=u.name, key=u.key, type=u.type FROM unnest($1::bigint[],"
                        " $2::text[], $3::text[], $4::int[]) AS u(id, name, key, type) WHERE e.id=u.id",
                        NULL, up, 4, "entities", NULL, err);
    else arr_free(up, 4);
    if (!rc) {
        namerows nr = {0};
        for (size_t i = 0; i < n; i++)
            if (v[i].ent)
                for (int j = 0; j < v[i].dn.n; j++)
                    name_rows(&nr, v[i].ent, v[i].type, v[i].dn.name[j], v[i].dn.len[j], 0);
        rc = names_flush(p, &nr, err);
    }
done:
    PQclear(res);
    rstate_free(r);
    free(used);
    free(anchors);
    free(cl);
    free(ids);
    return rc;
}

/* Writes the resolution reasons of document entities des[i] (v[i].why set). */
int tl_store_pg_write_resolution(tl_store_pg *p, const dent *v, const int64_t *des, size_t n, tl_error *err) {
    arr c[4] = {{{0}, 0}};
    for (size_t i = 0; i < n; i++) {
        if (!v[i].why) continue;
        arr_int(&c[0], des[i]);
        arr_int(&c[1], v[i].why);
        arr_str(&c[2], v[i].matched);
        arr_str(&c[3], v[i].joined);
    }
    if (!c[0].n) {
        arr_free(c, 4);
        return TL_OK;
    }
    return run_arrays(p,
                      "INSERT INTO resolution(de,why,matched,joined) SELECT * FROM unnest($1::bigint[], $2::int[],"
                      " $3::text[], $4::text[])",
                      NULL, c, 4, "resolution", NULL, err);
}
