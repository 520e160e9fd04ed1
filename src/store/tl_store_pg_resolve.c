/* tl_store_pg_resolve.c -- the PostgreSQL backend's cross-document resolution: lookup keys of names, candidates for a document's entities, the reasons each joined. */
#include "tl_store_pg_int.h"
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

/* Adds the lookup keys of one surface name of an entity (the kinds of
 * tl_resolve.h, as the SQLite backend keeps them). */
static void name_rows(namerows *nr, int64_t entity, int type, const char *name, size_t len, int origin) {
    char key[TL_RESOLVE_KEY_MAX], k2[TL_RESOLVE_KEY_MAX];
    if (!tl_resolve_key(name, len, key, sizeof key)) return;
#define ADD(K, KIND)                                                                                      \
    do {                                                                                                  \
        arr_str(&nr->c[0], K);                                                                            \
        arr_int(&nr->c[1], KIND);                                                                         \
        arr_int(&nr->c[2], entity);                                                                       \
        arr_txt(&nr->c[3], name, len);                                                                    \
        arr_int(&nr->c[4], origin);                                                                       \
    } while (0)
    ADD(key, TL_KEY_EXACT);
    if (tl_resolve_variant(key, type, k2, sizeof k2)) ADD(k2, TL_KEY_PHON);
    if (tl_resolve_words(key) >= 2) {
        if (type == TL_PERSON) {
            if (tl_resolve_surname(key, k2, sizeof k2)) ADD(k2, TL_KEY_SUR);
        } else if (tl_resolve_acronym(key, k2, sizeof k2)) {
            ADD(k2, TL_KEY_ACR);
            /* "DoJ" for "Department of Justice", as the SQLite backend keys it */
            char k3[TL_RESOLVE_KEY_MAX];
            if (tl_namekey_acronym2(key, 1, k3, sizeof k3) && strcmp(k2, k3)) ADD(k3, TL_KEY_ACR);
        }
    }
    if (tl_resolve_is_short_form(name, len)) ADD(key, TL_KEY_SHORT);
#undef ADD
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

/* "Fuller" name for the canonical form: more words, then more bytes. */
static int fuller(const char *a, size_t la, const char *b) {
    int wa = 1, wb = 1;
    for (size_t i = 0; i < la; i++) wa += a[i] == ' ';
    for (const char *q = b; *q; q++) wb += *q == ' ';
    return wa != wb ? wa > wb : la > strlen(b);
}


/* The passes of resolution, strongest match first: exact keys, then
 * transliteration keys, then acronyms (the SQLite backend's strength 3,
 * 2 and 2). */
enum { PASS_EXACT, PASS_PHON, PASS_ACRONYM, N_PASSES };

/* The lookup keys of name i of a document entity for a pass into keys
 * (kinds[k] the stored key kind each is looked up as); returns how many
 * (0 to 3).  A one-word alias of a longer name is a surname or a short
 * form: too weak alone to join two documents' entities, unless it is an
 * acronym looked up as one.  An acronym ("IRGC") is looked up among the
 * acronyms of stored names, and the acronyms of a multi-word name that is
 * not a person's among the stored acronyms. */
static int lookup_keys(const dent *x, int i, int pass, char keys[3][TL_RESOLVE_KEY_MAX], int *kinds) {
    char key[TL_RESOLVE_KEY_MAX];
    if (!tl_resolve_key(x->dn.name[i], x->dn.len[i], key, sizeof key)) return 0;
    int words = tl_resolve_words(key), n = 0;
    if (pass == PASS_ACRONYM) {
        if (tl_resolve_is_short_form(x->dn.name[i], x->dn.len[i])) {
            snprintf(keys[n], TL_RESOLVE_KEY_MAX, "%s", key);
            kinds[n++] = TL_KEY_ACR;
        }
        if (words >= 2 && x->type != TL_PERSON && tl_resolve_acronym(key, keys[n], TL_RESOLVE_KEY_MAX)) {
            kinds[n++] = TL_KEY_SHORT;
            if (tl_namekey_acronym2(key, 1, keys[n], TL_RESOLVE_KEY_MAX) && strcmp(keys[n - 1], keys[n]))
                kinds[n++] = TL_KEY_SHORT;
        }
        return n;
    }
    if (i > 0 && words < 2) return 0;
    if (pass == PASS_PHON) {
        if (!tl_resolve_variant(key, x->type, keys[0], TL_RESOLVE_KEY_MAX)) return 0;
        kinds[0] = TL_KEY_PHON;
        return 1;
    }
    snprintf(keys[0], TL_RESOLVE_KEY_MAX, "%s", key);
    kinds[0] = TL_KEY_EXACT;
    return 1;
}

/* A stored name key's entity, as the lookup of a document's keys read it. */
typedef struct cand {
    int kind, type;
    const char *key, *name;
    int64_t entity;
} cand;

static int cmp_cand(const void *a, const void *b) {
    const cand *x = a, *y = b;
    if (x->kind != y->kind) return x->kind - y->kind;
    int c = strcmp(x->key, y->key);
    if (c) return c;
    return x->entity < y->entity ? -1 : x->entity > y->entity;
}

/* Resolves a document's entities v[0..n) and records them: each joins the
 * oldest stored entity of a compatible type, not taken by an earlier
 * entity of the same document, sharing an exact key with one of its
 * names, else one sharing a transliteration key (a fuller name becoming
 * the entity's canonical one unless an analyst pinned it), or a new
 * entity is created; its names are added.  In a handful of statements
 * whatever the number of entities: the keys of every name are looked up
 * at once and the choices made in memory, which gives what entity-by-entity
 * statements would, since what an earlier entity of the document writes
 * only touches the entity it took.  TL_OK, TL_ENOMEM or TL_EDB. */
int tl_store_pg_resolve_doc(tl_store_pg *p, dent *v, size_t n, tl_error *err) {
    if (!n) return TL_OK;
    arr q[2] = {{{0}, 0}, {{0}, 0}};
    char ks[3][TL_RESOLVE_KEY_MAX];
    int kinds[3];
    for (size_t i = 0; i < n; i++)
        for (int pass = 0; pass < N_PASSES; pass++)
            for (int j = 0; j < v[i].dn.n; j++)
                for (int m = 0, nk = lookup_keys(&v[i], j, pass, ks, kinds); m < nk; m++) {
                    arr_str(&q[0], ks[m]);
                    arr_int(&q[1], kinds[m]);
                }
    PGresult *r = NULL;
    int rc = run_arrays(p,
                        "SELECT DISTINCT n.key, n.kind, n.entity, e.type, e.name FROM entity_names n JOIN entities e"
                        " ON e.id=n.entity WHERE (n.key, n.kind) IN (SELECT * FROM unnest($1::text[], $2::int[]))",
                        NULL, q, 2, "resolution", &r, err);
    if (rc) return rc;
    size_t nc = (size_t)PQntuples(r), n_new = 0;
    cand *c = malloc((nc + 1) * sizeof *c);
    int64_t *ids = malloc((n + 1) * sizeof *ids);
    if (!c || !ids) {
        rc = fail(err, TL_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < nc; i++)
        c[i] = (cand){atoi(PQgetvalue(r, (int)i, 1)), atoi(PQgetvalue(r, (int)i, 3)), PQgetvalue(r, (int)i, 0),
                      PQgetvalue(r, (int)i, 4), strtoll(PQgetvalue(r, (int)i, 2), NULL, 10)};
    qsort(c, nc, sizeof *c, cmp_cand);
    for (size_t i = 0; i < n; i++) {
        dent *x = &v[i];
        x->ent = 0;
        x->why = 0;
        for (int pass = 0; pass < N_PASSES && !x->ent; pass++) {
            for (int j = 0; j < x->dn.n && !x->ent; j++) {
                int nk = lookup_keys(x, j, pass, ks, kinds);
                for (int t = 0; t < nk && !x->ent; t++) {
                    const char *k = ks[t];
                    int kind = kinds[t];
                    /* the first candidate of (kind, key): binary search */
                    size_t lo = 0, hi = nc;
                    while (lo < hi) {
                        size_t mid = (lo + hi) / 2;
                        int d = c[mid].kind != kind ? c[mid].kind - kind : strcmp(c[mid].key, k);
                        if (d < 0) lo = mid + 1;
                        else hi = mid;
                    }
                    for (size_t m = lo; m < nc && c[m].kind == kind && strcmp(c[m].key, k) == 0 && !x->ent; m++) {
                        if (!tl_resolve_types_compatible(x->type, c[m].type)) continue;
                        int used = 0;
                        for (size_t u = 0; u < i && !used; u++) used = v[u].ent == c[m].entity;
                        if (used) continue;
                        x->ent = c[m].entity;
                        x->why = pass == PASS_ACRONYM ? TL_WHY_ACRONYM
                                 : pass == PASS_PHON  ? TL_WHY_TRANSLIT
                                 : j == 0             ? TL_WHY_NAME
                                                      : TL_WHY_ALIAS;
                        snprintf(x->matched, sizeof x->matched, "%.*s", (int)x->dn.len[j], x->dn.name[j]);
                        snprintf(x->joined, sizeof x->joined, "%s", c[m].name);
                    }
                }
            }
        }
        x->created = x->ent == 0;
        /* a placeholder: new entities get their ids below, in this order */
        if (x->created) x->ent = -(int64_t)++n_new;
    }
    PQclear(r);
    r = NULL;
    if ((rc = new_ids(p, "entities_id_seq", n_new, ids, err))) goto done;
    arr ne[4] = {{{0}, 0}}, up[3] = {{{0}, 0}};
    for (size_t i = 0; i < n; i++) {
        dent *x = &v[i];
        char key[TL_RESOLVE_KEY_MAX] = "";
        size_t ln = x->dn.len[0] < 1023 ? x->dn.len[0] : 1023;
        tl_resolve_key(x->dn.name[0], x->dn.len[0], key, sizeof key);
        if (x->created) {
            x->ent = ids[-x->ent - 1];
            arr_int(&ne[0], x->ent);
            arr_int(&ne[1], x->type);
            arr_txt(&ne[2], x->dn.name[0], ln);
            arr_str(&ne[3], key);
        } else if (fuller(x->dn.name[0], x->dn.len[0], x->joined)) {
            arr_int(&up[0], x->ent);
            arr_txt(&up[1], x->dn.name[0], ln);
            arr_str(&up[2], key);
        }
    }
    if (ne[0].n)
        rc = run_arrays(p,
                        "INSERT INTO entities(id,type,name,key) SELECT * FROM unnest($1::bigint[], $2::int[],"
                        " $3::text[], $4::text[])",
                        NULL, ne, 4, "entities", NULL, err);
    arr_free(ne, 4);
    if (!rc && up[0].n)
        rc = run_arrays(p,
                        "UPDATE entities e SET name=u.name, key=u.key FROM unnest($1::bigint[], $2::text[],"
                        " $3::text[]) AS u(id, name, key) WHERE e.id=u.id AND e.pinned=0",
                        NULL, up, 3, "entities", NULL, err);
    arr_free(up, 3);
    if (!rc) {
        namerows nr = {0};
        for (size_t i = 0; i < n; i++)
            for (int j = 0; j < v[i].dn.n; j++) name_rows(&nr, v[i].ent, v[i].type, v[i].dn.name[j], v[i].dn.len[j], 0);
        rc = names_flush(p, &nr, err);
    }
done:
    PQclear(r);
    free(c);
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
