/* test_fact_atk.c -- unit tests of the attack sides read one step beyond the tree pass's paths (tl_fact_atk.c), on invented sentences. */
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

static tl_doc *run_on(const tl_extractor *ex, const char *text) {
    tl_doc *d = NULL;
    tl_error err;
    assert_int_equal(tl_extract(ex, text, strlen(text), "t.txt", &d, &err), TL_OK);
    return d;
}

/* Is there an ATTACKED fact from the entity named a to the one named b? */
static int attacked(const tl_doc *d, const char *a, const char *b) {
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type == TL_ATTACKED && named(d, f->args[0], a) && named(d, f->args[1], b)) return 1;
    }
    return 0;
}

/* The fact is found with the parser, and not by the word frames alone
 * (the extractor without the tree passes): the tree step made it. */
static void check(void **state, const char *text, const char *a, const char *b) {
    pair *p = *state;
    tl_doc *d = run_on(p->tree, text);
    if (!attacked(d, a, b)) fail_msg("no ATTACKED(%s, %s) in: %s", a, b, text);
    tl_doc_free(d);
    d = run_on(p->flat, text);
    if (attacked(d, a, b)) fail_msg("the frames alone already find ATTACKED(%s, %s): %s", a, b, text);
    tl_doc_free(d);
}

static void check_not(void **state, const char *text, const char *a, const char *b) {
    pair *p = *state;
    tl_doc *d = run_on(p->tree, text);
    if (attacked(d, a, b)) fail_msg("unexpected ATTACKED(%s, %s) in: %s", a, b, text);
    tl_doc_free(d);
}

/* A crew noun without a name stands for who leads it ("forces led by X")
 * or the group it belongs to ("militants of Y"); and the person the parser
 * hung on the attack noun after its "of" phrase is the victim that phrase
 * describes ("the murder of the governor, X"). */
static void test_crew(void **state) {
    check(state, "Forces led by Garrick Dunmore were responsible for the murder of the governor, Tomas Brell.\n",
          "Garrick Dunmore", "Tomas Brell");
    /* (with the verb right after the body's name the word frames read
     * the crew as well: tl_fact.c crew_subject; a phrase between is the
     * tree's) */
    check(state, "Militants of the Kessel Brigade based in Valdora attacked Tomas Brell.\n", "Kessel Brigade",
          "Tomas Brell");
    check(state, "Gunmen from the Kessel Brigade based in Orlan stormed Valdora.\n", "Kessel Brigade", "Valdora");
    check_not(state, "Gunmen from Valdora attacked Tomas Brell.\n", "Valdora", "Tomas Brell");
    /* a place the crew is "of" is where it comes from, not a side */
    check_not(state, "Fighters of Valdora attacked Tomas Brell.\n", "Valdora", "Tomas Brell");
    /* whom the crew answers to: "loyal to X", "linked to Y" */
    check(state, "The fighters loyal to the Kessel Brigade attacked Tomas Brell.\n", "Kessel Brigade", "Tomas Brell");
    check(state, "Police said militants linked to the Kessel Brigade killed Tomas Brell.\n", "Kessel Brigade",
          "Tomas Brell");
    check_not(state, "Troops close to Valdora attacked Tomas Brell.\n", "Valdora", "Tomas Brell");
}

/* "X was the target of an attack", "X, the target of a plot": the target
 * noun's subject or head is the attack's target; the attacker comes from
 * "by Y" or a name before the attack noun ("a Y plot"). */
static void test_target_of(void **state) {
    check(state, "Tomas Brell was the target of an assassination plot by the Kessel Brigade.\n", "Kessel Brigade",
          "Tomas Brell");
    check(state, "Norway was the target of a Kessel Brigade plot.\n", "Kessel Brigade", "Norway");
    check(state, "Tomas Brell, the target of a plot by the Kessel Brigade, fled to Norway.\n", "Kessel Brigade",
          "Tomas Brell");
    check(state, "Tomas Brell, the victim of a Kessel Brigade bombing, died in Oslo.\n", "Kessel Brigade",
          "Tomas Brell");
    /* the target of words is no attack */
    check_not(state, "Tomas Brell was the target of criticism by the Kessel Brigade.\n", "Kessel Brigade",
              "Tomas Brell");
}

/* A name before the attack noun is its side when it is a group, a
 * nationality or a country; a city there says where, and a name inside
 * "Iran-backed" says who backs it. */
static void test_side_before_noun(void **state) {
    check_not(state, "The Oslo attack on Tomas Brell shocked Norway.\n", "Oslo", "Tomas Brell");
    check_not(state, "Tomas Brell was the target of an Iran-backed plot.\n", "Iran", "Tomas Brell");
}

/* Who claims an attack, or whom it is attributed to, answers for it, even
 * when the parser hangs the participle on the last noun of the attack's
 * phrase. */
static void test_claimed_attributed(void **state) {
    check(state, "The bombing, claimed by the Kessel Brigade, killed Tomas Brell.\n", "Kessel Brigade",
          "Tomas Brell");
    check(state,
          "In May, two Norwegian soldiers were killed in a rocket attack in Tesk, near the border with Sweden, "
          "attributed to the Kessel Brigade.\n",
          "Kessel Brigade", "Norwegian");
}

/* "X said Monday that its strikes killed Y": the day the parser took for a
 * second subject is not the clause's subject; the strikes are, and their
 * "its" is the speaker. */
static void test_day_not_subject(void **state) {
    check(state, "The Kessel Brigade said Monday that its strikes in northern Tesk killed Tomas Brell.\n",
          "Kessel Brigade", "Tomas Brell");
}

/* A court's or an inquiry's word governing the attack noun names its
 * culprit: the verb's subject, or its object when it has one ("police
 * charged X with ..."); an acquittal names none. */
static void test_culprit(void **state) {
    check(state, "Garrick Dunmore was convicted of the murder of Tomas Brell.\n", "Garrick Dunmore", "Tomas Brell");
    check(state, "Police charged Garrick Dunmore with the killing of Tomas Brell.\n", "Garrick Dunmore",
          "Tomas Brell");
    check(state, "Garrick Dunmore was sentenced to life in prison for the murder of Tomas Brell.\n",
          "Garrick Dunmore", "Tomas Brell");
    check(state, "Garrick Dunmore confessed the killing of Tomas Brell to the police.\n", "Garrick Dunmore",
          "Tomas Brell");
    check_not(state, "Garrick Dunmore was acquitted of the murder of Tomas Brell.\n", "Garrick Dunmore",
              "Tomas Brell");
    check_not(state, "The court heard Arlen Voss testify about the murder of Tomas Brell.\n", "Arlen Voss",
              "Tomas Brell");
}

/* A weapon stands for who fired it ("missiles launched by X") and, with
 * "its", for the speaker ("X said its warplanes bombed ..."). */
static void test_weapon(void **state) {
    check(state, "The missiles launched by the Kessel Brigade struck Norway on Monday.\n", "Kessel Brigade", "Norway");
    check(state, "Norway said its warplanes bombed the Valdora airport, killing Tomas Brell.\n", "Norway",
          "Tomas Brell");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_crew),
        cmocka_unit_test(test_target_of),
        cmocka_unit_test(test_side_before_noun),
        cmocka_unit_test(test_claimed_attributed),
        cmocka_unit_test(test_day_not_subject),
        cmocka_unit_test(test_culprit),
        cmocka_unit_test(test_weapon),
    };
    return cmocka_run_group_tests(tests, pair_setup, pair_teardown);
}
