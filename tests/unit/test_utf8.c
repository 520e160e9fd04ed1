/* test_utf8.c -- unit tests of UTF-8 validation, repair and folding (tl_utf8.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "tl_utf8.h"

#define VLEN(lit) tl_utf8_valid_len((lit), sizeof(lit) - 1)

static void test_valid_sequences(void **state) {
    (void)state;
    assert_int_equal(VLEN("A"), 1);
    assert_int_equal(VLEN("\xC3\xA9"), 2);          /* é */
    assert_int_equal(VLEN("\xC2\x80"), 2);          /* smallest 2-byte */
    assert_int_equal(VLEN("\xDF\xBF"), 2);          /* largest 2-byte */
    assert_int_equal(VLEN("\xE0\xA0\x80"), 3);      /* U+0800, smallest 3-byte */
    assert_int_equal(VLEN("\xE2\x80\x99"), 3);      /* ’ */
    assert_int_equal(VLEN("\xED\x9F\xBF"), 3);      /* U+D7FF, just below the surrogates */
    assert_int_equal(VLEN("\xEE\x80\x80"), 3);      /* U+E000, just above them */
    assert_int_equal(VLEN("\xEF\xBF\xBF"), 3);      /* U+FFFF */
    assert_int_equal(VLEN("\xF0\x90\x80\x80"), 4);  /* U+10000 */
    assert_int_equal(VLEN("\xF4\x8F\xBF\xBF"), 4);  /* U+10FFFF, the last code point */
    /* Only the first sequence is measured. */
    assert_int_equal(VLEN("\xC3\xA9xyz"), 2);
    assert_int_equal(tl_utf8_valid_len("x", 0), 0);
}

static void test_overlong(void **state) {
    (void)state;
    assert_int_equal(VLEN("\xC0\x80"), 0);          /* overlong NUL */
    assert_int_equal(VLEN("\xC1\xBF"), 0);          /* overlong '?' */
    assert_int_equal(VLEN("\xE0\x80\x80"), 0);      /* overlong 3-byte */
    assert_int_equal(VLEN("\xE0\x9F\xBF"), 0);      /* U+07FF in 3 bytes */
    assert_int_equal(VLEN("\xF0\x80\x80\x80"), 0);  /* overlong 4-byte */
    assert_int_equal(VLEN("\xF0\x8F\xBF\xBF"), 0);  /* U+FFFF in 4 bytes */
}

static void test_surrogates(void **state) {
    (void)state;
    assert_int_equal(VLEN("\xED\xA0\x80"), 0);      /* U+D800 */
    assert_int_equal(VLEN("\xED\xAF\xBF"), 0);      /* U+DBFF */
    assert_int_equal(VLEN("\xED\xB0\x80"), 0);      /* U+DC00 */
    assert_int_equal(VLEN("\xED\xBF\xBF"), 0);      /* U+DFFF */
}

static void test_truncated(void **state) {
    (void)state;
    assert_int_equal(VLEN("\xC3"), 0);
    assert_int_equal(VLEN("\xE2\x80"), 0);
    assert_int_equal(VLEN("\xF0\x9F\x98"), 0);
    /* Truncated by n, not by the bytes: the buffer holds more than we may read. */
    assert_int_equal(tl_utf8_valid_len("\xE2\x80\x99", 2), 0);
    assert_int_equal(tl_utf8_valid_len("\xF0\x9F\x98\x80", 3), 0);
    /* Broken by an ASCII byte where a continuation should be. */
    assert_int_equal(VLEN("\xC3("), 0);
    assert_int_equal(VLEN("\xE2\x80("), 0);
    assert_int_equal(VLEN("\xF0\x9F(\x80"), 0);
}

static void test_out_of_range(void **state) {
    (void)state;
    assert_int_equal(VLEN("\xF4\x90\x80\x80"), 0);  /* U+110000 */
    assert_int_equal(VLEN("\xF5\x80\x80\x80"), 0);
    assert_int_equal(VLEN("\xF7\xBF\xBF\xBF"), 0);
    assert_int_equal(VLEN("\xF8\x88\x80\x80\x80"), 0); /* old 5-byte form */
    assert_int_equal(VLEN("\xFC\x84\x80\x80\x80\x80"), 0);
    assert_int_equal(VLEN("\xFE"), 0);
    assert_int_equal(VLEN("\xFF"), 0);
}

