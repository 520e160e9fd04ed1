/* cmd_extract_jsonl.c -- `threadline extract --input jsonl`: a stateless filter from JSON-lines documents to JSON-lines extractions. */
#include "cli_extract.h"
#include "tl_reader.h"
#include "tl_sha256.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* A line reader that never holds more than `max` bytes of a line: a longer
 * line is read through to its end and reported, not kept. */
typedef struct lines {
    FILE *fp;
    char chunk[1 << 16];
    size_t pos, end;   /* unread bytes of chunk: [pos, end) */
    int eof, error;
    char *line;        /* the current line, without its newline */
    size_t len, cap, max;
} lines;

/* Reads the next line.  Returns 1 with l->line/l->len set, 2 for a line
 * longer than l->max (skipped; l->len is how many bytes it had, at least
 * max + 1), 0 at the end of the input, -1 on a read error (errno set) or
 * when out of memory (errno ENOMEM). */
static int lines_next(lines *l) {
    size_t n = 0;
    int too_long = 0, any = 0;
    for (;;) {
        if (l->pos == l->end) {
            if (l->eof) break;
            l->end = fread(l->chunk, 1, sizeof l->chunk, l->fp);
            l->pos = 0;
            if (l->end == 0) {
                l->eof = 1;
                if (ferror(l->fp)) { l->error = 1; return -1; }
                break;
            }
        }
        any = 1;
        char *nl = memchr(l->chunk + l->pos, '\n', l->end - l->pos);
        size_t take = nl ? (size_t)(nl - (l->chunk + l->pos)) : l->end - l->pos;
        if (!too_long && n + take > l->max) too_long = 1;
        if (!too_long) {
            if (n + take + 1 > l->cap) {
                size_t cap = l->cap ? l->cap : 4096;
                while (cap < n + take + 1) cap *= 2;
                char *p = realloc(l->line, cap);
                if (!p) { errno = ENOMEM; return -1; }
                l->line = p;
                l->cap = cap;
            }
            memcpy(l->line + n, l->chunk + l->pos, take);
        }
        n += take;
        l->pos += take;
        if (nl) { l->pos++; break; }
    }
    if (!any) return 0;
    l->len = n;
    if (too_long) return 2;
    l->line[n] = 0;
    return 1;
}

/* Extracts one record; returns 1 when it was printed, 0 when it was
 * reported and skipped. */
static int one_record(const tl_extractor *ex, tl_workspace *ws, int json_flags, const char *name, size_t lineno,
                      const char *rec, size_t n, char **out) {
    char where[4096];
    snprintf(where, sizeof where, "%s:%zu", name, lineno);
    tl_error err = {0};
    tl_reader_doc meta = {0};
    if (tl_reader_jsonl(rec, n, &meta, &err) != TL_OK) {
        tl_cli_err("%s: %s (skipped)", where, err.code == TL_ENOMEM ? "out of memory" : err.msg);
        return 0;
    }
    tl_doc *doc = NULL;
    /* the record's own id names the document, as `ingest` names it */
    int rc = tl_extract_ws(ex, ws, meta.text, meta.len, meta.id ? meta.id : where, &doc, &err);
    if (rc != TL_OK) {
        tl_cli_err("%s: %s (skipped)", where, err.msg);
        tl_reader_clear(&meta);
        return 0;
    }
    /* What `ingest` stores for the same line: the line's bytes are the
     * document's identity; the record's title and date win over the ones
     * found in the text. */
    tl_sha256_hex(rec, n, doc->id);
    if (meta.title) doc->title = meta.title;
    if (meta.published && meta.published[0]) snprintf(doc->published, sizeof doc->published, "%s", meta.published);
    tl_doc_meta dm = {meta.url, meta.source};
    size_t olen = 0;
    rc = tl_doc_to_json_meta(doc, json_flags, &dm, out, &olen);
    tl_doc_free(doc);
    tl_reader_clear(&meta);
    if (rc != TL_OK) {
        tl_cli_err("%s: out of memory writing JSON (skipped)", where);
        free(*out);
        *out = NULL;
        return 0;
    }
    fwrite(*out, 1, olen, stdout);
    fputc('\n', stdout);
    free(*out);
    *out = NULL;
    /* each result leaves at once: a streaming engine reads it while the
     * next record is extracted */
    fflush(stdout);
    return 1;
}

int tl_cli_extract_jsonl(const tl_extractor *ex, tl_workspace *ws, int json_flags, size_t max, const char *const *files,
                         int nfiles) {
    static const char *const stdin_only[] = {"-"};
    if (nfiles == 0) {
        files = stdin_only;
        nfiles = 1;
    }
    json_flags &= ~TL_JSON_PRETTY;
    int failed = 0;
    char *out = NULL;
    for (int i = 0; i < nfiles; i++) {
        const char *name = files[i];
        lines l = {.max = max};
        l.fp = strcmp(name, "-") == 0 ? stdin : fopen(name, "rb");
        if (!l.fp) { tl_cli_err("%s: %s", name, strerror(errno)); failed++; continue; }
        size_t lineno = 0;
        int r;
        while ((r = lines_next(&l)) > 0) {
            lineno++;
            if (r == 2) {
                tl_cli_err("%s:%zu: line longer than the %zu-byte limit (see --max-bytes) (skipped)", name, lineno,
                           max);
                failed++;
                continue;
            }
            size_t n = 0, s = tl_reader_jsonl_trim(l.line, l.len, &n);
            if (n == 0) continue; /* blank lines separate nothing and say nothing */
            if (!one_record(ex, ws, json_flags, name, lineno, l.line + s, n, &out)) failed++;
        }
        if (r < 0) {
            tl_cli_err("%s:%zu: %s", name, lineno + 1, strerror(errno));
            failed++;
        }
        free(l.line);
        if (l.fp != stdin) fclose(l.fp);
    }
    if (fflush(stdout) != 0 || ferror(stdout)) { tl_cli_err("writing output failed"); return TL_EXIT_FAIL; }
    return failed ? TL_EXIT_FAIL : TL_EXIT_OK;
}
