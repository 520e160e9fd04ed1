/* test_fact_place.c -- unit tests of places within places read through kind nouns (tl_fact_place.c), on invented sentences, refusals included. */
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

/* Is there a LOCATED_IN fact from the entity named a to the one named b? */
static int located(const tl_doc *d, const char *a, const char *b) {
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type == TL_LOCATED_IN && named(d, f->args[0], a) && named(d, f->args[1], b)) return 1;
    }
    return 0;
}

static void expect(void **state, const char *text, const char *a, const char *b) {
    tl_doc *d = run(state, text);
    if (!located(d, a, b)) fail_msg("no LOCATED_IN(%s, %s) in: %s", a, b, text);
    tl_doc_free(d);
}

static void expect_not(void **state, const char *text, const char *a, const char *b) {
    tl_doc *d = run(state, text);
    if (located(d, a, b)) fail_msg("unexpected LOCATED_IN(%s, %s) in: %s", a, b, text);
    tl_doc_free(d);
}

/* "X is a ... republic in Y", nationality words among the modifiers. */
/* A list of places a plural kind describes: "A and B, two towns in Y",
 * "the towns of A and B in northern Y". */
static void test_list_kind_in(void **state) {
    expect(state, "Gunmen attacked Orsk and Varnak, two towns in northern Mali.\n", "Orsk", "Mali");
    expect(state, "Gunmen attacked Orsk and Varnak, two towns in northern Mali.\n", "Varnak", "Mali");
    expect(state, "Gunmen attacked the towns of Orsk and Varnak in northern Mali.\n", "Varnak", "Mali");
    expect_not(state, "Gunmen attacked Orsk and Varnak in northern Mali.\n", "Orsk", "Varnak");
}

/* "Orsk, in Mali's Kessel province": the place before "in" lies in the
 * possessed one. */
static void test_in_possessed_place(void **state) {
    expect(state, "Gunmen attacked Orsk, in Mali's Kessel province, on Monday.\n", "Orsk", "Kessel");
    expect(state, "Gunmen attacked Orsk, in Mali's Kessel province, on Monday.\n", "Kessel", "Mali");
}

static void test_copula_kind_in(void **state) {
    expect(state, "Korvania is a predominantly Muslim Russian republic in Rusland.\n", "Korvania", "Rusland");
    expect(state, "Korvania is a mountainous republic in the North Caucasus.\n", "Korvania", "North Caucasus");
}

/* A kind noun not followed by "in"/"of" and a place says nothing. */
static void test_copula_without_in_refused(void **state) {
    expect_not(state, "Korvania is a republic with ties to Rusland.\n", "Korvania", "Rusland");
}

/* "X, a township in the district of Y, in eastern Z": the in-phrase read
 * through "the district of", and the trailing ", in Z" placing both. */
static void test_apposition_district_of(void **state) {
    const char *t = "Police searched Bajo Lerma, a township in the district of Buenavista, in eastern Colombia.\n";
    expect(state, t, "Bajo Lerma", "Buenavista");
    expect(state, t, "Buenavista", "Colombia");
    expect(state, t, "Bajo Lerma", "Colombia");
}

/* "Y's capital, Z" and "Y province's capital, Z": the capital lies in Y. */
static void test_possessed_capital(void **state) {
    expect(state, "Militias surrounded North Darfur's capital, El Fasher, in May.\n", "El Fasher", "North Darfur");
    expect(state, "Gunmen entered Nangarhar province's capital, Jalalabad, on Monday.\n", "Jalalabad", "Nangarhar");
}

/* "two Kenyan counties (A, B, C)": each in the country the report names,
 * and none in another (the comma of "A, B" is a list here). */
static void test_owned_list(void **state) {
    const char *t = "Kenya said the herders crossed two Kenyan counties (Marsabit, Isiolo, Samburu) in a week.\n";
    expect(state, t, "Marsabit", "Kenya");
    expect(state, t, "Samburu", "Kenya");
    expect_not(state, t, "Marsabit", "Isiolo");
    expect_not(state, t, "Isiolo", "Samburu");
}

/* The country unnamed: no fact to the nationality, and still no nesting. */
static void test_owned_list_no_country(void **state) {
    const char *t = "Herders crossed two Kenyan counties (Marsabit, Isiolo, Samburu) in a week.\n";
    expect_not(state, t, "Marsabit", "Isiolo");
    expect_not(state, t, "Isiolo", "Samburu");
}

/* "the Syrian city of Aleppo": one place of the nationality's country, when
 * the report names the country. */
