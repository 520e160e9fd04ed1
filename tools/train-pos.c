/* train-pos.c -- trains the POS tagger model on the Brown corpus, deterministically. */
#include "threadline.h"
#include "tl_percep.h"
#include "tl_pos.h"
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void usage(FILE *f) {
    fprintf(f,
            "usage: train-pos [--iter N] [--seed S] [--hash-bits B] [--prune P] [--train-only]\n"
            "                 BROWN_DIR OUT.model\n"
            "Trains the averaged-perceptron POS tagger on the Brown corpus files\n"
            "BROWN_DIR/c[a-r][0-9][0-9].  Every 10th file (sorted by name) is held out\n"
            "as dev: a model is trained on the rest and scored on it after each\n"
            "iteration; then the final model is trained on all files (or, with\n"
            "--train-only, the train-split model is kept) and written to OUT.model.\n"
            "Defaults: --iter 8 --seed 1 --hash-bits 20 --prune 1\n");
}

/* ---- corpus --------------------------------------------------------------- */
typedef struct corpus {
    tl_str *words;
    uint8_t *tags;
    size_t n_tok, cap_tok;
    size_t *sent_start;  /* sentence s = tokens [sent_start[s], sent_start[s+1]) */
    unsigned char *sent_dev;
    size_t n_sent, cap_sent;
    char **bufs;         /* file contents; words point into them */
    size_t n_bufs;
    unsigned long split_counter;
} corpus;

static int push_tok(corpus *c, const char *p, size_t n, int tag) {
    if (n == 0) return 0;
    if (c->n_tok == c->cap_tok) {
        size_t cap = c->cap_tok ? c->cap_tok * 2 : 1 << 16;
        tl_str *w = realloc(c->words, cap * sizeof *w);
        if (!w) return -1;
        c->words = w;
        uint8_t *t = realloc(c->tags, cap);
        if (!t) return -1;
        c->tags = t;
        c->cap_tok = cap;
    }
    c->words[c->n_tok] = (tl_str){p, n};
    c->tags[c->n_tok] = (uint8_t)tag;
    c->n_tok++;
    return 0;
}

static int push_sent(corpus *c, int dev) {
    if (c->n_sent + 2 > c->cap_sent) {
        size_t cap = c->cap_sent ? c->cap_sent * 2 : 1 << 12;
        size_t *s = realloc(c->sent_start, cap * sizeof *s);
        if (!s) return -1;
        c->sent_start = s;
        unsigned char *d = realloc(c->sent_dev, cap);
        if (!d) return -1;
        c->sent_dev = d;
        c->cap_sent = cap;
    }
    c->sent_dev[c->n_sent] = (unsigned char)dev;
    c->n_sent++;
    c->sent_start[c->n_sent] = c->n_tok;
    return 0;
}

static int ends_with_ci(const char *w, size_t n, const char *suf) {
    size_t k = strlen(suf);
    if (n < k) return 0;
    for (size_t i = 0; i < k; i++) {
        char a = w[n - k + i];
        if (a >= 'A' && a <= 'Z') a = (char)(a + 32);
        if (a != suf[i]) return 0;
    }
    return 1;
}

/* One Brown token "word/tag": pushes one or (for half of the contractions and
 * possessives) two tokens. */
