/* test_model_decoded.c -- unit tests of the models decoded at build time (tl_percep_view_decoded, tl_dep_view_decoded): equal to the committed files, malformed images refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "tl_arena.h"
#include "tl_blob.h"
#include "tl_buf.h"
#include "tl_dep.h"
#include "tl_percep.h"


/* A copy of n bytes at a 64-byte boundary (plus `shift` bytes), as the
 * linked images lie; free with free(). */
static unsigned char *aligned_copy(const void *p, size_t n, size_t shift, unsigned char **base) {
    *base = aligned_alloc(64, ((n + shift + 63) / 64) * 64 + 64);
    assert_non_null(*base);
    memcpy(*base + shift, p, n);
    return *base + shift;
}

/* Every linked image is byte for byte what decoding the committed file
 * gives now: the build did not link a stale or different model. */
static void test_linked_images_are_the_files(void **state) {
    (void)state;
    static const struct {
        const char *path, *kind;
        const unsigned char *(*image)(size_t *len); /* the images the build linked */
    } percep[] = {
        {"models/pos.model", "pos", tl_pos_blob_image},
        {"models/ner.model", "ner", tl_ner_blob_image},
        {"models/rel.model", "rel", tl_rel_blob_image},
        {"models/fscore.model", "fscore", tl_fscore_blob_image},
    };
    tl_error err = {0};
    for (size_t k = 0; k < sizeof percep / sizeof percep[0]; k++) {
        tl_percep_model *m = tl_percep_load(percep[k].path, percep[k].kind, &err);
        assert_non_null(m);
        tl_buf b = TL_BUF_INIT;
        assert_int_equal(tl_percep_write_decoded(m, &b), TL_OK);
        size_t n;
        const unsigned char *img = percep[k].image(&n);
        assert_int_equal(b.len, n);
        assert_memory_equal(b.p, img, b.len);
        /* and the view of it scores as the file does */
        size_t used = 0;
        tl_percep_model *v = tl_percep_view_decoded(img, b.len, percep[k].kind, &used, &err);
        assert_non_null(v);
        assert_int_equal(used, b.len);
        assert_int_equal(tl_percep_n_rows(v), tl_percep_n_rows(m));
        uint32_t f[64];
        for (uint32_t i = 0; i < 64; i++) f[i] = tl_percep_mix(i, (uint32_t)k);
        int32_t s1[TL_PERCEP_MAX_CLASSES] = {0}, s2[TL_PERCEP_MAX_CLASSES] = {0};
        tl_percep_score(m, f, 64, s1);
        tl_percep_score(v, f, 64, s2);
        assert_memory_equal(s1, s2, sizeof s1);
        tl_percep_free(v);
        tl_percep_free(m);
        tl_buf_free(&b);
    }
    tl_dep_model *d = tl_dep_load("models/dep.model", &err);
    assert_non_null(d);
    tl_buf b = TL_BUF_INIT;
    assert_int_equal(tl_dep_write_decoded(d, &b), TL_OK);
    size_t n;
    const unsigned char *img = tl_dep_blob_image(&n);
    assert_int_equal(b.len, n);
    assert_memory_equal(b.p, img, b.len);
    tl_buf_free(&b);
    tl_dep_free(d);
}

/* A model of nc classes with weights on a few buckets, saved and read
 * back through the committed format. */
static tl_percep_model *small_model(unsigned nc) {
    tl_percep_trainer *t = tl_percep_trainer_new(12, nc);
    assert_non_null(t);
    for (uint32_t f = 0; f < 300; f++)
        for (unsigned c = 0; c < nc; c += 1 + f % 3)
            assert_int_equal(tl_percep_trainer_add(t, f * 7919u, c, (double)((int)(f % 61) - 30) * (c + 1)), TL_OK);
    const char *names[TL_PERCEP_MAX_CLASSES];
    char buf[TL_PERCEP_MAX_CLASSES][16];
    for (unsigned c = 0; c < nc; c++) {
        snprintf(buf[c], sizeof buf[c], "c%u", c);
        names[c] = buf[c];
    }
    void *img = NULL;
    size_t len = 0;
    tl_error err;
    assert_int_equal(tl_percep_trainer_save(t, "test", names, 0, &img, &len, &err), TL_OK);
    tl_percep_trainer_free(t);
    tl_percep_model *m = tl_percep_load_mem(img, len, "test", &err);
    assert_non_null(m);
    free(img);
    return m;
}

