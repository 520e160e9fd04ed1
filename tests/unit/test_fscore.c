/* test_fscore.c -- unit tests of the learned fact scorer: classes, role types, candidates, features, models. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_trig.h"
#include "tl_percep.h"
#include "tl_fscore.h"
#include "lex_fixture.h"
#include "tl_fact.h"


static tl_doc *run(fx *f, const char *text) {
    tl_doc *d = NULL;
    tl_error err;
    assert_int_equal(tl_extract(f->ex, text, strlen(text), "t.txt", &d, &err), TL_OK);
    return d;
}

/* The scorer's view of sentence si: its mentions in text order. */
static int args_of(const tl_doc *d, uint32_t si, tl_fscore_arg *as, int cap) {
    int n = 0;
    const tl_sentence *s = &d->sentences[si];
    for (uint32_t k = 0; k < d->n_mentions && n < cap; k++) {
        const tl_mention *m = &d->mentions[k];
        if (m->tok_begin < s->tok_begin || m->tok_end > s->tok_end || m->entity < 0) continue;
        as[n].tb = m->tok_begin;
        as[n].te = m->tok_end;
        as[n].ent = m->entity;
        as[n].type = d->entities[m->entity].type;
        n++;
    }
    return n;
}

static size_t cands(const tl_doc *d, const tl_trig_lex *lex, uint32_t sb, uint32_t se, const tl_fscore_arg *as,
                    int na, tl_fscore_cand *cs, size_t cap) {
    tl_fscore_sent s;
    tl_fscore_sent_init(&s, d, lex, sb, se);
    return tl_fscore_cands(&s, as, na, cs, cap);
}

static size_t feats(const tl_doc *d, const tl_trig_lex *lex, uint32_t sb, uint32_t se, const tl_fscore_arg *as,
                    int na, const tl_fscore_cand *c, uint32_t *out) {
    tl_fscore_sent s;
    tl_fscore_sent_init(&s, d, lex, sb, se);
    return tl_fscore_features(&s, as, na, c, out);
}

static void test_classes(void **state) {
    (void)state;
    for (int t = 0; t < TL_FACT_TYPE_COUNT; t++) {
        unsigned c = tl_fscore_class_of(t, 0);
        assert_true(c >= 1 && c < TL_FSCORE_NCLASSES);
        int rev;
        assert_int_equal(tl_fscore_class_type(c, &rev), t);
        assert_int_equal(rev, 0);
        unsigned r = tl_fscore_class_of(t, 1);
        int sym = t == TL_ASSOCIATE_OF || t == TL_FAMILY_OF || t == TL_MET;
        int one = t == TL_ARRESTED || t == TL_CHARGED || t == TL_EXTRADITED;
        assert_int_equal(tl_fscore_class_unary(c), one);
        if (sym || one) {
            assert_int_equal(r, c); /* no direction to tell */
        } else {
            assert_int_not_equal(r, c);
            assert_int_equal(tl_fscore_class_type(r, &rev), t);
            assert_int_equal(rev, 1);
        }
    }
    int rev;
    assert_int_equal(tl_fscore_class_type(0, &rev), -1);
    assert_int_equal(tl_fscore_class_type(TL_FSCORE_NCLASSES, &rev), -1);
    assert_string_equal(tl_fscore_class_names[0], "NONE");
}

static void test_role_types(void **state) {
    (void)state;
    unsigned lead = tl_fscore_class_of(TL_LEADER_OF, 0), lead_r = tl_fscore_class_of(TL_LEADER_OF, 1);
    assert_true(tl_fscore_fits(lead, TL_PERSON, TL_ORG));     /* "X heads Y" */
    assert_false(tl_fscore_fits(lead, TL_ORG, TL_PERSON));
    assert_true(tl_fscore_fits(lead_r, TL_ORG, TL_PERSON));   /* "Y, led by X" */
    unsigned cit = tl_fscore_class_of(TL_CITIZEN_OF, 0);
    assert_true(tl_fscore_fits(cit, TL_PERSON, TL_NORP));
    assert_false(tl_fscore_fits(cit, TL_ORG, TL_GPE));
    unsigned arr = tl_fscore_class_of(TL_ARRESTED, 0);
    assert_true(tl_fscore_fits(arr, TL_PERSON, -1));
    assert_false(tl_fscore_fits(arr, TL_GPE, -1));
    /* The best class skips what does not fit, even when it scores highest. */
    int32_t sc[TL_FSCORE_NCLASSES] = {0};
    sc[tl_fscore_class_of(TL_CITIZEN_OF, 0)] = 50;
    sc[tl_fscore_class_of(TL_LOCATED_IN, 0)] = 10;
    assert_int_equal(tl_fscore_best(sc, 0, TL_ORG, TL_GPE), tl_fscore_class_of(TL_LOCATED_IN, 0));
    assert_int_equal(tl_fscore_best(sc, 0, TL_PERSON, TL_GPE), cit);
    /* One mention: only the one-role classes. */
    assert_true(tl_fscore_class_unary(tl_fscore_best(sc, 1, TL_PERSON, -1)));
}

