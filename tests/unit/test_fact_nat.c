/* test_fact_nat.c -- unit tests of nationality appositions around aliases and descents (tl_fact_nat.c), on invented reports. */
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

static void expect(void **state, const char *text, int type, const char *a, const char *b, int want) {
    tl_doc *d = run(state, text);
    int got = fact_has(d, type, a, b);
    tl_doc_free(d);
    if (got != want) fail_msg("%s fact %s -> %s in: %s", want ? "no" : "unexpected", a, b, text);
}

/* An indictment's short name in parentheses between the defendant and the
 * apposition: quoted, curly-quoted or bare, with an age or without. */
static void test_alias(void **state) {
    expect(state, "Yusuf Karam (\"Karam\"), 41, a Syrian national, was charged on Monday.\n", TL_CITIZEN_OF,
           "Yusuf Karam", "Syrian", 1);
    expect(state, "Yusuf Karam (\u201cKaram\u201d), 41, a North Korean national, was charged.\n", TL_CITIZEN_OF,
           "Yusuf Karam", "North Korean", 1);
    expect(state, "Yusuf Karam (Karam), a Syrian, was charged on Monday.\n", TL_CITIZEN_OF, "Yusuf Karam", "Syrian", 1);
    expect(state, "Yusuf Karam (\"Karam\"), a member of Hamas, was charged on Monday.\n", TL_MEMBER_OF, "Yusuf Karam",
           "Hamas", 1);
}

/* A parenthesis that is no short name leaves the apposition to nobody:
 * a year, a lower-case remark, more than four words. */
static void test_not_alias(void **state) {
    expect(state, "The office of Yusuf Karam (2019), a Syrian national, was closed.\n", TL_CITIZEN_OF, "Yusuf Karam",
           "Syrian", 0);
    expect(state, "He met Yusuf Karam (who was ill), a Syrian national, in Rome.\n", TL_CITIZEN_OF, "Yusuf Karam",
           "Syrian", 0);
    expect(state, "He met Yusuf Karam (Al Ahmad Bin Omar Karam), a Syrian national, in Rome.\n", TL_CITIZEN_OF,
           "Yusuf Karam", "Syrian", 0);
}

/* "a Russian of Chechen origin": the nationality before the descent. */
static void test_origin(void **state) {
    expect(state, "The teacher was killed by Ruslan Tagir, an 18-year-old radicalised Russian of Chechen origin, police said.\n",
           TL_CITIZEN_OF, "Ruslan Tagir", "Russian", 1);
    expect(state, "Ruslan Tagir, a Georgian of Abkhaz descent, was shot.\n", TL_CITIZEN_OF, "Ruslan Tagir", "Georgian", 1);
    /* "of" and a people with no noun of descent: the apposition stops */
    expect(state, "Ruslan Tagir, a Georgian of Abkhaz birds, was shot.\n", TL_CITIZEN_OF, "Ruslan Tagir", "Georgian", 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_alias),
        cmocka_unit_test(test_not_alias),
        cmocka_unit_test(test_origin),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
