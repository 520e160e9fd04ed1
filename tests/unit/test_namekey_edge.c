/* test_namekey_edge.c -- the name keys (tl_namekey.h) on hostile input: tiny and exact buffers, names far past the key size, invalid UTF-8, every byte. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "tl_namekey.h"
#include "tl_utf8.h"

#include "file_fixture.h"

/* Every key function on s with every cap from 0 to past the key size:
 * NUL-terminated within cap, the length returned is the string's, the
 * bytes past cap untouched, and (for the exact key) valid UTF-8. */
static void check_all(const char *s, size_t n) {
    char key[TL_NAMEKEY_MAX];
    size_t kl = tl_namekey_exact(s, n, key, sizeof key);
    assert_true(kl < sizeof key);
    assert_int_equal(strlen(key), kl);
    assert_true(utf8_ok(key, kl));
    for (size_t cap = 0; cap <= TL_NAMEKEY_MAX + 2; cap += (cap < 16 ? 1 : 37)) {
        char out[TL_NAMEKEY_MAX + 8];
        memset(out, 'Z', sizeof out);
        size_t (*fns[])(const char *, size_t, char *, size_t) = {tl_namekey_exact, tl_namekey_translit};
        for (int f = 0; f < 2; f++) {
            memset(out, 'Z', sizeof out);
            const char *in = f == 0 ? s : key;
            size_t inl = f == 0 ? n : kl;
            size_t r = fns[f](in, inl, out, cap);
            if (cap == 0) {
                assert_int_equal(r, 0);
                assert_int_equal(out[0], 'Z');
                continue;
            }
            assert_true(r < cap);
            assert_int_equal(strlen(out), r);
            for (size_t i = cap; i < sizeof out; i++) assert_int_equal(out[i], 'Z');
            if (f == 0) assert_true(utf8_ok(out, r));
        }
        memset(out, 'Z', sizeof out);
        size_t r = tl_namekey_acronym(key, out, cap);
        if (cap) {
            assert_true(r < cap);
            assert_int_equal(strlen(out), r);
        }
        memset(out, 'Z', sizeof out);
        r = tl_namekey_surname(key, out, cap);
        if (cap) {
            assert_true(r < cap);
            assert_int_equal(strlen(out), r);
        }
    }
    assert_true(tl_namekey_place_core(key, kl) <= kl);
    assert_true(tl_namekey_words(key) >= 0);
}

static void test_long_names(void **state) {
    (void)state;
    char name[6000];
    /* ASCII, two-byte (é), three-byte (€) and four-byte (😀) letters far
     * past the key size: cut, if at all, between characters. */
    static const char *const units[] = {"ab ", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "\xd0\x96\xd0\xb4 ",
                                        "The ", "'s ", "-", "Ə"};
    for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
        size_t n = 0, ul = strlen(units[u]);
        while (n + ul < sizeof name) { memcpy(name + n, units[u], ul); n += ul; }
        for (size_t len = 0; len <= n; len += (len < 600 ? 1 : 997)) check_all(name, len);
    }
}

static void test_hostile_bytes(void **state) {
    (void)state;
    /* Every single byte, every pair of the interesting bytes. */
    for (int b = 0; b < 256; b++) {
        char s[1] = {(char)b};
        check_all(s, 1);
    }
    static const unsigned char bytes[] = {0x00, 0x20, 0x27, 0x2d, 0x41, 0x61, 0x7f, 0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xf0, 0xf4, 0xf8, 0xff};
    for (size_t i = 0; i < sizeof bytes; i++)
        for (size_t j = 0; j < sizeof bytes; j++)
            for (size_t k = 0; k < sizeof bytes; k++) {
                char s[4] = {'K', (char)bytes[i], (char)bytes[j], (char)bytes[k]};
                check_all(s, 4);
            }
    /* Overlong, surrogate and out-of-range sequences inside a name. */
    static const char *const bad[] = {"Ke\xc0\xafll", "Ke\xed\xa0\x80ll", "Ke\xf4\x90\x80\x80ll", "Ke\xe2\x82ll",
                                      "\xff\xfe\xfd", "The", "the the the", "'s", "  - -- '' ", ""};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) check_all(bad[i], strlen(bad[i]));
}

static void test_short_forms_bounds(void **state) {
    (void)state;
    /* Only n bytes are read; lengths outside 2..8 are never short forms. */
    assert_false(tl_namekey_is_short_form("ABCDEFGHIJ", 0));
    assert_false(tl_namekey_is_short_form("ABCDEFGHIJ", 1));
    assert_true(tl_namekey_is_short_form("ABCDEFGHIJ", 8));
    assert_false(tl_namekey_is_short_form("ABCDEFGHIJ", 9));
    assert_false(tl_namekey_is_short_form("\xc3\x89TA", 4)); /* a letter outside A-Z */
    assert_false(tl_namekey_is_short_form("A\0B", 3));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_long_names),
        cmocka_unit_test(test_hostile_bytes),
        cmocka_unit_test(test_short_forms_bounds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
