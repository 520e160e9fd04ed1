/* test_wfind.c -- unit tests of the word-in-list search (tl_wfind.h): every position of a block, the last block, one-letter words, separators, and a word-by-word walk as the reference on random lists. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "tl_wfind.h"

static int in(const char *list, const char *w) {
    return tl_wfind_in_list(list, strlen(list), w, strlen(w));
}

/* The reference: the list walked word by word. */
static int walk(const char *list, const char *w, size_t n) {
    if (!n || memchr(w, '|', n) || memchr(w, 0, n)) return 0;
    for (const char *p = list;;) {
        const char *e = strchr(p, '|');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        if (k == n && memcmp(p, w, n) == 0) return 1;
        if (!e) return 0;
        p = e + 1;
    }
}

static void test_words_and_misses(void **state) {
    (void)state;
    const char *l = "gang|group|militia|organization|company|firm|network|cartel|party|movement";
    assert_true(in(l, "gang"));      /* the first word */
    assert_true(in(l, "movement"));  /* the last word */
    assert_true(in(l, "cartel"));
    assert_false(in(l, "gan"));      /* a prefix of a list word */
    assert_false(in(l, "gangs"));    /* a list word is a prefix of it */
    assert_false(in(l, "roup"));     /* inside a list word */
    assert_false(in(l, "Gang"));     /* case counts */
    assert_false(in(l, ""));
    assert_false(in(l, "gang|group"));  /* two list words are not one */
    assert_false(in(l, "party|"));
    assert_false(in(l, "movementmovement"));
    assert_false(tl_wfind_in_list(NULL, 0, "gang", 4));
    assert_false(tl_wfind_in_list(l, strlen(l), NULL, 4));
    /* a NUL inside the word: "gang\0" is not "gang" */
    assert_false(tl_wfind_in_list(l, strlen(l), "gang\0", 5));
}

static void test_one_letter_words(void **state) {
    (void)state;
    /* The second letter of a one-letter word is the separator or the end. */
    const char *l = "an|a|bee|b|cc|dddddddddddddddddddddd|e";
    assert_true(in(l, "a"));
    assert_true(in(l, "b"));
    assert_true(in(l, "e"));   /* the very last byte */
    assert_false(in(l, "c"));
    assert_false(in(l, "d"));
    assert_true(in("x", "x"));
    assert_false(in("xy", "x"));
    assert_true(in("yyyyyyyyyyyyyyyyyyyyyyyyy|x", "x"));
    assert_false(in("yyyyyyyyyyyyyyyyyyyyyyyyy|xz", "x"));
}

/* A word at every offset of a long list: the sixteen lanes of a block, the
 * block edges and the overlapping last block all find it. */
static void test_every_offset(void **state) {
    (void)state;
    char list[256];
    for (size_t pad = 0; pad < 60; pad++) {
        for (size_t tail = 0; tail < 40; tail += 3) {
            size_t k = 0;
            for (size_t p = 0; p < pad; p++) list[k++] = 'q';
            if (pad) list[k++] = '|';
            memcpy(list + k, "target", 6);
            k += 6;
            if (tail) list[k++] = '|';
            for (size_t t = 0; t < tail; t++) list[k++] = 'r';
            list[k] = 0;
            assert_true(in(list, "target"));
            assert_false(in(list, "targe"));
            assert_false(in(list, "targets"));
            assert_int_equal(in(list, "q"), pad == 1);
            assert_int_equal(in(list, "r"), tail == 1);
        }
    }
}

/* Random lists over a small alphabet (so near misses abound) against the
 * reference walk. */
static void test_random_against_walk(void **state) {
    (void)state;
    uint32_t seed = 12345;
    char list[400], w[12];
    for (int round = 0; round < 4000; round++) {
        size_t len = 0, words = 1 + (size_t)(round % 40);
        for (size_t k = 0; k < words && len + 12 < sizeof list; k++) {
            seed = seed * 1103515245u + 12345u;
            size_t wl = 1 + (seed >> 16) % 6;
            if (k) list[len++] = '|';
            for (size_t c = 0; c < wl; c++) {
                seed = seed * 1103515245u + 12345u;
                list[len++] = (char)('a' + (seed >> 16) % 3);
            }
        }
        list[len] = 0;
        for (int q = 0; q < 20; q++) {
            seed = seed * 1103515245u + 12345u;
            size_t wl = 1 + (seed >> 16) % 7;
            for (size_t c = 0; c < wl; c++) {
                seed = seed * 1103515245u + 12345u;
                w[c] = (char)('a' + (seed >> 16) % 3);
            }
            if (q == 19) w[wl / 2] = '|';
            assert_int_equal(tl_wfind_in_list(list, len, w, wl), walk(list, w, wl));
        }
    }
}

/* Every list of up to seven bytes over 'a', 'b' and '|' (empty words,
 * a leading or trailing separator) and every word of up to four letters,
 * against the reference walk: the short-list block, whose copy of the list
 * is padded with NULs after its end.  Then lists of 9 to 16 bytes, the
 * word at every place of the block. */
static void test_short_lists_exhaustive(void **state) {
    (void)state;
    const char al[] = "ab|";
    char list[20], w[8];
    for (size_t len = 1; len <= 7; len++) {
        size_t nl = 1;
        for (size_t k = 0; k < len; k++) nl *= 3;
        for (size_t li = 0; li < nl; li++) {
            for (size_t k = 0, v = li; k < len; k++, v /= 3) list[k] = al[v % 3];
            list[len] = 0;
            for (size_t wl = 1; wl <= 4; wl++)
                for (size_t wi = 0; wi < ((size_t)1 << wl); wi++) {
                    for (size_t k = 0; k < wl; k++) w[k] = (char)('a' + ((wi >> k) & 1));
                    assert_int_equal(tl_wfind_in_list(list, len, w, wl), walk(list, w, wl));
                }
        }
    }
    for (size_t len = 9; len <= 16; len++)
        for (size_t at = 0; at + 3 <= len; at++) {
            memset(list, 'x', len);
            list[len] = 0;
            memcpy(list + at, "abc", 3);
            if (at) list[at - 1] = '|';
            if (at + 3 < len) list[at + 3] = '|';
            assert_true(in(list, "abc"));
            assert_false(in(list, "ab"));
            assert_false(in(list, "abcx"));
            assert_int_equal(in(list, "x"), walk(list, "x", 1));
        }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_words_and_misses),
        cmocka_unit_test(test_one_letter_words),
        cmocka_unit_test(test_every_offset),
        cmocka_unit_test(test_random_against_walk),
        cmocka_unit_test(test_short_lists_exhaustive),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
