/* test_resolve.c -- unit tests of the cross-document resolution keys and decision rule (tl_resolve.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_resolve.h"

/* The exact key of s, into a buffer of the documented size. */
static const char *key_of(const char *s, char *out) {
    tl_resolve_key(s, strlen(s), out, TL_RESOLVE_KEY_MAX);
    return out;
}

/* The variant key of the exact key of s for an entity of type `type`. */
static const char *variant_of(const char *s, int type, char *out) {
    char k[TL_RESOLVE_KEY_MAX];
    key_of(s, k);
    tl_resolve_variant(k, type, out, TL_RESOLVE_KEY_MAX);
    return out;
}

#define SAME_VARIANT(a, b, type)                                                                           \
    do {                                                                                                   \
        char x_[TL_RESOLVE_KEY_MAX], y_[TL_RESOLVE_KEY_MAX];                                               \
        assert_string_equal(variant_of(a, type, x_), variant_of(b, type, y_));                             \
    } while (0)
#define DIFF_VARIANT(a, b, type)                                                                           \
    do {                                                                                                   \
        char x_[TL_RESOLVE_KEY_MAX], y_[TL_RESOLVE_KEY_MAX];                                               \
        assert_string_not_equal(variant_of(a, type, x_), variant_of(b, type, y_));                         \
    } while (0)

/* Another name of a well-known organization (data/lexicon/org_aliases.txt)
 * has the variant key of the name it is listed under; other types and
 * unlisted names keep theirs. */
static void test_org_alias_variant(void **state) {
    (void)state;
    SAME_VARIANT("Hizballah", "Hezbollah", TL_ORG);
    SAME_VARIANT("Daesh", "the Islamic State", TL_ORG);
    SAME_VARIANT("ISIL", "ISIS", TL_ORG);
    SAME_VARIANT("Federal Security Service", "FSB", TL_ORG);
    /* an alias of a department gets the department's variant as well */
    SAME_VARIANT("DOJ", "U.S. Department of Justice", TL_ORG);
    SAME_VARIANT("DOJ", "Justice Department", TL_ORG);
    /* "of the" before the one word: "Department of the Treasury" */
    SAME_VARIANT("U.S. Department of the Treasury", "U.S. Treasury Department", TL_ORG);
    SAME_VARIANT("Ministry of the Interior", "Interior Ministry", TL_ORG);
    DIFF_VARIANT("Ministry of the Interior", "Interior", TL_ORG);
    DIFF_VARIANT("Department of the Navy Reserve", "Navy Reserve Department", TL_ORG);
    DIFF_VARIANT("ISIS", "Islamic State Khorasan Province", TL_ORG);
    DIFF_VARIANT("ISIS-K", "ISIS", TL_ORG);
    DIFF_VARIANT("Hizballah", "Hezbollah", TL_PERSON);
}

/* A word that only describes the organization goes from its variant key
 * ("Wagner Group" = "Wagner"); a unit, a network or a clan stays, and so
 * does a core shorter than four letters. */
static void test_org_core_variant(void **state) {
    (void)state;
    SAME_VARIANT("Wagner Group", "Wagner", TL_ORG);
    SAME_VARIANT("the Los Ardillos gang", "Los Ardillos", TL_ORG);
    SAME_VARIANT("Kessel Movement", "Kessel", TL_ORG);
    DIFF_VARIANT("Hizbullah Brigades", "Hizbullah", TL_ORG);
    DIFF_VARIANT("Stanford University Network", "Stanford University", TL_ORG);
    DIFF_VARIANT("Barakat Clan", "Barakat", TL_ORG);
    DIFF_VARIANT("ABC Group", "ABC", TL_ORG);
    DIFF_VARIANT("Wagner Group", "Wagner", TL_PERSON);
}

static void test_exact_key(void **state) {
    (void)state;
    char k[TL_RESOLVE_KEY_MAX];
    assert_string_equal(key_of("The Nightfall Brigade's", k), "nightfall brigade");
    assert_string_equal(key_of("  Ostrava--Lumen  Group ", k), "ostrava lumen group");
    assert_string_equal(key_of("O'Dwyer", k), "odwyer");
    /* No letters or digits: an empty key, length 0. */
    assert_int_equal(tl_resolve_key("-- ,.", 5, k, sizeof k), 0);
    assert_string_equal(k, "");
    assert_int_equal(tl_resolve_key("", 0, k, sizeof k), 0);
    /* Only the first n bytes count: no NUL needed after them. */
    assert_int_equal(tl_resolve_key("Varda Kell and more", 10, k, sizeof k), strlen("varda kell"));
    assert_string_equal(k, "varda kell");
}

