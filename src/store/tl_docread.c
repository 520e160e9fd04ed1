/* tl_docread.c -- reads a pre-extracted document (the SPEC section 2 JSON with document.text) into a tl_doc. */
#include "tl_docread.h"
#include "tl_arena.h"
#include "tl_tok.h"
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int bad(tl_error *err, const char *msg) {
    if (err) {
        err->code = TL_EFORMAT;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "%s", msg);
    }
    return TL_EFORMAT;
}

/* The index of the entity whose "id" is id, or -1.  `extract` numbers its
 * entities e1, e2... in order, so "eN" is tried at N-1 first: a document with
 * many entities and facts would otherwise cost their product. */
static int ent_index(json_t *ents, const char *id) {
    if (!id) return -1;
    if (id[0] == 'e' && id[1] >= '1' && id[1] <= '9') {
        char *end;
        unsigned long n = strtoul(id + 1, &end, 10);
        const char *eid = !*end && n <= json_array_size(ents)
                              ? json_string_value(json_object_get(json_array_get(ents, n - 1), "id"))
                              : NULL;
        if (eid && strcmp(eid, id) == 0) return (int)(n - 1);
    }
    size_t i;
    json_t *e;
    json_array_foreach(ents, i, e) {
        const char *eid = json_string_value(json_object_get(e, "id"));
        if (eid && strcmp(eid, id) == 0) return (int)i;
    }
    return -1;
}

/* A fact and where it goes: `extract` numbers facts f1, f2... in the
 * document's order (earlier versions printed the symmetric ones in a list
 * of their own, "symmetric_facts"), so the order of the ids is the order
 * extraction made them in, whichever list holds them. */
typedef struct fact_ref {
    json_t *j;
    size_t key, seq;
} fact_ref;

