/* test_percep_load.c -- unit tests of the perceptron model reader (tl_percep_load_mem): weights read back exactly, malformed images refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "tl_percep.h"

/* A model image built by hand, byte by byte, as the file format says. */
typedef struct img {
    unsigned char b[4096];
    size_t n;
} img;

static void put8(img *m, unsigned v) { m->b[m->n++] = (unsigned char)v; }
static void put32(img *m, uint32_t v) {
    for (int i = 0; i < 4; i++) put8(m, (v >> (8 * i)) & 0xFF);
}
static void putvar(img *m, uint32_t v) {
    while (v >= 0x80) { put8(m, (v & 0x7F) | 0x80); v >>= 7; }
    put8(m, v);
}
static uint32_t zig(int q) { return q < 0 ? ((uint32_t)(-(q + 1)) << 1) | 1 : (uint32_t)q << 1; }
static void putname(img *m, const char *s) {
    put8(m, (unsigned)strlen(s));
    for (const char *p = s; *p; p++) put8(m, (unsigned char)*p);
}

/* Header for `nc` classes, 10 hash bits, `rows` rows. */
static void header(img *m, unsigned nc, uint32_t rows) {
    m->n = 0;
    memcpy(m->b, "TLPERCEP", 8);
    m->n = 8;
    put32(m, TL_PERCEP_VERSION);
    put32(m, 0); /* total, patched by finish() */
    putname(m, "test");
    put8(m, nc);
    for (unsigned i = 0; i < nc; i++) {
        char nm[16];
        snprintf(nm, sizeof nm, "c%u", i);
        putname(m, nm);
    }
    put8(m, 10);
    float scale = 0.5f;
    uint32_t sb;
    memcpy(&sb, &scale, sizeof sb);
    put32(m, sb);
    put32(m, rows);
}

static void finish(img *m) {
    uint32_t total = (uint32_t)m->n + 4;
    for (int i = 0; i < 4; i++) m->b[12 + i] = (unsigned char)((total >> (8 * i)) & 0xFF);
    put32(m, tl_percep_crc32(m->b, m->n));
}

/* Rows of 3 classes: the weights of bucket 2*r+1 are w[r]. */
static void rows3(img *m, const int (*w)[3], unsigned n) {
    header(m, 3, n);
    for (unsigned r = 0; r < n; r++) {
        putvar(m, r == 0 ? 1 : 1); /* buckets 1, 3, 5...: gap 1 */
        for (int k = 0; k < 3; k++) putvar(m, zig(w[r][k]));
    }
    finish(m);
}

static void test_weights_read_back(void **state) {
    (void)state;
    /* one-, two- and three-byte weights, both signs, the extremes; enough
     * rows that the first ones are read by the fast path and the last by
     * the checked one */
    static const int w[][3] = {{0, -1, 1},        {32767, -32767, 0}, {63, -64, 64},
                               {8191, -8192, 8192}, {-300, 300, 127},  {1, 2, 3},
                               {-32767, 32767, -1}};
    unsigned n = sizeof w / sizeof w[0];
    img m;
    rows3(&m, w, n);
    tl_error err = {0};
    tl_percep_model *pm = tl_percep_load_mem(m.b, m.n, "test", &err);
    assert_non_null(pm);
    assert_int_equal(tl_percep_n_classes(pm), 3);
    assert_int_equal(tl_percep_n_rows(pm), n);
    for (unsigned r = 0; r < n; r++) {
        const int16_t *row = tl_percep_row(pm, 2 * r + 1);
        assert_non_null(row);
        for (int k = 0; k < 3; k++) assert_int_equal(row[k], w[r][k]);
        assert_null(tl_percep_row(pm, 2 * r + 2)); /* the gaps hold nothing */
    }
    tl_percep_free(pm);
}

static void expect_refused(const img *m) {
    tl_error err = {0};
    tl_percep_model *pm = tl_percep_load_mem(m->b, m->n, "test", &err);
    assert_null(pm);
    assert_int_equal(err.code, TL_EFORMAT);
    assert_true(err.msg[0] != 0);
}

/* A weight of -32768 (zigzag 65535) is out of range wherever it stands. */
static void test_out_of_range_weight_refused(void **state) {
    (void)state;
    static const int ok[][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}, {1, 1, 1}};
    for (unsigned where = 0; where < 4; where++) {
        img m;
        header(&m, 3, 4);
        for (unsigned r = 0; r < 4; r++) {
            putvar(&m, 1);
            for (int k = 0; k < 3; k++) putvar(&m, r == where && k == 1 ? 65535u : zig(ok[r][k]));
        }
        finish(&m);
        expect_refused(&m);
    }
}