static void test_owned_one(void **state) {
    const char *t = "Fighting erupted in the Kenyan city of Marsabit, officials in Kenya said.\n";
    expect(state, t, "Marsabit", "Kenya");
    expect_not(state, "Fighting erupted in the Kenyan city of Marsabit.\n", "Marsabit", "Kenyan");
}

/* "the X district of Y": the of-phrase holds the name before the noun
 * when it is a bigger place by the gazetteer (a capital: Brussels), and
 * names the place itself when it is not ("the Paris suburb of Y"). */
static void test_named_unit_of_city(void **state) {
    expect(state, "Police raided a flat in the Tarvin district of Brussels.\n", "Tarvin", "Brussels");
    expect_not(state, "Police raided a flat in the Tarvin district of Brussels.\n", "Brussels", "Tarvin");
    expect(state, "Police raided a flat in the Paris suburb of Vellory.\n", "Vellory", "Paris");
}

/* "the X Hotel in northern Y": a compass word may stand between "in" and
 * the place. */
static void test_facility_in_compass_place(void **state) {
    expect(state, "Gunmen stormed the Sahel Palace Hotel in northern Mali on Sunday.\n", "Sahel Palace Hotel", "Mali");
}

/* Every place of a list the frame read is a place of the group, the
 * later ones judged as the first ("operated in Mali and Libya"). */
static void test_place_list(void **state) {
    expect(state, "The Kessel Front has operated in Mali and Libya.\n", "Kessel Front", "Libya");
    expect(state, "The Kessel Brigade is active in Burkina Faso and Niger.\n", "Kessel Brigade", "Niger");
    /* an apposition's business in a place */
    expect(state, "Valdor Trading, a money services business in Tiranov, was sanctioned.\n", "Valdor Trading", "Tiranov");
    /* a participle on a common noun tells where that noun's people are */
    expect_not(state, "Omar Dabaan gathered information on exiles living in Tiranov.\n", "Omar Dabaan", "Tiranov");
    expect(state, "The Kessel Front, a Valdor Army unit based in Tiranov, crossed the river.\n", "Kessel Front",
           "Tiranov");
    /* "in the (coastal) town of Y": the place the kind noun names */
    expect(state, "The Kessel Front is headquartered in the coastal town of Tiranov.\n", "Kessel Front", "Tiranov");
    /* "operates from Y": its base */
    expect(state, "The Kessel Front is believed to operate from Tiranov.\n", "Kessel Front", "Tiranov");
}

/* "X is a Y affiliate operating in Z": the part operates, not Y. */
static void test_part_noun_subject(void **state) {
    expect(state, "The Kessel Front is a Valdor Brigade affiliate operating in Mali.\n", "Kessel Front", "Mali");
}

/* The learned scorer places no capital in another country. */
static void test_capital_elsewhere(void **state) {
    expect_not(state, "A Russian national accused of spying for Moscow in Poland, Pavel Rubtsov, was released.\n",
               "Moscow", "Poland");
}

/* A body's presence, cells, branches or offices in a place put it there;
 * a person's do not.  A company registered in a place is there. */
static void test_presence_nouns(void **state) {
    expect(state, "The Kessel Front maintains a presence in Mali.\n", "Kessel Front", "Mali");
    expect(state, "The Kessel Front has cells in France and Belgium.\n", "Kessel Front", "Belgium");
    expect(state, "Valdor Holdings is registered in Cyprus.\n", "Valdor Holdings", "Cyprus");
    expect_not(state, "Omar Talib has offices in Norvik.\n", "Omar Talib", "Norvik");
}

/* A present verb after "and" shares the subject of the verb before it:
 * the place the first verb's object is does not live anywhere. */
static void test_coordinated_verb_subject(void **state) {
    expect_not(state, "Omar Talib fled Valdora and now lives in Norvik.\n", "Valdora", "Norvik");
    expect_not(state, "Omar Talib left Valdora but lives in Norvik.\n", "Valdora", "Norvik");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_copula_kind_in),
        cmocka_unit_test(test_copula_without_in_refused),
        cmocka_unit_test(test_apposition_district_of),
        cmocka_unit_test(test_possessed_capital),
        cmocka_unit_test(test_owned_list),
        cmocka_unit_test(test_owned_one),
        cmocka_unit_test(test_owned_list_no_country),
        cmocka_unit_test(test_named_unit_of_city),
        cmocka_unit_test(test_facility_in_compass_place),
        cmocka_unit_test(test_place_list),
        cmocka_unit_test(test_coordinated_verb_subject),
        cmocka_unit_test(test_presence_nouns),
        cmocka_unit_test(test_capital_elsewhere),
        cmocka_unit_test(test_part_noun_subject),
        cmocka_unit_test(test_list_kind_in),
        cmocka_unit_test(test_in_possessed_place),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
