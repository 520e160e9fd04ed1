/* test_percep.c -- unit tests of the averaged perceptron (tl_percep.h): hashing and CRC pinned, the trainer's contracts, save/load round trips, crafted model images. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "tl_percep.h"

/* Bitwise CRC-32 (IEEE), the definition the table-driven one must match. */
static uint32_t crc_ref(const unsigned char *p, size_t n) {
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1)));
    }
    return c ^ 0xFFFFFFFFu;
}

static void test_crc_and_hashes(void **state) {
    (void)state;
    assert_int_equal(tl_percep_crc32("123456789", 9), 0xCBF43926u);
    assert_int_equal(tl_percep_crc32("", 0), 0);
    /* Every length and alignment against the bitwise definition. */
    unsigned char buf[80];
    for (size_t i = 0; i < sizeof buf; i++) buf[i] = (unsigned char)(i * 37 + 11);
    for (size_t off = 0; off < 4; off++)
        for (size_t n = 0; n + off <= sizeof buf; n++) assert_int_equal(tl_percep_crc32(buf + off, n), crc_ref(buf + off, n));
    /* Feature hashes are part of the model format (a model trained with one
     * hash is useless with another): pinned. */
    assert_int_equal(tl_percep_hash("abc", 3, 0), tl_percep_hash("abc", 3, 0));
    assert_int_not_equal(tl_percep_hash("abc", 3, 0), tl_percep_hash("abc", 3, 1));
    assert_int_not_equal(tl_percep_hash("abc", 3, 0), tl_percep_hash("abd", 3, 0));
    assert_int_not_equal(tl_percep_mix(1, 2), tl_percep_mix(2, 1));
    assert_int_equal(tl_percep_hash("abc", 3, 0), 0xecd3a34bu);
    assert_int_equal(tl_percep_hash("", 0, 7), 0xf1440e9eu);
    assert_int_equal(tl_percep_mix(1, 2), 0x5aed3e09u);
}

static void test_trainer_arguments(void **state) {
    (void)state;
    assert_null(tl_percep_trainer_new(9, 2));
    assert_null(tl_percep_trainer_new(25, 2));
    assert_null(tl_percep_trainer_new(10, 1));
    assert_null(tl_percep_trainer_new(10, TL_PERCEP_MAX_CLASSES + 1));
    tl_percep_trainer *t = tl_percep_trainer_new(10, TL_PERCEP_MAX_CLASSES);
    assert_non_null(t);
    tl_percep_trainer_free(t);
    tl_percep_trainer_free(NULL);
    tl_percep_free(NULL);
}

/* Scores of features under the current weights. */
static void scores_of(const tl_percep_trainer *t, const uint32_t *f, size_t n, unsigned nc, float *s) {
    memset(s, 0, nc * sizeof *s);
    tl_percep_trainer_scores(t, f, n, s);
}

static void test_update_accumulate_add(void **state) {
    (void)state;
    tl_percep_trainer *t = tl_percep_trainer_new(10, 3);
    assert_non_null(t);
    uint32_t f[2] = {5, 900};
    float s[3];
    /* A right guess, or classes out of range: no weight moves. */
    tl_percep_trainer_update(t, f, 2, 1, 1);
    tl_percep_trainer_update(t, f, 2, 7, 0);
    tl_percep_trainer_update(t, f, 2, 0, 9);
    scores_of(t, f, 2, 3, s);
    assert_true(s[0] == 0 && s[1] == 0 && s[2] == 0);
    /* A wrong guess moves both classes by one per feature. */
    tl_percep_trainer_update(t, f, 2, 2, 0);
    scores_of(t, f, 2, 3, s);
    assert_true(s[2] == 2 && s[0] == -2 && s[1] == 0);
    assert_int_equal(tl_percep_trainer_predict(t, f, 2), 2);
    /* Features that collide in the table share weights (mask of 10 bits). */
    uint32_t alias[1] = {5 + 1024};
    scores_of(t, alias, 1, 3, s);
    assert_true(s[2] == 1);
    /* Bias moves need plain weights: refused while averaging. */
    assert_int_equal(tl_percep_trainer_add(t, 5, 0, 1.0), TL_EINVAL);
    /* Shapes must agree; acc stays as it was. */
    tl_percep_trainer *other = tl_percep_trainer_new(11, 3), *acc = tl_percep_trainer_new(10, 3);
    tl_percep_trainer *two = tl_percep_trainer_new(10, 2);
    assert_non_null(other);
    assert_non_null(acc);
    assert_non_null(two);
    assert_int_equal(tl_percep_trainer_accumulate(acc, other, 1.0), TL_EINVAL);
    assert_int_equal(tl_percep_trainer_accumulate(acc, two, 1.0), TL_EINVAL);
    assert_int_equal(tl_percep_trainer_accumulate(NULL, t, 1.0), TL_EINVAL);
    assert_int_equal(tl_percep_trainer_accumulate(acc, NULL, 1.0), TL_EINVAL);
    scores_of(acc, f, 2, 3, s);
    assert_true(s[0] == 0 && s[1] == 0 && s[2] == 0);
    /* Accumulating gives the averaged weights, twice with weight 0.5 the same. */
    assert_int_equal(tl_percep_trainer_accumulate(acc, t, 0.5), TL_OK);
    assert_int_equal(tl_percep_trainer_accumulate(acc, t, 0.5), TL_OK);
    float avg[3];
    scores_of(acc, f, 2, 3, avg);
    assert_true(avg[2] > 0 && avg[0] < 0);
    /* Plain weights now: a bias move is taken, an out-of-range class not. */
    assert_int_equal(tl_percep_trainer_add(acc, 5, 1, 100.0), TL_OK);
    assert_int_equal(tl_percep_trainer_add(acc, 5, 3, 1.0), TL_EINVAL);
    assert_int_equal(tl_percep_trainer_add(NULL, 5, 0, 1.0), TL_EINVAL);
    assert_int_equal(tl_percep_trainer_predict(acc, f, 2), 1);
    tl_percep_trainer_free(t);
    tl_percep_trainer_free(other);
    tl_percep_trainer_free(acc);
    tl_percep_trainer_free(two);
}