static void test_key_truncates_to_cap(void **state) {
    (void)state;
    /* A name far longer than the key: at most cap-1 bytes, NUL-terminated,
     * and the bytes past cap untouched. */
    char name[2000];
    for (size_t i = 0; i < sizeof name - 1; i++) name[i] = (char)(i % 7 == 6 ? ' ' : 'a' + (char)(i % 26));
    name[sizeof name - 1] = 0;
    char k[TL_RESOLVE_KEY_MAX + 8];
    memset(k, 'Z', sizeof k);
    size_t n = tl_resolve_key(name, strlen(name), k, TL_RESOLVE_KEY_MAX);
    assert_true(n < TL_RESOLVE_KEY_MAX);
    assert_int_equal(strlen(k), n);
    for (size_t i = TL_RESOLVE_KEY_MAX; i < sizeof k; i++) assert_int_equal(k[i], 'Z');
    /* Tiny buffers: cap 1 gives "", cap 3 two bytes. */
    char small[4] = "xyz";
    assert_int_equal(tl_resolve_key("Kell", 4, small, 1), 0);
    assert_int_equal(small[0], 0);
    assert_int_equal(small[1], 'y');
    size_t m = tl_resolve_key("Kell", 4, small, 3);
    assert_true(m <= 2);
    assert_int_equal(strlen(small), m);
}

static void test_phonetic(void **state) {
    (void)state;
    char a[TL_RESOLVE_KEY_MAX], b[TL_RESOLVE_KEY_MAX];
    tl_resolve_phonetic("qasem vadoud", a, sizeof a);
    tl_resolve_phonetic("ghasem vadud", b, sizeof b);
    assert_string_equal(a, b);
    tl_resolve_phonetic("hussain", a, sizeof a);
    tl_resolve_phonetic("husein", b, sizeof b);
    assert_string_equal(a, b);
    /* -ov and -ev stay apart. */
    tl_resolve_phonetic("talirov", a, sizeof a);
    tl_resolve_phonetic("talirev", b, sizeof b);
    assert_string_not_equal(a, b);
    assert_int_equal(tl_resolve_phonetic("", a, sizeof a), 0);
    assert_string_equal(a, "");
}

static void test_variant_person(void **state) {
    (void)state;
    /* Initials go from a three-word person name, not from two words. */
    SAME_VARIANT("Darrow K. Pellam", "Darrow Pellam", TL_PERSON);
    SAME_VARIANT("J. Darrow Pellam", "Darrow Pellam", TL_PERSON);
    DIFF_VARIANT("Darrow Pellam", "Darrow Pellamy", TL_PERSON);
    /* All initials but one word: the key stays whole rather than shrink to a
     * single word that would join any Pellam. */
    char v[TL_RESOLVE_KEY_MAX], w[TL_RESOLVE_KEY_MAX];
    variant_of("J. K. Pellam", TL_PERSON, v);
    variant_of("Pellam", TL_PERSON, w);
    assert_string_not_equal(v, w);
}

static void test_variant_norp_org_place(void **state) {
    (void)state;
    SAME_VARIANT("Velorians", "Velorian", TL_NORP);
    /* A double s is not a plural ("Swiss"). */
    char v[TL_RESOLVE_KEY_MAX], w[TL_RESOLVE_KEY_MAX];
    variant_of("Kross", TL_NORP, v);
    variant_of("Kros", TL_NORP, w);
    assert_string_equal(v, w); /* doubled letters are single in the transliteration key anyway */
    SAME_VARIANT("Department of Harbors", "Harbors Department", TL_ORG);
    SAME_VARIANT("U.S. Harbors Department", "Harbors Department", TL_ORG);
    SAME_VARIANT("Ministry of Tides", "Tides Ministry", TL_ORG);
    SAME_VARIANT("Northern Lantern Guards", "Northern Lantern Guard", TL_ORG);
    SAME_VARIANT("Northern Lantern Guard Corps", "Northern Lantern Guard", TL_ORG);
    /* "of" followed by two words is not reordered. */
    DIFF_VARIANT("Department of Harbor Works", "Harbor Works Department", TL_ORG);
    /* A qualifier alone, or before a single word, stays. */
    DIFF_VARIANT("US Harbors", "Harbors", TL_ORG);
    SAME_VARIANT("Sorrel Strip", "Sorrel", TL_GPE);
    SAME_VARIANT("Kaveh Province", "Kaveh", TL_LOC);
    /* "City" is part of the name. */
    DIFF_VARIANT("Sorrel City", "Sorrel", TL_GPE);
    /* Other types: the transliteration key of the key itself. */
    char p[TL_RESOLVE_KEY_MAX];
    variant_of("Quay Forty", TL_FAC, v);
    tl_resolve_phonetic("quay forty", p, sizeof p);
    assert_string_equal(v, p);
}

