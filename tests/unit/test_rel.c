/* test_rel.c -- unit tests of the entity-pair relation classifier (tl_rel.h): pairs, features, model. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_gaz.h"
#include "tl_rel.h"
#include "tl_percep.h"

static const char *TEXT =
    "Marta Kowalski, a Polish engineer born in Gdansk, joined the Baltic Freight Union in 2019. "
    "The union is based in Riga. Kowalski later met Tomas Berzins in Vilnius.\n\n"
    "Berzins is a citizen of Latvia. Nothing else happened. Nothing at all. Still nothing. "
    "Anna Ozola lives in Tallinn.";

static tl_doc *doc_of(const char *text) {
    tl_error err = {0};
    tl_extractor *ex = tl_extractor_new(NULL, &err);
    assert_non_null(ex);
    tl_doc *d = NULL;
    assert_int_equal(tl_extract(ex, text, strlen(text), "t.txt", &d, &err), TL_OK);
    tl_extractor_free(ex);
    return d;
}

static uint32_t sent_of(const tl_doc *d, uint32_t m) { return d->tokens[d->mentions[m].tok_begin].sent; }

static void test_pairs(void **state) {
    (void)state;
    tl_doc *d = doc_of(TEXT);
    assert_true(d->n_entities >= 4);
    for (uint32_t window = 0; window <= 3; window++) {
        tl_rel_pair *p = NULL;
        long n = tl_rel_pairs(d, window, 10000, &p);
        assert_true(n > 0);
        assert_non_null(p);
        for (long i = 0; i < n; i++) {
            assert_true(p[i].h != p[i].t);
            assert_true(p[i].h >= 0 && (uint32_t)p[i].h < d->n_entities);
            assert_int_equal(d->mentions[p[i].mh].entity, p[i].h);
            assert_int_equal(d->mentions[p[i].mt].entity, p[i].t);
            assert_true(p[i].sent_dist <= window);
            uint32_t sh = sent_of(d, p[i].mh), st = sent_of(d, p[i].mt);
            assert_int_equal(sh > st ? sh - st : st - sh, p[i].sent_dist);
            /* each ordered pair once, and its reverse too */
            int rev = 0;
            for (long j = 0; j < n; j++) {
                if (j != i) assert_false(p[j].h == p[i].h && p[j].t == p[i].t);
                if (p[j].h == p[i].t && p[j].t == p[i].h) rev = 1;
            }
            assert_true(rev);
        }
        free(p);
    }
    /* The cap bounds the list; a cap of 0 gives none. */
    tl_rel_pair *p = NULL;
    assert_int_equal(tl_rel_pairs(d, 3, 1, &p), 1);
    free(p);
    assert_int_equal(tl_rel_pairs(d, 3, 0, &p), 0);
    free(p);
    tl_doc_free(d);
    /* A document with no entity has no pair. */
    d = doc_of("nothing here at all.");
    assert_int_equal(tl_rel_pairs(d, 2, 100, &p), 0);
    free(p);
    tl_doc_free(d);
}

/* What holds of every pair besides its features: the memoized features
 * are the features (memo filled, then read, then no memo); the model file
 * predicts as the built-in model (when both are given); n_cooc counts the
 * sentences holding both entities. */
static void check_pair(const tl_doc *d, const tl_gaz *g, tl_rel_ent *memo, const tl_rel_model *builtin,
                       const tl_rel_model *file, const tl_rel_pair *p, const uint32_t *feats, size_t k) {
    uint32_t b[TL_REL_MAX_FEATS];
    for (int round = 0; round < 3; round++) {
        assert_int_equal(tl_rel_features_cached(d, g, round < 2 ? memo : NULL, p, b), k);
        assert_memory_equal(feats, b, k * sizeof *b);
    }
    if (builtin && file) {
        int32_t m1 = 0, m2 = 0;
        assert_int_equal(tl_rel_predict(builtin, feats, k, &m1), tl_rel_predict(file, feats, k, &m2));
        assert_int_equal(m1, m2);
    }
    uint32_t both = 0;
    for (uint32_t s = 0; s < d->n_sentences; s++) {
        int h = 0, t = 0;
        for (uint32_t m = 0; m < d->n_mentions; m++) {
            if (sent_of(d, m) != s) continue;
            h |= d->mentions[m].entity == p->h;
            t |= d->mentions[m].entity == p->t;
        }
        both += h && t;
    }
    assert_int_equal(p->n_cooc, both);
    if (p->sent_dist > 0) assert_int_equal(both, 0);
}