/* The fit mask holds exactly the classes of the kind tl_fscore_fits takes,
 * and the best class over it is the lowest-numbered of the top scores. */
static void test_fit_mask(void **state) {
    (void)state;
    for (int unary = 0; unary <= 2; unary++)
        for (int lt = -1; lt <= 16; lt++)
            for (int rt = -1; rt <= 16; rt++) {
                uint64_t mask = tl_fscore_fit_mask(unary, lt, rt);
                for (unsigned k = 0; k < 64; k++) {
                    int want = k >= 1 && k < TL_FSCORE_NCLASSES && tl_fscore_class_unary(k) == unary &&
                               tl_fscore_fits(k, lt, rt);
                    assert_int_equal((int)(mask >> k & 1), want);
                }
            }
    assert_int_equal(tl_fscore_fit_mask(0, TL_PERSON, TL_ORG) >> tl_fscore_class_of(TL_LEADER_OF, 0) & 1, 1);
    assert_int_equal(tl_fscore_fit_mask(0, TL_ORG, TL_PERSON) >> tl_fscore_class_of(TL_LEADER_OF, 1) & 1, 1);
    /* ties go to the first class */
    int32_t sc[TL_FSCORE_NCLASSES] = {0};
    unsigned mem = tl_fscore_class_of(TL_MEMBER_OF, 0), lead = tl_fscore_class_of(TL_LEADER_OF, 0);
    sc[mem] = sc[lead] = 7;
    assert_int_equal(tl_fscore_best(sc, 0, TL_PERSON, TL_ORG), mem);
    sc[lead] = 8;
    assert_int_equal(tl_fscore_best(sc, 0, TL_PERSON, TL_ORG), lead);
    assert_int_equal(tl_fscore_best(sc, 2, TL_PERSON, TL_ORG), 0);
}

static void test_candidates(void **state) {
    fx *f = *state;
    tl_doc *d = run(f, "Police in Lyon arrested Omar Haddad and Lina Farouk on Tuesday.\n\n"
                       "Omar Haddad met Lina Farouk in Lyon.\n");
    assert_true(d->n_sentences >= 2);
    tl_fscore_arg as[64];
    tl_fscore_cand cs[256];
    int na = args_of(d, 0, as, 64);
    assert_true(na >= 3);
    size_t nc = cands(d, f->lex, d->sentences[0].tok_begin, d->sentences[0].tok_end, as, na, cs, 256);
    int unary = 0, pairs = 0;
    for (size_t k = 0; k < nc; k++) {
        assert_true(cs[k].a >= 0 && cs[k].a < na);
        if (cs[k].b < 0) {
            unary++;
            assert_int_equal(as[cs[k].a].type, TL_PERSON);
        } else {
            pairs++;
            assert_true(cs[k].b > cs[k].a);
            assert_int_not_equal(as[cs[k].a].ent, as[cs[k].b].ent);
        }
    }
    assert_int_equal(unary, 2); /* the two people of a sentence with "arrested" */
    assert_true(pairs >= 2);
    /* No arrest word: no one-mention candidate. */
    na = args_of(d, 1, as, 64);
    nc = cands(d, f->lex, d->sentences[1].tok_begin, d->sentences[1].tok_end, as, na, cs, 256);
    for (size_t k = 0; k < nc; k++) assert_true(cs[k].b >= 0);
    /* The cap holds. */
    assert_int_equal(cands(d, f->lex, d->sentences[0].tok_begin, d->sentences[0].tok_end, as, na, cs, 1) <= 1,
                     1);
    tl_doc_free(d);
}