static void test_stray_continuation(void **state) {
    (void)state;
    assert_int_equal(VLEN("\x80"), 0);
    assert_int_equal(VLEN("\xBF"), 0);
    assert_int_equal(VLEN("\x80\x80\x80"), 0);
}

static void test_decode(void **state) {
    (void)state;
    int32_t cp = 0;
    assert_int_equal(tl_utf8_decode("\xC3\xA9", 2, &cp), 2);
    assert_int_equal(cp, 0xE9);
    assert_int_equal(tl_utf8_decode("\xE2\x80\x99", 3, &cp), 3);
    assert_int_equal(cp, 0x2019);
    assert_int_equal(tl_utf8_decode("\xF0\x9F\x98\x80", 4, &cp), 4);
    assert_int_equal(cp, 0x1F600);
    assert_int_equal(tl_utf8_decode("\xF4\x8F\xBF\xBF", 4, &cp), 4);
    assert_int_equal(cp, 0x10FFFF);
    /* Invalid: one byte consumed, U+FFFD. */
    assert_int_equal(tl_utf8_decode("\xED\xA0\x80", 3, &cp), 1);
    assert_int_equal(cp, 0xFFFD);
    assert_int_equal(tl_utf8_decode("\x80", 1, &cp), 1);
    assert_int_equal(cp, 0xFFFD);
}

typedef struct { size_t offs[16]; int n; } reports;
static void collect(void *ctx, size_t off, const char *what) {
    reports *r = ctx;
    assert_non_null(what);
    if (r->n < 16) r->offs[r->n] = off;
    r->n++;
}

static void test_repair_keeps_offsets(void **state) {
    (void)state;
    /* Each invalid byte becomes exactly one '?', so the length and every
     * valid byte stay where they were. */
    const char in[] = "ab\xC3\xA9" "c\xC0\x80" "d\xED\xA0\x80" "e\xF4\x90\x80\x80" "f\x80g\xE2\x80";
    const char want[] = "ab\xC3\xA9" "c??" "d???" "e????" "f?g??";
    char buf[sizeof in];
    memcpy(buf, in, sizeof in);
    reports r = {{0}, 0};
    size_t fixed = tl_utf8_repair(buf, sizeof in - 1, collect, &r);
    assert_int_equal(sizeof in, sizeof want);
    assert_memory_equal(buf, want, sizeof want);
    assert_int_equal(fixed, 2 + 3 + 4 + 1 + 2);
    /* One report per run, at the run's first byte. */
    assert_int_equal(r.n, 5);
    assert_int_equal(r.offs[0], 5);
    assert_int_equal(r.offs[1], 8);
    assert_int_equal(r.offs[2], 12);
    assert_int_equal(r.offs[3], 17);
    assert_int_equal(r.offs[4], 19);
    /* Repaired text is valid everywhere. */
    for (size_t i = 0; i < sizeof in - 1;) {
        size_t l = tl_utf8_valid_len(buf + i, sizeof in - 1 - i);
        assert_true(l > 0);
        i += l;
    }
}

static void test_repair_valid_untouched(void **state) {
    (void)state;
    const char in[] = "Shi\xE2\x80\x99ite \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xF0\x9F\x98\x80";
    char buf[sizeof in];
    memcpy(buf, in, sizeof in);
    reports r = {{0}, 0};
    assert_int_equal(tl_utf8_repair(buf, sizeof in - 1, collect, &r), 0);
    assert_int_equal(r.n, 0);
    assert_memory_equal(buf, in, sizeof in);
    /* A NULL reporter is allowed. */
    char bad[] = "x\xFFy";
    assert_int_equal(tl_utf8_repair(bad, 3, NULL, NULL), 1);
    assert_string_equal(bad, "x?y");
}

