/* cmd_ingest.c -- `threadline ingest`: read files and folders, extract each document, store it in the graph. */
#include "cli_store.h"
#include "tl_docread.h"
#include "tl_reader.h"
#include "tl_sha256.h"
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char HELP[] =
    "usage: threadline ingest [options] PATH...\n\n"
    "Extracts documents and stores them in the knowledge graph.  PATH is a file,\n"
    "a folder (read recursively; hidden entries skipped) or '-' for stdin.\n"
    "Formats by extension: .txt .md (and anything else given by name) as text;\n"
    ".html .htm (main text, title, date and URL from the page); .jsonl (one\n"
    "document a line: text, title, published, url, source).  The same bytes are\n"
    "stored once, so running an ingest again is safe.  A file that fails is\n"
    "reported and skipped.\n\n"
    "options:\n"
    "  --db PATH      the store (default $THREADLINE_DB or ./threadline.db)\n"
    "  --extracted    inputs are JSON from 'threadline extract --with-text'\n"
    "                 (one object a file, or one a line in .jsonl): no extraction\n"
    "  --quiet        no progress bar and no summary\n"
    "  --json         print the summary as JSON\n";

typedef struct ing {
    tl_store *st;
    tl_extractor *ex;
    int extracted, quiet, json, tty;
    /* counters for the summary */
    uint64_t files, docs_new, docs_skipped, errors, alerts;
    uint64_t bytes_done, bytes_total, n_files_total;
    uint64_t ents_new, ents_joined, facts_new, facts_joined;
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
    double el = t - g->t0, mb = (double)g->bytes_done / 1e6, tot = (double)g->bytes_total / 1e6;
    double rate = el > 0 ? mb / el : 0;
    double frac = tot > 0 ? mb / tot : 1;
    if (frac > 1) frac = 1;
    char bar[31];
    int fill = (int)(frac * 30);
    for (int i = 0; i < 30; i++) bar[i] = i < fill ? '#' : '.';
    bar[30] = 0;
    double eta = rate > 0 ? (tot - mb) / rate : 0;
    fprintf(stderr, "\r[%s] %llu/%llu files  %.1f/%.1f MB  %.2f MB/s  ETA %02d:%02d ", bar,
            (unsigned long long)g->files, (unsigned long long)g->n_files_total, mb, tot, rate,
            (int)(eta / 60), (int)eta % 60);
    if (final) fputc('\n', stderr);
}

static void file_error(ing *g, const char *path, const char *msg) {
    g->errors++;
    if (g->tty && !g->quiet) fputc('\n', stderr);
    tl_cli_err("%s: %s (skipped)", path, msg);
}

static int ends_with(const char *s, const char *suf) {
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcasecmp(s + n - m, suf) == 0;
}

/* Stores one document's text: extraction (unless pre-extracted) + ingest. */
static void store_text(ing *g, const char *path, const char *sha, const char *text, size_t len,
                       const tl_reader_doc *meta) {
    tl_error err = {0};
    int found = 0;
    if (tl_store_has_doc(g->st, sha, &found, &err) != TL_OK) { file_error(g, path, err.msg); return; }
    if (found) { g->docs_skipped++; return; }
    tl_doc *doc = NULL;
    int rc = g->extracted ? tl_docread_parse(text, len, path, &doc, &err)
                          : tl_extract(g->ex, text, len, path, &doc, &err);
    if (rc != TL_OK) { file_error(g, path, err.msg); return; }
    tl_store_docinfo info = {sha, meta ? meta->title : NULL, meta ? meta->published : NULL,
                             meta ? meta->url : NULL, meta ? meta->source : NULL, g->extracted};
    tl_store_ingest_result res = {0};
    rc = tl_store_ingest(g->st, doc, &info, &res, &err);
    if (g->extracted) tl_docread_free(doc);
    else tl_doc_free(doc);
    if (rc != TL_OK) { file_error(g, path, err.msg); return; }
    if (res.skipped) { g->docs_skipped++; return; }
    g->docs_new++;
    g->ents_new += res.n_entities_new;
    g->ents_joined += res.n_entities_joined;
    g->facts_new += res.n_facts_new;
    g->facts_joined += res.n_facts_joined;
    if (res.n_alerts) {
        g->alerts += res.n_alerts;
        if (!g->quiet && !g->json) {
            if (g->tty) fputc('\n', stderr);
            fprintf(stderr, "alert: %s mentions %u watched entit%s (see 'threadline alerts')\n", path,
                    res.n_alerts, res.n_alerts == 1 ? "y" : "ies");
        }
        if (g->alert_list) json_array_append_new(g->alert_list, json_string(path));
    }
}