/* The class tables name distinct classes of real fact types. */
static void test_class_tables(void **state) {
    (void)state;
    for (int c = 1; c < TL_REL_NCLASSES; c++) {
        assert_non_null(tl_rel_class_names[c]);
        assert_non_null(tl_fact_type_name(tl_rel_class_type[c]));
        for (int k = 1; k < c; k++) assert_string_not_equal(tl_rel_class_names[c], tl_rel_class_names[k]);
    }
}

static void test_features_and_model(void **state) {
    (void)state;
    tl_doc *d = doc_of(TEXT);
    tl_gaz *g = tl_gaz_open();
    assert_non_null(g);
    tl_rel_model *m = tl_rel_model_builtin(), *file = NULL;
    tl_error err = {0};
    if (access("models/rel.model", R_OK) == 0) { /* run from the repository root */
        file = tl_rel_model_load("models/rel.model", &err);
        assert_non_null(file);
        assert_non_null(m);
    }
    tl_rel_ent *memo = calloc(d->n_entities, sizeof *memo);
    assert_non_null(memo);
    tl_rel_pair *p = NULL;
    long n = tl_rel_pairs(d, 3, 10000, &p);
    assert_true(n > 0);
    for (long i = 0; i < n; i++) {
        uint32_t feats[TL_REL_MAX_FEATS], again[TL_REL_MAX_FEATS];
        size_t k = tl_rel_features(d, g, &p[i], feats);
        assert_true(k > 0 && k <= TL_REL_MAX_FEATS);
        /* deterministic */
        assert_int_equal(tl_rel_features(d, g, &p[i], again), k);
        assert_memory_equal(feats, again, k * sizeof *feats);
        if (m) {
            int32_t margin = 0;
            unsigned cls = tl_rel_predict(m, feats, k, &margin);
            assert_true(cls >= 1 && cls < TL_REL_NCLASSES);
        }
        check_pair(d, g, memo, m, file, &p[i], feats, k);
    }
    free(p);
    free(memo);
    tl_rel_model_free(file);
    tl_rel_model_free(m);
    tl_rel_model_free(NULL);
    tl_gaz_close(g);
    tl_doc_free(d);
}

static void test_model_files(void **state) {
    (void)state;
    tl_error err = {0};
    assert_null(tl_rel_model_load("/nonexistent/rel.model", &err));
    assert_true(err.code != 0);
    /* A file that is not a model, and a model cut short. */
    char path[] = "/tmp/test_rel_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, "not a model at all, just text", 29), 29);
    close(fd);
    memset(&err, 0, sizeof err);
    assert_null(tl_rel_model_load(path, &err));
    assert_true(err.code != 0);
    FILE *in = fopen("models/rel.model", "rb");
    if (in) {
        char buf[4096];
        size_t got = fread(buf, 1, sizeof buf, in);
        fclose(in);
        FILE *out = fopen(path, "wb");
        assert_non_null(out);
        assert_int_equal(fwrite(buf, 1, got / 2, out), got / 2);
        fclose(out);
        memset(&err, 0, sizeof err);
        assert_null(tl_rel_model_load(path, &err));
        assert_true(err.code != 0);
    }
    unlink(path);
}

/* Writes trainer t as a rel model file and loads it back. */
static tl_rel_model *through_file(const tl_percep_trainer *t) {
    void *img = NULL;
    size_t len = 0;
    tl_error err = {0};
    assert_int_equal(tl_percep_trainer_save(t, "rel", tl_rel_class_names, 0, &img, &len, &err), TL_OK);
    char path[] = "/tmp/test_rel_op_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, img, len), (ssize_t)len);
    close(fd);
    free(img);
    tl_rel_model *m = tl_rel_model_load(path, &err);
    unlink(path);
    assert_non_null(m);
    return m;
}

/* Operating points: a model without the row takes the caller's margin; a
 * row gives each class its own (in steps of TL_REL_OPPOINT_STEP), and the
 * largest value switches a class off. */
