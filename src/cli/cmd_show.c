/* cmd_show.c -- `threadline show ENTITY`: the dossier of one entity. */
#include "cli_store.h"
#include <string.h>

static const char HELP[] =
    "usage: threadline show ENTITY [--evidence N] [--json] [--db PATH]\n\n"
    "The dossier of an entity: names and aliases, type, facts grouped by type\n"
    "with their evidence sentences, documents, first and last seen.  ENTITY is any\n"
    "name or alias (case and accents ignored) or #id.\n\n"
    "options:\n"
    "  --evidence N   sentences shown per fact (default 1; JSON gives all)\n"
    "  --json         JSON object\n"
    "  --db PATH      the store (default $THREADLINE_DB or ./threadline.db)\n";

typedef struct ctx {
    tl_store *st;
    int ev_limit, last_type, rc;
    tl_store_entity e;
    char name[1024], first[16], last[16];
} ctx;

static int ent_cb(void *p, const tl_store_entity *e) {
    ctx *c = p;
    c->e = *e;
    snprintf(c->name, sizeof c->name, "%s", e->name);
    snprintf(c->first, sizeof c->first, "%s", e->first_seen);
    snprintf(c->last, sizeof c->last, "%s", e->last_seen);
    c->e.name = c->name;
    c->e.first_seen = c->first;
    c->e.last_seen = c->last;
    return 1;
}

static int name_cb(void *p, const char *name, const char *kind, int64_t n) {
    if (strcmp(kind, "canonical") == 0) return 0;
    printf("  aka  %s%s\n", name, strcmp(kind, "alias") == 0 ? "  (analyst alias)" : "");
    return 0;
}

static int fact_cb(void *p, const tl_store_fact *f) {
    ctx *c = p;
    if (f->type != c->last_type) {
        printf("\n  %s\n", tl_fact_type_name(f->type));
        c->last_type = f->type;
    }
    printf("    ");
    cli_print_fact_line(stdout, f);
    if (cli_print_evidence(stdout, c->st, f->id, c->ev_limit, "        ") != TL_OK) { c->rc = TL_EXIT_FAIL; return 1; }
    return 0;
}

static int doc_cb(void *p, const tl_store_doc *d) {
    printf("    %-10s %s%s%s  (%lld mention%s)\n", d->published[0] ? d->published : "undated", d->path,
           d->title[0] ? " — " : "", d->title, (long long)d->n_mentions, d->n_mentions == 1 ? "" : "s");
    return 0;
}

int tl_cmd_show(int argc, char **argv) {
    const char *db = NULL, *evn = NULL, *pos[1];
    int json = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL}, {"--evidence", &evn, NULL}, {"--json", NULL, &json}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, pos, 1, &np);
    if (prc == 0) { fputs(HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    if (np != 1) { tl_cli_err("show: name one entity (see 'threadline show --help')"); return TL_EXIT_USAGE; }
    long long ev_limit = evn ? cli_number(evn) : 1;
    if (ev_limit < 0) { tl_cli_err("show: --evidence needs a number"); return TL_EXIT_USAGE; }
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    int64_t id = 0;
    int rc = cli_entity(st, pos[0], json, &id);
    if (rc != TL_EXIT_OK) { tl_store_close(st); return rc; }
    if (json) {
        json_t *v = NULL;
        tl_error qerr = {0};
        int qrc = tl_query_show(st, id, &v, &qerr);
        tl_store_close(st);
        return cli_print_query(qrc, v, &qerr);
    }
    ctx c = {st, (int)ev_limit, -1, TL_EXIT_OK, {0}, "", "", ""};
    tl_error err = {0};
    tl_store_entity_filter ef = {.type = -1, .id = id};
    if (tl_store_entities(st, &ef, ent_cb, &c, &err) != TL_OK) goto fail;
    printf("%s  (%s, #%lld)\n", c.name, tl_ent_type_name(c.e.type), (long long)id);
    printf("  seen in %lld document%s, %lld mention%s, first %s, last %s\n", (long long)c.e.n_docs,
           c.e.n_docs == 1 ? "" : "s", (long long)c.e.n_mentions, c.e.n_mentions == 1 ? "" : "s",
           c.first[0] ? c.first : "undated", c.last[0] ? c.last : "undated");
    if (tl_store_entity_names(st, id, name_cb, &c, &err) != TL_OK) goto fail;
    tl_store_fact_filter ff = {.type = -1, .modality = -1, .entity = id};
    printf("\n  facts: %lld\n", (long long)c.e.n_facts);
    if (tl_store_facts(st, &ff, fact_cb, &c, &err) != TL_OK) goto fail;
    if (c.rc != TL_EXIT_OK) goto out;
    printf("\n  documents\n");
    if (tl_store_entity_docs(st, id, doc_cb, &c, &err) != TL_OK) goto fail;
    tl_store_close(st);
    return TL_EXIT_OK;
fail:
    tl_cli_err("%s", err.msg);
    c.rc = TL_EXIT_FAIL;
out:
    tl_store_close(st);
    return c.rc;
}