static void test_repair_nul(void **state) {
    (void)state;
    char buf[] = "a\0\0b\0c";
    reports r = {{0}, 0};
    size_t fixed = tl_utf8_repair(buf, 6, collect, &r);
    assert_int_equal(fixed, 3);
    assert_memory_equal(buf, "a  b c", 6);
    assert_int_equal(r.n, 2);
    assert_int_equal(r.offs[0], 1);
    assert_int_equal(r.offs[1], 4);
    /* NUL in the middle of what would be a multibyte sequence. */
    char buf2[] = "\xC3\0x";
    assert_int_equal(tl_utf8_repair(buf2, 3, NULL, NULL), 2);
    assert_memory_equal(buf2, "? x", 3);
}

#define FOLD(in, want) do { \
        char out_[64]; \
        size_t n_ = tl_utf8_fold((in), strlen(in), out_, sizeof out_); \
        assert_string_equal(out_, (want)); \
        assert_int_equal(n_, strlen(want)); \
    } while (0)

static void test_fold(void **state) {
    (void)state;
    FOLD("Tehran", "tehran");
    FOLD("IRGC-Quds", "irgc-quds");
    FOLD("Beyoğlu", "beyoglu");
    FOLD("Åland Ærø", "aland æro"); /* æ has no decomposition: case only; ø is o */
    FOLD("Yıldırım Əliyev", "yildirim aliyev"); /* Turkish ı, Azerbaijani ə */
    FOLD("Ṣadr ÇELİK", "sadr celik");
    FOLD("Éric Zemmour", "eric zemmour");
    FOLD("Shi\xE2\x80\x99ite", "shi'ite");   /* ’ */
    FOLD("Shi\xE2\x80\x98ite", "shi'ite");   /* ‘ */
    FOLD("Shi\xCA\xBCite", "shi'ite");       /* ʼ modifier apostrophe */
    FOLD("al\xE2\x80\x90Muhandis", "al-muhandis"); /* U+2010 hyphen */
    FOLD("STRASSE", "strasse");
    FOLD("Straße", "strasse");
    FOLD("ΑΘΗΝΑ", "αθηνα");
    /* Invalid bytes are dropped. */
    FOLD("a\xFF" "b\xC3", "ab");
    FOLD("", "");
}

static void test_fold_truncates_at_boundary(void **state) {
    (void)state;
    char out[6];
    /* "éééé" folds to 4 two-byte chars; only two fit in 5 bytes + NUL. */
    size_t n = tl_utf8_fold("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 8, out, sizeof out);
    assert_true(n <= 5);
    assert_int_equal(out[n], 0);
    for (size_t i = 0; i < n;) {
        size_t l = tl_utf8_valid_len(out + i, n - i);
        assert_true(l > 0);
        i += l;
    }
    assert_int_equal(tl_utf8_fold("abc", 3, out, 0), 0);
    assert_int_equal(tl_utf8_fold("abc", 3, out, 1), 0);
    assert_string_equal(out, "");
    assert_int_equal(tl_utf8_fold("abcdefgh", 8, out, sizeof out), 5);
    assert_string_equal(out, "abcde");
}

static void test_classes(void **state) {
    (void)state;
    assert_true(tl_uc_is_upper('A'));
    assert_true(tl_uc_is_upper(0xC9));   /* É */
    assert_false(tl_uc_is_upper(0xE9));
    assert_true(tl_uc_is_lower(0x3B1)); /* α */
    assert_true(tl_uc_is_alpha(0x627)); /* Arabic alef */
    assert_false(tl_uc_is_alpha('3'));
    assert_true(tl_uc_is_digit(0x663)); /* Arabic-Indic three */
    assert_true(tl_uc_is_space(0xA0));
    assert_true(tl_uc_is_space(0x2003));
    assert_true(tl_uc_is_dash(0x2014));
    assert_true(tl_uc_is_apostrophe(0x2019));
    assert_true(tl_uc_is_quote(0x201C));
    assert_false(tl_uc_is_quote('a'));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_sequences),
        cmocka_unit_test(test_overlong),
        cmocka_unit_test(test_surrogates),
        cmocka_unit_test(test_truncated),
        cmocka_unit_test(test_out_of_range),
        cmocka_unit_test(test_stray_continuation),
        cmocka_unit_test(test_decode),
        cmocka_unit_test(test_repair_keeps_offsets),
        cmocka_unit_test(test_repair_valid_untouched),
        cmocka_unit_test(test_repair_nul),
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_fold_truncates_at_boundary),
        cmocka_unit_test(test_classes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
