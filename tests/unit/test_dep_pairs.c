/* test_dep_pairs.c -- unit tests of tl_dep_attach_pairs (brackets and quotes attached as pairs to the head of their text) and tl_dep_mend_subjects (one subject a clause). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_arena.h"
#include "tl_dep.h"

/* Tag ids of these trees: the function only compares them with its
 * punct_upos argument. */
#define PU 7
#define WD 1
#define MAXW 32

typedef struct fixture {
    tl_str w[MAXW];
    int32_t head[MAXW];
    uint8_t label[MAXW], upos[MAXW], xpos[MAXW];
    tl_dep_tree t;
} fixture;

/* Builds a tree over the words of s (split at spaces): heads[i] is word i's
 * head (-1 the root); words made of brackets or quotes, and "," ".", are
 * tagged PU, the others WD.  Labels are their index, to see they are kept. */
static void build(fixture *f, const char *s, const int32_t *heads) {
    size_t n = 0;
    memset(f, 0, sizeof *f);
    while (*s && n < MAXW) {
        while (*s == ' ') s++;
        if (!*s) break;
        const char *b = s;
        while (*s && *s != ' ') s++;
        f->w[n].ptr = b;
        f->w[n].len = (size_t)(s - b);
        f->head[n] = heads[n];
        f->label[n] = (uint8_t)n;
        f->upos[n] = strchr("()[]{}\"`',.", *b) || (unsigned char)*b == 0xe2 ? PU : WD;
        n++;
    }
    f->t = (tl_dep_tree){n, f->head, f->label, f->upos, f->xpos};
}

static void expect_heads(const fixture *f, const int32_t *want) {
    for (size_t i = 0; i < f->t.n; i++) {
        if (f->head[i] != want[i])
            fail_msg("word %zu (%.*s): head %d, expected %d", i, (int)f->w[i].len, f->w[i].ptr,
                     (int)f->head[i], (int)want[i]);
        assert_int_equal(f->label[i], i);
    }
}

/* "He ( the boss ) left": the parser hung "(" on "boss" and ")" on "He";
 * both go to "boss", the one word of the bracket whose head is outside. */
static void test_brackets(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(0);
    fixture f;
    /*                    He (  the boss )  left */
    const int32_t in[] = {5, 3, 3, 0, 0, -1};
    const int32_t out[] = {5, 3, 3, 0, 3, -1};
    build(&f, "He ( the boss ) left", in);
    tl_dep_attach_pairs(&f.t, f.w, PU, a);
    expect_heads(&f, out);

    /* square brackets, "``" / "''" and curly quotes pair the same way */
    const int32_t in2[] = {-1, 0, 3, 0, 3, 0, 7, 0, 7, 0, 11, 0, 11, 0};
    const int32_t out2[] = {-1, 3, 3, 0, 3, 7, 7, 0, 7, 11, 11, 0, 11, 0};
    build(&f, "Said [ a word ] `` the word '' \xe2\x80\x9c that word \xe2\x80\x9d .", in2);
    tl_dep_attach_pairs(&f.t, f.w, PU, a);
    expect_heads(&f, out2);
    tl_arena_free(a);
}

/* Two ASCII quotes make a pair; a third opens another that never closes. */
static void test_ascii_quotes(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(0);
    fixture f;
    /*                    She said "  we  won "  and " left */
    const int32_t in[] = {1, -1, 1, 4, 1, 1, 1, 1, 1};
    const int32_t out[] = {1, -1, 4, 4, 1, 4, 1, 1, 1};
    build(&f, "She said \" we won \" and \" left", in);
    tl_dep_attach_pairs(&f.t, f.w, PU, a);
    expect_heads(&f, out);
    tl_arena_free(a);
}

/* Left as parsed: text with two heads outside the pair, a mark that has a
 * dependent or is the root, a closer of another kind, marks not tagged as
 * punctuation, a pair with nothing inside. */
static void test_left_alone(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(0);
    fixture f;
    /* "( a b )": a and b both hang on "x" outside */
    const int32_t two[] = {-1, 0, 0, 0, 0};
    build(&f, "x ( a b )", two);
    tl_dep_attach_pairs(&f.t, f.w, PU, a);
    expect_heads(&f, two);

    /* ")" has a dependent (word 5 hangs on it) */
    const int32_t dep[] = {-1, 2, 0, 0, 0, 3};
    build(&f, "x ( a ) , y", dep);
    tl_dep_attach_pairs(&f.t, f.w, PU, a);
    expect_heads(&f, dep);

    /* the opener is the root */
    const int32_t root[] = {-1, 0, 0, 1};
    build(&f, "( a ) b", root);
    tl_dep_attach_pairs(&f.t, f.w, PU, a);
    expect_heads(&f, root);

    /* "( a ]": no pair */
    const int32_t other[] = {-1, 0, 0, 0};
    build(&f, "x ( a ]", other);
    tl_dep_attach_pairs(&f.t, f.w, PU, a);
    expect_heads(&f, other);

    /* the same marks tagged as words */
    const int32_t in[] = {3, 3, 3, 0, 0, -1};
    build(&f, "He ( the boss ) left", in);
    f.upos[1] = f.upos[4] = WD;
    tl_dep_attach_pairs(&f.t, f.w, PU, a);
    expect_heads(&f, in);

    /* "( )" around nothing, and NULL arguments */
    const int32_t empty[] = {-1, 0, 0};
    build(&f, "x ( )", empty);
    tl_dep_attach_pairs(&f.t, f.w, PU, a);
    expect_heads(&f, empty);
    tl_dep_attach_pairs(NULL, f.w, PU, a);
    tl_dep_attach_pairs(&f.t, NULL, PU, a);
    tl_dep_attach_pairs(&f.t, f.w, PU, NULL);
    expect_heads(&f, empty);
    tl_arena_free(a);
}

