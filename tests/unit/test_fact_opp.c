/* test_fact_opp.c -- unit tests of the OPPOSES shapes (overthrow, take down, dismantle, "critical of", "at odds with", a war or jihad waged against Y) and their refusals, on invented sentences. */
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

static int setup(void **state) { return extract_setup_at(state, NULL); }

/* Verbs: "overthrow" (also after "fighting to" and inside a relative
 * clause), "took down", "dismantle". */
static void test_verbs(void **state) {
    expect_fact(state, "The Kessel Brigade sought to overthrow Garrick Dunmore.\n", TL_OPPOSES, "Kessel Brigade",
                "Garrick Dunmore");
    expect_fact(state,
                "The Kessel Brigade, which has been fighting for years to overthrow Garrick Dunmore, claimed the "
                "attack.\n",
                TL_OPPOSES, "Kessel Brigade", "Garrick Dunmore");
    expect_fact(state, "Europol took down the Vardo Brotherhood in a joint operation.\n", TL_OPPOSES, "Europol",
                "Vardo Brotherhood");
    /* "take" without its particle opposes no one */
    expect_no_fact(state, "Europol took the Vardo Brotherhood files to court.\n", TL_OPPOSES, "Europol",
                   "Vardo Brotherhood");
}

/* Adjectives: "critical of Y" (a nationality before a title and a name
 * gives the person), "at odds with Y". */
static void test_adjectives(void **state) {
    expect_fact(state, "Omar Talbi is openly critical of the Kessel Brigade.\n", TL_OPPOSES, "Omar Talbi",
                "Kessel Brigade");
    expect_fact(state, "Omar Talbi ran a newspaper critical of Egyptian President Ivan Kresh.\n", TL_OPPOSES,
                "Omar Talbi", "Ivan Kresh");
    expect_no_fact(state, "Omar Talbi ran a newspaper critical of Egyptian President Ivan Kresh.\n", TL_OPPOSES,
                   "Omar Talbi", "Egyptian");
    expect_fact(state, "Since 2019 the Kessel Brigade has been at odds with the Vardo Brotherhood.\n", TL_OPPOSES,
                "Kessel Brigade", "Vardo Brotherhood");
}

/* Opposition nouns after the verb that wages them: "waged an insurgency
 * against Y", "preached jihad against Y and Z", "incited violence
 * against Y"; the noun alone names no opponent. */
static void test_waged(void **state) {
    expect_fact(state, "The Kessel Brigade waged an insurgency against Valdora for two decades.\n", TL_OPPOSES,
                "Kessel Brigade", "Valdora");
    expect_fact(state, "The Kessel Brigade waged a war against the Vardo Brotherhood.\n", TL_OPPOSES,
                "Kessel Brigade", "Vardo Brotherhood");
    expect_fact(state, "Omar Talbi preached jihad against Jordan and Morocco.\n", TL_OPPOSES, "Omar Talbi",
                "Morocco");
    expect_fact(state, "Omar Talbi incited violence against Ivan Kresh online.\n", TL_OPPOSES, "Omar Talbi",
                "Ivan Kresh");
    expect_no_fact(state, "Omar Talbi wrote a book about the insurgency against Valdora.\n", TL_OPPOSES,
                   "Omar Talbi", "Valdora");
}

/* A nationality before a state word that modifies a job ("a Venezuelan army
 * officer") is no subject for the state. */
static void test_state_modifier(void **state) {
    expect_no_fact(state,
                   "He was a former Venezuelan army officer accused of leading a plot to overthrow Ivan Kresh.\n",
                   TL_OPPOSES, "Venezuela", "Ivan Kresh");
    expect_no_fact(state,
                   "He was a former Venezuelan army officer accused of leading a plot to overthrow Ivan Kresh.\n",
                   TL_OPPOSES, "Venezuelan", "Ivan Kresh");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_verbs),
        cmocka_unit_test(test_adjectives),
        cmocka_unit_test(test_waged),
        cmocka_unit_test(test_state_modifier),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
