/* test_time.c -- unit tests of date expressions in text (tl_time.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "tl_arena.h"
#include "tl_tok.h"
#include "tl_time.h"
#include "tok_fixture.h"

/* Finds the first date in text; checks its ISO value and its exact text. */
static void expect_date(const char *text, const char *iso, const char *span) {
    tl_doc *d = tok_doc(text);
    tl_time_match m;
    for (uint32_t i = 0; i < d->n_tokens; i++) {
        if (!tl_time_at(d, i, &m)) continue;
        char out[11];
        tl_time_iso(&m, out);
        assert_true(m.tok_begin == i && m.tok_end > m.tok_begin && m.tok_end <= d->n_tokens);
        uint32_t s = d->tokens[m.tok_begin].start, e = d->tokens[m.tok_end - 1].end;
        if (strcmp(out, iso) != 0 || e - s != strlen(span) || memcmp(d->text + s, span, e - s) != 0)
            fail_msg("\"%s\": got %s \"%.*s\", want %s \"%s\"", text, out, (int)(e - s), d->text + s, iso, span);
        tok_doc_free(d);
        return;
    }
    fail_msg("\"%s\": no date found, want %s", text, iso);
}

static void expect_no_date(const char *text) {
    tl_doc *d = tok_doc(text);
    tl_time_match m;
    for (uint32_t i = 0; i < d->n_tokens; i++)
        if (tl_time_at(d, i, &m)) fail_msg("\"%s\": unexpected date at token %u", text, i);
    tok_doc_free(d);
}

static void test_month_day_year(void **state) {
    (void)state;
    expect_date("on October 3, 2021 police", "2021-10-03", "October 3, 2021");
    expect_date("on October 3 2021 police", "2021-10-03", "October 3 2021");
    expect_date("on Oct. 3, 2021 police", "2021-10-03", "Oct. 3, 2021");
    expect_date("on Sept. 11, 2001", "2001-09-11", "Sept. 11, 2001");
    expect_date("on Jan. 21st, 2020", "2020-01-21", "Jan. 21st, 2020");
}

static void test_day_month_year(void **state) {
    (void)state;
    expect_date("born 13 March 1963 in Baku", "1963-03-13", "13 March 1963");
    expect_date("on 3rd August 2019,", "2019-08-03", "3rd August 2019");
    expect_date("on 1 Dec 2022", "2022-12-01", "1 Dec 2022");
}

static void test_month_year(void **state) {
    (void)state;
    expect_date("in July 2022 he", "2022-07", "July 2022");
    expect_date("since Feb. 2014", "2014-02", "Feb. 2014");
}

static void test_without_year(void **state) {
    /* A day and a month without a year: matched, but no ISO value (the
     * value needs a year; the fact layer may supply one from context). */
    (void)state;
    tl_doc *d = tok_doc("on May 5 they met");
    tl_time_match m;
    assert_true(tl_time_at(d, 1, &m));
    assert_int_equal(m.month, 5);
    assert_int_equal(m.day, 5);
    assert_int_equal(m.year, 0);
    assert_int_equal(m.tok_end, 3);
    char out[11];
    tl_time_iso(&m, out);
    assert_string_equal(out, "");
    tok_doc_free(d);
    d = tok_doc("on 13 March they met");
    assert_true(tl_time_at(d, 1, &m));
    assert_int_equal(m.month, 3);
    assert_int_equal(m.day, 13);
    assert_int_equal(m.year, 0);
    tok_doc_free(d);
}

static void test_year_and_iso(void **state) {
    (void)state;
    expect_date("in 2014 he", "2014", "2014");
    expect_date("RIGA, 2024-02-07 --", "2024-02-07", "2024-02-07");
    expect_no_date("code 2024-13-07 and 2024-00-10 and 0999 and 2300");
    expect_no_date("30,000 3.5 12 345 1");
}

static void test_not_dates(void **state) {
    (void)state;
    /* "may" the verb, a month name used as a word, a lone month. */
    expect_no_date("he may 5 times");
    expect_no_date("the March of the volunteers");
    expect_no_date("in May");
    expect_no_date("July 45");
}

