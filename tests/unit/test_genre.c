/* test_genre.c -- unit tests of the encyclopedic-or-news test (tl_genre.c), on invented documents. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_genre.h"

#include "extract_fixture.h"

static int setup(void **state) { return extract_setup_at(state, NULL); }

/* tl_genre_encyclopedic of the extraction of text. */
static int enc(void **state, const char *text) {
    tl_doc *d = run(state, text);
    int r = tl_genre_encyclopedic(d);
    tl_doc_free(d);
    return r;
}

/* tl_genre_news_marks of the extraction of text. */
static int marks(void **state, const char *text) {
    tl_doc *d = run(state, text);
    int r = tl_genre_news_marks(d);
    tl_doc_free(d);
    return r;
}

/* A lead that defines its subject is encyclopedic, with brackets between
 * the name and the copula and after "The". */
static void test_defining_leads(void **state) {
    assert_true(enc(state, "Harlow Quenby\n\nHarlow Quenby (born 4 May 1950 in Dunmore) is an Irish painter "
                           "who lives in Galway. He studied in Cork.\n"));
    assert_true(enc(state, "Velmora Bridge\n\nThe Velmora Bridge is a stone bridge over the Tarn river in the "
                           "south of Corvania. It was built in 1820.\n"));
    assert_true(enc(state, "Ostrel\n\nOstrel is a village located in the district of Halm, in northern "
                           "Corvania, with about 900 people.\n"));
}

/* The same opening in a report: a weekday, a reporting verb or a wire
 * credit makes it news, and so not encyclopedic. */
static void test_news_openings(void **state) {
    assert_false(enc(state, "Painter held\n\nHarlow Quenby is an Irish painter who was arrested on Tuesday "
                            "in Galway, police in the city confirmed.\n"));
    assert_false(enc(state, "Bridge closed\n\nThe Velmora Bridge is a stone bridge that engineers closed "
                            "to traffic, the ministry said in a statement.\n"));
    assert_false(enc(state, "Bridge closed\n\nThe Velmora Bridge is a stone bridge over the Tarn river in the "
                            "south of Corvania. Engineers closed it on Friday after cracks appeared. "
                            "Repairs will take a month.\n"));
    assert_true(marks(state, "Bridge closed\n\nOSTREL, Corvania (AP) -- The Velmora Bridge is a stone bridge "
                             "over the Tarn river in the south of the country.\n"));
    assert_true(marks(state, "Engineers closed the Velmora Bridge yesterday after cracks appeared in its "
                             "northern arch.\n"));
}

/* Reports that define nothing, and leads without a mark, are told apart
 * by the first test alone; a weekday far into an article is no mark. */
static void test_marks_only_in_the_opening(void **state) {
    assert_false(enc(state, "Arrests in Corvania\n\nPolice in Ostrel arrested three men who planned to "
                            "smuggle weapons across the border.\n"));
    assert_false(marks(state, "Velmora Bridge\n\nThe Velmora Bridge is a stone bridge over the Tarn river in "
                              "the south of Corvania. It was built in 1820 by the engineer Paul Drast. "
                              "It has five arches of grey granite. Its tolls were lifted in 1901. "
                              "A fair was held on it every Sunday until 1950.\n"));
    assert_false(marks(state, "Ostrel is a village in the district of Halm. It has a church.\n"));
}

/* No sentences: neither test holds. */
static void test_empty(void **state) {
    assert_false(enc(state, ""));
    assert_false(marks(state, ""));
    assert_false(tl_genre_encyclopedic(NULL));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defining_leads),
        cmocka_unit_test(test_news_openings),
        cmocka_unit_test(test_marks_only_in_the_opening),
        cmocka_unit_test(test_empty),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
