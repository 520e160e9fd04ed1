/* test_fact_nat.c -- unit tests of nationalities told around names: aliases, descents, citizenship words, plural descriptions (tl_fact_nat.c, tl_fact_np.c), on invented reports. */
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

/* A nationality before a word of citizenship is the citizenship of the
 * person whose it is or who holds it; two in a row are two. */
static void test_citizenship_word(void **state) {
    expect(state, "The case against Tarek Mansour, whose Egyptian citizenship was revoked in 2015, was dropped.\n",
           TL_CITIZEN_OF, "Tarek Mansour", "Egyptian", 1);
    expect(state, "Oleg Vasnev, who holds dual Russian and Israeli citizenship, left the country.\n", TL_CITIZEN_OF,
           "Oleg Vasnev", "Israeli", 1);
    expect(state, "Oleg Vasnev, who holds dual Russian and Israeli citizenship, left the country.\n", TL_CITIZEN_OF,
           "Oleg Vasnev", "Russian", 1);
    expect(state, "Oleg Vasnev, 41, who also has a British passport, was detained.\n", TL_CITIZEN_OF, "Oleg Vasnev",
           "British", 1);
    expect(state, "Investigators said Oleg Vasnev had obtained Maltese citizenship in 2014.\n", TL_CITIZEN_OF,
           "Oleg Vasnev", "Maltese", 1);
    /* no holder: the word of citizenship names a law or a process */
    expect(state, "Oleg Vasnev said the Russian citizenship law was changed.\n", TL_CITIZEN_OF, "Oleg Vasnev", "Russian",
           0);
}

/* "three British aid workers - X, Y and Z": a plural noun of people after
 * a number and a nationality, set off by a comma or a dash, before names;
 * a courtesy title before each name is no part of it. */
static void test_plural_description(void **state) {
    expect(state, "The group killed three British aid workers, Dan Hollis, Alan Pryce and Joe Tanner.\n", TL_CITIZEN_OF,
           "Alan Pryce", "British", 1);
    expect(state, "The group killed three British aid workers - Dan Hollis, Alan Pryce and Joe Tanner.\n", TL_CITIZEN_OF,
           "Joe Tanner", "British", 1);
    expect(state, "The group held two Canadian engineers \u2013 Mr Dan Hollis and Mr Alan Pryce.\n", TL_CITIZEN_OF,
           "Dan Hollis", "Canadian", 1);
    /* a hyphen joined to its words is no dash */
    expect(state, "The group held two Canadian engineers -Dan Hollis and Alan Pryce.\n", TL_CITIZEN_OF, "Dan Hollis",
           "Canadian", 0);
    /* a plural that is no kind of person */
    expect(state, "The group seized two Canadian trucks, Dan Hollis said.\n", TL_CITIZEN_OF, "Dan Hollis", "Canadian",
           0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_alias),
        cmocka_unit_test(test_not_alias),
        cmocka_unit_test(test_origin),
        cmocka_unit_test(test_citizenship_word),
        cmocka_unit_test(test_plural_description),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