static void test_month_names(void **state) {
    (void)state;
    static const char *full[] = {"January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"};
    for (int m = 0; m < 12; m++) {
        assert_int_equal(tl_time_month(full[m], strlen(full[m])), m + 1);
        char ab[5] = {full[m][0], full[m][1], full[m][2], '.', 0};
        if (m != 4) assert_int_equal(tl_time_month(ab, 4), m + 1);
    }
    assert_int_equal(tl_time_month("Sept.", 5), 9);
    assert_int_equal(tl_time_month("DECEMBER", 8), 12);
    assert_int_equal(tl_time_month("Ma", 2), 0);
    assert_int_equal(tl_time_month("Mayday", 6), 0);
    assert_int_equal(tl_time_month("Septembers", 10), 0);
    assert_int_equal(tl_time_month("", 0), 0);
    assert_int_equal(tl_time_month(".", 1), 0);
}

static void test_iso_precision(void **state) {
    (void)state;
    char out[11];
    tl_time_match m = {0, 1, 2022, 0, 0};
    tl_time_iso(&m, out);
    assert_string_equal(out, "2022");
    m.month = 7;
    tl_time_iso(&m, out);
    assert_string_equal(out, "2022-07");
    m.day = 13;
    tl_time_iso(&m, out);
    assert_string_equal(out, "2022-07-13");
    /* Out-of-range fields never overflow the 11 bytes. */
    tl_time_match bad = {0, 1, 123456, 99, 99};
    tl_time_iso(&bad, out);
    assert_true(strlen(out) <= 10);
}

static void test_numeric_dates(void **state) {
    (void)state;
    expect_date("on 24.03.2016 police", "2016-03-24", "24.03.2016");
    expect_date("on 2016/03/24 police", "2016-03-24", "2016/03/24");
    expect_date("on 03/27/2016 police", "2016-03-27", "03/27/2016");
    expect_date("on 27/03/2016 police", "2016-03-27", "27/03/2016");
    expect_date("on 03/04/2016 police", "2016", "03/04/2016"); /* month first or day first? */
    expect_date("in mid-2019 he", "2019", "mid-2019");
    expect_date("by late-2020 he", "2020", "late-2020");
    expect_no_date("version 1.2.3 of 192.168.1.1 and 13/13/2016 and 2016/03/24/7");
}

static void test_out_of_range_tokens(void **state) {
    (void)state;
    tl_doc *d = tok_doc("October");
    tl_time_match m = {7, 7, 7, 7, 7};
    assert_false(tl_time_at(d, 0, &m)); /* month at the end of the text */
    assert_false(tl_time_at(d, 1, &m));
    assert_false(tl_time_at(d, 1000, &m));
    assert_int_equal(m.year, 7); /* untouched */
    tok_doc_free(d);
}

/* Days the calendar does not have are written at month precision, in text
 * and in ISO form alike; leap years by the Gregorian rule. */
static void test_calendar_days(void **state) {
    (void)state;
    expect_date("on February 30, 2021 he", "2021-02", "February 30, 2021");
    expect_date("on 31 April 2020 he", "2020-04", "31 April 2020");
    expect_date("on 2023-04-31 he", "2023-04", "2023-04-31");
    expect_date("on 31.04.2016 he", "2016-04", "31.04.2016");
    expect_date("on 30/02/2016 he", "2016-02", "30/02/2016");
    expect_date("on February 29, 2024 he", "2024-02-29", "February 29, 2024");
    expect_date("on February 29, 2023 he", "2023-02", "February 29, 2023");
    expect_date("on February 29, 2000 he", "2000-02-29", "February 29, 2000"); /* divisible by 400 */
    expect_date("on February 29, 1900 he", "1900-02", "February 29, 1900"); /* by 100, not 400 */
    expect_date("on 2024-02-29 he", "2024-02-29", "2024-02-29");
    /* the last day of every month is a day; the one after it is not */
    static const int last[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    char out[11], want[32];
    for (int mo = 1; mo <= 12; mo++) {
        tl_time_match m = {0, 1, 2023, mo, last[mo - 1]};
        tl_time_iso(&m, out);
        snprintf(want, sizeof want, "2023-%02d-%02d", mo, last[mo - 1]);
        assert_string_equal(out, want);
        m.day++;
        tl_time_iso(&m, out);
        snprintf(want, sizeof want, "2023-%02d", mo);
        assert_string_equal(out, want);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_month_day_year),
        cmocka_unit_test(test_day_month_year),
        cmocka_unit_test(test_month_year),
        cmocka_unit_test(test_without_year),
        cmocka_unit_test(test_year_and_iso),
        cmocka_unit_test(test_not_dates),
        cmocka_unit_test(test_month_names),
        cmocka_unit_test(test_iso_precision),
        cmocka_unit_test(test_numeric_dates),
        cmocka_unit_test(test_out_of_range_tokens),
        cmocka_unit_test(test_calendar_days),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
