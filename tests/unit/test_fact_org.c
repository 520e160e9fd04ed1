/* test_fact_org.c -- unit tests of leadership, founding and part-of read by tl_fact_org.c, on invented sentences. */
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

/* Does the text give a fact of `type` from the entity named a to b (b
 * NULL: to anything)? */
static int found(const tl_extractor *ex, const char *text, int type, const char *a, const char *b) {
    tl_doc *d = NULL;
    tl_error err;
    assert_int_equal(tl_extract(ex, text, strlen(text), "t.txt", &d, &err), TL_OK);
    int hit = 0;
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        hit |= f->type == type && (!a || named(d, f->args[0], a)) && (!b || named(d, f->args[1], b));
    }
    tl_doc_free(d);
    return hit;
}

/* The parse finds the fact, and the word frames alone do not. */
static void by_tree(void **state, const char *text, int type, const char *a, const char *b) {
    pair *p = *state;
    if (!found(p->tree, text, type, a, b)) fail_msg("no fact %d(%s, %s) in: %s", type, a, b, text);
    if (found(p->flat, text, type, a, b)) fail_msg("the frames alone already find %d(%s, %s): %s", type, a, b, text);
}

/* The fixture's pair, its "flat" extractor without the learned fact
 * scorer as well as without the tree pass: by_tree asks whether the word
 * frames alone find a fact, and the scorer (models/fscore.model, whose
 * operating points make LEADER_OF facts of its own since they are chosen
 * for held-out F1) is no frame. */
static int org_setup(void **state) {
    if (pair_setup(state) != 0) return -1;
    pair *p = *state;
    tl_error err;
    tl_options o = {0};
    o.no_tree = 1;
    o.frames_only = 1;
    tl_extractor *flat = tl_extractor_new(&o, &err);
    if (!flat) { fprintf(stderr, "%s\n", err.msg); return -1; }
    tl_extractor_free(p->flat);
    p->flat = flat;
    return 0;
}

/* No fact of `type` at all, with the parse. */
static void none(void **state, const char *text, int type) {
    pair *p = *state;
    if (found(p->tree, text, type, NULL, NULL)) fail_msg("unexpected fact %d in: %s", type, text);
}

/* "took over", directly and in a relative clause; a leadership noun as
 * the object of "take" or "assume". */
static void test_take_charge(void **state) {
    by_tree(state, "Selim Arkan took over the Blue Lotus Society in 2019.\n", TL_LEADER_OF, "Selim Arkan",
            "Blue Lotus Society");
    by_tree(state, "Selim Arkan assumed the leadership of the Crescent Brigade in 2016.\n", TL_LEADER_OF,
            "Selim Arkan", "Crescent Brigade");
    by_tree(state, "Selim Arkan took the helm of the Crescent Brigade after the raid.\n", TL_LEADER_OF, "Selim Arkan",
            "Crescent Brigade");
    /* "over" read as a preposition, "the Red Hand" as an oblique */
    by_tree(state, "Omar Diallo took over the Red Hand in 2021.\n", TL_LEADER_OF, "Omar Diallo", "Red Hand");
}

/* The subject through a relative clause, and from the verb coordinated
 * before (a passive one). */
static void test_take_charge_subjects(void **state) {
    by_tree(state, "Omar Haddad, who took over the Crescent Brigade in 2019, was arrested in Tripoli.\n", TL_LEADER_OF,
            "Omar Haddad", "Crescent Brigade");
    by_tree(state, "Selim Arkan was released and took over the Crescent Brigade.\n", TL_LEADER_OF, "Selim Arkan",
            "Crescent Brigade");
}

/* A person under another's command is no group he leads. */
static void test_under_command_person(void **state) {
    pair *p = *state;
    const char *t = "Karim Nassar served under the command of Selim Arkan in the Crescent Brigade.\n";
    assert_false(found(p->tree, t, TL_LEADER_OF, "Selim Arkan", "Karim Nassar"));
}

/* Taking over a place, or an organization's property, leads nothing. */
static void test_take_over_place(void **state) {
    none(state, "Militants took over the town of Palma in 2021.\n", TL_LEADER_OF);
    none(state, "The Crescent Brigade took over the Kelmar Group's offices.\n", TL_LEADER_OF);
}

/* "under X's leadership, Y ...", "Y, under the command of X, ...". */
static void test_under_leadership(void **state) {
    by_tree(state, "Under Selim Arkan's leadership, the Crescent Brigade expanded into Libya.\n", TL_LEADER_OF,
            "Selim Arkan", "Crescent Brigade");
    by_tree(state, "The Crescent Brigade, under the command of Selim Arkan, attacked the town.\n", TL_LEADER_OF,
            "Selim Arkan", "Crescent Brigade");
}

/* "launched": every coordinated subject founded the organization; an
 * object that is no organization founds nothing. */
