/* cmd_parse.c -- `threadline parse`: dependency trees of CoNLL-U sentences or of raw text, as CoNLL-U. */
#include "cli.h"
#include "tl_arena.h"
#include "tl_conllu.h"
#include "tl_dep.h"
#include "tl_dep_vote.h"
#include "tl_tok.h"
#include "tl_utf8.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>

static void help(FILE *f) {
    fputs("usage: threadline parse [options] FILE.conllu   (FILE '-' reads stdin)\n"
          "       threadline parse --text [options] FILE\n\n"
          "Tags and parses sentences with the built-in dependency parser and prints\n"
          "CoNLL-U with predicted UPOS, XPOS, HEAD and DEPREL (Universal\n"
          "Dependencies relations such as nsubj, obj, obl:agent, acl:relcl).\n"
          "The tree is a vote: the built-in parser and the extra parsers of the vote\n"
          "model (one reads the sentence right to left) each parse it, and the\n"
          "projective tree with the most votes for its arcs is printed; sentences of\n"
          "more than 100 words keep the built-in parser's tree.  --single prints the\n"
          "built-in parser's tree alone (faster; the tree `extract` works from).\n"
          "A CoNLL-U input gives the tokens (FORM); its other columns are kept,\n"
          "except DEPS, which is cleared, and multiword-token and empty-node lines\n"
          "are copied unchanged.  With --text the input is plain text, split into\n"
          "sentences and tokens first.\n\n"
          "options:\n"
          "  --text             the input is raw UTF-8 text\n"
          "  --single           one parser, no vote (about three times as fast)\n"
          "  --model PATH       parser model file (default: the built-in one); without\n"
          "                     --vote-model it parses alone, as --single\n"
          "  --vote-model PATH  the vote's extra parsers (default: the built-in ones)\n"
          "  --max-bytes N      refuse inputs larger than N bytes (default 1 GiB)\n"
          "  -h, --help         show this help\n\n"
          "exit status: 0 done, 1 the input could not be read or is not CoNLL-U\n"
          "(the message gives the line), 2 usage error\n", f);
}

/* Reads a whole stream, up to max bytes.  Returns the buffer (caller frees;
 * NUL-terminated) or NULL with errno set (EFBIG past max). */
