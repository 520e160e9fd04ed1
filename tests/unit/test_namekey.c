/* test_namekey.c -- unit tests of the name keys shared by in-document grouping and resolution (tl_namekey.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "tl_namekey.h"
#include "tl_ent.h"

static void exact(const char *s, char *out) { tl_namekey_exact(s, strlen(s), out, TL_NAMEKEY_MAX); }
static void translit(const char *s, char *out) {
    char k[TL_NAMEKEY_MAX];
    exact(s, k);
    tl_namekey_translit(k, strlen(k), out, TL_NAMEKEY_MAX);
}
#define SAME(a, b) do { char x[TL_NAMEKEY_MAX], y[TL_NAMEKEY_MAX]; translit(a, x); translit(b, y); assert_string_equal(x, y); } while (0)
#define DIFF(a, b) do { char x[TL_NAMEKEY_MAX], y[TL_NAMEKEY_MAX]; translit(a, x); translit(b, y); assert_string_not_equal(x, y); } while (0)

static void test_turkic_letters(void **state) {
    (void)state;
    char k[TL_NAMEKEY_MAX];
    exact("Mehmet Emre Y\xc4\xb1ld\xc4\xb1r\xc4\xb1m", k); /* Yıldırım */
    assert_string_equal(k, "mehmet emre yildirim");
    exact("\xc6\x8fliyev", k);                            /* Əliyev */
    assert_string_equal(k, "aliyev");
    exact("M\xc9\x99mm\xc9\x99""dov", k);                 /* Məmmədov */
    assert_string_equal(k, "mammadov");
    exact("Şahin Ğül Çelik Öztürk İsmail", k);
    assert_string_equal(k, "sahin gul celik ozturk ismail");
    exact("The Qods Force's", k);
    assert_string_equal(k, "qods force");
    exact("Al-Arabiya", k);
    assert_string_equal(k, "al arabiya");
}

static void test_transliterations(void **state) {
    (void)state;
    SAME("Qods Force", "Quds Force");
    SAME("Qasem Soleimani", "Ghasem Soleimani");
    SAME("Hussainiyoun", "Huseyniyoun");
    SAME("Mohammad", "Muhammad");
    SAME("Khamenei", "Hamenei");
    SAME("Aliyev", "Aliev");
    SAME("Aliyevs", "Aliyev");       /* the family */
    SAME("Mamedovs", "Mamedov");
    SAME("\xc6\x8fliyev", "Aliyev");
    DIFF("Aliyev", "Aliyov");        /* -ev and -ov are different names */
    DIFF("Hassan", "Hussein");
    DIFF("Ramil", "Kamil");
    DIFF("Gaza", "Gazan");
}

/* One key for both passes: what the in-document grouping calls one name the
 * graph calls one name, and the other way round. */
static void test_one_key_for_both_passes(void **state) {
    (void)state;
    static const char *const pairs[][2] = {
        {"aliyev", "aliyov"}, {"qods force", "quds force"}, {"hassan", "hussein"}, {"ghasem", "qasem"}};
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        char a[TL_NAMEKEY_MAX], b[TL_NAMEKEY_MAX], c[TL_NAMEKEY_MAX], d[TL_NAMEKEY_MAX];
        tl_ent_phonetic(pairs[i][0], strlen(pairs[i][0]), a, sizeof a);
        tl_ent_phonetic(pairs[i][1], strlen(pairs[i][1]), b, sizeof b);
        tl_namekey_translit(pairs[i][0], strlen(pairs[i][0]), c, sizeof c);
        tl_namekey_translit(pairs[i][1], strlen(pairs[i][1]), d, sizeof d);
        assert_int_equal(strcmp(a, b) == 0, strcmp(c, d) == 0);
    }
}

static void test_acronym_surname(void **state) {
    (void)state;
    char a[TL_NAMEKEY_MAX];
    tl_namekey_acronym("islamic revolutionary guard corps", a, sizeof a);
    assert_string_equal(a, "irgc");
    assert_int_equal(tl_namekey_acronym("hezbollah", a, sizeof a), 0);
    assert_int_equal(tl_namekey_surname("tawhid ibrahim begli", a, sizeof a), 5);
    assert_string_equal(a, "begli");
    assert_int_equal(tl_namekey_words("tawhid ibrahim begli"), 3);
    assert_true(tl_namekey_is_short_form("IRGC", 4));
    assert_false(tl_namekey_is_short_form("Irgc", 4));
}

