/* tl_fact_ctx.c -- the fact extractor's shared context: type and role names,
 * the rules' word lists and their hash set, and the built-in models.
 *
 * A tl_fact_ctx is built once per process and read by every document: after
 * tl_fact_ctx_new nothing in it changes except the parser, which is loaded
 * lazily under dep_lock (tl_fact_tree.c).  So one context serves all the
 * jobs of `extract --jobs N` without further locking.
 */
#include "tl_fact.h"
#include "tl_blob.h"
#include "tl_fact_int.h"
#include "tl_trig.h"
#include "tl_pos.h"
#include "tl_cues.h"
#include <stdlib.h>
#include <string.h>

/* The word lists of the rules, by WL_* id: each sentence classifies its words
 * against all of them once (tl_fact_run.c classify_words), and tl_fact_wl
 * answers from those bits. */
const char *const tl_fact_lists[TL_FACT_NLISTS] = {
    [WL_PREPS] = "of|in|at|from|on|with|for|by|to|near|into|against|about|over|under|after|before|during|since|through|between|among|within|across|toward|towards|outside|inside|via|than|like|alongside|amid|amidst|despite|behind|beyond|upon|throughout|beside|unlike|onto",
    [WL_DETS] = "the|a|an|its|his|her|their|this|that|these|those|our|my|your|another|some|any|each|every|both|all",
    [WL_BE] = "is|was|are|were|be|been|being|am|get|gets|got|gotten|getting|become|became",
    [WL_COPULA] = "is|was|are|were|be|been|became|become|becomes|remains|remained|remain|as|named|appointed|elected|served|serves",
    [WL_NEG] = TL_CUE_NEGATIONS,
    [WL_HEDGE] = TL_CUE_HEDGES,
    [WL_SAY] = TL_CUE_REPORTING_VERBS,
    [WL_THAT_WHO_WHICH_ETC] = "that|who|which|and|or",
    [WL_AND_OR_AS] = "and|or|as",
    [WL_AND_OR] = "and|or",
    [WL_PLOT_PLOTS_PLOTTED_ETC] = "plot|plots|plotted|plotting|plan|plans|planned|planning|conspired|conspiracy|conspiring|conspire|conspires|scheme|schemed|intended|hired|paid|prepare|prepares|prepared|preparing",
    [WL_TRIED_TRY_TRIES_ETC] = "tried|try|tries|trying|attempt|attempted|attempting|attempts|mission|sent|dispatched|failed",
    [WL_FOILED_THWARTED_PREVENTED_ETC] = "foiled|thwarted|prevented|disrupted|foil|thwart|averted",
    [WL_ALSO_ALL_BOTH_ETC] = "also|all|both|each|later|then|reportedly|allegedly|not|never|subsequently|previously|recently|eventually|finally|been|being|had|has|have|officially|formally|initially",
    [WL_AND_OR_WHO_ETC] = "and|or|who|which|that",
    [WL_THAT_WHO_WHICH] = "that|who|which",
    [WL_AND_OR_WHO_ETC2] = "and|or|who|which|that|in|on|at|from|to|for",
    [WL_ONE_AMONG_SOME_ETC] = "one|another|among|some|two|several|many|all|each",
    [WL_IS_WAS_ARE_ETC] = "is|was|are|were|been",
    [WL_IS_WAS_ARE_ETC2] = "is|was|are|were|been|has|have|had|also|reportedly|allegedly|not|all|both|still|once|later|now",
    [WL_WHO] = "who",
    [WL_HOLDS_HOLD_HELD_ETC] = "holds|hold|held|holding|has|have|had|acquired|obtained|received|gained|considered|described",
    [WL_NAMED_CALLED_IDENTIFIED] = "named|called|identified",
    [WL_DEPUTY_VICE_ASSISTANT_ETC] = "deputy|vice|assistant|former|ex",
    [WL_FORMER_EX] = "former|ex",
    [WL_STAFF_STATE_SECURITY_ETC] = "staff|state|security|police|intelligence|operations",
    [WL_DESCENT_ORIGIN_ORIGINS_ETC] = "descent|origin|origins|background|heritage|extraction|ancestry",
    [WL_IN_OF_NEAR_ETC] = "in|of|near|within",
    [WL_THOUGHT_BELIEVED] = "thought|believed|considered",
    [WL_TO_THAT] = "to|that",
    [WL_MAY] = "may",
    [WL_CLAIM_CLAIMS_CLAIMED_ETC] = "claim|claims|claimed|claiming",
    [WL_REPORTEDLY] = "reportedly",
    [WL_HE_SHE_HIM_ETC] = "he|she|him|himself|herself",
    [WL_GROUP_MOVEMENT_ORGANIZATION_ETC] = "group|movement|organization|organisation|network|militia|company|brigade|outfit|syndicate|party|agency|force|unit|cartel|gang|faction|clan|cell",
    [WL_IN_AT_NEAR_ETC] = "in|at|near|outside|inside",
    [WL_ATTACK_EVENT_NOUNS] = TL_CUE_ATTACK_EVENT_NOUNS, [WL_DENIAL_VERBS] = TL_CUE_DENIAL_VERBS};

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

