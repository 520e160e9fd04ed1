/* tl_ingest.c -- ingest orchestration: the folder walk, format dispatch, extraction worker threads and the group commit policy. */
#include "tl_ingest.h"
#include "tl_docread.h"
#include "tl_reader.h"
#include "tl_sha256.h"
#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

/* One run's state (the caller's thread only). */
typedef struct ing {
    tl_store *st;
    tl_extractor *ex;
    int extracted;
    tl_ingest_stats *s;
    const tl_ingest_cb *cb;
    /* the open store group (tl_store_group_begin): its documents' results
     * are held back until it commits, so nothing is reported stored that a
     * crash could still lose */
    int in_group;
    double group_t0;
    uint64_t group_bytes;
    struct pend { char *where; tl_store_ingest_result res; } *pend;
    size_t n_pend, cap_pend;
} ing;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU seconds of the calling thread: the store's share of a core, which
 * its wall time (waiting for the disk or for a core) overstates. */
static double cpu_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void report_error(tl_ingest_stats *s, const tl_ingest_cb *cb, const char *where, const char *msg) {
    s->errors++;
    if (cb && cb->error) cb->error(cb->ctx, where, msg);
}

static void file_error(ing *g, const char *path, const char *msg) { report_error(g->s, g->cb, path, msg); }

static int ends_with(const char *s, const char *suf) {
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcasecmp(s + n - m, suf) == 0;
}

/*
 * Extraction and storing overlap: worker threads read, parse and extract
 * whole files ahead of the store (tl_extractor is read-only, so one serves
 * every thread), and the main thread stores the results strictly in file
 * order, each document in its own savepoint, so the store sees exactly
 * the sequence a one-thread ingest would.  The store handle is only ever
 * used by the main thread; each worker has its own connection, only to
 * skip the extraction of documents already stored.  When the next file to
 * store is not ready, the main thread extracts a waiting file itself
 * rather than leave its core idle (with two cores there is one worker,
 * slower than the store).
 */
typedef struct item {          /* one document of a file, ready to store */
    char *where;               /* path, or path:line for .jsonl */
    char sha[65];
    tl_doc *doc;               /* NULL when skipped or failed */
    int docread;               /* doc came from tl_docread_parse */
    tl_reader_doc meta;        /* title, dates... (text freed once extracted) */
    int has_meta;
    int skipped;               /* stored already (seen by the worker) */
    char *error;               /* message when this document failed */
} item;

typedef struct job {           /* one file */
    const char *path;
    size_t len;                /* bytes read */
    char *error;               /* the file itself failed */
    item *items;
    size_t n, cap;
    int state;                 /* 0 waiting, 1 taken, 2 done */
} job;

typedef struct pipe {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    job *jobs;
    size_t n, next, consumed, window;
    const char *db;            /* for the workers' own connections, or NULL */
    ing *g;
    double t_extract;          /* summed over workers, under mu */
} pipe_t;

static char *dupmsg(const char *m) { return strdup(m ? m : "error"); }

static item *job_item(job *j, const char *where) {
    if (j->n == j->cap) {
        size_t cap = j->cap ? j->cap * 2 : 4;
        item *v = realloc(j->items, cap * sizeof *v);
        if (!v) return NULL;
        j->items = v;
        j->cap = cap;
    }
    item *it = &j->items[j->n];
    memset(it, 0, sizeof *it);
    if (!(it->where = strdup(where))) return NULL;
    j->n++;
    return it;
}

/* Reads one pre-extracted document (`--extracted`) into it.  Its identity
 * is the document.id extraction gave it (the SHA-256 of the input it read),
 * not the bytes of the JSON, so a document stored directly and the same
 * document loaded from its extraction are one document. */
static void prep_extracted(tl_store *st, item *it, const char *json, size_t len, double *t_ex) {
    tl_error err = {0};
    int found = 0;
    double t = now();
    int rc = tl_docread_parse(json, len, it->where, &it->doc, &it->meta, &err);
    *t_ex += now() - t;
    it->docread = 1;
    if (rc != TL_OK) { it->doc = NULL; it->error = dupmsg(err.msg); return; }
    it->has_meta = 1;
    if (it->doc->id[0]) memcpy(it->sha, it->doc->id, sizeof it->sha);
    if (st && tl_store_has_doc(st, it->sha, &found, &err) == TL_OK && found) {
        tl_docread_free(it->doc);
        it->doc = NULL;
        it->skipped = 1;
    }
}

