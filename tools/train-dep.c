/* train-dep.c -- trains the dependency parser model (taggers, transitions, labels) on CoNLL-U treebanks, deterministically. */
#include "threadline.h"
#include "tl_arena.h"
#include "tl_buf.h"
#include "tl_conllu.h"
#include "tl_dep.h"
#include "tl_percep.h"
#include "tool_util.h"
#include <stdio.h>
#include <dirent.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static void usage(FILE *f) {
    fprintf(f,
            "usage: train-dep [options] --dev DEV.conllu... TRAIN.conllu... OUT.model\n"
            "       train-dep --shrink X,U,T,L IN.model OUT.model\n"
            "       train-dep --vote-pack T,L MAIN.model OUT.model [ltr:|rtl:]MEMBER.model[@W]...\n"
            "  (the vote model of `threadline parse`: the members' transition and label\n"
            "  scorers, rows under T and L dropped; rtl: a --reverse member; W its vote)\n"
            "  (drops the rows of each part whose largest |quantized weight| is below\n"
            "  its threshold: XPOS, UPOS, transitions, labels)\n"
            "Trains the UD tagger (XPOS, then UPOS) and the arc-hybrid parser on the\n"
            "TRAIN files and writes models/dep.model.  The parser learns from tags\n"
            "predicted by taggers trained on the other folds (jackknifing), with a\n"
            "dynamic oracle that explores its own mistakes.  DEV files (--dev, may be\n"
            "repeated) are parsed after each iteration to report tag accuracy, UAS and\n"
            "LAS (punctuation included); they are never trained on.\n"
            "options (defaults in brackets):\n"
            "  --iter N         parser iterations [12]\n"
            "  --tag-iter N     tagger iterations [6]\n"
            "  --folds K        jackknife folds [5]\n"
            "  --seed S         shuffle and exploration seed [1]\n"
            "  --explore P      probability of following the model's own transition\n"
            "                   from the second iteration on [0.9]\n"
            "  --ensemble K     parsers trained on K shuffles (seeds S..S+K-1), their\n"
            "                   averaged weights averaged [1]\n"
            "  --parser-seed S  seed of the parser's shuffles and explorations alone\n"
            "                   (the taggers and jackknifed tags keep --seed) [--seed]\n"
            "  --reverse        the parser (not the taggers) learns the sentences right\n"
            "                   to left: a member of the vote of `threadline parse`\n"
            "                   (the tags stay those of the left-to-right taggers)\n"
            "  --tag-cache F    for experiments on the parser alone: the jackknifed\n"
            "                   tags and the taggers are read from F when it holds\n"
            "                   them for the same sentences, else computed and saved\n"
            "                   there (the caller keeps tagger options unchanged)\n"
            "  --trans-bits B   hash bits of the transition scorer [22]\n"
            "  --label-bits B   hash bits of the label scorer [19]\n"
            "  --tag-bits B     hash bits of the taggers [18]\n"
            "  --prune P        drop weight rows below P (transitions) [1]\n"
            "  --label-prune P  same for the label scorer [1]\n"
            "  --tag-prune P    same for the taggers [1]\n"
            "  --budget X,U,T,L largest sizes in KiB of the XPOS, UPOS, transition and\n"
            "                   label parts: each is pruned harder (from its prune\n"
            "                   value up, x1.25 a step) until it fits [no limit]\n"
            "  --raw PATH       unlabelled text for the word clusters, with the TRAIN\n"
            "                   words: a file or a directory (its files named in lower\n"
            "                   case letters and digits, in name order); one sentence a\n"
            "                   line, tokens split by white space, a /TAG after a token\n"
            "                   dropped (Brown corpus style); may be repeated\n"
            "  --clusters K,C   fine and coarse cluster counts [512,64]\n"
            "  --min-count N    words seen fewer times get no cluster [3]\n"
            "  --contexts D     the D most frequent words (left and right neighbours)\n"
            "                   describe a word for the clustering [500]\n");
}

/* ---- corpus ---------------------------------------------------------------- */
typedef struct sent {
    size_t n;
    tl_str *words;
    uint8_t *xpos, *upos, *label; /* gold class ids (255: unknown class) */
    int32_t *head;                /* 0..n, index 1-based words; head[0] unused */
    uint8_t *pxpos, *pupos;       /* jackknifed predicted tags (ids + 1), words 1..n */
} sent;

typedef struct names {
    char *v[TL_PERCEP_MAX_CLASSES];
    unsigned n;
} names;

typedef struct corpus {
    sent *s;
    size_t n, cap;
} corpus;

static int name_id(const names *nm, tl_str x) {
    for (unsigned i = 0; i < nm->n; i++)
        if (strlen(nm->v[i]) == x.len && memcmp(nm->v[i], x.ptr, x.len) == 0) return (int)i;
    return -1;
}

