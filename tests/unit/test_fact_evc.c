/* test_fact_evc.c -- unit tests of event coreference across sentences (tl_fact_evc.c), on invented reports. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"

#include "extract_fixture.h"
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_cues.h"

static int setup(void **state) { return extract_setup_at(state, NULL); }

/* The ATTACKED fact of attacker a on target b, or NULL. */
static const tl_fact *attack(const tl_doc *d, const char *a, const char *b) {
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type == TL_ATTACKED && named(d, f->args[0], a) && named(d, f->args[1], b)) return f;
    }
    return NULL;
}

/* Does the evidence of f hold the text w? */
static int evidence_has(const tl_doc *d, const tl_fact *f, const char *w) {
    size_t n = strlen(w);
    for (uint32_t k = f->evidence.start; k + n <= f->evidence.end; k++)
        if (!memcmp(d->text + k, w, n)) return 1;
    return 0;
}

/* The victim stated first, the actor a sentence later through "the
 * attack": one fact, with evidence from both sentences. */
static void test_completed_by_agent(void **state) {
    tl_doc *d = run(state, "The journalist John Carver was shot dead outside his home in Lisbon on Monday. "
                           "The attack was carried out by the Red Hand Brigade, police said.\n");
    const tl_fact *f = attack(d, "Red Hand Brigade", "John Carver");
    assert_non_null(f);
    assert_true(evidence_has(d, f, "shot dead"));
    assert_true(evidence_has(d, f, "carried out by"));
    assert_int_not_equal(f->modality, TL_NEGATED);
    tl_doc_free(d);
}

/* The active readings: "X claimed responsibility for it", "X was behind
 * the killing", "X orchestrated the assassination". */
static void test_completed_by_subject(void **state) {
    tl_doc *d = run(state, "Mayor Elena Varga was killed in a blast in Szeged on Tuesday. "
                           "The Black Dawn Front claimed responsibility for it.\n");
    assert_non_null(attack(d, "Black Dawn Front", "Elena Varga"));
    tl_doc_free(d);
    d = run(state, "Judge Tomas Ruml was murdered in Brno. Prosecutors said little. "
                   "The Kovar clan was behind the killing, a detective told reporters.\n");
    assert_non_null(attack(d, "Kovar clan", "Tomas Ruml"));
    tl_doc_free(d);
}

/* The other way round: the actor stated with an unnamed target, the
 * target named later by "the attack on Y"; and "the killing of Y" taken up
 * by "X claimed responsibility for it". */
static void test_target_named_later(void **state) {
    tl_doc *d = run(state, "The Black Dawn Front attacked a police station in Szeged on Sunday.\n\n"
                           "Officials confirmed the attack on the Szeged Police Headquarters.\n");
    const tl_fact *f = attack(d, "Black Dawn Front", "Szeged Police Headquarters");
    assert_non_null(f);
    assert_true(evidence_has(d, f, "attacked a police station"));
    tl_doc_free(d);
    /* an attack without "the" is another one */
    d = run(state, "The Black Dawn Front attacked a police station in Szeged on Sunday. "
                   "Officials recalled an attack on the Szeged Police Headquarters.\n");
    assert_null(attack(d, "Black Dawn Front", "Szeged Police Headquarters"));
    tl_doc_free(d);
    d = run(state, "Police found the body of Mayor Elena Varga on Tuesday. Officials condemned the killing of "
                   "Elena Varga. The Black Dawn Front later claimed responsibility for it.\n");
    assert_non_null(attack(d, "Black Dawn Front", "Elena Varga"));
    tl_doc_free(d);
}

/* The actor must come within three sentences of the event, in its
 * paragraph. */
static void test_window_bound(void **state) {
    tl_doc *d = run(state, "Anna Keller was stabbed in Porto last week. Two days later a storm hit the city. "
                           "The markets fell. Prices rose again. The stabbing was carried out by Pedro Alves.\n");
    assert_null(attack(d, "Pedro Alves", "Anna Keller"));
    tl_doc_free(d);
    /* the next paragraph may go on with the event, the one after has moved on */
    d = run(state, "Anna Keller was stabbed in Porto last week.\n\n"
                   "The stabbing was carried out by Pedro Alves.\n");
    assert_non_null(attack(d, "Pedro Alves", "Anna Keller"));
    tl_doc_free(d);
    d = run(state, "Anna Keller was stabbed in Porto last week.\n\nA storm hit the city.\n\n"
                   "The stabbing was carried out by Pedro Alves.\n");
    assert_null(attack(d, "Pedro Alves", "Anna Keller"));
    tl_doc_free(d);
    /* within the window it is completed */
    d = run(state, "Anna Keller was stabbed in Porto last week. A storm hit the city. "
                   "The stabbing was carried out by Pedro Alves.\n");
    assert_non_null(attack(d, "Pedro Alves", "Anna Keller"));
    tl_doc_free(d);
}