static char *read_all(FILE *f, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *b = malloc(cap + 1);
    if (!b) return NULL;
    for (;;) {
        size_t r = fread(b + n, 1, cap - n, f);
        n += r;
        if (n < cap) break;
        cap *= 2;
        char *nb = realloc(b, cap + 1);
        if (!nb) { free(b); return NULL; }
        b = nb;
    }
    if (ferror(f)) { free(b); return NULL; }
    b[n] = 0;
    *len = n;
    return b;
}

static void ingest_bytes(ing *g, const char *path, char *bytes, size_t len) {
    char sha[65];
    if (ends_with(path, ".jsonl")) {
        /* one document a line; each line's bytes are its identity */
        size_t line = 0;
        for (size_t i = 0; i < len;) {
            char *nl = memchr(bytes + i, '\n', len - i);
            size_t e = nl ? (size_t)(nl - bytes) : len;
            line++;
            size_t s = i;
            i = e + 1;
            while (s < e && (bytes[s] == ' ' || bytes[s] == '\r' || bytes[s] == '\t')) s++;
            if (s == e) continue;
            char where[4096];
            snprintf(where, sizeof where, "%s:%zu", path, line);
            tl_sha256_hex(bytes + s, e - s, sha);
            if (g->extracted) {
                store_text(g, where, sha, bytes + s, e - s, NULL);
                continue;
            }
            tl_reader_doc d = {0};
            tl_error err = {0};
            if (tl_reader_jsonl(bytes + s, e - s, &d, &err) != TL_OK) { file_error(g, where, err.msg); continue; }
            store_text(g, where, sha, d.text, d.len, &d);
            tl_reader_clear(&d);
        }
        return;
    }
    tl_sha256_hex(bytes, len, sha);
    if (!g->extracted && (ends_with(path, ".html") || ends_with(path, ".htm"))) {
        tl_reader_doc d = {0};
        int found = 0;
        tl_error err = {0};
        /* skip the HTML pass too when the page is stored already */
        if (tl_store_has_doc(g->st, sha, &found, &err) == TL_OK && found) { g->docs_skipped++; return; }
        if (tl_reader_html(bytes, len, &d) != TL_OK) { file_error(g, path, "out of memory"); return; }
        store_text(g, path, sha, d.text, d.len, &d);
        tl_reader_clear(&d);
        return;
    }
    store_text(g, path, sha, bytes, len, NULL);
}

static void ingest_file(ing *g, const char *path) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) { file_error(g, path, "cannot open"); return; }
    size_t len = 0;
    char *b = read_all(f, &len);
    if (f != stdin) fclose(f);
    if (!b) { file_error(g, path, "cannot read"); g->files++; return; }
    ingest_bytes(g, path, b, len);
    free(b);
    g->files++;
    g->bytes_done += len;
    draw(g, 0);
}

typedef struct flist {
    char **v;
    size_t n, cap;
} flist;