static void test_launch(void **state) {
    const char *t = "Nadia Ferro and Omar Haddad launched the Blue Lotus Society in 2019.\n";
    by_tree(state, t, TL_FOUNDED, "Nadia Ferro", "Blue Lotus Society");
    by_tree(state, t, TL_FOUNDED, "Omar Haddad", "Blue Lotus Society");
    none(state, "Hamas launched a rocket attack on Sderot.\n", TL_FOUNDED);
    none(state, "Police started an investigation into the Crescent Brigade.\n", TL_FOUNDED);
    none(state, "The army launched an offensive against the Crescent Brigade.\n", TL_FOUNDED);
}

/* "X operates under Y". */
static void test_operate_under(void **state) {
    by_tree(state, "The Black Banner Battalion operates under the Crescent Brigade.\n", TL_PART_OF,
            "Black Banner Battalion", "Crescent Brigade");
}

/* "X falls under the umbrella of Y". */
static void test_under_umbrella(void **state) {
    by_tree(state, "Officials said the Black Banner Battalion falls under the umbrella of the Crescent Brigade.\n",
            TL_PART_OF, "Black Banner Battalion", "Crescent Brigade");
}

/* "An affiliate of Y, X, said": the name after the group is the part. */
static void test_fronted_part_noun(void **state) {
    by_tree(state, "An affiliate of the Crescent Brigade, the Black Banner Battalion, said it killed ten soldiers.\n",
            TL_PART_OF, "Black Banner Battalion", "Crescent Brigade");
}

/* Titles coordinated before one name: the first is the name's too, with
 * or without an acronym in parentheses after each group. */
static void test_coordinated_titles(void **state) {
    pair *p = *state;
    const char *t1 = "The court sentenced Crescent Brigade founder and Orion Holdings chief Karim Nassar.\n";
    const char *t2 = "The court sentenced Crescent Brigade (CB) founder and Orion Holdings (OH) chief Karim Nassar.\n";
    assert_true(found(p->tree, t1, TL_FOUNDED, "Karim Nassar", "Crescent Brigade"));
    assert_true(found(p->tree, t1, TL_LEADER_OF, "Karim Nassar", "Orion Holdings"));
    assert_false(found(p->tree, t1, TL_LEADER_OF, "Karim Nassar", "Crescent Brigade"));
    assert_true(found(p->tree, t2, TL_FOUNDED, "Karim Nassar", "Crescent Brigade"));
    assert_true(found(p->tree, t2, TL_LEADER_OF, "Karim Nassar", "Orion Holdings"));
    /* no coordination: one title, one group */
    const char *t3 = "The court sentenced Crescent Brigade founder Karim Nassar and Orion Holdings.\n";
    assert_false(found(p->tree, t3, TL_FOUNDED, "Karim Nassar", "Orion Holdings"));
}

/* One organization owning another: active, passive; a person owning a
 * firm makes no part. */
static void test_ownership(void **state) {
    by_tree(state, "Kelmar Group also owned Vantor Logistics LLC, which it received in 1983.\n", TL_PART_OF,
            "Vantor Logistics LLC", "Kelmar Group");
    by_tree(state, "Vantor Logistics LLC is owned by the Kelmar Group.\n", TL_PART_OF, "Vantor Logistics LLC",
            "Kelmar Group");
    none(state, "Vantor Logistics LLC is owned by Tomas Varga.\n", TL_PART_OF);
}

/* "the parent company of Y": Y is the part, the noun's holder the whole. */
static void test_parent_noun(void **state) {
    pair *p = *state;
    const char *t = "Vantor Holdings Corporation is the parent company of Vantor Logistics LLC.\n";
    assert_true(found(p->tree, t, TL_PART_OF, "Vantor Logistics LLC", "Vantor Holdings Corporation"));
    assert_false(found(p->tree, t, TL_PART_OF, "Vantor Holdings Corporation", "Vantor Logistics LLC"));
}

/* A title coordinated in a predicate takes the copula's subject. */
static void test_title_in_predicate(void **state) {
    by_tree(state, "Tomas Varga is a Norwegian civil servant and former CEO of Kelmar Logistics (KL).\n", TL_LEADER_OF,
            "Tomas Varga", "Kelmar Logistics");
}

/* "the first leader of Y was X", "the first prime minister of Y was X"
 * (read from the words: the parse of the frames hangs X on Y). */
static void test_title_then_name(void **state) {
    pair *p = *state;
    const char *t1 = "The first leader of the Crescent Brigade was Tomas Varga.\n";
    const char *t2 = "The first prime minister of Moldavia was Tomas Varga.\n";
    assert_true(found(p->tree, t1, TL_LEADER_OF, "Tomas Varga", "Crescent Brigade"));
    assert_true(found(p->tree, t2, TL_LEADER_OF, "Tomas Varga", "Moldavia"));
    assert_false(found(p->tree, t2, TL_MEMBER_OF, "Tomas Varga", "Moldavia"));
    /* a premier heads the government (tl_trig.c) */
    assert_true(found(p->tree, "Tomas Varga, the Premier of Moldavia, met the delegation.\n", TL_LEADER_OF,
                      "Tomas Varga", "Moldavia"));
    /* a minister is no leader */
    assert_false(found(p->tree, "The first foreign minister of Moldavia was Tomas Varga.\n", TL_LEADER_OF,
                       "Tomas Varga", "Moldavia"));
}