/* Extracts one document's text into it (unless already stored); docpath
 * is the document's path in the store. */
static void prep_text(ing *g, tl_store *st, tl_workspace *ws, item *it, const char *text, size_t len,
                      const char *docpath, double *t_ex) {
    tl_error err = {0};
    int found = 0;
    if (g->extracted) {
        prep_extracted(st, it, text, len, t_ex);
        return;
    }
    if (st && tl_store_has_doc(st, it->sha, &found, &err) == TL_OK && found) { it->skipped = 1; return; }
    double t = now();
    int rc = tl_extract_ws(g->ex, ws, text, len, docpath, &it->doc, &err);
    *t_ex += now() - t;
    if (rc != TL_OK) { it->doc = NULL; it->error = dupmsg(err.msg); }
}

static char *read_all(FILE *f, size_t *len);

/* True when the first non-blank line of bytes is a whole JSON object on
 * one line: extractions are then JSON lines whatever the file's name (what
 * `extract --jsonl` prints on stdin, the part-NNNNN files of the cluster
 * engines); a pretty-printed one starts with a line of its own "{". */
static int one_line_object(const char *bytes, size_t len) {
    size_t i = 0, n = 0;
    while (i < len && (bytes[i] == '\n' || bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r')) i++;
    size_t s = i + tl_reader_jsonl_trim(bytes + i, len - i, &n);
    return n >= 2 && bytes[s] == '{' && bytes[s + n - 1] == '}';
}

/* Reads, splits and extracts one file (worker side, with the worker's
 * workspace ws, or NULL). */
static void prep_file(ing *g, tl_store *st, tl_workspace *ws, job *j, double *t_ex) {
    const char *path = j->path;
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) { j->error = dupmsg("cannot open"); return; }
    size_t len = 0;
    char *bytes = read_all(f, &len);
    if (f != stdin) fclose(f);
    if (!bytes) { j->error = dupmsg("cannot read"); return; }
    j->len = len;
    item *it;
    if (ends_with(path, ".jsonl") || (g->extracted && one_line_object(bytes, len))) {
        /* one document a line; each line's bytes are its identity */
        size_t line = 0;
        for (size_t i = 0; i < len;) {
            char *nl = memchr(bytes + i, '\n', len - i);
            size_t e = nl ? (size_t)(nl - bytes) : len, n = 0;
            line++;
            size_t s0 = i + tl_reader_jsonl_trim(bytes + i, e - i, &n);
            i = e + 1;
            if (n == 0) continue;
            char where[4096];
            snprintf(where, sizeof where, "%s:%zu", path, line);
            if (!(it = job_item(j, where))) { j->error = dupmsg("out of memory"); break; }
            tl_sha256_hex(bytes + s0, n, it->sha);
            if (g->extracted) { prep_text(g, st, ws, it, bytes + s0, n, NULL, t_ex); continue; }
            tl_error err = {0};
            if (tl_reader_jsonl(bytes + s0, n, &it->meta, &err) != TL_OK) { it->error = dupmsg(err.msg); continue; }
            it->has_meta = 1;
            /* the record's own id names the document, else its file and line */
            prep_text(g, st, ws, it, it->meta.text, it->meta.len, it->meta.id ? it->meta.id : where, t_ex);
        }
    } else if ((it = job_item(j, path))) {
        tl_sha256_hex(bytes, len, it->sha);
        if (!g->extracted && (ends_with(path, ".html") || ends_with(path, ".htm"))) {
            int found = 0;
            tl_error err = {0};
            /* skip the HTML pass too when the page is stored already */
            if (st && tl_store_has_doc(st, it->sha, &found, &err) == TL_OK && found) it->skipped = 1;
            else if (tl_reader_html(bytes, len, &it->meta) != TL_OK) it->error = dupmsg("out of memory");
            else {
                it->has_meta = 1;
                prep_text(g, st, ws, it, it->meta.text, it->meta.len, path, t_ex);
            }
        } else if (!g->extracted && ends_with(path, ".pdf")) {
            int found = 0;
            tl_error err = {0};
            if (st && tl_store_has_doc(st, it->sha, &found, &err) == TL_OK && found) it->skipped = 1;
            else if (tl_reader_pdf(bytes, len, &it->meta, &err) != TL_OK) it->error = dupmsg(err.msg);
            else {
                it->has_meta = 1;
                prep_text(g, st, ws, it, it->meta.text, it->meta.len, path, t_ex);
            }
        } else {
            prep_text(g, st, ws, it, bytes, len, path, t_ex);
        }
    } else {
        j->error = dupmsg("out of memory");
    }
    free(bytes);
    /* the text was copied by extraction: keep only the metadata */
    for (size_t i = 0; i < j->n; i++) {
        free(j->items[i].meta.text);
        j->items[i].meta.text = NULL;
    }
}

static void *worker(void *arg) {
    pipe_t *p = arg;
    tl_store *st = NULL;
    tl_error err = {0};
    /* its own connection, only for has_doc; without it, nothing is skipped
     * early (the main thread still skips stored documents) */
    if (!p->db || tl_store_open(p->db, &st, &err) != TL_OK) st = NULL;
    /* this thread's memos; without them (out of memory) extraction is slower, not different */
    tl_workspace *ws = p->g->extracted ? NULL : tl_workspace_new(p->g->ex, 0);
    double t_ex = 0;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->next < p->n && p->next >= p->consumed + p->window) pthread_cond_wait(&p->cv, &p->mu);
        if (p->next >= p->n) break;
        job *j = &p->jobs[p->next++];
        j->state = 1;
        pthread_mutex_unlock(&p->mu);
        prep_file(p->g, st, ws, j, &t_ex);
        pthread_mutex_lock(&p->mu);
        j->state = 2;
        pthread_cond_broadcast(&p->cv);
    }
    p->t_extract += t_ex;
    pthread_mutex_unlock(&p->mu);
    tl_workspace_free(ws);
    tl_store_close(st);
    return NULL;
}

