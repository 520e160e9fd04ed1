/* cli_store.c -- helpers shared by the store commands: options, opening the store, naming entities, JSON output. */
#include "cli_store.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

tl_store *cli_open_create(const char *db) {
    tl_store *st = NULL;
    tl_error err = {0};
    const char *path = tl_cli_db_path(db);
    if (tl_store_open(path, &st, &err) != TL_OK) {
        tl_cli_err("%s", err.msg);
        return NULL;
    }
    return st;
}

tl_store *cli_open(const char *db) {
    tl_store *st = NULL;
    tl_error err = {0};
    const char *path = tl_cli_db_path(db);
    struct stat sb;
    /* Only ingest creates a store: a mistyped path must not answer from a
     * new, empty one (nor leave a file behind). */
    if (!tl_store_is_pg(path) && stat(path, &sb) != 0) {
        tl_cli_err("no store at '%s' (create one with 'threadline ingest --db %s FILE...')", path, path);
        return NULL;
    }
    if (tl_store_open(path, &st, &err) != TL_OK) {
        tl_cli_err("%s", err.msg);
        return NULL;
    }
    return st;
}

typedef struct cand_ctx {
    json_t *arr;
    int64_t first;
} cand_ctx;

static int cand_cb(void *ctx, const tl_store_entity *e) {
    cand_ctx *c = ctx;
    if (!c->first) c->first = e->id;
    json_array_append_new(c->arr, cli_entity_json(e));
    return 0;
}

int cli_entity(tl_store *st, const char *name, int json, int64_t *id) {
    tl_error err = {0};
    int n = 0;
    cand_ctx c = {json_array(), 0};
    if (!c.arr) { tl_cli_err("out of memory"); return TL_EXIT_FAIL; }
    if (tl_store_entity_find(st, name, cand_cb, &c, &n, &err) != TL_OK) {
        json_decref(c.arr);
        tl_cli_err("%s", err.msg);
        return TL_EXIT_FAIL;
    }
    if (n == 1) {
        json_decref(c.arr);
        *id = c.first;
        return TL_EXIT_OK;
    }
    if (n == 0) {
        json_decref(c.arr);
        tl_cli_err("no entity named '%s'", name);
        if (json) cli_print_json(json_pack("{s:s,s:s}", "error", "not found", "name", name));
        return TL_EXIT_NOTFOUND;
    }
    tl_cli_err("'%s' is ambiguous; it names %d entities:", name, n);
    size_t i;
    json_t *e;
    json_array_foreach(c.arr, i, e)
        fprintf(stderr, "  #%-8lld %-7s %s  (%lld docs, %lld facts)\n",
                (long long)json_integer_value(json_object_get(e, "id")),
                json_string_value(json_object_get(e, "type")), json_string_value(json_object_get(e, "name")),
                (long long)json_integer_value(json_object_get(e, "documents")),
                (long long)json_integer_value(json_object_get(e, "facts")));
    fprintf(stderr, "Name one of them by its #id or a fuller name.\n");
    if (json) cli_print_json(json_pack("{s:s,s:s,s:O}", "error", "ambiguous", "name", name, "candidates", c.arr));
    json_decref(c.arr);
    return TL_EXIT_NOTFOUND;
}