static void test_place_core(void **state) {
    (void)state;
    assert_int_equal(tl_namekey_place_core("tarvel strip", 12), 6);
    assert_int_equal(tl_namekey_place_core("idlib province", 14), 5);
    assert_int_equal(tl_namekey_place_core("washington d.c.", 15), 10);
    assert_int_equal(tl_namekey_place_core("washington dc", 13), 10);
    assert_int_equal(tl_namekey_place_core("kuwait city", 11), 11);
    assert_int_equal(tl_namekey_place_core("region", 6), 6);
    assert_int_equal(tl_namekey_place_core("", 0), 0);
}

static void test_org_core(void **state) {
    (void)state;
    assert_int_equal(tl_namekey_org_core("wagner group", 12), 6);
    assert_int_equal(tl_namekey_org_core("los ardillos gang", 17), 12);
    assert_int_equal(tl_namekey_org_core("hizbullah brigades", 18), 18);
    assert_int_equal(tl_namekey_org_core("group", 5), 5);
    assert_int_equal(tl_namekey_org_core("", 0), 0);
}

static void test_hostile_input(void **state) {
    (void)state;
    char big[4096], k[TL_NAMEKEY_MAX], t[TL_NAMEKEY_MAX];
    memset(big, 'a', sizeof big);
    big[100] = '\0'; /* a NUL inside */
    big[200] = (char)0xff;
    size_t n = tl_namekey_exact(big, sizeof big, k, sizeof k);
    assert_true(n < sizeof k);
    assert_true(tl_namekey_translit(k, n, t, sizeof t) < sizeof t);
    assert_int_equal(tl_namekey_exact("", 0, k, sizeof k), 0);
    assert_int_equal(tl_namekey_translit("", 0, t, sizeof t), 0);
}

/* The spellings one name takes in reports give one exact key: case,
 * composed or decomposed accents, spacing, hyphens and other punctuation,
 * a leading "the", a possessive, curly apostrophes; and a key is its own
 * key. */
static void test_exact_key_equivalences(void **state) {
    (void)state;
    static const struct { const char *a, *b; } same[] = {
        {"Jos\xc3\xa9 \xc3\x81lvarez", "JOSE ALVAREZ"},                 /* é Á composed */
        {"Jose\xcc\x81 A\xcc\x81lvarez", "jos\xc3\xa9 \xc3\xa1lvarez"},  /* decomposed = composed */
        {"  Marta   Kowalska ", "Marta Kowalska"},
        {"Marta\tKowalska", "Marta Kowalska"},
        {"Ash-Circle", "Ash Circle"},
        {"Ash \xe2\x80\x93 Circle", "Ash Circle"},                      /* an en dash */
        {"The Ash Circle", "Ash Circle"},
        {"the ash circle", "Ash Circle"},
        {"Ash Circle's", "Ash Circle"},
        {"Ash Circle\xe2\x80\x99s", "Ash Circle"},                      /* ’s */
        {"O'Hara", "OHara"},
        {"O\xe2\x80\x99Hara", "O'Hara"},
        {"Dr. Vel, Jr.", "Dr Vel Jr"},
        {"M\xc3\xbcller", "Muller"},
        {"\xc3\x98rsted", "Orsted"},
    };
    char x[TL_NAMEKEY_MAX], y[TL_NAMEKEY_MAX], z[TL_NAMEKEY_MAX];
    for (size_t i = 0; i < sizeof same / sizeof *same; i++) {
        exact(same[i].a, x);
        exact(same[i].b, y);
        if (strcmp(x, y) != 0) fail_msg("'%s' -> '%s' but '%s' -> '%s'", same[i].a, x, same[i].b, y);
        exact(x, z);
        if (strcmp(x, z) != 0) fail_msg("the key '%s' of '%s' has the key '%s'", x, same[i].a, z);
    }
    /* what tells names apart stays */
    static const struct { const char *a, *b; } diff[] = {
        {"Theodore Vance", "Odore Vance"}, /* "the" only as a word */
        {"Ash Circle", "Ash Circles"},
        {"Ali Hassan", "Ali Hussein"},
        {"Unit 29155", "Unit 29156"},
        {"North Star", "Northstar"},
    };
    for (size_t i = 0; i < sizeof diff / sizeof *diff; i++) {
        exact(diff[i].a, x);
        exact(diff[i].b, y);
        if (strcmp(x, y) == 0) fail_msg("'%s' and '%s' share the key '%s'", diff[i].a, diff[i].b, x);
    }
    /* no letter or digit: no key */
    static const char *const empty[] = {"", " ", "---", "\xe2\x80\x93", "...", "\xe2\x80\x99"};
    for (size_t i = 0; i < sizeof empty / sizeof *empty; i++)
        assert_int_equal(tl_namekey_exact(empty[i], strlen(empty[i]), x, sizeof x), 0);
}

