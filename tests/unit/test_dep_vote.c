/* test_dep_vote.c -- unit tests of the vote of parsers: Eisner on invented vote matrices, ties, the model file, long sentences. */
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
#include "tl_dep_vote.h"

/* True when head[1..n] is a tree with one word on the ROOT (0), no cycle,
 * and no crossing arcs. */
static int projective_tree(const int32_t *head, size_t n) {
    size_t roots = 0;
    for (size_t d = 1; d <= n; d++) {
        if (head[d] < 0 || (size_t)head[d] > n || (size_t)head[d] == d) return 0;
        roots += head[d] == 0;
        size_t x = d, steps = 0;
        while (x != 0 && steps <= n) { x = (size_t)head[x]; steps++; }
        if (x != 0) return 0;
    }
    if (roots != 1) return 0;
    for (size_t a = 1; a <= n; a++)
        for (size_t b = 1; b <= n; b++) {
            size_t l1 = a < (size_t)head[a] ? a : (size_t)head[a], r1 = a < (size_t)head[a] ? (size_t)head[a] : a;
            size_t l2 = b < (size_t)head[b] ? b : (size_t)head[b], r2 = b < (size_t)head[b] ? (size_t)head[b] : b;
            if (l1 < l2 && l2 < r1 && r1 < r2) return 0;
        }
    return 1;
}

/* Eisner finds the tree whose arcs score most, here a chain 0->2, 2->1,
 * 2->3, 3->4 written into an otherwise flat matrix. */
static void test_eisner_best_tree(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(0);
    assert_non_null(a);
    size_t n = 4, sz = n + 1;
    int64_t score[25] = {0};
    score[0 * sz + 2] = 10;
    score[2 * sz + 1] = 10;
    score[2 * sz + 3] = 10;
    score[3 * sz + 4] = 10;
    score[1 * sz + 4] = 3; /* a crossing arc that may not win */
    int32_t head[5] = {-7, -7, -7, -7, -7};
    assert_int_equal(tl_dep_eisner(score, n, a, head), TL_OK);
    assert_int_equal(head[0], -7); /* untouched */
    assert_int_equal(head[1], 2);
    assert_int_equal(head[2], 0);
    assert_int_equal(head[3], 2);
    assert_int_equal(head[4], 3);
    tl_arena_free(a);
}

/* Exactly one word on the ROOT even when the scores prefer two; and one
 * word alone goes to the ROOT. */
static void test_eisner_single_root(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(0);
    size_t n = 3, sz = n + 1;
    int64_t score[16] = {0};
    score[0 * sz + 1] = 10;
    score[0 * sz + 3] = 9;
    score[1 * sz + 2] = 5;
    score[1 * sz + 3] = 4;
    int32_t head[4];
    assert_int_equal(tl_dep_eisner(score, n, a, head), TL_OK);
    assert_true(projective_tree(head, n));
    assert_int_equal(head[1], 0);
    assert_int_equal(head[2], 1);
    assert_int_equal(head[3], 1);
    int64_t one[4] = {0, 0, 0, 0};
    int32_t h1[2] = {9, 9};
    assert_int_equal(tl_dep_eisner(one, 1, a, h1), TL_OK);
    assert_int_equal(h1[1], 0);
    assert_int_equal(tl_dep_eisner(one, 0, a, h1), TL_EINVAL);
    assert_int_equal(tl_dep_eisner(NULL, 1, a, h1), TL_EINVAL);
    tl_arena_free(a);
}

/* Random matrices: the result is always a projective tree whose score is
 * at least that of every other projective tree tried (right-branching and
 * left-branching chains, flat trees). */
static void test_eisner_random(void **state) {
    (void)state;
    uint64_t rng = 12345;
    for (int round = 0; round < 200; round++) {
        tl_arena *a = tl_arena_new(0);
        size_t n = 1 + (size_t)(round % 12), sz = n + 1;
        int64_t *score = calloc(sz * sz, sizeof *score);
        for (size_t i = 0; i < sz * sz; i++) {
            rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
            score[i] = (int64_t)(rng >> 58);
        }
        int32_t head[16];
        assert_int_equal(tl_dep_eisner(score, n, a, head), TL_OK);
        assert_true(projective_tree(head, n));
        int64_t got = 0;
        for (size_t d = 1; d <= n; d++) got += score[(size_t)head[d] * sz + d];
        for (size_t r = 1; r <= n; r++) {
            int64_t flat = score[r], right = score[1], left = score[n];
            for (size_t d = 1; d <= n; d++)
                if (d != r) flat += score[r * sz + d];
            for (size_t d = 2; d <= n; d++) right += score[(d - 1) * sz + d];
            for (size_t d = 1; d < n; d++) left += score[(d + 1) * sz + d];
            assert_true(got >= flat);
            assert_true(got >= right);
            assert_true(got >= left);
        }
        free(score);
        tl_arena_free(a);
    }
}