static void test_save_arguments(void **state) {
    (void)state;
    tl_percep_trainer *t = tl_percep_trainer_new(10, 2);
    assert_non_null(t);
    const char *good[2] = {"A", "B"};
    void *img = (void *)1;
    size_t len = 99;
    tl_error err = {0};
    static const char *const bad_kinds[] = {"", "two words", "tab\tkind", "\x7f", "k\xc3\xa9",
                                            "a-kind-name-longer-than-thirty-two-bytes"};
    for (size_t i = 0; i < sizeof bad_kinds / sizeof *bad_kinds; i++) {
        err.code = 0;
        assert_int_equal(tl_percep_trainer_save(t, bad_kinds[i], good, 0, &img, &len, &err), TL_EINVAL);
        assert_int_equal(err.code, TL_EINVAL);
        assert_ptr_equal(img, (void *)1); /* untouched */
        assert_int_equal(len, 99);
    }
    assert_int_equal(tl_percep_trainer_save(t, NULL, good, 0, &img, &len, &err), TL_EINVAL);
    assert_int_equal(tl_percep_trainer_save(t, "k", NULL, 0, &img, &len, &err), TL_EINVAL);
    const char *bad_names[2] = {"A", NULL};
    assert_int_equal(tl_percep_trainer_save(t, "k", bad_names, 0, &img, &len, &err), TL_EINVAL);
    const char *space_names[2] = {"A", "B C"};
    assert_int_equal(tl_percep_trainer_save(t, "k", space_names, 0, &img, &len, NULL), TL_EINVAL);
    assert_int_equal(tl_percep_trainer_save(NULL, "k", good, 0, &img, &len, &err), TL_EINVAL);
    assert_int_equal(tl_percep_trainer_save(t, "k", good, 0, NULL, &len, &err), TL_EINVAL);
    assert_int_equal(tl_percep_trainer_save(t, "k", good, 0, &img, NULL, &err), TL_EINVAL);
    /* An untrained trainer saves a model with no rows that predicts class 0. */
    assert_int_equal(tl_percep_trainer_save(t, "k", good, 0, &img, &len, &err), TL_OK);
    tl_percep_model *m = tl_percep_load_mem(img, len, "k", &err);
    assert_non_null(m);
    assert_int_equal(tl_percep_n_rows(m), 0);
    uint32_t f[1] = {3};
    assert_int_equal(tl_percep_predict(m, f, 1), 0);
    assert_null(tl_percep_row(m, 3));
    tl_percep_free(m);
    free(img);
    tl_percep_trainer_free(t);
}

/* A toy problem of 4 classes: class k has features 100+k and 200+k, all
 * share some noise features. */
static void train_toy(tl_percep_trainer *t, int rounds) {
    for (int r = 0; r < rounds; r++)
        for (unsigned k = 0; k < 4; k++) {
            uint32_t f[4] = {tl_percep_mix(1, 100 + k), tl_percep_mix(1, 200 + k), tl_percep_mix(2, (unsigned)r % 5),
                             tl_percep_mix(3, 7)};
            tl_percep_trainer_update(t, f, 4, k, tl_percep_trainer_predict(t, f, 4));
        }
}

