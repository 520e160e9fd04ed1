/* test_dep_memo.c -- unit tests of the parser's memo of item parts and of the transition scorer's line table. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_arena.h"
#include "tl_dep.h"
#include "dep_fixture.h"
#include "tl_percep.h"


static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

#define MAXW 40
#define NPART 4

/* Walks random legal transitions over w[0..n] and checks at every state
 * that REST and GROUPS are the plain features (as multisets), that GROUPS
 * is the four item parts, and that a part's features are those it had at
 * every earlier state with the same key (what makes the memo exact). */
static void parts_agree(const tl_dep_word *w, size_t n, unsigned seed) {
    tl_arena *a = tl_arena_new(0);
    tl_dep_state s;
    assert_int_equal(tl_dep_state_init(&s, n, a), TL_OK);
    tl_dep_wfeat *c = tl_dep_wfeats(w, n, a);
    assert_non_null(c);
    static uint32_t seen[NPART][MAXW + 2][TL_DEP_MAX_FEATS];
    static size_t seen_n[NPART][MAXW + 2];
    memset(seen_n, 0, sizeof seen_n);
    uint32_t plain[TL_DEP_MAX_FEATS], split_f[2 * TL_DEP_MAX_FEATS], pf[TL_DEP_MAX_FEATS];
    while (!tl_dep_state_final(&s)) {
        size_t k = tl_dep_state_features(&s, w, plain);
        size_t r = tl_dep_state_features_part(&s, w, c, TL_DEP_PART_REST, split_f);
        size_t g = tl_dep_state_features_part(&s, w, c, TL_DEP_PART_GROUPS, split_f + r);
        assert_int_equal(r + g, k);
        size_t sum = 0;
        uint32_t parts[TL_DEP_MAX_FEATS], groups[TL_DEP_MAX_FEATS];
        for (int p = 0; p < NPART; p++) {
            size_t pk = tl_dep_state_features_part(&s, w, c, TL_DEP_PART_B + p, pf);
            assert_true(pk > 0);
            assert_true(sum + pk <= TL_DEP_MAX_FEATS);
            memcpy(parts + sum, pf, pk * sizeof *pf);
            sum += pk;
            int32_t key = tl_dep_state_part_key(&s, TL_DEP_PART_B + p);
            assert_true(key >= 0 && (size_t)key <= n + 1);
            if (seen_n[p][key]) {
                assert_int_equal(seen_n[p][key], pk);
                assert_memory_equal(seen[p][key], pf, pk * sizeof *pf);
            } else {
                seen_n[p][key] = pk;
                memcpy(seen[p][key], pf, pk * sizeof *pf);
            }
        }
        /* GROUPS is the four parts (in the trainer's order) */
        assert_int_equal(sum, g);
        memcpy(groups, split_f + r, g * sizeof *groups);
        qsort(parts, g, sizeof *parts, cmp_u32);
        qsort(groups, g, sizeof *groups, cmp_u32);
        assert_memory_equal(parts, groups, g * sizeof *parts);
        qsort(plain, k, sizeof *plain, cmp_u32);
        qsort(split_f, k, sizeof *split_f, cmp_u32);
        assert_memory_equal(plain, split_f, k * sizeof *plain);
        int t;
        do {
            seed = seed * 1103515245u + 12345u;
            t = (int)(seed >> 16) % TL_DEP_NTRANS;
        } while (!tl_dep_state_legal(&s, t));
        tl_dep_state_apply(&s, t, (seed >> 8) % 40);
    }
    tl_arena_free(a);
}

/* The parts split the state's features exactly, in every role, with the
 * ROOT and missing items; no table, or an unknown part, writes nothing. */