static int add_token(corpus *c, const char *w, size_t wn, const char *t, size_t tn) {
    const char *plus = memchr(t, '+', tn);
    size_t base = plus ? (size_t)(plus - t) : tn;
    int first = tl_pos_from_brown(t, base);
    /* Strip -TL/-HL/-NC to look at the '*' and '$' marks. */
    size_t core = base;
    for (size_t i = 1; i < base; i++)
        if (t[i] == '-' && !(i == 2 && (t[0] == 'f' || t[0] == 'F'))) { core = i; break; }
    /* Capitalized nouns and adjectives inside titles ("Grand/jj-tl Jury/nn-tl",
     * "New/jj-tl York/np-tl") are parts of proper names: PROPN, as in UD. */
    if ((first == TL_POS_NOUN || first == TL_POS_ADJ) && wn > 0 && w[0] >= 'A' && w[0] <= 'Z') {
        for (size_t i = 0; i + 3 <= base; i++)
            if (t[i] == '-' && (t[i + 1] | 32) == 't' && (t[i + 2] | 32) == 'l') first = TL_POS_PROPN;
    }
    int split = c->split_counter++ % 2 == 0;
    if (plus && split) {
        const char *ap = NULL;
        for (size_t i = wn; i > 1; i--)
            if (w[i - 1] == '\'') { ap = w + i - 1; break; }
        if (ap && ap > w) {
            size_t l1 = (size_t)(ap - w);
            /* "n't" belongs to the second part: "wouldn't" is not a compound,
             * but "isn't" never is either; compounds split at the apostrophe. */
            if (l1 > 1 && (ap[-1] == 'n' || ap[-1] == 'N') && ends_with_ci(w, wn, "n't")) l1--;
            int second = tl_pos_from_brown(plus + 1, tn - base - 1);
            if (push_tok(c, w, l1, first) || push_tok(c, w + l1, wn - l1, second)) return -1;
            return 0;
        }
    }
    if (!plus && split && core > 0 && t[core - 1] == '*' && wn > 3 && ends_with_ci(w, wn, "n't")) {
        if (push_tok(c, w, wn - 3, first) || push_tok(c, w + wn - 3, 3, TL_POS_PART)) return -1;
        return 0;
    }
    if (!plus && split && core > 0 && t[core - 1] == '$' &&
        !(core >= 2 && ((t[0] | 32) == 'p' || (t[0] | 32) == 'w') && (t[1] | 32) == 'p')) {
        size_t k = ends_with_ci(w, wn, "'s") ? 2 : ends_with_ci(w, wn, "'") ? 1 : 0;
        if (k && wn > k) {
            if (push_tok(c, w, wn - k, first) || push_tok(c, w + wn - k, k, TL_POS_POSS)) return -1;
            return 0;
        }
    }
    return push_tok(c, w, wn, first);
}

static int load_file(corpus *c, const char *path, int dev) {
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(stderr, "train-pos: cannot open %s: %s\n", path, strerror(errno)); return -1; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = size >= 0 ? malloc((size_t)size + 1) : NULL;
    if (!buf || fread(buf, 1, (size_t)size, f) != (size_t)size) {
        fprintf(stderr, "train-pos: cannot read %s\n", path);
        free(buf);
        fclose(f);
        return -1;
    }
    fclose(f);
    buf[size] = 0;
    char **nb = realloc(c->bufs, (c->n_bufs + 1) * sizeof *nb);
    if (!nb) { free(buf); return -1; }
    c->bufs = nb;
    c->bufs[c->n_bufs++] = buf;
    char *line = buf;
    while (*line) {
        char *eol = strchr(line, '\n');
        if (!eol) eol = line + strlen(line);
        size_t before = c->n_tok;
        for (char *p = line; p < eol;) {
            while (p < eol && (*p == ' ' || *p == '\t' || *p == '\r')) p++;
            char *q = p;
            while (q < eol && *q != ' ' && *q != '\t' && *q != '\r') q++;
            if (q > p) {
                char *slash = NULL;
                for (char *s = q; s > p; s--)
                    if (s[-1] == '/') { slash = s - 1; break; }
                if (slash && slash > p && slash + 1 < q &&
                    add_token(c, p, (size_t)(slash - p), slash + 1, (size_t)(q - slash - 1)))
                    return -1;
            }
            p = q;
        }
        if (c->n_tok > before && push_sent(c, dev)) return -1;
        line = *eol ? eol + 1 : eol;
    }
    return 0;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_brown_name(const char *s) {
    return strlen(s) == 4 && s[0] == 'c' && s[1] >= 'a' && s[1] <= 'r' && s[2] >= '0' &&
           s[2] <= '9' && s[3] >= '0' && s[3] <= '9';
}

static int load_corpus(corpus *c, const char *dir, size_t *n_files) {
    DIR *d = opendir(dir);
    if (!d) { fprintf(stderr, "train-pos: cannot open %s: %s\n", dir, strerror(errno)); return -1; }
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (!is_brown_name(e->d_name)) continue;
        char **nn = realloc(names, (n + 1) * sizeof *nn);
        if (!nn) break;
        names = nn;
        names[n] = strdup(e->d_name);
        if (!names[n]) break;
        n++;
    }
    closedir(d);
    if (n == 0) { fprintf(stderr, "train-pos: no Brown files (ca01...) in %s\n", dir); free(names); return -1; }
    qsort(names, n, sizeof *names, cmp_str);
    c->sent_start = malloc(sizeof *c->sent_start);
    if (!c->sent_start) return -1;
    c->sent_start[0] = 0;
    c->cap_sent = 1;
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        rc = load_file(c, path, i % 10 == 9);
    }
    for (size_t i = 0; i < n; i++) free(names[i]);
    free(names);
    *n_files = n;
    return rc;
}