/* The view has every row of the loaded model, for every row width the
 * scorer has (4, 8, 24, 56 columns). */
static void test_view_equals_loaded(void **state) {
    (void)state;
    static const unsigned ncs[] = {3, 5, 20, 49};
    for (size_t k = 0; k < sizeof ncs / sizeof ncs[0]; k++) {
        tl_percep_model *m = small_model(ncs[k]);
        tl_buf b = TL_BUF_INIT;
        assert_int_equal(tl_percep_write_decoded(m, &b), TL_OK);
        assert_int_equal(b.len % 64, 0);
        unsigned char *base, *p = aligned_copy(b.p, b.len, 0, &base);
        tl_error err = {0};
        tl_percep_model *v = tl_percep_view_decoded(p, b.len, "test", NULL, &err);
        assert_non_null(v);
        assert_int_equal(tl_percep_n_classes(v), ncs[k]);
        assert_int_equal(tl_percep_stride(v), tl_percep_stride(m));
        assert_true(tl_percep_scale(v) == tl_percep_scale(m));
        assert_int_equal(tl_percep_n_rows(v), tl_percep_n_rows(m));
        assert_true(tl_percep_n_rows(v) > 100);
        for (unsigned c = 0; c < ncs[k]; c++)
            assert_string_equal(tl_percep_class_name(v, c), tl_percep_class_name(m, c));
        for (uint32_t f = 0; f < (1u << 12); f++) {
            const int16_t *r1 = tl_percep_row(m, f), *r2 = tl_percep_row(v, f);
            assert_int_equal(r1 == NULL, r2 == NULL);
            if (r1) assert_memory_equal(r1, r2, ncs[k] * sizeof *r1);
        }
        /* the view borrows the image: freeing it leaves the bytes */
        tl_percep_free(v);
        assert_memory_equal(p, b.p, b.len);
        free(base);
        tl_buf_free(&b);
        tl_percep_free(m);
    }
}

/* Header fields, byte order, alignment, lengths and ranks are checked. */
static void test_view_refuses_malformed(void **state) {
    (void)state;
    tl_percep_model *m = small_model(5);
    tl_buf b = TL_BUF_INIT;
    assert_int_equal(tl_percep_write_decoded(m, &b), TL_OK);
    tl_percep_free(m);
    tl_error err = {0};
    assert_null(tl_percep_view_decoded(NULL, 0, NULL, NULL, &err));
    assert_int_equal(err.code, TL_EINVAL);
    unsigned char *base, *p = aligned_copy(b.p, b.len, 0, &base);
    assert_non_null((m = tl_percep_view_decoded(p, b.len, NULL, NULL, &err)));
    tl_percep_free(m);
    /* another kind */
    assert_null(tl_percep_view_decoded(p, b.len, "pos", NULL, &err));
    assert_int_equal(err.code, TL_EFORMAT);
    /* truncated anywhere */
    for (size_t cut = 0; cut < b.len; cut += 61) {
        assert_null(tl_percep_view_decoded(p, cut, NULL, NULL, &err));
        assert_int_equal(err.code, TL_EFORMAT);
    }
    /* magic, byte order mark (as another machine would write it), class
     * count, hash bits */
    static const size_t field[] = {0, 8, 12, 20};
    for (size_t k = 0; k < sizeof field / sizeof field[0]; k++) {
        p[field[k]] ^= 0x41;
        assert_null(tl_percep_view_decoded(p, b.len, NULL, NULL, &err));
        p[field[k]] ^= 0x41;
    }
    /* a name without its end */
    unsigned char save[40];
    memcpy(save, p + 48, sizeof save);
    memset(p + 48, 'x', 33);
    assert_null(tl_percep_view_decoded(p, b.len, NULL, NULL, &err));
    memcpy(p + 48, save, sizeof save);
    /* a rank that does not count the bits before it: a lookup could leave
     * the rows (the bitmap starts at the first 64-byte boundary after the
     * 2,200-byte header) */
    size_t idx = 2240;
    p[idx + 16 * 5 + 8] ^= 1;
    assert_null(tl_percep_view_decoded(p, b.len, NULL, NULL, &err));
    p[idx + 16 * 5 + 8] ^= 1;
    assert_non_null((m = tl_percep_view_decoded(p, b.len, NULL, NULL, &err)));
    tl_percep_free(m);
    free(base);
    /* not on a 16-byte boundary */
    p = aligned_copy(b.p, b.len, 8, &base);
    assert_null(tl_percep_view_decoded(p, b.len, NULL, NULL, &err));
    assert_int_equal(err.code, TL_EFORMAT);
    free(base);
    tl_buf_free(&b);
}

