/* test_trig.c -- unit tests of the trigger lexicon's mechanics (tl_trig.h): regular inflection, participles, the output cap, word lists, hostile words. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "tl_trig.h"

static int setup(void **state) {
    *state = tl_trig_lex_new();
    return *state ? 0 : -1;
}

static int teardown(void **state) {
    tl_trig_lex_free(*state);
    return 0;
}

/* Frames of w (up to 8); *past as the lexicon says. */
static size_t look(const tl_trig_lex *x, const char *w, int *past) {
    const tl_trig *fr[8];
    return tl_trig_lookup(x, w, strlen(w), fr, 8, past);
}

static void test_regular_inflection(void **state) {
    const tl_trig_lex *x = *state;
    int past = -1;
    /* A verb lemma gives -s, -ed (a participle) and -ing. */
    assert_true(look(x, "join", &past) > 0);
    assert_int_equal(past, 0);
    assert_true(look(x, "joins", &past) > 0);
    assert_true(look(x, "joined", &past) > 0);
    assert_int_equal(past, 1);
    assert_true(look(x, "joining", &past) > 0);
    assert_int_equal(past, 0);
    /* A relational noun gives its plural, never a participle. */
    assert_true(look(x, "member", &past) > 0);
    assert_true(look(x, "members", &past) > 0);
    assert_int_equal(past, 0);
    /* Irregular forms listed by hand; "led" can head a passive. */
    assert_true(look(x, "led", &past) > 0);
    assert_int_equal(past, 1);
    /* Every frame found for a verb form says what kind it is. */
    const tl_trig *fr[8];
    size_t n = tl_trig_lookup(x, "joined", 6, fr, 8, &past);
    for (size_t i = 0; i < n; i++) {
        assert_true(fr[i]->kind >= TL_TK_VERB && fr[i]->kind <= TL_TK_ADJ);
        assert_true(fr[i]->type < TL_FACT_TYPE_COUNT);
        int pos = tl_trig_pos_of(fr[i]);
        assert_true(pos == TL_TP_ANY || pos == TL_TP_VERB || pos == TL_TP_NOUN);
    }
}

static void test_misses_and_case(void **state) {
    const tl_trig_lex *x = *state;
    int past = -1;
    /* Not triggers; the lexicon is lower case; a miss clears *is_past. */
    assert_int_equal(look(x, "banana", &past), 0);
    assert_int_equal(past, 0);
    past = 7;
    assert_int_equal(look(x, "JOINED", &past), 0);
    assert_int_equal(past, 0);
    assert_int_equal(look(x, "joine", &past), 0);
    assert_int_equal(look(x, "joinedd", &past), 0);
    /* Only n bytes count. */
    const tl_trig *fr[4];
    assert_true(tl_trig_lookup(x, "joinedXYZ", 6, fr, 4, &past) > 0);
    assert_int_equal(tl_trig_lookup(x, "join", 0, fr, 4, &past), 0);
}

static void test_cap(void **state) {
    const tl_trig_lex *x = *state;
    int past;
    const tl_trig *fr[8];
    size_t all = tl_trig_lookup(x, "head", 4, fr, 8, &past);
    assert_true(all >= 1);
    /* No more than cap pointers are written. */
    const tl_trig *one[2] = {NULL, (const tl_trig *)(uintptr_t)1};
    size_t k = tl_trig_lookup(x, "head", 4, one, 1, &past);
    assert_int_equal(k, 1);
    assert_ptr_equal(one[1], (const tl_trig *)(uintptr_t)1);
    assert_int_equal(tl_trig_lookup(x, "head", 4, NULL, 0, &past), 0);
}

