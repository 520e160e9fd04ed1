/* test_nerarg_ent.c -- entities fact arguments need: an acronym in parentheses after a place is its name only when it begins with the place's initial. */
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

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dateline_credit),
        cmocka_unit_test(test_place_acronym),
        cmocka_unit_test(test_group_acronym),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
