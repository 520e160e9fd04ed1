/* test_export.c -- unit tests of the exporter (tl_export.h): UUIDs, XML escaping, timestamps, the three formats on a hand-made store. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <jansson.h>
#include "tl_arena.h"
#include "tl_export.h"
#include "tl_sha256.h"
#include "tl_store.h"
#include "store_fixture.h"

/* ---- UUIDs ------------------------------------------------------------------ */
static int is_uuid(const char *u) {
    if (strlen(u) != 36) return 0;
    for (int i = 0; i < 36; i++) {
        if (i == 8 || i == 13 || i == 18 || i == 23) { if (u[i] != '-') return 0; continue; }
        if (!((u[i] >= '0' && u[i] <= '9') || (u[i] >= 'a' && u[i] <= 'f'))) return 0;
    }
    return u[14] == '5' && strchr("89ab", u[19]) != NULL; /* version 5, RFC 4122 variant */
}

static void test_uuid(void **state) {
    (void)state;
    char u[37], v[37];
    /* reference values computed independently (Python hashlib) */
    const char *k = "threadline:entity:PERSON:Elchin Guliyev";
    tl_export_uuid(k, strlen(k), u);
    assert_string_equal(u, "88453cc2-cb35-52a4-a7da-34ef93dc0ee6");
    tl_export_uuid("", 0, u);
    assert_string_equal(u, "e3b0c442-98fc-5c14-9afb-f4c8996fb924");
    /* deterministic, and every key gives a well-formed, distinct UUID */
    char key[64];
    for (int i = 0; i < 2000; i++) {
        int n = snprintf(key, sizeof key, "threadline:entity:ORG:name %d", i);
        tl_export_uuid(key, (size_t)n, u);
        assert_true(is_uuid(u));
        tl_export_uuid(key, (size_t)n, v);
        assert_string_equal(u, v);
        n = snprintf(key, sizeof key, "threadline:entity:ORG:name %d", i + 1);
        tl_export_uuid(key, (size_t)n, v);
        assert_string_not_equal(u, v);
    }
    /* the length counts: a prefix is another key */
    tl_export_uuid("abc", 2, u);
    tl_export_uuid("ab", 2, v);
    assert_string_equal(u, v);
    tl_export_uuid("abc", 3, v);
    assert_string_not_equal(u, v);
}

/* ---- XML escaping ------------------------------------------------------------- */
static char *xml(const char *s, size_t n) {
    tl_buf b = TL_BUF_INIT;
    tl_export_xml_str(&b, s, n);
    assert_false(b.oom);
    char *r = strdup(b.p ? b.p : "");
    tl_buf_free(&b);
    return r;
}
#define XML_EQ(lit, want) do { char *r_ = xml((lit), sizeof(lit) - 1); assert_string_equal(r_, (want)); free(r_); } while (0)