static void test_oppoints(void **state) {
    (void)state;
    const uint32_t fx = 11, fy = 22, fz = 33;
    tl_percep_trainer *t = tl_percep_trainer_new(12, TL_REL_NCLASSES);
    assert_non_null(t);
    /* plain weights: the largest (100) sets the quantization step */
    assert_int_equal(tl_percep_trainer_add(t, fx, 1, 100.0), TL_OK);
    assert_int_equal(tl_percep_trainer_add(t, fy, 1, 30.0), TL_OK);
    assert_int_equal(tl_percep_trainer_add(t, fz, 2, 100.0), TL_OK);
    tl_rel_model *plain = through_file(t);
    assert_false(tl_rel_has_oppoints(plain));
    int32_t mx, my, mz;
    assert_int_equal(tl_rel_predict(plain, &fx, 1, &mx), 1);
    assert_int_equal(tl_rel_predict(plain, &fy, 1, &my), 1);
    assert_int_equal(tl_rel_predict(plain, &fz, 1, &mz), 2);
    assert_true(mx > my && my > 0);
    assert_true(tl_rel_accept(plain, 1, TL_GPE, my, 0));
    assert_false(tl_rel_accept(plain, 1, TL_GPE, my, my));
    assert_false(tl_rel_accept(plain, 0, TL_GPE, mx, -100000)); /* "no relation" is no fact */
    assert_false(tl_rel_accept(plain, TL_REL_NCLASSES, TL_GPE, mx, -100000));
    assert_false(tl_rel_accept(NULL, 1, TL_GPE, mx, -100000));
    assert_false(tl_rel_has_oppoints(NULL));
    /* class 1 needs a margin of 50 (between y's 30 and x's 100), class 2 is
     * off, class 0 holds the marker */
    uint32_t op = tl_rel_oppoint_feature(-1);
    const double step = 100.0 / 32767; /* the largest weight is 100 */
    assert_int_equal(tl_percep_trainer_add(t, op, 0, TL_REL_OPPOINT_MARK * step), TL_OK);
    assert_int_equal(tl_percep_trainer_add(t, op, 1, 50.0 / TL_REL_OPPOINT_STEP), TL_OK);
    assert_int_equal(tl_percep_trainer_add(t, op, 2, 100.0), TL_OK);
    tl_rel_model *m = through_file(t);
    assert_true(tl_rel_has_oppoints(m));
    assert_true(tl_rel_accept(m, 1, TL_GPE, mx, 1000000));  /* the caller's margin no longer counts */
    assert_false(tl_rel_accept(m, 1, TL_GPE, my, -1000000));
    assert_false(tl_rel_accept(m, 2, TL_GPE, mz, -1000000));
    assert_false(tl_rel_accept(m, 2, TL_GPE, INT32_MAX, -1000000));
    assert_true(tl_rel_accept(m, 1, -1, mx, 0)); /* a type out of range: the classes' row */
    assert_true(tl_rel_accept(m, 1, 99, mx, 0));
    /* A row of its own for organizations as heads: class 1 off for them,
     * class 2 at 0; the other types keep the classes' row. */
    uint32_t org = tl_rel_oppoint_feature(TL_ORG);
    assert_true(org != op && org != tl_rel_oppoint_feature(TL_GPE));
    assert_int_equal(tl_percep_trainer_add(t, org, 0, TL_REL_OPPOINT_MARK * step), TL_OK);
    assert_int_equal(tl_percep_trainer_add(t, org, 1, 100.0), TL_OK);
    tl_rel_model *typed = through_file(t);
    assert_false(tl_rel_accept(typed, 1, TL_ORG, mx, 0));
    assert_true(tl_rel_accept(typed, 2, TL_ORG, mz, 0));
    assert_true(tl_rel_accept(typed, 1, TL_GPE, mx, 0));
    assert_false(tl_rel_accept(typed, 2, TL_GPE, mz, 0));
    /* a row without the marker is a feature's: no points of its own */
    uint32_t loc = tl_rel_oppoint_feature(TL_LOC);
    assert_int_equal(tl_percep_trainer_add(t, loc, 0, 40.0), TL_OK);
    assert_int_equal(tl_percep_trainer_add(t, loc, 1, 100.0), TL_OK);
    tl_rel_model_free(typed);
    typed = through_file(t);
    assert_true(tl_rel_accept(typed, 1, TL_LOC, mx, 0));
    assert_false(tl_rel_accept(typed, 1, TL_ORG, mx, 0));
    assert_int_equal(tl_rel_window(typed), TL_REL_WINDOW);
    assert_int_equal(tl_rel_window(NULL), TL_REL_WINDOW);
    /* the window row */
    assert_int_equal(tl_percep_trainer_add(t, tl_rel_window_feature(), 0, 7 * step), TL_OK);
    assert_int_equal(tl_percep_trainer_add(t, tl_rel_window_feature(), 1, 50.0), TL_OK);
    tl_rel_model_free(typed);
    typed = through_file(t);
    assert_int_equal(tl_rel_window(typed), 7);
    tl_rel_model_free(typed);
    tl_rel_model_free(plain);
    tl_rel_model_free(m);
    tl_percep_trainer_free(t);
    /* the shipped model carries its points (make rel-model --folds) */
    tl_rel_model *b = tl_rel_model_builtin();
    if (b) assert_true(tl_rel_has_oppoints(b));
    tl_rel_model_free(b);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pairs),
        cmocka_unit_test(test_features_and_model),
        cmocka_unit_test(test_model_files),
        cmocka_unit_test(test_class_tables),
        cmocka_unit_test(test_oppoints),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