/* A sentence naming many people: the candidates grow linearly with them. */
static void test_candidates_bounded(void **state) {
    fx *f = *state;
    static const char *const first[] = {"Omar", "Lina", "Karim", "Sara", "Yusuf", "Nadia", "Tariq", "Hana"};
    static const char *const last[] = {"Haddad", "Farouk", "Mansour", "Khalil", "Nasser", "Saleh"};
    char text[4096] = "Police arrested ";
    for (int i = 0; i < 40; i++) {
        char b[64];
        snprintf(b, sizeof b, "%s%s %s", i ? ", " : "", first[i % 8], last[(i / 8) % 6]);
        strcat(text, b);
    }
    strcat(text, " in Lyon.\n");
    tl_doc *d = run(f, text);
    tl_fscore_arg as[64];
    tl_fscore_cand cs[1024];
    int na = args_of(d, 0, as, 64);
    size_t nc = cands(d, f->lex, d->sentences[0].tok_begin, d->sentences[0].tok_end, as, na, cs, 1024);
    assert_true(nc <= (size_t)na * (TL_FSCORE_REACH + 1));
    tl_doc_free(d);
}

static void test_features(void **state) {
    fx *f = *state;
    tl_doc *d = run(f, "Omar Haddad, the leader of the Crescent Front, was arrested in Lyon.\n");
    tl_fscore_arg as[64];
    tl_fscore_cand cs[256];
    int na = args_of(d, 0, as, 64);
    uint32_t sb = d->sentences[0].tok_begin, se = d->sentences[0].tok_end;
    size_t nc = cands(d, f->lex, sb, se, as, na, cs, 256);
    assert_true(nc >= 2);
    for (size_t k = 0; k < nc; k++) {
        uint32_t a[TL_FSCORE_MAX_FEATS], b[TL_FSCORE_MAX_FEATS];
        size_t n1 = feats(d, f->lex, sb, se, as, na, &cs[k], a);
        size_t n2 = feats(d, f->lex, sb, se, as, na, &cs[k], b);
        assert_true(n1 >= 2 && n1 <= TL_FSCORE_MAX_FEATS);
        assert_int_equal(n1, n2);
        assert_memory_equal(a, b, n1 * sizeof *a); /* a pure function of the text */
    }
    /* Mentions at the very edges of the sentence read nothing outside it. */
    tl_fscore_arg edge[2] = {{sb, sb + 1, 0, TL_PERSON}, {se - 1, se, 1, TL_GPE}};
    tl_fscore_cand c = {0, 1, 0};
    uint32_t x[TL_FSCORE_MAX_FEATS];
    assert_true(feats(d, f->lex, sb, se, edge, 2, &c, x) <= TL_FSCORE_MAX_FEATS);
    c.b = -1;
    assert_true(feats(d, f->lex, sb, se, edge, 2, &c, x) <= TL_FSCORE_MAX_FEATS);
    tl_doc_free(d);
}

/* A pair reads the dependency path between its mentions when the sentence
 * has a tree; a malformed tree is refused (no path features), and a cycle
 * (which no parser gives, but a caller might) only stops the walk. */