int cli_print_json(json_t *v) {
    if (!v) { tl_cli_err("out of memory"); return TL_EXIT_FAIL; }
    int rc = json_dumpf(v, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(v);
    fputc('\n', stdout);
    if (rc != 0 || fflush(stdout) != 0) { tl_cli_err("cannot write the output"); return TL_EXIT_FAIL; }
    return TL_EXIT_OK;
}

json_t *cli_entity_json(const tl_store_entity *e) { return tl_query_entity_json(e); }
json_t *cli_fact_json(const tl_store_fact *f) { return tl_query_fact_json(f); }
json_t *cli_evidence_json(const tl_store_evidence *ev) { return tl_query_evidence_json(ev); }

json_t *cli_fact_evidence_json(tl_store *st, int64_t fact, int limit) {
    json_t *arr = NULL;
    tl_error err = {0};
    if (tl_query_fact_evidence(st, fact, limit, &arr, &err) != TL_OK) {
        tl_cli_err("%s", err.msg);
        return NULL;
    }
    return arr;
}

int cli_print_query(int rc, json_t *v, const tl_error *err) {
    if (rc != TL_OK) {
        tl_cli_err("%s", err->msg);
        return rc == TL_ENOTFOUND ? TL_EXIT_NOTFOUND : rc == TL_EINVAL ? TL_EXIT_USAGE : TL_EXIT_FAIL;
    }
    return cli_print_json(v);
}

void cli_print_fact_line(FILE *out, const tl_store_fact *f) {
    const char *t = tl_fact_type_name(f->type);
    fprintf(out, "[%lld] %s%s: %s", (long long)f->id, f->negated ? "NOT " : "", t ? t : "?",
            f->arg_names[0] ? f->arg_names[0] : "?");
    if (f->arg_names[1]) fprintf(out, " -> %s", f->arg_names[1]);
    if (f->arg_names[2]) {
        const char *r = tl_fact_role_name(f->type, 2);
        fprintf(out, " (%s %s)", r ? r : "with", f->arg_names[2]);
    }
    if (f->place_name) fprintf(out, " in %s", f->place_name);
    if (f->time_value[0]) fprintf(out, " [%s]", f->time_value);
    if (f->amount_text[0]) fprintf(out, " {%s}", f->amount_text);
    fprintf(out, " — %s", tl_modality_name(f->modality) ? tl_modality_name(f->modality) : "?");
    if (f->source_name) fprintf(out, " by %s", f->source_name);
    if (f->rejected) fprintf(out, " (REJECTED)");
    fputc('\n', out);
}

typedef struct pev_ctx {
    FILE *out;
    int limit, n;
    const char *indent;
} pev_ctx;

static int pev_cb(void *ctx, const tl_store_evidence *ev) {
    pev_ctx *c = ctx;
    if (c->n++ >= c->limit) return 0; /* keep counting */
    fprintf(c->out, "%s\"", c->indent);
    /* one line: newlines inside the sentence become spaces */
    for (size_t i = 0; i < ev->len; i++) fputc(ev->text[i] == '\n' || ev->text[i] == '\r' ? ' ' : ev->text[i], c->out);
    fprintf(c->out, "\"\n%s   — %s", c->indent, ev->doc_title[0] ? ev->doc_title : ev->doc_path);
    if (ev->published[0]) fprintf(c->out, ", %s", ev->published);
    fprintf(c->out, " (%s @%u)\n", ev->doc_path, ev->start);
    return 0;
}

int cli_print_evidence(FILE *out, tl_store *st, int64_t fact, int limit, const char *indent) {
    pev_ctx c = {out, limit, 0, indent};
    tl_error err = {0};
    if (tl_store_fact_evidence(st, fact, pev_cb, &c, &err) != TL_OK) {
        tl_cli_err("%s", err.msg);
        return TL_EDB;
    }
    if (c.n > limit) fprintf(out, "%s(+%d more sources)\n", indent, c.n - limit);
    return TL_OK;
}

long long cli_number(const char *s) {
    if (!s || !*s) return -1;
    char *end;
    long long v = strtoll(s, &end, 10);
    return *end || v < 0 ? -1 : v;
}

static int two_digits(const char *s, int lo, int hi) {
    if (s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9') return 0;
    int v = (s[0] - '0') * 10 + (s[1] - '0');
    return v >= lo && v <= hi;
}

int cli_is_date(const char *s) {
    if (!s) return 0;
    for (int i = 0; i < 4; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    if (!s[4]) return 1;
    if (s[4] != '-' || !two_digits(s + 5, 1, 12)) return 0;
    if (!s[7]) return 1;
    return s[7] == '-' && two_digits(s + 8, 1, 31) && !s[10];
}

int cli_correction(int argc, char **argv, int kind, const char *help, int n_args) {
    const char *db = NULL, *pos[2] = {NULL, NULL};
    int json = 0, np = 0, force = 0;
    int forceable = kind == TL_CORR_MERGE || kind == TL_CORR_ALIAS_ADD;
    cli_opt opts[] = {{"--db", &db, NULL}, {"--json", NULL, &json}, {forceable ? "--force" : NULL, NULL, &force},
                      {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, pos, n_args, &np);
    if (prc == 0) { fputs(help, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    if (np != n_args) { tl_cli_err("%s: wrong number of arguments (see '%s --help')", argv[0], argv[0]); return TL_EXIT_USAGE; }
    long long fact = 0;
    if (kind == TL_CORR_REJECT && (fact = cli_number(pos[0][0] == '#' ? pos[0] + 1 : pos[0])) <= 0) {
        tl_cli_err("%s: give a fact id (as listed by 'threadline facts')", argv[0]);
        return TL_EXIT_USAGE;
    }
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    int rc = TL_EXIT_OK;
    int64_t a = 0, b = 0;
    /* resolve names here first so an ambiguous one lists its candidates */
    if (kind != TL_CORR_REJECT) rc = cli_entity(st, pos[0], json, &a);
    if (rc == TL_EXIT_OK && kind == TL_CORR_MERGE) rc = cli_entity(st, pos[1], json, &b);
    if (rc != TL_EXIT_OK) { tl_store_close(st); return rc; }
    tl_error err = {0};
    int64_t id = 0;
    int src = tl_store_correct(st, kind | (force ? TL_CORR_FORCE : 0), pos[0], pos[1], fact, &id, &err);
    tl_store_close(st);
    if (src != TL_OK) {
        tl_cli_err("%s: %s", argv[0], err.msg);
        return src == TL_ENOTFOUND ? TL_EXIT_NOTFOUND : src == TL_EINVAL ? TL_EXIT_USAGE : TL_EXIT_FAIL;
    }
    if (json)
        return cli_print_json(json_pack("{s:I,s:s,s:s,s:s?}", "correction", (json_int_t)id, "kind",
                                        tl_store_corr_name(kind), "a", pos[0], "b", pos[1]));
    printf("recorded correction %lld (%s); it is re-applied after every ingest and reindex\n", (long long)id,
           tl_store_corr_name(kind));
    return TL_EXIT_OK;
}

int cli_types(const char *list, unsigned *mask) {
    *mask = 0;
    const char *p = list;
    while (*p) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        int hit = -1;
        for (int t = 0; t < TL_ENT_TYPE_COUNT && t < 31; t++) {
            const char *name = tl_ent_type_name(t);
            if (name && strlen(name) == n && strncasecmp(name, p, n) == 0) hit = t;
        }
        if (hit < 0) return 0;
        *mask |= 1u << hit;
        p = e ? e + 1 : p + n;
    }
    return *mask != 0;
}
