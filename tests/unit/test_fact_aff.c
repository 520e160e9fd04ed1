/* test_fact_aff.c -- unit tests of affiliation read from the dependency tree (tl_fact_aff.c), on invented sentences. */
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

/* Does the text give a fact of `type` from the entity named a to b? */
static int found(const tl_extractor *ex, const char *text, int type, const char *a, const char *b) {
    tl_doc *d = NULL;
    tl_error err;
    assert_int_equal(tl_extract(ex, text, strlen(text), "t.txt", &d, &err), TL_OK);
    int hit = 0;
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        hit |= f->type == type && named(d, f->args[0], a) && named(d, f->args[1], b);
    }
    tl_doc_free(d);
    return hit;
}

/* The parse finds the membership, and the word frames alone do not. */
static void member(void **state, const char *text, const char *person, const char *group) {
    pair *p = *state;
    if (!found(p->tree, text, TL_MEMBER_OF, person, group))
        fail_msg("no MEMBER_OF(%s, %s) in: %s", person, group, text);
    if (found(p->flat, text, TL_MEMBER_OF, person, group))
        fail_msg("the frames alone already find MEMBER_OF(%s, %s): %s", person, group, text);
}

/* A leader the frames find becomes a member: a member with the parse,
 * no leader with it, and a leader without it. */
static void part_leader(void **state, const char *text, const char *person, const char *group) {
    pair *p = *state;
    if (!found(p->tree, text, TL_MEMBER_OF, person, group)) fail_msg("no MEMBER_OF(%s, %s) in: %s", person, group, text);
    if (found(p->tree, text, TL_LEADER_OF, person, group)) fail_msg("still LEADER_OF(%s, %s) in: %s", person, group, text);
    if (!found(p->flat, text, TL_LEADER_OF, person, group))
        fail_msg("the frames no longer find LEADER_OF(%s, %s): %s", person, group, text);
}

/* A role noun in apposition names the person's groups, coordinated
 * groups each ("a key figure within Y and Z"; the frames read "in Y"
 * themselves). */
static void test_role_noun_apposition(void **state) {
    const char *t = "Tomas Brandt, a key figure within the Varnak Front and the Orsk Brotherhood, was sanctioned on Monday.\n";
    member(state, t, "Tomas Brandt", "Varnak Front");
    member(state, t, "Tomas Brandt", "Orsk Brotherhood");
}

/* The parser's second subject between commas is the first's apposition
 * (tl_dep_mend_subjects): "X, a former Y general, has been linked". */
static void test_role_noun_second_subject(void **state) {
    member(state, "Omar Dabaan, a former Kessel Army general, has been linked to the attacks.\n", "Omar Dabaan",
           "Kessel Army");
}

/* "as" ties a role noun to the subject of its verb; a modifier before the
 * noun is the group. */
static void test_role_noun_as(void **state) {
    member(state, "Tomas Brandt had been working as a Varnak Front affiliate since 2019.\n", "Tomas Brandt",
           "Varnak Front");
}

/* A copula ties the role noun to its subject, and a noun coordinated
 * with another shares its possessor ("Y's co-founder and chief officer"). */
static void test_role_noun_copula(void **state) {
    member(state, "Lena Ostrova was the Sable Network's co-founder and chief commercial officer.\n", "Lena Ostrova",
           "Sable Network");
}

/* "part of a group called Y": the name the participle gives is the
 * group, and every coordinated subject of the copula is a member. */
static void test_part_of_group_called(void **state) {
    const char *t = "Michal Varga, 19, from Leeds, and Oskar Lind, 18, from west London, were part of a group called "
                    "the Ember Division.\n";
    member(state, t, "Michal Varga", "Ember Division");
    pair *p = *state;
    assert_true(found(p->tree, t, TL_MEMBER_OF, "Oskar Lind", "Ember Division"));
}

/* A chain of capitalized title words between an organization and a
 * name ends in a role noun: a membership, read from the words (so found
 * without the parser too). */
static void test_title_chain(void **state) {
    pair *p = *state;
    assert_true(found(p->tree, "Marine Corps Colonel Oswaldo Salano told reporters the road was closed.\n", TL_MEMBER_OF,
                      "Oswaldo Salano", "Marine Corps"));
    assert_true(found(p->flat, "Varnak Front Deputy Tomas Brandt spoke on Monday.\n", TL_MEMBER_OF, "Tomas Brandt",
                      "Varnak Front"));
    /* a leader's title leads: no membership */
    assert_false(found(p->tree, "Varnak Front Chairman Tomas Brandt spoke on Monday.\n", TL_MEMBER_OF, "Tomas Brandt",
                       "Varnak Front"));
}