static int name_add(names *nm, tl_str x) {
    int id = name_id(nm, x);
    if (id >= 0) return id;
    if (nm->n >= TL_PERCEP_MAX_CLASSES || x.len == 0 || x.len > 32) return -1;
    nm->v[nm->n] = strndup(x.ptr, x.len);
    return (int)nm->n++;
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads a CoNLL-U file into c; class names are added to the tables when add
 * is set (training files), else looked up (dev).  Returns 0 or -1. */
static int load(const char *path, corpus *c, tl_arena *a, names *nx, names *nu, names *nl, int add) {
    size_t len;
    char *buf = tool_slurp(path, &len);
    if (!buf) { fprintf(stderr, "train-dep: cannot read %s\n", path); return -1; }
    tl_conllu_reader r;
    tl_conllu_init(&r, buf, len);
    tl_conllu_sent cs;
    tl_error err = {0};
    int rc;
    while ((rc = tl_conllu_next(&r, a, &cs, &err)) == 1) {
        if (cs.n_words == 0) continue;
        if (c->n == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 1024;
            c->s = realloc(c->s, c->cap * sizeof *c->s);
            if (!c->s) goto fail;
        }
        sent *s = &c->s[c->n++];
        size_t n = cs.n_words;
        s->n = n;
        s->words = tl_arena_alloc(a, n * sizeof *s->words);
        s->xpos = tl_arena_alloc(a, n);
        s->upos = tl_arena_alloc(a, n);
        s->label = tl_arena_alloc(a, n);
        s->head = tl_arena_alloc(a, (n + 1) * sizeof *s->head);
        s->pxpos = tl_arena_calloc(a, n + 1, 1);
        s->pupos = tl_arena_calloc(a, n + 1, 1);
        if (!s->words || !s->xpos || !s->upos || !s->label || !s->head || !s->pxpos || !s->pupos)
            goto fail;
        s->head[0] = -1;
        for (size_t i = 0; i < n; i++) {
            const tl_conllu_line *L = &cs.lines[cs.words[i]];
            /* the text keeps its copy in the arena: buf is freed below */
            char *w = tl_arena_strndup(a, L->col[1].ptr, L->col[1].len);
            if (!w) goto fail;
            s->words[i].ptr = w;
            s->words[i].len = L->col[1].len;
            tl_str dep = L->col[7];
            int x = add ? name_add(nx, L->col[4]) : name_id(nx, L->col[4]);
            int u = add ? name_add(nu, L->col[3]) : name_id(nu, L->col[3]);
            int l = add ? name_add(nl, dep) : name_id(nl, dep);
            if (add && (x < 0 || u < 0 || l < 0)) {
                fprintf(stderr, "train-dep: %s line %zu: too many classes\n", path, L->lineno);
                goto fail;
            }
            s->xpos[i] = (uint8_t)(x < 0 ? 255 : x);
            s->upos[i] = (uint8_t)(u < 0 ? 255 : u);
            s->label[i] = (uint8_t)(l < 0 ? 255 : l);
            if (cs.head[i] < 0) {
                fprintf(stderr, "train-dep: %s line %zu: no HEAD\n", path, L->lineno);
                goto fail;
            }
            s->head[i + 1] = cs.head[i];
        }
    }
    free(buf);
    if (rc < 0) { fprintf(stderr, "train-dep: %s: %s\n", path, err.msg); return -1; }
    return 0;
fail:
    free(buf);
    return -1;
}

/* What main holds once the treebanks are read: released on the early
 * error returns, so that a refused input leaks nothing either. */
static int give_up(tl_arena *a, corpus *tr, corpus *dev, size_t n_dev, names *nx, names *nu, names *nl) {
    tl_arena_free(a);
    free(tr->s);
    for (size_t f = 0; f < n_dev; f++) free(dev[f].s);
    names *all[3] = {nx, nu, nl};
    for (int k = 0; k < 3; k++)
        for (unsigned i = 0; i < all[k]->n; i++) free(all[k]->v[i]);
    return 1;
}

/* Sorts class names and remaps the corpus ids, so that the model does not
 * depend on the order of the training files' first occurrences. */
static void sort_names(names *nm, corpus *c, int which) {
    char *old[TL_PERCEP_MAX_CLASSES];
    memcpy(old, nm->v, sizeof old);
    qsort(nm->v, nm->n, sizeof *nm->v, cmp_str);
    uint8_t map[256];
    for (unsigned i = 0; i < 256; i++) map[i] = 255;
    for (unsigned i = 0; i < nm->n; i++)
        for (unsigned j = 0; j < nm->n; j++)
            if (old[i] == nm->v[j]) map[i] = (uint8_t)j;
    for (size_t k = 0; k < c->n; k++)
        for (size_t i = 0; i < c->s[k].n; i++) {
            uint8_t *v = which == 0 ? c->s[k].xpos : which == 1 ? c->s[k].upos : c->s[k].label;
            v[i] = map[v[i]];
        }
}

/* ---- taggers ---------------------------------------------------------------- */
typedef struct image { void *p; size_t n; } image;

/* Saves t with the smallest prune threshold (from `prune` up, times 1.25
 * each step) whose image fits in `budget` bytes (0: no budget). */
static int save_fit(const tl_percep_trainer *t, const char *kind, const char *const *nm, float prune,
                    size_t budget, image *out) {
    tl_error err = {0};
    for (;;) {
        if (tl_percep_trainer_save(t, kind, nm, prune, &out->p, &out->n, &err) != TL_OK) {
            fprintf(stderr, "train-dep: %s\n", err.msg);
            return -1;
        }
        if (budget == 0 || out->n <= budget || prune > 1e6f) break;
        free(out->p);
        prune *= 1.25f;
    }
    fprintf(stderr, "  %s: %zu bytes (prune %.2f)\n", kind, out->n, (double)prune);
    return 0;
}

typedef struct opts {
    const tl_dep_clusters *clu;
    unsigned iter, tag_iter, folds, trans_bits, label_bits, tag_bits;
    uint64_t seed;
    double explore;
    float prune, label_prune, tag_prune;
    size_t xpos_budget, upos_budget, trans_budget, label_budget;
    unsigned ensemble; /* parser members averaged */
    uint64_t parser_seed; /* the parser's shuffles and explorations (0: seed) */
    int reverse;          /* the parser reads sentences right to left */
} opts;

static void shuffle(size_t *ord, size_t n, uint64_t *rng) {
    for (size_t i = n; i > 1; i--) {
        size_t j = tool_rng_next(rng) % i;
        size_t t = ord[i - 1];
        ord[i - 1] = ord[j];
        ord[j] = t;
    }
}

static unsigned argmax_f(const float *sc, unsigned n) {
    unsigned b = 0;
    for (unsigned k = 1; k < n; k++)
        if (sc[k] > sc[b]) b = k;
    return b;
}

/* Trains both taggers on the sentences whose index % folds != fold (all when
 * fold < 0); stores model images in out_x / out_u. */
static int train_taggers(const corpus *c, const opts *o, int fold, unsigned nx, unsigned nu,
                         const names *xn, const names *un, void **ix, size_t *lx, void **iu,
                         size_t *lu) {
    tl_percep_trainer *tx = tl_percep_trainer_new(o->tag_bits, nx);
    tl_percep_trainer *tu = tl_percep_trainer_new(o->tag_bits, nu);
    if (!tx || !tu) return -1;
    size_t *ord = malloc(c->n * sizeof *ord), m = 0;
    for (size_t i = 0; i < c->n; i++)
        if (fold < 0 || (int)(i % o->folds) != fold) ord[m++] = i;
    uint64_t rng = o->seed * 2654435761u + 17 + (uint64_t)(fold + 1);
    uint32_t feats[TL_DEP_MAX_FEATS];
    float sc[TL_PERCEP_MAX_CLASSES];
    for (unsigned it = 0; it < o->tag_iter; it++) {
        shuffle(ord, m, &rng);
        for (size_t k = 0; k < m; k++) {
            const sent *s = &c->s[ord[k]];
            tl_dep_word *w = malloc((s->n + 1) * sizeof *w);
            tl_dep_words(s->words, s->n, w);
            tl_dep_word_clusters(o->clu, w, s->n);
            for (size_t i = 1; i <= s->n; i++) {
                size_t nf = tl_dep_tag_features(w, s->n, i, 0, feats);
                memset(sc, 0, sizeof sc);
                tl_percep_trainer_scores(tx, feats, nf, sc);
                unsigned g = argmax_f(sc, nx);
                tl_percep_trainer_update(tx, feats, nf, s->xpos[i - 1], g);
                w[i].xpos = (uint8_t)(g + 1);
            }
            for (size_t i = 1; i <= s->n; i++) {
                size_t nf = tl_dep_tag_features(w, s->n, i, 1, feats);
                memset(sc, 0, sizeof sc);
                tl_percep_trainer_scores(tu, feats, nf, sc);
                unsigned g = argmax_f(sc, nu);
                tl_percep_trainer_update(tu, feats, nf, s->upos[i - 1], g);
                w[i].upos = (uint8_t)(g + 1);
            }
            free(w);
        }
    }
    free(ord);
    image a = {0}, b = {0};
    int rc = save_fit(tx, "dep-xpos", (const char *const *)xn->v, o->tag_prune, fold < 0 ? o->xpos_budget : 0, &a);
    if (rc == 0) rc = save_fit(tu, "dep-upos", (const char *const *)un->v, o->tag_prune, fold < 0 ? o->upos_budget : 0, &b);
    tl_percep_trainer_free(tx);
    tl_percep_trainer_free(tu);
    *ix = a.p; *lx = a.n; *iu = b.p; *lu = b.n;
    return rc;
}

/* Tags sentence s with the tagger images; writes ids + 1 to px / pu. */
static void tag_with(const tl_percep_model *mx, const tl_percep_model *mu, const sent *s,
                     const tl_dep_clusters *clu, uint8_t *px, uint8_t *pu) {
    tl_dep_word *w = malloc((s->n + 1) * sizeof *w);
    tl_dep_words(s->words, s->n, w);
    tl_dep_word_clusters(clu, w, s->n);
    uint32_t feats[TL_DEP_MAX_FEATS];
    for (size_t i = 1; i <= s->n; i++) {
        size_t nf = tl_dep_tag_features(w, s->n, i, 0, feats);
        w[i].xpos = (uint8_t)(tl_percep_predict(mx, feats, nf) + 1);
    }
    for (size_t i = 1; i <= s->n; i++) {
        size_t nf = tl_dep_tag_features(w, s->n, i, 1, feats);
        w[i].upos = (uint8_t)(tl_percep_predict(mu, feats, nf) + 1);
    }
    for (size_t i = 1; i <= s->n; i++) { px[i] = w[i].xpos; pu[i] = w[i].upos; }
    free(w);
}

/* ---- parser ------------------------------------------------------------------ */

/* Gold arcs lost by each transition (arc-hybrid dynamic oracle). */
static unsigned cost(const tl_dep_state *st, const int32_t *g, int t) {
    size_t n = st->n, b = st->b;
    int32_t s0 = st->stack[st->sp - 1];
    unsigned c = 0;
    if (t == TL_DEP_SHIFT) {
        for (size_t k = 0; k < st->sp; k++) {
            int32_t x = st->stack[k];
            if (g[b] == x && x != s0) c++;
            if (x != 0 && g[x] == (int32_t)b) c++;
        }
        return c;
    }
    int32_t s1 = st->sp >= 2 ? st->stack[st->sp - 2] : -1;
    if (t == TL_DEP_LEFT) {
        if (g[s0] != (int32_t)b && (g[s0] == s1 || g[s0] > (int32_t)b)) c++;
    } else {
        if (b <= n && g[s0] >= (int32_t)b) c++;
    }
    for (size_t k = b; k <= n; k++)
        if (g[k] == s0) c++;
    return c;
}



/* Parses gold sentence s once with the current weights, updating the
 * transition scorer tt toward the cheapest transitions (dynamic oracle) and
 * the label scorer tlb on every gold arc made; follows the model's own
 * transition with probability explore.  Counts steps and wrong steps.
 * Returns 0, or -1 when out of memory. */
static int train_sentence(const sent *s, const opts *o, tl_percep_trainer *tt, tl_percep_trainer *tlb,
                          unsigned nlab, unsigned root, double explore, uint64_t *rng, size_t *steps,
                          size_t *errs) {
    uint32_t feats[TL_DEP_MAX_FEATS], lf[TL_DEP_MAX_FEATS];
    float sc[TL_PERCEP_MAX_CLASSES];
    tl_arena *a = tl_arena_new(0);
    tl_dep_word *w = a ? tl_arena_alloc(a, (s->n + 1) * sizeof *w) : NULL;
    tl_dep_state st;
    if (!w || tl_dep_state_init(&st, s->n, a) != TL_OK) { tl_arena_free(a); return -1; }
    tl_dep_words(s->words, s->n, w);
    tl_dep_word_clusters(o->clu, w, s->n);
    for (size_t i = 1; i <= s->n; i++) { w[i].xpos = s->pxpos[i]; w[i].upos = s->pupos[i]; }
    const int32_t *g = s->head;
    while (!tl_dep_state_final(&st)) {
        size_t nf = tl_dep_state_features(&st, w, feats);
        if (nf > TL_DEP_MAX_FEATS) abort();
        float ts[TL_DEP_NTRANS] = {0};
        tl_percep_trainer_scores(tt, feats, nf, ts);
        int pred = -1, gold = -1;
        unsigned cs[TL_DEP_NTRANS], minc = ~0u;
        for (int t = 0; t < TL_DEP_NTRANS; t++) {
            if (!tl_dep_state_legal(&st, t)) continue;
            cs[t] = cost(&st, g, t);
            if (cs[t] < minc) minc = cs[t];
            if (pred < 0 || ts[t] > ts[pred]) pred = t;
        }
        for (int t = 0; t < TL_DEP_NTRANS; t++)
            if (tl_dep_state_legal(&st, t) && cs[t] == minc && (gold < 0 || ts[t] > ts[gold])) gold = t;
        (*steps)++;
        if (cs[pred] > minc) {
            (*errs)++;
            tl_percep_trainer_update(tt, feats, nf, (unsigned)gold, (unsigned)pred);
        } else {
            tl_percep_trainer_update(tt, feats, nf, (unsigned)pred, (unsigned)pred);
        }
        int next = gold;
        if (explore > 0 && (double)tool_rng_next(rng) / 4294967296.0 < explore) next = pred;
        unsigned lab = 0;
        if (next == TL_DEP_RIGHT && st.sp == 2) {
            lab = root;
        } else if (next != TL_DEP_SHIFT) {
            int32_t d = st.stack[st.sp - 1];
            int32_t h = next == TL_DEP_LEFT ? (int32_t)st.b : st.stack[st.sp - 2];
            tl_dep_label_features(feats, nf, next, lf);
            memset(sc, 0, sizeof sc);
            tl_percep_trainer_scores(tlb, lf, nf, sc);
            sc[root] = -1e30f;
            unsigned guess = argmax_f(sc, nlab);
            lab = guess;
            if (g[d] == h && s->label[d - 1] < nlab && s->label[d - 1] != root) {
                tl_percep_trainer_update(tlb, lf, nf, s->label[d - 1], guess);
                lab = s->label[d - 1];
            }
        }
        tl_dep_state_apply(&st, next, lab);
    }
    tl_arena_free(a);
    return 0;
}

/* Assembles a tl_dep model file from four tl_percep images and the cluster
 * part (clu). */
static int assemble(const image p4[4], const image *clu, void **out, size_t *out_len) {
    const image parts[5] = {p4[0], p4[1], p4[2], p4[3], *clu};
    tl_buf b = TL_BUF_INIT;
    tl_buf_put(&b, "TLDEPMOD", 8);
    uint32_t v[2] = {TL_DEP_VERSION, 0};
    size_t total = 16;
    for (int k = 0; k < 5; k++) total += 4 + parts[k].n;
    v[1] = (uint32_t)total;
    for (int k = 0; k < 2; k++) {
        char q[4] = {(char)(v[k] & 0xFF), (char)(v[k] >> 8 & 0xFF), (char)(v[k] >> 16 & 0xFF), (char)(v[k] >> 24 & 0xFF)};
        tl_buf_put(&b, q, 4);
    }
    for (int k = 0; k < 5; k++) {
        uint32_t n = (uint32_t)parts[k].n;
        char q[4] = {(char)(n & 0xFF), (char)(n >> 8 & 0xFF), (char)(n >> 16 & 0xFF), (char)(n >> 24 & 0xFF)};
        tl_buf_put(&b, q, 4);
        tl_buf_put(&b, parts[k].p, parts[k].n);
    }
    if (b.oom || b.len != total) { tl_buf_free(&b); return -1; }
    *out = b.p;
    *out_len = b.len;
    return 0;
}

/* The heads (0-based, -1 the ROOT) and labels that model m gives the n
 * words: tl_dep_parse, or for a right-to-left parser (reverse) the tags of
 * m's taggers and its scorers over the reversed words, as the vote runs it.
 * Returns TL_OK or the first error. */
static int parse_dir(const tl_dep_model *m, int reverse, const tl_str *words, size_t n, tl_arena *a,
                     tl_dep_tree *t) {
    if (!reverse) return tl_dep_parse(m, words, n, a, t);
    tl_dep_word *w;
    int rc = tl_dep_tag(m, NULL, words, n, a, &w);
    if (rc != TL_OK) return rc;
    tl_dep_word *rw = tl_arena_alloc(a, (n + 1) * sizeof *rw);
    int32_t *h = tl_arena_alloc(a, (n + 1) * sizeof *h);
    uint8_t *l = tl_arena_alloc(a, n + 1);
    t->n = n;
    t->head = tl_arena_alloc(a, (n ? n : 1) * sizeof *t->head);
    t->label = tl_arena_alloc(a, n ? n : 1);
    t->xpos = tl_arena_alloc(a, n ? n : 1);
    t->upos = tl_arena_alloc(a, n ? n : 1);
    if (!rw || !h || !l || !t->head || !t->label || !t->xpos || !t->upos) return TL_ENOMEM;
    rw[0] = w[0];
    for (size_t j = 1; j <= n; j++) { rw[j] = w[n + 1 - j]; rw[j].first = j == 1; }
    rc = tl_dep_run(tl_dep_trans_scorer(m), tl_dep_label_scorer(m), tl_dep_root_label(m), rw, n, a, h, l, NULL);
    for (size_t j = 1; j <= n && rc == TL_OK; j++) {
        size_t i = n - j; /* 0-based original index of reversed word j */
        t->head[i] = h[j] ? (int32_t)(n - (size_t)h[j]) : -1;
        t->label[i] = l[j];
        t->xpos[i] = (uint8_t)(w[i + 1].xpos - 1);
        t->upos[i] = (uint8_t)(w[i + 1].upos - 1);
    }
    return rc;
}

/* Parses the dev corpus with a model image (right to left when reverse);
 * prints tag accuracy, UAS, LAS. */
static void evaluate(const char *what, const void *img, size_t len, const corpus *dev, int reverse) {
    tl_error err = {0};
    tl_dep_model *m = tl_dep_load_mem(img, len, &err);
    if (!m) { fprintf(stderr, "train-dep: model does not load: %s\n", err.msg); return; }
    size_t tot = 0, ua = 0, la = 0, xa = 0, uu = 0;
    clock_t t0 = clock();
    for (size_t k = 0; k < dev->n; k++) {
        const sent *s = &dev->s[k];
        tl_arena *a = tl_arena_new(0);
        tl_dep_tree t;
        if (!a || parse_dir(m, reverse, s->words, s->n, a, &t) != TL_OK) { tl_arena_free(a); continue; }
        for (size_t i = 0; i < s->n; i++) {
            tot++;
            int32_t h = t.head[i] + 1;
            if (h == s->head[i + 1]) {
                ua++;
                if (t.label[i] == s->label[i]) la++;
            }
            xa += t.xpos[i] == s->xpos[i];
            uu += t.upos[i] == s->upos[i];
        }
        tl_arena_free(a);
    }
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    fprintf(stderr, "  %s%s: %zu sentences, %zu words: XPOS %.4f UPOS %.4f UAS %.4f LAS %.4f (%.0f sent/s)\n",
            what, reverse ? " (right to left)" : "", dev->n, tot, (double)xa / (double)(tot ? tot : 1),
            (double)uu / (double)(tot ? tot : 1), (double)ua / (double)(tot ? tot : 1),
            (double)la / (double)(tot ? tot : 1), secs > 0 ? (double)dev->n / secs : 0.0);
    tl_dep_free(m);
}

/* Saves the transition and label scorers (pruned to their budgets) beside
 * the taggers and clusters, parses the dev files with the model, and writes
 * it to out_path when not NULL.  Returns 0 or -1. */
static int report(const tl_percep_trainer *tt, const tl_percep_trainer *tlb, const opts *o, image parts[4],
                  const image *clu_img, const names *nl, const char *const *tnames, const char *const *devs,
                  const corpus *dev, size_t n_dev, const names *nx, const names *nu, const char *out_path) {
    if (save_fit(tt, "dep-trans", tnames, o->prune, o->trans_budget, &parts[2]) != 0 ||
        save_fit(tlb, "dep-label", (const char *const *)nl->v, o->label_prune, o->label_budget, &parts[3]) != 0)
        return -1;
    void *img;
    size_t len;
    if (assemble(parts, clu_img, &img, &len) != 0) return -1;
    fprintf(stderr, "  model: %zu bytes (transitions %zu, labels %zu)\n", len, parts[2].n, parts[3].n);
    for (size_t f = 0; f < n_dev; f++) evaluate(devs[f], img, len, &dev[f], o->reverse);
    int rc = 0;
    if (out_path) {
        FILE *fp = fopen(out_path, "wb");
        if (!fp || fwrite(img, 1, len, fp) != len || fclose(fp) != 0) {
            fprintf(stderr, "train-dep: cannot write %s\n", out_path);
            rc = -1;
        } else {
            fprintf(stderr, "train-dep: wrote %s (%zu bytes)\n", out_path, len);
        }
    }
    free(img);
    free(parts[2].p);
    free(parts[3].p);
    return rc;
}

/* Sentence s in reverse word order, in place: word i (1-based) becomes
 * n + 1 - i, heads renumbered (the ROOT stays 0), predicted and gold tags
 * and labels moved with their words.  The words array is copied from arena
 * a (the original may be shared).  Returns 0 or -1 (out of memory). */
static int reverse_sent(sent *s, tl_arena *a) {
    size_t n = s->n;
    tl_str *rw = tl_arena_alloc(a, (n ? n : 1) * sizeof *rw);
    if (!rw) return -1;
    for (size_t i = 0; i < n; i++) rw[i] = s->words[n - 1 - i];
    s->words = rw;
    for (size_t i = 0, j = n - 1; n && i < j; i++, j--) {
        uint8_t t;
        t = s->xpos[i]; s->xpos[i] = s->xpos[j]; s->xpos[j] = t;
        t = s->upos[i]; s->upos[i] = s->upos[j]; s->upos[j] = t;
        t = s->label[i]; s->label[i] = s->label[j]; s->label[j] = t;
    }
    for (size_t i = 1, j = n; i < j; i++, j--) {
        uint8_t t;
        t = s->pxpos[i]; s->pxpos[i] = s->pxpos[j]; s->pxpos[j] = t;
        t = s->pupos[i]; s->pupos[i] = s->pupos[j]; s->pupos[j] = t;
        int32_t h = s->head[i]; s->head[i] = s->head[j]; s->head[j] = h;
    }
    for (size_t i = 1; i <= n; i++)
        if (s->head[i] > 0) s->head[i] = (int32_t)(n + 1) - s->head[i];
    return 0;
}

/* ---- tag cache (experiments) ------------------------------------------------ */

/* The file: "TLDEPTAG", u64 sentences, u64 words, the predicted tags (xpos
 * then upos, ids + 1) of every word, then the two tagger images, each as a
 * u64 length and its bytes.  Native byte order: a scratch file for the
 * machine that wrote it. */
static int cache_write(const char *path, const corpus *c, const image parts[2]) {
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    uint64_t nw = 0, ns = c->n;
    for (size_t k = 0; k < c->n; k++) nw += c->s[k].n;
    int ok = fwrite("TLDEPTAG", 1, 8, f) == 8 && fwrite(&ns, 8, 1, f) == 1 && fwrite(&nw, 8, 1, f) == 1;
    for (size_t k = 0; k < c->n && ok; k++)
        ok = fwrite(c->s[k].pxpos + 1, 1, c->s[k].n, f) == c->s[k].n &&
             fwrite(c->s[k].pupos + 1, 1, c->s[k].n, f) == c->s[k].n;
    for (int p = 0; p < 2 && ok; p++) {
        uint64_t n = parts[p].n;
        ok = fwrite(&n, 8, 1, f) == 1 && fwrite(parts[p].p, 1, parts[p].n, f) == parts[p].n;
    }
    return fclose(f) == 0 && ok ? 0 : -1;
}

/* Reads what cache_write wrote for the same corpus into c and parts[0..1]
 * (malloc'd images).  Returns 0, or -1 (nothing usable: no file, another
 * corpus, short read). */
static int cache_read(const char *path, corpus *c, image parts[2]) {
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    char mg[8];
    uint64_t ns, nw, want = 0;
    for (size_t k = 0; k < c->n; k++) want += c->s[k].n;
    int ok = fread(mg, 1, 8, f) == 8 && !memcmp(mg, "TLDEPTAG", 8) && fread(&ns, 8, 1, f) == 1 &&
             fread(&nw, 8, 1, f) == 1 && ns == c->n && nw == want;
    for (size_t k = 0; k < c->n && ok; k++)
        ok = fread(c->s[k].pxpos + 1, 1, c->s[k].n, f) == c->s[k].n &&
             fread(c->s[k].pupos + 1, 1, c->s[k].n, f) == c->s[k].n;
    parts[0].p = parts[1].p = NULL;
    for (int p = 0; p < 2 && ok; p++) {
        uint64_t n = 0;
        ok = fread(&n, 8, 1, f) == 1 && n < ((uint64_t)1 << 31) && (parts[p].p = malloc(n ? n : 1)) != NULL &&
             fread(parts[p].p, 1, n, f) == n;
        parts[p].n = n;
    }
    fclose(f);
    if (!ok) { free(parts[0].p); free(parts[1].p); return -1; }
    fprintf(stderr, "train-dep: tags and taggers from %s\n", path);
    return 0;
}

/* ---- word clusters ------------------------------------------------------------ */

/* Word clusters give the tagger and the parser a feature for words the
 * treebanks never showed: a word of unlabelled text is described by the
 * frequent words seen just before and just after it (positive pointwise
 * mutual information, unit length), and words so described are grouped by
 * spherical k-means into fine clusters, whose centroids are grouped again
 * into coarse ones.  Everything is deterministic: seeds are words chosen by
 * frequency rank, ties go to the lower index. */

#define TOK_BOUND 0xFFFFFFFFu /* sentence boundary in the token stream */

typedef struct toks { uint32_t *v; size_t n, cap; } toks;

static int toks_push(toks *t, uint32_t x) {
    if (t->n == t->cap) {
        size_t nc = t->cap ? t->cap * 2 : 1 << 20;
        uint32_t *nv = realloc(t->v, nc * sizeof *nv);
        if (!nv) return -1;
        t->v = nv;
        t->cap = nc;
    }
    t->v[t->n++] = x;
    return 0;
}

/* Appends the folded word hashes of n words and a boundary. */
static int toks_sentence(toks *t, const tl_str *words, size_t n) {
    if (n == 0) return 0;
    tl_dep_word *w = malloc((n + 1) * sizeof *w);
    if (!w) return -1;
    tl_dep_words(words, n, w);
    int rc = 0;
    for (size_t i = 1; i <= n && rc == 0; i++) rc = toks_push(t, w[i].w == TOK_BOUND ? 0 : w[i].w);
    free(w);
    return rc ? rc : toks_push(t, TOK_BOUND);
}

/* Reads one file of raw text: a sentence a line, tokens split by white space,
 * "word/tag" read as "word". */
static int toks_file(toks *t, const char *path) {
    size_t len;
    char *buf = tool_slurp(path, &len);
    if (!buf) { fprintf(stderr, "train-dep: cannot read %s\n", path); return -1; }
    size_t cap = 256;
    tl_str *words = malloc(cap * sizeof *words);
    if (!words) { free(buf); return -1; }
    size_t i = 0;
    int rc = 0;
    while (i < len && rc == 0) {
        size_t e = i;
        while (e < len && buf[e] != '\n') e++;
        size_t n = 0;
        for (size_t j = i; j < e;) {
            while (j < e && (buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\r')) j++;
            size_t st = j;
            while (j < e && buf[j] != ' ' && buf[j] != '\t' && buf[j] != '\r') j++;
            if (j == st) continue;
            size_t end = j;
            for (size_t q = j; q > st + 1; q--)
                if (buf[q - 1] == '/') { end = q - 1; break; }
            if (n == cap) {
                cap *= 2;
                tl_str *nw = realloc(words, cap * sizeof *nw);
                if (!nw) { rc = -1; break; }
                words = nw;
            }
            words[n].ptr = buf + st;
            words[n].len = end - st;
            n++;
        }
        if (rc == 0) rc = toks_sentence(t, words, n);
        i = e + 1;
    }
    free(words);
    free(buf);
    return rc;
}

static int lower_name(const char *s) {
    if (!*s) return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9'))) return 0;
    return 1;
}

/* A file, or the files of a directory named in lower case and digits. */
static int toks_path(toks *t, const char *path) {
    struct stat st;
    if (stat(path, &st) != 0) { fprintf(stderr, "train-dep: cannot read %s\n", path); return -1; }
    if (!S_ISDIR(st.st_mode)) return toks_file(t, path);
    DIR *d = opendir(path);
    if (!d) { fprintf(stderr, "train-dep: cannot list %s\n", path); return -1; }
    char **fnames = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (!lower_name(de->d_name)) continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **nn = realloc(fnames, cap * sizeof *nn);
            if (!nn) break;
            fnames = nn;
        }
        fnames[n++] = strdup(de->d_name);
    }
    closedir(d);
    qsort(fnames, n, sizeof *fnames, cmp_str);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", path, fnames[i]);
        if (rc == 0) rc = toks_file(t, p);
        free(fnames[i]);
    }
    free(fnames);
    return rc;
}

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

