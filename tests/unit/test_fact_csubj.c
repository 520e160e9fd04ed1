/* test_fact_csubj.c -- unit tests of the unnamed relative-clause subject that stops the frames' subject search (tl_fact_csubj.c), on invented reports. */
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

/* Is there a fact of `type` from the entity named a to the one named b? */
static int has(const tl_doc *d, int type, const char *a, const char *b) {
    for (uint32_t i = 0; i < d->n_facts; i++)
        if (d->facts[i].type == type && named(d, d->facts[i].args[0], a) && named(d, d->facts[i].args[1], b)) return 1;
    return 0;
}

static void expect(void **state, const char *text, int type, const char *a, const char *b, int want) {
    tl_doc *d = run(state, text);
    int got = has(d, type, a, b);
    tl_doc_free(d);
    if (got != want) fail_msg("%s fact %s -> %s in: %s", want ? "no" : "unexpected", a, b, text);
}

/* "those who", "(the) people who", "militants who": the supporter is
 * nobody named, not the subject of the clause around. */
static void test_unnamed(void **state) {
    expect(state, "The United States warned that those who evade restrictions support Putin.\n", TL_SUPPORTS,
           "United States", "Putin", 0);
    expect(state, "The United States warned that the people who evade its rules support Putin.\n", TL_SUPPORTS,
           "United States", "Putin", 0);
    expect(state, "Qatar says militants who crossed the border support Hamas.\n", TL_SUPPORTS, "Qatar", "Hamas", 0);
}

/* A name before "who", with or without a comma, and the noun of an
 * apposition ("X, a Ugandan national who joined Y") keep their subject. */
static void test_named(void **state) {
    expect(state, "Musa Kadir, who fled in 2019, supported Hamas.\n", TL_SUPPORTS, "Musa Kadir", "Hamas", 1);
    expect(state, "Musa Kadir who fled in 2019 supported Hamas.\n", TL_SUPPORTS, "Musa Kadir", "Hamas", 1);
    expect(state, "Musa Kadir, a Ugandan national who first joined Hamas in 1995, was sanctioned.\n", TL_MEMBER_OF,
           "Musa Kadir", "Hamas", 1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_unnamed),
        cmocka_unit_test(test_named),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
