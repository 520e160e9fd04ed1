/* test_rel_cv.c -- unit tests of train-rel's held-out counting and operating points (tools/rel_cv.h) on invented documents. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "../../tools/rel_cv.h"

enum { LOC = 1, FAM = 2, MEM = 3 };

/* A document of 6 predicted entities: 0..4 aligned with gold 0..4, 5 with
 * none; gold rows as given (the caller's array). */
static rcv_doc make_doc(rcv_gold *gf, size_t ngf, int *align) {
    for (int e = 0; e < 6; e++) align[e] = e < 5 ? e : -1;
    rcv_doc d;
    memset(&d, 0, sizeof d);
    d.align = align;
    d.gf = gf;
    d.ngf = ngf;
    d.matched = calloc(16, 1);
    d.nmatched = 16;
    assert_non_null(d.matched);
    return d;
}

static void free_doc(rcv_doc *d) {
    free(d->seen);
    free(d->matched);
    free(d->base);
}

/* Counting as score.py does: a repeat, an optional gold fact and a second
 * alternative of a matched fact count nothing; symmetric types match either
 * way; an argument with no gold entity is a false positive. */
static void test_judge(void **state) {
    (void)state;
    rcv_gold gf[] = {
        {LOC, 0, 1, 0, 0},  /* LOC(0, 1) */
        {LOC, 0, 2, 1, 0},  /* LOC(0, 2 | 3): two alternatives of fact 1 */
        {LOC, 0, 3, 1, 0},
        {FAM, 3, 4, 2, 0},  /* FAM(3, 4), symmetric */
        {MEM, 1, 2, 3, 1},  /* optional */
    };
    int align[6];
    rcv_doc d = make_doc(gf, 5, align);
    size_t tp = 0, fp = 0;
    assert_int_equal(rcv_judge(&d, rcv_key_make(LOC, 0, 1, 0), 0, &tp, &fp), 0);
    assert_int_equal(tp, 1);
    rcv_judge(&d, rcv_key_make(LOC, 0, 1, 0), 0, &tp, &fp); /* the same fact again */
    assert_int_equal(tp, 1);
    assert_int_equal(fp, 0);
    rcv_judge(&d, rcv_key_make(LOC, 1, 0, 0), 0, &tp, &fp); /* reversed: wrong */
    assert_int_equal(fp, 1);
    rcv_judge(&d, rcv_key_make(LOC, 0, 2, 0), 0, &tp, &fp);
    rcv_judge(&d, rcv_key_make(LOC, 0, 3, 0), 0, &tp, &fp); /* the other alternative: nothing */
    assert_int_equal(tp, 2);
    assert_int_equal(fp, 1);
    rcv_judge(&d, rcv_key_make(FAM, 4, 3, 1), 1, &tp, &fp); /* symmetric, either order */
    assert_int_equal(tp, 3);
    rcv_judge(&d, rcv_key_make(MEM, 1, 2, 0), 0, &tp, &fp); /* optional: nothing */
    assert_int_equal(tp, 3);
    assert_int_equal(fp, 1);
    rcv_judge(&d, rcv_key_make(LOC, 5, 1, 0), 0, &tp, &fp); /* no gold entity */
    rcv_judge(&d, rcv_key_make(MEM, 0, 1, 0), 0, &tp, &fp); /* the pair, another type */
    assert_int_equal(fp, 3);
    assert_int_equal(rcv_key_make(FAM, 4, 3, 1).a, 3);
    assert_int_equal(rcv_key_make(LOC, 4, 3, 0).a, 4);
    free_doc(&d);
}

/* The points: a class whose high margins are right and low ones wrong
 * gets a point between them; a class all wrong stays off; a class no pair
 * chose stays off; minprec keeps a cut whose facts are too imprecise out. */