static void test_path_features(void **state) {
    fx *f = *state;
    tl_doc *d = run(f, "Omar Haddad met Lina Sorel in Lyon.\n");
    tl_fscore_arg as[64];
    int na = args_of(d, 0, as, 64);
    assert_true(na >= 2);
    uint32_t sb = d->sentences[0].tok_begin, se = d->sentences[0].tok_end, n = se - sb;
    assert_true(n >= 4 && n < 64);
    tl_fscore_cand c = {0, 1, 0};
    tl_fscore_sent s;
    tl_fscore_sent_init(&s, d, f->lex, sb, se);
    uint32_t plain[TL_FSCORE_MAX_FEATS], withp[TL_FSCORE_MAX_FEATS], again[TL_FSCORE_MAX_FEATS];
    size_t n0 = tl_fscore_features(&s, as, na, &c, plain);
    /* a chain: every word hangs on the next, the last is the root */
    int32_t head[64];
    uint32_t lab[64];
    for (uint32_t k = 0; k < n; k++) {
        head[k] = k + 1 < n ? (int32_t)k + 1 : -1;
        lab[k] = 7 + k % 3;
    }
    tl_fscore_sent_tree(&s, head, lab, n);
    assert_int_equal(s.dn, n);
    size_t n1 = tl_fscore_features(&s, as, na, &c, withp);
    assert_true(n1 > n0 && n1 <= TL_FSCORE_MAX_FEATS);
    assert_memory_equal(plain, withp, n0 * sizeof *plain); /* the path only adds */
    assert_int_equal(tl_fscore_features(&s, as, na, &c, again), n1);
    assert_memory_equal(withp, again, n1 * sizeof *again);
    /* refused: a wrong length, a head out of range, a word its own head */
    tl_fscore_sent_tree(&s, head, lab, n - 1);
    assert_int_equal(s.dn, 0);
    head[0] = (int32_t)n;
    tl_fscore_sent_tree(&s, head, lab, n);
    assert_int_equal(s.dn, 0);
    head[0] = 0;
    tl_fscore_sent_tree(&s, head, lab, n);
    assert_int_equal(s.dn, 0);
    assert_int_equal(tl_fscore_features(&s, as, na, &c, again), n0);
    /* a cycle between the first two words: the walk stops, no root shared */
    head[0] = 1;
    head[1] = 0;
    tl_fscore_sent_tree(&s, head, lab, n);
    assert_int_equal(s.dn, n);
    assert_true(tl_fscore_features(&s, as, na, &c, again) <= TL_FSCORE_MAX_FEATS);
    /* no model takes nothing */
    assert_int_equal(tl_fscore_model_fits(NULL, 0, TL_PERSON, TL_ORG), 0);
    tl_doc_free(d);
}

/* A model trained here on two invented sentences predicts their facts back,
 * and a model of the wrong shape is refused. */
static void test_model(void **state) {
    fx *f = *state;
    tl_doc *d = run(f, "Police detained Omar Haddad in Lyon.\n\nOmar Haddad visited friends in Lyon.\n");
    tl_percep_trainer *t = tl_percep_trainer_new(12, TL_FSCORE_NCLASSES);
    assert_non_null(t);
    unsigned arr = tl_fscore_class_of(TL_ARRESTED, 0);
    for (int it = 0; it < 5; it++)
        for (uint32_t si = 0; si < d->n_sentences; si++) {
            tl_fscore_arg as[64];
            tl_fscore_cand cs[64];
            int na = args_of(d, si, as, 64);
            uint32_t sb = d->sentences[si].tok_begin, se = d->sentences[si].tok_end;
            size_t nc = cands(d, f->lex, sb, se, as, na, cs, 64);
            for (size_t k = 0; k < nc; k++) {
                uint32_t x[TL_FSCORE_MAX_FEATS];
                size_t n = feats(d, f->lex, sb, se, as, na, &cs[k], x);
                unsigned truth = cs[k].b < 0 && as[cs[k].a].type == TL_PERSON ? arr : 0;
                tl_percep_trainer_update(t, x, n, truth, tl_percep_trainer_predict(t, x, n));
            }
        }
    void *img = NULL;
    size_t len = 0;
    tl_error err;
    assert_int_equal(tl_percep_trainer_save(t, "fscore", tl_fscore_class_names, 0, &img, &len, &err), TL_OK);
    tl_fscore_model *m = tl_fscore_model_load_mem(img, len, &err);
    assert_non_null(m);
    int found = 0;
    tl_fscore_arg as[64];
    tl_fscore_cand cs[64];
    int na = args_of(d, 0, as, 64);
    uint32_t sb = d->sentences[0].tok_begin, se = d->sentences[0].tok_end;
    size_t nc = cands(d, f->lex, sb, se, as, na, cs, 64);
    for (size_t k = 0; k < nc; k++) {
        uint32_t x[TL_FSCORE_MAX_FEATS];
        size_t n = feats(d, f->lex, sb, se, as, na, &cs[k], x);
        int32_t margin;
        unsigned c = tl_fscore_predict(m, as, &cs[k], x, n, &margin);
        /* the reach is predict's margin: a fact exactly when positive */
        int32_t reach = tl_fscore_reach(m, as, &cs[k], x, n);
        assert_int_equal(c != 0, reach > 0);
        if (c) assert_int_equal(reach, margin);
        if (cs[k].b < 0) {
            assert_int_equal(c, arr);
            assert_true(margin > 0);
            found = 1;
        } else {
            assert_false(tl_fscore_class_unary(c));
        }
    }
    assert_true(found);
    tl_fscore_model_free(m);
    free(img);
    /* Another kind, or a two-class model, is not a fact scorer. */
    assert_int_equal(tl_percep_trainer_save(t, "rel", tl_fscore_class_names, 0, &img, &len, &err), TL_OK);
    assert_null(tl_fscore_model_load_mem(img, len, &err));
    free(img);
    tl_percep_trainer *two = tl_percep_trainer_new(10, 2);
    static const char *const names2[] = {"NONE", "X"};
    assert_int_equal(tl_percep_trainer_save(two, "fscore", names2, 0, &img, &len, &err), TL_OK);
    assert_null(tl_fscore_model_load_mem(img, len, &err));
    assert_int_equal(err.code, TL_EFORMAT);
    free(img);
    tl_percep_trainer_free(two);
    tl_percep_trainer_free(t);
    tl_doc_free(d);
}