static void test_variant_long_and_small(void **state) {
    (void)state;
    /* A key of the maximum length for every type: bounded, terminated. */
    char key[TL_RESOLVE_KEY_MAX];
    for (size_t i = 0; i < sizeof key - 1; i++) key[i] = (char)(i % 5 == 4 ? ' ' : 's');
    key[sizeof key - 1] = 0;
    for (int type = 0; type < TL_ENT_TYPE_COUNT; type++) {
        char out[TL_RESOLVE_KEY_MAX];
        size_t n = tl_resolve_variant(key, type, out, sizeof out);
        assert_true(n < sizeof out);
        assert_int_equal(strlen(out), n);
        char tiny[2] = "q";
        size_t m = tl_resolve_variant(key, type, tiny, 2);
        assert_true(m <= 1);
        assert_int_equal(strlen(tiny), m);
        /* cap 0 writes nothing. */
        char none = 'x';
        assert_int_equal(tl_resolve_variant(key, type, &none, 0), 0);
        assert_int_equal(none, 'x');
    }
}

static void test_acronym_surname_tail(void **state) {
    (void)state;
    char o[TL_RESOLVE_KEY_MAX];
    assert_int_equal(tl_resolve_acronym("united front for the liberation of kessa", o, sizeof o), 4);
    assert_string_equal(o, "uflk");
    /* One significant word: no acronym. */
    assert_int_equal(tl_resolve_acronym("the kessa", o, sizeof o), 0);
    assert_string_equal(o, "");
    /* A word starting with a digit spoils it. */
    assert_int_equal(tl_resolve_acronym("brigade 17 north", o, sizeof o), 0);
    assert_string_equal(o, "");
    /* A small buffer keeps the first initials. */
    char s3[3];
    assert_int_equal(tl_resolve_acronym("alpha bravo charlie delta", s3, sizeof s3), 2);
    assert_string_equal(s3, "ab");
    assert_int_equal(tl_resolve_acronym("alpha bravo", s3, 0), 0);

    assert_int_equal(tl_resolve_surname("darrow k pellam", o, sizeof o), 6);
    assert_string_equal(o, "pellam");
    assert_int_equal(tl_resolve_surname("pellam", o, sizeof o), 0);
    assert_string_equal(o, "");
    assert_int_equal(tl_resolve_surname("pellam ", o, sizeof o), 0);
    assert_int_equal(tl_resolve_surname("darrow pellam", s3, sizeof s3), 2);
    assert_string_equal(s3, "pe");

    assert_int_equal(tl_resolve_tail("islamic lantern guard corps", o, sizeof o), strlen("guard corps"));
    assert_string_equal(o, "guard corps");
    assert_int_equal(tl_resolve_tail("lantern guard", o, sizeof o), 0);
    assert_string_equal(o, "");
    assert_int_equal(tl_resolve_tail("a b c", s3, sizeof s3), 2);
    assert_string_equal(s3, "b ");
    char keep = 'k';
    assert_int_equal(tl_resolve_tail("a b c", &keep, 0), 0);
    assert_int_equal(keep, 'k');
}

