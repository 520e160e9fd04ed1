/* test_pos.c -- unit tests of the POS tagger and its model loader (models/pos.model). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_percep.h"
#include "tl_pos.h"

#define MODEL_PATH "models/pos.model"

static unsigned char *read_all(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *b = malloc(n > 0 ? (size_t)n : 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) { free(b); b = NULL; }
    fclose(f);
    *len = (size_t)n;
    return b;
}

static int setup(void **state) {
    tl_error err;
    tl_pos_model *m = tl_pos_load(MODEL_PATH, &err);
    if (!m) { fprintf(stderr, "%s\n", err.msg); return -1; }
    *state = m;
    return 0;
}

static int teardown(void **state) {
    tl_pos_free(*state);
    return 0;
}

/* Splits s on spaces into words (views into s). */
static size_t split(const char *s, tl_str *w, size_t cap) {
    size_t n = 0;
    while (*s && n < cap) {
        while (*s == ' ') s++;
        const char *e = s;
        while (*e && *e != ' ') e++;
        if (e > s) w[n++] = (tl_str){s, (size_t)(e - s)};
        s = e;
    }
    return n;
}

/* Tags s and checks that word `word` got tag `want`. */
static void expect(const tl_pos_model *m, const char *s, const char *word, const char *want) {
    tl_str w[64] = {{0}};
    uint8_t tags[64] = {0};
    size_t n = split(s, w, 64);
    tl_pos_tag(m, w, n, tags);
    for (size_t i = 0; i < n; i++) {
        if (w[i].len == strlen(word) && memcmp(w[i].ptr, word, w[i].len) == 0) {
            if (strcmp(tl_pos_tag_name(tags[i]), want) != 0) {
                fprintf(stderr, "in \"%s\": %s tagged %s, want %s\n", s, word,
                        tl_pos_tag_name(tags[i]), want);
                fail();
            }
            return;
        }
    }
    fail_msg("%s not in \"%s\"", word, s);
}

static void test_key_tags(void **state) {
    const tl_pos_model *m = *state;
    const char *s1 = "The IRGC recruited him in 2014 .";
    expect(m, s1, "The", "DET");
    expect(m, s1, "recruited", "VBD");
    expect(m, s1, "him", "PRON");
    expect(m, s1, "in", "ADP");
    expect(m, s1, "2014", "NUM");
    expect(m, s1, ".", "PUNCT");
    const char *s2 = "He was arrested by police .";
    expect(m, s2, "He", "PRON");
    expect(m, s2, "was", "AUX");
    expect(m, s2, "arrested", "VBN");
    expect(m, s2, "by", "ADP");
    expect(m, s2, "police", "NOUN");
    const char *s3 = "Khalid Mehdiyev travelled to New York .";
    expect(m, s3, "Khalid", "PROPN");
    expect(m, s3, "Mehdiyev", "PROPN");
    expect(m, s3, "travelled", "VBD");
    expect(m, s3, "York", "PROPN");
    expect(m, "The group has recruited fighters .", "recruited", "VBN");
    expect(m, "He recruits fighters .", "recruits", "VERB_PRES");
    expect(m, "He did n't know .", "n't", "PART");
    expect(m, "He did n't know .", "did", "AUX");
    expect(m, "I don 't know .", "'t", "PART");
    expect(m, "He didn't know .", "didn't", "AUX");
    expect(m, "Iran 's Quds Force funds militias .", "'s", "POSS");
    expect(m, "They may attack the embassy .", "may", "MD");
}

static void test_empty_and_odd_input(void **state) {
    const tl_pos_model *m = *state;
    uint8_t tag = 0;
    tl_pos_tag(m, NULL, 0, &tag);
    assert_int_equal(tag, 0);
    /* Non-ASCII, invalid UTF-8, very long and empty words. */
    char longw[300];
    memset(longw, 'a', sizeof longw);
    tl_str w[6] = {{"\xC3\x89mile", 6}, {"\xFF\xFE", 2}, {longw, sizeof longw}, {"", 0},
                   {"\xE2\x80\x9C", 3}, {"caf\xC3", 4}};
    uint8_t tags[6];
    tl_pos_tag(m, w, 6, tags);
    for (int i = 0; i < 6; i++) {
        assert_true(tags[i] > 0 && tags[i] < TL_POS_COUNT);
        assert_non_null(tl_pos_tag_name(tags[i]));
    }
    assert_int_equal(tags[4], TL_POS_PUNCT); /* a curly quote */
}

static void test_tag_names(void **state) {
    (void)state;
    assert_string_equal(tl_pos_tag_name(TL_POS_VBD), "VBD");
    assert_string_equal(tl_pos_tag_name(0), "NONE");
    assert_null(tl_pos_tag_name(TL_POS_COUNT));
    assert_null(tl_pos_tag_name(-1));
    for (int t = 1; t < TL_POS_COUNT; t++) assert_int_equal(tl_pos_tag_parse(tl_pos_tag_name(t)), t);
    assert_int_equal(tl_pos_tag_parse("nope"), TL_POS_NONE);
}