/* One office word before a list of names: the first holds it, the
 * others are members; a plural office ("leaders") is everyone's. */
static void test_listed_leaders(void **state) {
    pair *p = *state;
    const char *t = "Authorities sanctioned Falcon Group's general director Harold Vance, Kirill Zatov and Yulia Pank.\n";
    assert_true(found(p->tree, t, TL_LEADER_OF, "Harold Vance", "Falcon Group"));
    assert_true(found(p->tree, t, TL_MEMBER_OF, "Kirill Zatov", "Falcon Group"));
    assert_true(found(p->tree, t, TL_MEMBER_OF, "Yulia Pank", "Falcon Group"));
    assert_false(found(p->tree, t, TL_LEADER_OF, "Yulia Pank", "Falcon Group"));
    const char *u = "The Varnak Front's leaders Tomas Brandt and Lena Ostrova were killed.\n";
    assert_true(found(p->tree, u, TL_LEADER_OF, "Lena Ostrova", "Varnak Front"));
}

/* A member of a part the sentence places in a whole is a member of the
 * whole. */
static void test_member_of_whole(void **state) {
    pair *p = *state;
    const char *t = "Tomas Brandt belonged to the Varnak Front's Eagle faction.\n";
    assert_true(found(p->tree, t, TL_MEMBER_OF, "Tomas Brandt", "Eagle"));
    assert_true(found(p->tree, t, TL_MEMBER_OF, "Tomas Brandt", "Varnak Front"));
    assert_true(found(p->flat, t, TL_MEMBER_OF, "Tomas Brandt", "Varnak Front"));
}

/* A name fused after "pro-" is supported by the name its phrase
 * describes (tl_fact_mod.c); "anti-" supports nothing. */
static void test_pro_compound(void **state) {
    pair *p = *state;
    assert_true(found(p->flat, "Police raided the offices of the pro-Hamas collective Cheikh Yassan in Paris.\n",
                      TL_SUPPORTS, "Cheikh Yassan", "Hamas"));
    assert_false(found(p->tree, "Police raided the offices of the anti-Hamas collective Cheikh Yassan in Paris.\n",
                       TL_SUPPORTS, "Cheikh Yassan", "Hamas"));
}

/* A part noun between the role noun and the group leads to the group
 * ("an official in Y's Paris office" is Y's). */
static void test_role_noun_through_part(void **state) {
    member(state, "Tomas Brandt, an official in the Sable Network's Paris office, was arrested.\n", "Tomas Brandt",
           "Sable Network");
}

/* The role noun must describe the person: an object of the person's verb
 * ("met a fighter of Y") makes no membership, and the whole group's own
 * office stays a leader's ("Y's commander, X"). */
static void test_role_noun_of_someone_else(void **state) {
    pair *p = *state;
    assert_false(found(p->tree, "Tomas Brandt met a fighter of the Varnak Front in Paris.\n", TL_MEMBER_OF,
                       "Tomas Brandt", "Varnak Front"));
    const char *t = "The Varnak Front's commander, Tomas Brandt, was killed.\n";
    assert_true(found(p->tree, t, TL_LEADER_OF, "Tomas Brandt", "Varnak Front"));
    assert_false(found(p->tree, t, TL_MEMBER_OF, "Tomas Brandt", "Varnak Front"));
}

/* A sentence too long for the parser still gets the word-read facts and
 * no tree-read ones, without failing. */
static void test_long_sentence(void **state) {
    pair *p = *state;
    char text[4096];
    size_t n = (size_t)snprintf(text, sizeof text, "Marine Corps Colonel Oswaldo Salano, a key figure within the Varnak Front,");
    for (int k = 0; k < 60 && n + 32 < sizeof text; k++) n += (size_t)snprintf(text + n, sizeof text - n, " and more");
    snprintf(text + n, sizeof text - n, " spoke.\n");
    assert_true(found(p->tree, text, TL_MEMBER_OF, "Oswaldo Salano", "Marine Corps"));
    assert_false(found(p->tree, text, TL_MEMBER_OF, "Oswaldo Salano", "Varnak Front"));
    /* "in" a group the word frames read without the parse */
    n = (size_t)snprintf(text, sizeof text, "Marine Corps Colonel Oswaldo Salano, a key figure in the Varnak Front,");
    for (int k = 0; k < 60 && n + 32 < sizeof text; k++) n += (size_t)snprintf(text + n, sizeof text - n, " and more");
    snprintf(text + n, sizeof text - n, " spoke.\n");
    assert_true(found(p->tree, text, TL_MEMBER_OF, "Oswaldo Salano", "Varnak Front"));
}

