/* test_conllu.c -- unit tests of the CoNLL-U reader's edge cases and error reports (tl_conllu.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "tl_arena.h"
#include "tl_conllu.h"

#define W(id, form, head) id "\t" form "\t_\t_\t_\t_\t" head "\tdep\t_\t_\n"

static int setup(void **state) {
    *state = tl_arena_new(0);
    return *state ? 0 : -1;
}

static int teardown(void **state) {
    tl_arena_free(*state);
    return 0;
}

/* Reads every sentence of p; returns the number read, or the error. */
static int read_all(tl_arena *a, const char *p, size_t len, tl_error *err) {
    tl_conllu_reader r;
    tl_conllu_sent s;
    tl_conllu_init(&r, p, len);
    int n = 0;
    for (;;) {
        int rc = tl_conllu_next(&r, a, &s, err);
        if (rc < 0) return rc;
        if (rc == 0) return n;
        n++;
    }
}

static void test_empty_and_blank(void **state) {
    tl_arena *a = *state;
    tl_error err = {0};
    assert_int_equal(read_all(a, "", 0, &err), 0);
    assert_int_equal(read_all(a, NULL, 100, &err), 0); /* NULL reads as empty whatever the length */
    assert_int_equal(read_all(a, "\n\n\r\n\n", 5, &err), 0);
    /* The end of the input ends the last sentence: no newline needed. */
    static const char last[] = W("1", "Kell", "0") "\n" "1\tVarn\t_\t_\t_\t_\t0\troot\t_\t_";
    assert_int_equal(read_all(a, last, sizeof last - 1, &err), 2);
}

static void test_views_and_line_numbers(void **state) {
    tl_arena *a = *state;
    static const char text[] =
        "\n"
        "# sent_id = k1\n"
        "# text = Kell met Varn.\n" W("1", "Kell", "2") W("2", "met", "0") W("3", "Varn", "2") W("4", ".", "2")
        "\n\n\n" W("1", "Again", "0");
    tl_conllu_reader r;
    tl_conllu_sent s;
    tl_error err = {0};
    tl_conllu_init(&r, text, sizeof text - 1);
    assert_int_equal(tl_conllu_next(&r, a, &s, &err), 1);
    assert_int_equal(s.n_lines, 6);
    assert_int_equal(s.n_words, 4);
    assert_int_equal(s.lines[0].kind, TL_CONLLU_COMMENT);
    assert_int_equal(s.lines[0].lineno, 2);
    assert_int_equal(s.lines[2].lineno, 4);
    /* Views point into the input. */
    const tl_conllu_line *w3 = &s.lines[s.words[2]];
    assert_int_equal(w3->col[1].len, 4);
    assert_memory_equal(w3->col[1].ptr, "Varn", 4);
    assert_true(w3->raw.ptr > text && w3->raw.ptr < text + sizeof text);
    assert_int_equal(w3->raw.len, strlen(W("3", "Varn", "2")) - 1);
    assert_int_equal(s.head[0], 2);
    assert_int_equal(s.head[1], 0);
    assert_int_equal(tl_conllu_next(&r, a, &s, &err), 1);
    assert_int_equal(s.lines[0].lineno, 11);
    assert_int_equal(tl_conllu_next(&r, a, &s, &err), 0);
    /* At the end it stays at the end. */
    assert_int_equal(tl_conllu_next(&r, a, &s, &err), 0);
}

static void test_comment_only_block(void **state) {
    tl_arena *a = *state;
    /* A block of comments (a file header) is a sentence without words, not
     * an error. */
    static const char text[] = "# newdoc id = k\n# global.columns = ID FORM\n\n" W("1", "Kell", "0");
    tl_conllu_reader r;
    tl_conllu_sent s;
    tl_error err = {0};
    tl_conllu_init(&r, text, sizeof text - 1);
    assert_int_equal(tl_conllu_next(&r, a, &s, &err), 1);
    assert_int_equal(s.n_words, 0);
    assert_int_equal(s.n_lines, 2);
    assert_int_equal(tl_conllu_next(&r, a, &s, &err), 1);
    assert_int_equal(s.n_words, 1);
}

/* Expects an error whose message starts with "line N:" and contains `what`,
 * at byte offset `off`. */
static void expect_error(tl_arena *a, const char *text, size_t len, size_t line, long long off, const char *what) {
    tl_error err = {0};
    assert_int_equal(read_all(a, text, len, &err), TL_EFORMAT);
    assert_int_equal(err.code, TL_EFORMAT);
    char want[32];
    snprintf(want, sizeof want, "line %zu: ", line);
    if (strncmp(err.msg, want, strlen(want)) != 0 || !strstr(err.msg, what))
        fail_msg("expected \"%s...%s\", got \"%s\"", want, what, err.msg);
    if (off >= 0) assert_int_equal(err.offset, off);
}