static void test_hostile_words(void **state) {
    const tl_trig_lex *x = *state;
    int past;
    const tl_trig *fr[6];
    char w[2000];
    /* Every length up to far past the longest form, of every byte. */
    for (int b = 0; b < 256; b += 3) {
        memset(w, b, sizeof w);
        for (size_t n = 0; n < sizeof w; n += (n < 64 ? 1 : 97)) {
            size_t k = tl_trig_lookup(x, w, n, fr, 6, &past);
            assert_true(k <= 6);
        }
    }
    /* All two- and three-letter words: whatever they are, a clean answer. */
    for (char a = 'a'; a <= 'z'; a++)
        for (char b = 'a'; b <= 'z'; b++)
            for (char c = 'a' - 1; c <= 'z'; c++) {
                char s[3] = {a, b, c};
                size_t n = c < 'a' ? 2 : 3;
                assert_true(tl_trig_lookup(x, s, n, fr, 6, &past) <= 6);
            }
}

static void test_in_list(void **state) {
    (void)state;
    assert_true(tl_trig_in_list("to|in|with", "to", 2));
    assert_true(tl_trig_in_list("to|in|with", "with", 4));
    assert_true(tl_trig_in_list("to|in|with", "in", 2));
    assert_false(tl_trig_in_list("to|in|with", "i", 1));
    assert_false(tl_trig_in_list("to|in|with", "wit", 3));
    assert_false(tl_trig_in_list("to|in|with", "withs", 5));
    assert_false(tl_trig_in_list("to|in|with", "to|in", 5)); /* a separator in the word */
    assert_false(tl_trig_in_list("to|in|with", "", 0));
    assert_false(tl_trig_in_list(NULL, "to", 2));
    assert_false(tl_trig_in_list("", "to", 2));
    assert_true(tl_trig_in_list("single", "single", 6));
    /* Only n bytes of the word count; a NUL inside it is no match. */
    assert_true(tl_trig_in_list("to|in", "tox", 2));
    assert_false(tl_trig_in_list("to|in", "t\0", 2));
    /* the middle, the last word, a trailing separator, a word of the
     * list inside another, words longer than the search's buffer */
    assert_true(tl_trig_in_list("a|bb|ccc", "bb", 2));
    assert_true(tl_trig_in_list("a|bb|ccc", "ccc", 3));
    assert_false(tl_trig_in_list("a|bb|ccc", "cc", 2));
    assert_true(tl_trig_in_list("a|bb|", "bb", 2));
    assert_false(tl_trig_in_list("abba|b", "bb", 2));
    assert_false(tl_trig_in_list("x|a|bb|c", "a|bb", 4));
    char lw[201], list[420];
    memset(lw, 'q', 200);
    lw[200] = 0;
    snprintf(list, sizeof list, "a|%s|b", lw);
    assert_true(tl_trig_in_list(list, lw, 200));
    assert_false(tl_trig_in_list(list, lw, 199));
    snprintf(list, sizeof list, "%s", lw);
    assert_true(tl_trig_in_list(list, lw, 200));
    /* against a plain reference walk, on every short word over a small
     * alphabet and lists made of such words */
    const char *lists[] = {"ab|b|ba|aab", "b", "ba|ab", "a|a|b|", "|ab", "aa||b"};
    for (size_t li = 0; li < sizeof lists / sizeof *lists; li++) {
        for (unsigned code = 0; code < 3 * 3 * 3 * 3; code++) {
            char w[5];
            size_t n = 0;
            for (unsigned c = code; c && n < 4; c /= 3) w[n++] = "ab|"[c % 3];
            w[n] = 0;
            int want = 0;
            for (const char *p = lists[li];;) {
                const char *e = strchr(p, '|');
                size_t k = e ? (size_t)(e - p) : strlen(p);
                if (n && k == n && memcmp(p, w, n) == 0 && !memchr(w, '|', n)) want = 1;
                if (!e) break;
                p = e + 1;
            }
            assert_int_equal(tl_trig_in_list(lists[li], w, n), want);
        }
    }
    /* Empty items match nothing. */
    assert_false(tl_trig_in_list("||", "a", 1));
    assert_true(tl_trig_in_list("|a|", "a", 1));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_regular_inflection),
        cmocka_unit_test(test_misses_and_case),
        cmocka_unit_test(test_cap),
        cmocka_unit_test(test_hostile_words),
        cmocka_unit_test(test_in_list),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