/* Words, surnames and acronyms count words of the key, not of the text. */
static void test_key_words(void **state) {
    (void)state;
    char k[TL_NAMEKEY_MAX], out[TL_NAMEKEY_MAX];
    exact("The Ministry of State Security", k);
    assert_int_equal(tl_namekey_words(k), 4);
    assert_int_equal(tl_namekey_acronym(k, out, sizeof out), 3);
    assert_string_equal(out, "mss");
    assert_int_equal(tl_namekey_acronym2(k, 1, out, sizeof out), 4);
    assert_string_equal(out, "moss");
    exact("Ramil-Mehdiyev", k);
    assert_int_equal(tl_namekey_words(k), 2);
    assert_int_equal(tl_namekey_surname(k, out, sizeof out), 8);
    assert_string_equal(out, "mehdiyev");
    exact("Mehdiyev", k);
    assert_int_equal(tl_namekey_surname(k, out, sizeof out), 0);
    assert_int_equal(tl_namekey_acronym(k, out, sizeof out), 0);
    assert_string_equal(out, "");
    assert_int_equal(tl_namekey_words(""), 0);
}

/* The generated alias table: every key is the exact key of the name as the
 * lexicon writes it (the build's folding agrees with tl_namekey_exact),
 * aliases are sorted and unique, and each is found. */
static void test_org_alias_table(void **state) {
    (void)state;
    const char *at, *nt, *ak, *nk, *prev = NULL;
    size_t i = 0;
    for (; tl_namekey_org_alias_entry(i, &at, &nt, &ak, &nk); i++) {
        char k[TL_NAMEKEY_MAX];
        exact(at, k);
        assert_string_equal(k, ak);
        exact(nt, k);
        assert_string_equal(k, nk);
        assert_string_not_equal(ak, nk);
        if (prev) assert_true(strcmp(prev, ak) < 0);
        prev = ak;
        size_t l = 0;
        const char *got = tl_namekey_org_alias(ak, strlen(ak), &l);
        assert_non_null(got);
        assert_int_equal(l, strlen(nk));
        assert_memory_equal(got, nk, l);
    }
    assert_true(i >= 100);
}

static void test_org_alias_lookup(void **state) {
    (void)state;
    size_t l = 99;
    const char *n = tl_namekey_org_alias("daesh", 5, &l);
    assert_non_null(n);
    assert_int_equal(l, strlen("islamic state"));
    assert_memory_equal(n, "islamic state", l);
    /* the listed name is no alias; a longer or shorter key is another name;
     * the key is a view (not NUL-terminated at n) */
    assert_null(tl_namekey_org_alias("islamic state", 13, &l));
    assert_int_equal(l, 0);
    assert_null(tl_namekey_org_alias("daes", 4, &l));
    assert_null(tl_namekey_org_alias("daesh fighters", 14, &l));
    assert_non_null(tl_namekey_org_alias("daesh fighters", 5, &l));
    assert_null(tl_namekey_org_alias("", 0, &l));
    n = tl_namekey_org_name("ruritanian league", 17, &l);
    assert_int_equal(l, 17);
    assert_memory_equal(n, "ruritanian league", 17);
    n = tl_namekey_org_name("hizballah", 9, &l);
    assert_memory_equal(n, "hezbollah", l);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_turkic_letters),
        cmocka_unit_test(test_transliterations),
        cmocka_unit_test(test_one_key_for_both_passes),
        cmocka_unit_test(test_acronym_surname),
        cmocka_unit_test(test_place_core),
        cmocka_unit_test(test_org_core),
        cmocka_unit_test(test_hostile_input),
        cmocka_unit_test(test_exact_key_equivalences),
        cmocka_unit_test(test_key_words),
        cmocka_unit_test(test_org_alias_table),
        cmocka_unit_test(test_org_alias_lookup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