static void test_errors(void **state) {
    tl_arena *a = *state;
    static const char nul[] = W("1", "Ke\0ll", "0");
    expect_error(a, nul, sizeof nul - 1, 1, 0, "NUL byte");
    /* The offset is the start of the offending line. */
    static const char cols[] = W("1", "Kell", "0") "2\tVarn\n";
    expect_error(a, cols, sizeof cols - 1, 2, (long long)strlen(W("1", "Kell", "0")), "found 2");
    static const char eleven[] = "1\tA\t_\t_\t_\t_\t0\troot\t_\t_\textra\n";
    expect_error(a, eleven, sizeof eleven - 1, 1, 0, "found 11");
    static const char multi0[] = "0-1\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n" W("1", "A", "0");
    expect_error(a, multi0, sizeof multi0 - 1, 1, 0, "multiword");
    static const char multi_back[] = "1-0\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n";
    expect_error(a, multi_back, sizeof multi_back - 1, 1, 0, "multiword");
    static const char multi_late[] = W("1", "A", "0") "3-4\tBC\t_\t_\t_\t_\t_\t_\t_\t_\n";
    expect_error(a, multi_late, sizeof multi_late - 1, 2, -1, "multiword");
    static const char multi_x[] = "1-x\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n";
    expect_error(a, multi_x, sizeof multi_x - 1, 1, 0, "multiword");
    static const char empty_ahead[] = W("1", "A", "0") "2.1\tB\t_\t_\t_\t_\t_\t_\t_\t_\n";
    expect_error(a, empty_ahead, sizeof empty_ahead - 1, 2, -1, "empty node");
    static const char empty_zero[] = W("1", "A", "0") "1.0\tB\t_\t_\t_\t_\t_\t_\t_\t_\n";
    expect_error(a, empty_zero, sizeof empty_zero - 1, 2, -1, "empty node");
    static const char id_text[] = W("one", "A", "0");
    expect_error(a, id_text, sizeof id_text - 1, 1, 0, "word ID");
    static const char id_zero[] = W("0", "A", "0");
    expect_error(a, id_zero, sizeof id_zero - 1, 1, 0, "expected 1");
    static const char head_neg[] = W("1", "A", "-1");
    expect_error(a, head_neg, sizeof head_neg - 1, 1, 0, "HEAD");
    /* Ten digits overflow no int: refused as not a number. */
    static const char head_big[] = W("1", "A", "9999999999");
    expect_error(a, head_big, sizeof head_big - 1, 1, 0, "HEAD");
    static const char head_past[] = W("1", "A", "2") W("2", "B", "3");
    expect_error(a, head_past, sizeof head_past - 1, 2, (long long)strlen(W("1", "A", "2")), "past the sentence");
    /* Only a multiword line: a sentence without words. */
    static const char no_words[] = "1-2\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n";
    expect_error(a, no_words, sizeof no_words - 1, 1, 0, "without words");
    /* A long ID is cut in the message. */
    char longid[200];
    memset(longid, '7', 150);
    static const char rest[] = "\tA\t_\t_\t_\t_\t0\troot\t_\t_\n";
    memcpy(longid + 150, rest, sizeof rest - 1);
    expect_error(a, longid, 150 + sizeof rest - 1, 1, 0, "word ID");
    /* The error of the second sentence names its line. */
    static const char second[] = W("1", "A", "0") "\n" W("1", "B", "0") W("1", "C", "0");
    expect_error(a, second, sizeof second - 1, 4, -1, "expected 2");
}

static void test_err_may_be_null(void **state) {
    tl_arena *a = *state;
    static const char bad[] = "1\tA\n";
    tl_conllu_reader r;
    tl_conllu_sent s;
    tl_conllu_init(&r, bad, sizeof bad - 1);
    assert_int_equal(tl_conllu_next(&r, a, &s, NULL), TL_EFORMAT);
}

static void test_crlf(void **state) {
    tl_arena *a = *state;
    static const char text[] = "1\tA\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\r\n\r\n1\tB\t_\t_\t_\t_\t0\troot\t_\t_\r\n";
    tl_conllu_reader r;
    tl_conllu_sent s;
    tl_error err = {0};
    tl_conllu_init(&r, text, sizeof text - 1);
    assert_int_equal(tl_conllu_next(&r, a, &s, &err), 1);
    /* The \r is not part of the last column. */
    assert_int_equal(s.lines[0].col[9].len, strlen("SpaceAfter=No"));
    assert_int_equal(tl_conllu_next(&r, a, &s, &err), 1);
    assert_int_equal(tl_conllu_next(&r, a, &s, &err), 0);
}

/* Random lines made of the bytes that matter to the reader: every call
 * returns 1, 0 or TL_EFORMAT, a sentence's views stay inside the input and
 * its heads inside the sentence, and the reader always gets to the end. */
static void test_hostile(void **state) {
    (void)state;
    static const char alphabet[] = "\t\t\t\n\n\r0123456789-._#xA\0";
    unsigned seed = 12345;
    char buf[600];
    for (int round = 0; round < 3000; round++) {
        size_t len = (size_t)(round % 97) * 6;
        for (size_t i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = alphabet[(seed >> 16) % (sizeof alphabet - 1)];
        }
        /* Every other round starts from a valid sentence, so that errors
         * deeper in a block are reached too. */
        if (round % 2 && len > 40) memcpy(buf, W("1", "A", "0") W("2", "B", "1"), 40);
        tl_conllu_reader r;
        tl_conllu_sent s;
        tl_error err = {0};
        tl_arena *a = tl_arena_new(0); /* one per round: the arena only grows */
        assert_non_null(a);
        tl_conllu_init(&r, buf, len);
        for (int k = 0; k < 1000; k++) {
            int rc = tl_conllu_next(&r, a, &s, &err);
            assert_true(rc == 0 || rc == 1 || rc == TL_EFORMAT);
            if (rc != 1) break;
            for (size_t i = 0; i < s.n_lines; i++) {
                assert_true(s.lines[i].raw.ptr >= buf && s.lines[i].raw.ptr + s.lines[i].raw.len <= buf + len);
                assert_true(s.lines[i].lineno >= 1);
            }
            for (size_t i = 0; i < s.n_words; i++) assert_true(s.head[i] >= -1 && s.head[i] <= (int32_t)s.n_words);
        }
        tl_arena_free(a);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty_and_blank),
        cmocka_unit_test(test_views_and_line_numbers),
        cmocka_unit_test(test_comment_only_block),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_err_may_be_null),
        cmocka_unit_test(test_crlf),
        cmocka_unit_test(test_hostile),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