static void test_round_trip(void **state) {
    (void)state;
    tl_percep_trainer *t = tl_percep_trainer_new(12, 4);
    assert_non_null(t);
    train_toy(t, 20);
    const char *names[4] = {"north", "east", "south", "west"};
    void *img = NULL, *pruned = NULL;
    size_t len = 0, plen = 0;
    tl_error err = {0};
    assert_int_equal(tl_percep_trainer_save(t, "toy", names, 0, &img, &len, &err), TL_OK);
    tl_percep_model *m = tl_percep_load_mem(img, len, NULL, &err); /* any kind */
    assert_non_null(m);
    assert_int_equal(tl_percep_n_classes(m), 4);
    assert_string_equal(tl_percep_class_name(m, 3), "west");
    assert_string_equal(tl_percep_class_name(m, 4), "");
    assert_true(tl_percep_scale(m) > 0);
    /* rows of up to four classes take 4 weights, wider ones a multiple of 8 */
    assert_true(tl_percep_stride(m) == 4);
    /* The model predicts what the trainer learned. */
    for (unsigned k = 0; k < 4; k++) {
        uint32_t f[2] = {tl_percep_mix(1, 100 + k), tl_percep_mix(1, 200 + k)};
        assert_int_equal(tl_percep_predict(m, f, 2), k);
        assert_non_null(tl_percep_row(m, f[0]));
    }
    /* Pruning drops the weak rows, never the strong ones. */
    assert_int_equal(tl_percep_trainer_save(t, "toy", names, 3.0f, &pruned, &plen, &err), TL_OK);
    tl_percep_model *pm = tl_percep_load_mem(pruned, plen, "toy", &err);
    assert_non_null(pm);
    assert_true(tl_percep_n_rows(pm) < tl_percep_n_rows(m));
    assert_true(plen < len);
    tl_percep_free(pm);
    /* Saving is deterministic. */
    void *again = NULL;
    size_t alen = 0;
    assert_int_equal(tl_percep_trainer_save(t, "toy", names, 0, &again, &alen, &err), TL_OK);
    assert_int_equal(alen, len);
    assert_memory_equal(again, img, len);
    free(again);
    /* The file loader: a missing file, then the image written out. */
    assert_null(tl_percep_load("build/no-such-model-file", "toy", &err));
    assert_int_equal(err.code, TL_EIO);
    assert_null(tl_percep_load(NULL, "toy", &err));
    assert_int_equal(err.code, TL_EINVAL);
    const char *path = "build/test_percep_toy.model";
    FILE *fp = fopen(path, "wb");
    assert_non_null(fp);
    assert_int_equal(fwrite(img, 1, len, fp), len);
    fclose(fp);
    tl_percep_model *fm = tl_percep_load(path, "toy", &err);
    assert_non_null(fm);
    tl_percep_free(fm);
    /* The wrong kind names the file in the message. */
    assert_null(tl_percep_load(path, "pos", &err));
    assert_non_null(strstr(err.msg, path));
    remove(path);
    tl_percep_free(m);
    free(img);
    free(pruned);
    tl_percep_trainer_free(t);
}

/* Weights so small that their quantization step is below the smallest
 * float: the model saved must still load. */
static void test_tiny_weights(void **state) {
    (void)state;
    tl_percep_trainer *t = tl_percep_trainer_new(10, 2), *acc = tl_percep_trainer_new(10, 2);
    assert_non_null(t);
    assert_non_null(acc);
    assert_int_equal(tl_percep_trainer_accumulate(acc, t, 1.0), TL_OK);
    assert_int_equal(tl_percep_trainer_add(acc, 9, 1, 1e-44), TL_OK);
    const char *names[2] = {"a", "b"};
    void *img = NULL;
    size_t len = 0;
    tl_error err = {0};
    assert_int_equal(tl_percep_trainer_save(acc, "tiny", names, 0, &img, &len, &err), TL_OK);
    tl_percep_model *m = tl_percep_load_mem(img, len, "tiny", &err);
    if (!m) fail_msg("a saved model does not load: %s", err.msg);
    uint32_t f[1] = {9};
    assert_int_equal(tl_percep_predict(m, f, 1), 1);
    tl_percep_free(m);
    free(img);
    tl_percep_trainer_free(t);
    tl_percep_trainer_free(acc);
}

/* Writes a little-endian u32. */
static void le32(unsigned char *p, uint32_t v) {
    for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i));
}