static uint32_t wset_hash(const char *w, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) { h ^= (unsigned char)w[i]; h *= 16777619u; }
    return h & (TL_FACT_WSET - 1);
}

/* A 16-bit key from a word's length and three of its bytes: a word whose
 * key bit is clear in wfilt is in no list, without hashing it. */
static uint32_t wfilt_key(const char *w, size_t n) {
    uint32_t k = (uint32_t)(unsigned char)w[0] << 16 ^ (uint32_t)(unsigned char)w[n - 1] << 8 ^
                 (uint32_t)(unsigned char)w[n / 2] ^ (uint32_t)n << 24;
    return (k * 0x9E3779B1u) >> 16;
}

uint64_t tl_fact_word_lists(const tl_fact_ctx *c, const char *w, size_t n) {
    if (!n || n >= TL_FS_WORD) return 0;
    uint32_t fk = wfilt_key(w, n);
    if (!(c->wfilt[fk >> 6] >> (fk & 63) & 1)) return 0;
    for (uint32_t h = wset_hash(w, n), probes = 0; probes < TL_FACT_WSET; probes++, h = (h + 1) & (TL_FACT_WSET - 1)) {
        if (!c->wset[h].len) return 0;
        if (c->wset[h].len == n && memcmp(c->wset[h].w, w, n) == 0) return c->wset[h].bits;
    }
    return 0;
}

static void wset_build(tl_fact_ctx *c) {
    for (int k = 0; k < TL_FACT_NLISTS; k++) {
        const char *p = tl_fact_lists[k];
        while (*p) {
            const char *e = p;
            while (*e && *e != '|') e++;
            size_t n = (size_t)(e - p);
            if (n && n < TL_FS_WORD) {
                uint32_t h = wset_hash(p, n);
                while (c->wset[h].len && !(c->wset[h].len == n && memcmp(c->wset[h].w, p, n) == 0))
                    h = (h + 1) & (TL_FACT_WSET - 1);
                memcpy(c->wset[h].w, p, n);
                c->wset[h].len = (uint8_t)n;
                c->wset[h].bits |= (uint64_t)1 << k;
                uint32_t fk = wfilt_key(p, n);
                c->wfilt[fk >> 6] |= (uint64_t)1 << (fk & 63);
            }
            p = *e ? e + 1 : e;
        }
    }
}

tl_fact_ctx *tl_fact_ctx_new(tl_error *err) {
    tl_fact_ctx *c = calloc(1, sizeof *c);
    if (!c) goto oom;
    if (pthread_mutex_init(&c->dep_lock, NULL) != 0) c->dep_state = -2; /* no lock: no tree pass */
    wset_build(c);
    c->lex = tl_trig_lex_new();
    if (!c->lex) goto oom;
    size_t n;
    const unsigned char *img = tl_pos_blob_image(&n);
    if (n > 0) {
        /* A missing or broken built-in tagger is not fatal: the frames then
         * work from word forms alone. */
        c->pos = tl_pos_view_decoded(img, n, NULL); /* decoded at build time */
    }
    c->rel = tl_rel_model_builtin();
    c->fscore = tl_fscore_model_builtin();
    c->rel_margin = -18000;
    return c;
oom:
    tl_fact_ctx_free(c);
    if (err) {
        err->code = TL_ENOMEM;
        err->offset = -1;
        strcpy(err->msg, "out of memory");
    }
    return NULL;
}

void tl_fact_ctx_no_scorer(tl_fact_ctx *c) {
    if (!c) return;
    tl_fscore_model_free(c->fscore);
    c->fscore = NULL;
}

void tl_fact_ctx_no_rel(tl_fact_ctx *c) {
    if (!c) return;
    tl_rel_model_free(c->rel);
    c->rel = NULL;
}

void tl_fact_ctx_no_tree(tl_fact_ctx *c) {
    if (c && c->dep_state == 0) c->dep_state = -1;
}

void tl_fact_ctx_free(tl_fact_ctx *c) {
    if (!c) return;
    tl_dep_free(c->dep);
    if (c->dep_state != -2) pthread_mutex_destroy(&c->dep_lock);
    tl_trig_lex_free(c->lex);
    tl_pos_free(c->pos);
    tl_rel_model_free(c->rel);
    tl_fscore_model_free(c->fscore);
    free(c);
}