/* Counts a committed document and tells the caller. */
static void report_stored(ing *g, const char *where, const tl_store_ingest_result *res) {
    tl_ingest_stats *s = g->s;
    s->docs_new++;
    s->ents_new += res->n_entities_new;
    s->ents_joined += res->n_entities_joined;
    s->facts_new += res->n_facts_new;
    s->facts_joined += res->n_facts_joined;
    s->alerts += res->n_alerts;
    if (g->cb && g->cb->stored) g->cb->stored(g->cb->ctx, where, res);
}

/* Groups close after this many seconds or bytes of text: long enough that
 * a commit's pages are shared by hundreds of documents (1 s and 8 MB
 * measured ~0.5 s of store time less than 0.5 s and 4 MB on the 60 MB
 * bench corpus), short enough that a correction waiting for the write
 * lock hardly notices (queries never wait: WAL). */
#define GROUP_SECONDS 1.0
#define GROUP_BYTES (8u << 20)

/* Commits the open group (if any) and reports its documents; when the
 * commit fails they are reported as errors (none of them is stored).
 * Returns TL_OK or the commit's status. */
static int group_close(ing *g) {
    if (!g->in_group) return TL_OK;
    g->in_group = 0;
    tl_error err = {0};
    double t = now(), c = cpu_now();
    int rc = tl_store_group_end(g->st, 1, &err);
    g->s->t_store += now() - t;
    g->s->t_store_cpu += cpu_now() - c;
    for (size_t i = 0; i < g->n_pend; i++) {
        if (rc == TL_OK) report_stored(g, g->pend[i].where, &g->pend[i].res);
        else file_error(g, g->pend[i].where, err.msg);
        free(g->pend[i].where);
    }
    g->n_pend = 0;
    return rc;
}

/* Stores one prepared document (main thread) in the open group, opening
 * one when needed (without a group, in a transaction of its own). */