/* Three invented parses of five words: two members outvote the main
 * parser on word 4's head; relations come from a member that made the
 * chosen arc; a head no member proposed is impossible when one of them
 * gives a projective tree. */
static void test_combine_majority(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(0);
    /* word:               -  1  2  3  4  5 */
    int32_t h0[6] =       {0, 2, 0, 2, 3, 2};
    int32_t h1[6] =       {0, 2, 0, 2, 2, 2};
    int32_t h2[6] =       {0, 2, 0, 4, 2, 2};
    uint8_t l0[6] =       {0, 1, 9, 2, 3, 4};
    uint8_t l1[6] =       {0, 1, 9, 2, 5, 6};
    uint8_t l2[6] =       {0, 7, 9, 2, 6, 6};
    const int32_t *h[3] = {h0, h1, h2};
    const uint8_t *l[3] = {l0, l1, l2};
    uint32_t w[3] = {100, 100, 100};
    int32_t ho[6];
    uint8_t lo[6];
    assert_int_equal(tl_dep_vote_combine(5, 3, h, l, NULL, w, 9, 8, a, ho, lo), TL_OK);
    assert_int_equal(ho[1], 2);
    assert_int_equal(ho[2], 0);
    assert_int_equal(ho[3], 2); /* main and member 1 against member 2 */
    assert_int_equal(ho[4], 2); /* members 1 and 2 against the main parser */
    assert_int_equal(ho[5], 2);
    assert_int_equal(lo[2], 9); /* the ROOT's relation */
    assert_int_equal(lo[1], 1); /* 1 (main, member 1) against 7 */
    assert_int_equal(lo[4], 5); /* members 1 and 2 disagree (5, 6): the earlier one */
    assert_int_equal(lo[5], 6); /* members 1 and 2 (6) outvote the main parser (4) */
    tl_arena_free(a);
}

/* Ties go to the main parser: two members that disagree with it and with
 * each other leave its tree, as does one member whose tree has the same
 * votes; a heavier member outvotes it. */
static void test_combine_ties(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(0);
    int32_t h0[5] = {0, 0, 1, 2, 3};
    int32_t h1[5] = {0, 2, 0, 2, 3};
    int32_t h2[5] = {0, 4, 1, 4, 0};
    uint8_t l0[5] = {0, 9, 1, 1, 1}, l1[5] = {0, 2, 9, 2, 2}, l2[5] = {0, 3, 3, 3, 9};
    const int32_t *h[3] = {h0, h1, h2};
    const uint8_t *l[3] = {l0, l1, l2};
    uint32_t w[3] = {100, 100, 100};
    int32_t ho[5];
    uint8_t lo[5];
    assert_int_equal(tl_dep_vote_combine(4, 3, h, l, NULL, w, 9, 8, a, ho, lo), TL_OK);
    for (int d = 1; d <= 4; d++) assert_int_equal(ho[d], h0[d]);
    assert_int_equal(lo[1], 9);
    assert_int_equal(lo[2], 1);
    /* a true tie: the main parser and one member, equal votes, different
     * trees of the same total: the main parser's */
    assert_int_equal(tl_dep_vote_combine(4, 2, h, l, NULL, w, 9, 8, a, ho, lo), TL_OK);
    for (int d = 1; d <= 4; d++) assert_int_equal(ho[d], h0[d]);
    /* member 1 alone, much heavier than the main parser, wins */
    uint32_t w2[3] = {100, 300, 100};
    assert_int_equal(tl_dep_vote_combine(4, 3, h, l, NULL, w2, 9, 8, a, ho, lo), TL_OK);
    for (int d = 1; d <= 4; d++) assert_int_equal(ho[d], h1[d]);
    assert_int_equal(lo[1], 2);
    assert_int_equal(lo[2], 9);
    /* the main parser alone gives its own tree back */
    assert_int_equal(tl_dep_vote_combine(4, 1, h, l, NULL, w, 9, 8, a, ho, lo), TL_OK);
    for (int d = 1; d <= 4; d++) assert_int_equal(ho[d], h0[d]);
    assert_int_equal(tl_dep_vote_combine(4, 0, h, l, NULL, w, 9, 8, a, ho, lo), TL_EINVAL);
        assert_int_equal(tl_dep_vote_combine(257, 3, h, l, NULL, w, 9, 8, a, ho, lo), TL_EINVAL);
    assert_int_equal(tl_dep_vote_combine(4, TL_DEP_VOTE_MAX_MEMBERS + 1, h, l, NULL, w, 9, 8, a, ho, lo), TL_EINVAL);
    tl_arena_free(a);
}