static void test_words_short_forms_types(void **state) {
    (void)state;
    assert_int_equal(tl_resolve_words(""), 0);
    assert_int_equal(tl_resolve_words("   "), 0);
    assert_int_equal(tl_resolve_words("one"), 1);
    assert_int_equal(tl_resolve_words(" one  two three "), 3);

    assert_true(tl_resolve_is_short_form("UFLK", 4));
    assert_true(tl_resolve_is_short_form("DoH", 3));
    assert_false(tl_resolve_is_short_form("Do", 2));     /* two letters, one small */
    assert_false(tl_resolve_is_short_form("K", 1));      /* too short */
    assert_false(tl_resolve_is_short_form("ABCDEFGHI", 9)); /* too long */
    assert_false(tl_resolve_is_short_form("AB-C", 4));
    assert_false(tl_resolve_is_short_form("Kessa", 5));
    assert_false(tl_resolve_is_short_form("DoHs", 4));   /* must end in a capital */
    /* Only n bytes are read. */
    assert_true(tl_resolve_is_short_form("UFLKxyz", 4));

    for (int a = 0; a < TL_ENT_TYPE_COUNT; a++) assert_true(tl_resolve_types_compatible(a, a));
    assert_true(tl_resolve_types_compatible(TL_GPE, TL_LOC));
    assert_true(tl_resolve_types_compatible(TL_LOC, TL_GPE));
    assert_true(tl_resolve_types_compatible(TL_FAC, TL_LOC));
    assert_true(tl_resolve_types_compatible(TL_LOC, TL_FAC));
    assert_false(tl_resolve_types_compatible(TL_GPE, TL_FAC));
    assert_false(tl_resolve_types_compatible(TL_PERSON, TL_ORG));
    assert_false(tl_resolve_types_compatible(TL_ORG, TL_NORP));
}

static void test_why_names(void **state) {
    (void)state;
    assert_string_equal(tl_resolve_why_name(TL_WHY_NEW), "new entity");
    assert_string_equal(tl_resolve_why_name(TL_WHY_NAME), "same full name");
    assert_string_equal(tl_resolve_why_name(TL_WHY_NAME | TL_WHY_CONTEXT), "same full name");
    assert_string_equal(tl_resolve_why_name(TL_WHY_CONTEXT), "shared context");
    assert_string_equal(tl_resolve_why_name(TL_WHY_SHORTFORM), "short form, with shared context");
    /* Any value gives a string. */
    for (int w = -40; w < 300; w++) assert_non_null(tl_resolve_why_name(w));
}

static void test_choose(void **state) {
    (void)state;
    assert_int_equal(tl_resolve_choose(NULL, 0), -1);
    /* The strongest match wins whatever the context. */
    tl_resolve_cand c[4] = {
        {.entity = 10, .strength = 2, .context = 9},
        {.entity = 11, .strength = 3, .context = 0},
        {.entity = 12, .strength = 1, .context = 20},
    };
    assert_int_equal(tl_resolve_choose(c, 3), 1);
    /* Equal strength: the most context. */
    c[0].strength = 3;
    assert_int_equal(tl_resolve_choose(c, 3), 0);
    /* A tie on an exact name: the first (oldest) candidate. */
    c[0].context = 0;
    assert_int_equal(tl_resolve_choose(c, 3), 0);
    /* A tie on a weaker match: a new entity. */
    tl_resolve_cand w[3] = {
        {.entity = 1, .strength = 1, .context = 2},
        {.entity = 2, .strength = 1, .context = 2},
        {.entity = 3, .strength = 1, .context = 1},
    };
    assert_int_equal(tl_resolve_choose(w, 3), -1);
    /* ... unless a later one has more context, which breaks the tie. */
    w[2].context = 3;
    assert_int_equal(tl_resolve_choose(w, 3), 2);
    /* One weak candidate alone is taken. */
    assert_int_equal(tl_resolve_choose(w, 1), 0);
    /* A tie found before a stronger candidate does not count. */
    tl_resolve_cand t[3] = {
        {.entity = 1, .strength = 2, .context = 0},
        {.entity = 2, .strength = 2, .context = 0},
        {.entity = 3, .strength = 3, .context = 0},
    };
    assert_int_equal(tl_resolve_choose(t, 3), 2);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exact_key),
        cmocka_unit_test(test_key_truncates_to_cap),
        cmocka_unit_test(test_phonetic),
        cmocka_unit_test(test_variant_person),
        cmocka_unit_test(test_variant_norp_org_place),
        cmocka_unit_test(test_variant_long_and_small),
        cmocka_unit_test(test_acronym_surname_tail),
        cmocka_unit_test(test_words_short_forms_types),
        cmocka_unit_test(test_why_names),
        cmocka_unit_test(test_choose),
        cmocka_unit_test(test_org_alias_variant),
        cmocka_unit_test(test_org_core_variant),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