static void store_item(ing *g, item *it) {
    if (it->error) { file_error(g, it->where, it->error); return; }
    if (it->skipped || !it->doc) { g->s->docs_skipped++; return; }
    tl_error err = {0};
    const tl_reader_doc *meta = it->has_meta ? &it->meta : NULL;
    tl_store_docinfo info = {it->sha, meta ? meta->title : NULL, meta ? meta->published : NULL,
                             meta ? meta->url : NULL, meta ? meta->source : NULL, g->extracted};
    tl_store_ingest_result res = {0};
    double t = now(), c = cpu_now();
    if (!g->in_group && tl_store_group_begin(g->st, &err) == TL_OK) {
        g->in_group = 1;
        g->group_t0 = t;
        g->group_bytes = 0;
    }
    int rc = tl_store_ingest(g->st, it->doc, &info, &res, &err);
    g->s->t_store += now() - t;
    g->s->t_store_cpu += cpu_now() - c;
    if (rc != TL_OK) { file_error(g, it->where, err.msg); return; }
    if (res.skipped) { g->s->docs_skipped++; return; }
    if (!g->in_group) { report_stored(g, it->where, &res); return; }
    char *where = strdup(it->where);
    if (where && g->n_pend == g->cap_pend) {
        size_t cap = g->cap_pend ? g->cap_pend * 2 : 64;
        struct pend *v = realloc(g->pend, cap * sizeof *v);
        if (v) {
            g->pend = v;
            g->cap_pend = cap;
        }
    }
    if (!where || g->n_pend == g->cap_pend) {
        /* out of memory: commit now rather than lose track of the document */
        free(where);
        if (group_close(g) == TL_OK) report_stored(g, it->where, &res);
        else file_error(g, it->where, "the commit failed");
        return;
    }
    g->pend[g->n_pend++] = (struct pend){where, res};
    g->group_bytes += it->doc->len;
}

/* Commits the group when it is old or large enough. */
static void group_maybe_close(ing *g) {
    if (g->in_group && (now() - g->group_t0 >= GROUP_SECONDS || g->group_bytes >= GROUP_BYTES)) group_close(g);
}

static void job_clear(job *j, int docread) {
    for (size_t i = 0; i < j->n; i++) {
        item *it = &j->items[i];
        if (docread) tl_docread_free(it->doc);
        else tl_doc_free(it->doc);
        tl_reader_clear(&it->meta);
        free(it->where);
        free(it->error);
    }
    free(j->items);
    free(j->error);
    j->items = NULL;
    j->n = j->cap = 0;
    j->error = NULL;
}

/* Ingests the files in order with `workers` extraction threads.  Returns 0
 * when the threads could not be started (nothing was done then). */
static int ingest_files(ing *g, const char *db, char *const *paths, size_t n, int workers) {
    pipe_t p = {.n = n, .window = (size_t)workers * 4 + 4, .db = db, .g = g};
    double t_ex_main = 0;
    /* The main thread extracts too while it waits: it has its own workspace
     * (NULL when out of memory: plain tl_extract, same results). */
    tl_workspace *ws_main = g->extracted ? NULL : tl_workspace_new(g->ex, 0);
    if (!(p.jobs = calloc(n + 1, sizeof *p.jobs))) { tl_workspace_free(ws_main); return 0; }
    for (size_t i = 0; i < n; i++) p.jobs[i].path = paths[i];
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.cv, NULL);
    pthread_t th[64];
    int started = 0;
    for (int i = 0; i < workers && i < 64; i++)
        if (pthread_create(&th[started], NULL, worker, &p) == 0) started++;
    if (started == 0 && workers > 0) {
        pthread_cond_destroy(&p.cv);
        pthread_mutex_destroy(&p.mu);
        free(p.jobs);
        tl_workspace_free(ws_main);
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        job *j = &p.jobs[i];
        pthread_mutex_lock(&p.mu);
        while (j->state != 2) {
            if (p.next < p.n && p.next < p.consumed + p.window) { /* help: extract the next file */
                job *k = &p.jobs[p.next++];
                k->state = 1;
                pthread_mutex_unlock(&p.mu);
                prep_file(g, g->st, ws_main, k, &t_ex_main);
                pthread_mutex_lock(&p.mu);
                k->state = 2;
                pthread_cond_broadcast(&p.cv);
                continue;
            }
            pthread_cond_wait(&p.cv, &p.mu);
        }
        pthread_mutex_unlock(&p.mu);
        if (j->error) {
            file_error(g, j->path, j->error);
        }
        for (size_t k = 0; k < j->n; k++) store_item(g, &j->items[k]);
        group_maybe_close(g);
        job_clear(j, g->extracted);
        g->s->files++;
        g->s->bytes_done += j->len;
        if (g->cb && g->cb->progress) g->cb->progress(g->cb->ctx, g->s);
        pthread_mutex_lock(&p.mu);
        p.consumed = i + 1;
        pthread_cond_broadcast(&p.cv);
        pthread_mutex_unlock(&p.mu);
    }
    group_close(g);
    for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
    g->s->t_extract += p.t_extract + t_ex_main;
    pthread_cond_destroy(&p.cv);
    pthread_mutex_destroy(&p.mu);
    free(p.jobs);
    tl_workspace_free(ws_main);
    return 1;
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

