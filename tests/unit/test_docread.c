/* test_docread.c -- unit tests of tl_docread_parse (extraction JSON back into a document) and the JSON-lines record helpers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_docread.h"
#include "tl_reader.h"

static const char TEXT[] =
    "Omar Khan met Ali Reza in Paris on 12 March 2021.\n"
    "Omar Khan is the brother of Sami Khan, according to Reuters.\n"
    "Ali Reza, a member of the Green Brigade, was arrested in Berlin in 2022.\n";

/* The JSON of an extraction, printed as `extract --with-text` prints it,
 * read back: the same document in every part the store uses. */
static void test_round_trip(void **state) {
    (void)state;
    tl_error err = {0};
    tl_extractor *ex = tl_extractor_new(NULL, &err);
    assert_non_null(ex);
    tl_doc *d = NULL;
    assert_int_equal(tl_extract(ex, TEXT, strlen(TEXT), "t.txt", &d, &err), TL_OK);
    char *json = NULL;
    size_t len = 0;
    tl_doc_meta meta = {"https://example.org/a", "Example Wire"};
    assert_int_equal(tl_doc_to_json_meta(d, TL_JSON_WITH_TEXT | TL_JSON_PRETTY, &meta, &json, &len), TL_OK);
    tl_doc *r = NULL;
    tl_reader_doc m = {0};
    assert_int_equal(tl_docread_parse(json, len, "elsewhere", &r, &m, &err), TL_OK);
    assert_string_equal(r->id, d->id);
    assert_string_equal(r->path, "t.txt"); /* document.path wins over the fallback */
    assert_string_equal(m.url, "https://example.org/a");
    assert_string_equal(m.source, "Example Wire");
    assert_null(m.text);
    assert_int_equal(r->len, d->len);
    assert_memory_equal(r->text, d->text, d->len);
    /* sentences: the extractor's own */
    assert_int_equal(r->n_sentences, d->n_sentences);
    for (uint32_t i = 0; i < d->n_sentences; i++) {
        assert_int_equal(r->sentences[i].start, d->sentences[i].start);
        assert_int_equal(r->sentences[i].end, d->sentences[i].end);
    }
    assert_int_equal(r->n_entities, d->n_entities);
    for (uint32_t i = 0; i < d->n_entities; i++) {
        assert_int_equal(r->entities[i].type, d->entities[i].type);
        assert_int_equal(r->entities[i].name.len, d->entities[i].name.len);
        assert_memory_equal(r->entities[i].name.ptr, d->entities[i].name.ptr, d->entities[i].name.len);
        assert_int_equal(r->entities[i].n_mentions, d->entities[i].n_mentions);
        assert_int_equal(r->entities[i].n_aliases, d->entities[i].n_aliases);
    }
    /* facts: the symmetric ones too, in their places */
    int sym = 0;
    assert_int_equal(r->n_facts, d->n_facts);
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *a = &d->facts[i], *b = &r->facts[i];
        assert_int_equal(b->type, a->type);
        sym += a->type == TL_MET || a->type == TL_FAMILY_OF || a->type == TL_ASSOCIATE_OF;
        for (int k = 0; k < TL_FACT_MAX_ROLES; k++) assert_int_equal(b->args[k], a->args[k]);
        assert_int_equal(b->place, a->place);
        assert_int_equal(b->source, a->source);
        assert_int_equal(b->modality, a->modality);
        assert_int_equal(b->evidence.start, a->evidence.start);
        assert_int_equal(b->evidence.end, a->evidence.end);
        assert_string_equal(b->time_value, a->time_value);
        assert_int_equal(b->time_text.end - b->time_text.start, a->time_text.end - a->time_text.start);
        assert_memory_equal(r->text + b->time_text.start, d->text + a->time_text.start,
                            a->time_text.end - a->time_text.start);
    }
    assert_true(sym > 0);
    tl_reader_clear(&m);
    tl_docread_free(r);
    free(json);
    tl_doc_free(d);
    tl_extractor_free(ex);
}