/* Openers nested deeper than the stack are left alone; the tree stays a
 * tree (one root, no cycle) whatever the marks. */
static void test_deep_and_hostile(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(0);
    enum { N = 81 };
    tl_str w[N];
    int32_t head[N];
    uint8_t label[N] = {0}, upos[N], xpos[N] = {0};
    /* 40 "(", a word, 40 ")": every mark on the word */
    for (int i = 0; i < N; i++) {
        int open = i < 40, mid = i == 40;
        w[i].ptr = mid ? "w" : open ? "(" : ")";
        w[i].len = 1;
        upos[i] = mid ? WD : PU;
        head[i] = mid ? -1 : 40;
    }
    tl_dep_tree t = {N, head, label, upos, xpos};
    tl_dep_attach_pairs(&t, w, PU, a);
    for (int i = 0; i < N; i++) assert_int_equal(head[i], i == 40 ? -1 : 40);

    /* marks chained on each other and quotes everywhere: still a tree */
    for (int i = 0; i < N; i++) {
        w[i].ptr = i % 3 == 0 ? "\"" : i % 3 == 1 ? "(" : ")";
        upos[i] = i % 5 == 0 ? WD : PU;
        head[i] = i == 0 ? -1 : (int32_t)(((unsigned)i * 2654435761u >> 7) % (unsigned)i);
    }
    tl_dep_attach_pairs(&t, w, PU, a);
    size_t roots = 0;
    for (int i = 0; i < N; i++) {
        roots += head[i] < 0;
        int steps = 0;
        for (int32_t h = i; h >= 0; h = head[h]) assert_true(++steps <= N);
    }
    assert_int_equal(roots, 1);
    tl_arena_free(a);
}

/* The parser applies it: a quotation's two marks share their head, the
 * quoted clause's verb (greedily the closing mark went to "bridge"). */
static void test_parser_pairs(void **state) {
    (void)state;
    tl_error err = {0};
    tl_dep_model *m = tl_dep_load_builtin(&err);
    assert_non_null(m);
    tl_arena *a = tl_arena_new(0);
    fixture f;
    const int32_t any[MAXW] = {0};
    build(&f, "The mayor said \" we will rebuild the bridge \" after the storm .", any);
    tl_dep_tree t;
    assert_int_equal(tl_dep_parse(m, f.w, f.t.n, a, &t), TL_OK);
    assert_string_equal(tl_dep_upos_name(m, t.upos[3]), "PUNCT");
    assert_string_equal(tl_dep_upos_name(m, t.upos[9]), "PUNCT");
    assert_int_equal(t.head[6], 2); /* rebuild <- said */
    assert_int_equal(t.head[3], 6);
    assert_int_equal(t.head[9], 6);
    tl_arena_free(a);
    tl_dep_free(m);
}

/* Labels of the subject trees (any ids the function is given). */
#define NSUBJ 40
#define NSUBJ_PASS 41
#define APPOS 42

/* "X , a former general , was linked": the verb's second subject, between
 * commas right after the first, becomes the first's apposition. */
static void test_mend_two_subjects(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(0);
    fixture f;
    /*                    Dabaan ,  a  former general ,  was linked */
    const int32_t in[] = {7, 4, 4, 4, 7, 4, 7, -1};
    build(&f, "Dabaan , a former general , was linked", in);
    f.label[0] = NSUBJ;
    f.label[4] = NSUBJ_PASS;
    tl_dep_mend_subjects(&f.t, f.w, NSUBJ, NSUBJ_PASS, APPOS, a);
    const int32_t out[] = {7, 4, 4, 4, 0, 4, 7, -1};
    for (size_t i = 0; i < f.t.n; i++) assert_int_equal(f.head[i], out[i]);
    assert_int_equal(f.label[4], APPOS);
    assert_int_equal(f.label[0], NSUBJ);
    tl_arena_free(a);
}

/* Left alone: two subjects with no comma between ("X Y left", a parser's
 * flat name), a second subject after the verb, one subject. */
static void test_mend_left_alone(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(0);
    fixture f;
    /*                    Dabaan a  general said it  .  */
    const int32_t nocomma[] = {3, 2, 3, -1, 3, 3};
    build(&f, "Dabaan a general said it .", nocomma);
    f.label[0] = NSUBJ;
    f.label[2] = NSUBJ;
    tl_dep_mend_subjects(&f.t, f.w, NSUBJ, NSUBJ_PASS, APPOS, a);
    for (size_t i = 0; i < f.t.n; i++) assert_int_equal(f.head[i], nocomma[i]);
    assert_int_equal(f.label[2], NSUBJ);

    /*                    Dabaan said ,  a  general ,  it */
    const int32_t after[] = {1, -1, 4, 4, 1, 4, 1};
    build(&f, "Dabaan said , a general , it", after);
    f.label[0] = NSUBJ;
    f.label[4] = NSUBJ;
    tl_dep_mend_subjects(&f.t, f.w, NSUBJ, NSUBJ_PASS, APPOS, a);
    for (size_t i = 0; i < f.t.n; i++) assert_int_equal(f.head[i], after[i]);
    assert_int_equal(f.label[4], NSUBJ);
    tl_arena_free(a);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_brackets),
        cmocka_unit_test(test_ascii_quotes),
        cmocka_unit_test(test_left_alone), cmocka_unit_test(test_mend_two_subjects), cmocka_unit_test(test_mend_left_alone),
        cmocka_unit_test(test_deep_and_hostile),
        cmocka_unit_test(test_parser_pairs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