typedef struct vword { uint32_t key, count; } vword;

static int cmp_vword_freq(const void *a, const void *b) {
    const vword *x = a, *y = b;
    if (x->count != y->count) return x->count > y->count ? -1 : 1;
    return x->key < y->key ? -1 : x->key > y->key;
}

/* Index of key in the key-sorted array (n entries), or -1. */
static long find_key(const uint32_t *keys, size_t n, uint32_t k) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (keys[mid] < k) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && keys[lo] == k ? (long)lo : -1;
}

/* Spherical k-means of n unit vectors (CSR: row r is idx/val[off[r]..off[r+1]),
 * or dense rows of dim floats when off is NULL) into k clusters seeded by
 * rows seed[0..k); writes each row's cluster to asg and the centroids to cen
 * (k x dim). */
static void kmeans(size_t n, size_t dim, const size_t *off, const uint16_t *idx, const float *val,
                   unsigned k, const size_t *seed, unsigned iters, uint16_t *asg, float *cen) {
    memset(cen, 0, (size_t)k * dim * sizeof *cen);
    for (unsigned j = 0; j < k; j++) {
        size_t r = seed[j];
        if (off)
            for (size_t q = off[r]; q < off[r + 1]; q++) cen[j * dim + idx[q]] = val[q];
        else
            memcpy(cen + j * dim, val + r * dim, dim * sizeof *cen);
    }
    for (size_t r = 0; r < n; r++) asg[r] = 0xFFFF;
    for (unsigned it = 0; it < iters; it++) {
        size_t moved = 0;
        for (size_t r = 0; r < n; r++) {
            unsigned best = 0;
            float bs = -1e30f;
            for (unsigned j = 0; j < k; j++) {
                const float *c = cen + j * dim;
                float d = 0;
                if (off)
                    for (size_t q = off[r]; q < off[r + 1]; q++) d += c[idx[q]] * val[q];
                else
                    for (size_t q = 0; q < dim; q++) d += c[q] * val[r * dim + q];
                if (d > bs) { bs = d; best = j; }
            }
            if (asg[r] != best) { moved++; asg[r] = (uint16_t)best; }
        }
        float *sum = calloc((size_t)k * dim, sizeof *sum);
        if (!sum) return;
        for (size_t r = 0; r < n; r++) {
            float *c = sum + (size_t)asg[r] * dim;
            if (off)
                for (size_t q = off[r]; q < off[r + 1]; q++) c[idx[q]] += val[q];
            else
                for (size_t q = 0; q < dim; q++) c[q] += val[r * dim + q];
        }
        for (unsigned j = 0; j < k; j++) {
            float *c = sum + (size_t)j * dim;
            double nn = 0;
            for (size_t q = 0; q < dim; q++) nn += (double)c[q] * c[q];
            if (nn <= 0) continue; /* an empty cluster keeps its centroid */
            float inv = (float)(1.0 / sqrt(nn));
            for (size_t q = 0; q < dim; q++) cen[(size_t)j * dim + q] = c[q] * inv;
        }
        free(sum);
        fprintf(stderr, "  k-means %u clusters, iteration %u: %zu moved\n", k, it + 1, moved);
        if (moved == 0) break;
    }
}