static void test_xml_escape(void **state) {
    (void)state;
    XML_EQ("", "");
    XML_EQ("Rahimov", "Rahimov");
    XML_EQ("Jo \"Bo\" O'Hara", "Jo &quot;Bo&quot; O&apos;Hara");
    XML_EQ("<script>&amp;</script>", "&lt;script&gt;&amp;amp;&lt;/script&gt;");
    XML_EQ("a]]>b", "a]]&gt;b"); /* never closes a CDATA section or looks like one */
    XML_EQ("line\nbreak\r\ttab", "line&#10;break&#13;&#9;tab");
    /* C0 controls cannot be written in XML 1.0, not even as references */
    XML_EQ("a\x01" "b\x1f" "c\x7f", "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\x7f");
    char *r = xml("x\0y", 3);
    assert_string_equal(r, "x\xEF\xBF\xBDy");
    free(r);
    /* UTF-8 passes; invalid bytes and the non-characters U+FFFE/U+FFFF do not */
    XML_EQ("Andr\xC3\xA9s \xE2\x80\x9CQ\xE2\x80\x9D", "Andr\xC3\xA9s \xE2\x80\x9CQ\xE2\x80\x9D");
    XML_EQ("a\xFF" "b\xC3", "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
    XML_EQ("\xEF\xBF\xBE\xEF\xBF\xBF\xEF\xBF\xBD", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
    XML_EQ("\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80");
}

/* ---- timestamps and formats --------------------------------------------------- */
static void test_timestamp(void **state) {
    (void)state;
    char t[25];
    assert_int_equal(tl_export_timestamp("2024", t), 0);
    assert_string_equal(t, "2024-01-01T00:00:00.000Z");
    assert_int_equal(tl_export_timestamp("2024-06", t), 0);
    assert_string_equal(t, "2024-06-01T00:00:00.000Z");
    assert_int_equal(tl_export_timestamp("2024-06-06", t), 0);
    assert_string_equal(t, "2024-06-06T00:00:00.000Z");
    assert_int_equal(tl_export_timestamp("2024-06-06T12:30:15Z", t), 0);
    assert_string_equal(t, "2024-06-06T12:30:15.000Z");
    assert_int_equal(tl_export_timestamp("2024-06-06T12:30:15.5Z", t), 0);
    assert_string_equal(t, "2024-06-06T12:30:15.500Z");
    strcpy(t, "untouched");
    const char *bad[] = {NULL, "", "24", "2024-6", "2024-13", "2024-00-10", "2024-01-32", "2024-06-06T12:30Z",
                         "2024-06-06T25:00:00Z", "2024-06-06T12:30:15", "2024-06-06T12:30:15.1234Z", "yesterday",
                         "2024-06-06 12:30:15Z", "2024-06-06T12:30:15Zjunk"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        if (tl_export_timestamp(bad[i], t) != -1) fail_msg("accepted '%s'", bad[i] ? bad[i] : "(null)");
        assert_string_equal(t, "untouched");
    }
    assert_int_equal(tl_export_format_parse("json"), TL_EXPORT_JSON);
    assert_int_equal(tl_export_format_parse("GraphML"), TL_EXPORT_GRAPHML);
    assert_int_equal(tl_export_format_parse("stix"), TL_EXPORT_STIX);
    assert_int_equal(tl_export_format_parse("xml"), -1);
    assert_int_equal(tl_export_format_parse(NULL), -1);
}

/* ---- a hand-made store ------------------------------------------------------------ */
typedef struct ment { int type; const char *name; } ment;

/* One document: entities found in the text by name, one fact per
 * (a0, a1) pair over the whole text (a1 = -1: a one-entity fact). */
static tl_doc *mkdoc(const char *text, const ment *ents, int ne, const int (*facts)[3], int nf) {
    tl_arena *a = tl_arena_new(0);
    tl_doc *d = tl_arena_calloc(a, 1, sizeof *d);
    d->arena = a;
    d->text = tl_arena_strndup(a, text, strlen(text));
    d->len = strlen(text);
    d->path = "hostile <&>.txt";
    d->title = "The \"<hostile>\" & report";
    tl_sha256_hex(text, d->len, d->id);
    d->sentences = tl_arena_calloc(a, 1, sizeof *d->sentences);
    d->sentences[d->n_sentences++] = (tl_sentence){.start = 0, .end = (uint32_t)d->len};
    d->entities = tl_arena_calloc(a, (size_t)ne, sizeof *d->entities);
    d->mentions = tl_arena_calloc(a, (size_t)ne, sizeof *d->mentions);
    for (int i = 0; i < ne; i++) {
        tl_entity *e = &d->entities[d->n_entities++];
        e->type = (uint8_t)ents[i].type;
        e->name = (tl_str){ents[i].name, strlen(ents[i].name)};
        e->mentions = tl_arena_calloc(a, 1, sizeof *e->mentions);
        const char *at = strstr(text, ents[i].name);
        assert_non_null(at);
        uint32_t st = (uint32_t)(at - text);
        d->mentions[d->n_mentions] = (tl_mention){.start = st, .end = st + (uint32_t)strlen(ents[i].name), .entity = i, .type = e->type};
        e->mentions[e->n_mentions++] = d->n_mentions++;
    }
    d->facts = tl_arena_calloc(a, (size_t)nf + 1, sizeof *d->facts);
    for (int i = 0; i < nf; i++) {
        tl_fact *f = &d->facts[d->n_facts++];
        f->type = (uint8_t)facts[i][0];
        f->args[0] = facts[i][1];
        f->args[1] = facts[i][2];
        f->args[2] = f->from = f->place = f->source = -1;
        f->evidence = (tl_span){0, (uint32_t)d->len};
        snprintf(f->time_value, sizeof f->time_value, "2020-05");
    }
    return d;
}


static int setup_store(void **state) {
    fixture *f = fixture_open("export");
    if (!f) return -1;
    /* hostile names: quotes, angle brackets, ampersands, a newline */
    static const char text[] = "Jo \"Bo\" O'Hara <x> & Co joined A&B <Group> \"Tiger's\" in 2020; "
                               "Line\nBreak was held; Ramil Aliyev and Kamil Aliyev met.";
    static const ment ents[] = {{TL_PERSON, "Jo \"Bo\" O'Hara <x> & Co"}, {TL_ORG, "A&B <Group> \"Tiger's\""},
                                {TL_PERSON, "Line\nBreak"}, {TL_PERSON, "Ramil Aliyev"}, {TL_PERSON, "Kamil Aliyev"}};
    static const int facts[][3] = {{TL_MEMBER_OF, 0, 1}, {TL_ARRESTED, 2, -1}, {TL_MET, 3, 4}};
    tl_doc *d = mkdoc(text, ents, 5, facts, 3);
    tl_error err = {0};
    int rc = tl_store_ingest(f->st, d, NULL, NULL, &err);
    tl_arena_free(d->arena);
    if (rc != TL_OK) { fprintf(stderr, "ingest: %s\n", err.msg); return -1; }
    *state = f;
    return 0;
}

static int teardown_store(void **state) {
    fixture_close(*state);
    return 0;
}

/* Runs an export into memory; returns the NUL-terminated bytes (caller frees). */
static char *run_export(tl_store *st, const tl_export_opts *o, int want_rc) {
    FILE *fp = tmpfile();
    assert_non_null(fp);
    tl_error err = {0};
    int rc = tl_export_write(st, o, fp, &err);
    if (rc != want_rc) fail_msg("export: %d (%s), expected %d", rc, err.msg, want_rc);
    long n = ftell(fp);
    char *buf = calloc(1, (size_t)n + 1);
    rewind(fp);
    assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
    fclose(fp);
    return buf;
}

static json_t *parse(const char *s) {
    json_error_t e;
    json_t *v = json_loads(s, 0, &e);
    if (!v) fail_msg("invalid JSON at line %d: %s", e.line, e.text);
    return v;
}

static void test_json(void **state) {
    fixture *f = *state;
    tl_export_opts o = {.format = TL_EXPORT_JSON};
    char *s = run_export(f->st, &o, TL_OK);
    json_t *d = parse(s);
    assert_int_equal(json_integer_value(json_object_get(d, "threadline_export")), 1);
    json_t *ents = json_object_get(d, "entities"), *facts = json_object_get(d, "facts");
    assert_int_equal(json_array_size(ents), 5);
    assert_int_equal(json_array_size(facts), 3);
    int found = 0;
    size_t i;
    json_t *e;
    json_array_foreach(ents, i, e) {
        const char *n = json_string_value(json_object_get(e, "name"));
        found += strcmp(n, "Jo \"Bo\" O'Hara <x> & Co") == 0 || strcmp(n, "A&B <Group> \"Tiger's\"") == 0 ||
                 strcmp(n, "Line\nBreak") == 0;
    }
    assert_int_equal(found, 3);
    json_t *ev = json_array_get(json_object_get(json_array_get(facts, 0), "evidence"), 0);
    assert_non_null(strstr(json_string_value(json_object_get(ev, "text")), "Line\nBreak"));
    assert_string_equal(json_string_value(json_object_get(ev, "title")), "The \"<hostile>\" & report");
    json_decref(d);
    free(s);
}

static void test_graphml(void **state) {
    fixture *f = *state;
    tl_export_opts o = {.format = TL_EXPORT_GRAPHML};
    char *s = run_export(f->st, &o, TL_OK);
    assert_non_null(strstr(s, "<data key=\"name\">Jo &quot;Bo&quot; O&apos;Hara &lt;x&gt; &amp; Co</data>"));
    assert_non_null(strstr(s, "<data key=\"name\">A&amp;B &lt;Group&gt; &quot;Tiger&apos;s&quot;</data>"));
    assert_non_null(strstr(s, "<data key=\"name\">Line&#10;Break</data>"));
    /* no raw markup character escaped anywhere: every '<' opens a tag we wrote */
    for (const char *p = strchr(s, '<'); p; p = strchr(p + 1, '<'))
        assert_true(strncmp(p, "<?xml", 5) == 0 || strncmp(p, "<graphml", 8) == 0 || strncmp(p, "</graphml", 9) == 0 ||
                    strncmp(p, "<key ", 5) == 0 || strncmp(p, "<graph ", 7) == 0 || strncmp(p, "</graph>", 8) == 0 ||
                    strncmp(p, "<node ", 6) == 0 || strncmp(p, "</node>", 7) == 0 || strncmp(p, "<edge ", 6) == 0 ||
                    strncmp(p, "</edge>", 7) == 0 || strncmp(p, "<data ", 6) == 0 || strncmp(p, "</data>", 7) == 0);
    /* MET is symmetric (a data key: NetworkX refuses mixed graphs) */
    assert_non_null(strstr(s, "<data key=\"symmetric\">true</data>"));
    assert_null(strstr(s, "directed=\"false\""));
    size_t nodes = 0, edges = 0;
    for (const char *p = s; (p = strstr(p, "<node ")); p++) nodes++;
    for (const char *p = s; (p = strstr(p, "<edge ")); p++) edges++;
    assert_int_equal(nodes, 5);
    assert_int_equal(edges, 3);
    free(s);
}

static void test_stix(void **state) {
    fixture *f = *state;
    tl_export_opts o = {.format = TL_EXPORT_STIX};
    char *s = run_export(f->st, &o, TL_OK);
    char *s2 = run_export(f->st, &o, TL_OK);
    assert_string_equal(s, s2); /* deterministic */
    json_t *b = parse(s);
    assert_string_equal(json_string_value(json_object_get(b, "type")), "bundle");
    json_t *objs = json_object_get(b, "objects");
    size_t i;
    json_t *x;
    int n_rel = 0, n_note = 0, n_report = 0, n_ident = 0;
    json_array_foreach(objs, i, x) {
        const char *type = json_string_value(json_object_get(x, "type"));
        const char *id = json_string_value(json_object_get(x, "id"));
        assert_non_null(type);
        assert_non_null(id);
        assert_string_equal(json_string_value(json_object_get(x, "spec_version")), "2.1");
        assert_int_equal(strncmp(id, type, strlen(type)), 0);
        assert_true(is_uuid(id + strlen(type) + 2));
        /* created/modified: the document's date, the latest stored */
        assert_string_equal(json_string_value(json_object_get(x, "created")), "1970-01-01T00:00:00.000Z");
        n_rel += strcmp(type, "relationship") == 0;
        n_note += strcmp(type, "note") == 0;
        n_report += strcmp(type, "report") == 0;
        n_ident += strcmp(type, "identity") == 0;
        if (strcmp(type, "relationship") == 0) {
            const char *rt = json_string_value(json_object_get(x, "relationship_type"));
            assert_true(strcmp(rt, "member-of") == 0 || strcmp(rt, "met") == 0);
            assert_string_equal(json_string_value(json_object_get(x, "start_time")), "2020-05-01T00:00:00.000Z");
        }
    }
    assert_int_equal(n_ident, 5);
    assert_int_equal(n_rel, 2);
    assert_int_equal(n_note, 1);
    assert_int_equal(n_report, 1);
    json_decref(b);
    free(s);
    free(s2);
    /* a set timestamp; a bad one writes nothing */
    o.timestamp = "2025-01-02";
    s = run_export(f->st, &o, TL_OK);
    assert_non_null(strstr(s, "\"created\": \"2025-01-02T00:00:00.000Z\""));
    free(s);
    o.timestamp = "soon";
    s = run_export(f->st, &o, TL_EINVAL);
    assert_string_equal(s, "");
    free(s);
}

static int64_t first_id;
static int first_cb(void *ctx, const tl_store_entity *e) { (void)ctx; first_id = e->id; return 1; }

static void test_subsets(void **state) {
    fixture *f = *state;
    first_id = 0;
    assert_int_equal(tl_store_entity_find(f->st, "Ramil Aliyev", first_cb, NULL, NULL, NULL), TL_OK);
    assert_true(first_id > 0);
    /* the entity alone: no fact has all its roles inside */
    tl_export_opts o = {.format = TL_EXPORT_JSON, .entity = first_id, .hops = 0};
    char *s = run_export(f->st, &o, TL_OK);
    json_t *d = parse(s);
    assert_int_equal(json_array_size(json_object_get(d, "entities")), 1);
    assert_int_equal(json_array_size(json_object_get(d, "facts")), 0);
    json_decref(d);
    free(s);
    /* one hop: the MET partner and the fact between them */
    o.hops = 1;
    s = run_export(f->st, &o, TL_OK);
    d = parse(s);
    assert_int_equal(json_array_size(json_object_get(d, "entities")), 2);
    assert_int_equal(json_array_size(json_object_get(d, "facts")), 1);
    json_decref(d);
    free(s);
    /* types: ORG entities only leave no fact whole */
    tl_export_opts t = {.format = TL_EXPORT_JSON, .ent_types = 1u << TL_ORG};
    s = run_export(f->st, &t, TL_OK);
    d = parse(s);
    assert_int_equal(json_array_size(json_object_get(d, "entities")), 1);
    assert_int_equal(json_array_size(json_object_get(d, "facts")), 0);
    json_decref(d);
    free(s);
    t = (tl_export_opts){.format = TL_EXPORT_JSON, .fact_types = 1u << TL_MET};
    s = run_export(f->st, &t, TL_OK);
    d = parse(s);
    assert_int_equal(json_array_size(json_object_get(d, "facts")), 1);
    json_decref(d);
    free(s);
    /* an entity that does not exist */
    o.entity = 999999;
    s = run_export(f->st, &o, TL_ENOTFOUND);
    assert_string_equal(s, "");
    free(s);
}

/* Two entities of one type and canonical name (a rename makes them) still
 * get two ids. */
static void test_same_name(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    if (tl_store_correct(f->st, TL_CORR_RENAME, "Kamil Aliyev", "Ramil Aliyev", 0, NULL, &err) != TL_OK)
        skip(); /* the store refused to give two entities one name: nothing to split */
    tl_export_opts o = {.format = TL_EXPORT_STIX};
    char *s = run_export(f->st, &o, TL_OK);
    json_t *b = parse(s);
    json_t *objs = json_object_get(b, "objects");
    size_t i, j;
    json_t *x, *y;
    int same = 0;
    json_array_foreach(objs, i, x) {
        const char *n = json_string_value(json_object_get(x, "name"));
        same += n && strcmp(n, "Ramil Aliyev") == 0;
    }
    assert_int_equal(same, 2); /* the case this test is about did happen */
    json_array_foreach(objs, i, x) {
        json_array_foreach(objs, j, y) {
            if (i < j) assert_string_not_equal(json_string_value(json_object_get(x, "id")),
                                               json_string_value(json_object_get(y, "id")));
        }
    }
    json_decref(b);
    free(s);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_uuid),
        cmocka_unit_test(test_xml_escape),
        cmocka_unit_test(test_timestamp),
        cmocka_unit_test_setup_teardown(test_json, setup_store, teardown_store),
        cmocka_unit_test_setup_teardown(test_graphml, setup_store, teardown_store),
        cmocka_unit_test_setup_teardown(test_stix, setup_store, teardown_store),
        cmocka_unit_test_setup_teardown(test_subsets, setup_store, teardown_store),
        cmocka_unit_test_setup_teardown(test_same_name, setup_store, teardown_store),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
