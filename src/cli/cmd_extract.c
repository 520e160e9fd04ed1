/* cmd_extract.c -- `threadline extract`: print the extraction JSON of documents. */
#include "cli.h"
#include "cli_extract.h"
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void help(FILE *f) {
    fputs("usage: threadline extract [options] FILE...   (FILE '-' reads stdin)\n"
          "       threadline extract --input jsonl [options] [FILE...]\n\n"
          "Extracts entities and facts from each document and prints JSON\n"
          "(one object per document; several documents make a JSON array).\n\n"
          "options:\n"
          "  --jsonl            one compact JSON object per line\n"
          "  --input jsonl      a stateless filter: each input line is one document\n"
          "                     {\"id\",\"text\",\"title\",\"published\",\"url\",\"source\"}\n"
          "                     (stdin when no FILE), each output line its extraction,\n"
          "                     in order; a bad line is reported with its number and\n"
          "                     skipped (exit 1); --max-bytes limits a line\n"
          "  --with-text        include the document text as document.text\n"
          "  --symmetric-in-facts  accepted for old scripts: ASSOCIATE_OF, FAMILY_OF and\n"
          "                     MET facts are always under \"facts\"\n"
          "  --published DATE   set the published date (YYYY-MM-DD) of every document\n"
          "  --model PATH       NER model file (default: the installed one)\n"
          "  --max-bytes N      refuse documents larger than N bytes (default 256 MiB)\n"
          "  --jobs N           extract on N threads (default: the number of cores);\n"
          "                     a document over 512 KB is cut in windows that\n"
          "                     share them; the output is the same, in the same order\n"
          "  -h, --help         show this help\n\n"
          "exit status: 0 all documents done, 1 some could not be read, 2 usage error\n", f);
}

/* Reads a whole stream, up to max bytes (+1 to detect overflow), into a
 * buffer with room for a terminating NUL; hint is the expected size (the
 * file's, 0 when unknown) so that a large file is read without copies.
 * Returns the buffer (caller frees) or NULL with errno set. */
static char *read_all(FILE *fp, size_t max, size_t hint, size_t *len) {
    size_t cap = hint && hint < max ? hint + 2 : 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n + 1 >= cap) {
            if (cap > max + 1) break;
            size_t nc = cap * 2;
            char *p = realloc(buf, nc);
            if (!p) { free(buf); errno = ENOMEM; return NULL; }
            buf = p;
            cap = nc;
        }
        size_t r = fread(buf + n, 1, cap - 1 - n, fp);
        n += r;
        if (r == 0) {
            if (ferror(fp)) { int e = errno; free(buf); errno = e ? e : EIO; return NULL; }
            break;
        }
    }
    *len = n;
    return buf;
}

/*
 * Documents are extracted on --jobs threads and printed strictly in the
 * order given: each file is a job whose JSON (and its messages for stderr)
 * is kept until its turn.  The main thread prints and, while the next job
 * is not ready, extracts a waiting one itself; workers stay at most a
 * window of jobs ahead of the printer, so memory does not grow with the
 * number of files.  The extractor is read-only and shared; each thread
 * has its own memos (which change the speed, never the output).
 */
typedef struct xjob {
    const char *path;
    char *out;          /* the document's JSON, or NULL */
    size_t olen;
    char *msgs;         /* lines for stderr, or NULL */
    size_t mlen;
    int failed;
    int state;          /* 0 waiting, 1 taken, 2 done */
    int streamed;       /* its messages and JSON are already printed */
} xjob;

typedef struct xpipe {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    xjob *jobs;
    size_t n, next, consumed, window;
    const tl_extractor *ex;
    int json_flags;
    size_t max;
    pthread_mutex_t in_mu;  /* stdin is read by one job at a time */
    /* the printer's (main thread's) own state */
    int array, jsonl, progress, nfiles, printed;
} xpipe;

/* Appends one "threadline: ..." line to the job's messages (dropped when
 * out of memory: the output is unchanged). */