static int known_ext(const char *p) {
    return ends_with(p, ".txt") || ends_with(p, ".md") || ends_with(p, ".html") || ends_with(p, ".htm") ||
           ends_with(p, ".jsonl") || ends_with(p, ".json");
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Lists the files under path (recursively), sorted, so a re-run sees them
 * in the same order.  Returns 0 when out of memory. */
static int walk(ing *g, const char *path, flist *out, int top) {
    struct stat sb;
    if (strcmp(path, "-") != 0 && stat(path, &sb) != 0) {
        file_error(g, path, "no such file or folder");
        return 1;
    }
    if (strcmp(path, "-") == 0 || !S_ISDIR(sb.st_mode)) {
        if (!top && !known_ext(path)) return 1; /* in folders, only known formats */
        if (out->n == out->cap) {
            size_t cap = out->cap ? out->cap * 2 : 64;
            char **v = realloc(out->v, cap * sizeof *v);
            if (!v) return 0;
            out->v = v;
            out->cap = cap;
        }
        if (!(out->v[out->n] = strdup(path))) return 0;
        out->n++;
        if (strcmp(path, "-") != 0) g->bytes_total += (uint64_t)sb.st_size;
        return 1;
    }
    DIR *d = opendir(path);
    if (!d) { file_error(g, path, "cannot read the folder"); return 1; }
    flist sub = {0};
    struct dirent *e;
    int ok = 1;
    while (ok && (e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        size_t n = strlen(path) + strlen(e->d_name) + 2;
        char *p = malloc(n);
        if (!p) { ok = 0; break; }
        snprintf(p, n, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/", e->d_name);
        if (sub.n == sub.cap) {
            size_t cap = sub.cap ? sub.cap * 2 : 64;
            char **v = realloc(sub.v, cap * sizeof *v);
            if (!v) { free(p); ok = 0; break; }
            sub.v = v;
            sub.cap = cap;
        }
        sub.v[sub.n++] = p;
    }
    closedir(d);
    if (sub.n) qsort(sub.v, sub.n, sizeof *sub.v, cmp_str);
    for (size_t i = 0; i < sub.n; i++) {
        if (ok) ok = walk(g, sub.v[i], out, 0);
        free(sub.v[i]);
    }
    free(sub.v);
    return ok;
}

int tl_cmd_ingest(int argc, char **argv) {
    const char *db = NULL, *pos[4096];
    ing g = {0};
    cli_opt opts[] = {{"--db", &db, NULL}, {"--extracted", NULL, &g.extracted}, {"--quiet", NULL, &g.quiet},
                      {"-q", NULL, &g.quiet}, {"--json", NULL, &g.json}, {NULL, NULL, NULL}};
    int np = 0, prc = cli_parse(argc, argv, opts, pos, 4096, &np);
    if (prc == 0) { fputs(HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    if (np == 0) { tl_cli_err("ingest: give at least one file or folder (see 'threadline ingest --help')"); return TL_EXIT_USAGE; }
    g.tty = isatty(2);
    g.t0 = now();
    flist files = {0};
    for (int i = 0; i < np; i++)
        if (!walk(&g, pos[i], &files, 1)) { tl_cli_err("out of memory"); return TL_EXIT_FAIL; }
    g.n_files_total = files.n;
    int rc = TL_EXIT_OK;
    if (!(g.st = cli_open(db))) { rc = TL_EXIT_FAIL; goto done; }
    if (!g.extracted) {
        tl_error err = {0};
        if (!(g.ex = tl_extractor_new(NULL, &err))) {
            tl_cli_err("cannot start extraction: %s", err.msg);
            rc = TL_EXIT_FAIL;
            goto done;
        }
    }
    if (g.json) g.alert_list = json_array();
    for (size_t i = 0; i < files.n; i++) ingest_file(&g, files.v[i]);
    draw(&g, 1);
    double el = now() - g.t0;
    if (g.json) {
        json_t *o = json_pack("{s:I,s:I,s:I,s:I,s:I,s:f,s:f,s:I,s:I,s:I,s:I,s:o}", "files", (json_int_t)g.files,
                              "documents_new", (json_int_t)g.docs_new, "documents_skipped",
                              (json_int_t)g.docs_skipped, "errors", (json_int_t)g.errors, "bytes",
                              (json_int_t)g.bytes_done, "seconds", el, "mb_per_s",
                              el > 0 ? (double)g.bytes_done / 1e6 / el : 0.0, "entities_new",
                              (json_int_t)g.ents_new, "entities_joined", (json_int_t)g.ents_joined, "facts_new",
                              (json_int_t)g.facts_new, "facts_joined", (json_int_t)g.facts_joined, "alerts",
                              g.alert_list);
        g.alert_list = NULL;
        if (cli_print_json(o) != TL_EXIT_OK) rc = TL_EXIT_FAIL;
    } else if (!g.quiet) {
        fprintf(stderr,
                "ingested %llu new document%s (%llu already stored, %llu error%s) from %llu file%s, "
                "%.1f MB in %.1f s (%.2f MB/s)\n"
                "entities: %llu new, %llu joined existing; facts: %llu new, %llu corroborated%s\n",
                (unsigned long long)g.docs_new, g.docs_new == 1 ? "" : "s", (unsigned long long)g.docs_skipped,
                (unsigned long long)g.errors, g.errors == 1 ? "" : "s", (unsigned long long)g.files,
                g.files == 1 ? "" : "s", (double)g.bytes_done / 1e6, el,
                el > 0 ? (double)g.bytes_done / 1e6 / el : 0.0, (unsigned long long)g.ents_new,
                (unsigned long long)g.ents_joined, (unsigned long long)g.facts_new,
                (unsigned long long)g.facts_joined, g.alerts ? "; alerts raised (see 'threadline alerts')" : "");
    }
    if (g.errors && rc == TL_EXIT_OK) rc = TL_EXIT_FAIL;
done:
    json_decref(g.alert_list);
    for (size_t i = 0; i < files.n; i++) free(files.v[i]);
    free(files.v);
    tl_extractor_free(g.ex);
    tl_store_close(g.st);
    return rc;
}