/* Learns clusters from the token stream; fills the cluster table (arrays
 * malloc'd, kept for the process) and its model image.  Returns 0 or -1. */
static int learn_clusters(const toks *t, unsigned kf, unsigned kc, unsigned min_count, unsigned dctx,
                          tl_dep_clusters *out, image *img) {
    memset(out, 0, sizeof *out);
    /* vocabulary by frequency */
    uint32_t *sorted = malloc((t->n + 1) * sizeof *sorted);
    if (!sorted) return -1;
    size_t m = 0;
    for (size_t i = 0; i < t->n; i++)
        if (t->v[i] != TOK_BOUND) sorted[m++] = t->v[i];
    qsort(sorted, m, sizeof *sorted, cmp_u32);
    vword *voc = malloc((m + 1) * sizeof *voc);
    size_t V = 0;
    for (size_t i = 0; i < m;) {
        size_t j = i;
        while (j < m && sorted[j] == sorted[i]) j++;
        if (j - i >= min_count) { voc[V].key = sorted[i]; voc[V].count = (uint32_t)(j - i); V++; }
        i = j;
    }
    free(sorted);
    qsort(voc, V, sizeof *voc, cmp_vword_freq);
    if (V < kf || kf < kc || kc < 1 || kf > 65534) { fprintf(stderr, "train-dep: too few words to cluster\n"); free(voc); return -1; }
    if (dctx > V) dctx = (unsigned)V;
    /* key -> frequency rank */
    uint32_t *keys = malloc(V * sizeof *keys);
    uint32_t *rank_of = malloc(V * sizeof *rank_of);
    for (size_t i = 0; i < V; i++) keys[i] = voc[i].key;
    qsort(keys, V, sizeof *keys, cmp_u32);
    for (size_t i = 0; i < V; i++) rank_of[find_key(keys, V, voc[i].key)] = (uint32_t)i;
    /* context counts: left neighbour ids 0..dctx (dctx: boundary), right ones after */
    size_t dim = 2 * ((size_t)dctx + 1);
    float *cnt = calloc(V * dim, sizeof *cnt);
    if (!cnt) { free(voc); free(keys); free(rank_of); return -1; }
    long prev = -2; /* -2: boundary, -1: a word without a rank */
    for (size_t i = 0; i < t->n; i++) {
        long r = t->v[i] == TOK_BOUND ? -2 : find_key(keys, V, t->v[i]);
        if (r >= 0) r = rank_of[r];
        long next;
        if (t->v[i] == TOK_BOUND) { prev = -2; continue; }
        if (i + 1 >= t->n || t->v[i + 1] == TOK_BOUND) next = -2;
        else { next = find_key(keys, V, t->v[i + 1]); if (next >= 0) next = rank_of[next]; }
        if (r >= 0) {
            float *row = cnt + (size_t)r * dim;
            if (prev == -2) row[dctx]++;
            else if (prev >= 0 && prev < (long)dctx) row[prev]++;
            if (next == -2) row[dctx + 1 + dctx]++;
            else if (next >= 0 && next < (long)dctx) row[dctx + 1 + (size_t)next]++;
        }
        prev = r >= 0 ? r : -1;
    }
    /* positive PMI, unit length, as sparse rows */
    double *col = calloc(dim, sizeof *col), tot = 0;
    double *rowsum = calloc(V, sizeof *rowsum);
    for (size_t r = 0; r < V; r++)
        for (size_t q = 0; q < dim; q++) { col[q] += cnt[r * dim + q]; rowsum[r] += cnt[r * dim + q]; tot += cnt[r * dim + q]; }
    size_t *off = malloc((V + 1) * sizeof *off), nnz = 0;
    for (size_t r = 0; r < V; r++)
        for (size_t q = 0; q < dim; q++) nnz += cnt[r * dim + q] > 0;
    uint16_t *idx = malloc((nnz + 1) * sizeof *idx);
    float *val = malloc((nnz + 1) * sizeof *val);
    if (!off || !idx || !val || !col || !rowsum) return -1;
    nnz = 0;
    for (size_t r = 0; r < V; r++) {
        off[r] = nnz;
        double nn = 0;
        for (size_t q = 0; q < dim; q++) {
            float c = cnt[r * dim + q];
            if (c <= 0) continue;
            double pmi = log((double)c * tot / (rowsum[r] * col[q]));
            if (pmi <= 0) continue;
            idx[nnz] = (uint16_t)q;
            val[nnz] = (float)pmi;
            nn += pmi * pmi;
            nnz++;
        }
        if (nn > 0)
            for (size_t q = off[r]; q < nnz; q++) val[q] = (float)(val[q] / sqrt(nn));
    }
    off[V] = nnz;
    free(cnt);
    free(col);
    free(rowsum);
    fprintf(stderr, "train-dep: clustering %zu words (%zu tokens, %zu non-zero contexts)\n", V, t->n, nnz);
    /* fine clusters, seeded by words spread over the most frequent 4k */
    size_t *seed = malloc(kf * sizeof *seed);
    size_t span = V < (size_t)kf * 4 ? V : (size_t)kf * 4;
    for (unsigned j = 0; j < kf; j++) seed[j] = (size_t)j * span / kf;
    uint16_t *fine = malloc(V * sizeof *fine);
    float *cen = malloc((size_t)kf * dim * sizeof *cen);
    if (!seed || !fine || !cen) return -1;
    kmeans(V, dim, off, idx, val, kf, seed, 15, fine, cen);
    /* coarse clusters over the fine centroids */
    uint16_t *fc = malloc(kf * sizeof *fc);
    float *ccen = malloc((size_t)kc * dim * sizeof *ccen);
    size_t *cseed = malloc(kc * sizeof *cseed);
    if (!fc || !ccen || !cseed) return -1;
    for (unsigned j = 0; j < kc; j++) cseed[j] = (size_t)j * kf / kc;
    kmeans(kf, dim, NULL, NULL, cen, kc, cseed, 15, fc, ccen);
    /* the table, in key order; words without any context get no cluster */
    uint32_t *tk = malloc(V * sizeof *tk);
    uint16_t *tf = malloc(V * sizeof *tf), *tc = malloc(V * sizeof *tc);
    if (!tk || !tf || !tc) return -1;
    size_t nt = 0;
    for (size_t i = 0; i < V; i++) {
        size_t r = rank_of[i];
        if (off[r + 1] == off[r]) continue;
        tk[nt] = keys[i];
        tf[nt] = (uint16_t)(fine[r] + 1);
        tc[nt] = (uint16_t)(fc[fine[r]] + 1);
        nt++;
    }
    out->n = nt; out->key = tk; out->fine = tf; out->coarse = tc;
    /* model image: count, CRC, keys, fine, coarse (little-endian) */
    size_t bytes = 8 + nt * 8;
    unsigned char *b = malloc(bytes);
    if (!b) return -1;
    for (size_t i = 0; i < nt; i++)
        for (int q = 0; q < 4; q++) b[8 + 4 * i + (size_t)q] = (unsigned char)(tk[i] >> (8 * q));
    for (size_t i = 0; i < nt; i++) {
        b[8 + nt * 4 + 2 * i] = (unsigned char)(tf[i] & 0xFF);
        b[8 + nt * 4 + 2 * i + 1] = (unsigned char)(tf[i] >> 8);
        b[8 + nt * 6 + 2 * i] = (unsigned char)(tc[i] & 0xFF);
        b[8 + nt * 6 + 2 * i + 1] = (unsigned char)(tc[i] >> 8);
    }
    uint32_t crc = tl_percep_crc32(b + 8, bytes - 8);
    for (int q = 0; q < 4; q++) { b[q] = (unsigned char)(nt >> (8 * q)); b[4 + q] = (unsigned char)(crc >> (8 * q)); }
    img->p = b;
    img->n = bytes;
    fprintf(stderr, "  clusters: %zu words, %zu bytes\n", nt, bytes);
    free(voc); free(keys); free(rank_of); free(off); free(idx); free(val);
    free(seed); free(fine); free(cen); free(fc); free(ccen); free(cseed);
    return 0;
}