static void test_brown_mapping(void **state) {
    (void)state;
    struct { const char *brown; int tag; } cases[] = {
        {"np-tl", TL_POS_PROPN}, {"nn-hl", TL_POS_NOUN}, {"vbd", TL_POS_VBD}, {"vbn", TL_POS_VBN},
        {"bedz", TL_POS_AUX}, {"hvd*", TL_POS_AUX}, {"dod*", TL_POS_AUX}, {"*", TL_POS_PART},
        {"np$", TL_POS_PROPN}, {"pp$", TL_POS_PRON}, {"pp$$", TL_POS_PRON}, {"wp$", TL_POS_PRON},
        {"fw-in", TL_POS_ADP}, {"fw-nn-tl", TL_POS_NOUN}, {"--", TL_POS_PUNCT}, {"``", TL_POS_PUNCT},
        {"''", TL_POS_PUNCT}, {".", TL_POS_PUNCT}, {"at", TL_POS_DET}, {"cs", TL_POS_SCONJ},
        {"to", TL_POS_PART}, {"wdt", TL_POS_WDT}, {"md*", TL_POS_MD}, {"vbz", TL_POS_VERB_PRES},
        {"ppss", TL_POS_PRON}, {"cd", TL_POS_NUM}, {"uh", TL_POS_X}, {"zzz", TL_POS_X}, {"", TL_POS_X},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int got = tl_pos_from_brown(cases[i].brown, strlen(cases[i].brown));
        if (got != cases[i].tag)
            fail_msg("brown %s -> %s, want %s", cases[i].brown, tl_pos_tag_name(got),
                     tl_pos_tag_name(cases[i].tag));
    }
    assert_int_equal(tl_pos_from_brown("pps+bez", 3), TL_POS_PRON);
}

static void test_bad_model_files(void **state) {
    (void)state;
    size_t len = 0;
    unsigned char *img = read_all(MODEL_PATH, &len);
    assert_non_null(img);
    tl_error err;

    /* The intact image loads from memory. */
    tl_pos_model *m = tl_pos_load_mem(img, len, &err);
    assert_non_null(m);
    tl_pos_free(m);

    /* Every truncation is refused. */
    size_t cuts[] = {0, 1, 7, 8, 12, 16, 20, 40, 100, len / 2, len - 5, len - 1};
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        memset(&err, 0, sizeof err);
        assert_null(tl_pos_load_mem(img, cuts[i], &err));
        assert_int_equal(err.code, TL_EFORMAT);
    }
    /* Flipped bytes anywhere are refused (checksum or header checks). */
    size_t spots[] = {0, 9, 13, 17, 30, 60, 200, len / 3, len / 2, len - 10, len - 1};
    for (size_t i = 0; i < sizeof spots / sizeof spots[0]; i++) {
        img[spots[i]] ^= 0x5A;
        memset(&err, 0, sizeof err);
        assert_null(tl_pos_load_mem(img, len, &err));
        assert_int_equal(err.code, TL_EFORMAT);
        img[spots[i]] ^= 0x5A;
    }
    /* A body corrupted with a re-computed checksum: the parser must still
     * refuse it (or load it) without crashing. */
    for (size_t off = 16; off < 400 && off + 4 < len; off += 3) {
        img[off] ^= 0xFF;
        uint32_t crc = tl_percep_crc32(img, len - 4);
        unsigned char save[4];
        memcpy(save, img + len - 4, 4);
        for (int k = 0; k < 4; k++) img[len - 4 + k] = (unsigned char)(crc >> (8 * k));
        tl_pos_model *mm = tl_pos_load_mem(img, len, &err);
        if (!mm) assert_int_equal(err.code, TL_EFORMAT);
        tl_pos_free(mm);
        memcpy(img + len - 4, save, 4);
        img[off] ^= 0xFF;
    }
    /* Garbage and NULL. */
    memset(&err, 0, sizeof err);
    assert_null(tl_pos_load_mem("hello world, not a model", 24, &err));
    assert_int_equal(err.code, TL_EFORMAT);
    assert_null(tl_pos_load_mem(NULL, 0, &err));
    assert_int_equal(err.code, TL_EINVAL);
    assert_null(tl_pos_load("no/such/file.model", &err));
    assert_int_equal(err.code, TL_EIO);

    /* A truncated file on disk. */
    char path[] = "build/test_pos_truncated.model";
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fwrite(img, 1, len / 3, f);
    fclose(f);
    assert_null(tl_pos_load(path, &err));
    assert_int_equal(err.code, TL_EFORMAT);
    remove(path);
    free(img);
}

