/* cmd_ingest.c -- `threadline ingest`: options, progress bar and summary around tl_ingest (src/ingest/). */
#include "cli_store.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char HELP[] =
    "usage: threadline ingest [options] PATH...\n\n"
    "Extracts documents and stores them in the knowledge graph.  PATH is a file,\n"
    "a folder (read recursively; hidden entries skipped) or '-' for stdin.\n"
    "Formats by extension: .txt .md (and anything else given by name) as text;\n"
    ".html .htm (main text, title, date and URL from the page); .pdf (text of\n"
    "every page, through poppler); .jsonl (one\n"
    "document a line: text, title, published, url, source, and id, which names\n"
    "the document, else FILE:LINE does).  The same bytes are\n"
    "stored once, so running an ingest again is safe.  A file that fails is\n"
    "reported and skipped.\n\n"
    "options:\n"
    "  --db PATH      the store (default $THREADLINE_DB or ./threadline.db)\n"
    "  --extracted    inputs are JSON from 'threadline extract --with-text'\n"
    "                 (one object a file, or one a line: JSON lines are told\n"
    "                 by their first line, whatever the name; '-' is stdin):\n"
    "                 no extraction; the graph is the one a direct ingest of the\n"
    "                 same documents in the same order builds, and a document\n"
    "                 stored both ways is stored once (its document.id)\n"
    "  --jobs N       extract on N threads (default: the number of cores); the\n"
    "                 store is written in the same order, with the same result\n"
    "  --quiet        no progress bar and no summary\n"
    "  --json         print the summary as JSON\n";

/* The command's printing state; the counters are the library's. */
typedef struct ing {
    int quiet, json, tty;
    tl_ingest_stats s;
    double t0, last_draw;
    json_t *alert_list;
} ing;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void draw(ing *g, int final) {
    if (!g->tty || g->quiet) return;
    double t = now();
    if (!final && t - g->last_draw < 0.1) return;
    g->last_draw = t;
    double el = t - g->t0, mb = (double)g->s.bytes_done / 1e6, tot = (double)g->s.bytes_total / 1e6;
    double rate = el > 0 ? mb / el : 0;
    double frac = tot > 0 ? mb / tot : 1;
    if (frac > 1) frac = 1;
    char bar[31];
    int fill = (int)(frac * 30);
    for (int i = 0; i < 30; i++) bar[i] = i < fill ? '#' : '.';
    bar[30] = 0;
    double eta = rate > 0 ? (tot - mb) / rate : 0;
    fprintf(stderr, "\r[%s] %llu/%llu files  %.1f/%.1f MB  %.2f MB/s  ETA %02d:%02d ", bar,
            (unsigned long long)g->s.files, (unsigned long long)g->s.files_total, mb, tot, rate,
            (int)(eta / 60), (int)eta % 60);
    if (final) fputc('\n', stderr);
}

static void on_error(void *ctx, const char *where, const char *msg) {
    ing *g = ctx;
    if (g->tty && !g->quiet) fputc('\n', stderr);
    tl_cli_err("%s: %s (skipped)", where, msg);
}

/* Prints a committed document's alerts. */
static void on_stored(void *ctx, const char *where, const tl_store_ingest_result *res) {
    ing *g = ctx;
    if (res->n_alerts) {
        if (!g->quiet && !g->json) {
            if (g->tty) fputc('\n', stderr);
            fprintf(stderr, "alert: %s mentions %u watched entit%s (see 'threadline alerts')\n", where,
                    res->n_alerts, res->n_alerts == 1 ? "y" : "ies");
        }
        if (g->alert_list) json_array_append_new(g->alert_list, json_string(where));
    }
}

static void on_progress(void *ctx, const tl_ingest_stats *s) {
    (void)s;
    draw(ctx, 0);
}