static void free_corpus(corpus *c) {
    for (size_t i = 0; i < c->n_bufs; i++) free(c->bufs[i]);
    free(c->bufs);
    free(c->words);
    free(c->tags);
    free(c->sent_start);
    free(c->sent_dev);
}

/* ---- training ----------------------------------------------------------- */
static uint64_t rng_next(uint64_t *s) { /* splitmix64 */
    uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

typedef struct opts {
    unsigned iters, hash_bits;
    uint64_t seed;
    float prune;
} opts;

static const char *class_names[TL_POS_COUNT - 1];

/* Dev accuracy of a model image through the runtime tagger. */
static double dev_accuracy(const corpus *c, const void *img, size_t len, size_t *n_dev) {
    tl_error err;
    tl_pos_model *m = tl_pos_load_mem(img, len, &err);
    if (!m) { fprintf(stderr, "train-pos: reloading the model failed: %s\n", err.msg); return -1; }
    size_t right = 0, total = 0;
    uint8_t *pred = malloc(c->n_tok ? c->n_tok : 1);
    if (!pred) { tl_pos_free(m); return -1; }
    for (size_t s = 0; s < c->n_sent; s++) {
        if (!c->sent_dev[s]) continue;
        size_t a = c->sent_start[s], b = c->sent_start[s + 1];
        tl_pos_tag(m, c->words + a, b - a, pred + a);
        for (size_t i = a; i < b; i++) right += pred[i] == c->tags[i];
        total += b - a;
    }
    free(pred);
    tl_pos_free(m);
    *n_dev = total;
    return total ? (double)right / (double)total : 0;
}

/* Trains on the train split (all = 0) or on everything (all = 1); returns the
 * model image (malloc'd) or NULL. */
static void *train(const corpus *c, const opts *o, int all, size_t *img_len, double *dev_acc) {
    tl_percep_trainer *t = tl_percep_trainer_new(o->hash_bits, TL_POS_COUNT - 1);
    size_t *order = malloc(c->n_sent * sizeof *order);
    uint8_t *hist = malloc(c->n_tok ? c->n_tok : 1);
    void *img = NULL;
    if (!t || !order || !hist) { fprintf(stderr, "train-pos: out of memory\n"); goto out; }
    size_t n_order = 0;
    for (size_t s = 0; s < c->n_sent; s++)
        if (all || !c->sent_dev[s]) order[n_order++] = s;
    uint64_t rng = o->seed;
    uint32_t feats[TL_POS_MAX_FEATS];
    for (unsigned it = 1; it <= o->iters; it++) {
        double t0 = now();
        for (size_t i = n_order; i > 1; i--) { /* Fisher-Yates */
            size_t j = (size_t)(rng_next(&rng) % i);
            size_t tmp = order[i - 1]; order[i - 1] = order[j]; order[j] = tmp;
        }
        size_t right = 0, total = 0;
        for (size_t k = 0; k < n_order; k++) {
            size_t s = order[k];
            size_t a = c->sent_start[s], b = c->sent_start[s + 1];
            for (size_t i = 0; i < b - a; i++) {
                size_t nf = tl_pos_features(c->words + a, b - a, i, hist + a, feats);
                unsigned guess = tl_percep_trainer_predict(t, feats, nf);
                unsigned truth = (unsigned)c->tags[a + i] - 1;
                tl_percep_trainer_update(t, feats, nf, truth, guess);
                hist[a + i] = (uint8_t)(guess + 1);
                right += guess == truth;
            }
            total += b - a;
        }
        free(img);
        img = NULL;
        tl_error err;
        if (tl_percep_trainer_save(t, "pos", class_names, o->prune, &img, img_len, &err)) {
            fprintf(stderr, "train-pos: %s\n", err.msg);
            img = NULL;
            goto out;
        }
        size_t n_dev = 0;
        *dev_acc = dev_accuracy(c, img, *img_len, &n_dev);
        printf("%s iter %u: train %.4f  dev %.4f%s (%zu tokens)  model %zu bytes  %.1fs\n",
               all ? "all  " : "split", it, total ? (double)right / (double)total : 0, *dev_acc,
               all ? " (seen)" : "", n_dev, *img_len, now() - t0);
        fflush(stdout);
    }
out:
    tl_percep_trainer_free(t);
    free(order);
    free(hist);
    return img;
}

int main(int argc, char **argv) {
    opts o = {8, 20, 1, 1.0f};
    int train_only = 0;
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); return 0; }
        if (!strcmp(a, "--train-only")) { train_only = 1; continue; }
        if (i + 1 >= argc) { usage(stderr); return 2; }
        char *end;
        const char *v = argv[++i];
        if (!strcmp(a, "--iter")) o.iters = (unsigned)strtoul(v, &end, 10);
        else if (!strcmp(a, "--seed")) o.seed = strtoull(v, &end, 10);
        else if (!strcmp(a, "--hash-bits")) o.hash_bits = (unsigned)strtoul(v, &end, 10);
        else if (!strcmp(a, "--prune")) o.prune = strtof(v, &end);
        else { usage(stderr); return 2; }
        if (*end || end == v) { fprintf(stderr, "train-pos: bad value for %s: %s\n", a, v); return 2; }
    }
    if (argc - i != 2 || o.iters == 0 || o.hash_bits < 10 || o.hash_bits > 24) { usage(stderr); return 2; }
    const char *dir = argv[i], *outp = argv[i + 1];
    for (int k = 1; k < TL_POS_COUNT; k++) class_names[k - 1] = tl_pos_tag_name(k);

    double t0 = now();
    corpus c = {0};
    size_t n_files = 0;
    if (load_corpus(&c, dir, &n_files)) { free_corpus(&c); return 1; }
    size_t n_dev_sent = 0;
    for (size_t s = 0; s < c.n_sent; s++) n_dev_sent += c.sent_dev[s];
    printf("corpus: %zu files, %zu sentences (%zu dev), %zu tokens, loaded in %.1fs\n", n_files,
           c.n_sent, n_dev_sent, c.n_tok, now() - t0);

    double t1 = now(), acc_split = 0, acc_all = 0;
    size_t len_split = 0, len_all = 0;
    void *img_split = train(&c, &o, 0, &len_split, &acc_split);
    double time_split = now() - t1;
    if (!img_split) { free_corpus(&c); return 1; }
    void *img = img_split;
    size_t len = len_split;
    double time_all = 0;
    if (!train_only) {
        t1 = now();
        void *img_all = train(&c, &o, 1, &len_all, &acc_all);
        time_all = now() - t1;
        if (!img_all) { free(img_split); free_corpus(&c); return 1; }
        free(img_split);
        img = img_all;
        len = len_all;
    }
    printf("dev accuracy, trained on the train split (held out): %.4f  [%.1fs]\n", acc_split, time_split);
    if (!train_only)
        printf("dev accuracy, trained on all files (dev seen):      %.4f  [%.1fs]\n", acc_all, time_all);
    FILE *f = fopen(outp, "wb");
    if (!f || fwrite(img, 1, len, f) != len || fclose(f) != 0) {
        fprintf(stderr, "train-pos: cannot write %s\n", outp);
        free(img);
        free_corpus(&c);
        return 1;
    }
    printf("wrote %s (%zu bytes, %s model)\n", outp, len, train_only ? "train-split" : "all-files");
    free(img);
    free_corpus(&c);
    return 0;
}