static int cmp_fact(const void *a, const void *b) {
    const fact_ref *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static size_t fact_key(json_t *f) {
    const char *id = json_string_value(json_object_get(f, "id"));
    if (id && id[0] == 'f' && id[1] >= '1' && id[1] <= '9') {
        char *end;
        unsigned long long n = strtoull(id + 1, &end, 10);
        if (!*end && n < (size_t)-1) return (size_t)n;
    }
    return (size_t)-1; /* no id of that form: after the others, in list order */
}

static int is_hex64(const char *s) {
    if (!s || strlen(s) != 64) return 0;
    for (int i = 0; i < 64; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) return 0;
    return 1;
}

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

/* The span of `needle` inside [from, to) of the text, else anywhere in it
 * (a date may be stated outside the fact's sentence), else {0,0}.  Only
 * its text is stored, so any occurrence will do. */
static tl_span find_in(const tl_doc *d, uint32_t from, uint32_t to, const char *needle) {
    if (!needle || !*needle) return (tl_span){0, 0};
    size_t n = strlen(needle);
    if (to > d->len) to = (uint32_t)d->len;
    for (uint32_t i = from; i + n <= to; i++)
        if (memcmp(d->text + i, needle, n) == 0) return (tl_span){i, (uint32_t)(i + n)};
    const char *hit = n <= d->len ? memmem(d->text, d->len, needle, n) : NULL;
    if (hit) return (tl_span){(uint32_t)(hit - d->text), (uint32_t)(hit - d->text + n)};
    return (tl_span){0, 0};
}

static int role_index(int type, const char *role) {
    for (int r = 0; r < TL_FACT_MAX_ROLES; r++) {
        const char *name = tl_fact_role_name(type, r);
        if (name && strcmp(name, role) == 0) return r;
    }
    return -1;
}

int tl_docread_parse(const char *json, size_t len, const char *path, tl_doc **out, tl_reader_doc *meta,
                     tl_error *err) {
    json_error_t je;
    json_t *root = json_loadb(json, len, 0, &je);
    if (!root) {
        if (err) {
            err->code = TL_EFORMAT;
            err->offset = je.position;
            snprintf(err->msg, sizeof err->msg, "bad JSON: %s", je.text);
        }
        return TL_EFORMAT;
    }
    int rc = TL_OK;
    tl_arena *a = NULL;
    fact_ref *refs = NULL;
    json_t *docj = json_object_get(root, "document");
    const char *text = json_string_value(json_object_get(docj, "text"));
    json_t *ents = json_object_get(root, "entities"), *facts = json_object_get(root, "facts");
    json_t *sym = json_object_get(root, "symmetric_facts");
    if (!json_is_object(docj) || !text) { rc = bad(err, "no document.text (extract with --with-text)"); goto done; }
    if (ents && !json_is_array(ents)) { rc = bad(err, "entities is not an array"); goto done; }
    if (facts && !json_is_array(facts)) { rc = bad(err, "facts is not an array"); goto done; }
    if (sym && !json_is_array(sym)) { rc = bad(err, "symmetric_facts is not an array"); goto done; }
    size_t tlen = json_string_length(json_object_get(docj, "text"));
    if (tlen > 0xFFFFFFF0u) { rc = bad(err, "document.text is too large"); goto done; }
    a = tl_arena_new(0);
    tl_doc *d = a ? tl_arena_calloc(a, 1, sizeof *d) : NULL;
    if (!d) { rc = TL_ENOMEM; goto oom; }
    d->arena = a;
    d->len = tlen;
    d->text = tl_arena_strndup(a, text, d->len);
    const char *p = json_string_value(json_object_get(docj, "path"));
    if (!p) p = path;
    d->path = tl_arena_strndup(a, p ? p : "-", strlen(p ? p : "-"));
    const char *title = json_string_value(json_object_get(docj, "title"));
    if (title) d->title = tl_arena_strndup(a, title, strlen(title));
    const char *pub = json_string_value(json_object_get(docj, "published"));
    if (pub) snprintf(d->published, sizeof d->published, "%s", pub);
    const char *id = json_string_value(json_object_get(docj, "id"));
    if (is_hex64(id)) memcpy(d->id, id, 65);
    if (!d->text || !d->path || (title && !d->title)) { rc = TL_ENOMEM; goto oom; }

    /* The sentences extraction cut: the tokenizer depends on the text
     * alone (already valid UTF-8: JSON strings are, and hold no NUL). */
    if (tl_tok_run(d) != TL_OK) { rc = TL_ENOMEM; goto oom; }

    size_t ne = json_array_size(ents), nm = 0, i, j;
    json_t *e, *v;
    json_array_foreach(ents, i, e) nm += json_array_size(json_object_get(e, "mentions"));
    d->entities = tl_arena_calloc(a, ne + 1, sizeof *d->entities);
    d->mentions = tl_arena_calloc(a, nm + 1, sizeof *d->mentions);
    if (!d->entities || !d->mentions) { rc = TL_ENOMEM; goto oom; }
    json_array_foreach(ents, i, e) {
        tl_entity *en = &d->entities[d->n_entities];
        const char *tname = json_string_value(json_object_get(e, "type")); /* NULL when not a string */
        int type = tname ? tl_ent_type_parse(tname) : TL_ENT_NONE;
        const char *name = json_string_value(json_object_get(e, "name"));
        if (type == TL_ENT_NONE || !name) { rc = bad(err, "an entity needs a known type and a name"); goto done; }
        en->type = (uint8_t)type;
        en->name = (tl_str){tl_arena_strndup(a, name, strlen(name)), strlen(name)};
        json_t *al = json_object_get(e, "aliases");
        en->aliases = tl_arena_calloc(a, json_array_size(al) + 1, sizeof *en->aliases);
        if (!en->name.ptr || !en->aliases) { rc = TL_ENOMEM; goto oom; }
        json_array_foreach(al, j, v) {
            const char *s = json_string_value(v);
            if (!s) continue;
            en->aliases[en->n_aliases++] = (tl_str){tl_arena_strndup(a, s, strlen(s)), strlen(s)};
            if (!en->aliases[en->n_aliases - 1].ptr) { rc = TL_ENOMEM; goto oom; }
        }
        json_t *ms = json_object_get(e, "mentions");
        en->mentions = tl_arena_calloc(a, json_array_size(ms) + 1, sizeof *en->mentions);
        if (!en->mentions) { rc = TL_ENOMEM; goto oom; }
        json_array_foreach(ms, j, v) {
            json_int_t s = json_integer_value(json_array_get(v, 0)), t = json_integer_value(json_array_get(v, 1));
            if (s < 0 || t <= s || (size_t)t > d->len) continue;
            d->mentions[d->n_mentions] = (tl_mention){.start = (uint32_t)s, .end = (uint32_t)t,
                                                      .entity = (int32_t)d->n_entities, .type = (uint8_t)type};
            en->mentions[en->n_mentions++] = d->n_mentions++;
        }
        d->n_entities++;
    }
    size_t nf = json_array_size(facts) + json_array_size(sym), k = 0;
    refs = malloc((nf + 1) * sizeof *refs);
    d->facts = tl_arena_calloc(a, nf + 1, sizeof *d->facts);
    if (!refs || !d->facts) { rc = TL_ENOMEM; goto oom; }
    json_array_foreach(facts, i, e) refs[k] = (fact_ref){e, fact_key(e), k}, k++;
    json_array_foreach(sym, i, e) refs[k] = (fact_ref){e, fact_key(e), k}, k++;
    qsort(refs, nf, sizeof *refs, cmp_fact);
    for (k = 0; k < nf; k++) {
        e = refs[k].j;
        tl_fact *f = &d->facts[d->n_facts];
        const char *tn = json_string_value(json_object_get(e, "type"));
        int type = -1;
        for (int t = 0; tn && t < TL_FACT_TYPE_COUNT; t++)
            if (strcmp(tl_fact_type_name(t), tn) == 0) type = t;
        if (type < 0) { rc = bad(err, "a fact has an unknown type"); goto done; }
        f->type = (uint8_t)type;
        f->args[0] = f->args[1] = f->args[2] = f->from = f->place = f->source = -1;
        const char *role;
        json_object_foreach(json_object_get(e, "args"), role, v) {
            int r = role_index(type, role);
            if (strcmp(role, "status") == 0) {
                static const char *const st[] = {"", "plotted", "attempted", "carried_out", "foiled"};
                const char *sv = json_string_value(v);
                for (int q = 1; sv && q < 5; q++)
                    if (strcmp(sv, st[q]) == 0) f->status = (uint8_t)q;
            } else if (strcmp(role, "from") == 0) {
                f->from = ent_index(ents, json_string_value(v));
            } else if (r >= 0) {
                f->args[r] = ent_index(ents, json_string_value(v));
            }
        }
        f->place = ent_index(ents, json_string_value(json_object_get(e, "place")));
        f->source = ent_index(ents, json_string_value(json_object_get(e, "source")));
        const char *mod = json_string_value(json_object_get(e, "modality"));
        for (int m = 0; mod && m < 4; m++)
            if (strcmp(tl_modality_name(m), mod) == 0) f->modality = (uint8_t)m;
        json_t *ev = json_array_get(json_object_get(e, "evidence"), 0);
        json_int_t s = json_integer_value(json_array_get(ev, 0)), t = json_integer_value(json_array_get(ev, 1));
        if (s >= 0 && t > s && (size_t)t <= d->len) f->evidence = (tl_span){(uint32_t)s, (uint32_t)t};
        json_t *tm = json_object_get(e, "time");
        const char *tv = json_string_value(json_object_get(tm, "value"));
        if (tv) snprintf(f->time_value, sizeof f->time_value, "%s", tv);
        f->time_text = find_in(d, f->evidence.start, f->evidence.end, json_string_value(json_object_get(tm, "text")));
        json_t *am = json_object_get(e, "amount");
        if (json_is_object(am)) {
            f->amount_text = find_in(d, f->evidence.start, f->evidence.end, json_string_value(json_object_get(am, "text")));
            f->amount_value = json_number_value(json_object_get(am, "value"));
            const char *cur = json_string_value(json_object_get(am, "currency"));
            if (cur) snprintf(f->currency, sizeof f->currency, "%s", cur);
        }
        f->confidence = (float)json_number_value(json_object_get(e, "confidence"));
        if (f->args[0] < 0) continue; /* a fact with no first argument links nothing */
        d->n_facts++;
    }
    if (meta) {
        tl_reader_doc m = {0};
        m.url = dup_or_null(json_string_value(json_object_get(docj, "url")));
        m.source = dup_or_null(json_string_value(json_object_get(docj, "source")));
        if ((json_string_value(json_object_get(docj, "url")) && !m.url) ||
            (json_string_value(json_object_get(docj, "source")) && !m.source)) {
            tl_reader_clear(&m);
            rc = TL_ENOMEM;
            goto oom;
        }
        *meta = m;
    }
    free(refs);
    json_decref(root);
    *out = d;
    return TL_OK;
oom:
    if (err) {
        err->code = TL_ENOMEM;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "out of memory");
    }
done:
    free(refs);
    tl_arena_free(a);
    json_decref(root);
    return rc;
}

void tl_docread_free(tl_doc *doc) {
    if (doc) tl_arena_free(doc->arena);
}