int tl_cmd_ingest(int argc, char **argv) {
    const char *db = NULL, *pos[4096], *jobs_s = NULL;
    ing g = {0};
    tl_ingest_opts io = {0};
    tl_ingest_cb cb = {on_error, on_stored, on_progress, &g};
    tl_store *st = NULL;
    cli_opt opts[] = {{"--db", &db, NULL}, {"--extracted", NULL, &io.extracted}, {"--quiet", NULL, &g.quiet},
                      {"--jobs", &jobs_s, NULL}, {"-j", &jobs_s, NULL},
                      {"-q", NULL, &g.quiet}, {"--json", NULL, &g.json}, {NULL, NULL, NULL}};
    int np = 0, prc = cli_parse(argc, argv, opts, pos, 4096, &np);
    if (prc == 0) { fputs(HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    if (np == 0) { tl_cli_err("ingest: give at least one file or folder (see 'threadline ingest --help')"); return TL_EXIT_USAGE; }
    /* --jobs: threads that extract, the main thread (which stores, and
     * extracts while the next document is not ready) counted among them */
    long jobs = sysconf(_SC_NPROCESSORS_ONLN);
    if (jobs_s) {
        char *end;
        jobs = strtol(jobs_s, &end, 10);
        if (*end || jobs < 1 || jobs > 64) {
            tl_cli_err("ingest: --jobs: '%s' is not a number from 1 to 64", jobs_s);
            return TL_EXIT_USAGE;
        }
    }
    if (jobs < 1) jobs = 1;
    if (jobs > 64) jobs = 64;
    g.tty = isatty(2);
    g.t0 = now();
    tl_ingest_list files = {0};
    for (int i = 0; i < np; i++)
        if (tl_ingest_walk(pos[i], &files, &g.s, &cb) != TL_OK) {
            tl_cli_err("out of memory");
            tl_ingest_list_free(&files);
            return TL_EXIT_FAIL;
        }
    int rc = TL_EXIT_OK;
    /* before the first store opens and the extraction threads start */
    tl_store_process_setup();
    if (!(st = cli_open_create(db))) { rc = TL_EXIT_FAIL; goto done; }
    if (!io.extracted) {
        tl_error err = {0};
        tl_options xo = {0};
        xo.window_threads = (int)jobs;
        if (!(io.ex = tl_extractor_new(&xo, &err))) {
            tl_cli_err("cannot start extraction: %s", err.msg);
            rc = TL_EXIT_FAIL;
            goto done;
        }
    }
    if (g.json) g.alert_list = json_array();
    io.workers = (int)jobs - 1;
    io.db_path = tl_cli_db_path(db);
    if (tl_ingest_run(st, &io, files.v, files.n, &g.s, &cb, NULL) != TL_OK) {
        tl_cli_err("ingest: cannot start the extraction threads");
        rc = TL_EXIT_FAIL;
        goto done;
    }
    draw(&g, 1);
    double el = now() - g.t0;
    if (g.json) {
        json_t *o = json_pack("{s:I,s:I,s:I,s:I,s:I,s:f,s:f,s:f,s:f,s:f,s:I,s:I,s:I,s:I,s:o}", "files", (json_int_t)g.s.files,
                              "documents_new", (json_int_t)g.s.docs_new, "documents_skipped",
                              (json_int_t)g.s.docs_skipped, "errors", (json_int_t)g.s.errors, "bytes",
                              (json_int_t)g.s.bytes_done, "seconds", el, "mb_per_s",
                              el > 0 ? (double)g.s.bytes_done / 1e6 / el : 0.0, "extract_seconds", g.s.t_extract,
                              "store_seconds", g.s.t_store, "store_cpu_seconds", g.s.t_store_cpu, "entities_new",
                              (json_int_t)g.s.ents_new, "entities_joined", (json_int_t)g.s.ents_joined, "facts_new",
                              (json_int_t)g.s.facts_new, "facts_joined", (json_int_t)g.s.facts_joined, "alerts",
                              g.alert_list);
        g.alert_list = NULL;
        if (cli_print_json(o) != TL_EXIT_OK) rc = TL_EXIT_FAIL;
    } else if (!g.quiet) {
        fprintf(stderr,
                "ingested %llu new document%s (%llu already stored, %llu error%s) from %llu file%s, "
                "%.1f MB in %.1f s (%.2f MB/s)\n"
                "entities: %llu new, %llu joined existing; facts: %llu new, %llu corroborated%s\n",
                (unsigned long long)g.s.docs_new, g.s.docs_new == 1 ? "" : "s", (unsigned long long)g.s.docs_skipped,
                (unsigned long long)g.s.errors, g.s.errors == 1 ? "" : "s", (unsigned long long)g.s.files,
                g.s.files == 1 ? "" : "s", (double)g.s.bytes_done / 1e6, el,
                el > 0 ? (double)g.s.bytes_done / 1e6 / el : 0.0, (unsigned long long)g.s.ents_new,
                (unsigned long long)g.s.ents_joined, (unsigned long long)g.s.facts_new,
                (unsigned long long)g.s.facts_joined, g.s.alerts ? "; alerts raised (see 'threadline alerts')" : "");
    }
    if (g.s.errors && rc == TL_EXIT_OK) rc = TL_EXIT_FAIL;
done:
    json_decref(g.alert_list);
    tl_ingest_list_free(&files);
    tl_extractor_free(io.ex);
    tl_store_close(st);
    return rc;
}
