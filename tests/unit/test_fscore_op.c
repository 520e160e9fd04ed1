/* test_fscore_op.c -- unit tests of train-fscore's per-type operating point (tools/fscore_op.h) on invented held-out curves. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "../../tools/fscore_op.h"

/* One invented fold: the frames find 6 right and 2 wrong facts of 20 gold
 * (P .75, F1 12/28 = .429).  The scorer's facts of one type, best margin
 * first, at cuts 1..6 add (cumulative tp/fp) 1/0, 2/0, 3/1, 5/3, 6/6,
 * 6/10: held-out F1 .483 .533 .563 .611 .600 .545.  The F1-best cut is 4;
 * its added facts (P .625) are less precise than the frames', so parity
 * stops at cut 3, the last as precise as the frames. */
static const size_t TP[] = {0, 1, 2, 3, 5, 6, 6};
static const size_t FP[] = {0, 0, 0, 1, 3, 6, 10};

static void test_f1_vs_parity(void **state) {
    (void)state;
    assert_int_equal(fop_pick(TP, FP, 6, 6, 2, 20, FOP_F1, 1.0), 4);
    assert_int_equal(fop_pick(TP, FP, 6, 6, 2, 20, FOP_PARITY, 1.0), 3);
    /* a looser parity (added facts 0.8 times as precise: .6) reaches cut 4 */
    assert_int_equal(fop_pick(TP, FP, 6, 6, 2, 20, FOP_PARITY, 0.8), 4);
    /* only the first cuts in view: the best of them */
    assert_int_equal(fop_pick(TP, FP, 2, 6, 2, 20, FOP_F1, 1.0), 2);
}

/* A cut whose facts are right less often than the frames' still raises F1
 * when the pipeline misses most gold facts: 1 right, 0 wrong of 10 gold
 * (F1 .18); adding 1 right and 3 wrong gives F1 4/15 = .27.  F1 takes it,
 * parity (P .25 against 1.0) does not. */
static void test_recall_starved(void **state) {
    (void)state;
    const size_t tp[] = {0, 1}, fp[] = {0, 3};
    assert_int_equal(fop_pick(tp, fp, 1, 1, 0, 10, FOP_F1, 1.0), 1);
    assert_int_equal(fop_pick(tp, fp, 1, 1, 0, 10, FOP_PARITY, 1.0), 0);
    /* the same cut against frames that already reach F1 .8 (8 of 10
     * right, none wrong): a fact right 1 in 4 lowers it, so no objective
     * takes it */
    assert_int_equal(fop_pick(tp, fp, 1, 8, 0, 10, FOP_F1, 1.0), 0);
}

/* No cut, only wrong facts, equal F1 at two cuts: off, off, the smaller. */
static void test_edges(void **state) {
    (void)state;
    assert_int_equal(fop_pick(TP, FP, 0, 6, 2, 20, FOP_F1, 1.0), 0);
    const size_t tp[] = {0, 0, 0}, fp[] = {0, 1, 2};
    assert_int_equal(fop_pick(tp, fp, 2, 6, 2, 20, FOP_F1, 1.0), 0);
    assert_int_equal(fop_pick(tp, fp, 2, 6, 2, 20, FOP_PARITY, 1.0), 0);
    /* cut 2 adds a right fact and a duplicate counted as nothing: the
     * same F1 as cut 1, so cut 1 (fewer facts) */
    const size_t tq[] = {0, 1, 1}, fq[] = {0, 0, 0};
    assert_int_equal(fop_pick(tq, fq, 2, 6, 2, 20, FOP_F1, 1.0), 1);
    /* nothing at all: F1 0, no cut */
    assert_int_equal(fop_pick(tq, fq, 0, 0, 0, 0, FOP_F1, 1.0), 0);
    assert_true(fop_f1(0, 0, 0) == 0);
    assert_true(fop_f1(6, 2, 20) > 0.428 && fop_f1(6, 2, 20) < 0.429);
}

static void test_objective_names(void **state) {
    (void)state;
    assert_int_equal(fop_objective("parity"), FOP_PARITY);
    assert_int_equal(fop_objective("f1"), FOP_F1);
    assert_int_equal(fop_objective("F1"), -1);
    assert_int_equal(fop_objective("f"), -1);
    assert_int_equal(fop_objective(""), -1);
    assert_int_equal(fop_objective(NULL), -1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_f1_vs_parity),
        cmocka_unit_test(test_recall_starved),
        cmocka_unit_test(test_edges),
        cmocka_unit_test(test_objective_names),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
