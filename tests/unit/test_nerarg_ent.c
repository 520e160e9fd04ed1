/* test_nerarg_ent.c -- entities fact arguments need: an acronym in parentheses after a place is its name only when it begins with the place's initial; kin's given names share a surname. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "extract_fixture.h"

static int setup(void **state) { return extract_setup_at(state, NULL); }

/* Index of the entity holding `name` (name or alias), or -1. */
static int ent_of(const tl_doc *d, const char *name) {
    for (uint32_t i = 0; i < d->n_entities; i++)
        if (named(d, (int32_t)i, name)) return (int)i;
    return -1;
}

/* "EL PASO, Texas (KTSM) --": a station's call sign after the dateline's
 * state is the station, so the state stays a place though the station
 * is named as a body later. */
static void test_dateline_credit(void **state) {
    tl_doc *d = run(state, "BRIDGETON, Texas (KZRB) \xE2\x80\x94 Two brothers were arrested on Friday in Bridgeton.\n\n"
                           "Police sources told KZRB that the brothers were held at the county jail.\n");
    int tx = ent_of(d, "Texas"), st = ent_of(d, "KZRB");
    assert_true(tx >= 0 && st >= 0);
    assert_int_not_equal(tx, st);
    assert_int_equal(d->entities[tx].type, TL_GPE);
    tl_doc_free(d);
}

/* A place's own acronym begins with its initial and still names it. */
static void test_place_acronym(void **state) {
    tl_doc *d = run(state, "Militants attacked a checkpoint in Khyber Pakhtunkhwa (KP) on Monday.\n\n"
                           "Violence in KP has grown since 2022.\n");
    int kp = ent_of(d, "KP");
    assert_true(kp >= 0);
    assert_int_equal(kp, ent_of(d, "Khyber Pakhtunkhwa"));
    tl_doc_free(d);
}

/* A group's acronym joins whatever its letters (another language's). */
static void test_group_acronym(void **state) {
    tl_doc *d = run(state, "Fighters of the National Liberation Army (ELN) attacked a base.\n\n"
                           "The ELN denied it on Tuesday.\n");
    int eln = ent_of(d, "ELN");
    assert_true(eln >= 0);
    assert_int_equal(eln, ent_of(d, "National Liberation Army"));
    tl_doc_free(d);
}

/* "the brothers Said and Cherif Kouachi": the given name alone is a
 * person, named with the surname the second name ends in; without kin
 * words two given names before a surname stay as written. */
static void test_shared_surname(void **state) {
    tl_doc *d = run(state, "The brothers Said and Cherif Kouachi were members of al-Qaeda.\n");
    int said = ent_of(d, "Said Kouachi"), cherif = ent_of(d, "Cherif Kouachi");
    assert_true(said >= 0 && cherif >= 0);
    assert_int_not_equal(said, cherif);
    assert_int_equal(d->entities[said].type, TL_PERSON);
    assert_true(named(d, said, "Said")); /* the words written: an alias */
    tl_doc_free(d);
    d = run(state, "The film stars Thalia and Fernando Colunga.\n");
    assert_int_equal(ent_of(d, "Thalia Colunga"), -1);
    tl_doc_free(d);
    d = run(state, "Her sons, Prince Alphonso and Prince Enrico, have died.\n");
    assert_int_equal(ent_of(d, "Alphonso Enrico"), -1);
    tl_doc_free(d);
    /* the family name before the noun of kin: "the Tsarnaev brothers,
     * Dzhokhar and Tamerlan" (not a people's: "the Russian brothers") */
    d = run(state, "The Tsarnaev brothers, Dzhokhar and Tamerlan, planted bombs at the Boston Marathon.\n");
    assert_true(ent_of(d, "Dzhokhar Tsarnaev") >= 0);
    assert_true(ent_of(d, "Tamerlan Tsarnaev") >= 0);
    tl_doc_free(d);
    d = run(state, "The Russian brothers, Ivan and Oleg, were arrested in Madrid.\n");
    assert_int_equal(ent_of(d, "Ivan Russian"), -1);
    tl_doc_free(d);
}

/* "the offices of Charlie Hebdo": a name with offices is a body's, at
 * every mention. */
static void test_offices_of_a_body(void **state) {
    tl_doc *d = run(state, "Gunmen attacked the offices of Charlie Hebdo in Paris.\n\nCharlie Hebdo had published "
                           "cartoons.\n");
    int ch = ent_of(d, "Charlie Hebdo");
    assert_true(ch >= 0);
    assert_int_equal(d->entities[ch].type, TL_ORG);
    assert_int_equal(d->entities[ch].n_mentions, 2);
    tl_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dateline_credit),
        cmocka_unit_test(test_place_acronym),
        cmocka_unit_test(test_group_acronym),
        cmocka_unit_test(test_shared_surname),
        cmocka_unit_test(test_offices_of_a_body),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