/* Between trees of as many votes the margins decide, then the main
 * parser: a surer member takes the tie; equal margins leave the main
 * parser's tree; margins never outweigh a vote; they are clipped. */
static void test_combine_margins(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(0);
    int32_t h0[4] = {0, 0, 1, 1}, h1[4] = {0, 0, 1, 2}, h2[4] = {0, 0, 1, 2};
    uint8_t l0[4] = {0, 9, 1, 2}, l1[4] = {0, 9, 1, 3};
    int32_t m0[4] = {0, 50, 50, 10}, m1[4] = {0, 50, 50, 900}, mz[4] = {0, 7, 7, 7};
    const int32_t *h[3] = {h0, h1, h2};
    const uint8_t *l[3] = {l0, l1, l1};
    uint32_t w[3] = {100, 100, 100};
    int32_t ho[4];
    uint8_t lo[4];
    const int32_t *mg[2] = {m0, m1};
    assert_int_equal(tl_dep_vote_combine(3, 2, h, l, mg, w, 9, 8, a, ho, lo), TL_OK);
    assert_int_equal(ho[3], 2); /* member 1 was surer of word 3's head */
    assert_int_equal(lo[3], 3);
    const int32_t *eq[2] = {mz, mz};
    assert_int_equal(tl_dep_vote_combine(3, 2, h, l, eq, w, 9, 8, a, ho, lo), TL_OK);
    assert_int_equal(ho[3], 1); /* equal margins: the main parser */
    assert_int_equal(lo[3], 2);
    int32_t big[4] = {0, 0, 0, INT32_MAX}, none[4] = {0, 0, 0, 0};
    const int32_t *mb[3] = {big, none, none};
    assert_int_equal(tl_dep_vote_combine(3, 3, h, l, mb, w, 9, 8, a, ho, lo), TL_OK);
    assert_int_equal(ho[3], 2); /* two votes beat one however sure */
    uint32_t heavy[3] = {1001, 100, 100};
    assert_int_equal(tl_dep_vote_combine(3, 3, h, l, mb, heavy, 9, 8, a, ho, lo), TL_EINVAL);
    tl_arena_free(a);
}

/* Members whose arcs cross: the vote still makes a projective tree, and a
 * word whose chosen head nobody proposed with a non-root relation gets the
 * fallback instead of "root". */
static void test_combine_crossing(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(0);
    int32_t h0[5] = {0, 3, 4, 0, 3};
    int32_t h1[5] = {0, 3, 4, 0, 3};
    uint8_t l0[5] = {0, 1, 2, 9, 3};
    const int32_t *h[2] = {h0, h1};
    const uint8_t *l[2] = {l0, l0};
    uint32_t w[2] = {100, 100};
    int32_t ho[5];
    uint8_t lo[5];
    assert_int_equal(tl_dep_vote_combine(4, 2, h, l, NULL, w, 9, 8, a, ho, lo), TL_OK);
    assert_true(projective_tree(ho, 4));
    assert_int_equal(ho[3], 0);
    for (int d = 1; d <= 4; d++) {
        if (ho[d] == 0) assert_int_equal(lo[d], 9);
        else assert_int_not_equal(lo[d], 9);
    }
    tl_arena_free(a);
}

static tl_str *words_of(const char *s, size_t *n) {
    size_t cap = 256, k = 0;
    tl_str *w = malloc(cap * sizeof *w);
    while (*s) {
        while (*s == ' ') s++;
        if (!*s) break;
        const char *b = s;
        while (*s && *s != ' ') s++;
        w[k].ptr = b;
        w[k].len = (size_t)(s - b);
        k++;
    }
    *n = k;
    return w;
}

/* The built-in vote model loads for the built-in parser; sentences give
 * trees (one root, heads in range); a sentence over the limit gets the
 * main parser's tree exactly; NULL vote is the main parser. */
