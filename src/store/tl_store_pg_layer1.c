/* tl_store_pg_layer1.c -- the PostgreSQL backend's layer 1 of a document (sentences, document entities, evidence) and the attachment of evidence to facts. */
#include "tl_store_pg_int.h"
#include "tl_namekey.h"
#include "tl_resolve.h"
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- ingest ------------------------------------------------------------------ */
int tl_store_pg_symmetric(int type) { return type == TL_ASSOCIATE_OF || type == TL_FAMILY_OF || type == TL_MET; }

static tl_str span_str(const tl_doc *d, tl_span sp) {
    if (sp.end <= sp.start || sp.end > d->len) return (tl_str){"", 0};
    return (tl_str){d->text + sp.start, sp.end - sp.start};
}

/* A NUL-terminated copy of a span (into buf, truncated to cap). */
static const char *cstr(char *buf, size_t cap, tl_str s) {
    snprintf(buf, cap, "%.*s", (int)s.len, s.ptr ? s.ptr : "");
    return buf;
}

/* Varint (as the SQLite backend codes mention spans). */
static int varint_put(sbuf *b, uint64_t x) {
    do {
        char c = (char)(x & 0x7f);
        x >>= 7;
        if (x) c = (char)(c | 0x80);
        sb_add(b, &c, 1);
    } while (x);
    return !b->oom;
}


/* A fact while a batch of evidence is attached: its state now, how much
 * evidence the batch added, whether it is stored already. */
typedef struct fstate {
    int64_t id; /* for a new fact: -(its rank among the new) until ids are given */
    ev_sig s;
    int64_t added;
    int stored;
} fstate;

/* 1 when two times agree: either is missing, or one is a prefix of the
 * other (2019 and 2019-05). */
static int times_agree(const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (!la || !lb) return 1;
    return la <= lb ? strncmp(a, b, la) == 0 : strncmp(a, b, lb) == 0;
}

/* Attaches pieces of evidence s[0..n) (entity ids set; a0 not 0) to facts:
 * each supports the oldest fact of its type, arguments and negation whose
 * time and place agree with it (time a prefix of the other, places equal,
 * or one missing), updated as the SQLite backend updates it, or a new
 * fact.  fact[i] gets the id, created[i] 1 for a fact it created.  The
 * candidate facts are read in one statement and the matching done in
 * memory, evidence by evidence in order, so that it gives what one
 * statement per piece of evidence gave; then changed facts are updated
 * and new ones inserted, a statement each.  TL_OK, TL_ENOMEM or TL_EDB. */