/* Moving a class's bias weight moves its margin by the same amount. */
static void test_bias_fold(void **state) {
    (void)state;
    tl_percep_trainer *one = tl_percep_trainer_new(10, 3), *acc = tl_percep_trainer_new(10, 3);
    assert_non_null(one);
    assert_non_null(acc);
    uint32_t x[2] = {tl_fscore_bias_feature(), 12345};
    for (int i = 0; i < 20; i++) tl_percep_trainer_update(one, x, 2, 1, i % 2 ? 0 : 2);
    assert_int_equal(tl_percep_trainer_add(one, x[0], 0, 1.0), TL_EINVAL); /* still averaging */
    assert_int_equal(tl_percep_trainer_accumulate(acc, one, 1.0), TL_OK);
    assert_int_equal(tl_percep_trainer_add(acc, x[0], 3, 1.0), TL_EINVAL); /* no class 3 */
    assert_int_equal(tl_percep_trainer_add(acc, x[0], 0, 100.0), TL_OK);
    assert_int_equal(tl_percep_trainer_predict(acc, x, 2), 0);
    tl_percep_trainer_free(one);
    tl_percep_trainer_free(acc);
}

/* A veto row sets, per class, how far "no fact" must beat the class for a
 * frame's fact of it to be dropped; classes without a point, models
 * without the row and a NULL model veto nothing. */
static void test_veto(void **state) {
    (void)state;
    tl_percep_trainer *one = tl_percep_trainer_new(12, TL_FSCORE_NCLASSES);
    tl_percep_trainer *t = tl_percep_trainer_new(12, TL_FSCORE_NCLASSES);
    assert_non_null(one);
    assert_non_null(t);
    unsigned loc = tl_fscore_class_of(TL_LOCATED_IN, 0), mem = tl_fscore_class_of(TL_MEMBER_OF, 0);
    /* a word that says "no fact" (weak and strong) and one that says LOCATED_IN */
    uint32_t weak[2] = {tl_fscore_bias_feature(), 777}, strong[3] = {tl_fscore_bias_feature(), 777, 778};
    uint32_t yes[2] = {tl_fscore_bias_feature(), 999};
    for (int i = 0; i < 10; i++) {
        tl_percep_trainer_update(one, weak, 2, 0, tl_percep_trainer_predict(one, weak, 2));
        tl_percep_trainer_update(one, yes, 2, loc, tl_percep_trainer_predict(one, yes, 2));
    }
    assert_int_equal(tl_percep_trainer_accumulate(t, one, 1.0), TL_OK);
    void *img = NULL;
    size_t len = 0;
    tl_error err;
    /* without the row: nothing vetoed */
    assert_int_equal(tl_percep_trainer_save(t, "fscore", tl_fscore_class_names, 0, &img, &len, &err), TL_OK);
    tl_fscore_model *m = tl_fscore_model_load_mem(img, len, &err);
    assert_non_null(m);
    assert_false(tl_fscore_model_vetoes(m, loc));
    assert_false(tl_fscore_veto(m, strong, 3, loc));
    tl_fscore_model_free(m);
    free(img);
    assert_false(tl_fscore_model_vetoes(NULL, loc));
    assert_int_not_equal(tl_fscore_veto_feature(), tl_fscore_bias_feature());
    /* "no fact" beats LOCATED_IN by a margin below the point with the weak
     * word, above it with both */
    assert_int_equal(tl_percep_trainer_add(t, 778, 0, 50.0), TL_OK);
    assert_int_equal(tl_percep_trainer_add(t, tl_fscore_veto_feature(), 0, 100.0), TL_OK);
    assert_int_equal(tl_percep_trainer_add(t, tl_fscore_veto_feature(), loc, 25.0), TL_OK);
    assert_int_equal(tl_percep_trainer_save(t, "fscore", tl_fscore_class_names, 0, &img, &len, &err), TL_OK);
    m = tl_fscore_model_load_mem(img, len, &err);
    assert_non_null(m);
    assert_true(tl_fscore_model_vetoes(m, loc));
    assert_false(tl_fscore_model_vetoes(m, mem));
    assert_false(tl_fscore_model_vetoes(m, 0));
    assert_false(tl_fscore_model_vetoes(m, TL_FSCORE_NCLASSES));
    assert_false(tl_fscore_veto(m, weak, 2, loc));
    assert_true(tl_fscore_veto(m, strong, 3, loc));
    assert_false(tl_fscore_veto(m, strong, 3, mem)); /* no point: never */
    assert_false(tl_fscore_veto(m, yes, 2, loc));
    tl_fscore_model_free(m);
    free(img);
    tl_percep_trainer_free(one);
    tl_percep_trainer_free(t);
}