static void job_msg(xjob *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void job_msg(xjob *j, const char *fmt, ...) {
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    size_t ln = (size_t)n < sizeof line ? (size_t)n : sizeof line - 1;
    char *m = realloc(j->msgs, j->mlen + ln + 13);
    if (!m) return;
    j->msgs = m;
    memcpy(m + j->mlen, "threadline: ", 12);
    memcpy(m + j->mlen + 12, line, ln);
    j->mlen += ln + 12;
    m[j->mlen++] = '\n';
}

/* Prints job i's progress line and messages (printer thread only), and
 * forgets the messages. */
static void print_msgs(xpipe *p, xjob *j, size_t i) {
    if (p->progress) fprintf(stderr, "\r\033[Kextract: %zu/%d %.60s", i + 1, p->nfiles, j->path);
    if (j->mlen) {
        if (p->progress) fputs("\r\033[K", stderr);
        fwrite(j->msgs, 1, j->mlen, stderr);
    }
    free(j->msgs);
    j->msgs = NULL;
    j->mlen = 0;
}

/* What comes before a document's JSON, and after it. */
static void print_open(xpipe *p) {
    if (p->array && p->printed) fputs(",\n", stdout);
}
static void print_close(xpipe *p) {
    if (!p->array) fputc('\n', stdout);
    p->printed++;
    if (p->jsonl) fflush(stdout);
}

static int sink_stdout(void *ctx, const char *bytes, size_t n) {
    (void)ctx;
    return fwrite(bytes, 1, n, stdout) == n;
}

/* Reads, extracts and writes the JSON of one file into j (any thread).
 * stream: j is job i, the next to print, run by the printer thread: its
 * JSON goes to stdout as it is written instead of into j->out (the JSON
 * of a 50 MB document is tens of megabytes that need not be held). */
static void run_job(xpipe *p, tl_workspace *ws, xjob *j, size_t i, int stream) {
    const char *path = j->path;
    int is_stdin = strcmp(path, "-") == 0;
    if (is_stdin) pthread_mutex_lock(&p->in_mu);
    FILE *fp = is_stdin ? stdin : fopen(path, "rb");
    if (!fp) {
        if (is_stdin) pthread_mutex_unlock(&p->in_mu);
        job_msg(j, "%s: %s", path, strerror(errno));
        j->failed = 1;
        return;
    }
    struct stat st;
    size_t hint = 0;
    if (!is_stdin && fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) hint = (size_t)st.st_size;
    if (!is_stdin && fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
        job_msg(j, "%s: is a directory", path);
        fclose(fp);
        j->failed = 1;
        return;
    }
    size_t len = 0;
    char *bytes = read_all(fp, p->max, hint, &len);
    int rerr = errno;
    if (is_stdin) pthread_mutex_unlock(&p->in_mu);
    else fclose(fp);
    if (!bytes) { job_msg(j, "%s: %s", path, strerror(rerr)); j->failed = 1; return; }
    if (len > p->max) {
        job_msg(j, "%s: larger than the %zu-byte limit (see --max-bytes)", path, p->max);
        free(bytes);
        j->failed = 1;
        return;
    }
    tl_doc *doc = NULL;
    tl_error err = {0};
    /* the buffer becomes the document's text (no copy) */
    int rc = tl_extract_take(p->ex, ws, bytes, len, path, &doc, &err);
    if (rc != TL_OK) { job_msg(j, "%s: %s", path, err.msg); j->failed = 1; return; }
    for (uint32_t w = 0; w < doc->n_warnings; w++)
        job_msg(j, "%s: byte %lld: %s", path, doc->warnings[w].offset, doc->warnings[w].msg);
    if (stream) {
        print_msgs(p, j, i);
        print_open(p);
        rc = tl_doc_write_json(doc, p->json_flags, NULL, sink_stdout, NULL);
        tl_doc_free(doc);
        print_close(p);
        j->streamed = 1;
        /* out of memory part way: the start of the JSON is out already */
        if (rc == TL_ENOMEM) { job_msg(j, "%s: out of memory writing JSON", path); j->failed = 1; }
        return;
    }
    rc = tl_doc_to_json(doc, p->json_flags, &j->out, &j->olen);
    tl_doc_free(doc);
    if (rc != TL_OK) {
        j->out = NULL;
        job_msg(j, "%s: out of memory writing JSON", path);
        j->failed = 1;
    }
}

/* Takes the next waiting job within the window and runs it; called with
 * p->mu held, returns with it held.  Returns 0 when none was free.
 * printer: the caller is the printer thread (which may stream the job
 * that is next to print). */
static int take_job(xpipe *p, tl_workspace *ws, int printer) {
    if (p->next >= p->n || p->next >= p->consumed + p->window) return 0;
    size_t i = p->next++;
    xjob *j = &p->jobs[i];
    j->state = 1;
    int stream = printer && i == p->consumed;
    pthread_mutex_unlock(&p->mu);
    run_job(p, ws, j, i, stream);
    pthread_mutex_lock(&p->mu);
    j->state = 2;
    pthread_cond_broadcast(&p->cv);
    return 1;
}

static void *xworker(void *arg) {
    xpipe *p = arg;
    /* NULL when out of memory: slower, same output */
    tl_workspace *ws = tl_workspace_new(p->ex, 0);
    pthread_mutex_lock(&p->mu);
    while (p->next < p->n) {
        if (!take_job(p, ws, 0)) pthread_cond_wait(&p->cv, &p->mu);
    }
    pthread_mutex_unlock(&p->mu);
    tl_workspace_free(ws);
    return NULL;
}

/* The --jobs default: one thread per core. */
static int default_jobs(void) {
    long c = sysconf(_SC_NPROCESSORS_ONLN);
    return c < 1 ? 1 : c > 64 ? 64 : (int)c;
}

int tl_cmd_extract(int argc, char **argv) {
    int jsonl = 0, json_flags = TL_JSON_PRETTY, input_jsonl = 0, jobs = 0;
    tl_options opts = {0};
    int nfiles = 0, with_text = 0, symmetric = 0;
    const char *input = NULL, *max_bytes = NULL, *jobs_s = NULL;
    const char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files) { tl_cli_err("out of memory"); return TL_EXIT_FAIL; }
    const cli_opt o[] = {{"--jsonl", NULL, &jsonl}, {"--with-text", NULL, &with_text},
                         {"--symmetric-in-facts", NULL, &symmetric}, {"--input", &input, NULL},
                         {"--published", &opts.published, NULL}, {"--model", &opts.model_path, NULL},
                         {"--max-bytes", &max_bytes, NULL}, {"--jobs", &jobs_s, NULL}, {"-j", &jobs_s, NULL},
                         {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, o, files, argc, &nfiles);
    if (prc >= 0) {
        if (prc == 0) help(stdout);
        free(files);
        return prc == 0 ? TL_EXIT_OK : prc;
    }
    if (with_text) json_flags |= TL_JSON_WITH_TEXT;
    if (symmetric) json_flags |= TL_JSON_SYMMETRIC_IN_FACTS;
    if (input) {
        if (strcmp(input, "jsonl") == 0) input_jsonl = 1;
        else if (strcmp(input, "text") != 0) {
            tl_cli_err("--input: '%s' is not a known input format (text, jsonl)", input);
            free(files);
            return TL_EXIT_USAGE;
        }
    }
    if (jobs_s) {
        char *end;
        long x = strtol(jobs_s, &end, 10);
        if (*end || x < 1 || x > 256) { tl_cli_err("--jobs: '%s' is not a number from 1 to 256", jobs_s); free(files); return TL_EXIT_USAGE; }
        jobs = (int)x;
    }
    if (max_bytes) {
        char *end;
        unsigned long long x = strtoull(max_bytes, &end, 10);
        if (*end || x == 0 || *max_bytes == '-') { tl_cli_err("--max-bytes: '%s' is not a positive number", max_bytes); free(files); return TL_EXIT_USAGE; }
        opts.max_bytes = (size_t)x;
    }
    if (nfiles == 0 && !input_jsonl) {
        tl_cli_err("extract: no input files (use '-' for stdin)");
        help(stderr);
        free(files);
        return TL_EXIT_USAGE;
    }
    if (jsonl) json_flags &= ~TL_JSON_PRETTY;
    if (!jobs) jobs = default_jobs();
    /* a long document's windows share the threads: one 50 MB file is as
     * parallel as fifty small ones */
    opts.window_threads = jobs;
    if (jobs > nfiles) jobs = nfiles > 0 ? nfiles : 1;
    tl_error err = {0};
    tl_extractor *ex = tl_extractor_new(&opts, &err);
    if (!ex) { tl_cli_err("%s", err.msg); free(files); return TL_EXIT_FAIL; }
    xpipe p = {.n = (size_t)nfiles, .window = (size_t)jobs * 4, .ex = ex, .json_flags = json_flags,
               .max = opts.max_bytes ? opts.max_bytes : ((size_t)256 << 20)};
    p.jobs = calloc((size_t)nfiles, sizeof *p.jobs);
    /* Memos kept from one document to the next (same output, less work);
     * without them (out of memory) each document starts from nothing. */
    tl_workspace *ws = tl_workspace_new(ex, 0);
    if (input_jsonl) {
        int xrc = tl_cli_extract_jsonl(ex, ws, json_flags, p.max, files, nfiles);
        tl_workspace_free(ws);
        tl_extractor_free(ex);
        free(p.jobs);
        free(files);
        return xrc;
    }
    if (!p.jobs) { tl_cli_err("out of memory"); tl_workspace_free(ws); tl_extractor_free(ex); free(files); return TL_EXIT_FAIL; }
    for (int i = 0; i < nfiles; i++) p.jobs[i].path = files[i];
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.cv, NULL);
    pthread_mutex_init(&p.in_mu, NULL);
    pthread_t *th = jobs > 1 ? calloc((size_t)jobs - 1, sizeof *th) : NULL;
    int started = 0;
    for (int i = 0; th && i < jobs - 1; i++)
        if (pthread_create(&th[started], NULL, xworker, &p) == 0) started++;
    /* (threads that could not start leave the work to the main thread) */
    int failed = 0;
    p.array = !jsonl && nfiles > 1;
    p.jsonl = jsonl;
    p.nfiles = nfiles;
    if (p.array) fputs("[\n", stdout);
    /* Progress on a terminal for long runs; never mixed into the data. */
    p.progress = nfiles > 1 && isatty(STDERR_FILENO);
    for (size_t i = 0; i < p.n; i++) {
        xjob *j = &p.jobs[i];
        pthread_mutex_lock(&p.mu);
        while (j->state != 2)
            if (!take_job(&p, ws, 1)) pthread_cond_wait(&p.cv, &p.mu);
        pthread_mutex_unlock(&p.mu);
        if (j->streamed) {
            /* printed as it ran; only a late message is left */
            if (j->mlen) fwrite(j->msgs, 1, j->mlen, stderr);
        } else {
            print_msgs(&p, j, i);
        }
        if (j->failed) failed++;
        if (j->out) {
            print_open(&p);
            fwrite(j->out, 1, j->olen, stdout);
            print_close(&p);
        }
        free(j->out);
        free(j->msgs);
        j->out = j->msgs = NULL;
        pthread_mutex_lock(&p.mu);
        p.consumed = i + 1;
        pthread_cond_broadcast(&p.cv);
        pthread_mutex_unlock(&p.mu);
    }
    for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
    free(th);
    if (p.progress) fputs("\r\033[K", stderr);
    if (p.array) fputs("\n]\n", stdout);
    pthread_mutex_destroy(&p.in_mu);
    pthread_cond_destroy(&p.cv);
    pthread_mutex_destroy(&p.mu);
    free(p.jobs);
    tl_workspace_free(ws);
    tl_extractor_free(ex);
    free(files);
    if (fflush(stdout) != 0 || ferror(stdout)) { tl_cli_err("writing output failed"); return TL_EXIT_FAIL; }
    return failed ? TL_EXIT_FAIL : TL_EXIT_OK;
}
