/* test_forced_run.c -- runs the tokenizer cut at its bound (no sentence end in 400 words): tagged around triggers only, fewer scorer candidates. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_tok.h"
#include "tl_trig.h"
#include "tl_fscore.h"
#include "lex_fixture.h"


/* Appends `n` filler words (lower case, no trigger, no sentence end). */
static void filler(char *buf, size_t cap, int n) {
    for (int i = 0; i < n; i++) strncat(buf, "and then more ", cap - strlen(buf) - 1);
}

/* "Police arrested Omar Haddad", 120 filler words, "Lina Farouk and Karim
 * Mansour", 120 more, "police arrested nobody", filler to well past the
 * bound: one run cut at 400 words, with a person pair far from both arrest
 * words. */
static tl_doc *forced_run(fx *f) {
    static char text[16384];
    text[0] = 0;
    strcat(text, "Police arrested Omar Haddad ");
    filler(text, sizeof text, 40);
    strcat(text, "Lina Farouk and Karim Mansour ");
    filler(text, sizeof text, 40);
    strcat(text, "and police arrested nobody ");
    filler(text, sizeof text, 200);
    strcat(text, "Police arrested Omar Haddad ");
    filler(text, sizeof text, 40);
    tl_doc *d = NULL;
    tl_error err;
    assert_int_equal(tl_extract(f->ex, text, strlen(text), "run.txt", &d, &err), TL_OK);
    assert_true(d->n_sentences >= 2);
    assert_int_equal(d->sentences[0].tok_end - d->sentences[0].tok_begin, TL_TOK_MAX_SENT);
    return d;
}

static int find_tok(const tl_doc *d, uint32_t from, const char *w) {
    for (uint32_t i = from; i < d->n_tokens; i++)
        if (d->tokens[i].end - d->tokens[i].start == strlen(w) && memcmp(d->text + d->tokens[i].start, w, strlen(w)) == 0)
            return (int)i;
    return -1;
}

/* In a cut run the words next to a trigger are tagged, the filler far from
 * every trigger is not; in a sentence the text ended, everything from the
 * first trigger to the last is. */
static void test_tags_around_triggers(void **state) {
    fx *f = *state;
    tl_doc *d = forced_run(f);
    int arrested = find_tok(d, 0, "arrested");
    assert_true(arrested >= 0);
    assert_int_not_equal(d->tokens[arrested].pos, 0);
    assert_int_not_equal(d->tokens[arrested + 2].pos, 0); /* "Haddad" */
    /* the filler 30 words on, and Lina Farouk between the two arrest
     * words, are not tagged (as a sentence, all between them would be) */
    assert_int_equal(d->tokens[arrested + 30].pos, 0);
    int lina = find_tok(d, 0, "Lina");
    assert_true(lina > arrested && (uint32_t)lina < d->sentences[0].tok_end);
    assert_int_equal(d->tokens[lina].pos, 0);
    int again = find_tok(d, (uint32_t)arrested + 1, "arrested");
    assert_true(again > lina && (uint32_t)again < d->sentences[0].tok_end);
    assert_int_not_equal(d->tokens[again].pos, 0);
    tl_doc_free(d);
    /* the same words as a sentence: "arrested" twice, all between tagged */
    static char text[4096];
    strcpy(text, "Police arrested Omar Haddad ");
    filler(text, sizeof text, 10);
    strcat(text, "and police arrested Lina Farouk.\n");
    tl_error err;
    d = NULL;
    assert_int_equal(tl_extract(f->ex, text, strlen(text), "s.txt", &d, &err), TL_OK);
    assert_int_equal(d->n_sentences, 1);
    arrested = find_tok(d, 0, "arrested");
    int second = find_tok(d, (uint32_t)arrested + 1, "arrested");
    assert_true(arrested >= 0 && second > arrested);
    for (int i = arrested; i <= second; i++) assert_int_not_equal(d->tokens[i].pos, 0);
    tl_doc_free(d);
}

/* The scorer's candidates in a cut run: a person alone only near a word of
 * its fact type, a pair only with a trigger word between or around it. */
static void test_scorer_candidates(void **state) {
    fx *f = *state;
    tl_doc *d = forced_run(f);
    const tl_sentence *s0 = &d->sentences[0];
    tl_fscore_arg as[64];
    int na = 0;
    for (uint32_t k = 0; k < d->n_mentions && na < 64; k++) {
        const tl_mention *m = &d->mentions[k];
        if (m->tok_begin < s0->tok_begin || m->tok_end > s0->tok_end || m->entity < 0) continue;
        as[na] = (tl_fscore_arg){.tb = m->tok_begin, .te = m->tok_end, .ent = m->entity,
                                 .type = d->entities[m->entity].type};
        na++;
    }
    assert_true(na >= 3);
    tl_fscore_cand cs[256];
    int unary[2] = {0, 0}, far_pairs[2] = {0, 0};
    uint32_t far = s0->tok_begin + 10; /* past "Police arrested Omar Haddad" */
    for (int forced = 0; forced < 2; forced++) {
        tl_fscore_sent ss;
        tl_fscore_sent_init(&ss, d, f->lex, s0->tok_begin, s0->tok_end);
        assert_int_equal(ss.forced, 0); /* a sentence unless told */
        ss.forced = (uint8_t)forced;
        size_t nc = tl_fscore_cands(&ss, as, na, cs, 256);
        for (size_t k = 0; k < nc; k++) {
            if (cs[k].b < 0) unary[forced]++;
            else if (as[cs[k].a].tb >= far) far_pairs[forced]++;
        }
    }
    /* as a sentence: the three people; as a cut run: Omar Haddad alone */
    assert_int_equal(unary[0], 3);
    assert_int_equal(unary[1], 1);
    /* "Lina Farouk and Karim Mansour" is a close pair without a trigger */
    assert_true(far_pairs[0] >= 1);
    assert_int_equal(far_pairs[1], 0);
    tl_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tags_around_triggers),
        cmocka_unit_test(test_scorer_candidates),
    };
    return cmocka_run_group_tests(tests, fx_setup, fx_teardown);
}