/* The built-in model's veto points: the trainer found some for the types
 * it lists, none for a class the model cannot know, and a candidate with
 * no word against the frame's fact (the bias alone) keeps it. */
static void test_builtin_veto(void **state) {
    (void)state;
    tl_fscore_model *m = tl_fscore_model_builtin();
    if (!m) skip();
    uint32_t bias = tl_fscore_bias_feature();
    int any = 0;
    for (unsigned k = 1; k < TL_FSCORE_NCLASSES; k++) {
        if (!tl_fscore_model_vetoes(m, k)) continue;
        any = 1;
        assert_false(tl_fscore_veto(m, &bias, 1, k));
        /* both directions of a type share its point */
        int rev;
        int ty = tl_fscore_class_type(k, &rev);
        assert_true(tl_fscore_model_vetoes(m, tl_fscore_class_of(ty, !rev)));
    }
    assert_true(any);
    assert_false(tl_fscore_model_vetoes(m, TL_FSCORE_NCLASSES + 5));
    assert_false(tl_fscore_veto(m, &bias, 1, 0));
    tl_fscore_model_free(m);
}

/* A scorer for which "no fact" always wins by 50, vetoing the frames'
 * LOCATED_IN facts when `veto` (its point 1, far below 50). */
static tl_fscore_model *nay_model(int veto) {
    tl_percep_trainer *t = tl_percep_trainer_new(12, TL_FSCORE_NCLASSES);
    assert_non_null(t);
    assert_int_equal(tl_percep_trainer_add(t, tl_fscore_bias_feature(), 0, 50.0), TL_OK);
    if (veto) {
        assert_int_equal(tl_percep_trainer_add(t, tl_fscore_veto_feature(), 0, 100.0), TL_OK);
        for (int rev = 0; rev < 2; rev++)
            assert_int_equal(tl_percep_trainer_add(t, tl_fscore_veto_feature(), tl_fscore_class_of(TL_LOCATED_IN, rev), 1.0),
                             TL_OK);
    }
    void *img = NULL;
    size_t len = 0;
    tl_error err;
    assert_int_equal(tl_percep_trainer_save(t, "fscore", tl_fscore_class_names, 0, &img, &len, &err), TL_OK);
    tl_fscore_model *m = tl_fscore_model_load_mem(img, len, &err);
    assert_non_null(m);
    free(img);
    tl_percep_trainer_free(t);
    return m;
}

/* The facts of type `type` the fact pass finds in d with scorer m. */
static uint32_t facts_with(tl_doc *d, tl_fscore_model *m, int type) {
    tl_error err;
    tl_fact_ctx *c = tl_fact_ctx_new(&err);
    tl_gaz *g = tl_gaz_open();
    assert_non_null(c);
    assert_non_null(g);
    tl_fact_ctx_set_scorer(c, m);
    assert_int_equal(tl_fact_run(c, g, NULL, NULL, d), TL_OK);
    uint32_t n = 0;
    for (uint32_t k = 0; k < d->n_facts; k++) n += d->facts[k].type == type;
    tl_gaz_close(g);
    tl_fact_ctx_free(c);
    return n;
}