/* Varints longer than a weight can need: four bytes, or a continuation bit
 * left set on the third byte. */
static void test_overlong_varint_refused(void **state) {
    (void)state;
    img m;
    header(&m, 3, 2);
    putvar(&m, 1);
    put8(&m, 0x81); put8(&m, 0x80); put8(&m, 0x80); put8(&m, 0x00); /* 1, in four bytes */
    putvar(&m, 2); putvar(&m, 2);
    putvar(&m, 1);
    for (int k = 0; k < 3; k++) putvar(&m, 2);
    finish(&m);
    expect_refused(&m);
    /* the same in the last row, read by the checked path */
    header(&m, 3, 2);
    putvar(&m, 1);
    for (int k = 0; k < 3; k++) putvar(&m, 2);
    putvar(&m, 1);
    putvar(&m, 2); putvar(&m, 2);
    put8(&m, 0x81); put8(&m, 0x80); put8(&m, 0x80); put8(&m, 0x00);
    finish(&m);
    expect_refused(&m);
}

static void test_truncated_and_corrupted_refused(void **state) {
    (void)state;
    static const int w[][3] = {{5, -5, 500}, {1, 2, 3}, {-7, 7, 0}};
    img m;
    rows3(&m, w, 3);
    tl_error err = {0};
    /* every truncation: the length check or the checksum catches it */
    for (size_t cut = 0; cut < m.n; cut++) {
        assert_null(tl_percep_load_mem(m.b, cut, "test", &err));
        assert_int_equal(err.code, TL_EFORMAT);
    }
    /* every single-bit flip in the body */
    for (size_t i = 16; i + 4 < m.n; i++) {
        img x = m;
        x.b[i] ^= 0x10;
        assert_null(tl_percep_load_mem(x.b, x.n, "test", &err));
    }
    /* a row cut short, checksum made right: the rows overrun the body */
    img t;
    header(&t, 3, 2);
    putvar(&t, 1);
    for (int k = 0; k < 3; k++) putvar(&t, 4);
    putvar(&t, 1);
    putvar(&t, 4); /* two of three weights missing */
    finish(&t);
    expect_refused(&t);
    /* the wrong kind */
    assert_null(tl_percep_load_mem(m.b, m.n, "pos", &err));
    assert_int_equal(err.code, TL_EFORMAT);
}

/* The loader for images compiled into the program skips the checksum, and
 * only it: the same weights, and every bound still refused. */
static void test_builtin_skips_only_checksum(void **state) {
    (void)state;
    static const int w[][3] = {{5, -5, 500}, {1, 2, 3}, {-7, 7, 0}};
    img m;
    rows3(&m, w, 3);
    m.b[m.n - 1] ^= 0x5A; /* a wrong checksum */
    tl_error err = {0};
    assert_null(tl_percep_load_mem(m.b, m.n, "test", &err));
    tl_percep_model *pm = tl_percep_load_builtin(m.b, m.n, "test", &err);
    assert_non_null(pm);
    assert_int_equal(tl_percep_n_rows(pm), 3);
    int32_t sc[3] = {0};
    uint32_t f = 3; /* bucket 3: the second row */
    tl_percep_score(pm, &f, 1, sc);
    assert_int_equal(sc[0], 1);
    assert_int_equal(sc[1], 2);
    assert_int_equal(sc[2], 3);
    tl_percep_free(pm);
    for (size_t cut = 0; cut < m.n; cut++) {
        assert_null(tl_percep_load_builtin(m.b, cut, "test", &err));
        assert_int_equal(err.code, TL_EFORMAT);
    }
    /* a weight past 32767 in three bytes (zigzag 65535): refused */
    img t;
    header(&t, 3, 1);
    putvar(&t, 1);
    putvar(&t, 65535);
    putvar(&t, 0);
    putvar(&t, 0);
    finish(&t);
    assert_null(tl_percep_load_builtin(t.b, t.n, "test", &err));
    assert_int_equal(err.code, TL_EFORMAT);
    assert_null(tl_percep_load_builtin(NULL, 0, "test", &err));
    assert_int_equal(err.code, TL_EINVAL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_weights_read_back),
        cmocka_unit_test(test_out_of_range_weight_refused),
        cmocka_unit_test(test_overlong_varint_refused),
        cmocka_unit_test(test_truncated_and_corrupted_refused),
        cmocka_unit_test(test_builtin_skips_only_checksum),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