/* Another kind of event, a named event or one with its own target names
 * no actor of the open attack. */
static void test_other_event_noun(void **state) {
    tl_doc *d = run(state, "Anton Berg was shot dead in Graz on Friday. "
                           "The arrest was carried out by the Styrian Police Directorate.\n");
    assert_null(attack(d, "Styrian Police Directorate", "Anton Berg"));
    tl_doc_free(d);
    d = run(state, "Anton Berg was shot dead in Graz on Friday. "
                   "The Vienna attack was carried out by the Iron Wolves.\n");
    assert_null(attack(d, "Iron Wolves", "Anton Berg"));
    tl_doc_free(d);
    d = run(state, "Anton Berg was shot dead in Graz on Friday. "
                   "An attack was carried out by the Iron Wolves.\n");
    assert_null(attack(d, "Iron Wolves", "Anton Berg"));
    tl_doc_free(d);
    /* "the attack on Z" is Z's, read by the frames */
    d = run(state, "Anton Berg was shot dead in Graz on Friday. "
                   "The attack on Karl Moser was carried out by the Iron Wolves.\n");
    assert_non_null(attack(d, "Iron Wolves", "Karl Moser"));
    assert_null(attack(d, "Iron Wolves", "Anton Berg"));
    tl_doc_free(d);
}

/* A nationality word the frames took for the victim of a passive ("Slovak
 * politicians ... was shot") opens no event. */
static void test_no_nationality_target(void **state) {
    tl_doc *d = run(state, "The reporter, who wrote about Slovak politicians, was shot in February. "
                           "The murder was carried out by Ivan Marek.\n");
    for (uint32_t i = 0; i < d->n_facts; i++) assert_int_not_equal(d->facts[i].type, TL_ATTACKED);
    tl_doc_free(d);
}

/* A denial completes nothing; a hedge completes the fact as alleged. */
static void test_negated_and_hedged(void **state) {
    tl_doc *d = run(state, "Karim Haddad was shot dead in Lyon on Sunday. "
                           "The attack was not carried out by the Northern Cell, investigators said.\n");
    const tl_fact *f = attack(d, "Northern Cell", "Karim Haddad");
    assert_true(f == NULL || f->modality == TL_NEGATED);
    tl_doc_free(d);
    d = run(state, "Karim Haddad was shot dead in Lyon on Sunday. "
                   "The attack was allegedly carried out by the Northern Cell.\n");
    f = attack(d, "Northern Cell", "Karim Haddad");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
}

/* An event gets one actor: a second sentence naming another does not add
 * a second attacker. */
static void test_one_actor(void **state) {
    tl_doc *d = run(state, "Lena Frisk was kidnapped in Malmo on Monday. "
                           "The kidnapping was carried out by the Grey Coats. "
                           "The kidnapping was planned by Olaf Brenn.\n");
    assert_non_null(attack(d, "Grey Coats", "Lena Frisk"));
    assert_null(attack(d, "Olaf Brenn", "Lena Frisk"));
    tl_doc_free(d);
}

/* The event nouns and denial verbs are word lists of the fact pass (a bit
 * per word, set once per sentence): every word of the cue lists has its
 * bit, words like them do not. */
static void test_word_list_bits(void **state) {
    (void)state;
    tl_error err;
    tl_fact_ctx *c = tl_fact_ctx_new(&err);
    assert_non_null(c);
    static const struct { const char *cues; int list; } lists[] = {
        {TL_CUE_ATTACK_EVENT_NOUNS, WL_ATTACK_EVENT_NOUNS},
        {TL_CUE_DENIAL_VERBS, WL_DENIAL_VERBS},
    };
    for (size_t k = 0; k < 2; k++) {
        assert_string_equal(tl_fact_lists[lists[k].list], lists[k].cues);
        size_t words = 0;
        for (const char *p = lists[k].cues; *p;) {
            const char *e = strchr(p, '|');
            size_t n = e ? (size_t)(e - p) : strlen(p);
            assert_true((tl_fact_word_lists(c, p, n) >> lists[k].list) & 1);
            words++;
            p += n + (e != NULL);
        }
        assert_true(words >= 6);
    }
    assert_false((tl_fact_word_lists(c, "attacker", 8) >> WL_ATTACK_EVENT_NOUNS) & 1);
    assert_false((tl_fact_word_lists(c, "denial", 6) >> WL_DENIAL_VERBS) & 1);
    tl_fact_ctx_free(c);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_completed_by_agent),
        cmocka_unit_test(test_completed_by_subject),
        cmocka_unit_test(test_target_named_later),
        cmocka_unit_test(test_window_bound),
        cmocka_unit_test(test_other_event_noun),
        cmocka_unit_test(test_no_nationality_target),
        cmocka_unit_test(test_negated_and_hedged),
        cmocka_unit_test(test_one_actor),
        cmocka_unit_test(test_word_list_bits),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