static void test_bad_input(void **state) {
    (void)state;
    tl_error err = {0};
    tl_doc *r = NULL;
    tl_reader_doc m = {0};
    static const char *const bad[] = {
        "not json",
        "{}",
        "{\"document\": {\"id\": \"x\"}}",
        "{\"document\": {\"text\": \"a\"}, \"entities\": 3}",
        "{\"document\": {\"text\": \"a\"}, \"facts\": {}}",
        "{\"document\": {\"text\": \"a\"}, \"symmetric_facts\": \"x\"}",
        "{\"document\": {\"text\": \"a\"}, \"entities\": [{\"id\": \"e1\", \"type\": \"ALIEN\", \"name\": \"a\"}]}",
        "{\"document\": {\"text\": \"a\"}, \"facts\": [{\"id\": \"f1\", \"type\": \"LOVES\"}]}",
        "{\"document\": {\"text\": \"nul \\u0000\"}}",
        "{\"document\": {\"text\": \"a\"}, \"entities\": [{\"id\": \"e1\", \"type\": 7, \"name\": \"a\"}]}",
        "{\"document\": {\"text\": \"a\"}, \"entities\": [{\"id\": \"e1\", \"name\": \"a\"}]}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_int_equal(tl_docread_parse(bad[i], strlen(bad[i]), NULL, &r, &m, &err), TL_EFORMAT);
        assert_null(r);
        assert_null(m.url);
        assert_true(err.msg[0] != 0);
    }
    /* references out of range, spans past the end, a non-hex id: read, not trusted */
    const char *odd = "{\"document\": {\"id\": \"../../etc\", \"text\": \"Ann met Bob.\"},"
                      " \"entities\": [{\"id\": \"e1\", \"type\": \"PERSON\", \"name\": \"Ann\", \"mentions\": [[0, 3], [5, 999], [-1, 2]]},"
                      " {\"id\": \"e2\", \"type\": \"PERSON\", \"name\": \"Bob\", \"mentions\": [[8, 11]]}],"
                      " \"facts\": [{\"id\": \"f9\", \"type\": \"MET\", \"args\": {\"a\": \"e1\", \"b\": \"e99\"}, \"evidence\": [[0, 9999]]},"
                      " {\"id\": \"f1\", \"type\": \"MEMBER_OF\", \"args\": {\"member\": \"e7\", \"group\": \"e2\"}}],"
                      " \"symmetric_facts\": [{\"id\": \"f2\", \"type\": \"MET\", \"args\": {\"a\": \"e2\", \"b\": \"e1\"},"
                      " \"time\": {\"text\": \"nowhere\", \"value\": \"2020\"}}]}";
    assert_int_equal(tl_docread_parse(odd, strlen(odd), NULL, &r, NULL, &err), TL_OK);
    assert_string_equal(r->id, "");
    assert_string_equal(r->path, "-");
    assert_int_equal(r->entities[0].n_mentions, 1);
    assert_int_equal(r->n_facts, 2); /* f1 has no first argument: left out */
    assert_int_equal(r->facts[0].args[0], 1); /* f2 before f9 */
    assert_int_equal(r->facts[1].args[0], 0);
    assert_int_equal(r->facts[1].args[1], -1);
    assert_int_equal(r->facts[1].evidence.end, 0);
    assert_int_equal(r->facts[0].time_text.end, 0);
    assert_string_equal(r->facts[0].time_value, "2020");
    assert_true(r->n_sentences >= 1);
    tl_docread_free(r);
    tl_docread_free(NULL);
}

static void test_jsonl_records(void **state) {
    (void)state;
    size_t n = 0, s;
    s = tl_reader_jsonl_trim(" \t{\"a\": 1}\t\r\nnext", 17, &n);
    assert_int_equal(s, 2);
    assert_int_equal(n, 8);
    s = tl_reader_jsonl_trim(" \r\n", 3, &n);
    assert_int_equal(n, 0);
    s = tl_reader_jsonl_trim("", 0, &n);
    assert_int_equal(s + n, 0);
    tl_reader_doc d = {0};
    tl_error err = {0};
    const char *a = "{\"id\": 42, \"text\": \"x\", \"url\": \"u\"}";
    assert_int_equal(tl_reader_jsonl(a, strlen(a), &d, &err), TL_OK);
    assert_string_equal(d.id, "42");
    assert_string_equal(d.url, "u");
    tl_reader_clear(&d);
    const char *b = "{\"id\": \"doc-7\", \"text\": \"x\", \"date\": \"2021-03-04T10:00\"}";
    assert_int_equal(tl_reader_jsonl(b, strlen(b), &d, &err), TL_OK);
    assert_string_equal(d.id, "doc-7");
    assert_string_equal(d.published, "2021-03-04");
    tl_reader_clear(&d);
    const char *c = "{\"id\": \"\", \"text\": \"x\"}"; /* an empty id names nothing */
    assert_int_equal(tl_reader_jsonl(c, strlen(c), &d, &err), TL_OK);
    assert_null(d.id);
    tl_reader_clear(&d);
    const char *e = "{\"id\": \"a\"}";
    assert_int_equal(tl_reader_jsonl(e, strlen(e), &d, &err), TL_EFORMAT);
    assert_non_null(strstr(err.msg, "text"));
    const char *f = "{\"text\": ";
    assert_int_equal(tl_reader_jsonl(f, strlen(f), &d, &err), TL_EFORMAT);
    assert_non_null(strstr(err.msg, "bad JSON"));
    assert_null(d.text);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_jsonl_records),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