#include "dep_pack.h"

int main(int argc, char **argv) {
    opts o = {NULL, 12, 6, 5, 22, 19, 18, 1, 0.9, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0};
    const char *raws[16];
    size_t n_raw = 0;
    unsigned kf = 512, kc = 64, min_count = 3, dctx = 500;
    const char *devs[16];
    size_t n_dev = 0;
    const char *tag_cache = NULL;
    const char *files[64];
    size_t n_files = 0;
    if (argc == 5 && !strcmp(argv[1], "--shrink")) return shrink_model(argv[2], argv[3], argv[4]);
    if (argc >= 6 && !strcmp(argv[1], "--vote-pack"))
        return vote_pack(argv[2], argv[3], argv[4], argc - 5, argv + 5);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) { usage(stdout); return 0; }
        if (a[0] == '-' && a[1] == '-') {
            if (i + 1 >= argc && strcmp(a, "--reverse") != 0) { usage(stderr); return 2; }
            const char *v = argv[++i];
            if (!strcmp(a, "--reverse")) { o.reverse = 1; i--; }
            else if (!strcmp(a, "--iter")) o.iter = (unsigned)atoi(v);
            else if (!strcmp(a, "--tag-iter")) o.tag_iter = (unsigned)atoi(v);
            else if (!strcmp(a, "--folds")) o.folds = (unsigned)atoi(v);
            else if (!strcmp(a, "--seed")) o.seed = strtoull(v, NULL, 10);
            else if (!strcmp(a, "--parser-seed")) o.parser_seed = strtoull(v, NULL, 10);
            else if (!strcmp(a, "--explore")) o.explore = atof(v);
            else if (!strcmp(a, "--ensemble")) o.ensemble = (unsigned)atoi(v);
            else if (!strcmp(a, "--tag-cache")) tag_cache = v;
            else if (!strcmp(a, "--trans-bits")) o.trans_bits = (unsigned)atoi(v);
            else if (!strcmp(a, "--label-bits")) o.label_bits = (unsigned)atoi(v);
            else if (!strcmp(a, "--tag-bits")) o.tag_bits = (unsigned)atoi(v);
            else if (!strcmp(a, "--prune")) o.prune = (float)atof(v);
            else if (!strcmp(a, "--label-prune")) o.label_prune = (float)atof(v);
            else if (!strcmp(a, "--tag-prune")) o.tag_prune = (float)atof(v);
            else if (!strcmp(a, "--budget")) {
                /* X,U,T,L: byte budgets of the four parts, in KiB */
                unsigned long x, u, t, l;
                if (sscanf(v, "%lu,%lu,%lu,%lu", &x, &u, &t, &l) != 4) { usage(stderr); return 2; }
                o.xpos_budget = x << 10; o.upos_budget = u << 10; o.trans_budget = t << 10; o.label_budget = l << 10;
            }
            else if (!strcmp(a, "--dev")) { if (n_dev < 16) devs[n_dev++] = v; }
            else if (!strcmp(a, "--raw")) { if (n_raw < 16) raws[n_raw++] = v; }
            else if (!strcmp(a, "--clusters")) { if (sscanf(v, "%u,%u", &kf, &kc) != 2) { usage(stderr); return 2; } }
            else if (!strcmp(a, "--min-count")) min_count = (unsigned)atoi(v);
            else if (!strcmp(a, "--contexts")) dctx = (unsigned)atoi(v);
            else { fprintf(stderr, "train-dep: unknown option %s\n", a); usage(stderr); return 2; }
        } else if (n_files < 64) files[n_files++] = a;
    }
    if (n_files < 2 || o.folds < 2 || o.seed == 0 || o.ensemble < 1 || o.ensemble > 64) { usage(stderr); return 2; }
    const char *out_path = files[--n_files];
    tl_arena *arena = tl_arena_new(1 << 24);
    names nx = {{0}, 0}, nu = {{0}, 0}, nl = {{0}, 0};
    corpus tr = {0};
    corpus dev[16] = {{0}};
    if (!arena) { fprintf(stderr, "train-dep: out of memory\n"); return 1; }
    for (size_t f = 0; f < n_files; f++)
        if (load(files[f], &tr, arena, &nx, &nu, &nl, 1) != 0) return give_up(arena, &tr, dev, n_dev, &nx, &nu, &nl);
    sort_names(&nx, &tr, 0);
    sort_names(&nu, &tr, 1);
    sort_names(&nl, &tr, 2);
    for (size_t f = 0; f < n_dev; f++)
        if (load(devs[f], &dev[f], arena, &nx, &nu, &nl, 0) != 0) return give_up(arena, &tr, dev, n_dev, &nx, &nu, &nl);
    size_t n_words = 0;
    for (size_t k = 0; k < tr.n; k++) n_words += tr.s[k].n;
    fprintf(stderr, "train-dep: %zu sentences, %zu words; %u XPOS, %u UPOS, %u relations\n", tr.n,
            n_words, nx.n, nu.n, nl.n);
    int root = -1;
    for (unsigned i = 0; i < nl.n; i++)
        if (!strcmp(nl.v[i], "root")) root = (int)i;
    if (root < 0 || nx.n < 2 || nu.n < 2 || nl.n < 2) {
        fprintf(stderr, "train-dep: no root relation or too few classes\n");
        return give_up(arena, &tr, dev, n_dev, &nx, &nu, &nl);
    }

    /* 0. word clusters from the raw text and the training words */
    tl_dep_clusters clu;
    image clu_img;
    {
        toks tk = {0};
        for (size_t f = 0; f < n_raw; f++)
            if (toks_path(&tk, raws[f]) != 0) return 1;
        for (size_t k = 0; k < tr.n; k++)
            if (toks_sentence(&tk, tr.s[k].words, tr.s[k].n) != 0) return 1;
        if (learn_clusters(&tk, kf, kc, min_count ? min_count : 1, dctx, &clu, &clu_img) != 0) return 1;
        free(tk.v);
    }
    o.clu = &clu;

    /* 1. jackknifed tags for the parser's training data, 2. the final
     * taggers on everything; or both from --tag-cache */
    image parts[4];
    if (!tag_cache || cache_read(tag_cache, &tr, parts) != 0) {
        /* 1. jackknifed tags for the parser's training data */
        for (unsigned f = 0; f < o.folds; f++) {
            image ix, iu;
            if (train_taggers(&tr, &o, (int)f, nx.n, nu.n, &nx, &nu, &ix.p, &ix.n, &iu.p, &iu.n) != 0) return 1;
            tl_percep_model *mx = tl_percep_load_mem(ix.p, ix.n, NULL, NULL);
            tl_percep_model *mu = tl_percep_load_mem(iu.p, iu.n, NULL, NULL);
            if (!mx || !mu) return 1;
            size_t tot = 0, ok = 0;
            for (size_t k = f; k < tr.n; k += o.folds) {
                sent *s = &tr.s[k];
                tag_with(mx, mu, s, o.clu, s->pxpos, s->pupos);
                for (size_t i = 0; i < s->n; i++) { tot++; ok += s->pxpos[i + 1] == s->xpos[i] + 1; }
            }
            fprintf(stderr, "  fold %u: held-out XPOS accuracy %.4f\n", f, (double)ok / (double)(tot ? tot : 1));
            tl_percep_free(mx);
            tl_percep_free(mu);
            free(ix.p);
            free(iu.p);
        }
        /* 2. the final taggers, on everything */
        if (train_taggers(&tr, &o, -1, nx.n, nu.n, &nx, &nu, &parts[0].p, &parts[0].n, &parts[1].p, &parts[1].n) != 0)
            return 1;
        if (tag_cache && cache_write(tag_cache, &tr, parts) != 0)
            fprintf(stderr, "train-dep: cannot write %s\n", tag_cache);
    }
    fprintf(stderr, "  taggers: %zu + %zu bytes\n", parts[0].n, parts[1].n);
    /* a right-to-left parser reads the sentences reversed once they are
     * tagged left to right, as tl_dep_parse_vote gives them to it */
    if (o.reverse)
        for (size_t k = 0; k < tr.n; k++)
            if (reverse_sent(&tr.s[k], arena) != 0) { fprintf(stderr, "train-dep: out of memory\n"); return 1; }

    /* 3. the parser: o.ensemble members, each on its own shuffles and
     * explorations, their averaged weights averaged (member 0 alone is the
     * single model) */
    static const char *const tnames[TL_DEP_NTRANS] = {"SHIFT", "LEFT", "RIGHT"};
    size_t *ord = malloc(tr.n * sizeof *ord);
    tl_percep_trainer *acc_t = NULL, *acc_l = NULL;
    if (!ord) { fprintf(stderr, "train-dep: out of memory\n"); return 1; }
    if (o.ensemble > 1) {
        acc_t = tl_percep_trainer_new(o.trans_bits, TL_DEP_NTRANS);
        acc_l = tl_percep_trainer_new(o.label_bits, nl.n);
        if (!acc_t || !acc_l) { fprintf(stderr, "train-dep: out of memory\n"); return 1; }
    }
    for (unsigned e = 0; e < o.ensemble; e++) {
        tl_percep_trainer *tt = tl_percep_trainer_new(o.trans_bits, TL_DEP_NTRANS);
        tl_percep_trainer *tlb = tl_percep_trainer_new(o.label_bits, nl.n);
        if (!tt || !tlb) { fprintf(stderr, "train-dep: out of memory\n"); return 1; }
        for (size_t i = 0; i < tr.n; i++) ord[i] = i;
        uint64_t rng = ((o.parser_seed ? o.parser_seed : o.seed) + e) * 0x9E3779B97F4A7C15ULL + 5;
        for (unsigned it = 0; it < o.iter; it++) {
            clock_t t0 = clock();
            shuffle(ord, tr.n, &rng);
            size_t steps = 0, errs = 0;
            for (size_t k = 0; k < tr.n; k++)
                if (train_sentence(&tr.s[ord[k]], &o, tt, tlb, nl.n, (unsigned)root,
                                   it > 0 ? o.explore : 0, &rng, &steps, &errs) != 0)
                    return 1;
            fprintf(stderr, "member %u iteration %u: %.2f%% transitions wrong (%.0f s)\n", e + 1, it + 1,
                    100.0 * (double)errs / (double)(steps ? steps : 1),
                    (double)(clock() - t0) / CLOCKS_PER_SEC);
            /* the dev files after each iteration of a single model, after
             * the last one of each member of an ensemble */
            if (n_dev > 0 && (o.ensemble == 1 || it + 1 == o.iter) &&
                (o.ensemble > 1 || it + 1 < o.iter))
                if (report(tt, tlb, &o, parts, &clu_img, &nl, tnames, devs, dev, n_dev, &nx, &nu, NULL) != 0)
                    return 1;
        }
        if (o.ensemble > 1) {
            tl_percep_trainer_accumulate(acc_t, tt, 1.0 / o.ensemble);
            tl_percep_trainer_accumulate(acc_l, tlb, 1.0 / o.ensemble);
            tl_percep_trainer_free(tt);
            tl_percep_trainer_free(tlb);
        } else {
            acc_t = tt;
            acc_l = tlb;
        }
    }
    if (report(acc_t, acc_l, &o, parts, &clu_img, &nl, tnames, devs, dev, n_dev, &nx, &nu, out_path) != 0)
        return 1;
    free(ord);
    tl_percep_trainer_free(acc_t);
    tl_percep_trainer_free(acc_l);
    free(parts[0].p);
    free(parts[1].p);
    free(clu_img.p);
    free((void *)clu.key);
    free((void *)clu.fine);
    free((void *)clu.coarse);
    free(tr.s);
    for (size_t f = 0; f < n_dev; f++) free(dev[f].s);
    for (unsigned i = 0; i < nx.n; i++) free(nx.v[i]);
    for (unsigned i = 0; i < nu.n; i++) free(nu.v[i]);
    for (unsigned i = 0; i < nl.n; i++) free(nl.v[i]);
    tl_arena_free(arena);
    return 0;
}
