/* test_fact_norp.c -- unit tests of "NORP President X" read as LEADER_OF of the nationality (tl_fact_norp.c), on invented reports. */
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

/* Is there a fact of `type` whose first argument is named a and second b
 * (of entity type bt, -1 any)? */
static int has(const tl_doc *d, int type, const char *a, const char *b, int bt) {
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type != type || f->args[1] < 0) continue;
        if (bt >= 0 && d->entities[f->args[1]].type != bt) continue;
        if (named(d, f->args[0], a) && named(d, f->args[1], b)) return 1;
    }
    return 0;
}

static void expect(void **state, const char *text, const char *a, const char *b, int bt, int want) {
    tl_doc *d = run(state, text);
    int got = has(d, TL_LEADER_OF, a, b, bt);
    tl_doc_free(d);
    if (got != want) fail_msg("%s LEADER_OF %s -> %s in: %s", want ? "no" : "unexpected", a, b, text);
}

/* A head of state's office between the nationality and the name, and no
 * country named in the document: the nationality is the group. */
static void test_office(void **state) {
    expect(state, "Peruvian President Carlos Mendoza opened the new bridge on Monday.\n", "Carlos Mendoza", "Peruvian",
           TL_NORP, 1);
    expect(state, "Crowds cheered as Peruvian Prime Minister Ana Torres arrived at the harbour.\n", "Ana Torres",
           "Peruvian", TL_NORP, 1);
    expect(state, "The talks were led by Iranian Supreme Leader Hamid Rostami last week.\n", "Hamid Rostami",
           "Iranian", TL_NORP, 1);
    /* a people with no state of its own is still led */
    expect(state, "Chechen leader Ruslan Dadayev praised the troops.\n", "Ruslan Dadayev", "Chechen", TL_NORP, 1);
}

/* The country named in the document: the frames make the fact with the
 * country, and the nationality gets none. */
static void test_country_named(void **state) {
    const char *text = "Peruvian President Carlos Mendoza opened a bridge. Peru is proud of it.\n";
    expect(state, text, "Carlos Mendoza", "Peru", TL_GPE, 1);
    expect(state, text, "Carlos Mendoza", "Peruvian", TL_NORP, 0);
}

/* Offices that lead no country, a faith or a party, and a name that is not
 * right after the office. */
static void test_not_leader(void **state) {
    expect(state, "Peruvian opposition leader Ana Torres left the capital.\n", "Ana Torres", "Peruvian", -1, 0);
    expect(state, "Peruvian Foreign Minister Ana Torres left the capital.\n", "Ana Torres", "Peruvian", -1, 0);
    expect(state, "Shiite leader Hamid Rostami spoke to the crowd.\n", "Hamid Rostami", "Shiite", -1, 0);
    expect(state, "Republican leader John Baxter spoke to the crowd.\n", "John Baxter", "Republican", -1, 0);
    expect(state, "The Peruvian president met Ana Torres in the capital.\n", "Ana Torres", "Peruvian", -1, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_office),
        cmocka_unit_test(test_country_named),
        cmocka_unit_test(test_not_leader),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
