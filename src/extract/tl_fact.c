/* tl_fact.c -- fact extraction: who did what to whom, when, where, how surely. */
#include "tl_fact.h"
#include <stdlib.h>

struct tl_fact_ctx {
    int unused;
};

static const char *fact_names[TL_FACT_TYPE_COUNT] = {
    "MEMBER_OF", "LEADER_OF", "FOUNDED", "PART_OF", "SUPPORTS", "RECRUITED", "ASSOCIATE_OF",
    "FAMILY_OF", "MET", "OPPOSES", "ATTACKED", "SPIED_ON", "ARRESTED", "CHARGED", "EXTRADITED",
    "CITIZEN_OF", "ORIGIN", "BORN_IN", "LOCATED_IN", "TRAVELED_TO"};

static const char *fact_roles[TL_FACT_TYPE_COUNT][TL_FACT_MAX_ROLES] = {
    {"member", "group", NULL},     {"leader", "group", NULL},    {"founder", "group", NULL},
    {"part", "whole", NULL},       {"supporter", "supported", NULL},
    {"recruiter", "recruit", NULL}, {"a", "b", NULL},           {"a", "b", NULL},
    {"a", "b", NULL},              {"opponent", "target", NULL}, {"attacker", "target", NULL},
    {"spy", "target", NULL},       {"person", NULL, "by"},       {"person", NULL, "by"},
    {"person", NULL, "to"},        {"person", "country", NULL},  {"person", "group", NULL},
    {"person", "place", NULL},     {"entity", "place", NULL},    {"person", "place", NULL}};

static const char *modality_names[] = {"asserted", "reported", "alleged", "negated"};

const char *tl_fact_type_name(int t) {
    return (t >= 0 && t < TL_FACT_TYPE_COUNT) ? fact_names[t] : NULL;
}

const char *tl_fact_role_name(int t, int role) {
    if (t < 0 || t >= TL_FACT_TYPE_COUNT || role < 0 || role >= TL_FACT_MAX_ROLES) return NULL;
    return fact_roles[t][role];
}

const char *tl_modality_name(int m) { return (m >= 0 && m <= 3) ? modality_names[m] : NULL; }

tl_fact_ctx *tl_fact_ctx_new(tl_error *err) {
    (void)err;
    return calloc(1, sizeof(tl_fact_ctx));
}

void tl_fact_ctx_free(tl_fact_ctx *c) { free(c); }

int tl_fact_run(const tl_fact_ctx *c, const tl_gaz *g, tl_doc *doc) {
    (void)c; (void)g;
    doc->facts = NULL;
    doc->n_facts = 0;
    return TL_OK;
}