static void test_parts_split(void **state) {
    (void)state;
    tl_str ws[MAXW];
    size_t n = split("Ilse Varga of Tarnow said the barge crews on 9 June that "
                     "EVERY lock , old or new , would shut", ws, MAXW);
    tl_dep_word w[MAXW + 1];
    tl_dep_words(ws, n, w);
    for (size_t i = 1; i <= n; i++) { /* invented tags and clusters, some repeated */
        w[i].xpos = (uint8_t)(1 + i % 6);
        w[i].upos = (uint8_t)(1 + i % 4);
        w[i].cf = (uint16_t)(i % 3 ? i : 0);
        w[i].cc = (uint16_t)(i % 5);
    }
    for (unsigned seed = 1; seed <= 30; seed++) parts_agree(w, n, seed);
    parts_agree(w, 1, 5);
    parts_agree(w, 2, 9);
    tl_arena *a = tl_arena_new(0);
    tl_dep_state s;
    assert_int_equal(tl_dep_state_init(&s, n, a), TL_OK);
    uint32_t f[TL_DEP_MAX_FEATS];
    assert_int_equal(tl_dep_state_features_part(&s, w, NULL, TL_DEP_PART_REST, f), 0);
    tl_dep_wfeat *c = tl_dep_wfeats(w, n, a);
    assert_int_equal(tl_dep_state_features_part(&s, w, c, 99, f), 0);
    assert_int_equal(tl_dep_state_part_key(&s, TL_DEP_PART_REST), -1);
    assert_int_equal(tl_dep_state_part_key(&s, TL_DEP_PART_B), 1);
    assert_int_equal(tl_dep_state_part_key(&s, TL_DEP_PART_S0), (int32_t)n + 1); /* no s0 */
    assert_int_equal(tl_dep_state_part_key(&s, TL_DEP_PART_S2), (int32_t)n + 1);
    tl_arena_free(a);
}

static unsigned best_of(const int32_t *sc, unsigned nc) {
    unsigned b = 0;
    for (unsigned k = 1; k < nc; k++)
        if (sc[k] > sc[b]) b = k;
    return b;
}

/* The greedy parse the plain way: every feature of every state scored by
 * the portable scorer (no memo, no line table). */
static void plain_parse(const tl_dep_model *m, const tl_dep_word *w, size_t n, tl_arena *a,
                        int32_t *head, uint8_t *lab) {
    const tl_percep_model *tr = tl_dep_trans_scorer(m), *lb = tl_dep_label_scorer(m);
    unsigned root = tl_dep_root_label(m), nlab = tl_percep_n_classes(lb);
    tl_dep_state s;
    assert_int_equal(tl_dep_state_init(&s, n, a), TL_OK);
    uint32_t f[TL_DEP_MAX_FEATS], lf[TL_DEP_MAX_FEATS];
    while (!tl_dep_state_final(&s)) {
        size_t k = tl_dep_state_features(&s, w, f);
        int32_t sc[TL_PERCEP_MAX_CLASSES] = {0};
        tl_percep_score_level(tr, f, k, sc, 0);
        int best = -1;
        for (int t = 0; t < TL_DEP_NTRANS; t++)
            if (tl_dep_state_legal(&s, t) && (best < 0 || sc[t] > sc[best])) best = t;
        unsigned l = 0;
        if (best == TL_DEP_RIGHT && s.sp == 2) {
            l = root;
        } else if (best != TL_DEP_SHIFT) {
            tl_dep_label_features(f, k, best, lf);
            int32_t ls[TL_PERCEP_MAX_CLASSES] = {0};
            tl_percep_score_level(lb, lf, k, ls, 0);
            ls[root] = INT32_MIN;
            l = best_of(ls, nlab);
        }
        tl_dep_state_apply(&s, best, l);
    }
    for (size_t i = 1; i <= n; i++) {
        head[i] = s.head[i];
        lab[i] = (uint8_t)(s.label[i] ? (unsigned)s.label[i] - 1 : root);
    }
}

/* tl_dep_run (memo of the parts, line table) gives the plain parse's heads
 * and labels on invented sentences: repeated words, long right branches
 * (many arcs at one buffer front), lists, hostile tokens. */