static char *read_all(FILE *fp, size_t max, size_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    if (!buf) return NULL;
    for (;;) {
        if (n == cap) {
            if (cap > max) { free(buf); errno = EFBIG; return NULL; }
            size_t nc = cap * 2;
            char *p = realloc(buf, nc + 1);
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
    if (n > max) { free(buf); errno = EFBIG; return NULL; }
    buf[n] = 0;
    *len = n;
    return buf;
}

static void put_view(FILE *out, tl_str s) { fwrite(s.ptr, 1, s.len, out); }

/* Prints one CoNLL-U sentence with the tree t over its word lines. */
static void print_conllu(FILE *out, const tl_dep_model *m, const tl_conllu_sent *s, const tl_dep_tree *t) {
    size_t wi = 0;
    for (size_t li = 0; li < s->n_lines; li++) {
        const tl_conllu_line *L = &s->lines[li];
        if (L->kind != TL_CONLLU_WORD) { put_view(out, L->raw); fputc('\n', out); continue; }
        for (int c = 0; c < 10; c++) {
            if (c) fputc('\t', out);
            switch (c) {
            case 3: fputs(tl_dep_upos_name(m, t->upos[wi]), out); break;
            case 4: fputs(tl_dep_xpos_name(m, t->xpos[wi]), out); break;
            case 6: fprintf(out, "%d", (int)(t->head[wi] + 1)); break;
            case 7: fputs(tl_dep_label_name(m, t->label[wi]), out); break;
            case 8: fputc('_', out); break;
            default: put_view(out, L->col[c]);
            }
        }
        fputc('\n', out);
        wi++;
    }
    fputc('\n', out);
}

/* Line number (1-based) of byte offset off in buf. */
static size_t line_of(const char *buf, size_t off) {
    size_t line = 1;
    for (size_t i = 0; i < off; i++) line += buf[i] == '\n';
    return line;
}

static int parse_conllu_memo(const tl_dep_model *m, const tl_dep_vote *v, tl_dep_cache *dc, const char *name,
                             const char *buf, size_t len, FILE *out) {
    for (size_t i = 0; i < len;) {
        size_t k = tl_utf8_valid_len(buf + i, len - i);
        if (k == 0 || buf[i] == 0) {
            tl_cli_err("%s: line %zu: %s", name, line_of(buf, i), buf[i] ? "invalid UTF-8" : "NUL byte");
            return TL_EXIT_FAIL;
        }
        i += k;
    }
    tl_conllu_reader r;
    tl_conllu_init(&r, buf, len);
    for (;;) {
        tl_arena *a = tl_arena_new(0);
        if (!a) { tl_cli_err("out of memory"); return TL_EXIT_FAIL; }
        tl_conllu_sent s;
        tl_error err = {0};
        int rc = tl_conllu_next(&r, a, &s, &err);
        if (rc <= 0) {
            tl_arena_free(a);
            if (rc == 0) return TL_EXIT_OK;
            tl_cli_err("%s: %s", name, rc == TL_ENOMEM ? "out of memory" : err.msg);
            return TL_EXIT_FAIL;
        }
        tl_str *words = tl_arena_alloc(a, (s.n_words ? s.n_words : 1) * sizeof *words);
        tl_dep_tree t;
        if (!words) rc = TL_ENOMEM;
        else {
            for (size_t i = 0; i < s.n_words; i++) words[i] = s.lines[s.words[i]].col[1];
            rc = tl_dep_parse_vote(m, v, dc, words, s.n_words, a, &t);
        }
        if (rc != TL_OK) { tl_arena_free(a); tl_cli_err("out of memory"); return TL_EXIT_FAIL; }
        print_conllu(out, m, &s, &t);
        tl_arena_free(a);
    }
}

/* parse_conllu_memo with one tagger memo for the whole file (NULL when out
 * of memory: each sentence then has its own). */
static int parse_conllu(const tl_dep_model *m, const tl_dep_vote *v, const char *name, const char *buf,
                        size_t len, FILE *out) {
    tl_dep_cache *dc = tl_dep_cache_new(m, TL_DEP_CACHE_SLOTS);
    int rc = parse_conllu_memo(m, v, dc, name, buf, len, out);
    tl_dep_cache_free(dc);
    return rc;
}

/* Prints text with every run of whitespace as one space. */
static void put_oneline(FILE *out, const char *s, size_t n) {
    int sp = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') { sp = 1; continue; }
        if (sp) fputc(' ', out);
        sp = 0;
        fputc(c, out);
    }
}

static int parse_text(const tl_dep_model *m, const tl_dep_vote *v, char *buf, size_t len, FILE *out) {
    if (len > 0xFFFFFFF0u) { tl_cli_err("input too large"); return TL_EXIT_FAIL; }
    tl_utf8_repair(buf, len, NULL, NULL);
    tl_arena *a = tl_arena_new(len * 2 + 65536 < (64u << 20) ? len * 2 + 65536 : (64u << 20));
    if (!a) { tl_cli_err("out of memory"); return TL_EXIT_FAIL; }
    tl_doc doc;
    memset(&doc, 0, sizeof doc);
    doc.arena = a;
    doc.text = buf;
    doc.len = len;
    if (tl_tok_run(&doc) != TL_OK) { tl_arena_free(a); tl_cli_err("out of memory"); return TL_EXIT_FAIL; }
    tl_str words[TL_TOK_MAX_SENT + 1];
    for (uint32_t si = 0; si < doc.n_sentences; si++) {
        const tl_sentence *S = &doc.sentences[si];
        size_t n = S->tok_end - S->tok_begin;
        if (n == 0) continue;
        if (n > TL_TOK_MAX_SENT) n = TL_TOK_MAX_SENT;
        for (size_t i = 0; i < n; i++) {
            const tl_token *tk = &doc.tokens[S->tok_begin + i];
            words[i].ptr = buf + tk->start;
            words[i].len = tk->end - tk->start;
        }
        tl_arena *pa = tl_arena_new(0);
        tl_dep_tree t;
        if (!pa || tl_dep_parse_vote(m, v, NULL, words, n, pa, &t) != TL_OK) {
            tl_arena_free(pa);
            tl_arena_free(a);
            tl_cli_err("out of memory");
            return TL_EXIT_FAIL;
        }
        fprintf(out, "# sent_id = %u\n# text = ", si + 1);
        put_oneline(out, buf + S->start, S->end - S->start);
        fputc('\n', out);
        for (size_t i = 0; i < n; i++) {
            const tl_token *tk = &doc.tokens[S->tok_begin + i];
            fprintf(out, "%zu\t", i + 1);
            put_oneline(out, words[i].ptr, words[i].len);
            fprintf(out, "\t_\t%s\t%s\t_\t%d\t%s\t_\t", tl_dep_upos_name(m, t.upos[i]),
                    tl_dep_xpos_name(m, t.xpos[i]), (int)(t.head[i] + 1), tl_dep_label_name(m, t.label[i]));
            int space_after = i + 1 == n || (doc.tokens[S->tok_begin + i + 1].flags & TL_TOK_SPACE_BEFORE) ||
                              doc.tokens[S->tok_begin + i + 1].start > tk->end;
            fputs(space_after ? "_\n" : "SpaceAfter=No\n", out);
        }
        fputc('\n', out);
        tl_arena_free(pa);
    }
    tl_arena_free(a);
    return TL_EXIT_OK;
}

int tl_cmd_parse(int argc, char **argv) {
    int text = 0, single = 0;
    const char *model_path = NULL, *vote_path = NULL, *file = NULL;
    size_t max = (size_t)1 << 30;
    const char *max_s = NULL;
    const cli_opt o[] = {{"--text", NULL, &text},           {"--single", NULL, &single},
                         {"--model", &model_path, NULL},    {"--vote-model", &vote_path, NULL},
                         {"--max-bytes", &max_s, NULL},     {NULL, NULL, NULL}};
    const char *pos[2];
    int npos = 0, prc = cli_parse(argc, argv, o, pos, 2, &npos);
    if (prc >= 0) {
        if (prc == 0) help(stdout);
        return prc == 0 ? TL_EXIT_OK : prc;
    }
    if (npos > 1) {
        tl_cli_err("parse: one input file at a time");
        return TL_EXIT_USAGE;
    }
    if (npos) file = pos[0];
    if (max_s) {
        char *end;
        unsigned long long x = strtoull(max_s, &end, 10);
        if (*end || x == 0 || *max_s == '-') { tl_cli_err("--max-bytes: '%s' is not a positive number", max_s); return TL_EXIT_USAGE; }
        max = (size_t)x;
    }
    if (!file) {
        tl_cli_err("parse: no input file (use '-' for stdin)");
        help(stderr);
        return TL_EXIT_USAGE;
    }
    tl_error err = {0};
    tl_dep_model *m = model_path ? tl_dep_load(model_path, &err) : tl_dep_load_builtin(&err);
    if (!m) { tl_cli_err("parse: cannot load the parser model: %s", err.msg); return TL_EXIT_FAIL; }
    /* the vote's members are loaded here only: extract never pays for them */
    tl_dep_vote *v = NULL;
    if (!single && (vote_path || !model_path)) {
        v = vote_path ? tl_dep_vote_load(m, vote_path, &err) : tl_dep_vote_load_builtin(m, &err);
        if (!v) {
            tl_cli_err("parse: cannot load the vote model: %s", err.msg);
            tl_dep_free(m);
            return TL_EXIT_FAIL;
        }
    }
    FILE *fp = strcmp(file, "-") == 0 ? stdin : fopen(file, "rb");
    if (!fp) {
        tl_cli_err("%s: %s", file, strerror(errno));
        tl_dep_vote_free(v);
        tl_dep_free(m);
        return TL_EXIT_FAIL;
    }
    size_t len = 0;
    char *buf = read_all(fp, max, &len);
    int e = errno;
    if (fp != stdin) fclose(fp);
    if (!buf) {
        tl_cli_err("%s: %s", file, e == EFBIG ? "larger than --max-bytes" : strerror(e));
        tl_dep_vote_free(v);
        tl_dep_free(m);
        return TL_EXIT_FAIL;
    }
    const char *name = strcmp(file, "-") == 0 ? "<stdin>" : file;
    int rc = text ? parse_text(m, v, buf, len, stdout) : parse_conllu(m, v, name, buf, len, stdout);
    if (fflush(stdout) != 0 && rc == TL_EXIT_OK) { tl_cli_err("write error"); rc = TL_EXIT_FAIL; }
    free(buf);
    tl_dep_vote_free(v);
    tl_dep_free(m);
    return rc;
}
