/* cmd_documents.c -- `threadline documents` and `threadline forget`: the stored documents as first-class objects. */
#include "cli_store.h"

static const char HELP_DOCS[] =
    "usage: threadline documents [--json] [--db PATH]\n\n"
    "Lists the stored documents, oldest first: #id, the first 12 hex digits of\n"
    "the sha256, published date, size, sentences, entities and facts found in\n"
    "it, and its path or title.\n";

static const char HELP_FORGET[] =
    "usage: threadline forget DOC [--json] [--db PATH]\n\n"
    "Removes one document (DOC: #id, its sha256 or a prefix of 6+ hex digits,\n"
    "or its path as 'documents' lists it) with its sentences and evidence, and\n"
    "whatever only it supported: entities and facts no other document names\n"
    "go; facts others support lose its evidence.  The graph is rebuilt from\n"
    "the documents left and the corrections are re-applied.\n";

typedef struct docs_ctx {
    int json;
    json_t *arr;
    long n;
} docs_ctx;

static int doc_row(void *p, const tl_store_docrow *d) {
    docs_ctx *x = p;
    x->n++;
    if (x->json) {
        json_array_append_new(x->arr,
                              json_pack("{s:I,s:s,s:s,s:s,s:s?,s:s?,s:s?,s:s,s:I,s:I,s:I,s:I}", "id", (json_int_t)d->id,
                                        "doc_id", d->sha256, "sha256", d->sha256, "path", d->path, "title", *d->title ? d->title : NULL,
                                        "published", *d->published ? d->published : NULL, "url",
                                        *d->url ? d->url : NULL, "ingested_at", d->ingested_at, "bytes",
                                        (json_int_t)d->bytes, "sentences", (json_int_t)d->n_sentences, "entities",
                                        (json_int_t)d->n_entities, "facts", (json_int_t)d->n_facts));
        return 0;
    }
    printf("#%-5lld %.12s  %-10s %8lld B %5lld sent %4lld ent %4lld facts  %s\n", (long long)d->id, d->sha256,
           *d->published ? d->published : "-", (long long)d->bytes, (long long)d->n_sentences,
           (long long)d->n_entities, (long long)d->n_facts, *d->title ? d->title : d->path);
    return 0;
}

int tl_cmd_documents(int argc, char **argv) {
    const char *db = NULL;
    int json = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL}, {"--json", NULL, &json}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, NULL, 0, &np);
    if (prc == 0) { fputs(HELP_DOCS, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    docs_ctx c = {json, json ? json_array() : NULL, 0};
    if (json && !c.arr) { tl_store_close(st); tl_cli_err("out of memory"); return TL_EXIT_FAIL; }
    tl_error err = {0};
    int rc = tl_store_documents(st, doc_row, &c, &err);
    tl_store_close(st);
    if (rc != TL_OK) { json_decref(c.arr); tl_cli_err("%s", err.msg); return TL_EXIT_FAIL; }
    if (json) return cli_print_json(c.arr);
    if (c.n == 0) fprintf(stderr, "no documents\n");
    return TL_EXIT_OK;
}

int tl_cmd_forget(int argc, char **argv) {
    const char *db = NULL, *pos[1] = {NULL};
    int json = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL}, {"--json", NULL, &json}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, pos, 1, &np);
    if (prc == 0) { fputs(HELP_FORGET, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    if (np != 1) { tl_cli_err("forget: name one document (see 'threadline forget --help')"); return TL_EXIT_USAGE; }
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    tl_error err = {0};
    tl_store_forget_result r = {0};
    int rc = tl_store_forget(st, pos[0], &r, &err);
    tl_store_close(st);
    if (rc != TL_OK) {
        tl_cli_err("forget: %s", err.msg);
        return rc == TL_ENOTFOUND ? TL_EXIT_NOTFOUND : TL_EXIT_FAIL;
    }
    if (json)
        return cli_print_json(json_pack("{s:I,s:I,s:I}", "document", (json_int_t)r.doc, "entities_removed",
                                        (json_int_t)r.entities_removed, "facts_removed", (json_int_t)r.facts_removed));
    printf("forgot document #%lld: %lld entities and %lld facts no other document supports went with it\n",
           (long long)r.doc, (long long)r.entities_removed, (long long)r.facts_removed);
    return TL_EXIT_OK;
}
