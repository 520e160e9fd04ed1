/* test_dep.c -- unit tests of the dependency parser (models/dep.model) and the CoNLL-U reader. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <pthread.h>
#include "threadline.h"
#include "tl_arena.h"
#include "tl_conllu.h"
#include "tl_dep.h"
#include "dep_fixture.h"


/* Every word has one head in range, exactly one root, and following heads
 * from any word reaches the root without a cycle. */
static void assert_tree(const tl_dep_model *m, const tl_dep_tree *t) {
    size_t roots = 0;
    for (size_t i = 0; i < t->n; i++) {
        assert_true(t->head[i] >= -1 && t->head[i] < (int32_t)t->n);
        assert_true(t->head[i] != (int32_t)i);
        assert_true(t->label[i] < tl_dep_n_labels(m));
        assert_true(t->upos[i] < tl_dep_n_upos(m));
        assert_true(t->xpos[i] < tl_dep_n_xpos(m));
        if (t->head[i] < 0) {
            roots++;
            assert_string_equal(tl_dep_label_name(m, t->label[i]), "root");
        } else {
            assert_string_not_equal(tl_dep_label_name(m, t->label[i]), "root");
        }
        size_t steps = 0;
        for (int32_t h = (int32_t)i; h >= 0; h = t->head[h]) assert_true(++steps <= t->n);
    }
    assert_int_equal(roots, t->n ? 1 : 0);
}

static int find(const tl_str *w, size_t n, const char *word) {
    for (size_t i = 0; i < n; i++)
        if (w[i].len == strlen(word) && memcmp(w[i].ptr, word, w[i].len) == 0) return (int)i;
    return -1;
}

static void expect_arc(const tl_dep_model *m, const tl_str *w, const tl_dep_tree *t, const char *dep,
                       const char *head, const char *label) {
    int d = find(w, t->n, dep), h = head ? find(w, t->n, head) : -1;
    assert_true(d >= 0);
    if (t->head[d] != h || strcmp(tl_dep_label_name(m, t->label[d]), label) != 0)
        fail_msg("%s: head %d %s, expected %s %s", dep, (int)t->head[d],
                 tl_dep_label_name(m, t->label[d]), head ? head : "ROOT", label);
}

static void test_names(void **state) {
    const tl_dep_model *m = *state;
    assert_true(tl_dep_n_labels(m) >= 30);
    assert_true(tl_dep_label_id(m, "nsubj") >= 0);
    assert_true(tl_dep_label_id(m, "obl:agent") >= 0);
    assert_true(tl_dep_label_id(m, "acl:relcl") >= 0);
    assert_int_equal(tl_dep_label_id(m, "no-such-relation"), -1);
    assert_true(tl_dep_upos_id(m, "VERB") >= 0);
    assert_true(tl_dep_xpos_id(m, "VBD") >= 0);
    int id = tl_dep_label_id(m, "obj");
    assert_string_equal(tl_dep_label_name(m, (unsigned)id), "obj");
    assert_string_equal(tl_dep_label_name(m, 200), "");
    /* every name finds its own id (the first byte compared before the rest:
     * "obl" is not "obj", "nsubj" not "nsubj:pass"), a name's prefix none */
    for (unsigned k = 0; k < tl_dep_n_labels(m); k++)
        assert_int_equal(tl_dep_label_id(m, tl_dep_label_name(m, k)), (int)k);
    for (unsigned k = 0; k < tl_dep_n_upos(m); k++)
        assert_int_equal(tl_dep_upos_id(m, tl_dep_upos_name(m, k)), (int)k);
    for (unsigned k = 0; k < tl_dep_n_xpos(m); k++)
        assert_int_equal(tl_dep_xpos_id(m, tl_dep_xpos_name(m, k)), (int)k);
    assert_int_equal(tl_dep_label_id(m, "nsub"), -1);
    assert_int_equal(tl_dep_label_id(m, ""), -1);
    assert_int_equal(tl_dep_label_id(m, NULL), -1);
}