/* In the fact pass, a vetoed frame's fact leaves and the others stay: the
 * same document read with a scorer that vetoes LOCATED_IN and with one
 * that does not. */
static void test_fact_pass_veto(void **state) {
    fx *f = *state;
    /* (a report, not an encyclopedic text: those get the pair classifier's
     * facts after the sentences, which no veto judges) */
    tl_doc *d = run(f, "On Tuesday police arrested Omar Haddad in Marseille. The Crescent Front is a "
                       "militant group based in Lyon.\n");
    uint32_t loc = facts_with(d, nay_model(0), TL_LOCATED_IN), arr = facts_with(d, nay_model(0), TL_ARRESTED);
    assert_true(loc >= 1);
    assert_true(arr >= 1);
    assert_int_equal(facts_with(d, nay_model(1), TL_LOCATED_IN), 0);
    assert_int_equal(facts_with(d, nay_model(1), TL_ARRESTED), arr);
    /* no scorer at all: the frames' facts as they are */
    assert_int_equal(facts_with(d, NULL, TL_LOCATED_IN), loc);
    tl_fact_ctx_set_scorer(NULL, nay_model(1)); /* freed, not leaked */
    tl_doc_free(d);
}

/* Candidates come without a frame's fact: the fact pass fills it in. */
static void test_candidates_no_rule(void **state) {
    fx *f = *state;
    tl_doc *d = run(f, "Omar Haddad met Lina Farouk in Lyon after police arrested Omar Haddad.\n");
    tl_fscore_arg as[64];
    tl_fscore_cand cs[64];
    memset(cs, 0x5a, sizeof cs);
    int na = args_of(d, 0, as, 64);
    size_t nc = cands(d, f->lex, d->sentences[0].tok_begin, d->sentences[0].tok_end, as, na, cs, 64);
    assert_true(nc >= 2);
    for (size_t k = 0; k < nc; k++) assert_int_equal(cs[k].rule, 0);
    tl_doc_free(d);
}

/* With the scorer on, every fact the frames find is still found, but for
 * the types its model can veto. */
static void test_frames_only(void **state) {
    fx *f = *state;
    const char *text = "Police arrested Omar Haddad in Lyon on Tuesday. Prosecutors charged Lina Farouk "
                       "with fraud. Omar Haddad is a member of the Crescent Front.\n";
    tl_error err;
    tl_options o = {0};
    o.frames_only = 1;
    tl_extractor *ex = tl_extractor_new(&o, &err);
    assert_non_null(ex);
    tl_doc *a = NULL, *b = run(f, text);
    assert_int_equal(tl_extract(ex, text, strlen(text), "t.txt", &a, &err), TL_OK);
    for (uint32_t i = 0; i < a->n_facts; i++) {
        int seen = 0;
        for (uint32_t j = 0; j < b->n_facts && !seen; j++)
            seen = a->facts[i].type == b->facts[j].type && a->facts[i].args[0] == b->facts[j].args[0] &&
                   a->facts[i].args[1] == b->facts[j].args[1];
        tl_fscore_model *m = tl_fscore_model_builtin();
        int vetoable = tl_fscore_model_vetoes(m, tl_fscore_class_of(a->facts[i].type, 0)) ||
                       tl_fscore_model_vetoes(m, tl_fscore_class_of(a->facts[i].type, 1));
        tl_fscore_model_free(m);
        assert_true(seen || vetoable);
    }
    tl_doc_free(a);
    tl_doc_free(b);
    tl_extractor_free(ex);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_classes),
        cmocka_unit_test(test_role_types),
        cmocka_unit_test(test_fit_mask),
        cmocka_unit_test(test_candidates),
        cmocka_unit_test(test_candidates_bounded),
        cmocka_unit_test(test_features),
        cmocka_unit_test(test_path_features),
        cmocka_unit_test(test_model),
        cmocka_unit_test(test_bias_fold),
        cmocka_unit_test(test_frames_only),
        cmocka_unit_test(test_veto),
        cmocka_unit_test(test_candidates_no_rule),
        cmocka_unit_test(test_builtin_veto),
        cmocka_unit_test(test_fact_pass_veto),
    };
    return cmocka_run_group_tests(tests, fx_setup, fx_teardown);
}
