/* test_fact_nat.c -- unit tests of nationality appositions set off by dashes or naming a faith (tl_fact_np.c), on invented sentences. */
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

static int setup(void **state) { return extract_setup_at(state, NULL); }

/* The fact of `type` between the entities named a and b, or NULL. */
static const tl_fact *find(const tl_doc *d, int type, const char *a, const char *b) {
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type == type && named(d, f->args[0], a) && named(d, f->args[1], b)) return f;
    }
    return NULL;
}

/* An apposition between dashes states a nationality as one between commas. */
static void test_dash_apposition(void **state) {
    tl_doc *d = run(state, "The report names Oleg Varkin \xe2\x80\x93 a Russian citizen \xe2\x80\x93 as the buyer.\n\n"
                           "Officials questioned Tomas Reiter \xe2\x80\x94 a 40-year-old Austrian \xe2\x80\x94 about the money.\n\n"
                           "Investigators traced Lena Borg -- a Swedish engineer -- to the port.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Oleg Varkin", "Russian"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Tomas Reiter", "Austrian"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Lena Borg", "Swedish"));
    tl_doc_free(d);
    /* a dash that opens no apposition with "a" states nothing */
    d = run(state, "Oleg Varkin \xe2\x80\x93 Russian officials said \xe2\x80\x93 left the port.\n");
    assert_null(find(d, TL_CITIZEN_OF, "Oleg Varkin", "Russian"));
    tl_doc_free(d);
}

/* A faith after the nationality is no second nationality; "with" ends
 * the apposition. */
static void test_faith_after_nationality(void **state) {
    tl_doc *d = run(state, "Police charged Arno Kjelsberg, a Norwegian Islamic extremist, with terrorism.\n\n"
                           "The court heard Karim Ladi, a British Muslim convert, on Monday.\n\n"
                           "The man charged is Anders Udal, a Danish extremist with a long record of violence.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Arno Kjelsberg", "Norwegian"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Karim Ladi", "British"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Anders Udal", "Danish"));
    tl_doc_free(d);
    /* two nationalities together still say no citizenship */
    d = run(state, "The court heard Karim Ladi, a British Iranian convert, on Monday.\n\n"
                   "The plot targeted the prominent Iranian-American journalist Sara Vahdat.\n");
    assert_null(find(d, TL_CITIZEN_OF, "Karim Ladi", "British"));
    assert_null(find(d, TL_CITIZEN_OF, "Karim Ladi", "Iranian"));
    assert_null(find(d, TL_CITIZEN_OF, "Sara Vahdat", "Iranian"));
    assert_null(find(d, TL_CITIZEN_OF, "Sara Vahdat", "American"));
    tl_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dash_apposition),
        cmocka_unit_test(test_faith_after_nationality),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