static void test_trainer_roundtrip(void **state) {
    (void)state;
    /* A tiny two-class problem: feature 1 means class 0, feature 2 class 1. */
    tl_percep_trainer *t = tl_percep_trainer_new(10, 2);
    assert_non_null(t);
    uint32_t f1[2] = {tl_percep_mix(1, 1), 7}, f2[2] = {tl_percep_mix(1, 2), 7};
    for (int it = 0; it < 10; it++) {
        tl_percep_trainer_update(t, f1, 2, 0, tl_percep_trainer_predict(t, f1, 2));
        tl_percep_trainer_update(t, f2, 2, 1, tl_percep_trainer_predict(t, f2, 2));
    }
    const char *names[2] = {"A", "B"};
    void *img = NULL;
    size_t len = 0;
    tl_error err;
    assert_int_equal(tl_percep_trainer_save(t, "toy", names, 0, &img, &len, &err), TL_OK);
    tl_percep_trainer_free(t);
    assert_null(tl_percep_load_mem(img, len, "pos", &err)); /* wrong kind */
    assert_int_equal(err.code, TL_EFORMAT);
    assert_null(tl_pos_load_mem(img, len, &err));
    tl_percep_model *m = tl_percep_load_mem(img, len, "toy", &err);
    assert_non_null(m);
    assert_int_equal(tl_percep_n_classes(m), 2);
    assert_string_equal(tl_percep_class_name(m, 1), "B");
    assert_int_equal(tl_percep_predict(m, f1, 2), 0);
    assert_int_equal(tl_percep_predict(m, f2, 2), 1);
    tl_percep_free(m);
    free(img);
}

/* Tags every sentence of the example reports with tl_pos_tag and through
 * caches: one kept over all of them, and small ones that fill up and start
 * over again and again.  The tags must not differ, whatever the cache holds. */
static void test_cache_same_tags(void **state) {
    const tl_pos_model *m = *state;
    static const char *files[] = {"examples/01-murder-for-hire-plot.txt", "examples/02-spy-ring-arrests.txt",
                                  "examples/04-sanctions-notice.txt", "tests/data/report1.txt"};
    tl_pos_cache *big = tl_pos_cache_new(m, 0);
    tl_pos_cache *tiny = tl_pos_cache_new(m, 1);        /* the minimum: 16 words */
    tl_pos_cache *small = tl_pos_cache_new(m, 20000);   /* a few dozen words */
    assert_non_null(big);
    assert_non_null(tiny);
    assert_non_null(small);
    size_t sentences = 0;
    for (int pass = 0; pass < 2; pass++) { /* the second pass finds the words cached */
        for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
            size_t len = 0;
            unsigned char *text = read_all(files[f], &len);
            assert_non_null(text);
            char *t = (char *)text;
            for (size_t i = 0; i < len; i++)
                if (t[i] == '\n' || t[i] == '\r' || t[i] == '\t') t[i] = ' ';
            /* Sentences: up to a period; words: split on spaces, with
             * punctuation left attached (any bytes must tag alike). */
            size_t a = 0;
            while (a < len) {
                size_t b = a;
                while (b < len && t[b] != '.') b++;
                char save = b < len ? t[b] : 0;
                if (b < len) t[b] = 0;
                char sent[4096];
                size_t sl = b - a < sizeof sent - 1 ? b - a : sizeof sent - 1;
                memcpy(sent, t + a, sl);
                sent[sl] = 0;
                if (b < len) t[b] = save;
                tl_str w[256];
                uint8_t want[256], got[256];
                size_t n = split(sent, w, 256);
                memset(want, 0, sizeof want);
                tl_pos_tag(m, w, n, want);
                tl_pos_cache *cs[3] = {big, tiny, small};
                for (int k = 0; k < 3; k++) {
                    memset(got, 0, sizeof got);
                    tl_pos_tag_cached(m, cs[k], w, n, got);
                    assert_memory_equal(got, want, n ? n : 1);
                }
                sentences++;
                a = b + 1;
            }
            free(text);
        }
    }
    assert_true(sentences > 100);
    /* A cache of another model, or none, tags uncached. */
    tl_str w[3] = {{"He", 2}, {"left", 4}, {".", 1}};
    uint8_t want[3], got[3];
    tl_pos_tag(m, w, 3, want);
    tl_pos_tag_cached(m, NULL, w, 3, got);
    assert_memory_equal(got, want, 3);
    tl_pos_cache_free(big);
    tl_pos_cache_free(tiny);
    tl_pos_cache_free(small);
    tl_pos_cache_free(NULL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_key_tags),
        cmocka_unit_test(test_empty_and_odd_input),
        cmocka_unit_test(test_tag_names),
        cmocka_unit_test(test_brown_mapping),
        cmocka_unit_test(test_bad_model_files),
        cmocka_unit_test(test_trainer_roundtrip),
        cmocka_unit_test(test_cache_same_tags),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