static void test_run_same_as_plain(void **state) {
    const tl_dep_model *m = *state;
    static const char *const sents[] = {
        "The barge left the lock , and the barge sank near the lock of Tarnow .",
        "Ilse Varga , who had led the union since 2011 , said on Monday that the "
        "crews of the barges on the upper canal would strike until June .",
        "She said he said they said we said it .",
        "red , green , blue , and yellow barges , boats and ferries",
        "( ( ( \" Tarnow \" ) ) ) , , 1,200 ... ?!",
        "go",
    };
    for (size_t i = 0; i < sizeof sents / sizeof *sents; i++) {
        tl_arena *a = tl_arena_new(0);
        tl_str ws[MAXW];
        size_t n = split(sents[i], ws, MAXW);
        tl_dep_word *w;
        assert_int_equal(tl_dep_tag(m, NULL, ws, n, a, &w), TL_OK);
        int32_t h1[MAXW + 1], h2[MAXW + 1], mg[MAXW + 1];
        uint8_t l1[MAXW + 1], l2[MAXW + 1];
        assert_int_equal(tl_dep_run(tl_dep_trans_scorer(m), tl_dep_label_scorer(m),
                                    tl_dep_root_label(m), w, n, a, h1, l1, mg),
                         TL_OK);
        plain_parse(m, w, n, a, h2, l2);
        assert_memory_equal(h1 + 1, h2 + 1, n * sizeof *h1);
        assert_memory_equal(l1 + 1, l2 + 1, n);
        for (size_t j = 1; j <= n; j++) assert_true(mg[j] >= 0);
        tl_arena_free(a);
    }
}

/* The transition scorer's line table scores every feature as the index and
 * rows do: random features (mostly absent buckets), features of real
 * states (mostly present), one feature repeated, and runs longer than a
 * batch; the scorer's three paths agree. */
static void test_line_table_scores(void **state) {
    const tl_dep_model *m = *state;
    const tl_percep_model *tr = tl_dep_trans_scorer(m);
    assert_int_equal(tl_percep_n_classes(tr), 3);
    uint32_t f[300];
    unsigned seed = 12345;
    size_t present = 0;
    for (int round = 0; round < 200; round++) {
        size_t k = 1 + (size_t)round % 300;
        for (size_t i = 0; i < k; i++) {
            seed = seed * 1103515245u + 12345u;
            f[i] = seed ^ (seed << 13) ^ (uint32_t)round;
            present += tl_percep_row(tr, f[i]) != NULL;
        }
        if (round % 7 == 0)
            for (size_t i = 0; i < k; i++) f[i] = f[0];
        int32_t s0[4] = {0}, s1[4] = {0}, s2[4] = {0};
        tl_percep_score_level(tr, f, k, s0, 0);
        tl_percep_score_level(tr, f, k, s1, 1);
        tl_percep_score(tr, f, k, s2);
        assert_memory_equal(s0, s2, sizeof s0);
        assert_memory_equal(s1, s2, sizeof s1);
    }
    assert_true(present > 0);
    /* the features of a real parse: nearly all present */
    tl_arena *a = tl_arena_new(0);
    tl_str ws[MAXW];
    size_t n = split("The barge crews of Tarnow said the lock would shut in June .", ws, MAXW);
    tl_dep_word *w;
    assert_int_equal(tl_dep_tag(m, NULL, ws, n, a, &w), TL_OK);
    tl_dep_state s;
    assert_int_equal(tl_dep_state_init(&s, n, a), TL_OK);
    size_t hits = 0, total = 0;
    while (!tl_dep_state_final(&s)) {
        size_t k = tl_dep_state_features(&s, w, f);
        for (size_t i = 0; i < k; i++) hits += tl_percep_row(tr, f[i]) != NULL;
        total += k;
        int32_t s0[4] = {0}, s2[4] = {0};
        tl_percep_score_level(tr, f, k, s0, 0);
        tl_percep_score(tr, f, k, s2);
        assert_memory_equal(s0, s2, sizeof s0);
        int t = TL_DEP_SHIFT;
        while (!tl_dep_state_legal(&s, t)) t++;
        tl_dep_state_apply(&s, t, 0);
    }
    assert_true(hits * 2 > total);
    tl_arena_free(a);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parts_split),
        cmocka_unit_test(test_run_same_as_plain),
        cmocka_unit_test(test_line_table_scores),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