static int known_ext(const char *p) {
    return ends_with(p, ".txt") || ends_with(p, ".md") || ends_with(p, ".html") || ends_with(p, ".htm") ||
           ends_with(p, ".pdf") ||
           ends_with(p, ".jsonl") || ends_with(p, ".json");
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The folders being walked, innermost first: a symbolic link back to one
 * of them is a loop. */
typedef struct walk_up {
    const struct walk_up *up;
    dev_t dev;
    ino_t ino;
} walk_up;

/* Lists the files under path (recursively), sorted, so a re-run sees them
 * in the same order.  Returns 0 when out of memory. */
static int walk(tl_ingest_stats *s, const tl_ingest_cb *cb, const char *path, tl_ingest_list *out, int top,
                const walk_up *up) {
    struct stat sb;
    if (strcmp(path, "-") != 0 && stat(path, &sb) != 0) {
        report_error(s, cb, path, "no such file or folder");
        return 1;
    }
    if (strcmp(path, "-") == 0 || !S_ISDIR(sb.st_mode)) {
        if (!top && !known_ext(path)) return 1; /* in folders, only known formats */
        /* in folders, only plain files: reading a FIFO or a device found
         * there would wait, or read, forever (one named on its own is
         * read: the caller asked for it) */
        if (!top && !S_ISREG(sb.st_mode)) {
            report_error(s, cb, path, "not a regular file");
            return 1;
        }
        if (out->n == out->cap) {
            size_t cap = out->cap ? out->cap * 2 : 64;
            char **v = realloc(out->v, cap * sizeof *v);
            if (!v) return 0;
            out->v = v;
            out->cap = cap;
        }
        if (!(out->v[out->n] = strdup(path))) return 0;
        out->n++;
        s->files_total++;
        if (strcmp(path, "-") != 0) s->bytes_total += (uint64_t)sb.st_size;
        return 1;
    }
    for (const walk_up *a = up; a; a = a->up)
        if (a->dev == sb.st_dev && a->ino == sb.st_ino) {
            report_error(s, cb, path, "a link back to a folder above it");
            return 1;
        }
    walk_up here = {up, sb.st_dev, sb.st_ino};
    DIR *d = opendir(path);
    if (!d) { report_error(s, cb, path, "cannot read the folder"); return 1; }
    tl_ingest_list sub = {0};
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
        if (ok) ok = walk(s, cb, sub.v[i], out, 0, &here);
        free(sub.v[i]);
    }
    free(sub.v);
    return ok;
}


void tl_ingest_list_free(tl_ingest_list *l) {
    if (!l) return;
    for (size_t i = 0; i < l->n; i++) free(l->v[i]);
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

int tl_ingest_walk(const char *path, tl_ingest_list *out, tl_ingest_stats *stats, const tl_ingest_cb *cb) {
    return walk(stats, cb, path, out, 1, NULL) ? TL_OK : TL_ENOMEM;
}

int tl_ingest_run(tl_store *st, const tl_ingest_opts *opts, char *const *paths, size_t n, tl_ingest_stats *stats,
                  const tl_ingest_cb *cb, tl_error *err) {
    ing g = {.st = st, .ex = opts->ex, .extracted = opts->extracted, .s = stats, .cb = cb};
    int workers = opts->workers < 0 ? 0 : opts->workers > 64 ? 64 : opts->workers;
    int ok = ingest_files(&g, opts->db_path, paths, n, workers);
    free(g.pend);
    if (ok) return TL_OK;
    if (err) {
        err->code = TL_ENOMEM;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, "cannot start the extraction threads");
    }
    return TL_ENOMEM;
}
