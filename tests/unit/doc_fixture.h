/* doc_fixture.h -- hand-made documents (entities found in the text by name, facts between them) for the unit tests that fill a store. */
#ifndef DOC_FIXTURE_H
#define DOC_FIXTURE_H
#include <stdio.h>
#include <string.h>
#include "threadline.h"
#include "tl_arena.h"
#include "tl_sha256.h"

/* A fact of a test document: type, two entity names, an optional place,
 * time and modality; its evidence is the sentence holding the first name
 * after `in` (or the first sentence). */
typedef struct fact_spec {
    int type;
    const char *a, *b, *place, *time;
    int modality;
    const char *in;
} fact_spec;

typedef struct ent_spec {
    const char *name;
    int type;
} ent_spec;

/* The index of the entity called `name` in e[0..ne), -1 when name is NULL
 * (an empty role) or not there. */
static inline int ent_index(const ent_spec *e, int ne, const char *name) {
    if (!name) return -1;
    for (int i = 0; i < ne; i++)
        if (strcmp(e[i].name, name) == 0) return i;
    return -1;
}

/* A document: sentences split after ". ", one mention for every occurrence
 * of each entity's name, the facts above. */
static inline tl_doc *mkdoc(const char *text, const char *path, const char *published, const ent_spec *ents, int ne,
                     const fact_spec *facts, int nf) {
    tl_arena *a = tl_arena_new(0);
    tl_doc *d = tl_arena_calloc(a, 1, sizeof *d);
    d->arena = a;
    d->len = strlen(text);
    d->text = tl_arena_strndup(a, text, d->len);
    d->path = path;
    snprintf(d->published, sizeof d->published, "%s", published);
    tl_sha256_hex(text, d->len, d->id);
    d->sentences = tl_arena_calloc(a, 32, sizeof *d->sentences);
    uint32_t s0 = 0;
    for (const char *p = text; *p; p++)
        if (p[0] == '.' && (p[1] == ' ' || p[1] == 0)) {
            d->sentences[d->n_sentences++] = (tl_sentence){.start = s0, .end = (uint32_t)(p - text + 1)};
            s0 = (uint32_t)(p - text + 2);
        }
    d->entities = tl_arena_calloc(a, (size_t)ne, sizeof *d->entities);
    d->mentions = tl_arena_calloc(a, 64, sizeof *d->mentions);
    for (int i = 0; i < ne; i++) {
        tl_entity *e = &d->entities[d->n_entities++];
        e->type = (uint8_t)ents[i].type;
        e->name = (tl_str){ents[i].name, strlen(ents[i].name)};
        e->mentions = tl_arena_calloc(a, 16, sizeof *e->mentions);
        for (const char *at = strstr(text, ents[i].name); at; at = strstr(at + 1, ents[i].name)) {
            uint32_t st = (uint32_t)(at - text);
            d->mentions[d->n_mentions] =
                (tl_mention){.start = st, .end = st + (uint32_t)strlen(ents[i].name), .entity = i, .type = e->type};
            e->mentions[e->n_mentions++] = d->n_mentions++;
        }
        assert_true(e->n_mentions > 0);
    }
    d->facts = tl_arena_calloc(a, (size_t)nf + 1, sizeof *d->facts);
    for (int i = 0; i < nf; i++) {
        tl_fact *f = &d->facts[d->n_facts++];
        f->type = (uint8_t)facts[i].type;
        f->modality = (uint8_t)facts[i].modality;
        f->args[0] = ent_index(ents, ne, facts[i].a);
        f->args[1] = ent_index(ents, ne, facts[i].b);
        f->args[2] = f->from = f->source = -1;
        f->place = facts[i].place ? ent_index(ents, ne, facts[i].place) : -1;
        if (facts[i].time) snprintf(f->time_value, sizeof f->time_value, "%s", facts[i].time);
        uint32_t at = facts[i].in ? (uint32_t)(strstr(text, facts[i].in) - text) : 0;
        f->evidence = (tl_span){d->sentences[0].start, d->sentences[0].end};
        for (uint32_t s = 0; s < d->n_sentences; s++)
            if (d->sentences[s].start <= at && at < d->sentences[s].end) f->evidence = (tl_span){d->sentences[s].start, d->sentences[s].end};
    }
    return d;
}

#endif