/* Images valid up to their checksum, with a field out of range: refused
 * with TL_EFORMAT, never a huge allocation or a read past the end. */
static void test_crafted_images(void **state) {
    (void)state;
    unsigned char img[128];
    /* magic, version, length, kind "k", 2 classes "a" "b", bits, scale, rows */
    size_t n = 0;
    memcpy(img, "TLPERCEP", 8);
    n = 8;
    le32(img + n, TL_PERCEP_VERSION); n += 4;
    size_t len_at = n; n += 4;
    img[n++] = 1; img[n++] = 'k';
    img[n++] = 2;
    img[n++] = 1; img[n++] = 'a';
    img[n++] = 1; img[n++] = 'b';
    size_t bits_at = n;
    img[n++] = 10;
    float one = 1.0f;
    uint32_t sb;
    memcpy(&sb, &one, 4);
    size_t scale_at = n;
    le32(img + n, sb); n += 4;
    size_t rows_at = n;
    le32(img + n, 0); n += 4;
    size_t base = n;
    struct { size_t at; uint32_t v; int width; int ok; } edits[] = {
        {rows_at, 0, 4, 1},            /* no rows: fine */
        {rows_at, 0xFFFFFFFFu, 4, 0},  /* 4 billion rows in a few bytes */
        {rows_at, 2000, 4, 0},         /* more rows than buckets */
        {bits_at, 9, 1, 0},            /* hash bits out of range */
        {bits_at, 25, 1, 0},
        {scale_at, 0, 4, 0},           /* zero scale */
        {scale_at, 0x7FC00000u, 4, 0}, /* NaN */
        {scale_at, 0xBF800000u, 4, 0}, /* -1 */
        {bits_at - 5, 0, 1, 0},        /* zero classes */
        {bits_at - 5, 65, 1, 0},       /* too many classes */
    };
    for (size_t i = 0; i < sizeof edits / sizeof *edits; i++) {
        unsigned char c[128];
        memcpy(c, img, base);
        if (edits[i].width == 4) le32(c + edits[i].at, edits[i].v);
        else c[edits[i].at] = (unsigned char)edits[i].v;
        le32(c + len_at, (uint32_t)(base + 4));
        le32(c + base, tl_percep_crc32(c, base));
        tl_error err = {0};
        tl_percep_model *m = tl_percep_load_mem(c, base + 4, NULL, &err);
        if (edits[i].ok) {
            assert_non_null(m);
        } else {
            if (m) fail_msg("edit %zu loaded", i);
            assert_int_equal(err.code, TL_EFORMAT);
        }
        tl_percep_free(m);
    }
    /* One row whose bucket is past the table, and rows out of order. */
    unsigned char c[128];
    memcpy(c, img, base);
    le32(c + rows_at, 1);
    size_t m2 = base;
    c[m2++] = 0x80 | 0x7F; c[m2++] = 0x7F; /* bucket 16383 > 1023 */
    c[m2++] = 2; c[m2++] = 2;
    le32(c + len_at, (uint32_t)(m2 + 4));
    le32(c + m2, tl_percep_crc32(c, m2));
    tl_error err = {0};
    assert_null(tl_percep_load_mem(c, m2 + 4, NULL, &err));
    assert_int_equal(err.code, TL_EFORMAT);
    /* A varint longer than 32 bits. */
    memcpy(c, img, base);
    le32(c + rows_at, 1);
    m2 = base;
    for (int i = 0; i < 5; i++) c[m2++] = 0xFF;
    c[m2++] = 0x01;
    c[m2++] = 2; c[m2++] = 2;
    le32(c + len_at, (uint32_t)(m2 + 4));
    le32(c + m2, tl_percep_crc32(c, m2));
    assert_null(tl_percep_load_mem(c, m2 + 4, NULL, &err));
    assert_int_equal(err.code, TL_EFORMAT);
    /* Too short for a header at all, at every length. */
    for (size_t k = 0; k < 20; k++) assert_null(tl_percep_load_mem(img, k, NULL, NULL));
}

/* Every scorer (AVX2 row sums, the bit-count instruction, where the CPU
 * has them, the portable count) gives every row's sum, read back one row
 * at a time, for every row stride (4 to 64 weights) and feature lists
 * longer than the 64 a pass takes. */