/* The parser's image: the committed file's trees; truncations, a wrong
 * header and clusters out of order refused. */
static void test_dep_view(void **state) {
    (void)state;
    tl_error err = {0};
    tl_dep_model *f = tl_dep_load("models/dep.model", &err);
    assert_non_null(f);
    tl_buf b = TL_BUF_INIT;
    assert_int_equal(tl_dep_write_decoded(f, &b), TL_OK);
    unsigned char *base, *p = aligned_copy(b.p, b.len, 0, &base);
    tl_dep_model *v = tl_dep_view_decoded(p, b.len, &err);
    assert_non_null(v);
    assert_int_equal(tl_dep_n_labels(v), tl_dep_n_labels(f));
    static const char *const words[] = {"The", "ferry", "was", "held", "at", "Dunmore", "quay", "by", "customs", "."};
    tl_str w[10];
    for (size_t i = 0; i < 10; i++) {
        w[i].ptr = words[i];
        w[i].len = strlen(words[i]);
    }
    tl_arena *a = tl_arena_new(1 << 16);
    assert_non_null(a);
    tl_dep_tree t1, t2;
    assert_int_equal(tl_dep_parse(f, w, 10, a, &t1), TL_OK);
    assert_int_equal(tl_dep_parse(v, w, 10, a, &t2), TL_OK);
    assert_memory_equal(t1.head, t2.head, 10 * sizeof *t1.head);
    assert_memory_equal(t1.label, t2.label, 10);
    assert_memory_equal(t1.xpos, t2.xpos, 10);
    /* a quotation: the passes after the transitions (paired marks) see the
     * same tag ids in the view as in the loaded file */
    static const char *const quoted[] = {"The", "mayor", "said", "\"", "we", "will", "rebuild", "the", "bridge", "\"", "."};
    tl_str q[11];
    for (size_t i = 0; i < 11; i++) {
        q[i].ptr = quoted[i];
        q[i].len = strlen(quoted[i]);
    }
    assert_int_equal(tl_dep_parse(f, q, 11, a, &t1), TL_OK);
    assert_int_equal(tl_dep_parse(v, q, 11, a, &t2), TL_OK);
    assert_memory_equal(t1.head, t2.head, 11 * sizeof *t1.head);
    assert_memory_equal(t1.label, t2.label, 11);
    assert_int_equal(t2.head[3], t2.head[9]); /* both marks on one head */
    tl_arena_free(a);
    tl_dep_free(v);
    assert_null(tl_dep_view_decoded(NULL, 0, &err));
    assert_int_equal(err.code, TL_EINVAL);
    static const size_t cuts[] = {0, 63, 64, 4096, 1 << 20};
    for (size_t k = 0; k < sizeof cuts / sizeof cuts[0]; k++) {
        assert_null(tl_dep_view_decoded(p, cuts[k], &err));
        assert_int_equal(err.code, TL_EFORMAT);
    }
    assert_null(tl_dep_view_decoded(p, b.len - 64, &err));
    p[12] ^= 1; /* the version */
    assert_null(tl_dep_view_decoded(p, b.len, &err));
    p[12] ^= 1;
    /* the last two cluster keys swapped: the binary search needs order */
    uint64_t cn;
    memcpy(&cn, p + 16, sizeof cn);
    assert_true(cn > 2);
    size_t keys = b.len - ((cn * 8 + 63) / 64) * 64;
    uint32_t k1, k2;
    memcpy(&k1, p + keys + (cn - 2) * 4, 4);
    memcpy(&k2, p + keys + (cn - 1) * 4, 4);
    memcpy(p + keys + (cn - 2) * 4, &k2, 4);
    memcpy(p + keys + (cn - 1) * 4, &k1, 4);
    assert_null(tl_dep_view_decoded(p, b.len, &err));
    free(base);
    tl_buf_free(&b);
    tl_dep_free(f);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_linked_images_are_the_files),
        cmocka_unit_test(test_view_equals_loaded),
        cmocka_unit_test(test_view_refuses_malformed),
        cmocka_unit_test(test_dep_view),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