static void test_builtin_vote(void **state) {
    (void)state;
    tl_error err = {0};
    tl_dep_model *m = tl_dep_load_builtin(&err);
    assert_non_null(m);
    tl_dep_vote *v = tl_dep_vote_load_builtin(m, &err);
    if (!v) fprintf(stderr, "vote model: %s\n", err.msg);
    assert_non_null(v);
    assert_true(tl_dep_vote_members(v) >= 1);
    tl_arena *a = tl_arena_new(0);
    size_t n;
    tl_str *w = words_of("The inspectors , who arrived on Monday , said that the plant ( near the river ) was closed .", &n);
    tl_dep_tree t, s;
    assert_int_equal(tl_dep_parse_vote(m, v, NULL, w, n, a, &t), TL_OK);
    assert_int_equal(t.n, n);
    size_t roots = 0;
    for (size_t i = 0; i < n; i++) {
        roots += t.head[i] < 0;
        assert_true(t.head[i] >= -1 && t.head[i] < (int32_t)n && t.head[i] != (int32_t)i);
        assert_true(t.label[i] < tl_dep_n_labels(m));
        assert_int_equal(t.head[i] < 0, !strcmp(tl_dep_label_name(m, t.label[i]), "root"));
    }
    assert_int_equal(roots, 1);
    /* the tags are the main parser's */
    assert_int_equal(tl_dep_parse(m, w, n, a, &s), TL_OK);
    assert_memory_equal(t.upos, s.upos, n);
    assert_memory_equal(t.xpos, s.xpos, n);
    free(w);
    /* a long sentence: the main parser's tree */
    char *buf = malloc(8 * (TL_DEP_VOTE_MAX_WORDS + 5) + 1), *p = buf;
    for (int i = 0; i < TL_DEP_VOTE_MAX_WORDS + 5; i++) p += sprintf(p, "%s ", i % 5 == 4 ? "and" : "cats");
    w = words_of(buf, &n);
    assert_true(n > TL_DEP_VOTE_MAX_WORDS);
    assert_int_equal(tl_dep_parse_vote(m, v, NULL, w, n, a, &t), TL_OK);
    assert_int_equal(tl_dep_parse(m, w, n, a, &s), TL_OK);
    assert_memory_equal(t.head, s.head, n * sizeof *t.head);
    assert_memory_equal(t.label, s.label, n);
    /* no vote: the main parser */
    assert_int_equal(tl_dep_parse_vote(m, NULL, NULL, w, 7, a, &t), TL_OK);
    assert_int_equal(tl_dep_parse(m, w, 7, a, &s), TL_OK);
    assert_memory_equal(t.head, s.head, 7 * sizeof *t.head);
    assert_int_equal(tl_dep_parse_vote(m, v, NULL, w, 0, a, &t), TL_OK);
    assert_int_equal(t.n, 0);
    assert_int_equal(tl_dep_parse_vote(NULL, v, NULL, w, 3, a, &t), TL_EINVAL);
    free(w);
    free(buf);
    tl_arena_free(a);
    tl_dep_vote_free(v);
    tl_dep_free(m);
}

/* Damaged vote models are refused with TL_EFORMAT, never read past their
 * end: truncations, a bad magic, a flipped byte (checksums), no parser. */
static void test_bad_vote_images(void **state) {
    (void)state;
    tl_error err = {0};
    tl_dep_model *m = tl_dep_load_builtin(&err);
    assert_non_null(m);
    FILE *f = fopen("models/dep-vote.model", "rb");
    assert_non_null(f);
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *img = malloc((size_t)len);
    assert_int_equal(fread(img, 1, (size_t)len, f), (size_t)len);
    fclose(f);
    tl_dep_vote *v = tl_dep_vote_load_mem(m, img, (size_t)len, &err);
    assert_non_null(v);
    tl_dep_vote_free(v);
    size_t cuts[] = {0, 7, 16, 20, 27, 100, (size_t)len / 2, (size_t)len - 1};
    for (size_t i = 0; i < sizeof cuts / sizeof *cuts; i++) {
        assert_null(tl_dep_vote_load_mem(m, img, cuts[i], &err));
        assert_int_equal(err.code, TL_EFORMAT);
    }
    img[len / 3] ^= 0x40;
    assert_null(tl_dep_vote_load_mem(m, img, (size_t)len, &err));
    img[len / 3] ^= 0x40;
    img[0] = 'X';
    assert_null(tl_dep_vote_load_mem(m, img, (size_t)len, &err));
    assert_int_equal(err.code, TL_EFORMAT);
    img[0] = 'T';
    assert_null(tl_dep_vote_load_mem(NULL, img, (size_t)len, &err));
    assert_int_equal(err.code, TL_EINVAL);
    assert_null(tl_dep_vote_load(m, "/nonexistent/dep-vote.model", &err));
    assert_int_equal(err.code, TL_EIO);
    free(img);
    tl_dep_free(m);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_eisner_best_tree),
        cmocka_unit_test(test_eisner_single_root),
        cmocka_unit_test(test_eisner_random),
        cmocka_unit_test(test_combine_majority),
        cmocka_unit_test(test_combine_ties),
        cmocka_unit_test(test_combine_margins),
        cmocka_unit_test(test_combine_crossing),
        cmocka_unit_test(test_builtin_vote),
        cmocka_unit_test(test_bad_vote_images),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