/* A place is no group: "a fighter in Syria" names no membership; nor is
 * a name inside a modifier ("the pro-Hamas collective"). */
static void test_place_is_no_group(void **state) {
    pair *p = *state;
    assert_false(found(p->tree, "The defendants include Abdel Sefran, a 65-year-old activist and founder of the pro-Hamas "
                                "collective Cheikh Yassan.\n",
                       TL_MEMBER_OF, "Abdel Sefran", "Hamas"));
    assert_false(found(p->tree, "Tomas Brandt, a fighter in Syria, was arrested.\n", TL_MEMBER_OF, "Tomas Brandt", "Syria"));
}

/* The head of a part of a group is its member: a part reached through
 * "of" or an object, a portfolio ("for ..."), a common noun before the
 * office. */
static void test_part_leaders(void **state) {
    part_leader(state, "Tomas Brandt, the commander of the Varnak Front's coastal sector, was killed.\n", "Tomas Brandt",
                "Varnak Front");
    part_leader(state, "Tomas Brandt, who heads the Varnak Front's Jerusalem office, lives in Turkey.\n", "Tomas Brandt",
                "Varnak Front");
    part_leader(state, "Tomas Brandt, the Sable Network's director for international relations, said the talks had failed.\n",
                "Tomas Brandt", "Sable Network");
    part_leader(state, "Tomas Brandt, the Sable Network's procurement director, was arrested.\n", "Tomas Brandt",
                "Sable Network");
    /* an office the frames read nothing from: a member all the same */
    member(state, "Tomas Brandt, the Sable Network's head of security, was arrested.\n", "Tomas Brandt", "Sable Network");
}

/* "Y's Odessa leader X": the place says where the part is; the person is
 * Y's member, leads neither Y nor the place. */
static void test_place_leader(void **state) {
    pair *p = *state;
    const char *t = "The Sable Network's Odessa leader, Tomas Brandt, was shot dead.\n";
    assert_true(found(p->tree, t, TL_MEMBER_OF, "Tomas Brandt", "Sable Network"));
    assert_false(found(p->tree, t, TL_LEADER_OF, "Tomas Brandt", "Odessa"));
    assert_false(found(p->tree, t, TL_LEADER_OF, "Tomas Brandt", "Sable Network"));
    assert_true(found(p->flat, t, TL_LEADER_OF, "Tomas Brandt", "Odessa"));
}

/* The leader of a whole group stays its leader, the group's own kind
 * noun before the office included ("the Y party leader"). */
static void test_whole_leaders_stay(void **state) {
    pair *p = *state;
    const char *t1 = "Tomas Brandt, the leader of the Varnak Front, was killed.\n";
    const char *t2 = "Tamar Unity Party leader Lena Ostrova spoke on Monday.\n";
    assert_true(found(p->tree, t1, TL_LEADER_OF, "Tomas Brandt", "Varnak Front"));
    assert_false(found(p->tree, t1, TL_MEMBER_OF, "Tomas Brandt", "Varnak Front"));
    assert_true(found(p->tree, t2, TL_LEADER_OF, "Lena Ostrova", "Tamar Unity Party"));
    assert_false(found(p->tree, t2, TL_MEMBER_OF, "Lena Ostrova", "Tamar Unity Party"));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_role_noun_apposition),
        cmocka_unit_test(test_role_noun_as),
        cmocka_unit_test(test_role_noun_copula),
        cmocka_unit_test(test_part_of_group_called),
        cmocka_unit_test(test_title_chain),
        cmocka_unit_test(test_listed_leaders),
        cmocka_unit_test(test_member_of_whole),
        cmocka_unit_test(test_pro_compound),
        cmocka_unit_test(test_role_noun_through_part),
        cmocka_unit_test(test_role_noun_of_someone_else),
        cmocka_unit_test(test_long_sentence),
        cmocka_unit_test(test_place_is_no_group),
        cmocka_unit_test(test_part_leaders),
        cmocka_unit_test(test_place_leader),
        cmocka_unit_test(test_whole_leaders_stay),
        cmocka_unit_test(test_role_noun_second_subject),
    };
    return cmocka_run_group_tests(tests, pair_setup, pair_teardown);
}
