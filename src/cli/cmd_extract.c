/* cmd_extract.c -- `threadline extract`: print the extraction JSON of documents. */
#include "cli.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void help(FILE *f) {
    fputs("usage: threadline extract [options] FILE...   (FILE '-' reads stdin)\n\n"
          "Extracts entities and facts from each document and prints JSON\n"
          "(one object per document; several documents make a JSON array).\n\n"
          "options:\n"
          "  --jsonl            one compact JSON object per line\n"
          "  --with-text        include the document text as document.text\n"
          "  --symmetric-in-facts  accepted for old scripts: ASSOCIATE_OF, FAMILY_OF and\n"
          "                     MET facts are always under \"facts\"\n"
          "  --published DATE   set the published date (YYYY-MM-DD) of every document\n"
          "  --model PATH       NER model file (default: the installed one)\n"
          "  --max-bytes N      refuse documents larger than N bytes (default 256 MiB)\n"
          "  -h, --help         show this help\n\n"
          "exit status: 0 all documents done, 1 some could not be read, 2 usage error\n", f);
}

/* Reads a whole stream, up to max bytes (+1 to detect overflow).  Returns
 * the buffer (caller frees) or NULL with errno set. */
static char *read_all(FILE *fp, size_t max, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    if (!buf) return NULL;
    for (;;) {
        if (n == cap) {
            if (cap > max) break;
            size_t nc = cap * 2;
            char *p = realloc(buf, nc);
            if (!p) { free(buf); errno = ENOMEM; return NULL; }
            buf = p;
            cap = nc;
        }
        size_t r = fread(buf + n, 1, cap - n, fp);
        n += r;
        if (r == 0) {
            if (ferror(fp)) { int e = errno; free(buf); errno = e ? e : EIO; return NULL; }
            break;
        }
    }
    *len = n;
    return buf;
}

int tl_cmd_extract(int argc, char **argv) {
    int jsonl = 0, json_flags = TL_JSON_PRETTY;
    tl_options opts = {0};
    int nfiles = 0;
    char **files = calloc((size_t)argc + 1, sizeof *files);
    if (!files) { tl_cli_err("out of memory"); return TL_EXIT_FAIL; }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (tl_cli_is_help(a)) { help(stdout); free(files); return TL_EXIT_OK; }
        else if (strcmp(a, "--jsonl") == 0) jsonl = 1;
        else if (strcmp(a, "--with-text") == 0) json_flags |= TL_JSON_WITH_TEXT;
        else if (strcmp(a, "--symmetric-in-facts") == 0) json_flags |= TL_JSON_SYMMETRIC_IN_FACTS;
        else if ((strcmp(a, "--published") == 0 || strcmp(a, "--model") == 0 ||
                  strcmp(a, "--max-bytes") == 0)) {
            if (i + 1 >= argc) { tl_cli_err("%s needs a value", a); free(files); return TL_EXIT_USAGE; }
            const char *v = argv[++i];
            if (a[2] == 'p') opts.published = v;
            else if (a[2] == 'm' && a[3] == 'o') opts.model_path = v;
            else {
                char *end;
                unsigned long long x = strtoull(v, &end, 10);
                if (*end || x == 0) { tl_cli_err("--max-bytes: '%s' is not a positive number", v); free(files); return TL_EXIT_USAGE; }
                opts.max_bytes = (size_t)x;
            }
        } else if (a[0] == '-' && a[1] == '-' && a[2] == 0) {
            for (i++; i < argc; i++) files[nfiles++] = argv[i];
        } else if (a[0] == '-' && a[1] != 0) {
            tl_cli_err("extract: unknown option '%s' (see 'threadline extract --help')", a);
            free(files);
            return TL_EXIT_USAGE;
        } else files[nfiles++] = argv[i];
    }
    if (nfiles == 0) {
        tl_cli_err("extract: no input files (use '-' for stdin)");
        help(stderr);
        free(files);
        return TL_EXIT_USAGE;
    }
    if (jsonl) json_flags &= ~TL_JSON_PRETTY;
    tl_error err = {0};
    tl_extractor *ex = tl_extractor_new(&opts, &err);
    if (!ex) { tl_cli_err("%s", err.msg); free(files); return TL_EXIT_FAIL; }
    /* Memos kept from one document to the next (same output, less work);
     * without them (out of memory) each document starts from nothing. */
    tl_workspace *ws = tl_workspace_new(ex, 0);
    size_t max = opts.max_bytes ? opts.max_bytes : ((size_t)256 << 20);
    int failed = 0, printed = 0;
    int array = !jsonl && nfiles > 1;
    if (array) fputs("[\n", stdout);
    char *out = NULL;
    /* Progress on a terminal for long runs; never mixed into the data. */
    int progress = nfiles > 1 && isatty(STDERR_FILENO);
    for (int i = 0; i < nfiles; i++) {
        const char *path = files[i];
        if (progress) fprintf(stderr, "\r\033[Kextract: %d/%d %.60s", i + 1, nfiles, path);
        FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
        if (!fp) { tl_cli_err("%s: %s", path, strerror(errno)); failed++; continue; }
        struct stat st;
        if (fp != stdin && fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
            tl_cli_err("%s: is a directory", path);
            fclose(fp);
            failed++;
            continue;
        }
        size_t len = 0;
        char *bytes = read_all(fp, max, &len);
        int rerr = errno;
        if (fp != stdin) fclose(fp);
        if (!bytes) { tl_cli_err("%s: %s", path, strerror(rerr)); failed++; continue; }
        if (len > max) {
            tl_cli_err("%s: larger than the %zu-byte limit (see --max-bytes)", path, max);
            free(bytes);
            failed++;
            continue;
        }
        tl_doc *doc = NULL;
        int rc = tl_extract_ws(ex, ws, bytes, len, path, &doc, &err);
        free(bytes);
        if (rc != TL_OK) { tl_cli_err("%s: %s", path, err.msg); failed++; continue; }
        for (uint32_t w = 0; w < doc->n_warnings; w++)
            tl_cli_err("%s: byte %lld: %s", path, doc->warnings[w].offset, doc->warnings[w].msg);
        size_t olen = 0;
        rc = tl_doc_to_json(doc, json_flags, &out, &olen);
        tl_doc_free(doc);
        if (rc != TL_OK) { tl_cli_err("%s: out of memory writing JSON", path); failed++; continue; }
        if (array && printed) fputs(",\n", stdout);
        fwrite(out, 1, olen, stdout);
        if (!array) fputc('\n', stdout);
        printed++;
        free(out);
        out = NULL;
        if (jsonl) fflush(stdout);
    }
    if (progress) fputs("\r\033[K", stderr);
    if (array) fputs("\n]\n", stdout);
    tl_workspace_free(ws);
    tl_extractor_free(ex);
    free(files);
    if (fflush(stdout) != 0 || ferror(stdout)) { tl_cli_err("writing output failed"); return TL_EXIT_FAIL; }
    return failed ? TL_EXIT_FAIL : TL_EXIT_OK;
}