/* A participle of ownership modifying the part: "Y, owned by X". */
static void test_owned_participle(void **state) {
    by_tree(state, "Vantor Logistics LLC, owned by the Kelmar Group, was sanctioned.\n", TL_PART_OF,
            "Vantor Logistics LLC", "Kelmar Group");
}

/* "X, the parent of Y": the apposition is the whole. */
static void test_parent_apposition(void **state) {
    pair *p = *state;
    const char *t = "Vantor Holdings Corporation, the parent of Vantor Logistics LLC, was fined.\n";
    by_tree(state, t, TL_PART_OF, "Vantor Logistics LLC", "Vantor Holdings Corporation");
    assert_false(found(p->tree, t, TL_PART_OF, "Vantor Holdings Corporation", "Vantor Logistics LLC"));
}

/* "Y includes A and B", "Y is made up (mainly) of A", "Y consists of A",
 * "A and B make up (the core of) Y": between organizations, parts of Y;
 * a body that includes something somewhere makes nothing its part. */
static void test_composed_of(void **state) {
    by_tree(state, "The Crescent Front includes the Black Banner Battalion and the Kelmar Group.\n", TL_PART_OF,
            "Kelmar Group", "Crescent Front");
    by_tree(state, "The Crescent Front is made up mainly of the Black Banner Battalion.\n", TL_PART_OF,
            "Black Banner Battalion", "Crescent Front");
    by_tree(state, "The Crescent Front consisted of the Black Banner Battalion and several tribes.\n", TL_PART_OF,
            "Black Banner Battalion", "Crescent Front");
    by_tree(state, "The Black Banner Battalion and the Kelmar Group make up the core of the Crescent Front.\n",
            TL_PART_OF, "Kelmar Group", "Crescent Front");
    none(state, "The Interior Ministry included the Kelmar Group on its list.\n", TL_PART_OF);
    none(state, "The Crescent Front made the Kelmar Group an offer.\n", TL_PART_OF);
}

/* "under" something that is no organization places nothing; a whole
 * with "its units" is no part of itself or of what it attacked. */
static void test_no_part(void **state) {
    none(state, "The Black Banner Battalion operates under difficult conditions in the Crescent Brigade's territory.\n",
         TL_PART_OF);
    none(state, "The Crescent Brigade and its units attacked the Kelmar Group.\n", TL_PART_OF);
}

/* Taking over a place with an organization named elsewhere in the
 * sentence leads nothing. */
static void test_take_over_other(void **state) {
    none(state, "Tomas Varga took over the town after the Kelmar Group left.\n", TL_LEADER_OF);
}

/* The founder through a relative clause; a take-over between two
 * persons names no group. */
static void test_launch_relative(void **state) {
    by_tree(state, "Nadia Ferro, who launched the Blue Lotus Society in 2019, was arrested in May.\n", TL_FOUNDED,
            "Nadia Ferro", "Blue Lotus Society");
    none(state, "Tomas Varga took over from Omar Haddad in March.\n", TL_LEADER_OF);
}

/* A bare name right after the title's group is its holder. */
static void test_title_group_name(void **state) {
    pair *p = *state;
    const char *t = "In 2015, the President of Republic of Kazakhstan Nursultan Abenov announced the plan.\n";
    assert_true(found(p->tree, t, TL_LEADER_OF, "Nursultan Abenov", "Republic of Kazakhstan"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_take_charge),
        cmocka_unit_test(test_take_charge_subjects),
        cmocka_unit_test(test_under_command_person),
        cmocka_unit_test(test_under_umbrella),
        cmocka_unit_test(test_take_over_place),
        cmocka_unit_test(test_under_leadership),
        cmocka_unit_test(test_launch),
        cmocka_unit_test(test_operate_under),
        cmocka_unit_test(test_fronted_part_noun),
        cmocka_unit_test(test_coordinated_titles),
        cmocka_unit_test(test_ownership),
        cmocka_unit_test(test_parent_noun),
        cmocka_unit_test(test_title_in_predicate),
        cmocka_unit_test(test_title_then_name),
        cmocka_unit_test(test_owned_participle),
        cmocka_unit_test(test_parent_apposition),
        cmocka_unit_test(test_no_part),
        cmocka_unit_test(test_take_over_other),
        cmocka_unit_test(test_launch_relative),
        cmocka_unit_test(test_title_group_name),
        cmocka_unit_test(test_composed_of),
    };
    return cmocka_run_group_tests(tests, org_setup, pair_teardown);
}