static void test_score_paths(void **state) {
    (void)state;
    /* every row stride (4, 8, 16, 24, 32, 64) and every count of 8-class
     * blocks (1 to 8) */
    static const unsigned classes[9] = {3, 7, 12, 17, 30, 40, 45, 54, 64};
    char label[64][8];
    const char *names[64];
    for (unsigned c = 0; c < 64; c++) {
        snprintf(label[c], sizeof label[c], "c%u", c);
        names[c] = label[c];
    }
    for (unsigned v = 0; v < 9; v++) {
        unsigned nc = classes[v];
        tl_percep_trainer *t = tl_percep_trainer_new(10, nc);
        assert_non_null(t);
        uint64_t x = 88172645463325252ULL + v;
        for (unsigned i = 0; i < 3000; i++) { /* sparse: some buckets stay empty */
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            assert_int_equal(tl_percep_trainer_add(t, (uint32_t)x % 700, (unsigned)(x >> 40) % nc,
                                                   (double)((int)(x >> 50) % 200 - 100)), 0);
        }
        void *img = NULL;
        size_t len = 0;
        assert_int_equal(tl_percep_trainer_save(t, "toy", names, 0, &img, &len, NULL), TL_OK);
        tl_percep_model *m = tl_percep_load_mem(img, len, "toy", NULL);
        assert_non_null(m);
        unsigned stride = tl_percep_stride(m);
        /* 4, multiples of 8 up to 32, then 64: a wide row never spans
         * more cache lines than it must */
        assert_true(stride == (nc <= 4 ? 4 : nc <= 32 ? (nc + 7) / 8 * 8 : 64));
        size_t hits = 0;
        for (unsigned round = 0; round < 50; round++) {
            uint32_t f[150];
            size_t n = round * 3 % 150;
            for (size_t i = 0; i < n; i++) {
                x ^= x << 13; x ^= x >> 7; x ^= x << 17;
                f[i] = (uint32_t)x;
            }
            int32_t want[64] = {0}, a[64] = {0}, b[64] = {0}, c1[64] = {0}, c2[64] = {0};
            for (size_t i = 0; i < n; i++) {
                const int16_t *r = tl_percep_row(m, f[i]);
                if (!r) continue;
                hits++;
                for (unsigned c = 0; c < nc; c++) want[c] += r[c];
            }
            tl_percep_score(m, f, n, a);
            tl_percep_score_portable(m, f, n, b);
            /* the POPCNT and AVX2 paths (or the best below them here) */
            tl_percep_score_level(m, f, n, c1, 1);
            tl_percep_score_level(m, f, n, c2, 2);
            assert_memory_equal(a, want, sizeof want);
            assert_memory_equal(b, want, sizeof want);
            assert_memory_equal(c1, want, sizeof want);
            assert_memory_equal(c2, want, sizeof want);
        }
        assert_true(hits > 500); /* most lists hold rows */
        tl_percep_free(m);
        free(img);
        tl_percep_trainer_free(t);
    }
}

/* Rows far apart (bucket gaps of one, two and three varint bytes) load
 * where they were saved: the loader reads one-byte gaps inline, longer ones
 * through the checked reader. */
static void test_sparse_rows(void **state) {
    (void)state;
    static const uint32_t f[6] = {0, 1, 100, 300, 20000, 65535}; /* gaps 0, 0, 98, 199, 19699, 45534 */
    tl_percep_trainer *t = tl_percep_trainer_new(16, 3);
    assert_non_null(t);
    for (unsigned i = 0; i < 6; i++) assert_int_equal(tl_percep_trainer_add(t, f[i], i % 3, 10.0 + i), 0);
    const char *names[3] = {"a", "b", "c"};
    void *img = NULL;
    size_t len = 0;
    assert_int_equal(tl_percep_trainer_save(t, "toy", names, 0, &img, &len, NULL), TL_OK);
    tl_percep_model *m = tl_percep_load_mem(img, len, "toy", NULL);
    assert_non_null(m);
    assert_int_equal(tl_percep_n_rows(m), 6);
    for (unsigned i = 0; i < 6; i++) {
        const int16_t *r = tl_percep_row(m, f[i]);
        assert_non_null(r);
        for (unsigned c = 0; c < 3; c++) assert_true(c == i % 3 ? r[c] > 0 : r[c] == 0);
        assert_null(tl_percep_row(m, f[i] + 2 == 65537 ? 65534 : f[i] + 2));
    }
    tl_percep_free(m);
    free(img);
    tl_percep_trainer_free(t);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_crc_and_hashes),
        cmocka_unit_test(test_trainer_arguments),
        cmocka_unit_test(test_update_accumulate_add),
        cmocka_unit_test(test_save_arguments),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_tiny_weights),
        cmocka_unit_test(test_crafted_images),
        cmocka_unit_test(test_score_paths),
        cmocka_unit_test(test_sparse_rows),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
