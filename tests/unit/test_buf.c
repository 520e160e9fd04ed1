/* test_buf.c -- unit tests of the growable buffer and its JSON string escaping (tl_buf.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>
#include "tl_buf.h"
#include "tl_utf8.h"

/* Escapes s[0..n) and returns the buffer (caller frees with tl_buf_free). */
static tl_buf esc(const char *s, size_t n) {
    tl_buf b = TL_BUF_INIT;
    tl_buf_json_str(&b, s, n);
    assert_false(b.oom);
    return b;
}

#define ESC_EQ(lit, want) do { \
        tl_buf b_ = esc((lit), sizeof(lit) - 1); \
        assert_string_equal(b_.p, (want)); \
        tl_buf_free(&b_); \
    } while (0)

/* Parses a JSON string literal with jansson; returns its decoded bytes. */
static char *decode(const char *json, size_t *len) {
    json_error_t e;
    json_t *v = json_loads(json, JSON_DECODE_ANY | JSON_ALLOW_NUL, &e);
    if (!v) fail_msg("invalid JSON %s: %s", json, e.text);
    assert_true(json_is_string(v));
    *len = json_string_length(v);
    char *out = malloc(*len + 1);
    memcpy(out, json_string_value(v), *len + 1);
    json_decref(v);
    return out;
}

static void test_plain_and_quotes(void **state) {
    (void)state;
    ESC_EQ("", "\"\"");
    ESC_EQ("Rahimov", "\"Rahimov\"");
    ESC_EQ("the \"Tailor\"", "\"the \\\"Tailor\\\"\"");
    ESC_EQ("C:\\path\\x", "\"C:\\\\path\\\\x\"");
    ESC_EQ("a/b", "\"a/b\"");
}

static void test_control_chars(void **state) {
    (void)state;
    ESC_EQ("a\nb\rc\td", "\"a\\nb\\rc\\td\"");
    ESC_EQ("\x01\x1f", "\"\\u0001\\u001f\"");
    ESC_EQ("\b\f", "\"\\u0008\\u000c\"");
    /* An embedded NUL is a character like any other: escaped, not a terminator. */
    tl_buf b = esc("x\0y", 3);
    assert_string_equal(b.p, "\"x\\u0000y\"");
    tl_buf_free(&b);
    /* Every control character round-trips through a real JSON parser. */
    char all[32];
    for (int i = 0; i < 32; i++) all[i] = (char)i;
    b = esc(all, 32);
    size_t n;
    char *d = decode(b.p, &n);
    assert_int_equal(n, 32);
    assert_memory_equal(d, all, 32);
    free(d);
    tl_buf_free(&b);
}

static void test_utf8_passes_through(void **state) {
    (void)state;
    ESC_EQ("Shi\xE2\x80\x99ite \xC3\x89tat \xF0\x9F\x98\x80", "\"Shi\xE2\x80\x99ite \xC3\x89tat \xF0\x9F\x98\x80\"");
}

static void test_invalid_utf8_becomes_fffd(void **state) {
    (void)state;
    ESC_EQ("a\xFF" "b", "\"a\xEF\xBF\xBD" "b\"");
    ESC_EQ("\xED\xA0\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  /* surrogate: one per byte */
    ESC_EQ("\xC0\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
    ESC_EQ("end\xE2\x80", "\"end\xEF\xBF\xBD\xEF\xBF\xBD\"");           /* truncated at the end */
}

static void test_random_bytes_always_valid_json(void **state) {
    (void)state;
    /* A fixed-seed generator so a failure reproduces. */
    uint32_t x = 12345;
    char s[300];
    for (int round = 0; round < 2000; round++) {
        size_t n = (size_t)(round % 300);
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            s[i] = (char)(x >> 16);
        }
        tl_buf b = esc(s, n);
        size_t dn;
        char *d = decode(b.p, &dn);
        /* The output itself is valid UTF-8 with no raw control character. */
        for (size_t i = 0; i < b.len;) {
            size_t l = tl_utf8_valid_len(b.p + i, b.len - i);
            assert_true(l > 0);
            assert_true((unsigned char)b.p[i] >= 0x20);
            i += l;
        }
        free(d);
        tl_buf_free(&b);
    }
}

static void test_put_printf_grow(void **state) {
    (void)state;
    tl_buf b = TL_BUF_INIT;
    for (int i = 0; i < 10000; i++) tl_buf_putc(&b, 'a' + i % 26);
    assert_int_equal(b.len, 10000);
    assert_int_equal(b.p[b.len], 0);
    tl_buf_free(&b);
    assert_null(b.p);
    assert_int_equal(b.len, 0);

    tl_buf_printf(&b, "[%u, %u]", 3u, 17u);
    assert_string_equal(b.p, "[3, 17]");
    /* Longer than printf's stack buffer. */
    char big[2000];
    memset(big, 'z', sizeof big - 1);
    big[sizeof big - 1] = 0;
    tl_buf_printf(&b, "<%s>", big);
    assert_int_equal(b.len, 7 + 2 + 1999);
    assert_int_equal(b.p[7], '<');
    assert_int_equal(b.p[b.len - 1], '>');
    assert_int_equal(b.p[b.len], 0);
    tl_buf_puts(&b, "");
    tl_buf_put(&b, NULL, 0);
    assert_int_equal(b.len, 7 + 2 + 1999);
    tl_buf_free(&b);
}

/* The inline appends at the edge of the storage: bytes that fill it up to
 * its last byte (kept for the NUL) grow it first; a failed buffer takes
 * nothing more. */
static void test_inline_put_edges(void **state) {
    (void)state;
    tl_buf b = TL_BUF_INIT;
    char want[2048];
    size_t wl = 0;
    for (int k = 0; k < 300; k++) {
        const char *piece = k % 3 == 0 ? "abc" : k % 3 == 1 ? "" : "0123456789";
        tl_buf_puts(&b, piece);
        tl_buf_putc(&b, (char)('a' + k % 26));
        memcpy(want + wl, piece, strlen(piece));
        wl += strlen(piece);
        want[wl++] = (char)('a' + k % 26);
        assert_int_equal(b.len, wl);
        assert_true(b.cap > b.len);
        assert_int_equal(b.p[b.len], 0);
    }
    assert_memory_equal(b.p, want, wl);
    /* exactly the free space but the NUL's byte: the buffer grows */
    size_t room = b.cap - b.len - 1, cap0 = b.cap;
    char *fill = malloc(room + 1);
    assert_non_null(fill);
    memset(fill, 'x', room + 1);
    tl_buf_put(&b, fill, room);
    assert_int_equal(b.cap, cap0);
    tl_buf_put(&b, fill, 1);
    assert_true(b.cap > cap0);
    assert_int_equal(b.p[b.len], 0);
    free(fill);
    /* a failed buffer stays as it was */
    size_t len0 = b.len;
    b.oom = 1;
    tl_buf_puts(&b, "more");
    tl_buf_putc(&b, 'z');
    assert_int_equal(b.len, len0);
    tl_buf_free(&b);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_and_quotes),
        cmocka_unit_test(test_control_chars),
        cmocka_unit_test(test_utf8_passes_through),
        cmocka_unit_test(test_invalid_utf8_becomes_fffd),
        cmocka_unit_test(test_random_bytes_always_valid_json),
        cmocka_unit_test(test_put_printf_grow),
        cmocka_unit_test(test_inline_put_edges),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