int tl_store_pg_attach_facts(tl_store_pg *p, ev_sig *s, size_t n, int64_t *fact, int *created, tl_error *err) {
    if (!n) return TL_OK;
    arr q[5] = {{{0}, 0}};
    for (size_t i = 0; i < n; i++) {
        ev_sig *x = &s[i];
        /* an argument the document names but the graph keeps no entity
         * for (< 0): no fact, an optional one (third, place, source) is
         * left out; nor a fact whose two arguments resolution made one
         * entity (nothing met or leads itself) */
        if (x->a2 < 0) x->a2 = 0;
        if (x->place < 0) x->place = 0;
        if (x->source < 0) x->source = 0;
        if (x->a0 < 0 || x->a1 < 0 || (x->a0 > 0 && x->a0 == x->a1)) continue;
        if (tl_store_pg_symmetric(x->type) && x->a0 && x->a1 && x->a1 < x->a0) {
            int64_t t = x->a0;
            x->a0 = x->a1;
            x->a1 = t;
        }
        arr_int(&q[0], x->a0);
        arr_id(&q[1], x->a1);
        arr_int(&q[2], x->type);
        arr_id(&q[3], x->a2);
        arr_int(&q[4], x->neg);
    }
    PGresult *r = NULL;
    int rc = run_arrays(p,
                        "SELECT f.id, f.type, f.a0, coalesce(f.a1,0), coalesce(f.a2,0), f.neg, f.status, f.modality,"
                        " f.time_value, coalesce(f.place,0), coalesce(f.source,0), f.amount_text, f.amount_value,"
                        " f.currency FROM facts f WHERE f.id IN (SELECT f.id FROM (SELECT DISTINCT * FROM"
                        " unnest($1::bigint[], $2::bigint[], $3::int[], $4::bigint[], $5::int[])) AS u(a0,a1,type,a2,neg)"
                        " JOIN facts f ON f.a0=u.a0 AND f.a1 IS NOT DISTINCT FROM u.a1 AND f.type=u.type"
                        " AND f.a2 IS NOT DISTINCT FROM u.a2 AND f.neg=u.neg) ORDER BY f.id",
                        NULL, q, 5, "facts", &r, err);
    if (rc) return rc;
    size_t nf = (size_t)PQntuples(r), cap = nf + n, n_new = 0;
    fstate *f = calloc(cap + 1, sizeof *f);
    int64_t *ids = malloc((n + 1) * sizeof *ids);
    if (!f || !ids) {
        rc = fail(err, TL_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < nf; i++) {
#define C(k) strtoll(PQgetvalue(r, (int)i, k), NULL, 10)
        f[i].id = C(0);
        f[i].stored = 1;
        f[i].s = (ev_sig){(int)C(1), (int)C(5), (int)C(6), (int)C(7), C(2), C(3), C(4), C(9), C(10), "", "", "",
                          strtod(PQgetvalue(r, (int)i, 12), NULL)};
#undef C
        snprintf(f[i].s.time_value, sizeof f[i].s.time_value, "%s", PQgetvalue(r, (int)i, 8));
        snprintf(f[i].s.amount_text, sizeof f[i].s.amount_text, "%s", PQgetvalue(r, (int)i, 11));
        snprintf(f[i].s.currency, sizeof f[i].s.currency, "%s", PQgetvalue(r, (int)i, 13));
    }
    PQclear(r);
    r = NULL;
    /* oldest first: stored facts by id, then the new ones as created */
    size_t nall = nf;
    for (size_t i = 0; i < n; i++) {
        const ev_sig *x = &s[i];
        if (x->a0 < 0 || x->a1 < 0 || (x->a0 > 0 && x->a0 == x->a1)) {
            fact[i] = 0;
            created[i] = 0;
            continue;
        }
        size_t m = 0;
        for (; m < nall; m++) {
            const ev_sig *y = &f[m].s;
            if (y->a0 == x->a0 && y->a1 == x->a1 && y->type == x->type && y->a2 == x->a2 && y->neg == x->neg &&
                times_agree(y->time_value, x->time_value) && (!x->place || !y->place || y->place == x->place))
                break;
        }
        if (m == nall) {
            f[nall].id = -(int64_t)++n_new;
            f[nall].s = *x;
            f[nall].added = 1;
            created[i] = 1;
            fact[i] = f[nall++].id;
            continue;
        }
        ev_sig *y = &f[m].s;
        f[m].added++;
        created[i] = 0;
        fact[i] = f[m].id;
        if (x->modality < y->modality) y->modality = x->modality;
        if (y->status == 0) y->status = x->status;
        if (x->time_value[0] && (!y->time_value[0] || strcmp(x->time_value, y->time_value) < 0))
            snprintf(y->time_value, sizeof y->time_value, "%s", x->time_value);
        if (!y->place) y->place = x->place;
        if (!y->source) y->source = x->source;
        if (!y->amount_text[0]) {
            y->amount = x->amount;
            snprintf(y->currency, sizeof y->currency, "%s", x->currency);
            snprintf(y->amount_text, sizeof y->amount_text, "%s", x->amount_text);
        }
    }
    if ((rc = new_ids(p, "facts_id_seq", n_new, ids, err))) goto done;
    for (size_t i = 0; i < n; i++)
        if (fact[i] < 0) fact[i] = ids[-fact[i] - 1];
    arr u[10] = {{{0}, 0}}, w[15] = {{{0}, 0}};
    for (size_t m = 0; m < nall; m++) {
        const ev_sig *y = &f[m].s;
        char amt[40];
        snprintf(amt, sizeof amt, "%.17g", y->amount);
        if (!f[m].added) continue;
        arr *c = f[m].stored ? u : w;
        int k = 0;
        arr_int(&c[k++], f[m].stored ? f[m].id : ids[-f[m].id - 1]);
        if (!f[m].stored) {
            arr_int(&c[k++], y->type);
            arr_int(&c[k++], y->a0);
            arr_id(&c[k++], y->a1);
            arr_id(&c[k++], y->a2);
            arr_int(&c[k++], y->neg);
        }
        arr_int(&c[k++], f[m].added);
        arr_int(&c[k++], y->status);
        arr_int(&c[k++], y->modality);
        arr_str(&c[k++], y->time_value);
        arr_id(&c[k++], y->place);
        arr_id(&c[k++], y->source);
        arr_str(&c[k++], y->amount_text);
        arr_raw(&c[k++], amt);
        arr_str(&c[k++], y->currency);
    }
    if (u[0].n)
        rc = run_arrays(p,
                        "UPDATE facts f SET n_evidence=f.n_evidence+u.added, status=u.status, modality=u.modality,"
                        " time_value=u.tv, place=u.place, source=u.source, amount_text=u.at, amount_value=u.av,"
                        " currency=u.cur FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[], $5::text[],"
                        " $6::bigint[], $7::bigint[], $8::text[], $9::float8[], $10::text[])"
                        " AS u(id, added, status, modality, tv, place, source, at, av, cur) WHERE f.id=u.id",
                        NULL, u, 10, "facts", NULL, err);
    arr_free(u, 10);
    if (!rc && w[0].n)
        rc = run_arrays(p,
                        "INSERT INTO facts(id,type,a0,a1,a2,neg,n_evidence,status,modality,time_value,place,source,"
                        "amount_text,amount_value,currency) SELECT * FROM unnest($1::bigint[], $2::int[],"
                        " $3::bigint[], $4::bigint[], $5::bigint[], $6::int[], $7::int[], $8::int[], $9::int[],"
                        " $10::text[], $11::bigint[], $12::bigint[], $13::text[], $14::float8[], $15::text[])",
                        NULL, w, 15, "facts", NULL, err);
    arr_free(w, 15);
done:
    PQclear(r);
    free(f);
    free(ids);
    return rc;
}

/* Stores layer 1 of a document under row `doc`: sentences (with their
 * tsvector), document entities, evidence, each table in one statement.
 * With `resolve` (ingest) layer 2 is built in the same pass; without it
 * (reindex) the links stay NULL for rebuild_graph.  de_ids: the ids of
 * its document entities when the caller took them already (else NULL).
 * r may be NULL. */
int tl_store_pg_store_layer1(tl_store_pg *p, int64_t doc, const tl_doc *d, int resolve, const int64_t *de_ids,
                             tl_store_ingest_result *r, tl_error *err) {
    char b[4][24];
    tl_store_ingest_result ignore = {0};
    if (!r) r = &ignore;
    const char *docp = ip(b[0], doc);
    /* sentences in one statement from two int arrays, the document's
     * sentence id range in the same */
    arr sc[2] = {{{0}, 0}};
    for (uint32_t i = 0; i < d->n_sentences; i++) {
        const tl_sentence *se = &d->sentences[i];
        if (se->end <= se->start || se->end > d->len) continue;
        arr_int(&sc[0], se->start);
        arr_int(&sc[1], se->end);
    }
    int rc = TL_OK;
    if (sc[0].n) {
        /* the text as a parameter too: cut from the stored (toasted) row,
         * each sentence would decompress the whole document again */
        const char *v[4] = {docp, arr_done(&sc[0]), arr_done(&sc[1]), d->text ? d->text : ""};
        int lens[4] = {0, 0, 0, (int)d->len}, bin[4] = {0, 0, 0, 1};
        if (!v[1] || !v[2]) rc = fail(err, TL_ENOMEM, "out of memory");
        else
            rc = tl_store_pg_write_bin(p,
                                        "WITH s AS (INSERT INTO sentences(doc,start,\"end\",tsv) SELECT $1::bigint, u.s,"
                                        " u.e, to_tsvector('simple', convert_from(substring($4::bytea from u.s+1 for"
                                        " u.e-u.s),'UTF8')) FROM unnest($2::int[], $3::int[]) WITH ORDINALITY AS"
                                        " u(s,e,o) ORDER BY u.o RETURNING id)"
                                        " UPDATE documents SET sent_first=coalesce((SELECT min(id) FROM s),0),"
                                        " sent_last=coalesce((SELECT max(id) FROM s),-1) WHERE id=$1::bigint",
                                        4, v, lens, bin, "sentences", err);
    }
    arr_free(sc, 2);
    if (rc) return rc;

    size_t ne = d->n_entities, nf = d->n_facts;
    int64_t *de = calloc(ne + 1, sizeof *de), *fact = calloc(nf + 1, sizeof *fact);
    int *fcreated = calloc(nf + 1, sizeof *fcreated);
    size_t *fidx = calloc(nf + 1, sizeof *fidx);
    ev_sig *sig = calloc(nf + 1, sizeof *sig);
    dent *v = calloc(ne + 1, sizeof *v);
    sbuf *spans = calloc(ne + 1, sizeof *spans);
    int64_t *last = calloc(ne + 1, sizeof *last);
    if (!de || !fact || !fcreated || !fidx || !sig || !v || !spans || !last) {
        rc = fail(err, TL_ENOMEM, "out of memory");
        goto done;
    }
    for (uint32_t i = 0; i < d->n_mentions; i++) {
        const tl_mention *m = &d->mentions[i];
        if (m->entity < 0 || (uint32_t)m->entity >= ne || m->end < m->start) continue;
        int64_t dz = (int64_t)m->start - last[m->entity];
        if (!varint_put(&spans[m->entity], ((uint64_t)dz << 1) ^ (uint64_t)(dz >> 63)) ||
            !varint_put(&spans[m->entity], (uint64_t)(m->end - m->start))) {
            rc = fail(err, TL_ENOMEM, "out of memory");
            goto done;
        }
        last[m->entity] = (int64_t)m->start;
    }
    for (size_t i = 0; i < ne; i++) {
        v[i].type = (int)d->entities[i].type;
        tl_store_pg_doc_names(&d->entities[i], &v[i].dn);
    }
    if (resolve && (rc = tl_store_pg_resolve_doc(p, v, ne, err))) goto done;
    if (de_ids) memcpy(de, de_ids, ne * sizeof *de);
    else if ((rc = new_ids(p, "doc_entities_id_seq", ne, de, err))) goto done;
    if (ne) {
        arr c[8] = {{{0}, 0}};
        static const char hex[] = "0123456789abcdef";
        for (size_t i = 0; i < ne; i++) {
            const tl_entity *en = &d->entities[i];
            if (resolve && !v[i].generic) {
                if (v[i].created) r->n_entities_new++;
                else r->n_entities_joined++;
            }
            char nm[1024];
            cstr(nm, sizeof nm, en->name);
            arr_int(&c[0], de[i]);
            arr_int(&c[1], (int64_t)i);
            arr_int(&c[2], en->type);
            arr_str(&c[3], nm);
            /* aliases joined by U+001F, as the SQLite backend keeps them */
            sbuf al = {0};
            sb_add(&al, "", 0);
            for (int k = 1; k < v[i].dn.n; k++) {
                if (k > 1) sb_add(&al, "\x1f", 1);
                sb_add(&al, v[i].dn.name[k], v[i].dn.len[k]);
            }
            arr_txt(&c[4], al.v ? al.v : "", al.n);
            if (al.oom) c[4].b.oom = 1;
            free(al.v);
            arr_int(&c[5], en->n_mentions);
            arr_id(&c[6], v[i].ent);
            /* the spans BLOB as hex text, decoded by the server */
            sbuf hx = {0};
            sb_add(&hx, "", 0);
            for (size_t k = 0; k < spans[i].n; k++) {
                unsigned char ch = (unsigned char)spans[i].v[k];
                char two[2] = {hex[ch >> 4], hex[ch & 15]};
                sb_add(&hx, two, 2);
            }
            arr_txt(&c[7], hx.v ? hx.v : "", hx.n);
            if (hx.oom) c[7].b.oom = 1;
            free(hx.v);
        }
        rc = run_arrays(p,
                        "INSERT INTO doc_entities(id,doc,idx,type,name,aliases,n_mentions,entity,spans)"
                        " SELECT u.id, $1::bigint, u.idx, u.type, u.name, u.aliases, u.nm, u.ent, decode(u.sp,'hex')"
                        " FROM unnest($2::bigint[], $3::int[], $4::int[], $5::text[], $6::text[], $7::int[],"
                        " $8::bigint[], $9::text[]) AS u(id, idx, type, name, aliases, nm, ent, sp)",
                        docp, c, 8, "document entities", NULL, err);
        if (rc) goto done;
        if (resolve && (rc = tl_store_pg_write_resolution(p, v, de, ne, err))) goto done;
    }
#define DE(x) ((x) >= 0 && (size_t)(x) < ne ? de[(x)] : 0)
/* an argument the graph keeps no entity for reads -1 (tl_store_pg_attach_facts) */
#define ENT(x) ((x) >= 0 && (size_t)(x) < ne ? (v[(x)].ent ? v[(x)].ent : -1) : 0)
    size_t n_ev = 0;
    for (uint32_t i = 0; i < nf; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type >= TL_FACT_TYPE_COUNT || DE(f->args[0]) == 0) continue;
        ev_sig *s = &sig[n_ev];
        *s = (ev_sig){(int)f->type, f->modality == TL_NEGATED, f->status, f->modality, ENT(f->args[0]),
                      ENT(f->args[1]), ENT(f->args[2]), ENT(f->place), ENT(f->source), "", "", "", f->amount_value};
        snprintf(s->time_value, sizeof s->time_value, "%.*s", (int)strnlen(f->time_value, sizeof f->time_value),
                 f->time_value);
        snprintf(s->currency, sizeof s->currency, "%.*s", (int)strnlen(f->currency, sizeof f->currency),
                 f->currency);
        cstr(s->amount_text, sizeof s->amount_text, span_str(d, f->amount_text));
        fidx[n_ev++] = i;
    }
    /* the evidence keeps the fact's own field values: copy them before
     * attach_facts orders a symmetric fact's arguments */
    if (resolve && n_ev) {
        ev_sig *keep = malloc(n_ev * sizeof *keep);
        if (!keep) {
            rc = fail(err, TL_ENOMEM, "out of memory");
            goto done;
        }
        memcpy(keep, sig, n_ev * sizeof *keep);
        rc = tl_store_pg_attach_facts(p, keep, n_ev, fact, fcreated, err);
        free(keep);
        if (rc) goto done;
        for (size_t i = 0; i < n_ev; i++) {
            if (fcreated[i]) r->n_facts_new++;
            else r->n_facts_joined++;
        }
    }
    if (n_ev) {
        arr c[19] = {{{0}, 0}};
        for (size_t e = 0; e < n_ev; e++) {
            const tl_fact *f = &d->facts[fidx[e]];
            const ev_sig *s = &sig[e];
            char ttext[256], amt[32], conf[32];
            cstr(ttext, sizeof ttext, span_str(d, f->time_text));
            snprintf(amt, sizeof amt, "%.17g", f->amount_value);
            snprintf(conf, sizeof conf, "%.9g", f->confidence);
            int k = 0;
            arr_int(&c[k++], f->type);
            arr_id(&c[k++], DE(f->args[0]));
            arr_id(&c[k++], DE(f->args[1]));
            arr_id(&c[k++], DE(f->args[2]));
            arr_id(&c[k++], DE(f->from));
            arr_id(&c[k++], DE(f->place));
            arr_id(&c[k++], DE(f->source));
            arr_int(&c[k++], s->neg);
            arr_int(&c[k++], f->status);
            arr_int(&c[k++], f->modality);
            arr_int(&c[k++], f->evidence.start);
            arr_int(&c[k++], f->evidence.end);
            arr_str(&c[k++], ttext);
            arr_str(&c[k++], s->time_value);
            arr_str(&c[k++], s->amount_text);
            arr_raw(&c[k++], amt);
            arr_str(&c[k++], s->currency);
            arr_raw(&c[k++], conf);
            arr_id(&c[k++], resolve ? fact[e] : 0);
        }
        rc = run_arrays(p,
                        "INSERT INTO fact_evidence(doc,type,de0,de1,de2,de_from,place_de,source_de,neg,status,"
                        "modality,start,\"end\",time_text,time_value,amount_text,amount_value,currency,confidence,fact)"
                        " SELECT $1::bigint, * FROM unnest($2::int[], $3::bigint[], $4::bigint[], $5::bigint[],"
                        " $6::bigint[], $7::bigint[], $8::bigint[], $9::int[], $10::int[], $11::int[], $12::int[],"
                        " $13::int[], $14::text[], $15::text[], $16::text[], $17::float8[], $18::text[],"
                        " $19::float8[], $20::bigint[])",
                        docp, c, 19, "evidence", NULL, err);
    }
#undef DE
#undef ENT
done:
    for (size_t i = 0; spans && i < ne; i++) free(spans[i].v);
    free(spans);
    free(last);
    free(de);
    free(fact);
    free(fcreated);
    free(fidx);
    free(sig);
    free(v);
    return rc;
}