static void test_choose(void **state) {
    (void)state;
    rcv_gold gf[] = {{LOC, 0, 1, 0, 0}, {LOC, 0, 2, 1, 0}, {LOC, 1, 2, 2, 0}, {FAM, 3, 4, 3, 0}};
    int align[6];
    rcv_doc d = make_doc(gf, 4, align);
    rcv_scored sc[] = {
        {9.0f, 0, LOC, 0, {LOC, 0, 1}},  /* right */
        {1.0f, 0, LOC, 0, {LOC, 4, 3}},  /* wrong */
        {8.0f, 0, LOC, 0, {LOC, 0, 2}},  /* right */
        {0.5f, 0, LOC, 0, {LOC, 3, 0}},  /* wrong */
        {-2.0f, 0, LOC, 0, {LOC, 5, 0}}, /* wrong */
        {7.0f, 0, FAM, 0, {FAM, 0, 1}},  /* wrong */
        {6.0f, 0, FAM, 0, {FAM, 1, 2}},  /* wrong */
    };
    int sym[4] = {0, 0, 1, 0};
    float out[4];
    const float off = 1e30f;
    /* one gold fact (LOC 1, 2) the pairs never find, FAM(3, 4) neither:
     * the best F1 takes the two right LOC facts only */
    double f1 = rcv_choose(&d, sc, 7, 4, 4, sym, 0, 0, 4, 0, off, out);
    assert_true(out[LOC] > 1.0f && out[LOC] < 8.0f);
    assert_true(out[FAM] >= off);
    assert_true(out[MEM] >= off);
    assert_true(f1 > 0.66 && f1 < 0.67); /* 2 tp, 0 fp, 4 gold */
    free_doc(&d);
    /* With many facts found elsewhere and a low F1, a 1-in-2 cut pays (the
     * third fact, wrong, does not); a precision floor of 0.6 forbids it. */
    rcv_gold gf2[] = {{LOC, 0, 1, 0, 0}};
    rcv_doc e = make_doc(gf2, 1, align);
    rcv_scored sc2[] = {
        {3.0f, 0, LOC, 0, {LOC, 4, 3}},
        {2.0f, 0, LOC, 0, {LOC, 0, 1}},
        {1.0f, 0, LOC, 0, {LOC, 3, 4}},
    };
    f1 = rcv_choose(&e, sc2, 3, 4, 4, sym, 1, 30, 60, 0, off, out);
    assert_true(out[LOC] > 1.0f && out[LOC] < 2.0f); /* the first two */
    free_doc(&e);
    e = make_doc(gf2, 1, align);
    f1 = rcv_choose(&e, sc2, 3, 4, 4, sym, 1, 30, 60, 0.6, off, out);
    assert_true(out[LOC] >= off);
    assert_true(f1 > 0);
    free_doc(&e);
    /* nothing held out: every class off */
    e = make_doc(gf2, 1, align);
    f1 = rcv_choose(&e, sc2, 0, 4, 4, sym, 0, 0, 1, 0, off, out);
    assert_true(out[LOC] >= off && out[FAM] >= off);
    assert_true(f1 == 0);
    free_doc(&e);
}

/* rcv_mark / rcv_reset: a second choice starts from the facts counted
 * before the first (the trainer chooses per class, then per cell). */
static void test_mark_reset(void **state) {
    (void)state;
    rcv_gold gf[] = {{LOC, 0, 1, 0, 0}, {LOC, 0, 2, 1, 0}};
    int align[6];
    rcv_doc d = make_doc(gf, 2, align);
    size_t tp = 0, fp = 0;
    rcv_reset(&d); /* never marked: nothing happens */
    rcv_judge(&d, rcv_key_make(LOC, 0, 1, 0), 0, &tp, &fp);
    assert_int_equal(rcv_mark(&d), 0);
    rcv_judge(&d, rcv_key_make(LOC, 0, 2, 0), 0, &tp, &fp);
    rcv_judge(&d, rcv_key_make(LOC, 4, 2, 0), 0, &tp, &fp);
    assert_int_equal(tp, 2);
    assert_int_equal(fp, 1);
    rcv_reset(&d);
    assert_int_equal(d.nseen, 1);
    /* counted again after the reset; the fact marked before still counts nothing */
    rcv_judge(&d, rcv_key_make(LOC, 0, 2, 0), 0, &tp, &fp);
    rcv_judge(&d, rcv_key_make(LOC, 0, 1, 0), 0, &tp, &fp);
    assert_int_equal(tp, 3);
    assert_int_equal(fp, 1);
    free_doc(&d);
}

/* Cells: with two head types per class (ncls0 = 4 classes, 8 cells), the
 * class's facts for one head type can pay where the other's do not; the
 * cells of "no relation" (0 and 4) get no point. */
static void test_cells(void **state) {
    (void)state;
    rcv_gold gf[] = {{LOC, 0, 1, 0, 0}, {LOC, 0, 2, 1, 0}};
    int align[6];
    rcv_doc d = make_doc(gf, 2, align);
    rcv_scored sc[] = {
        {5.0f, 0, LOC, 0, {LOC, 0, 1}},     /* head type 0: right */
        {4.0f, 0, LOC, 0, {LOC, 0, 2}},     /* right */
        {6.0f, 0, 4 + LOC, 1, {LOC, 3, 1}}, /* head type 1: wrong, higher margins */
        {5.5f, 0, 4 + LOC, 1, {LOC, 4, 1}},
    };
    int sym[8] = {0};
    float out[8];
    const float off = 1e30f;
    double f1 = rcv_choose(&d, sc, 4, 8, 4, sym, 0, 0, 2, 0, off, out);
    assert_true(out[LOC] < 4.0f);
    assert_true(out[4 + LOC] >= off);
    assert_true(out[0] >= off && out[4] >= off);
    assert_true(f1 > 0.99);
    /* one cell for both (ncls0 = 8: the cells are classes): the wrong
     * facts come first, a single point must take them with the right */
    rcv_reset(&d);
    free_doc(&d);
    d = make_doc(gf, 2, align);
    for (int i = 0; i < 4; i++) sc[i].cls = LOC;
    f1 = rcv_choose(&d, sc, 4, 4, 4, sym, 0, 0, 2, 0, off, out);
    assert_true(out[LOC] < 4.0f);
    assert_true(f1 > 0.66 && f1 < 0.67); /* 2 tp, 2 fp, 2 gold */
    free_doc(&d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_judge),
        cmocka_unit_test(test_choose),
        cmocka_unit_test(test_mark_reset),
        cmocka_unit_test(test_cells),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