static void test_simple_sentences(void **state) {
    const tl_dep_model *m = *state;
    tl_arena *a = tl_arena_new(0);
    tl_str w[64];
    tl_dep_tree t;

    size_t n = split("The smugglers bought two boats in March .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    assert_tree(m, &t);
    expect_arc(m, w, &t, "bought", NULL, "root");
    expect_arc(m, w, &t, "smugglers", "bought", "nsubj");
    expect_arc(m, w, &t, "boats", "bought", "obj");
    assert_string_equal(tl_dep_upos_name(m, t.upos[2]), "VERB");
    assert_string_equal(tl_dep_xpos_name(m, t.xpos[2]), "VBD");

    n = split("The courier was detained by border guards .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    assert_tree(m, &t);
    expect_arc(m, w, &t, "detained", NULL, "root");
    expect_arc(m, w, &t, "courier", "detained", "nsubj:pass");
    expect_arc(m, w, &t, "guards", "detained", "obl:agent");
    tl_arena_free(a);
}

static void test_hostile(void **state) {
    const tl_dep_model *m = *state;
    tl_arena *a = tl_arena_new(0);
    tl_dep_tree t;
    /* empty sentence */
    assert_int_equal(tl_dep_parse(m, NULL, 0, a, &t), TL_OK);
    assert_int_equal(t.n, 0);
    /* bad arguments */
    assert_int_equal(tl_dep_parse(NULL, NULL, 0, a, &t), TL_EINVAL);
    assert_int_equal(tl_dep_parse(m, NULL, 3, a, &t), TL_EINVAL);
    /* invalid UTF-8, NUL bytes, empty and huge words */
    static const char junk[] = "\xff\xfe\x80 abc \xc3\x28 x\0y";
    char *big = malloc(100000);
    memset(big, 'A', 100000);
    tl_str w[6] = {{junk, 2}, {junk + 3, 3}, {junk + 7, 2}, {junk + 10, 3}, {big, 100000}, {"", 0}};
    assert_int_equal(tl_dep_parse(m, w, 6, a, &t), TL_OK);
    assert_int_equal(t.n, 6);
    assert_tree(m, &t);
    /* a 1,000-word sentence */
    size_t n = 1000;
    tl_str *lw = malloc(n * sizeof *lw);
    static const char *const cycle[] = {"the", "agents", "met", "in", "Vienna", ",", "and"};
    for (size_t i = 0; i < n; i++) lw[i] = (tl_str){cycle[i % 7], strlen(cycle[i % 7])};
    assert_int_equal(tl_dep_parse(m, lw, n, a, &t), TL_OK);
    assert_int_equal(t.n, n);
    assert_tree(m, &t);
    free(lw);
    free(big);
    tl_arena_free(a);
}

typedef struct job {
    const tl_dep_model *m;
    int32_t heads[4][16];
    uint8_t labels[4][16];
} job;

static const char *const thread_sents[4] = {
    "The envoy met the minister in Oslo .",
    "Two suspects were arrested by the police on Friday .",
    "She said that the group had bought weapons .",
    "The company , which is based in Dubai , denied the report .",
};

static void *parse_many(void *arg) {
    job *j = arg;
    for (int rep = 0; rep < 200; rep++)
        for (int k = 0; k < 4; k++) {
            tl_arena *a = tl_arena_new(0);
            tl_str w[16];
            size_t n = split(thread_sents[k], w, 16);
            tl_dep_tree t;
            if (a && tl_dep_parse(j->m, w, n, a, &t) == TL_OK)
                for (size_t i = 0; i < n; i++) { j->heads[k][i] = t.head[i]; j->labels[k][i] = t.label[i]; }
            tl_arena_free(a);
        }
    return NULL;
}

/* One model serves several threads at once, with the results of one. */
static void test_threads(void **state) {
    static job jobs[3];
    pthread_t th[3];
    for (int i = 0; i < 3; i++) {
        memset(&jobs[i], 0, sizeof jobs[i]);
        jobs[i].m = *state;
        assert_int_equal(pthread_create(&th[i], NULL, parse_many, &jobs[i]), 0);
    }
    for (int i = 0; i < 3; i++) pthread_join(th[i], NULL);
    for (int i = 1; i < 3; i++) {
        assert_memory_equal(jobs[0].heads, jobs[i].heads, sizeof jobs[0].heads);
        assert_memory_equal(jobs[0].labels, jobs[i].labels, sizeof jobs[0].labels);
    }
}

/* Cluster lookup: words of the table get its ids, others 0; case and digits
 * fold as the word hash does ("Alpha" and "ALPHA" are one word). */
static void test_word_clusters(void **state) {
    (void)state;
    tl_str words[4];
    size_t n = split("Alpha beta GAMMA 1999", words, 4);
    assert_int_equal(n, 4);
    tl_dep_word w[5];
    tl_dep_words(words, n, w);
    tl_str other[2];
    split("alpha 2024", other, 2);
    tl_dep_word w2[3];
    tl_dep_words(other, 2, w2);
    assert_int_equal(w[1].w, w2[1].w);
    assert_int_equal(w[4].w, w2[2].w);
    /* table of alpha (fine 3, coarse 1) and the year shape (fine 7, coarse 2), sorted by key */
    uint32_t key[2];
    uint16_t fine[2], coarse[2];
    int a_first = w[1].w < w[4].w;
    key[0] = a_first ? w[1].w : w[4].w; key[1] = a_first ? w[4].w : w[1].w;
    fine[0] = a_first ? 3 : 7; fine[1] = a_first ? 7 : 3;
    coarse[0] = a_first ? 1 : 2; coarse[1] = a_first ? 2 : 1;
    tl_dep_clusters c = {2, key, fine, coarse};
    tl_dep_word_clusters(&c, w, n);
    assert_int_equal(w[1].cf, 3); assert_int_equal(w[1].cc, 1);
    assert_int_equal(w[2].cf, 0); assert_int_equal(w[2].cc, 0);
    assert_int_equal(w[3].cf, 0);
    assert_int_equal(w[4].cf, 7); assert_int_equal(w[4].cc, 2);
    tl_dep_word_clusters(NULL, w, n);
    assert_int_equal(w[1].cf, 0); assert_int_equal(w[4].cc, 0);
    tl_dep_clusters empty = {0, NULL, NULL, NULL};
    tl_dep_word_clusters(&empty, w, n);
    assert_int_equal(w[1].cf, 0);
}

static void test_bad_images(void **state) {
    (void)state;
    tl_error err = {0};
    assert_null(tl_dep_load_mem(NULL, 0, &err));
    assert_int_equal(err.code, TL_EINVAL);
    assert_null(tl_dep_load_mem("TLDEPMOD", 8, &err));
    assert_int_equal(err.code, TL_EFORMAT);
    static const char junk[64] = "not a model at all";
    assert_null(tl_dep_load_mem(junk, sizeof junk, &err));
    assert_int_equal(err.code, TL_EFORMAT);
    assert_null(tl_dep_load("/nonexistent/dep.model", &err));
    assert_int_equal(err.code, TL_EIO);
    /* the real model, truncated and with a flipped byte */
    FILE *f = fopen("models/dep.model", "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *b = malloc((size_t)len);
    assert_int_equal(fread(b, 1, (size_t)len, f), (size_t)len);
    fclose(f);
    tl_dep_model *m = tl_dep_load_mem(b, (size_t)len, &err);
    assert_non_null(m);
    tl_dep_free(m);
    assert_null(tl_dep_load_mem(b, (size_t)len - 1, &err));
    assert_int_equal(err.code, TL_EFORMAT);
    /* a flipped byte in the cluster table, the file's last part */
    b[len - 3] ^= 0x55;
    assert_null(tl_dep_load_mem(b, (size_t)len, &err));
    assert_int_equal(err.code, TL_EFORMAT);
    b[len - 3] ^= 0x55;
    b[len / 2] ^= 0x55;
    assert_null(tl_dep_load_mem(b, (size_t)len, &err));
    assert_int_equal(err.code, TL_EFORMAT);
    free(b);
}

/* The built-in model (loaded without its checksums) is the model file
 * (loaded with them): the same trees for the same words. */
static void test_builtin_is_the_file(void **state) {
    const tl_dep_model *m = *state;
    tl_error err = {0};
    tl_dep_model *f = tl_dep_load("models/dep.model", &err);
    assert_non_null(f);
    assert_int_equal(tl_dep_n_labels(f), tl_dep_n_labels(m));
    tl_arena *a = tl_arena_new(1 << 16);
    assert_non_null(a);
    tl_str w[32];
    size_t n = split("The harbour pilot said the ferry had been held at the quay by customs officers .", w, 32);
    tl_dep_tree t1, t2;
    assert_int_equal(tl_dep_parse(m, w, n, a, &t1), TL_OK);
    assert_int_equal(tl_dep_parse(f, w, n, a, &t2), TL_OK);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(t1.head[i], t2.head[i]);
        assert_int_equal(t1.label[i], t2.label[i]);
        assert_int_equal(t1.xpos[i], t2.xpos[i]);
        assert_int_equal(t1.upos[i], t2.upos[i]);
    }
    tl_arena_free(a);
    tl_dep_free(f);
}

static void test_conllu_reader(void **state) {
    (void)state;
    static const char ok[] =
        "# text = Hi there.\n"
        "1\tHi\thi\tINTJ\tUH\t_\t2\tdiscourse\t_\t_\n"
        "2-3\tthere.\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tthere\tthere\tADV\tRB\t_\t0\troot\t_\t_\n"
        "2.1\tis\tbe\tAUX\tVBZ\t_\t_\t_\t2:cop\t_\n"
        "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
        "\n\n"
        "1\tOk\tok\tINTJ\tUH\t_\t_\t_\t_\t_\r\n";
    tl_arena *a = tl_arena_new(0);
    tl_conllu_reader r;
    tl_conllu_sent s;
    tl_error err = {0};
    tl_conllu_init(&r, ok, sizeof ok - 1);
    assert_int_equal(tl_conllu_next(&r, a, &s, &err), 1);
    assert_int_equal(s.n_words, 3);
    assert_int_equal(s.n_lines, 6);
    assert_int_equal(s.head[0], 2);
    assert_int_equal(s.head[1], 0);
    assert_int_equal(s.lines[2].kind, TL_CONLLU_MULTI);
    assert_int_equal(s.lines[4].kind, TL_CONLLU_EMPTY);
    assert_int_equal(tl_conllu_next(&r, a, &s, &err), 1);
    assert_int_equal(s.n_words, 1);
    assert_int_equal(s.head[0], -1);
    assert_int_equal(s.lines[0].col[9].len, 1);
    assert_int_equal(tl_conllu_next(&r, a, &s, &err), 0);

    static const char *const bad[] = {
        "1\tHi\thi\tINTJ\n",                                   /* columns */
        "1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n3\tB\t_\t_\t_\t_\t1\tdep\t_\t_\n", /* ID order */
        "1\tA\t_\t_\t_\t_\tx\troot\t_\t_\n",                  /* HEAD */
        "1\tA\t_\t_\t_\t_\t5\troot\t_\t_\n",                  /* HEAD range */
        "1\tA\t\t_\t_\t_\t0\troot\t_\t_\n",                   /* empty column */
    };
    static const size_t bad_line[] = {1, 2, 1, 1, 1};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        tl_conllu_init(&r, bad[i], strlen(bad[i]));
        assert_int_equal(tl_conllu_next(&r, a, &s, &err), TL_EFORMAT);
        char want[16];
        snprintf(want, sizeof want, "line %zu:", bad_line[i]);
        if (strncmp(err.msg, want, strlen(want)) != 0) fail_msg("case %zu: %s", i, err.msg);
    }
    tl_arena_free(a);
}

/* A word's word-only tagger features are the same wherever it occurs (what
 * lets the memo keep its scores); its context features are not; and the
 * two halves make up tl_dep_tag_features. */
static void test_tag_feature_halves(void **state) {
    (void)state;
    tl_str ws[16];
    size_t n = split("the ferry left the dock and the ferry sank", ws, 16);
    tl_dep_word w[17];
    tl_dep_words(ws, n, w);
    uint32_t a[TL_DEP_MAX_FEATS], b[TL_DEP_MAX_FEATS], all[TL_DEP_MAX_FEATS];
    for (int pass = 0; pass < 2; pass++) {
        size_t ka = tl_dep_tag_word_features(&w[2], pass, a); /* ferry, 2nd word */
        size_t kb = tl_dep_tag_word_features(&w[8], pass, b); /* ferry, 8th word */
        assert_int_equal(ka, kb);
        assert_memory_equal(a, b, ka * sizeof *a);
        size_t ca = tl_dep_tag_context_features(w, n, 2, pass, a);
        size_t cb = tl_dep_tag_context_features(w, n, 8, pass, b);
        assert_int_equal(ca, cb);
        assert_true(memcmp(a, b, ca * sizeof *a) != 0); /* other neighbours */
        size_t k = tl_dep_tag_features(w, n, 8, pass, all);
        assert_int_equal(k, kb + cb);
        assert_memory_equal(all + kb, b, cb * sizeof *b);
        assert_true(k <= TL_DEP_MAX_FEATS);
    }
}

/* Walks random legal transitions over words w[0..n] (tags and clusters
 * already set) and checks at every state that the table's features are the
 * plain ones, and that a NULL table is the plain path. */
static void fast_features_agree(tl_dep_word *w, size_t n, unsigned seed) {
    tl_arena *a = tl_arena_new(0);
    tl_dep_state s;
    assert_int_equal(tl_dep_state_init(&s, n, a), TL_OK);
    tl_dep_wfeat *c = tl_dep_wfeats(w, n, a);
    assert_non_null(c);
    uint32_t plain[TL_DEP_MAX_FEATS], fast[TL_DEP_MAX_FEATS], none[TL_DEP_MAX_FEATS];
    size_t states = 0;
    while (!tl_dep_state_final(&s)) {
        size_t k = tl_dep_state_features(&s, w, plain);
        assert_int_equal(tl_dep_state_features_fast(&s, w, c, fast), k);
        assert_memory_equal(fast, plain, k * sizeof *plain);
        assert_int_equal(tl_dep_state_features_fast(&s, w, NULL, none), k);
        assert_memory_equal(none, plain, k * sizeof *plain);
        int t;
        do {
            seed = seed * 1103515245u + 12345u;
            t = (int)(seed >> 16) % TL_DEP_NTRANS;
        } while (!tl_dep_state_legal(&s, t));
        tl_dep_state_apply(&s, t, (seed >> 8) % 40);
        states++;
    }
    assert_int_equal(states, 2 * n);
    tl_arena_free(a);
}

/* The per-sentence table of word-only first mixes gives the plain features
 * in every role: stack and buffer items, the ROOT, missing items, children. */
static void test_fast_state_features(void **state) {
    (void)state;
    tl_str ws[32];
    size_t n = split("Mira Kostova of Plovdiv told the ferry crews on 3 May that "
                     "ALL routes , old and new , would close", ws, 32);
    tl_dep_word w[33];
    tl_dep_words(ws, n, w);
    for (size_t i = 1; i <= n; i++) { /* invented tags and clusters, some repeated */
        w[i].xpos = (uint8_t)(1 + i % 7);
        w[i].upos = (uint8_t)(1 + i % 5);
        w[i].cf = (uint16_t)(i % 3 ? i : 0);
        w[i].cc = (uint16_t)(i % 4);
    }
    for (unsigned seed = 1; seed <= 40; seed++) fast_features_agree(w, n, seed);
    fast_features_agree(w, 1, 7); /* one word: the ROOT and NONE nearly everywhere */
    /* beyond the table's limit, or without an arena, no table: the plain path */
    tl_arena *a = tl_arena_new(0);
    size_t big = 1025;
    tl_dep_word *bw = tl_arena_calloc(a, big + 1, sizeof *bw);
    assert_non_null(bw);
    assert_null(tl_dep_wfeats(bw, big, a));
    assert_non_null(tl_dep_wfeats(bw, big - 1, a));
    assert_null(tl_dep_wfeats(bw, 4, NULL));
    assert_null(tl_dep_wfeats(NULL, 4, a));
    tl_arena_free(a);
}

/* The same with the tags the parser itself gives, over sentences with
 * repeated words (one table row read in many roles) and hostile tokens,
 * and the parser's trees are stable under the fast path: a sentence parsed
 * alone and twice in a row gives the same heads. */
static void test_fast_features_real_tags(void **state) {
    const tl_dep_model *m = *state;
    static const char *const sents[] = {
        "the crew of the ferry told the crew that the ferry would sail",
        "( ( ( \" Varna \" ) ) ) , , 1,200 ... ?!",
        "Kostova Kostova Kostova said no .",
    };
    for (size_t i = 0; i < sizeof sents / sizeof *sents; i++) {
        tl_arena *a = tl_arena_new(0);
        tl_str ws[32];
        size_t n = split(sents[i], ws, 32);
        tl_dep_tree t, t2;
        assert_int_equal(tl_dep_parse(m, ws, n, a, &t), TL_OK);
        assert_int_equal(tl_dep_parse(m, ws, n, a, &t2), TL_OK);
        assert_memory_equal(t.head, t2.head, n * sizeof *t.head);
        tl_dep_word w[33];
        tl_dep_words(ws, n, w);
        for (size_t j = 1; j <= n; j++) {
            w[j].xpos = (uint8_t)(t.xpos[j - 1] + 1);
            w[j].upos = (uint8_t)(t.upos[j - 1] + 1);
        }
        for (unsigned seed = 3; seed < 13; seed++) fast_features_agree(w, n, seed);
        tl_arena_free(a);
    }
}

/* Parses s with cache c and checks the tree is the one tl_dep_parse gives. */
static void same_as_direct(const tl_dep_model *m, tl_dep_cache *c, const char *s) {
    tl_arena *a = tl_arena_new(0);
    tl_str w[64];
    size_t n = split(s, w, 64);
    tl_dep_tree d, t;
    assert_int_equal(tl_dep_parse(m, w, n, a, &d), TL_OK);
    assert_int_equal(tl_dep_parse_cached(m, c, w, n, a, &t), TL_OK);
    assert_int_equal(t.n, n);
    assert_memory_equal(t.head, d.head, n * sizeof *t.head);
    assert_memory_equal(t.label, d.label, n);
    assert_memory_equal(t.xpos, d.xpos, n);
    assert_memory_equal(t.upos, d.upos, n);
    tl_arena_free(a);
}

/* The memoised word scores give the trees of full scoring, whatever the
 * memo holds: empty, one slot (every other word evicts), small, large. */
static void test_word_memo(void **state) {
    const tl_dep_model *m = *state;
    static const char *const sents[] = {
        "The ferry left the port , and the ferry sank off the port of Varna .",
        "Ferry workers said the ferry had left Varna late .",
        "THE FERRY LEFT . the ferry left .",
        "Varna said that Varna , not Burgas , paid 1,200 workers 3,400 levs .",
        "It was a very very old ferry .",
    };
    static const size_t slots[] = {0, 1, 4, 4096};
    for (size_t k = 0; k < sizeof slots / sizeof *slots; k++) {
        tl_dep_cache *c = tl_dep_cache_new(m, slots[k]);
        assert_non_null(c);
        for (int round = 0; round < 2; round++)
            for (size_t i = 0; i < sizeof sents / sizeof *sents; i++) same_as_direct(m, c, sents[i]);
        size_t hits, misses;
        tl_dep_cache_stats(c, &hits, &misses);
        if (slots[k] == 0) {
            assert_int_equal(hits + misses, 0);
        } else {
            assert_true(misses > 0);
            assert_true(hits > 0); /* "very very" hits even one slot */
        }
        if (slots[k] == 4096) { /* a sentence seen before is all hits */
            same_as_direct(m, c, sents[1]);
            size_t h2, m2;
            tl_dep_cache_stats(c, &h2, &m2);
            assert_int_equal(m2, misses);
            assert_int_equal(h2, hits + 10);
        }
        tl_dep_cache_free(c);
    }
    /* a cache made for another model is not used */
    tl_error err = {0};
    tl_dep_model *other = tl_dep_load_builtin(&err);
    assert_non_null(other);
    tl_dep_cache *c = tl_dep_cache_new(other, 64);
    same_as_direct(m, c, sents[0]);
    size_t hits = 1, misses = 1;
    tl_dep_cache_stats(c, &hits, &misses);
    assert_int_equal(hits + misses, 0);
    tl_dep_cache_free(c);
    tl_dep_free(other);
    assert_null(tl_dep_cache_new(NULL, 8));
    tl_dep_cache_free(NULL);
    tl_dep_cache_stats(NULL, &hits, &misses);
    assert_int_equal(hits + misses, 0);
}

/* Words the caller marks are proper nouns to the parser, whatever the
 * tagger read; no marks (or NULL) give tl_dep_parse's tree. */
static void test_named_words(void **state) {
    const tl_dep_model *m = *state;
    tl_arena *a = tl_arena_new(0);
    tl_str w[64];
    tl_dep_tree t, u;
    size_t n = split("Hassan Ali took over al-Shabaab after the death of its founder .", w, 64);
    uint8_t none[64] = {0}, names[64] = {0};
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    assert_int_equal(tl_dep_parse_named(m, NULL, w, n, NULL, a, &u), TL_OK);
    assert_memory_equal(t.head, u.head, n * sizeof *t.head);
    assert_memory_equal(t.label, u.label, n);
    assert_int_equal(tl_dep_parse_named(m, NULL, w, n, none, a, &u), TL_OK);
    assert_memory_equal(t.xpos, u.xpos, n);
    names[0] = names[1] = names[4] = 1;
    assert_int_equal(tl_dep_parse_named(m, NULL, w, n, names, a, &u), TL_OK);
    assert_tree(m, &u);
    for (int k = 0; k < 5; k += (k == 1 ? 3 : 1)) {
        assert_string_equal(tl_dep_upos_name(m, u.upos[k]), "PROPN");
        assert_string_equal(tl_dep_xpos_name(m, u.xpos[k]), "NNP");
    }
    expect_arc(m, w, &u, "al-Shabaab", "took", "obj");
    /* a plural noun becomes a plural name */
    n = split("The Taliban fighters met the Houthis .", w, 64);
    memset(names, 0, sizeof names);
    names[5] = 1;
    assert_int_equal(tl_dep_parse_named(m, NULL, w, n, names, a, &u), TL_OK);
    assert_string_equal(tl_dep_upos_name(m, u.upos[5]), "PROPN");
    /* a common noun the tagger took for a name at the start */
    n = split("Gunmen affiliated with Hezbollah attacked the embassy .", w, 64);
    memset(names, 0, sizeof names);
    names[0] = TL_DEP_FIX_COMMON;
    names[3] = TL_DEP_FIX_NAME;
    assert_int_equal(tl_dep_parse_named(m, NULL, w, n, names, a, &u), TL_OK);
    assert_tree(m, &u);
    assert_string_equal(tl_dep_upos_name(m, u.upos[0]), "NOUN");
    assert_string_equal(tl_dep_xpos_name(m, u.xpos[0]), "NNS");
    expect_arc(m, w, &u, "Gunmen", "attacked", "nsubj");
    /* a word the tagger read as no name keeps its tags */
    n = split("Police arrested him .", w, 64);
    memset(names, 0, sizeof names);
    names[1] = TL_DEP_FIX_COMMON;
    assert_int_equal(tl_dep_parse_named(m, NULL, w, n, names, a, &u), TL_OK);
    assert_string_equal(tl_dep_upos_name(m, u.upos[1]), "VERB");
    /* a plural noun the caller knows for a verb ("who prosecutors say
     * heads"); any other tag stands */
    n = split("Ahmed Karimi , who prosecutors say heads the cartel , was not in court .", w, 64);
    memset(names, 0, sizeof names);
    names[0] = names[1] = TL_DEP_FIX_NAME;
    names[6] = TL_DEP_FIX_VERB;
    names[2] = TL_DEP_FIX_VERB; /* ",": no plural noun, unchanged */
    assert_int_equal(tl_dep_parse_named(m, NULL, w, n, names, a, &u), TL_OK);
    assert_tree(m, &u);
    assert_string_equal(tl_dep_xpos_name(m, u.xpos[6]), "VBZ");
    assert_string_equal(tl_dep_upos_name(m, u.upos[6]), "VERB");
    assert_string_equal(tl_dep_upos_name(m, u.upos[2]), "PUNCT");
    expect_arc(m, w, &u, "cartel", "heads", "obj");
    tl_arena_free(a);
}

/* A participle after a clause's first noun modifies it when a finite verb
 * without a subject follows: the reduced relative the greedy parser reads
 * as the clause's verb. */
static void test_reduced_relative(void **state) {
    const tl_dep_model *m = *state;
    tl_arena *a = tl_arena_new(0);
    tl_str w[64];
    tl_dep_tree t;
    size_t n = split("Gunmen linked to the cartel ambushed a police convoy in Michoacan .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    assert_tree(m, &t);
    expect_arc(m, w, &t, "ambushed", NULL, "root");
    expect_arc(m, w, &t, "Gunmen", "ambushed", "nsubj");
    expect_arc(m, w, &t, "linked", "Gunmen", "acl");
    expect_arc(m, w, &t, ".", "ambushed", "punct");
    n = split("Suspects linked to the cartel were arrested .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    assert_tree(m, &t);
    expect_arc(m, w, &t, "arrested", NULL, "root");
    expect_arc(m, w, &t, "Suspects", "arrested", "nsubj:pass");
    /* (the later verb hung on the participle's infinitive) */
    n = split("Militants believed to belong to the Islamic State attacked a police station in Sinai .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    assert_tree(m, &t);
    expect_arc(m, w, &t, "attacked", NULL, "root");
    expect_arc(m, w, &t, "Militants", "attacked", "nsubj");
    expect_arc(m, w, &t, "believed", "Militants", "acl");
    expect_arc(m, w, &t, "belong", "believed", "xcomp");
    /* (the name after the participle's preposition read as the later
     * verb's subject: the participle's again) */
    n = split("Gunmen linked to the Sinaloa Cartel attacked a prison in Culiacan .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    assert_tree(m, &t);
    expect_arc(m, w, &t, "attacked", NULL, "root");
    expect_arc(m, w, &t, "Gunmen", "attacked", "nsubj");
    expect_arc(m, w, &t, "linked", "Gunmen", "acl");
    expect_arc(m, w, &t, "Sinaloa", "linked", "obl");
    expect_arc(m, w, &t, "to", "Sinaloa", "case");
    expect_arc(m, w, &t, "the", "Sinaloa", "det");
    n = split("Gunmen working for the Sinaloa Cartel attacked a police station in Culiacan .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    assert_tree(m, &t);
    expect_arc(m, w, &t, "Gunmen", "attacked", "nsubj");
    expect_arc(m, w, &t, "Sinaloa", "working", "obl");
    n = split("Gunmen hired by the Sinaloa Cartel attacked a police station in Culiacan .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    assert_tree(m, &t);
    expect_arc(m, w, &t, "attacked", NULL, "root");
    expect_arc(m, w, &t, "Gunmen", "attacked", "nsubj");
    expect_arc(m, w, &t, "hired", "Gunmen", "acl");
    expect_arc(m, w, &t, "Sinaloa", "hired", "obl");
    /* (not a preposition that opens clauses: "after the Nazis stole them") */
    n = split("The paintings were never found after the Nazi stole them .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    assert_tree(m, &t);
    expect_arc(m, w, &t, "Nazi", "stole", "nsubj");
    /* (a noun's preposition and its name read as a second subject of
     * the verb: the noun's modifier) */
    n = split("Gunmen from the Sinaloa Cartel killed Juan Ortiz .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    assert_tree(m, &t);
    expect_arc(m, w, &t, "Gunmen", "killed", "nsubj");
    expect_arc(m, w, &t, "Sinaloa", "Gunmen", "nmod");
    expect_arc(m, w, &t, "from", "Sinaloa", "case");
    expect_arc(m, w, &t, "the", "Sinaloa", "det");
    /* (a finite verb the parser made an open complement of a bare
     * participle or of the participle of a root noun) */
    n = split("A bombing claimed by the group killed 30 people .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    assert_tree(m, &t);
    expect_arc(m, w, &t, "killed", NULL, "root");
    expect_arc(m, w, &t, "bombing", "killed", "nsubj");
    expect_arc(m, w, &t, "claimed", "bombing", "acl");
    n = split("An attack claimed by the Islamic State killed Juan Ortiz .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    assert_tree(m, &t);
    expect_arc(m, w, &t, "killed", NULL, "root");
    expect_arc(m, w, &t, "attack", "killed", "nsubj");
    /* (a past verb the parser hung on the last name of the participle's
     * phrase, as its modifier) */
    n = split("Militants linked to the Kessel Brigade killed Omar Nasser .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    assert_tree(m, &t);
    expect_arc(m, w, &t, "killed", NULL, "root");
    expect_arc(m, w, &t, "Militants", "killed", "nsubj");
    expect_arc(m, w, &t, "linked", "Militants", "acl");
    expect_arc(m, w, &t, "Brigade", "linked", "obl");
    /* a list of clauses stays one */
    n = split("Troops moved to the city , attacked the base .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    expect_arc(m, w, &t, "moved", NULL, "root");
    /* "X, whose brother was arrested in Y, denied": a relative clause on X */
    n = split("Ivan Petrov , whose brother was arrested in Madrid , denied the charges .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    assert_tree(m, &t);
    expect_arc(m, w, &t, "denied", NULL, "root");
    expect_arc(m, w, &t, "Ivan", "denied", "nsubj");
    expect_arc(m, w, &t, "arrested", "Ivan", "acl:relcl");
    expect_arc(m, w, &t, "brother", "arrested", "nsubj:pass");
    /* and a verb with its object is the clause's verb */
    n = split("Police arrested the man who attacked the base .", w, 64);
    assert_int_equal(tl_dep_parse(m, w, n, a, &t), TL_OK);
    expect_arc(m, w, &t, "arrested", NULL, "root");
    tl_arena_free(a);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_simple_sentences),
        cmocka_unit_test(test_hostile),
        cmocka_unit_test(test_threads),
        cmocka_unit_test(test_word_clusters),
        cmocka_unit_test(test_bad_images),
        cmocka_unit_test(test_builtin_is_the_file),
        cmocka_unit_test(test_conllu_reader),
        cmocka_unit_test(test_tag_feature_halves),
        cmocka_unit_test(test_word_memo),
        cmocka_unit_test(test_fast_state_features),
        cmocka_unit_test(test_fast_features_real_tags),
        cmocka_unit_test(test_named_words),
        cmocka_unit_test(test_reduced_relative),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
