/* tl_fact_run.c -- the fact pass over a document: sentences, focus, dates, places, amounts, merging. */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_arena.h"
#include "tl_utf8.h"
#include "tl_time.h"
#include "tl_coref.h"
#include "tl_genre.h"
#include "tl_cues.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Document-level state of one run (no globals: one per call). */
#define TL_FD_ANON 4 /* unnamed bodies a document remembers (tl_fdoc.anon_tok) */
#define TL_FD_KINDS 16 /* organizations whose kind a document remembers (tl_fdoc.kind_ent) */

typedef struct tl_fdoc {
    tl_fact *facts;
    uint32_t n, cap;
    uint32_t *hash;         /* open addressing over facts: index + 1, 0 empty */
    uint32_t hcap;
    int32_t *country_of;    /* per entity: its country's entity (-1 none, -2 unknown yet) */
    struct gpe_name *gpe;   /* folded GPE names and aliases, built on first use */
    size_t n_gpe;
    int gpe_state;          /* 0 not built, 1 built, -1 out of memory (fold each time) */
    int oom;
    int32_t focus_person, focus_org; /* entities in focus, -1 */
    uint32_t focus_person_sent, focus_org_sent;
    tl_when anchor, published;
    int32_t recent_org[8];  /* the last distinct ORG entities named, most recent first */
    /* The kinds ("gang", "cartel": bits of KIND_WORDS) each of the last
     * TL_FD_KINDS organizations was called ("the Los Lobos gang", "X, a
     * Mexican cartel"): what "the gang" stands for when two bodies were
     * named (tl_fact_run.c note_kinds, kind_org). */
    int32_t kind_ent[TL_FD_KINDS];
    uint32_t kind_bits[TL_FD_KINDS];
    int focus_org_many;     /* the focus sentence named two non-state organizations or more */
    /* Bodies brought in unnamed ("dismantled a smuggling network"): the
     * token of the noun and its sentence, the last TL_FD_ANON of them */
    uint32_t anon_tok[TL_FD_ANON], anon_sent[TL_FD_ANON];
    int n_anon;
    /* The people last named together ("X and Y", "X, Y and Z"): what a
     * following "they" / "them" stands for. */
    int32_t group[TL_FS_GROUP];
    int n_group;
    uint32_t group_sent;
    /* Reported speech of the last sentence: a sentence with a reported fact
     * sets report_next to its index + 1 and report_source to the speaker. */
    uint32_t report_next;
    int32_t report_source;
    /* Events stated without their actor in the last sentences (tl_fact_evc.c). */
    tl_fopen open[TL_FS_MAXOPEN];
    int n_open;
    /* Who last designated or sanctioned someone, and in which sentence:
     * "Among those listed was X" a sentence or two later is its target. */
    int32_t sanctioner;
    uint32_t sanctioner_sent;
    tl_coref coref;         /* the document's resolved anaphors (tl_coref.c) */
    tl_corole corole;       /* names of the last sentences (tl_fact_corole.c) */
} tl_fdoc;

/* A dateline's place: the sentence's first words, in capitals
 * ("WASHINGTON", "EL PASO"), before a dash, a comma or a parenthesis
 * ("WASHINGTON -", "EL PASO, Texas (KTSM) -"), or the place after such a
 * city's comma ("Texas"). */
int tl_fact_dateline_place(const tl_fsent *s, int m) {
    const tl_fment *x = &s->ms[m];
    if (x->pron || x->virt || x->te >= s->se) return 0;
    /* (the country or state after the city: "MAPUTO, Mozambique -") */
    if (x->tb > s->sb + 1 && x->type == TL_GPE && tl_fact_is(s, x->tb - 1, ",") &&
        (tl_fact_is(s, x->te, "-") || tl_fact_is(s, x->te, "--") || tl_fact_is(s, x->te, "\u2013") ||
         tl_fact_is(s, x->te, "\u2014") || tl_fact_is(s, x->te, "("))) {
        int c = tl_fact_ment_ending(s, x->tb - 2);
        return c >= 0 && c != m && tl_fact_dateline_place(s, c);
    }
    /* "The Hague, 14 March - Europol has ...": a place opening the
     * report, a comma, a day and a month (either order), a dash */
    if (s->si == 0 && x->type == TL_GPE && (x->tb == s->sb || (x->tb == s->sb + 1 && tl_fact_is(s, s->sb, "the"))) &&
        x->te + 3 < s->se && tl_fact_is(s, x->te, ",")) {
        uint32_t q = x->te + 1, n = 0;
        while (q < s->se && n < 4 &&
               ((s->d->tokens[q].flags & TL_TOK_DIGIT) || tl_fact_is(s, q, ",") ||
                tl_fact_w(s, q, "january|february|march|april|may|june|july|august|september|october|november|december|"
                                "jan.|feb.|aug.|sept.|sep.|oct.|nov.|dec."))) {
            q++;
            n++;
        }
        if (n >= 2 && q < s->se &&
            (tl_fact_is(s, q, "-") || tl_fact_is(s, q, "--") || tl_fact_is(s, q, "\u2013") || tl_fact_is(s, q, "\u2014")))
            return 1;
    }
    if (x->tb != s->sb) return 0;
    const tl_token *a = &s->d->tokens[x->tb], *b = &s->d->tokens[x->te - 1];
    if (b->end - a->start < 3) return 0;
    for (uint32_t k = a->start; k < b->end; k++) {
        char ch = s->d->text[k];
        if (ch >= 'a' && ch <= 'z') return 0;
    }
    int dash = tl_fact_is(s, x->te, "-") || tl_fact_is(s, x->te, "--") || tl_fact_is(s, x->te, "\u2013") ||
               tl_fact_is(s, x->te, "\u2014");
    /* a town the gazetteer does not know may be typed otherwise: a dash
     * after capitals opening the report is a dateline's all the same */
    if (x->type != TL_GPE) return dash && s->si <= 2;
    return dash || tl_fact_is(s, x->te, ",") || tl_fact_is(s, x->te, "(");
}

uint32_t tl_fact_dateline_end(const tl_fsent *s) {
    if (s->si > 1) return s->sb;
    /* ("KARACHI, Pakistan (Reuters) -": a dash within the first words,
     * after a closing parenthesis or a place in capitals) */
    for (uint32_t k = s->sb + 1; k < s->se && k < s->sb + 10; k++) {
        if (!(tl_fact_is(s, k, "-") || tl_fact_is(s, k, "--") || tl_fact_is(s, k, "\u2013") || tl_fact_is(s, k, "\u2014")))
            continue;
        int m = tl_fact_ment_ending(s, k - 1);
        if (tl_fact_is(s, k - 1, ")") || (m >= 0 && tl_fact_dateline_place(s, m))) return k + 1;
        return s->sb;
    }
    return s->sb;
}

void tl_fact_push(tl_fsent *s, const tl_fcand *c) {
    if (s->nc >= TL_FS_MAXC) return;
    /* a dateline places the report; it acts in none of its facts */
    if (c->type != TL_LOCATED_IN)
        for (int r = 0; r < 4; r++)
            if (c->m[r] >= 0 && tl_fact_dateline_place(s, c->m[r])) return;
    s->cands[s->nc++] = *c;
}

void tl_fact_note_sanctioner(tl_fsent *s, int m) {
    if (m < 0 || s->ms[m].pron || s->ms[m].virt) return;
    s->fd->sanctioner = s->ms[m].ent;
    s->fd->sanctioner_sent = s->si;
}

int tl_fact_sanctioner(tl_fsent *s, int at) {
    const tl_fdoc *fd = s->fd;
    if (fd->sanctioner < 0 || fd->sanctioner_sent > s->si || s->si - fd->sanctioner_sent > 3) return -1;
    for (int m = 0; m < s->nm; m++)
        if (s->ms[m].ent == fd->sanctioner) return m;
    return tl_fact_virtual(s, at, fd->sanctioner, s->d->entities[fd->sanctioner].type);
}

int tl_fact_virtual(tl_fsent *s, int m, int32_t e, int type) {
    if (s->nm >= TL_FS_MAXM) return -1;
    tl_fment v = s->ms[m];
    v.ent = e;
    v.type = (uint8_t)type;
    v.virt = 1;
    s->ms[s->nm] = v;
    return s->nm++;
}

static int name_eq(const char *a, size_t an, const char *b, size_t bn) {
    char fa[128], fb[128];
    size_t la = tl_utf8_fold(a, an, fa, sizeof fa), lb = tl_utf8_fold(b, bn, fb, sizeof fb);
    return la == lb && memcmp(fa, fb, la) == 0;
}

/* A GPE name or alias folded as name_eq folds it. */
struct gpe_name {
    int32_t ent;
    uint8_t len;
    char s[128];
};

/* Folds every GPE name and alias of the document once, in entity order: a
 * country lookup then compares folded strings instead of folding them all
 * again (documents ask for the countries of many entities). */
static void build_gpe_names(tl_fdoc *fd, const tl_doc *d) {
    size_t n = 0;
    for (uint32_t e = 0; e < d->n_entities; e++)
        if (d->entities[e].type == TL_GPE) n += 1 + d->entities[e].n_aliases;
    fd->gpe = malloc((n ? n : 1) * sizeof *fd->gpe);
    if (!fd->gpe) { fd->gpe_state = -1; return; }
    for (uint32_t e = 0; e < d->n_entities; e++) {
        const tl_entity *x = &d->entities[e];
        if (x->type != TL_GPE) continue;
        for (uint32_t k = 0; k <= x->n_aliases; k++) {
            const tl_str *nm = k == 0 ? &x->name : &x->aliases[k - 1];
            struct gpe_name *g = &fd->gpe[fd->n_gpe++];
            g->ent = (int32_t)e;
            g->len = (uint8_t)tl_utf8_fold(nm->ptr, nm->len, g->s, sizeof g->s);
        }
    }
    fd->gpe_state = 1;
}

/* The GPE entity whose name or alias is the country name c[0..n), or -1. */
static int32_t find_country(tl_fdoc *fd, const tl_doc *d, const char *c, size_t n, int32_t except) {
    if (fd->gpe_state == 0) build_gpe_names(fd, d);
    if (fd->gpe_state > 0) {
        char fc[128];
        size_t lc = tl_utf8_fold(c, n, fc, sizeof fc);
        for (size_t i = 0; i < fd->n_gpe; i++) {
            const struct gpe_name *g = &fd->gpe[i];
            if (g->ent != except && g->len == lc && memcmp(g->s, fc, lc) == 0) return g->ent;
        }
        return -1;
    }
    for (uint32_t e = 0; e < d->n_entities; e++) {
        const tl_entity *x = &d->entities[e];
        if (x->type != TL_GPE || (int32_t)e == except) continue;
        if (name_eq(x->name.ptr, x->name.len, c, n)) return (int32_t)e;
        for (uint32_t k = 0; k < x->n_aliases; k++)
            if (name_eq(x->aliases[k].ptr, x->aliases[k].len, c, n)) return (int32_t)e;
    }
    return -1;
}

/* For a NORP: the country it names; for a GPE: the country it lies in; as
 * an entity of the document, cached per entity. */
static int32_t country_entity(tl_fdoc *fd, const tl_doc *d, const tl_gaz *g, int32_t e) {
    if (e < 0 || (uint32_t)e >= d->n_entities) return -1;
    if (fd->country_of[e] != -2) return fd->country_of[e];
    const tl_entity *x = &d->entities[e];
    size_t cn = 0;
    const char *c = NULL;
    char plural[40];
    if (x->type == TL_NORP) c = tl_gaz_country(g, x->name.ptr, x->name.len, &cn);
    else if (x->type == TL_GPE) c = tl_gaz_place_country(g, x->name.ptr, x->name.len, &cn);
    /* "Philippine": the adjective a country's name makes without its "s" */
    if (!c && x->type == TL_NORP && x->name.len >= 4 && x->name.len + 1 < sizeof plural) {
        memcpy(plural, x->name.ptr, x->name.len);
        plural[x->name.len] = 's';
        if (tl_gaz_lookup(g, plural, x->name.len + 1) & TL_GAZ_COUNTRY) c = plural, cn = x->name.len + 1;
    }
    int32_t r = c ? find_country(fd, d, c, cn, e) : -1;
    if (r < 0 && x->type == TL_NORP) {
        for (uint32_t k = 0; k < x->n_aliases && r < 0; k++) {
            c = tl_gaz_country(g, x->aliases[k].ptr, x->aliases[k].len, &cn);
            if (c) r = find_country(fd, d, c, cn, e);
        }
    }
    fd->country_of[e] = r;
    return r;
}

int tl_fact_country_entity(tl_fsent *s, int32_t e) {
    if (e < 0 || s->d->entities[e].type != TL_NORP) return -1;
    return country_entity(s->fd, s->d, s->g, e);
}

/* ---- merging ------------------------------------------------------------------ */

static uint32_t fact_hash(int type, int32_t a, int32_t b) {
    uint64_t h = ((uint64_t)(uint32_t)type * 0x9E3779B97F4A7C15ULL) ^ ((uint64_t)(uint32_t)a << 20) ^ (uint32_t)b;
    h ^= h >> 31; h *= 0xbf58476d1ce4e5b9ULL; h ^= h >> 29;
    return (uint32_t)h;
}

static int fact_key(const tl_fact *f, int32_t *a, int32_t *b) {
    *a = f->args[0];
    *b = (f->type == TL_ARRESTED || f->type == TL_CHARGED || f->type == TL_EXTRADITED) ? -1 : f->args[1];
    if ((f->type == TL_ASSOCIATE_OF || f->type == TL_FAMILY_OF || f->type == TL_MET) && *a > *b) {
        int32_t t = *a; *a = *b; *b = t;
    }
    return f->type;
}

static int grow_hash(tl_fdoc *fd) {
    uint32_t nc = fd->hcap ? fd->hcap * 2 : 256;
    uint32_t *h = calloc(nc, sizeof *h);
    if (!h) return 0;
    for (uint32_t i = 0; i < fd->n; i++) {
        int32_t a, b;
        int t = fact_key(&fd->facts[i], &a, &b);
        uint32_t j = fact_hash(t, a, b) & (nc - 1);
        while (h[j]) j = (j + 1) & (nc - 1);
        h[j] = i + 1;
    }
    free(fd->hash);
    fd->hash = h;
    fd->hcap = nc;
    return 1;
}

/* Adds f unless the same (type, core args) is known; then the earlier one
 * stays and only gains the optional parts it lacked. */
static void add_fact(tl_fdoc *fd, const tl_fact *f) {
    if (fd->oom) return;
    if (!TL_FACT_SYMMETRIC_OUT && (f->type == TL_ASSOCIATE_OF || f->type == TL_FAMILY_OF || f->type == TL_MET))
        return;
    if ((fd->n + 1) * 2 > fd->hcap && !grow_hash(fd)) { fd->oom = 1; return; }
    int32_t a, b;
    int t = fact_key(f, &a, &b);
    uint32_t j = fact_hash(t, a, b) & (fd->hcap - 1);
    while (fd->hash[j]) {
        tl_fact *o = &fd->facts[fd->hash[j] - 1];
        int32_t oa, ob;
        if (fact_key(o, &oa, &ob) == t && oa == a && ob == b) {
            if (!o->time_value[0] && f->time_value[0]) {
                memcpy(o->time_value, f->time_value, sizeof o->time_value);
                o->time_text = f->time_text;
            }
            if (o->place < 0) o->place = f->place;
            if (o->args[2] < 0) o->args[2] = f->args[2];
            if (o->from < 0) o->from = f->from;
            if (!o->currency[0] && f->currency[0]) {
                o->amount_text = f->amount_text;
                o->amount_value = f->amount_value;
                memcpy(o->currency, f->currency, sizeof o->currency);
            }
            if (!o->status) o->status = f->status;
            return;
        }
        j = (j + 1) & (fd->hcap - 1);
    }
    if (fd->n == fd->cap) {
        uint32_t nc = fd->cap ? fd->cap * 2 : 64;
        tl_fact *nf = realloc(fd->facts, nc * sizeof *nf);
        if (!nf) { fd->oom = 1; return; }
        fd->facts = nf;
        fd->cap = nc;
    }
    fd->facts[fd->n] = *f;
    fd->hash[j] = fd->n + 1;
    fd->n++;
}

/* ---- sentence setup ------------------------------------------------------------ */

static void lower_words(tl_fsent *s) {
    const tl_doc *d = s->d;
    for (uint32_t i = s->sb; i < s->se; i++) {
        uint32_t r = i - s->sb;
        const tl_token *t = &d->tokens[i];
        const char *p = d->text + t->start;
        size_t n = t->end - t->start, o = 0;
        for (size_t k = 0; k < n && o < TL_FS_WORD - 1; k++) {
            unsigned char c = (unsigned char)p[k];
            /* curly apostrophe -> ' */
            if (c == 0xE2 && k + 2 < n && (unsigned char)p[k + 1] == 0x80 &&
                ((unsigned char)p[k + 2] == 0x99 || (unsigned char)p[k + 2] == 0x98)) {
                s->low[r][o++] = '\'';
                k += 2;
                continue;
            }
            s->low[r][o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        }
        if (o >= TL_FS_WORD - 1 && n > o) o = 0; /* too long to be a function or trigger word */
        s->low[r][o] = 0;
        s->len[r] = (uint8_t)o;
        s->tag[r] = 0;
        s->at[r] = -1;
        s->wcls[r] = 0;
    }
    s->classified = 0;
}

/* Classifies the words of a sentence that may hold facts against the shared
 * word lists, once, so later checks are bit tests. */
static void classify_words(tl_fsent *s) {
    for (uint32_t r = 0; r < s->se - s->sb; r++) {
        s->wcls[r] = tl_fact_word_lists(s->c, s->low[r], s->len[r]);
    }
    s->classified = 1;
}

static void add_ment(tl_fsent *s, uint32_t tb, uint32_t te, int32_t ent, int type, int pron) {
    if (s->nm >= TL_FS_MAXM || ent < 0) return;
    tl_fment *m = &s->ms[s->nm];
    m->tb = tb; m->te = te; m->ent = ent; m->type = (uint8_t)type; m->pron = (uint8_t)pron; m->virt = 0;
    m->mod = 0;
    for (uint32_t k = tb; k < te && k < s->se; k++) s->at[k - s->sb] = (int16_t)s->nm;
    s->nm++;
}

/* Does an organization's name say it is a government body ("Department of
 * the Treasury", "Office of Foreign Assets Control", "Tbilisi City Court")? */
static int gov_body(const tl_str *name) {
    static const char *const heads[] = {"department", "ministry", "office", "agency", "court", "police", "bureau",
                                        "treasury", "commission", "government", "administration", "prosecutor",
                                        "parliament", "senate", "congress", "embassy", "council", NULL};
    const char *p = name->ptr, *end = name->ptr + name->len;
    while (p < end) {
        while (p < end && *p == ' ') p++;
        const char *w = p;
        while (p < end && *p != ' ') p++;
        for (int k = 0; heads[k]; k++)
            if ((size_t)(p - w) == strlen(heads[k]) && strncasecmp(w, heads[k], (size_t)(p - w)) == 0) return 1;
    }
    return 0;
}

/* A state's armed or security body ("Quds Force", "Border Guards",
 * "Intelligence Directorate"): what a report calls "the group" is seldom one. */
static int state_force(const tl_str *name) {
    static const char *const heads[] = {"force", "forces", "army", "navy", "corps", "guard", "guards", "command",
                                        "directorate", "service", "services", "intelligence", NULL};
    /* a rebel army's name says so: "National Liberation Army", "Lord's
     * Resistance Army", "Rapid Support Forces" (not China's "People's
     * Liberation Army") */
    static const char *const rebel[] = {"liberation", "resistance", "republican", "rebel", "free", "salvation",
                                        "mobilization", "mobilisation", "rapid", "mujahideen", NULL};
    const char *p = name->ptr, *end = name->ptr + name->len;
    int peoples = 0;
    while (p < end) {
        while (p < end && *p == ' ') p++;
        const char *w = p;
        while (p < end && *p != ' ') p++;
        if ((size_t)(p - w) >= 8 && strncasecmp(w, "People", 6) == 0 && (w[6] == '\'' || (w[6] == 's' && w[7] == '\''))) peoples = 1;
        for (int k = 0; rebel[k]; k++)
            if ((size_t)(p - w) == strlen(rebel[k]) && strncasecmp(w, rebel[k], (size_t)(p - w)) == 0 &&
                !(peoples && k == 0))
                return 0;
    }
    p = name->ptr;
    while (p < end) {
        while (p < end && *p == ' ') p++;
        const char *w = p;
        while (p < end && *p != ' ') p++;
        for (int k = 0; heads[k]; k++)
            if ((size_t)(p - w) == strlen(heads[k]) && strncasecmp(w, heads[k], (size_t)(p - w)) == 0) return 1;
    }
    return gov_body(name);
}

/* True when the group noun at i is followed, within a few words and
 * before any name or comma, by a list of the people it is: "the men
 * arrested on Monday include X and Y", "the suspects are X and Y".  Such a
 * noun introduces people; it does not stand for those named before. */
static int group_named_after(const tl_fsent *s, uint32_t i) {
    for (uint32_t j = i + 1; j < s->se && j <= i + 7; j++) {
        if (s->at[j - s->sb] >= 0 || tl_fact_is(s, j, ",")) return 0;
        if (tl_fact_w(s, j, "include|included|includes|are|were") || tl_fact_is(s, j, ":")) {
            int m = j + 1 < s->se ? s->at[j + 1 - s->sb] : -1;
            return m >= 0 && !s->ms[m].pron && s->ms[m].type == TL_PERSON && s->ms[m].tb == j + 1;
        }
    }
    return 0;
}

/* "the Iran-backed group": a group noun at i after "the" and a name
 * fused with a modifier (the name supports the group, tl_fact_mod.c). */
static int backed_group(const tl_fsent *s, uint32_t i) {
    if (i < s->sb + 2) return 0;
    int m = s->at[i - 1 - s->sb];
    if (m >= 0 && s->ms[m].mod && s->ms[m].tb == i - 1) return tl_fact_is(s, i - 2, "the");
    /* ("the al Qaeda-linked group": a name the tagger left out, its last
     * word fused with the link) */
    if (m >= 0 || !tl_coref_linked_word(s->d, i - 1) || !(s->d->tokens[i - 1].flags & TL_TOK_UPPER)) return 0;
    uint32_t q = i - 2;
    while (q > s->sb && q + 4 > i && s->at[q - s->sb] < 0 && (s->d->tokens[q].flags & TL_TOK_UPPER)) q--;
    if (q > s->sb && tl_fact_w(s, q, "al|el|an|as|ash|ad|ar")) q--;
    return tl_fact_is(s, q, "the");
}

/* Does the apposition opening at token k name its noun: "identified as
 * X", "an Austrian citizen of North Macedonian origin identified as X"
 * (within ten words, before its comma)?  Can't fail. */
static int named_after(const tl_fsent *s, uint32_t k) {
    for (uint32_t q = k; q < s->se && q < k + 10 && !tl_fact_is(s, q, ","); q++)
        if (tl_fact_w(s, q, "identified|named|described|listed")) return 1;
    return 0;
}

/* "cartel leader X", "gang boss X": a band's noun with no article before
 * a leader's title and a person's name is the band spoken of, as "the
 * cartel" is ("a cartel leader" is some cartel's).  Can't fail. */
static int band_before_title(const tl_fsent *s, uint32_t i) {
    if (i + 2 >= s->se || (i > s->sb && tl_fact_w(s, i - 1, "a|an|another|one|rival|other|its|his|her|their")) ||
        !tl_fact_w(s, i + 1, "leader|chief|boss|commander|head|founder|kingpin"))
        return 0;
    int m = s->at[i + 2 - s->sb];
    return m >= 0 && s->ms[m].tb == i + 2 && s->ms[m].type == TL_PERSON && !s->ms[m].pron;
}

/* The one organization named (not a pronoun, not a modifier) before token
 * i in the sentence, or -1 when none or several. */
static int32_t sole_org_before(const tl_fsent *s, uint32_t i) {
    int32_t e = -1;
    for (int m = 0; m < s->nm; m++) {
        const tl_fment *x = &s->ms[m];
        if (x->pron || x->virt || x->mod || x->type != TL_ORG || x->te > i) continue;
        if (e >= 0 && e != x->ent) return -1;
        e = x->ent;
    }
    return e;
}

/* Pronouns and "the group" stand for the entity in focus when it was named
 * in the last few sentences. */
/* Is token k a double quote mark (straight, curly or TeX)? */
static int quote_mark(const tl_fsent *s, uint32_t k) {
    uint32_t r = k - s->sb;
    return (s->len[r] == 1 && s->low[r][0] == '"') || (s->len[r] == 2 && !memcmp(s->low[r], "``", 2)) ||
           (s->len[r] == 2 && !memcmp(s->low[r], "\x27\x27", 2)) ||
           (s->len[r] == 3 && (!memcmp(s->low[r], "\xe2\x80\x9c", 3) || !memcmp(s->low[r], "\xe2\x80\x9d", 3)));
}

/* The answer of quote_speaker depends only on the first quote mark after
 * i: add_pronouns asks in text order and keeps it while that mark stays
 * ahead, so a long sentence with many pronouns is read once, not once per
 * pronoun.  after: the token the mark was looked for after (UINT32_MAX:
 * none yet); q: the mark (s->se: none); who: the answer for q; said: the
 * first reporting verb at or after q (s->se: none), which stays the first
 * for a later mark up to it. */
typedef struct {
    uint32_t after, q, said;
    int32_t who;
} quote_memo;

/* The person who speaks the quotation holding token i: a quote mark closes
 * after i, and the reporting verb after it has a named person right before
 * or after it ("... arrested him," Simbine said).  That person speaks of
 * himself as "I", so "he" or "him" in the quote is someone else.  The
 * entity, or -1; qm: what the last call found (see quote_memo).  Can't
 * fail. */
static int32_t quote_speaker(const tl_fsent *s, uint32_t i, quote_memo *qm) {
    /* no mark in (after, q) and after <= i < q: none in (i, q) either */
    if (qm->after != UINT32_MAX && qm->after <= i && qm->q > i) return qm->who;
    uint32_t q = i + 1;
    while (q < s->se && !quote_mark(s, q)) q++;
    uint32_t k = q;
    if (qm->after != UINT32_MAX && qm->q <= q && qm->said >= q) {
        k = qm->said; /* none in [qm->q, qm->said), so none in [q, qm->said) */
    } else {
        /* (the word classes are not set yet when pronouns are read) */
        while (k < s->se && !tl_fact_w(s, k, "said|says|say|told|tells|added|adds|stated|explained|noted")) k++;
    }
    int32_t who = -1;
    if (k < s->se) {
        int m = k > s->sb ? s->at[k - 1 - s->sb] : -1;
        if (m < 0 || s->ms[m].te != k) m = k + 1 < s->se ? s->at[k + 1 - s->sb] : -1;
        who = m >= 0 && !s->ms[m].pron && s->ms[m].type == TL_PERSON ? s->ms[m].ent : -1;
    }
    qm->after = i;
    qm->q = q;
    qm->said = k;
    qm->who = who;
    return who;
}

/* Can word r of the sentence be in WL_GROUP_MOVEMENT_ORGANIZATION_ETC
 * ("group|movement|organization|...|unit")?  Its words have 4 to 12
 * letters and start with one of "abcfgmnopsu" (tests/unit/test_fact.c
 * holds the list to that): most words fail this before the lookup. */
static int group_word_maybe(const tl_fsent *s, uint32_t r) {
    const uint32_t first = 1u << ('a' & 31) | 1u << ('b' & 31) | 1u << ('c' & 31) | 1u << ('f' & 31) |
                           1u << ('g' & 31) | 1u << ('m' & 31) | 1u << ('n' & 31) | 1u << ('o' & 31) |
                           1u << ('p' & 31) | 1u << ('s' & 31) | 1u << ('u' & 31);
    unsigned char c = (unsigned char)s->low[r][0];
    return s->len[r] >= 4 && s->len[r] <= 12 && c >= 'a' && c <= 'z' && (first >> (c & 31) & 1);
}

/* Nouns of a body's kind whose use the document remembers, one bit each. */
static const char *const KIND_WORDS[] = {"gang", "cartel", "group", "militia", "organization", "organisation",
                                         "network", "movement", "party", "clan", "syndicate", "faction", "company",
                                         "firm", "mafia", "army", "front", "brigade", "outfit", "cell"};

/* The bit of the kind noun at token i, or 0.  Can't fail. */
static uint32_t kind_bit(const tl_fsent *s, uint32_t i) {
    uint32_t r = i - s->sb;
    if (i < s->sb || i >= s->se || s->len[r] < 3) return 0;
    for (size_t k = 0; k < sizeof KIND_WORDS / sizeof KIND_WORDS[0]; k++)
        if (strlen(KIND_WORDS[k]) == s->len[r] && !memcmp(KIND_WORDS[k], s->low[r], s->len[r])) return 1u << k;
    return 0;
}

/* The kinds the document called organization e, 0 when none.  Can't
 * fail. */
static uint32_t kinds_of(const tl_fdoc *fd, int32_t e) {
    for (int k = 0; k < TL_FD_KINDS; k++)
        if (fd->kind_ent[k] == e) return fd->kind_bits[k];
    return 0;
}

/* Notes the kind noun the sentence gives each organization it names: a
 * lower-case noun right after the name ("the Los Lobos gang"), or the head
 * of an apposition or a copula's predicate of up to four words after it
 * ("X, a Mexican cartel,", "X is a criminal gang").  The oldest note
 * leaves when the table is full.  Can't fail. */
static void note_kinds(tl_fsent *s) {
    tl_fdoc *fd = s->fd;
    for (int m = 0; m < s->nm; m++) {
        const tl_fment *x = &s->ms[m];
        if (x->type != TL_ORG || x->pron || x->virt || x->te >= s->se) continue;
        uint32_t bit = (s->d->tokens[x->te].flags & TL_TOK_UPPER) ? 0 : kind_bit(s, x->te);
        uint32_t k = x->te;
        if (!bit && (tl_fact_is(s, k, ",") || tl_fact_w(s, k, "is|was|remains")) && k + 1 < s->se &&
            tl_fact_w(s, k + 1, "a|an|the")) {
            for (uint32_t q = k + 2; q < s->se && q < k + 6 && !bit; q++) {
                int o = tl_fact_ment_at(s, q); /* (a people or a place may qualify the noun) */
                if (o >= 0 && s->ms[o].type != TL_NORP && s->ms[o].type != TL_GPE) break;
                if (tl_fact_is_punct(s, q) || tl_fact_w(s, q, "of|in|that|which|who|with|for|and")) break;
                bit = kind_bit(s, q);
            }
        }
        if (!bit) continue;
        int slot = -1;
        for (int j = 0; j < TL_FD_KINDS && slot < 0; j++)
            if (fd->kind_ent[j] == x->ent) slot = j;
        if (slot < 0) {
            memmove(fd->kind_ent + 1, fd->kind_ent, (TL_FD_KINDS - 1) * sizeof *fd->kind_ent);
            memmove(fd->kind_bits + 1, fd->kind_bits, (TL_FD_KINDS - 1) * sizeof *fd->kind_bits);
            slot = 0;
            fd->kind_ent[0] = x->ent;
            fd->kind_bits[0] = 0;
        }
        fd->kind_bits[slot] |= bit;
    }
}

/* "the gang" where two bodies were named, or where the one in focus was
 * called by another kind ("a cartel") than the word: the latest
 * organization the document called by the word, or -1.  Can't fail. */
static int32_t kind_org(const tl_fsent *s, uint32_t i) {
    const tl_fdoc *fd = s->fd;
    uint32_t bit = kind_bit(s, i);
    if (!bit) return -1;
    if (fd->focus_org >= 0) {
        uint32_t fk = kinds_of(fd, fd->focus_org);
        if (fk & bit) return fd->focus_org;
        if (!fk && !fd->focus_org_many) return -1;
    }
    for (int k = 0; k < 8; k++)
        if (fd->recent_org[k] >= 0 && (kinds_of(fd, fd->recent_org[k]) & bit)) return fd->recent_org[k];
    return -1;
}

/* The organization the coreference pass (tl_coref.c) resolved the
 * description at token i to, when the description opens its sentence
 * ("The group is ...") and the antecedent was a subject too (its
 * salience is then at least recency, subject and parallel subject:
 * 60 + 80 + 20); else -1.  "X met Y. Z founded the group": left alone.
 * Can't fail. */
static int32_t coref_org_at(const tl_fsent *s, uint32_t i) {
    const tl_coref *c = &s->fd->coref;
    if (i != s->sb + 1) return -1;
    uint32_t k = tl_coref_find(c, i);
    if (k < c->n && c->links[k].tb == i && c->links[k].kind == TL_COREF_NOUN && c->links[k].type == TL_ORG &&
        c->links[k].score >= 160)
        return c->links[k].ent;
    return -1;
}

/* Was the group noun at i ("network") brought in unnamed with "a" or
 * "an" in the last two sentences, not before the organization in focus
 * was named?  Can't fail. */
static int anon_since_focus(const tl_fsent *s, uint32_t i) {
    const tl_fdoc *fd = s->fd;
    const tl_token *w = &s->d->tokens[i];
    for (int k = 0; k < fd->n_anon && k < TL_FD_ANON; k++) {
        const tl_token *a = &s->d->tokens[fd->anon_tok[k]];
        if (fd->anon_sent[k] + 2 < s->si || fd->anon_sent[k] >= s->si ||
            (fd->focus_org >= 0 && fd->anon_sent[k] < fd->focus_org_sent))
            continue;
        if (a->end - a->start == w->end - w->start &&
            !strncasecmp(s->d->text + a->start, s->d->text + w->start, w->end - w->start))
            return 1;
    }
    return 0;
}

/* Notes the bodies the sentence brings in unnamed: "a smuggling
 * network", "an armed group" as an object or a subject, not an
 * apposition or a predicate on a name ("X, a militant group", "X is a
 * network of ...", "became a movement") nor a noun a name follows ("a
 * network called X", "a group, X,"), nor one before an organization's
 * name in its sentence.  Can't fail. */
static void note_anon_groups(tl_fsent *s) {
    tl_fdoc *fd = s->fd;
    for (uint32_t i = s->sb + 1; i < s->se; i++) {
        if (tl_fact_ment_at(s, i) >= 0 || tl_fact_tag(s, i) != TL_POS_NOUN || !tl_fact_wl(s, i, WL_GROUP_MOVEMENT_ORGANIZATION_ETC))
            continue;
        uint32_t b = i;
        while (b > s->sb && i - b < 4 && !tl_fact_w(s, b - 1, "a|an") && tl_fact_ment_at(s, b - 1) < 0 &&
               (tl_fact_tag(s, b - 1) == TL_POS_ADJ || tl_fact_tag(s, b - 1) == TL_POS_NOUN || tl_fact_tag(s, b - 1) == TL_POS_VBG))
            b--;
        if (b <= s->sb || !tl_fact_w(s, b - 1, "a|an")) continue;
        b--;
        if (b > s->sb && (tl_fact_is(s, b - 1, ",") || tl_fact_wl(s, b - 1, WL_BE) ||
                          tl_fact_w(s, b - 1, "become|becomes|became|remain|remains|remained|as|called|named")))
            continue;
        if (i + 1 < s->se && (tl_fact_w(s, i + 1, "called|named|known|dubbed") ||
                              (tl_fact_is(s, i + 1, ",") && i + 2 < s->se && tl_fact_ment_at(s, i + 2) >= 0) ||
                              tl_fact_ment_at(s, i + 1) >= 0))
            continue;
        /* "A powerful group in Lebanon, Hezbollah was founded in 1982":
         * a description before the name it describes */
        int named_after = 0;
        for (uint32_t q = i + 1; q < s->se && !named_after; q++) {
            int m = tl_fact_ment_at(s, q);
            named_after = m >= 0 && s->ms[m].type == TL_ORG && !s->ms[m].pron && !s->ms[m].virt;
        }
        if (named_after) continue;
        int k = fd->n_anon % TL_FD_ANON;
        fd->anon_tok[k] = i;
        fd->anon_sent[k] = s->si;
        fd->n_anon++;
    }
}

/* Nouns of kin. */
#define KIN_NOUNS                                                                                          \
    "father|mother|son|sons|daughter|daughters|brother|brothers|sister|sisters|sibling|siblings|wife|husband|" \
    "widow|widower|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandfather|grandmother|children|"   \
    "child|parents|spouse|fiance|fiancee|girlfriend|boyfriend|brother-in-law|son-in-law|stepson|stepfather|"  \
    "ex-wife|ex-husband|twin|grandchild|grandchildren|daughter-in-law|mother-in-law|sister-in-law"

/* Is person mention m a possessor ("X's former deputy, Y,") while a later
 * person of the sentence is named outright, or the object of "of" before
 * an apposition naming the head ("the deputy of X, Y,")?  Then the
 * sentence is about that one: X is no pronoun's antecedent.  Can't fail. */
static int possessor_before_named(const tl_fsent *s, int m) {
    const tl_fment *x = &s->ms[m];
    /* "Gandhi's father Karamchand ... his mother", "the son of X, Y, ...
     * his": kin named by their tie to the possessor leave the story with
     * the possessor */
    if (x->te + 1 < s->se && x->tb > s->sb + 1 && tl_fact_is(s, x->tb - 1, "of") && tl_fact_is(s, x->te, ",") &&
        !tl_fact_w(s, x->tb - 2, KIN_NOUNS)) {
        int y = tl_fact_ment_at(s, x->te + 1);
        if (y >= 0 && s->ms[y].tb == x->te + 1 && s->ms[y].type == TL_PERSON && !s->ms[y].pron) return 1;
    }
    if (x->te >= s->se || !tl_fact_w(s, x->te, "'s|\u2019s|'")) return 0;
    uint32_t q = x->te + 1;
    if (q < s->se && tl_fact_w(s, q, "late|younger|elder|older|eldest|youngest|estranged|own")) q++;
    if (q < s->se && tl_fact_w(s, q, KIN_NOUNS)) return 0;
    /* the possessed noun (up to three lower-case words), then the name,
     * after a comma or not ("Byron's friend Edward Trelawny") */
    for (uint32_t n = 0; q < s->se && n < 3 && (s->d->tokens[q].flags & TL_TOK_ALPHA) &&
                         !(s->d->tokens[q].flags & TL_TOK_UPPER) && s->at[q - s->sb] < 0;
         n++)
        q++;
    if (q == x->te + 1) return 0;
    if (q < s->se && tl_fact_is(s, q, ",")) q++;
    int y = q < s->se ? tl_fact_ment_at(s, q) : -1;
    return y >= 0 && s->ms[y].tb == q && s->ms[y].type == TL_PERSON && !s->ms[y].pron && s->ms[y].ent != x->ent;
}

/* "convicted X of ordering the murder of Y and sentenced him": for "him"
 * at token i right after "and" and a verb, the person named right after
 * the nearest past-tense verb ("-ed") before the "and".  Its mention, or
 * -1.  Can't fail. */
static int parallel_object(const tl_fsent *s, uint32_t i) {
    if (i < s->sb + 3 || !tl_fact_is(s, i - 2, "and")) return -1;
    int best = -1;
    for (int m = 0; m < s->nm; m++) {
        const tl_fment *x = &s->ms[m];
        if (x->pron || x->virt || x->te > i - 2 || x->tb <= s->sb || (best >= 0 && s->ms[best].tb > x->tb)) continue;
        uint32_t v = x->tb - 1, r = v - s->sb;
        if (s->len[r] < 4 || !(s->d->tokens[v].flags & TL_TOK_ALPHA) || (s->d->tokens[v].flags & TL_TOK_UPPER) ||
            memcmp(s->low[r] + s->len[r] - 2, "ed", 2))
            continue;
        best = m;
    }
    return best >= 0 && s->ms[best].type == TL_PERSON ? best : -1;
}

/* Does the "it" at token i open a clause whose verb only a body takes:
 * "it is led by", "it was founded", "it operates in", "it has since
 * pledged allegiance"?  Read from the words (the word classes are not
 * read yet).  Can't fail. */
static int it_agentive(const tl_fsent *s, uint32_t i) {
    uint32_t k = i + 1;
    if (k < s->se && tl_fact_w(s, k, "is|was|has|had|have")) {
        k++;
        if (k < s->se && tl_fact_is(s, k, "been")) k++;
        if (k < s->se && tl_fact_w(s, k, "also|now|currently|since|reportedly|widely|still")) k++;
        return k < s->se && tl_fact_w(s, k, "led|headed|run|commanded|founded|co-founded|formed|established|"
                                            "based|backed|funded|financed|armed|designated|blacklisted|"
                                            "pledged|operated|recruited");
    }
    if (k < s->se && tl_fact_w(s, k, "also|now|currently|reportedly|later|then|subsequently")) k++;
    /* ("It claimed the attack", "It attacked a base": what bodies do) */
    return k < s->se && tl_fact_w(s, k, "operates|controls|recruits|pledged|split|splintered|emerged|claimed|claims|"
                                        "attacked|bombed|ambushed|stormed|kidnapped|abducted|seized|captured|"
                                        "launched|carried|killed|funds|funded|finances|financed|arms|armed|"
                                        "supplies|supplied|trains|trained|recruited|sponsors|sponsored");
}

/* Does the sentence before s open with a name of entity e ("The ELN,
 * Colombia's largest rebel group, was founded in 1964.  It is led by X"):
 * the subject "it" continues?  Can't fail. */
static int prev_opens_with(const tl_fsent *s, int32_t e) {
    if (s->si == 0) return 0;
    const tl_doc *d = s->d;
    uint32_t tb = d->sentences[s->si - 1].tok_begin;
    uint32_t lo = 0, hi = d->n_mentions;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (d->mentions[mid].tok_begin < tb) lo = mid + 1;
        else hi = mid;
    }
    if (lo >= d->n_mentions) return 0;
    /* "Under its current leader, X, ISKP has expanded": past a fronted
     * phrase closed by a comma, the first name before the verb */
    if (d->mentions[lo].entity != e) {
        uint32_t se = d->sentences[s->si - 1].tok_end;
        for (uint32_t j = lo; j < d->n_mentions && d->mentions[j].tok_begin < se; j++) {
            const tl_mention *m = &d->mentions[j];
            if (m->entity != e) continue;
            uint32_t a = m->tok_begin, z = m->tok_end;
            if (a > tb && d->tokens[a - 1].end - d->tokens[a - 1].start == 1 && d->text[d->tokens[a - 1].start] == ',' &&
                z < se && (d->tokens[z].pos == TL_POS_AUX || d->tokens[z].pos == TL_POS_VBD ||
                           d->tokens[z].pos == TL_POS_VERB_PRES))
                return 1;
            return 0;
        }
        return 0;
    }
    uint32_t t = d->mentions[lo].tok_begin;
    return t == tb || (t == tb + 1 && d->tokens[tb].end - d->tokens[tb].start == 3 &&
                       strncasecmp(d->text + d->tokens[tb].start, "the", 3) == 0);
}

/* The last word of entity e's name into *w, its length.  Can't fail. */
static size_t surname_of(const tl_doc *d, int32_t e, const char **w) {
    const tl_str *n = &d->entities[e].name;
    size_t b = n->len;
    while (b > 0 && n->ptr[b - 1] != ' ') b--;
    *w = n->ptr + b;
    return n->len - b;
}

/* Are surnames a (la bytes) and b (lb) one family's name: the same, or
 * the feminine and masculine forms of Slavic names ("Orlova" and
 * "Orlov", "Kowalska" and "Kowalski", "Chaykovskaya" and "Chaykovsky")?
 * Can't fail. */
static int same_family_name(const char *a, size_t la, const char *b, size_t lb) {
    if (la < lb) {
        const char *t = a;
        a = b, b = t;
        size_t tl = la;
        la = lb, lb = tl;
    }
    /* a is the longer or as long */
    if (la == lb)
        return memcmp(a, b, la) == 0 ||
               (la > 4 && !memcmp(a, b, la - 1) && ((a[la - 1] == 'a' && b[lb - 1] == 'i') ||
                                                     (a[la - 1] == 'i' && b[lb - 1] == 'a')) &&
                a[la - 2] == 'k' && a[la - 3] == 's'); /* Kowalsk-i, Kowalsk-a */
    if (la == lb + 1) return a[la - 1] == 'a' && lb > 2 && memcmp(a, b, lb) == 0; /* Orlov-a */
    return la == lb + 3 && lb > 4 && b[lb - 1] == 'y' && !memcmp(a + la - 4, "kaya", 4) &&
           !memcmp(a, b, lb - 1); /* Chaykovsk-y, Chaykovsk-aya */
}

/* Is the possessive at token i followed by a noun of a person's kin or
 * circle (after at most one adjective) and a comma that closes an
 * apposition ("X, his brother, denied")?  ("X, his wife and children" is
 * a list.)  Can't fail. */
static int appositive_kin(const tl_fsent *s, uint32_t i) {
    uint32_t n = i + 1;
    if (n + 1 < s->se && !tl_fact_w(s, n, TL_CUE_POSSESSED_PERSON_NOUNS)) n++;
    return n + 1 < s->se && tl_fact_w(s, n, TL_CUE_POSSESSED_PERSON_NOUNS) && tl_fact_is(s, n + 1, ",");
}

/* "protected shipments for A, the former president, and his brother B
 * Hernandez", "X met Y Kuznetsov. His wife, Anna Kuznetsova, ...": "his"
 * before a noun of kin and a name is the person named earlier (in the
 * sentence, else among the last mentions before it) who shares that name's
 * surname, when the one chosen (e) does not.  Returns that person's
 * entity, else e.  Can't fail. */
#define KIN_LOOKBACK 200 /* mentions before the sentence a kin's surname is matched in */
/* tl_fact_possessed_noun: tl_fact_int.h */
uint32_t tl_fact_possessed_noun(const tl_fsent *s, uint32_t p) {
    for (uint32_t q = p + 1; q < s->se && q < p + 4; q++) {
        if (tl_fact_w(s, q, TL_CUE_POSSESSED_PERSON_NOUNS)) return q;
        if (!(s->d->tokens[q].flags & TL_TOK_ALPHA) || (s->d->tokens[q].flags & TL_TOK_UPPER)) return 0;
    }
    return 0;
}

static int32_t kin_by_surname(const tl_fsent *s, uint32_t i, int32_t e) {
    uint32_t k = i + 2;
    if (e < 0 || k >= s->se) return e;
    if (tl_fact_is(s, k, ",")) k++;
    /* (the name first: the list of kin nouns is read for few words then) */
    int n = k < s->se ? s->at[k - s->sb] : -1;
    if (n < 0 || s->ms[n].tb != k || s->ms[n].type != TL_PERSON || s->ms[n].pron || s->ms[n].ent < 0 ||
        !tl_fact_w(s, i + 1, TL_CUE_POSSESSED_PERSON_NOUNS))
        return e;
    const char *sw, *ew;
    size_t sl = surname_of(s->d, s->ms[n].ent, &sw);
    size_t el = surname_of(s->d, e, &ew);
    if (sl < 3 || same_family_name(ew, el, sw, sl) || s->ms[n].ent == e) return e;
    for (int m = 0; m < s->nm; m++) {
        const tl_fment *x = &s->ms[m];
        if (x->type != TL_PERSON || x->pron || x->te > i || x->ent < 0 || x->ent == s->ms[n].ent) continue;
        size_t xl = surname_of(s->d, x->ent, &ew);
        if (same_family_name(ew, xl, sw, sl)) return x->ent;
    }
    /* one person named in the last KIN_LOOKBACK mentions before the
     * sentence, and only one (a bounded window: the work per kin noun does
     * not grow with the document) */
    const tl_doc *d = s->d;
    size_t lo = 0, hi = d->n_mentions;
    while (lo < hi) { /* the first mention at or after the sentence */
        size_t mid = lo + (hi - lo) / 2;
        if (d->mentions[mid].tok_begin < s->sb) lo = mid + 1;
        else hi = mid;
    }
    int32_t found = -1;
    for (size_t q = lo, seen = 0; q > 0 && seen < KIN_LOOKBACK; q--, seen++) {
        int32_t x = d->mentions[q - 1].entity;
        if (x < 0 || x == found || x == s->ms[n].ent || d->entities[x].type != TL_PERSON) continue;
        size_t xl = surname_of(d, x, &ew);
        if (xl < 3 || xl == d->entities[x].name.len || !same_family_name(ew, xl, sw, sl)) continue;
        if (found >= 0) return e;
        found = x;
    }
    return found >= 0 ? found : e;
}

/* tl_fact_the_before: tl_fact_int.h */
int tl_fact_the_before(const tl_fsent *s, uint32_t i) {
    if (i <= s->sb) return 0;
    if (tl_fact_is(s, i - 1, "the")) return 1;
    if (i <= s->sb + 1 || !tl_fact_is(s, i - 2, "the")) return 0;
    const char *w = s->low[i - 1 - s->sb];
    size_t n = s->len[i - 1 - s->sb];
    return (n > 9 && !memcmp(w + n - 9, "-year-old", 9)) || tl_fact_w(s, i - 1, "former|young|elderly|retired");
}

/* Can the nationality mention m, after "the", be one person: a country's
 * people's word ("the Syrian", "the 45-year-old Russian"), but not a
 * creed ("the Catholic") nor a word English uses for the whole people
 * ("the French", "the British", "the Chinese", "the Swiss")?  Can't
 * fail. */
static int one_national(const tl_fsent *s, int m) {
    const tl_entity *e = &s->d->entities[s->ms[m].ent];
    if (!(tl_gaz_lookup(s->g, e->name.ptr, e->name.len) & TL_GAZ_DEMONYM)) return 0;
    const char *w = s->low[s->ms[m].tb - s->sb];
    size_t n = s->len[s->ms[m].tb - s->sb];
    if (n < 4) return 1;
    return memcmp(w + n - 2, "ch", 2) && memcmp(w + n - 2, "sh", 2) && memcmp(w + n - 3, "ese", 3) &&
           memcmp(w + n - 2, "ss", 2);
}

/* "X and Y travelled to Somalia, where they met Z": two people named
 * together at the sentence's opening, and no other person before "they"
 * at token i.  Writes their entities to g[0..2); returns 1, else 0.
 * Can't fail. */
static int pair_before(const tl_fsent *s, uint32_t i, int32_t *g) {
    int a = -1;
    for (uint32_t k = s->sb; k < i && a < 0; k++) {
        int m = s->at[k - s->sb];
        if (m < 0) continue;
        if (s->ms[m].type != TL_PERSON || s->ms[m].pron || s->ms[m].tb > s->sb + 1) return 0;
        a = m;
    }
    if (a < 0 || s->ms[a].te + 1 >= i || !tl_fact_is(s, s->ms[a].te, "and")) return 0;
    int b = tl_fact_ment_at(s, s->ms[a].te + 1);
    if (b < 0 || s->ms[b].tb != s->ms[a].te + 1 || s->ms[b].type != TL_PERSON || s->ms[b].pron ||
        s->ms[b].ent == s->ms[a].ent)
        return 0;
    for (uint32_t k = s->ms[b].te; k < i; k++) {
        int m = s->at[k - s->sb];
        if (m >= 0 && s->ms[m].type == TL_PERSON) return 0;
    }
    g[0] = s->ms[a].ent;
    g[1] = s->ms[b].ent;
    return 1;
}

/* Has every sentence since the pair in fd->group was named (the last
 * sentences that named anyone, which tl_fact_corole_note remembers)
 * named at most one person?  "X and Y hired Z. X directed it. The
 * journalist, W, is a critic. Both men remain in Iran": the pair, not the
 * last two names.  Can't fail. */
static int lone_names_since(const tl_fdoc *fd) {
    for (int k = 0; k < fd->corole.n; k++) {
        const tl_crl_sent *p = &fd->corole.sent[k];
        if (p->si <= fd->group_sent) return 1;
        if (p->n_person > 1) return 0;
    }
    return 1;
}

/* Is the group noun at i opened by "the" and at most three words that
 * describe a body: its kind ("the rebel group", "the armed group") or a
 * people's name ("the Palestinian militant group", "the Lebanese
 * group"), and no "of" after it?  Can't fail. */
static int described_group(const tl_fsent *s, uint32_t i) {
    /* ("the crime syndicate of mobster X" is X's, told by its "of") */
    if (i + 1 < s->se && tl_fact_is(s, i + 1, "of")) return 0;
    for (uint32_t k = i, n = 0; k > s->sb + 1 && n < 3; n++) {
        k--;
        int m = s->at[k - s->sb];
        if (m >= 0) {
            if (s->ms[m].type != TL_NORP || s->ms[m].pron || s->ms[m].tb != k || s->ms[m].te != k + 1) return 0;
        } else if (!tl_fact_w(s, k, "rebel|militant|armed|jihadist|extremist|terrorist|criminal|separatist|"
                                    "insurgent|islamist|paramilitary|guerrilla|mercenary|militia|shiite|sunni|drug|"
                                    "crime|hacking|ransomware|radical|banned|proscribed|far-right|neo-nazi")) {
            return 0;
        }
        if (tl_fact_is(s, k - 1, "the")) return 1;
    }
    return 0;
}

static void add_pronouns(tl_fsent *s) {
    tl_fdoc *fd = s->fd;
    int person = fd->focus_person >= 0 && s->si - fd->focus_person_sent <= 3;
    int org = fd->focus_org >= 0 && s->si - fd->focus_org_sent <= 3;
    /* A plural pronoun reaches back one sentence only: "they" far from the
     * names is as often the authorities or a group as the people. */
    int group = fd->n_group >= 2 && s->si - fd->group_sent <= 1;
    /* ("Both men" and "the two suspects" say how many: the pair named
     * together two sentences back, past a sentence on one of them) */
    int pair = fd->n_group == 2 && (s->si - fd->group_sent <= 2 || (s->si - fd->group_sent == 3 && lone_names_since(fd)));
    s->n_group = 0;
    /* "X, an associate of Y, denied that he ...": a subject pronoun or a
     * possessive after a person named earlier in the sentence is that
     * person, the sentence's first (its subject, more often than not);
     * "him" is not ("X recruited him"). */
    int32_t first_person = -1;
    uint32_t first_at = s->se;
    for (int m = 0; m < s->nm; m++)
        if (s->ms[m].type == TL_PERSON && !s->ms[m].pron && s->ms[m].tb < first_at && !possessor_before_named(s, m)) {
            first_person = s->ms[m].ent;
            first_at = s->ms[m].tb;
        }
    quote_memo qm = {UINT32_MAX, 0, 0, -1};
    for (uint32_t i = s->sb; i < s->se; i++) {
        /* "The Syrian was arrested": a nationality standing alone as a
         * noun after "the" is the person in focus, like "the suspect" (a
         * plural, "the Syrians", is a people; "the Syrian army" a modifier) */
        int nat = s->at[i - s->sb];
        if (nat >= 0 && person && s->ms[nat].type == TL_NORP && !s->ms[nat].pron && s->ms[nat].tb == i &&
            s->ms[nat].te == i + 1 && tl_fact_the_before(s, i) && i + 1 < s->se &&
            s->low[i - s->sb][s->len[i - s->sb] - 1] != 's' && one_national(s, nat) &&
            /* (the word classes are not read yet: the words themselves) */
            tl_fact_w(s, i + 1, "was|is|had|has|said|told|denied|admitted|fled|pleaded|faces|faced|remains|remained|"
                                "allegedly|also|later|then") &&
            fd->focus_person != quote_speaker(s, i, &qm)) {
            add_ment(s, i, i + 1, fd->focus_person, TL_PERSON, 1);
            /* (and the nationality is that person's: "The 45-year-old
             * Russian faces") */
            if (s->nm > 0 && s->ms[s->nm - 1].tb == i) {
                tl_fcand c = {TL_CITIZEN_OF, 0, {s->nm - 1, nat, -1, -1}, i, 1, 0, 0};
                tl_fact_push(s, &c);
            }
            continue;
        }
        /* "The Moroccan national faces charges": the noun after the
         * nationality is the person in focus, whose nationality it is */
        if (nat >= 0 && person && s->ms[nat].type == TL_NORP && !s->ms[nat].pron && s->ms[nat].tb == i &&
            s->ms[nat].te == i + 1 && tl_fact_the_before(s, i) && i + 2 < s->se && s->at[i + 1 - s->sb] < 0 &&
            (tl_fact_w(s, i + 1, "national|citizen") || tl_fact_w(s, i + 1, TL_CUE_COREF_PERSON_NOUNS)) &&
            tl_fact_w(s, i + 2, "was|is|had|has|said|told|denied|admitted|fled|pleaded|faces|faced|remains|remained|"
                                "allegedly|also|later|then") &&
            fd->focus_person != quote_speaker(s, i, &qm)) {
            add_ment(s, i + 1, i + 2, fd->focus_person, TL_PERSON, 1);
            continue;
        }
        /* "The Hezbollah operative had entered the country": a group's
         * member noun after "the" is the person in focus, its member (not
         * before "said": "the Hamas official said" quotes someone else) */
        if (nat >= 0 && person && s->ms[nat].type == TL_ORG && !s->ms[nat].pron && s->ms[nat].tb == i &&
            i > s->sb && tl_fact_is(s, i - 1, "the") && s->ms[nat].te + 1 < s->se &&
            s->at[s->ms[nat].te - s->sb] < 0 &&
            tl_fact_w(s, s->ms[nat].te, GROUP_MEMBER_NOUNS) &&
            tl_fact_w(s, s->ms[nat].te + 1, "was|is|had|has|denied|admitted|fled|pleaded|faces|faced|remains|remained|"
                                              "allegedly|also|later|then") &&
            fd->focus_person != quote_speaker(s, i, &qm)) {
            add_ment(s, s->ms[nat].te, s->ms[nat].te + 1, fd->focus_person, TL_PERSON, 1);
            i = s->ms[nat].te;
            continue;
        }
        if (s->at[i - s->sb] >= 0) continue;
        int32_t here = first_at < i ? first_person : -1;
        /* every word of WL_HE_SHE_HIM_ETC (he|she|him|himself|herself)
         * starts with h or s: other words skip the list lookup */
        char c0 = s->low[i - s->sb][0];
        /* "Hernandez himself was extradited": an emphatic reflexive after
         * a name adds no one */
        if (i > s->sb && s->len[i - s->sb] >= 7 && tl_fact_w(s, i, "himself|herself") && s->at[i - 1 - s->sb] >= 0)
            continue;
        /* "Baghdadi killed himself": a reflexive object is the verb's own
         * subject, of whom it states nothing of another */
        if (i > s->sb && (c0 == 'h' || c0 == 't') && (s->len[i - s->sb] == 7 || s->len[i - s->sb] == 10) &&
            tl_fact_w(s, i, "himself|herself|themselves") && (s->d->tokens[i - 1].flags & TL_TOK_ALPHA) &&
            !(s->d->tokens[i - 1].flags & TL_TOK_UPPER))
            continue;
        if ((person || here >= 0) && (c0 == 'h' || c0 == 's') && tl_fact_wl(s, i, WL_HE_SHE_HIM_ETC)) {
            int32_t e = here >= 0 && tl_fact_w(s, i, "he|she") ? here : fd->focus_person;
            /* "X said Y would be extradited to Z, where he faces charges":
             * the subject of what was said, not the speaker */
            if (e == here && here >= 0 && tl_fact_w(s, i, "he|she"))
                for (int m = 0; m < s->nm; m++) {
                    if (s->ms[m].type != TL_PERSON || s->ms[m].pron || s->ms[m].ent != here) continue;
                    uint32_t v = s->ms[m].te;
                    if (v + 2 >= i || !tl_fact_w(s, v, "said|says|added|stated")) break;
                    uint32_t q = tl_fact_is(s, v + 1, "that") ? v + 2 : v + 1;
                    int y = tl_fact_ment_at(s, q);
                    if (y >= 0 && s->ms[y].tb == q && s->ms[y].type == TL_PERSON && !s->ms[y].pron && s->ms[y].te < i &&
                        s->ms[y].ent != here && tl_fact_w(s, s->ms[y].te, "would|will|was|is|had|has|could|faces|faced"))
                        e = s->ms[y].ent;
                    break;
                }
            if (tl_fact_w(s, i, "him")) {
                /* "detained Yusuf in Istanbul and deported him": the latest
                 * person of the sentence, unless it is the subject of the
                 * verb right before ("Li recruited him") */
                int best = -1;
                for (int m = 0; m < s->nm; m++)
                    if (s->ms[m].type == TL_PERSON && !s->ms[m].pron && s->ms[m].te <= i &&
                        (best < 0 || s->ms[m].te > s->ms[best].te))
                        best = m;
                /* ("His cousin, A, and two nationals, B and C, were
                 * accused of helping him": no one named in the clause's
                 * subject, before its first verb, is its object) */
                uint32_t v = best >= 0 ? s->ms[best].te : 0;
                if (best >= 0 && tl_fact_is(s, v, ",") && v + 2 < i && (s->d->tokens[v + 1].flags & TL_TOK_DIGIT) &&
                    tl_fact_is(s, v + 2, ","))
                    v += 2;
                if (best >= 0 && tl_fact_is(s, v, ",")) v++;
                int in_subject = best >= 0 && v < i && v + 7 > i && tl_fact_w(s, v, "was|were|is|are|had|has|have|will|would");
                /* (the subject opens the sentence: no verb, preposition or
                 * subordinator before it; the verb group reaches "him"
                 * with no other subject: "has no need for the oligarchs to
                 * provide him" is the subject's) */
                for (uint32_t q = s->sb; in_subject && q < s->ms[best].tb; q++)
                    if (tl_fact_ment_at(s, q) < 0 &&
                        (tl_fact_is_verbish(s, q) || tl_fact_wl(s, q, WL_PREPS) ||
                         tl_fact_w(s, q, "that|when|while|after|before|as|if|because|since|although|though")))
                        in_subject = 0;
                for (uint32_t q = v + 1; in_subject && q < i; q++)
                    if (tl_fact_ment_at(s, q) >= 0 || !(s->d->tokens[q].flags & TL_TOK_ALPHA) || tl_fact_is(s, q, "for"))
                        in_subject = 0;
                if (in_subject) {
                    for (int m = 0; m < s->nm && e >= 0; m++)
                        if (s->ms[m].type == TL_PERSON && !s->ms[m].pron && s->ms[m].te <= v && s->ms[m].ent == e) e = -1;
                    best = -1;
                }
                if (best >= 0 && s->ms[best].te + 3 < i) e = s->ms[best].ent;
                /* "designated X ..., and his wife, Y, who helps him": the
                 * one named before the verb's subject, when Y is a kin of
                 * his ("his wife") */
                else if (best >= 0 && s->ms[best].tb > s->sb + 2 &&
                         (tl_fact_is(s, s->ms[best].tb - 1, ",") ? s->ms[best].tb - 2 : s->ms[best].tb - 1) > s->sb &&
                         tl_fact_w(s, tl_fact_is(s, s->ms[best].tb - 1, ",") ? s->ms[best].tb - 2 : s->ms[best].tb - 1,
                                   TL_CUE_POSSESSED_PERSON_NOUNS)) {
                    int prev = -1;
                    for (int m = 0; m < s->nm; m++)
                        if (s->ms[m].type == TL_PERSON && !s->ms[m].pron && s->ms[m].te <= s->ms[best].tb &&
                            s->ms[m].ent != s->ms[best].ent && (prev < 0 || s->ms[m].te > s->ms[prev].te))
                            prev = m;
                    if (prev >= 0) e = s->ms[prev].ent;
                }
                /* "convicted X of ordering the murder of Y and sentenced
                 * him": after "and" and a verb, the object of the verb
                 * before the "and" */
                int par = parallel_object(s, i);
                if (par >= 0) e = s->ms[par].ent;
            }
            if (e >= 0 && e != quote_speaker(s, i, &qm)) add_ment(s, i, i + 1, e, TL_PERSON, 1);
        } else if (person && i > s->sb && tl_fact_is(s, i - 1, "the") &&
                   (tl_fact_w(s, i, "suspect|defendant|accused|fugitive|detainee|teenager") ||
                    /* (a station's noun: not in an apposition, "X, the
                     * ringleader of Y", nor with its own "of") */
                    (tl_fact_w(s, i, "cleric|preacher|imam|kingpin|ringleader|financier|businessman|businesswoman|convict|"
                                     "informant") &&
                     !(i >= s->sb + 2 && tl_fact_is(s, i - 2, ",")) && !tl_fact_is(s, i + 1, "of"))) &&
                   !(i + 1 < s->se && (s->d->tokens[i + 1].flags & TL_TOK_UPPER)) &&
                   !(i + 2 < s->se && tl_fact_is(s, i + 1, ",") &&
                     ((s->d->tokens[i + 2].flags & TL_TOK_UPPER) || named_after(s, i + 2))) &&
                   fd->focus_person != quote_speaker(s, i, &qm)) {
            /* "the suspect was charged": the person in focus, as "he" (not
             * "the suspect Ali K." nor "The suspect, identified as Ali
             * K.,": the name says who) */
            add_ment(s, i, i + 1, fd->focus_person, TL_PERSON, 1);
        } else if (s->len[i - s->sb] == 3 && c0 == 'h' && (person || here >= 0) && tl_fact_w(s, i, "his|her") && i + 1 < s->se &&
                   !tl_fact_is(s, i + 1, "own")) {
            /* "X murdered Y and his wife": right after "Y and" it is Y */
            int32_t e = here >= 0 ? here : fd->focus_person;
            int y = i >= s->sb + 2 && tl_fact_is(s, i - 1, "and") ? tl_fact_ment_ending(s, i - 2) : -1;
            if (y >= 0 && s->ms[y].type == TL_PERSON && !s->ms[y].pron) {
                e = s->ms[y].ent;
                /* ("X's cousin Y and his right-hand man Z": Y is X's, and
                 * so is the next one) */
                uint32_t q = s->ms[y].tb;
                if (q > s->sb + 2 && tl_fact_w(s, q - 1, TL_CUE_POSSESSED_PERSON_NOUNS) &&
                    tl_fact_w(s, q - 2, "'s|\u2019s")) {
                    int x = tl_fact_ment_ending(s, q - 3);
                    if (x >= 0 && s->ms[x].type == TL_PERSON) e = s->ms[x].ent;
                }
            }
            /* "X succeeded Y after his extradition": the one succeeded */
            y = i >= s->sb + 3 && tl_fact_w(s, i - 1, "after|following|upon") ? tl_fact_ment_ending(s, i - 2) : -1;
            if (y >= 0 && s->ms[y].type == TL_PERSON && !s->ms[y].pron && s->ms[y].tb > s->sb &&
                tl_fact_w(s, s->ms[y].tb - 1, "succeeded|succeeds|succeeding|replaced|replaces|replacing"))
                e = s->ms[y].ent;
            /* "His father, Anthony, was a geologist and his mother,
             * Jennifer, a nurse": a kin noun's pronoun is the one an
             * earlier kin noun's was, not the kin that noun named */
            /* (also "His brother, Samir, and his business partner, Rafael":
             * the nouns may be qualified) */
            uint32_t own = tl_fact_possessed_noun(s, i);
            for (uint32_t j = s->sb; own && j + 3 < i; j++) {
                int pm = s->at[j - s->sb];
                if (pm < 0 || !s->ms[pm].pron || s->low[j - s->sb][0] != s->low[i - s->sb][0]) continue;
                uint32_t n = tl_fact_possessed_noun(s, j);
                if (!n || n + 2 >= i || !tl_fact_is(s, n + 1, ",")) continue;
                int k = tl_fact_ment_at(s, n + 2);
                if (k >= 0 && s->ms[k].ent == e && s->ms[pm].ent != e) e = s->ms[pm].ent;
            }
            e = kin_by_surname(s, i, e);
            /* "Sergei Petrov, his brother, denied": an apposition of kin
             * names the name before it, so the possessor is another: the
             * person in focus */
            if (i >= s->sb + 2 && tl_fact_is(s, i - 1, ",") && appositive_kin(s, i)) {
                int nb = tl_fact_ment_ending(s, i - 2);
                if (nb >= 0 && s->ms[nb].type == TL_PERSON && s->ms[nb].ent == e) {
                    if (fd->focus_person < 0 || fd->focus_person == e) continue;
                    e = fd->focus_person;
                }
            }
            add_ment(s, i, i + 1, e, TL_PERSON, TL_PRON_POSS); /* "his brother, X" */
        } else if (c0 == 't' && s->len[i - s->sb] == 4 && i > s->sb + 3 && tl_fact_is(s, i, "they") &&
                   pair_before(s, i, s->group)) {
            /* "X and Y travelled to Somalia, where they met Z": the pair
             * the sentence named as its subject */
            s->n_group = 2;
            add_ment(s, i, i + 1, s->group[0], TL_PERSON, TL_PRON_PLURAL);
        } else if ((group || pair) &&
                   ((group && s->len[i - s->sb] == 4 && c0 == 't' && tl_fact_w(s, i, "they|them")) ||
                    /* ("Their cousin, X": a noun of kin or circle the group's) */
                    (i == s->sb && s->len[0] == 5 && c0 == 't' && tl_fact_is(s, i, "their") && tl_fact_possessed_noun(s, i)) ||
                    /* ("Each was charged with murder": every one of them) */
                    (group && i == s->sb && c0 == 'e' && tl_fact_is(s, i, "each") && i + 1 < s->se &&
                     tl_fact_w(s, i + 1, "was|is|faces|faced|received|receives|pleaded|got|will|has|had")) ||
                    (i > s->sb && s->len[i - s->sb] >= 3 &&
                     (group ? tl_fact_is(s, i - 1, "the") || tl_fact_is(s, i - 1, "both") || tl_fact_is(s, i - 1, "two")
                            : tl_fact_is(s, i - 1, "both") || tl_fact_is(s, i - 1, "two")) &&
                     tl_fact_w(s, i, "men|women|suspects|defendants|brothers|sisters|pair|couple") && !group_named_after(s, i))) &&
                   tl_fact_corole_count_ok(s, i, fd->n_group) &&
                   /* ("the pair", "the couple": two of them) */
                   (fd->n_group == 2 || !tl_fact_w(s, i, "pair|couple"))) {
            /* "they", "both men", "the two suspects", "the pair" */
            /* Stands for the first person of the group; emit() repeats the
             * fact for the others (TL_PRON_PLURAL). */
            memcpy(s->group, fd->group, (size_t)fd->n_group * sizeof *s->group);
            s->n_group = fd->n_group;
            add_ment(s, i, i + 1, fd->group[0], TL_PERSON, TL_PRON_PLURAL);
        } else if (i == s->sb && org && !fd->focus_org_many && s->len[0] == 2 && c0 == 'i' && tl_fact_is(s, i, "it") &&
                   it_agentive(s, i) && !gov_body(&s->d->entities[fd->focus_org].name) &&
                   prev_opens_with(s, fd->focus_org)) {
            /* "It is led by X", "It was founded in 2001 by Y": a sentence
             * opened by "it" and a verb that only a body takes is the body
             * in focus (not "It is believed", "It was not clear") */
            add_ment(s, i, i + 1, fd->focus_org, TL_ORG, 1);
        } else if (i > s->sb && group_word_maybe(s, i - s->sb) &&
                   (tl_fact_is(s, i - 1, "the") || backed_group(s, i) || band_before_title(s, i) ||
                    /* ("the rebel group", "the armed group", "the
                     * Palestinian militant group") */
                    described_group(s, i)) &&
                   tl_fact_wl(s, i, WL_GROUP_MOVEMENT_ORGANIZATION_ETC)) {
            /* "the movement": the latest organization whose name holds the
             * word, else the organization in focus. */
            int32_t e = -1;
            uint32_t r = i - s->sb;
            /* "by Hayat Tahrir al-Sham, the Islamist group that controls
             * Idlib": a description in apposition is the body it follows */
            {
                uint32_t d0 = tl_fact_is(s, i - 1, "the") ? i - 1 : i >= s->sb + 2 && tl_fact_is(s, i - 2, "the") ? i - 2 : 0;
                /* (set off by commas or taking a relative clause: "Augmented
                 * by the Seabees, the group worked" is the clause's subject) */
                int x = d0 > s->sb + 1 && tl_fact_is(s, d0 - 1, ",") && i + 1 < s->se && tl_fact_w(s, i + 1, ",|that|which")
                            ? tl_fact_ment_ending(s, d0 - 2)
                            : -1;
                if (x >= 0 && s->ms[x].type == TL_ORG && !s->ms[x].pron && !s->ms[x].virt) e = s->ms[x].ent;
                /* ("the Peruvian Maoist terrorist organization, Sendero
                 * Luminoso": the name apposed after it) */
                int y = i + 2 < s->se && tl_fact_is(s, i + 1, ",") ? tl_fact_ment_at(s, i + 2) : -1;
                if (e < 0 && y >= 0 && s->ms[y].tb == i + 2 && s->ms[y].type == TL_ORG && !s->ms[y].pron &&
                    !s->ms[y].virt)
                    e = s->ms[y].ent;
            }
            /* (the organization in focus first, when its name holds the
             * word: the first its sentence named, its subject more often
             * than not -- "The Kavac clan has fought the rival Skaljari
             * clan ... the clan's leader") */
            for (int k = -1; k < 8 && e < 0; k++) {
                int32_t x = k < 0 ? (org ? fd->focus_org : -1) : fd->recent_org[k];
                if (x < 0) continue;
                const tl_entity *en = &s->d->entities[x];
                for (size_t p = 0; p + s->len[r] <= en->name.len; p++) {
                    if (strncasecmp(en->name.ptr + p, s->low[r], s->len[r]) == 0 &&
                        (p == 0 || en->name.ptr[p - 1] == ' ') &&
                        (p + s->len[r] == en->name.len || en->name.ptr[p + s->len[r]] == ' ')) {
                        e = x;
                        break;
                    }
                }
            }
            /* With no name holding the word, the organization in focus,
             * unless the sentence that named it named another as well:
             * then "the group" could be either, and a wrong guess makes
             * wrong facts. */
            /* "police dismantled a smuggling network. The network was
             * run by X": the body brought in unnamed since the focus was
             * named, not the focus */
            /* (the latest body called by the word, where the one in
             * focus may not be it: "Los Lobos gang ... allied with the
             * CJNG ... the gang") */
            if (e < 0 && org) e = kind_org(s, i);
            int anon = e < 0 && anon_since_focus(s, i);
            /* "The network is run by X": a network is most often a web of
             * firms and people around a body, not the body in focus; only
             * a name that holds the word ("the Haqqani Network") is it */
            if (e < 0 && tl_fact_w(s, i, "network|networks")) anon = 1;
            if (anon) {
                /* left unresolved */
            } else if (e < 0 && org && !fd->focus_org_many) e = fd->focus_org;
            /* It did: the coreference pass may still tell them apart ("X
             * is a militia founded by Y, a former commander of Z. The
             * group ...": the subject X, by a clear margin of salience) */
            if (!anon && e < 0 && org && fd->focus_org_many) e = coref_org_at(s, i);
            /* "X's commanders were killed, with the Iran-backed group
             * saying": the one organization named before in the sentence */
            if (!anon && e < 0 && backed_group(s, i)) e = sole_org_before(s, i - 1);
            /* "the group" is rarely the Treasury that names it nor a state's
             * force: such a body in focus gives way to the latest other
             * organization, or to none */
            int grouplike = tl_fact_w(s, i, "group|organization|organisation|network|movement|militia|syndicate|outfit");
            if (e >= 0 && e == fd->focus_org &&
                (gov_body(&s->d->entities[e].name) || (grouplike && state_force(&s->d->entities[e].name))) &&
                !tl_fact_w(s, i, "agency|force|unit|party")) {
                int32_t alt = -1;
                for (int k = 0; k < 8 && alt < 0; k++) {
                    int32_t x = fd->recent_org[k];
                    if (x >= 0 && !state_force(&s->d->entities[x].name)) alt = x;
                }
                if (alt >= 0 || grouplike) e = alt;
            }
            if (e >= 0) add_ment(s, i, i + 1, e, TL_ORG, 1);
        } else if (org && !fd->focus_org_many && i > s->sb && tl_fact_is(s, i - 1, "the") &&
                   tl_fact_w(s, i, "militants|fighters|insurgents|jihadists|rebels") &&
                   !state_force(&s->d->entities[fd->focus_org].name) &&
                   !gov_body(&s->d->entities[fd->focus_org].name)) {
            /* "The militants also attacked Gao": the armed group in focus
             * (not a state's force, nor the body that reports on them) */
            add_ment(s, i, i + 1, fd->focus_org, TL_ORG, 1);
        }
    }
}

/* "Hamas said it had carried out the attack", "The U.S. military said its
 * aircraft struck X": "it" or "its" right after a say verb whose subject opens the sentence
 * (a body or a state, possibly with its military, army or government
 * after it) is that subject.  Read from the words: the word classes are
 * not read yet.  Can't fail. */
static void add_self_it(tl_fsent *s) {
    for (uint32_t i = s->sb + 2; i + 1 < s->se && i < s->sb + 8; i++) {
        uint32_t r = i - s->sb;
        if (s->len[r] < 2 || s->len[r] > 3 || s->low[r][0] != 'i' || s->low[r][1] != 't' || s->at[r] >= 0) continue;
        int poss = s->len[r] == 3;
        if (poss && s->low[r][2] != 's') continue;
        if (!tl_fact_w(s, i - 1, "said|says|announced|claimed|stated|confirmed|added|insisted|acknowledged")) return;
        uint32_t j = i - 2;
        int force = j > s->sb && tl_fact_w(s, j, "military|army|government|navy|forces|ministry");
        if (force) j--;
        if (j > s->sb && tl_fact_w(s, j, "'s|\u2019s")) j--;
        int m = s->at[j - s->sb];
        /* ("The Israeli military said it": the nationality stands for its
         * state, as in "an Israeli strike") */
        if (m < 0 || s->ms[m].te != j + 1 ||
            (s->ms[m].type != TL_ORG && s->ms[m].type != TL_GPE && !(force && s->ms[m].type == TL_NORP)))
            return;
        uint32_t tb = s->ms[m].tb;
        if (tb > s->sb && !(tb == s->sb + 1 && tl_fact_is(s, s->sb, "the"))) return;
        add_ment(s, i, i + 1, s->ms[m].ent, s->ms[m].type, poss ? TL_PRON_POSS : 1);
        return;
    }
}

/* Does an office of state open at token k ("prime minister", "Foreign
 * Minister", "president")?  The possessor a description resolves to is
 * read only before one: "the country's southern port" is left alone, the
 * country's identity being the weaker guess there.  Can't fail. */
static int office_after(const tl_fsent *s, uint32_t k) {
    for (uint32_t j = k; j < s->se && j < k + 3; j++)
        if (tl_fact_w(s, j, TL_CUE_STATE_OFFICE_NOUNS)) return 1;
    return 0;
}

/* The possessives the coreference pass resolved (tl_coref.c) that the
 * rules above left alone: "its leader, X", "X and its founder Y", "the
 * country's president".  Each is a possessor mention of its antecedent.
 * The pass resolves "it", "the company" and "the suspect" as well, but as
 * arguments they added no right fact the rules above did not already find
 * (measured on the news and Wikipedia sets; "the suspect" and its like
 * come in through add_pronouns, as the person in focus), so only
 * possessives come in,
 * and a place's description that possesses an office ("the country's
 * prime minister") or a person's that possesses kin or an associate ("the
 * murdered journalist's father"). */
static void add_coref(tl_fsent *s) {
    const tl_coref *c = &s->fd->coref;
    for (uint32_t k = tl_coref_find(c, s->sb); k < c->n && c->links[k].tb < s->se; k++) {
        const tl_coref_link *l = &c->links[k];
        if (l->te > s->se || s->at[l->tb - s->sb] >= 0) continue;
        /* "the country's prime minister": a description of a place that
         * possesses is a possessor as "its" is */
        int poss_end = l->te + 1 < s->se && (tl_fact_is(s, l->te, "'s") || tl_fact_is(s, l->te, "\xe2\x80\x99s"));
        int desc_poss = l->kind == TL_COREF_NOUN && poss_end &&
                        ((l->type == TL_GPE && office_after(s, l->te + 1)) ||
                         /* "the journalist's father, X": a person's description
                          * that possesses kin or an associate */
                         (l->type == TL_PERSON && tl_fact_w(s, l->te + 1, TL_CUE_POSSESSED_PERSON_NOUNS)));
        if (l->kind != TL_COREF_POSS && !desc_poss) continue;
        add_ment(s, l->tb, l->te, l->ent, l->type, TL_PRON_POSS);
    }
}

/* "He was succeeded by X", "X succeeded him": the
 * successor of one the report has shown leading a body leads it too (the
 * one body the predecessor leads in the facts so far; none when several).
 * Can't fail. */
static void successors(tl_fsent *s) {
    const tl_fdoc *fd = s->fd;
    for (uint32_t k = s->sb + 1; k + 1 < s->se; k++) {
        /* (only succession: "replaced" is said of any post; the length
         * and first letter first, as for every word of the sentence) */
        uint32_t r = k - s->sb;
        int pred = -1, succ = -1;
        /* "when his predecessor, X, was killed", "Y's predecessor X": the
         * possessor succeeded X */
        if (s->len[r] == 11 && s->low[r][0] == 'p' && tl_fact_is(s, k, "predecessor")) {
            succ = tl_fact_poss_pron_at(s, k - 1);
            if (succ < 0 && k > s->sb + 1 && tl_fact_w(s, k - 1, "'s|\u2019s")) succ = tl_fact_ment_ending(s, k - 2);
            uint32_t q = tl_fact_is(s, k + 1, ",") ? k + 2 : k + 1;
            pred = q < s->se ? tl_fact_ment_at(s, q) : -1;
            if (pred >= 0 && (s->ms[pred].tb != q || s->ms[pred].pron)) pred = -1;
            if (pred < 0 || succ < 0) continue;
        } else if ((s->len[r] != 9 && s->len[r] != 8 && s->len[r] != 10) || s->low[r][0] != 's' ||
                   !tl_fact_w(s, k, "succeeded|succeeds|succeeding")) {
            continue;
        } else if (tl_fact_is(s, k + 1, "by") && tl_fact_wl(s, k - 1, WL_BE)) {
            pred = tl_fact_subject(s, k, 1u << TL_PERSON);
            succ = tl_fact_ment_at(s, k + 2);
            if (succ >= 0 && s->ms[succ].tb != k + 2) succ = -1;
        } else if (!tl_fact_is(s, k + 1, "by")) {
            succ = tl_fact_subject(s, k, 1u << TL_PERSON);
            pred = tl_fact_ment_at(s, k + 1);
            if (pred < 0 && tl_fact_poss_pron_at(s, k + 1) < 0) {
                /* "succeeded him": an object pronoun resolved as a mention */
                pred = s->at[k + 1 - s->sb];
            }
            if (pred >= 0 && s->ms[pred].tb != k + 1) pred = -1;
            /* "X succeeded Y as leader of Z": the frames read the role */
            if (pred >= 0 && tl_fact_is(s, s->ms[pred].te, "as")) continue;
        }
        if (pred < 0 || succ < 0 || s->ms[pred].type != TL_PERSON || s->ms[succ].type != TL_PERSON ||
            s->ms[pred].ent == s->ms[succ].ent)
            continue;
        /* the one body the predecessor led; else, "Avila succeeded
         * Usuga" with Avila shown leading one body and Usuga none, the
         * successor's (leads of this sentence count: "was elected the
         * leader of Hamas, succeeding X") */
        int32_t grp = -1;
        int n = 0, from_succ = 0;
        for (int side = 0; side < 2 && n == 0; side++) {
            int32_t who = s->ms[side ? succ : pred].ent;
            for (uint32_t f = 0; f < fd->n; f++)
                if (fd->facts[f].type == TL_LEADER_OF && fd->facts[f].args[0] == who && fd->facts[f].args[1] != grp) {
                    grp = fd->facts[f].args[1];
                    n++;
                }
            for (int q = 0; side && q < s->nc; q++) {
                const tl_fcand *c = &s->cands[q];
                if (c->type == TL_LEADER_OF && c->m[0] >= 0 && c->m[1] >= 0 && s->ms[c->m[0]].ent == who &&
                    s->ms[c->m[1]].ent != grp) {
                    grp = s->ms[c->m[1]].ent;
                    n++;
                }
            }
            from_succ = side;
        }
        if (n != 1 || grp < 0) continue;
        int to = from_succ ? pred : succ;
        int v = tl_fact_virtual(s, to, grp, s->d->entities[grp].type);
        if (v < 0) continue;
        /* (the predecessor's lead is background: undated by the
         * sentence's date, which is the successor's) */
        tl_fcand c = {TL_LEADER_OF, 0, {to, v, -1, -1}, k, (uint8_t)from_succ, 0, 0};
        tl_fact_push(s, &c);
    }
}

/* Is the date [wb, we) inside a parenthesis right after a person's name,
 * with nothing but dates and dashes in it ("X (1940 - 2009)", "X (born
 * 1964)")?  Can't fail. */
static int life_years(const tl_fsent *s, uint32_t wb, uint32_t we) {
    /* (the parenthesis first: most dates have none before them) */
    uint32_t p = wb;
    while (p > s->sb && p + 5 > wb && !tl_fact_is(s, p - 1, "(")) p--;
    if (p <= s->sb + 1 || !tl_fact_is(s, p - 1, "(")) return 0;
    uint32_t o = wb;
    while (o > s->sb && o + 5 > wb && !tl_fact_is(s, o - 1, "(")) {
        o--;
        if (tl_fact_ment_at(s, o) >= 0 || (!(s->d->tokens[o].flags & TL_TOK_DIGIT) && !tl_fact_is_punct(s, o) &&
                                           !tl_fact_w(s, o, "born|died|c.|ca.")))
            return 0;
    }
    if (o <= s->sb + 1 || !tl_fact_is(s, o - 1, "(")) return 0;
    int m = tl_fact_ment_ending(s, o - 2);
    if (m < 0 || s->ms[m].type != TL_PERSON) return 0;
    for (uint32_t q = we; q < s->se && q < we + 5; q++)
        if (tl_fact_is(s, q, ")")) return 1;
    return 0;
}

/* Dates of the sentence, in token order. */
typedef struct { tl_when w[16]; int n; } when_list;

/* Is there a paragraph break (a blank line) between byte offsets a and b?
 * Far apart counts as one.  Can't fail. */
static int new_paragraph(const tl_doc *d, uint32_t a, uint32_t b) {
    if (b <= a) return 0;
    if (b - a > 20000) return 1;
    for (uint32_t k = a; k + 1 < b; k++) {
        if (d->text[k] != '\n') continue;
        uint32_t j = k + 1;
        while (j < b && (d->text[j] == ' ' || d->text[j] == '\t' || d->text[j] == '\r')) j++;
        if (j < b && d->text[j] == '\n') return 1;
    }
    return 0;
}

/* Does date w stand after an article or a possessive, before a word
 * (lower-case unless any_case): "the 1985 murder", "its 2016 bombing",
 * inside a noun phrase?  Can't fail. */
static int date_premodifies(const tl_fsent *s, const tl_when *w, int any_case) {
    return w->tok_begin > s->sb && w->tok_end < s->se && tl_fact_w(s, w->tok_begin - 1, "the|a|an|its|his|her|their") &&
           (s->d->tokens[w->tok_end].flags & TL_TOK_ALPHA) &&
           (any_case || !(s->d->tokens[w->tok_end].flags & TL_TOK_UPPER));
}

static void find_dates(tl_fsent *s, when_list *wl) {
    tl_fdoc *fd = s->fd;
    wl->n = 0;
    /* "arrested in 2017 and extradited the following year": a date of the
     * sentence anchors the relative ones after it in the sentence */
    tl_when anc = fd->anchor;
    for (uint32_t i = s->sb; i < s->se && wl->n < 16; i++) {
        if (s->at[i - s->sb] >= 0) continue;
        tl_when w;
        /* "on Feb. 21" takes its year from the last date, unless that date
         * was in an earlier paragraph: a new paragraph of a report usually
         * moves to recent events, dated by the report's own date or not
         * at all */
        if (tl_when_at(s->d, i, &anc, &fd->published, &w)) {
            tl_when own;
            if (anc.year && anc.tok_end > 0 && !tl_when_at(s->d, i, NULL, NULL, &own) &&
                new_paragraph(s->d, s->d->tokens[anc.tok_end - 1].end, s->d->tokens[i].start) &&
                !tl_when_at(s->d, i, NULL, &fd->published, &w)) {
                /* (no report date: the yearless date dates nothing) */
                i = w.tok_end - 1;
                continue;
            }
            /* a birth date says nothing of when the events after it happen */
            uint32_t b = w.tok_begin > s->sb && tl_fact_is(s, w.tok_begin - 1, "on") ? w.tok_begin - 1 : w.tok_begin;
            w.aside |= b > s->sb && tl_fact_is(s, b - 1, "born");

            /* "The ELN, founded in 1964 by ...,": a body's founding told in
             * an aside on its name is its history, no time frame for what
             * follows */
            if (b > s->sb + 3 && tl_fact_w(s, b - 1, "in|on") &&
                tl_fact_w(s, b - 2, "founded|formed|established|created|set") && tl_fact_is(s, b - 3, ",") &&
                tl_fact_ment_ending(s, b - 4) >= 0)
                w.aside = 1;
            /* "who ordered the 1985 murder of X": a date inside a noun
             * phrase dates that noun, no time frame for what follows */
            w.aside |= date_premodifies(s, &w, 0);
            /* "born in Gaza City in 1960": a place between */
            if (b > s->sb + 2 && tl_fact_w(s, b - 1, "in|on")) {
                int pm = tl_fact_ment_ending(s, b - 2);
                uint32_t q = pm >= 0 && s->ms[pm].type == TL_GPE ? s->ms[pm].tb : b;
                w.aside |= q > s->sb + 1 && q < b && tl_fact_w(s, q - 1, "in|at") && tl_fact_is(s, q - 2, "born");
            }
            if (w.tok_end > s->se) w.tok_end = s->se;
            wl->w[wl->n++] = w;
            if (!w.aside && w.year) anc = w;
            i = w.tok_end - 1;
        }
    }
}

static uint32_t dist(uint32_t a, uint32_t b) { return a > b ? a - b : b - a; }

/* Token distance, with each comma or semicolon between counting as six
 * tokens: "created in 2012, was led by" puts 2012 with the creation. */
static uint32_t clause_dist(const tl_fsent *s, uint32_t a, uint32_t b) {
    uint32_t lo = a < b ? a : b, hi = a < b ? b : a, d = hi - lo;
    for (uint32_t k = lo + 1; k < hi; k++)
        if (tl_fact_is(s, k, ",") || tl_fact_is(s, k, ";")) d += 6;
    return d;
}

/* Does a negation in the eight tokens before trig bear on a verb that
 * stands between it and trig ("did not meet the gang's leader")?  Can't
 * fail. */
/* Does the trigger at token trig state what did not or may not happen:
 * a verb group of what should or would have been ("X should have been
 * arrested", "would have been extradited", "X should be charged"), or a
 * clause of condition ("If X is arrested, ...", "If al-Qaeda can kill
 * Y")?  No fact is asserted, reported, alleged or denied there.  Can't
 * fail. */
static int hypothetical(const tl_fsent *s, uint32_t trig) {
    if (trig >= s->se) return 0;
    uint32_t k = trig;
    /* the verb group back from the trigger: auxiliaries and adverbs */
    while (k > s->sb && (tl_fact_w(s, k - 1, "have|been|be|also|never|not|already|probably|likely|ever|simply|"
                                              "immediately|eventually") ||
                         tl_fact_tag(s, k - 1) == TL_POS_ADV))
        k--;
    if (k < trig && k > s->sb && tl_fact_w(s, k - 1, "should|ought") &&
        (tl_fact_w(s, k, "have|be") || (tl_fact_is(s, k, "to") && k + 1 < trig)))
        return 1;
    if (k < trig && k > s->sb && tl_fact_w(s, k - 1, "would|could|might") && tl_fact_is(s, k, "have")) return 1;
    if (k > s->sb + 1 && tl_fact_is(s, k - 1, "to") && tl_fact_is(s, k - 2, "ought")) return 1;
    /* ("should have been arrested and jailed": the second participle
     * shares the group) */
    if (k == trig && k > s->sb + 2 && tl_fact_w(s, k - 1, "and|or") && tl_fact_tag(s, k - 2) == TL_POS_VBN &&
        hypothetical(s, k - 2) == 1 && !tl_fact_w(s, k - 3, "if|unless"))
        return 1;
    /* a clause of condition the trigger is in: back to "if" or "unless"
     * with no comma between (the clause ends at its first comma: "If
     * convicted, X faces ..." conditions nothing after it) */
    for (uint32_t q = trig; q > s->sb && q + 24 > trig; q--) {
        if (tl_fact_is(s, q - 1, ",") || tl_fact_is(s, q - 1, ";") || tl_fact_is(s, q - 1, ":")) break;
        if (tl_fact_w(s, q - 1, "if|unless")) return !(q - 1 > s->sb && tl_fact_w(s, q - 2, "as|even"));
        /* (an inverted one opening the sentence: "Should China decide to
         * retaliate against the US, ...", "Had X been arrested, ...") */
        if (q - 1 == s->sb && q < trig && tl_fact_w(s, s->sb, "should|had|were") &&
            (tl_fact_tag(s, q) == TL_POS_PROPN || tl_fact_tag(s, q) == TL_POS_NOUN || tl_fact_wl(s, q, WL_DETS) ||
             tl_fact_ment_at(s, q) >= 0))
            return 1;
    }
    return 0;
}

/* Does the trigger at trig state an event only thought of: a noun of it
 * opened by "any" ("Any US attack on Iran could trigger a war") or the
 * subject of a modal ("an Israeli strike on its sites would be met with
 * force"), or a verb after "to" and a verb of intent ("plans to travel to
 * Moscow", "tried to join Y")?  A plot or an attempt is itself a fact
 * (the attack's status says it): the caller leaves ATTACKED to that.
 * Can't fail. */
static int only_intended(const tl_fsent *s, uint32_t trig) {
    if (trig <= s->sb + 1 || trig >= s->se) return 0;
    int tg = tl_fact_tag(s, trig);
    if (tg == TL_POS_NOUN) {
        for (uint32_t q = trig; q > s->sb && q + 4 > trig; q--) {
            if (tl_fact_is(s, q - 1, "any")) return 1;
            if (tl_fact_is_punct(s, q - 1) || tl_fact_is_verbish(s, q - 1) || tl_fact_wl(s, q - 1, WL_PREPS)) break;
        }
        /* (the modal right after the noun's phrase, no verb nor mark
         * between, and a verb of consequence or a passive: "would
         * trigger", "would be met"; "the attack would be the deadliest
         * in years" tells of one that happened) */
        for (uint32_t q = trig + 1; q + 2 < s->se && q < trig + 9; q++) {
            if (tl_fact_w(s, q, "would|could|might"))
                return tl_fact_w(s, q + 1, "trigger|lead|spark|provoke|cause|mean|draw|prompt|invite|risk") ||
                       (tl_fact_is(s, q + 1, "be") && tl_fact_tag(s, q + 2) == TL_POS_VBN);
            if (tl_fact_is_punct(s, q) || tl_fact_is_verbish(s, q) || tl_fact_w(s, q, "that|which|who|and|or"))
                break;
        }
        return 0;
    }
    if (!tl_fact_is(s, trig - 1, "to")) return 0;
    return tl_fact_w(s, trig - 2, "plans|plan|planned|planning|intends|intend|intended|intending|wants|want|wanted|"
                                  "wanting|hopes|hope|hoped|hoping|tried|tries|try|trying|attempted|attempts|"
                                  "attempting|sought|seeks|seek|seeking|aims|aimed|aiming|expects|expected|"
                                  "threatened|threatens|vowed|vows|wished|wishes|wish");
}

static int negated_verb_between(const tl_fsent *s, uint32_t trig) {
    uint32_t from = trig > s->sb + 8 ? trig - 8 : s->sb;
    for (uint32_t k = from; k < trig; k++) {
        if (!tl_fact_wl(s, k, WL_NEG)) continue;
        for (uint32_t j = k + 1; j < trig; j++)
            if (tl_fact_is_verbish(s, j) || tl_fact_tag(s, j) == TL_POS_VBN || tl_fact_tag(s, j) == TL_POS_VBG) return 1;
        return 0;
    }
    return 0;
}

/* Is token t outside the relative clause set off by commas that holds
 * token w (", who was killed in 2021,"), or outside the apposition on a
 * name that holds it (", a cartel founder who was freed in 2021", ", a
 * New York man,"; with the nonzero, a definite one too: ", the leader of
 * X,")?  No when w is in no such clause.  Can't fail. */
static int outside_relative(const tl_fsent *s, uint32_t w, uint32_t t, int the) {
    uint32_t b = w;
    while (b > s->sb && !tl_fact_is(s, b - 1, ",") && !tl_fact_is(s, b - 1, ";")) b--;
    if (b <= s->sb) return 0;
    /* ', alias "Chiquito Malo," who took over': a closing quote after the comma */
    if (b < w && tl_fact_is_punct(s, b) && !tl_fact_is(s, b, ",") && tl_fact_w(s, b + 1, "who|which|whose|whom")) b++;
    /* the name before the apposition's comma, over an age (", 64,") */
    uint32_t nb = b >= s->sb + 2 ? b - 2 : s->sb;
    if (nb > s->sb + 1 && (s->d->tokens[nb].flags & TL_TOK_DIGIT) && tl_fact_is(s, nb - 1, ",")) nb -= 2;
    /* (a person's or a body's: "X, a cryptocurrency exchange sanctioned
     * in 2022,") */
    int nm = s->at[nb - s->sb];
    /* (and a participle's: "The group, led by X, has carried out attacks
     * since 2021") */
    int appos = (tl_fact_w(s, b, the ? "a|an|the" : "a|an") || tl_fact_tag(s, b) == TL_POS_VBN) && b > s->sb + 1 &&
                tl_fact_is(s, b - 1, ",") && nm >= 0 && (s->ms[nm].type == TL_PERSON || s->ms[nm].type == TL_ORG);
    if (!appos && !tl_fact_w(s, b, "who|which|whose|whom")) return 0;
    uint32_t e = w;
    while (e < s->se && !tl_fact_is(s, e, ",") && !tl_fact_is(s, e, ";")) e++;
    return t < b || t >= e;
}

/* Place: "in / at / near X" (GPE, LOC, FAC) nearest the trigger. */
static int find_place(const tl_fsent *s, uint32_t trig, const int32_t *args) {
    int best = -1;
    uint32_t bd = 0;
    for (int m = 0; m < s->nm; m++) {
        const tl_fment *x = &s->ms[m];
        if (x->virt || x->pron) continue;
        if (x->type != TL_GPE && x->type != TL_LOC && x->type != TL_FAC) continue;
        if (x->ent == args[0] || x->ent == args[1] || x->ent == args[2]) continue;
        uint32_t p = x->tb;
        if (p > s->sb && tl_fact_is(s, p - 1, "the")) p--;
        /* "in the northern Syrian city of Raqqa": the place after a kind
         * noun and "of", the preposition a few words before */
        if (p > s->sb + 3 && tl_fact_is(s, p - 1, "of") && tl_fact_w(s, p - 2, TL_CUE_KIND_PLACE_NOUNS)) {
            uint32_t q = p - 2;
            while (q > s->sb + 1 && q + 6 > p && !tl_fact_is_punct(s, q - 1) && !tl_fact_wl(s, q - 1, WL_IN_AT_NEAR_ETC))
                q--;
            if (q > s->sb && tl_fact_wl(s, q - 1, WL_IN_AT_NEAR_ETC)) p = q;
        }
        if (p <= s->sb || !tl_fact_wl(s, p - 1, WL_IN_AT_NEAR_ETC)) continue;
        /* "in Iran's capital" still places it; "in X's support" would not, but is rare. */
        uint32_t dd = dist(x->tb, trig);
        if (dd > 15) continue;
        if (best < 0 || dd < bd) { best = m; bd = dd; }
    }
    /* "in the Paris suburb of Nanterre": the place the kind noun names */
    if (best >= 0) {
        uint32_t k = s->ms[best].te;
        if (k + 2 < s->se && tl_fact_w(s, k, TL_CUE_KIND_PLACE_NOUNS) && tl_fact_is(s, k + 1, "of")) {
            int q = tl_fact_ment_at(s, k + 2);
            if (q >= 0 && s->ms[q].tb == k + 2 && !s->ms[q].pron &&
                (s->ms[q].type == TL_GPE || s->ms[q].type == TL_LOC || s->ms[q].type == TL_FAC) &&
                s->ms[q].ent != args[0] && s->ms[q].ent != args[1] && s->ms[q].ent != args[2])
                best = q;
        }
    }
    return best >= 0 ? s->ms[best].ent : -1;
}

/* Is the word before token k one that introduces a place ("in", "at",
 * "near", "the town of")?  Can't fail. */
static int placed_before(const tl_fsent *s, uint32_t k) {
    return k > s->sb && tl_fact_w(s, k - 1, "in|at|near|from|of|into|outside|around|to");
}

/* Is the place at token k a verb's object ("hit Rafah in the Gaza Strip",
 * "captured Kunduz in northern Afghanistan")?  Can't fail. */
static int object_place(const tl_fsent *s, uint32_t k) {
    if (k <= s->sb || tl_fact_ment_at(s, k - 1) >= 0) return 0;
    int t = tl_fact_tag(s, k - 1);
    return t == TL_POS_VBD || t == TL_POS_VBN || t == TL_POS_VERB || t == TL_POS_VERB_PRES || t == TL_POS_VBG;
}

/* Does mention b name a bigger place than mention a (both places, a no
 * country): b a country, a province or a region by the gazetteer, or
 * followed by a noun of division ("Kaduna state"), ranked above a, and
 * not a country other than the one the gazetteer puts a in?  Can't fail. */
static int in_bigger(tl_fsent *s, int a, int b) {
    const tl_fment *x = &s->ms[a], *y = &s->ms[b];
    if (y->pron || y->virt || y->ent == x->ent || (y->type != TL_GPE && y->type != TL_LOC)) return 0;
    const tl_entity *ex = &s->d->entities[x->ent], *ey = &s->d->entities[y->ent];
    uint32_t fx = tl_gaz_lookup(s->g, ex->name.ptr, ex->name.len), fy = tl_gaz_lookup(s->g, ey->name.ptr, ey->name.len);
    if (fx & (TL_GAZ_COUNTRY | TL_GAZ_REGION | TL_GAZ_DEMONYM | TL_GAZ_NORP)) return 0;
    int division = y->te < s->se && tl_fact_w(s, y->te, TL_CUE_DIVISION_NOUNS);
    if (!(fy & (TL_GAZ_COUNTRY | TL_GAZ_SUBDIV | TL_GAZ_REGION)) && !division) return 0;
    /* (a region holds towns and provinces alike: "Jenin in the West Bank") */
    if (!(fy & TL_GAZ_REGION) && tl_fact_place_rank(s, a) >= tl_fact_place_rank(s, b) && tl_fact_place_rank(s, a) > 0)
        return 0;
    /* a town the gazetteer puts in another country */
    if (fy & TL_GAZ_COUNTRY) {
        int32_t ce = country_entity(s->fd, s->d, s->g, x->ent);
        size_t cn = 0;
        if (ce >= 0 ? ce != y->ent : tl_gaz_place_country(s->g, ex->name.ptr, ex->name.len, &cn) != NULL) return 0;
    }
    return 1;
}

/* LOCATED_IN from the gazetteer within a sentence: "Mashhad, Iran", "the
 * Israeli Embassy in Baku", and any city named with its own country. */
static void gaz_located(tl_fsent *s) {
    const tl_doc *d = s->d;
    for (int a = 0; a < s->nm; a++) {
        const tl_fment *x = &s->ms[a];
        if (x->virt || x->pron) continue;
        /* "X, Y" and "X in Y" right after the mention */
        uint32_t j = x->te;
        /* "the Crocus City Hall concert venue outside Moscow", "a base
         * near Y": a site's noun may follow its name, and a site lies
         * where it stands near or outside a town */
        int site = 0;
        if (x->type == TL_FAC) {
            uint32_t q = j;
            while (q < s->se && q < x->te + 2 && s->at[q - s->sb] < 0 && tl_fact_tag(s, q) == TL_POS_NOUN &&
                   (s->d->tokens[q].flags & TL_TOK_ALPHA) && !(s->d->tokens[q].flags & TL_TOK_UPPER))
                q++;
            if (q < s->se && tl_fact_w(s, q, "in|outside|near")) j = q, site = 1;
        }
        if (j < s->se && (tl_fact_is(s, j, ",") || tl_fact_is(s, j, "in") || site)) {
            int comma = tl_fact_is(s, j, ",");
            /* "the Sahel Hotel in northern Kidal" */
            if (!comma && j + 2 < s->se && tl_fact_w(s, j + 1, TL_CUE_COMPASS) && s->at[j + 1 - s->sb] < 0) j++;
            int b = (j + 1 < s->se) ? s->at[j + 1 - s->sb] : -1;
            if (b >= 0 && s->ms[b].tb == j + 1 && !s->ms[b].pron && s->ms[b].ent != x->ent &&
                (s->ms[b].type == TL_GPE || s->ms[b].type == TL_LOC)) {
                const tl_entity *eb = &d->entities[s->ms[b].ent];
                uint32_t fl = tl_gaz_lookup(s->g, eb->name.ptr, eb->name.len);
                int ok = 0;
                if (comma && x->type == TL_GPE) {
                    /* "Marneuli, Georgia": the second is a country or a
                     * province, and the gazetteer does not contradict. */
                    int32_t ce = country_entity(s->fd, d, s->g, x->ent);
                    ok = ce == s->ms[b].ent || (ce < 0 && (fl & (TL_GAZ_COUNTRY | TL_GAZ_SUBDIV)));
                    if (tl_gaz_lookup(s->g, d->entities[x->ent].name.ptr, d->entities[x->ent].name.len) & TL_GAZ_COUNTRY)
                        ok = 0;
                    /* "in Saxony, Austria and Poland", "in Saxony, Austria,
                     * Poland": a list of places, each in none of the others
                     * (not "Guri, Bolivar, Venezuela": a province, then its
                     * country) */
                    uint32_t q = s->ms[b].te;
                    if (q + 1 < s->se && (tl_fact_wl(s, q, WL_AND_OR) || tl_fact_is(s, q, ","))) {
                        int n = s->at[q + 1 - s->sb];
                        if (n >= 0 && s->ms[n].tb == q + 1 && !s->ms[n].pron &&
                            (s->ms[n].type == TL_GPE || s->ms[n].type == TL_LOC) &&
                            (tl_fact_wl(s, q, WL_AND_OR) || (fl & TL_GAZ_COUNTRY)))
                            ok = 0;
                    }
                } else if (!comma && x->type == TL_GPE && s->ms[b].tb == x->te + 1) {
                    /* "Jenin in the West Bank" is handled below (the
                     * article); "in Sinaloa in Mexico", "at Stavre in Y
                     * parish": a town after a word of place, in a bigger
                     * place the gazetteer ranks above it */
                    ok = (placed_before(s, x->tb) || object_place(s, x->tb)) && in_bigger(s, a, b);
                } else if (!comma && (x->type == TL_FAC || x->type == TL_ORG)) {
                    /* "arrested by the FBI in Chicago": the agent of a
                     * passive leaves its place to the verb */
                    uint32_t p = x->tb;
                    if (p > s->sb && tl_fact_is(s, p - 1, "the")) p--;
                    ok = !(x->type == TL_ORG && p > s->sb && tl_fact_is(s, p - 1, "by"));
                }
                if (ok) {
                    tl_fcand c = {TL_LOCATED_IN, 0, {a, b, -1, -1}, x->te, 1, 0, 0};
                    tl_fact_push(s, &c);
                }
            }
        }
        /* "Jenin, in the occupied West Bank", "Dera Ismail Khan, in Khyber
         * Pakhtunkhwa province", "Jenin in the West Bank": a town and the
         * bigger place it lies in after "in" (a comma, "the", a word of
         * direction or "occupied" between) */
        if (x->type == TL_GPE && j < s->se) {
            uint32_t k = j;
            if (tl_fact_is(s, k, ",")) k++;
            if (k < s->se && tl_fact_is(s, k, "in")) {
                k++;
                int art = k < s->se && tl_fact_is(s, k, "the");
                if (art) k++;
                if (k < s->se && (tl_fact_w(s, k, TL_CUE_COMPASS) || tl_fact_is(s, k, "occupied")) &&
                    s->at[k - s->sb] < 0)
                    k++;
                int b = k < s->se ? s->at[k - s->sb] : -1;
                /* (the plain "X in Y" is read above) */
                if (b >= 0 && s->ms[b].tb == k && k > x->te + 1 &&
                    (tl_fact_is(s, x->te, ",") || placed_before(s, x->tb) || object_place(s, x->tb)) &&
                    in_bigger(s, a, b)) {
                    tl_fcand c = {TL_LOCATED_IN, 0, {a, b, -1, -1}, x->te, 1, 0, 0};
                    tl_fact_push(s, &c);
                }
            }
        }
        /* "HMP Belmarsh, in south-east London,", "Evin prison, in
         * northern Tehran", "the Crocus City Hall, outside Moscow,": a
         * site and the place it lies in, set off by commas (the plain "X
         * in Y" is read above) */
        uint32_t xb = x->tb > s->sb && tl_fact_is(s, x->tb - 1, "the") ? x->tb - 1 : x->tb;
        if ((x->type == TL_FAC || x->type == TL_ORG) && j + 2 < s->se && tl_fact_is(s, j, ",") &&
            (tl_fact_is(s, j + 1, "in") || (x->type == TL_FAC && tl_fact_w(s, j + 1, "outside|near"))) &&
            !(xb > s->sb && tl_fact_is(s, xb - 1, "in"))) {
            /* (not a list of places: "in the Peace Corps, in AmeriCorps") */
            uint32_t k = j + 2;
            if (k < s->se && tl_fact_is(s, k, "the")) k++;
            if (k < s->se && tl_fact_w(s, k, TL_CUE_COMPASS) && s->at[k - s->sb] < 0) k++;
            int b = k < s->se ? s->at[k - s->sb] : -1;
            if (b >= 0 && s->ms[b].tb == k && !s->ms[b].pron && s->ms[b].ent != x->ent &&
                (s->ms[b].type == TL_GPE || s->ms[b].type == TL_LOC) &&
                (s->ms[b].te >= s->se || tl_fact_is_punct(s, s->ms[b].te))) {
                tl_fcand c = {TL_LOCATED_IN, 0, {a, b, -1, -1}, x->te, 1, 0, 0};
                tl_fact_push(s, &c);
            }
        }
        /* A city of the sentence whose country is also named in it. */
        if (x->type == TL_GPE) {
            int32_t ce = country_entity(s->fd, d, s->g, x->ent);
            if (ce < 0 || ce == x->ent) continue;
            for (int b = 0; b < s->nm; b++) {
                if (s->ms[b].ent == ce && !s->ms[b].virt) {
                    tl_fcand c = {TL_LOCATED_IN, 0, {a, b, -1, -1}, x->tb, 1, 0, 0};
                    tl_fact_push(s, &c);
                    break;
                }
            }
        }
    }
}

/* Turns the sentence's candidates into facts. */
/* True when a reporting verb before token i in the sentence opens a
 * "that" clause holding it: "The Post revealed that ...". */
static int said_that(const tl_fsent *s, uint32_t i) {
    for (uint32_t k = s->sb; k < i; k++) {
        if (!tl_fact_wl(s, k, WL_SAY) || (k > s->sb && tl_fact_wl(s, k - 1, WL_DETS)) || tl_fact_is(s, k, "quoted") ||
            tl_fact_is(s, k, "cited")) /* these take no clause */
            continue;
        /* '..., said U.S. Attorney X for the Y district': after the words
         * it attributes, the verb opens the speaker's description */
        if (k > s->sb && (tl_fact_is(s, k - 1, ",") || tl_fact_is(s, k - 1, "\"") || tl_fact_is(s, k - 1, "\u201d") ||
                          tl_fact_is(s, k - 1, "''")))
            continue;
        /* only a clause opened by "that" ("revealed that a Georgian
         * citizen X ...", "said Tuesday that"): what a source says in
         * passing of the people it names is the report's own background */
        int that = 0;
        for (uint32_t j = k + 1; j < i && j < k + 4 && !that; j++) that = tl_fact_is(s, j, "that");
        if (that) return 1;
    }
    return 0;
}

static void finish_sentence(tl_fsent *s, const when_list *wl) {
    tl_fdoc *fd = s->fd;
    const tl_doc *d = s->d;
    /* Amounts of the sentence, when a fact can carry one. */
    double av = 0;
    char cur[4] = "";
    tl_span at = {0, 0};
    uint32_t atok = 0;
    int money = 0;
    for (int k = 0; k < s->nc && !money; k++)
        money = s->cands[k].type == TL_RECRUITED || s->cands[k].type == TL_SUPPORTS ||
                s->cands[k].type == TL_ATTACKED || s->cands[k].type == TL_CHARGED;
    for (uint32_t i = s->sb; money && i < s->se; i++) {
        uint32_t e;
        if (tl_amount_at(d, i, &av, cur, &e)) {
            if (e > s->se) e = s->se;
            at.start = d->tokens[i].start;
            at.end = d->tokens[e - 1].end;
            atok = i;
            break;
        }
    }
    /* Indirect speech goes on past its sentence in the past perfect: "He
     * told the court that he had been hired by X and Y. They in turn had
     * been tasked by Z."  A sentence right after a reported one, with no
     * attribution of its own and a "had" before its facts, is reported by
     * the same speaker. */
    int backshift = 0, reported = 0;
    int32_t source = -1;
    if (fd->report_next && fd->report_next == s->si) {
        for (uint32_t i = s->sb; i + 1 < s->se && i < s->sb + 12 && !backshift; i++)
            backshift = tl_fact_is(s, i, "had") &&
                        (tl_fact_is(s, i + 1, "been") || s->tag[i + 1 - s->sb] == TL_POS_VBN);
    }
    for (int k = 0; k < s->nc; k++) {
        const tl_fcand *c = &s->cands[k];
        tl_fact f;
        memset(&f, 0, sizeof f);
        f.type = c->type;
        f.status = c->status;
        for (int r = 0; r < 3; r++) f.args[r] = c->m[r] >= 0 ? s->ms[c->m[r]].ent : -1;
        f.from = c->m[3] >= 0 ? s->ms[c->m[3]].ent : -1;
        if (f.args[0] < 0) continue;
        int a0tok = (int)s->ms[c->m[0]].tb;
        tl_fact_modality(s, c->trig, a0tok, &f.modality, &f.source);
        if (!c->np && hypothetical(s, c->trig)) continue;
        if (!c->np && (c->type == TL_TRAVELED_TO || c->type == TL_MET || c->type == TL_MEMBER_OF ||
                       c->type == TL_EXTRADITED || c->type == TL_ARRESTED || c->type == TL_ATTACKED) &&
            only_intended(s, c->trig) && !(c->type == TL_ATTACKED && tl_fact_tag(s, c->trig) != TL_POS_NOUN))
            continue;
        if (c->type == TL_CHARGED && f.modality == TL_NEGATED && tl_fact_charge_answered(s, a0tok, c->trig))
            f.modality = TL_ASSERTED;
        /* "The indictment alleges that X ...": the paper that alleges is
         * the charge itself, whatever it alleges */
        if (c->type == TL_CHARGED && f.modality == TL_ALLEGED)
            for (uint32_t q = s->sb; q + 1 < c->trig && q + 1 < s->se; q++)
                if (tl_fact_w(s, q, "indictment|complaint|affidavit") && tl_fact_w(s, q + 1, "alleges|alleged|claims|says|states")) {
                    f.modality = TL_ASSERTED;
                    break;
                }
        /* "X did not meet the gang's leader, Y": the negation is the
         * verb's, not the background's the noun phrase states */
        if (c->np && f.modality == TL_NEGATED && negated_verb_between(s, c->trig)) f.modality = TL_ASSERTED;
        /* ("X is believed to be hiding in Y": where a person stays, told
         * by a verb, keeps its hedge) */
        int hedged_stay = c->type == TL_LOCATED_IN && !c->np && f.modality == TL_ALLEGED &&
                          s->ms[c->m[0]].type == TL_PERSON &&
                          tl_fact_w(s, c->trig, "hiding|living|lives|lived|residing|resides|staying|stays|holed|sheltering|"
                                                "be");
        /* ("an alleged member of X", "his suspected accomplice": a hedge
         * on the fact's own noun doubts the fact) */
        int own_hedge = 0;
        for (uint32_t q = c->trig; c->np && !own_hedge && q > s->sb && q + 3 > c->trig; q--) {
            if (tl_fact_w(s, q - 1, "alleged|suspected|purported|reputed")) own_hedge = 1;
            else if (!tl_fact_w(s, q - 1, "senior|top|former|key|main|chief|two|three|local|regional")) break;
        }
        if (own_hedge && f.modality == TL_ALLEGED) hedged_stay = 1;
        if (f.modality == TL_ALLEGED && tl_fact_relative_belief(s, c->trig)) hedged_stay = 1;
        if ((c->np || c->type == TL_LOCATED_IN) && f.modality != TL_NEGATED && !hedged_stay &&
            !(f.modality == TL_REPORTED && said_that(s, c->trig))) {
            /* Background stays asserted under a hedge or an "according
             * to"; only a clause that a source states ("revealed that a
             * Georgian citizen X ...") makes it reported.  Where a place
             * lies ("Menaka, in eastern Mali") is background too. */
            f.modality = TL_ASSERTED;
            f.source = -1;
        }
        /* (a title or an apposition stays background: "He said X had met
         * ISKP leader Y" reports the meeting, not who leads ISKP) */
        if (f.modality == TL_ASSERTED && backshift && !c->np) {
            f.modality = TL_REPORTED;
            f.source = fd->report_source;
        }
        if (f.modality == TL_REPORTED) reported = 1, source = f.source;
        if (f.source == f.args[0] || f.source == f.args[1]) f.source = -1;
        /* Time: the date nearest the trigger, among the dates no other
         * trigger is nearer to ("created in 2012, was led by X between
         * 2013 and 2023": 2012 is the creation's). */
        int bw = -1;
        uint32_t bd = 0;
        /* A fact a noun phrase states in passing ("was led by an Iranian
         * citizen, X, between 2013 and 2023") is not what the clause's
         * date dates. */
        /* Where a place lies has no date: "lived in the Paris suburb of
         * Saint-Denis in 2015" dates the stay, not the suburb's. */
        /* (nor one's citizenship or people: "is a Russian citizen who
         * moved to the Netherlands in 2017" dates the move) */
        int timeless = (c->type == TL_LOCATED_IN && (s->ms[c->m[0]].type == TL_GPE || s->ms[c->m[0]].type == TL_LOC ||
                                                     s->ms[c->m[0]].type == TL_FAC)) ||
                       c->type == TL_CITIZEN_OF || c->type == TL_ORIGIN;
        for (int pass = c->np || timeless ? 2 : 0; pass < 2 && bw < 0; pass++) {
            for (int w = 0; w < wl->n; w++) {
                uint32_t wb = wl->w[w].tok_begin, dd = clause_dist(s, wb, c->trig);
                /* "X ran the cartel with Y, who was killed in 2021": the
                 * relative clause's date is its own; and "The group,
                 * which is led by X, has carried out attacks since
                 * 2019": the clause's own date is all it has */
                /* ("X, the only surviving member of the cell that carried
                 * out the November 2015 attacks, was transferred": a
                 * definite apposition's date is its own too; the verb of
                 * a list of people, "X, the co-founder of Y, and Z were
                 * arrested on Thursday", may be read inside it) */
                if (outside_relative(s, wb, c->trig, 1) || outside_relative(s, c->trig, wb, 0)) continue;
                /* "X (1964 - 2024) was a cleric who headed Y": a life's
                 * years after a name date nothing said of it */
                if (c->type != TL_BORN_IN && life_years(s, wb, wl->w[w].tok_end)) continue;
                /* "Born in Georgia, he moved to New York in 1992": a
                 * fronted birth takes no date of the clause after it */
                if (c->type == TL_BORN_IN && c->trig == s->sb && wb > c->trig) {
                    int comma = 0;
                    for (uint32_t q = c->trig; q < wb && !comma; q++) comma = tl_fact_is(s, q, ",");
                    if (comma) continue;
                }
                /* "led by X until his death in 2021": the end of what the
                 * verb tells, not its date (the death's or the arrest's own
                 * all the same) */
                if (wb > s->sb + 3 && c->trig + 2 != wb && tl_fact_is(s, wb - 1, "in") &&
                    tl_fact_w(s, wb - 2, "death|killing|arrest|capture|ouster|removal|resignation|assassination") &&
                    tl_fact_w(s, wb - 3, "his|her|its|their") && tl_fact_is(s, wb - 4, "until"))
                    continue;
                /* "sentenced X for war crimes committed in 1999": the
                 * date of the crimes a participle tells, not the sentence */
                if (c->type == TL_CHARGED && wb > c->trig) {
                    int crime = 0;
                    for (uint32_t q = c->trig + 1; q < wb && !crime; q++)
                        crime = tl_fact_w(s, q, "committed|perpetrated|carried");
                    if (crime) continue;
                }
                /* "under the Unlawful Activities (Prevention) Act, 1967":
                 * a law's year dates the law */
                if (wb > s->sb + 1) {
                    uint32_t q = tl_fact_is(s, wb - 1, ",") || tl_fact_is(s, wb - 1, "of") ? wb - 2 : wb - 1;
                    if (tl_fact_w(s, q, "act|law|code|ordinance|decree|statute|convention|constitution") &&
                        (s->d->tokens[q].flags & TL_TOK_UPPER))
                        continue;
                }
                /* "sentenced X for the 2016 bombing of Y": a date between
                 * an article and a crime's noun dates that crime alone */
                uint32_t we = wl->w[w].tok_end;
                if (c->trig != we && c->type != TL_ATTACKED && date_premodifies(s, &wl->w[w], 1) &&
                    tl_fact_w(s, we, "bombing|bombings|attack|attacks|killing|killings|murder|murders|assassination|"
                                     "shooting|massacre|kidnapping|abduction|raid|plot|coup|invasion|hijacking|"
                                     "explosion|blast|stabbing|ambush|siege|poisoning"))
                    continue;
                /* "undermining the 1995 Dayton peace agreement": a date
                 * before an accord's or a war's noun (over its name), or a
                 * source's ("according to a 2020 investigation by the
                 * BBC"), dates that alone ("supported X for the 2018
                 * election" is of 2018) */
                if (date_premodifies(s, &wl->w[w], 1)) {
                    int named = 0;
                    for (uint32_t q = we; q < s->se && q < we + 4 && q != c->trig && !named; q++)
                        named = tl_fact_w(s, q, "agreement|agreements|accord|accords|deal|treaty|war|revolution|uprising|"
                                                "ceasefire|truce|crisis|genocide|earthquake|report|investigation|study|"
                                                "survey|interview|documentary|analysis|article|book|census");
                    if (named) continue;
                }
                int other = 0;
                for (int k2 = 0; pass == 0 && k2 < s->nc && !other; k2++) {
                    if (s->cands[k2].np) continue; /* undated: takes no date away */
                    uint32_t t2 = s->cands[k2].trig, d2 = clause_dist(s, wb, t2);
                    /* a tie goes to the trigger before the date: dates follow their verb */
                    other = t2 != c->trig && (d2 < dd || (d2 == dd && t2 < wb && c->trig > wb));
                    /* and so does a date that closes the clause of the verb
                     * before it ("extradited in September 2023 and pleaded
                     * guilty in July 2025") */
                    if (!other && t2 != c->trig && t2 < wb && c->trig > wb)
                        for (uint32_t q = wl->w[w].tok_end; q < c->trig && !other; q++)
                            other = tl_fact_w(s, q, "and|but|then");
                }
                /* "was born in Harbin and became a citizen in 2012": a date
                 * after "and" and another verb is that verb's, not a
                 * state's before it (coordinated events, "arrested and
                 * extradited in 2019", may share it) */
                int state = c->type == TL_BORN_IN || c->type == TL_ORIGIN || c->type == TL_LOCATED_IN ||
                            c->type == TL_CITIZEN_OF || c->type == TL_MEMBER_OF || c->type == TL_LEADER_OF ||
                            c->type == TL_PART_OF || c->type == TL_FAMILY_OF || c->type == TL_ASSOCIATE_OF;
                if (!other && state && c->trig < wb)
                    for (uint32_t q = c->trig + 1; q + 1 < wb && !other; q++)
                        other = tl_fact_w(s, q, "and|but") &&
                                (s->tag[q + 1 - s->sb] == TL_POS_VBD || s->tag[q + 1 - s->sb] == TL_POS_VERB_PRES ||
                                 tl_fact_w(s, q + 1, "became|becomes|moved|joined|was|were|is|are|has|had|later|then"));
                /* "escaped in 2015 and resurfaced in Chile three years
                 * later": a date counted from this one, after the
                 * trigger and in its clause, is the trigger's */
                for (int w2 = w + 1; !other && wb < c->trig && w2 < wl->n; w2++) {
                    uint32_t b2 = wl->w[w2].tok_begin, e2 = wl->w[w2].tok_end;
                    if (b2 <= c->trig || e2 < 1 || e2 > s->se || b2 > c->trig + 8 ||
                        !tl_fact_w(s, e2 - 1, "later|afterwards|after"))
                        continue;
                    int cut = 0;
                    for (uint32_t q = c->trig + 1; q < b2 && !cut; q++)
                        cut = tl_fact_is_punct(s, q) || tl_fact_wl(s, q, WL_AND_OR);
                    other = !cut;
                }
                /* "fighting for Y before returning to Spain in 2019": a
                 * date after a gerund of time ("before", "after",
                 * "since") dates that gerund */
                for (uint32_t q = c->trig + 1; !other && c->trig < wb && q + 1 < wb; q++)
                    other = tl_fact_w(s, q, "before|after|since|until|while") && tl_fact_ing(s, q + 1);
                /* "fled Iran in 2011 and heads X": a past date before "and"
                 * dates no state told in the present after it */
                if (!other && state && wl->w[w].tok_end < c->trig && s->tag[c->trig - s->sb] == TL_POS_VERB_PRES)
                    for (uint32_t q = wl->w[w].tok_end; q < c->trig && !other; q++) other = tl_fact_is(s, q, "and");
                /* "X, one of the founders of Y, died in 2015": a date after
                 * an apposition's noun, its comma and the clause's verb is
                 * that verb's */
                if (!other && c->trig < wb && s->tag[c->trig - s->sb] == TL_POS_NOUN)
                    for (uint32_t q = c->trig + 1; q + 1 < wb && !other; q++)
                        if (tl_fact_is(s, q, ","))
                            for (uint32_t v = q + 1; v < wb && !other; v++)
                                other = s->tag[v - s->sb] == TL_POS_VBD || s->tag[v - s->sb] == TL_POS_VERB_PRES;
                if (other) continue;
                if (bw < 0 || dd < bd) { bw = w; bd = dd; }
            }
        }
        if (bw >= 0) {
            tl_when_iso(&wl->w[bw], f.time_value);
            f.time_text.start = d->tokens[wl->w[bw].tok_begin].start;
            f.time_text.end = d->tokens[wl->w[bw].tok_end - 1].end;
        }
        f.place = -1;
        if (f.type != TL_LOCATED_IN && f.type != TL_BORN_IN && f.type != TL_TRAVELED_TO &&
            f.type != TL_CITIZEN_OF && f.type != TL_ORIGIN) {
            int32_t args[3] = {f.args[0], f.args[1], f.args[2]};
            f.place = find_place(s, c->trig, args);
            if (f.place == f.from) f.place = -1;
        }
        if (cur[0] && (f.type == TL_RECRUITED || f.type == TL_SUPPORTS || f.type == TL_ATTACKED ||
                       f.type == TL_CHARGED) && dist(atok, c->trig) <= 25) {
            f.amount_text = at;
            f.amount_value = av;
            memcpy(f.currency, cur, 4);
        }
        f.evidence.start = d->sentences[c->ev_first ? c->ev_first - 1 : s->si].start;
        f.evidence.end = d->sentences[s->si].end;
        f.confidence = f.modality == TL_ASSERTED ? 0.7f : 0.5f;
        add_fact(fd, &f);
    }
    if (reported) {
        fd->report_next = s->si + 1;
        fd->report_source = source;
    }
}

/* Tags the sentence's words with the POS model (only sentences that can
 * hold a fact are tagged, which keeps the tagger off most of the text). */
/* Tags words [a, b) of the sentence (a < b <= its length). */
static void tag_run(tl_fsent *s, tl_doc *doc, uint32_t a, uint32_t b) {
    if (b <= a || b - a > TL_TOK_MAX_SENT) return;
    tl_str words[TL_TOK_MAX_SENT];
    for (uint32_t k = a; k < b; k++) {
        const tl_token *t = &doc->tokens[s->sb + k];
        words[k - a].ptr = doc->text + t->start;
        words[k - a].len = t->end - t->start;
    }
    tl_pos_tag_cached(s->c->pos, s->pos_cache, words, b - a, s->tag + a);
    for (uint32_t k = a; k < b; k++) doc->tokens[s->sb + k].pos = s->tag[k];
}

/* Words before and after a trigger whose tags the frames read. */
#define TAG_BEFORE 6
#define TAG_AFTER 4

static void tag_sentence(tl_fsent *s, tl_doc *doc) {
    if (!s->c->pos) return;
    /* Tags are read around trigger words (is it a verb or a noun, where does
     * the subject end): tag from a little before the first trigger to a
     * little after the last, not the whole sentence. */
    uint32_t n = s->se - s->sb, first = n, last = 0;
    for (uint32_t r = 0; r < n; r++) {
        int say = (s->wcls[r] >> WL_SAY) & 1; /* modality reads the tag of reporting verbs */
        if (say || s->is_trig[r]) {
            if (first == n) first = r;
            last = r;
        }
    }
    if (first == n) return;
    uint32_t a = first > TAG_BEFORE ? first - TAG_BEFORE : 0, b = last + TAG_AFTER < n ? last + TAG_AFTER : n;
    if (b <= a || b - a > TL_TOK_MAX_SENT) return; /* (never: a <= first <= last < b) */
    if (!tl_fact_forced_cut(s)) {
        tag_run(s, doc, a, b);
        return;
    }
    /* A run the tokenizer cut at its bound (no sentence end in 400 words:
     * a text without punctuation) holds triggers all along, so the span
     * from the first to the last is the whole run: there each trigger's
     * words alone are tagged, runs that touch tagged as one. */
    uint32_t ra = a, rb = a;
    for (uint32_t r = first; r <= last; r++) {
        if (!(((s->wcls[r] >> WL_SAY) & 1) || s->is_trig[r])) continue;
        uint32_t wa = r > TAG_BEFORE ? r - TAG_BEFORE : 0, wb = r + TAG_AFTER < n ? r + TAG_AFTER : n;
        if (wa > rb) {
            if (rb > ra) tag_run(s, doc, ra, rb);
            ra = wa;
        }
        rb = wb;
    }
    if (rb > ra) tag_run(s, doc, ra, rb);
}

/* Does the sentence name two different entities (the sentences whose
 * pairs the tree and the scorer may read)?  Can't fail. */
static int two_names(const tl_fsent *s) {
    for (int a = 0; a < s->nm; a++) {
        if (s->ms[a].virt || s->ms[a].pron) continue;
        for (int b = a + 1; b < s->nm; b++)
            if (!s->ms[b].virt && !s->ms[b].pron && s->ms[b].ent != s->ms[a].ent) return 1;
    }
    return 0;
}

/* Does the sentence hold "named in"?  Can't fail. */
static int named_in_at(const tl_fsent *s) {
    for (uint32_t k = s->sb; k + 1 < s->se; k++)
        if (s->len[k - s->sb] == 5 && tl_fact_is(s, k, "named") && tl_fact_is(s, k + 1, "in")) return 1;
    return 0;
}

/* Marks the words that open a frame (s->is_trig, one lookup per word for
 * the tagger window and the frames alike); returns how many there are. */
static int mark_triggers(tl_fsent *s) {
    int n = 0;
    const uint32_t len = s->se - s->sb;
    for (uint32_t r = 0; r < len; r++) {
        const tl_trig *fr[6];
        int past;
        size_t nf = s->len[r] && s->at[r] < 0 ? tl_trig_lookup(s->c->lex, s->low[r], s->len[r], fr, 6, &past) : 0;
        /* a particle verb is a trigger word only with its particle next */
        int any = 0;
        for (size_t k = 0; k < nf && !any; k++)
            any = tl_trig_part_follows(fr[k], r + 1 < len ? s->low[r + 1] : "", r + 1 < len ? s->len[r + 1] : 0,
                                       r + 2 < len ? s->low[r + 2] : "", r + 2 < len ? s->len[r + 2] : 0) &&
                  (fr[k]->type != TL_FOUNDED || tl_fact_found_base(s, s->sb + r)); /* "it is found in" */
        /* "found X guilty", "handed X over": the particle after the object */
        if (!any && nf) any = tl_fact_found_guilty(s, s->sb + r, 0, 0);
        for (size_t k = 0; k < nf && !any; k++) any = tl_fact_part_after_object(s, fr[k], s->sb + r) >= 0;
        /* "a Brooklyn man": the person nouns place their holder only after
         * a name; elsewhere (most of the time) they open nothing, and no
         * sentence is parsed for them */
        if (any && r > 0 && s->at[r - 1] < 0 && s->len[r] >= 3 && s->len[r] <= 13 &&
            (tl_trig_in_list(TL_TRIG_HOME_NOUNS, s->low[r], s->len[r]) ||
             tl_trig_in_list(TL_TRIG_FIRM_NOUNS, s->low[r], s->len[r])))
            any = 0;
        /* "the Islamic Republic": a territory's noun capitalized is a
         * name's word */
        if (any && (s->d->tokens[s->sb + r].flags & TL_TOK_UPPER) &&
            tl_trig_in_list(TL_TRIG_TERRITORY_NOUNS, s->low[r], s->len[r]))
            any = 0;
        /* "left" departs only "for" somewhere ("left for Syria", "left
         * Porbandar for Rajkot"): a common word otherwise */
        if (any && s->low[r][0] == 'l' && tl_trig_in_list("left|leaves|leaving", s->low[r], s->len[r])) {
            int f = 0;
            for (uint32_t q = r + 1; q < len && q <= r + 4 && !f; q++) f = s->len[q] == 3 && !memcmp(s->low[q], "for", 3);
            any = f;
        }
        /* "is considered", "was listed": a naming verb is a trigger word
         * only before a terrorist's name (most of the time it names
         * nothing, and no sentence is parsed for it) */
        if (any && tl_fact_terror_label_verb(s, s->sb + r) && !tl_fact_terror_label_after(s, s->sb + r)) any = 0;
        /* ("spent" only before a span of time and "in") */
        if (any && s->low[r][0] == 's' && s->len[r] >= 5 && s->len[r] <= 8 &&
            tl_trig_in_list("spent|spend|spends|spending", s->low[r], s->len[r]) && !tl_fact_spent_in(s, s->sb + r))
            any = 0;
        s->is_trig[r] = (uint8_t)any;
        n += s->is_trig[r];
    }
    return n;
}

/* "X shot dead Y", "Y was found shot dead": the taggers read "shot"
 * before "dead" as an adverb as often as not (it is rare in their
 * training text); a verb of attack before its result is the verb, past
 * participle after a form of "be" or "found", past tense otherwise.
 * Can't fail. */
static void result_participles(tl_fsent *s) {
    for (uint32_t i = s->sb; i + 1 < s->se; i++) {
        uint32_t r = i - s->sb;
        if (s->len[r] != 4 || memcmp(s->low[r], "shot", 4) != 0 || !tl_fact_is(s, i + 1, "dead")) continue;
        if (s->tag[r] == TL_POS_VBD || s->tag[r] == TL_POS_VBN) continue;
        int pas = i > s->sb && (tl_fact_wl(s, i - 1, WL_BE) || tl_fact_w(s, i - 1, "found|been|being|later|reportedly"));
        s->tag[r] = (uint8_t)(pas ? TL_POS_VBN : TL_POS_VBD);
        s->d->tokens[i].pos = s->tag[r];
    }
}

/* "Members of the Sinaloa Cartel shot journalist X", "Two members of the
 * Gulf Clan murdered Y", "X kidnapped and murdered Y": a past form of a
 * verb of harm right after a body's name or a past verb and "and", before
 * a name, an article or a noun and a name, is a verb of the clause, though the taggers read "shot" a noun and "murdered" an
 * adjective there (a body's name before a noun so often modifies it).
 * Can't fail. */
static void harm_after_body(tl_fsent *s) {
    for (uint32_t i = s->sb + 1; i + 1 < s->se; i++) {
        uint32_t r = i - s->sb;
        int b = s->at[r - 1];
        /* (or after a past verb and "and": "X kidnapped and murdered Y",
         * "shot and killed") */
        int coord = r >= 2 && tl_fact_is(s, i - 1, "and") &&
                    (s->tag[r - 2] == TL_POS_VBD || tl_fact_w(s, i - 2, TL_FACT_HARM_VERBS));
        if (!coord && (s->at[r] >= 0 || b < 0 || s->ms[b].te != i || s->ms[b].type != TL_ORG || s->ms[b].pron)) continue;
        if (s->at[r] >= 0) continue;
        if (s->tag[r] == TL_POS_VBD || s->tag[r] == TL_POS_VBN || !tl_fact_w(s, i, TL_FACT_HARM_VERBS)) continue;
        int x = s->at[r + 1], y = i + 2 < s->se ? s->at[r + 2] : -1;
        if (x >= 0 || tl_fact_w(s, i + 1, "the|a|an|his|her|their|two|three|four|five|dead") ||
            (tl_fact_is(s, i + 1, "and") && i + 2 < s->se && tl_fact_w(s, i + 2, TL_FACT_HARM_VERBS)) ||
            (y >= 0 && s->ms[y].type == TL_PERSON && s->ms[y].tb == i + 2)) {
            s->tag[r] = TL_POS_VBD;
            s->d->tokens[i].pos = s->tag[r];
        }
    }
}

/* The first run of coordinated person names in the sentence ("X and Y",
 * "X, Y and Z"), into fd->group. */
static void update_group(tl_fsent *s) {
    tl_fdoc *fd = s->fd;
    for (uint32_t i = s->sb; i < s->se; i++) {
        int m = s->at[i - s->sb];
        if (m < 0 || s->ms[m].tb != i || s->ms[m].type != TL_PERSON || s->ms[m].pron) continue;
        int32_t g[TL_FS_GROUP];
        int n = 0, conj = 0;
        g[n++] = s->ms[m].ent;
        uint32_t j = s->ms[m].te;
        while (j < s->se && n < TL_FS_GROUP) {
            uint32_t k = j;
            int c = 0;
            /* ("A, 31, and B, 22,": an age) */
            if (k + 2 < s->se && tl_fact_is(s, k, ",") && (s->d->tokens[k + 1].flags & TL_TOK_DIGIT) &&
                tl_fact_is(s, k + 2, ","))
                k += 2;
            while (k < s->se && (tl_fact_is(s, k, ",") || tl_fact_w(s, k, "and"))) {
                if (!tl_fact_is(s, k, ",")) c = 1;
                k++;
            }
            int m2 = k < s->se && k > j ? s->at[k - s->sb] : -1;
            if (m2 < 0 || s->ms[m2].tb != k || s->ms[m2].type != TL_PERSON || s->ms[m2].pron) break;
            int dup = 0;
            for (int q = 0; q < n; q++) dup |= g[q] == s->ms[m2].ent;
            if (!dup) g[n++] = s->ms[m2].ent;
            conj |= c;
            j = s->ms[m2].te;
            if (c) break; /* "and" closes the list */
        }
        if (n >= 2 && conj) {
            memcpy(fd->group, g, (size_t)n * sizeof *g);
            fd->n_group = n;
            fd->group_sent = s->si;
            return;
        }
        i = j - 1;
    }
}

/* Does "according to" come within the eight words before token b, with
 * no clause break between ("according to a report by X")?  Can't fail. */
static int attribution_before(const tl_fsent *s, uint32_t b) {
    for (uint32_t k = b; k > s->sb + 1 && k + 8 > b; k--) {
        if (tl_fact_is(s, k - 1, ";") || tl_fact_is(s, k - 1, ".")) return 0;
        if (tl_fact_is(s, k - 1, "to") && tl_fact_is(s, k - 2, "according")) return 1;
    }
    return 0;
}

/* Is the mention opening at token b the agent of a verb of the law after
 * "by" ("charged by the AFP", "was indicted by a grand jury", "detained
 * by police")?  Such a body acts on the people of the story, and "the
 * group" a later sentence speaks of is not it.  Can't fail. */
static int legal_agent_before(const tl_fsent *s, uint32_t b) {
    uint32_t k = b > s->sb && tl_fact_is(s, b - 1, "the") ? b - 1 : b;
    return k > s->sb + 1 && tl_fact_is(s, k - 1, "by") &&
           tl_fact_w(s, k - 2, "charged|indicted|prosecuted|convicted|sentenced|sanctioned|designated|arrested|"
                               "detained|questioned|investigated|extradited|tried");
}

/* Does token b lie inside a comma-bounded aside that opens at token a,
 * right after a name: a relative clause (", which ...", ", who ...") or an
 * apposition (", an affiliate of ...")?  The aside must still be open at b
 * (no comma between) and close later in the sentence.  Can't fail. */
static int aside_after(const tl_fsent *s, uint32_t a, uint32_t b) {
    /* (past the focus's acronym: "X (ISKP), the Afghan affiliate of the
     * Islamic State,") */
    if (a + 3 < b && tl_fact_is(s, a, "(") && tl_fact_is(s, a + 2, ")")) a += 3;
    if (a + 1 > b || b >= s->se || !tl_fact_is(s, a, ",")) return 0;
    /* ("JNIM, the al-Qaeda affiliate in the Sahel,": the body's name
     * before the part's noun) */
    if (b == a + 2 && tl_fact_is(s, a + 1, "the")) {
        int y2 = tl_fact_ment_at(s, b);
        if (y2 >= 0 && s->ms[y2].te < s->se &&
            tl_fact_w(s, s->ms[y2].te, "affiliate|branch|wing|arm|offshoot|franchise|faction|province|chapter"))
            for (uint32_t j = s->ms[y2].te; j < s->se; j++)
                if (tl_fact_is(s, j, ",")) return 1;
    }
    /* ("the Afghan affiliate of Y": a definite noun of a part) */
    if ((a + 3 < b && tl_fact_is(s, a + 1, "the") && tl_fact_is(s, b - 1, "of")) ||
        (a + 4 < b && tl_fact_is(s, a + 1, "the") && tl_fact_is(s, b - 2, "of") && tl_fact_is(s, b - 1, "the")))
        for (uint32_t k = a + 2; k < b; k++)
            if (tl_fact_w(s, k, "affiliate|branch|wing|arm|offshoot|franchise|faction|province|chapter")) {
                for (uint32_t j = b; j < s->se; j++)
                    if (tl_fact_is(s, j, ",")) return 1;
                return 0;
            }
    /* (or a possessor opening it: "JNIM, al-Qaeda's affiliate in the
     * Sahel,") */
    int y = b == a + 1 ? tl_fact_ment_at(s, b) : -1;
    int poss = y >= 0 && s->ms[y].te < s->se && tl_fact_w(s, s->ms[y].te, "'s|\u2019s");
    if (!poss && (a + 2 > b || !tl_fact_w(s, a + 1, "which|who|whose|a|an"))) return 0;
    for (uint32_t k = a + 1; k < b; k++)
        if (tl_fact_is(s, k, ",") || tl_fact_is(s, k, ";")) return 0;
    for (uint32_t k = b; k < s->se; k++)
        if (tl_fact_is(s, k, ",")) return 1;
    return 0;
}

/* Is an organization other than entity e named from token k to the end of
 * the sentence (a state's force or body aside)?  Can't fail. */
static int org_after(const tl_fsent *s, uint32_t k, int32_t e) {
    for (int m = 0; m < s->nm; m++) {
        const tl_fment *y = &s->ms[m];
        if (y->tb >= k && y->type == TL_ORG && !y->pron && !y->virt && y->ent != e &&
            !state_force(&s->d->entities[y->ent].name) && !gov_body(&s->d->entities[y->ent].name))
            return 1;
    }
    return 0;
}

static void update_focus(tl_fsent *s) {
    tl_fdoc *fd = s->fd;
    int done_p = 0, done_o = 0;
    uint32_t focus_te = 0; /* the token after the focus organization's name */
    update_group(s);
    /* In text order: the pronouns were added after the names. */
    for (uint32_t i = s->sb; i < s->se; i++) {
        int m = s->at[i - s->sb];
        if (m < 0 || s->ms[m].tb != i) continue;
        const tl_fment *x = &s->ms[m];
        if (x->virt) continue;
        /* "BEIRUT (Reuters) -": a wire credit is no actor of the story */
        if (x->tb < 12 && x->tb > s->sb && tl_fact_is(s, x->tb - 1, "(") && tl_fact_is(s, x->te, ")") &&
            (s->d->tokens[x->tb - 2 < s->se ? x->tb - 2 : x->tb].flags & TL_TOK_ALLCAPS))
            continue;
        /* "the International Crisis Group said that JNIM had expanded":
         * a source that speaks of another body after it is not one the
         * story follows, nor what "the group" stands for next */
        /* (a police force or a ministry that speaks acts in the story as
         * well: it arrests, charges, raids) */
        if (x->type == TL_ORG && !x->pron && x->te + 1 < s->se && s->len[x->te - s->sb] >= 4 &&
            tl_fact_w(s, x->te, "said|says|reported|warned|stated|concluded|noted|argued|wrote") &&
            org_after(s, x->te + 1, x->ent) && !state_force(&s->d->entities[x->ent].name) &&
            !gov_body(&s->d->entities[x->ent].name))
            continue;
        /* "KARACHI, Pakistan (Reuters) -": the dateline's wire is no body
         * of the story */
        if (x->type == TL_ORG && !x->pron && s->si <= 1 && x->te < tl_fact_dateline_end(s)) continue;
        if (x->type == TL_ORG && !x->pron) {
            int k = 0;
            while (k < 7 && fd->recent_org[k] != x->ent) k++;
            memmove(fd->recent_org + 1, fd->recent_org, (size_t)k * sizeof *fd->recent_org);
            fd->recent_org[0] = x->ent;
        }
        if (x->type == TL_PERSON && !done_p && x->pron != TL_PRON_PLURAL && !x->mod &&
            (x->pron || !possessor_before_named(s, m))) {
            if (!x->pron) fd->focus_person = x->ent;
            fd->focus_person_sent = s->si;
            done_p = 1;
        }
        /* "the Islamic State's Sahel Province": the possessed body is the
         * one in focus, the possessor part of its name */
        if (x->type == TL_ORG && !x->pron && x->te + 1 < s->se && tl_fact_w(s, x->te, "'s|\u2019s")) {
            int y = tl_fact_ment_at(s, x->te + 1);
            if (y >= 0 && s->ms[y].tb == x->te + 1 && s->ms[y].type == TL_ORG) continue;
        }
        /* "according to a report by ACLED": a source is no actor of the
         * story */
        if (x->type == TL_ORG && !x->pron && attribution_before(s, x->tb)) continue;
        /* "... Event Data Project (ACLED)": an acronym in parentheses after
         * its body's name goes where the name went */
        if (x->type == TL_ORG && !x->pron && x->tb > s->sb + 1 && tl_fact_is(s, x->tb - 1, "(")) {
            int n = tl_fact_ment_ending(s, x->tb - 2);
            if (n >= 0 && s->ms[n].ent == x->ent) continue;
        }
        /* "was charged by the AFP with ...": nor is the authority acting
         * on them */
        if (x->type == TL_ORG && !x->pron && legal_agent_before(s, x->tb)) continue;
        /* "..., the United Nations said": nor is a speaker after the
         * words it reports */
        if (x->type == TL_ORG && !x->pron && x->tb > s->sb + 1 && x->te < s->se &&
            (tl_fact_is(s, x->tb - 1, ",") || (tl_fact_is(s, x->tb - 1, "the") && tl_fact_is(s, x->tb - 2, ","))) &&
            tl_fact_w(s, x->te, "said|says|reported|announced|added|stated|confirmed"))
            continue;
        /* "were found guilty at the Old Bailey": a venue is no body the
         * story follows */
        if (x->type == TL_ORG && !x->pron && x->tb > s->sb + 1 && tl_fact_is(s, x->tb - 1, "the") &&
            tl_fact_is(s, x->tb - 2, "at") && x->te < s->se && tl_fact_is_punct(s, x->te))
            continue;
        if (x->type == TL_ORG && !done_o) {
            if (!x->pron) fd->focus_org = x->ent;
            fd->focus_org_sent = s->si;
            fd->focus_org_many = 0;
            focus_te = x->te;
            done_o = 1;
        } else if (x->type == TL_ORG && !x->pron && focus_te && focus_te < s->se && s->len[focus_te - s->sb] == 1 &&
                   aside_after(s, focus_te, x->tb)) {
            /* "Al-Shabaab, which is linked to al-Qaeda, has ...", "X, an
             * affiliate of Y,": a body named in an aside on the focus
             * organization says something of it and leaves it in focus */
        } else if (x->type == TL_ORG && !x->pron && fd->focus_org >= 0 && x->ent != fd->focus_org &&
                   !state_force(&s->d->entities[x->ent].name) && !state_force(&s->d->entities[fd->focus_org].name)) {
            fd->focus_org_many = 1;
        }
    }
}

static void parse_published(const char *p, tl_when *w) {
    memset(w, 0, sizeof *w);
    if (!p || !p[0]) return;
    w->year = atoi(p);
    if (strlen(p) >= 7) w->month = atoi(p + 5);
    if (strlen(p) >= 10) w->day = atoi(p + 8);
}

/* "IRGC Quds Force" beside "IRGC", "FBI Counterterrorism Division" beside
 * "FBI": an organization named by another's full name plus more words is a
 * part of it.  Names are matched folded, through a hash of every ORG name
 * and alias, so the work is linear in the names.  Returns 0 when out of
 * memory. */
typedef struct { uint32_t hash; uint32_t len; int32_t ent; const char *s; } org_key;

static uint32_t org_hash(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h ? h : 1;
}

static int name_parts(tl_fdoc *fd, const tl_doc *d) {
    uint32_t n = 0;
    for (uint32_t e = 0; e < d->n_entities; e++)
        if (d->entities[e].type == TL_ORG) n += 1 + d->entities[e].n_aliases;
    if (n < 2) return 1;
    uint32_t cap = 16;
    while (cap < n * 2) cap <<= 1;
    org_key *tab = calloc(cap, sizeof *tab);
    char (*folded)[96] = malloc((size_t)n * sizeof *folded);
    if (!tab || !folded) { free(tab); free(folded); return 0; }
    uint32_t k = 0;
    for (uint32_t e = 0; e < d->n_entities; e++) {
        const tl_entity *x = &d->entities[e];
        if (x->type != TL_ORG) continue;
        for (uint32_t a = 0; a <= x->n_aliases; a++, k++) {
            const tl_str *nm = a == 0 ? &x->name : &x->aliases[a - 1];
            size_t l = tl_utf8_fold(nm->ptr, nm->len, folded[k], sizeof folded[k]);
            uint32_t h = org_hash(folded[k], l), j = h & (cap - 1);
            while (tab[j].hash) j = (j + 1) & (cap - 1);
            tab[j] = (org_key){h, (uint32_t)l, (int32_t)e, folded[k]};
        }
    }
    k = 0;
    for (uint32_t e = 0; e < d->n_entities; e++) {
        const tl_entity *x = &d->entities[e];
        if (x->type != TL_ORG) continue;
        uint32_t first = k;
        k += 1 + x->n_aliases;
        /* The canonical name only: a prefix ending at a space or hyphen. */
        const char *f = folded[first];
        size_t l = strlen(f);
        int32_t whole = -1;
        size_t plen = 0;
        for (size_t p = 1; p < l && whole < 0; p++) {
            if (f[p] != ' ' && f[p] != '-') continue;
            uint32_t h = org_hash(f, p);
            for (uint32_t j = h & (cap - 1); tab[j].hash; j = (j + 1) & (cap - 1))
                if (tab[j].hash == h && tab[j].len == p && memcmp(tab[j].s, f, p) == 0 && tab[j].ent != (int32_t)e) {
                    whole = tab[j].ent;
                    plen = p;
                    break;
                }
        }
        if (whole < 0 || !x->n_mentions) continue;
        /* "Radwan Force" beside "Radwan": a force's noun alone added is
         * the same force named in full, no part of it ("GRU Unit 29155",
         * "IRGC Quds Force" add a name; "National Guard Bureau" is an
         * office of the Guard) */
        if (!strchr(f + plen + 1, ' ') && !strchr(f + plen + 1, '-') &&
            tl_trig_in_list("force|forces|brigade|brigades|corps|battalion|battalions|regiment", f + plen + 1,
                            strlen(f + plen + 1)))
            continue;
        /* Only names of units: "... Quds Force", "... Cyber Division".
         * "CNN Worldwide" or "Microsoft Photos" are no parts. */
        const char *last = strrchr(f, ' ');
        last = last ? last + 1 : f;
        /* "GRU Unit 29155": the unit's number after its noun */
        if (last > f + 1 && last[0] >= '0' && last[0] <= '9' && strspn(last, "0123456789") == strlen(last)) {
            const char *q = last - 1;
            while (q > f && q[-1] != ' ') q--;
            if (q > f) last = q;
        }
        size_t ll = strcspn(last, " ");
        if (!tl_trig_in_list("force|forces|division|divisions|brigade|brigades|unit|units|command|corps|wing|"
                             "directorate|department|bureau|branch|battalion|regiment|section|office|cell|squad|"
                             "council|committee|agency|service",
                             last, ll))
            continue;
        const tl_mention *m = &d->mentions[x->mentions[0]];
        const tl_sentence *sn = &d->sentences[d->tokens[m->tok_begin].sent];
        tl_fact fa;
        memset(&fa, 0, sizeof fa);
        fa.type = TL_PART_OF;
        fa.modality = TL_ASSERTED;
        fa.args[0] = (int32_t)e;
        fa.args[1] = whole;
        fa.args[2] = fa.from = fa.place = fa.source = -1;
        fa.evidence.start = sn->start;
        fa.evidence.end = sn->end;
        fa.confidence = 0.6f;
        add_fact(fd, &fa);
    }
    free(tab);
    free(folded);
    return !fd->oom;
}

/* The pair classifier over entities named close together; its facts only
 * add to what the frames found (merging keeps the frames' evidence). */
/* Orders place_pair (rel_pass) by key; the key is the struct's first
 * member, so a bare key compares alike. */
static int cmp_u64(const void *x, const void *y) {
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

static int rel_pass(const tl_fact_ctx *c, const tl_gaz *g, const tl_doc *d, tl_fdoc *fd) {
    tl_rel_pair *pairs = NULL;
    long np = tl_rel_pairs(d, tl_rel_window(c->rel), (size_t)d->n_mentions * 16 + 64, &pairs);
    if (np < 0) return 0;
    uint32_t feats[TL_REL_MAX_FEATS];
    /* NULL (out of memory): the same features, looked up per pair */
    tl_rel_ent *info = calloc(d->n_entities ? d->n_entities : 1, sizeof *info);
    /* the accepted facts, checked against each other before they are added */
    tl_fact *out = np ? malloc((size_t)np * sizeof *out) : NULL;
    int32_t *margins = np ? malloc((size_t)np * sizeof *margins) : NULL;
    if (np && (!out || !margins)) {
        free(out);
        free(margins);
        free(info);
        free(pairs);
        return 0;
    }
    size_t no = 0;
    for (long p = 0; p < np; p++) {
        size_t n = tl_rel_features_cached(d, g, info, &pairs[p], feats);
        int32_t margin;
        unsigned cls = tl_rel_predict(c->rel, feats, n, &margin);
        if (!tl_rel_accept(c->rel, cls, d->entities[pairs[p].h].type, margin, c->rel_margin)) continue;
        /* a country lies in no state or town the text names (a region,
         * "the Caribbean", may hold it) */
        const tl_entity *h = &d->entities[pairs[p].h];
        if (tl_rel_class_type[cls] == TL_LOCATED_IN && h->type == TL_GPE && d->entities[pairs[p].t].type == TL_GPE &&
            (tl_gaz_lookup(g, h->name.ptr, h->name.len) & TL_GAZ_COUNTRY))
            continue;
        /* nor does a capital in another country than the gazetteer's
         * ("Moscow" in the United States; other towns share their names
         * across countries: "Portland", Victoria) */
        const tl_entity *te = &d->entities[pairs[p].t];
        if (tl_rel_class_type[cls] == TL_LOCATED_IN && h->type == TL_GPE && te->type == TL_GPE &&
            (tl_gaz_lookup(g, h->name.ptr, h->name.len) & TL_GAZ_CAPITAL) &&
            (tl_gaz_lookup(g, te->name.ptr, te->name.len) & TL_GAZ_COUNTRY)) {
            size_t hn = 0, tn = 0;
            const char *hc = tl_gaz_place_country(g, h->name.ptr, h->name.len, &hn);
            const char *tc = tl_gaz_place_country(g, te->name.ptr, te->name.len, &tn);
            if (hc && tc && (hn != tn || memcmp(hc, tc, hn) != 0)) continue;
        }
        tl_fact f;
        memset(&f, 0, sizeof f);
        f.type = tl_rel_class_type[cls];
        f.args[0] = pairs[p].h;
        f.args[1] = pairs[p].t;
        f.args[2] = f.from = f.place = f.source = -1;
        f.modality = TL_ASSERTED;
        uint32_t s1 = d->tokens[d->mentions[pairs[p].mh].tok_begin].sent;
        uint32_t s2 = d->tokens[d->mentions[pairs[p].mt].tok_begin].sent;
        if (s1 > s2) { uint32_t t = s1; s1 = s2; s2 = t; }
        f.evidence.start = d->sentences[s1].start;
        f.evidence.end = d->sentences[s2].end;
        f.confidence = 0.5f;
        margins[no] = margin;
        out[no++] = f;
    }
    /* Places the classifier nests both ways ("Georgia" in "New York" and
     * "New York" in "Georgia") nest the surer way only: the place pairs
     * sorted (key, then margin), each looked up reversed. */
    typedef struct { uint64_t key; int32_t margin; } place_pair;
    place_pair *keys = no ? malloc(no * sizeof *keys) : NULL;
    size_t nk = 0;
    for (size_t i = 0; keys && i < no; i++)
        if (out[i].type == TL_LOCATED_IN)
            keys[nk++] = (place_pair){(uint64_t)(uint32_t)out[i].args[0] << 32 | (uint32_t)out[i].args[1], margins[i]};
    if (keys) qsort(keys, nk, sizeof *keys, cmp_u64);
    for (size_t i = 0; i < no && !fd->oom; i++) {
        const tl_fact *x = &out[i];
        place_pair rev = {(uint64_t)(uint32_t)x->args[1] << 32 | (uint32_t)x->args[0], 0};
        const place_pair *r = x->type == TL_LOCATED_IN && keys ? bsearch(&rev, keys, nk, sizeof *keys, cmp_u64) : NULL;
        if (r && (r->margin > margins[i] || (r->margin == margins[i] && x->args[0] > x->args[1]))) continue;
        add_fact(fd, x);
    }
    free(keys);
    free(margins);
    free(out);
    free(info);
    free(pairs);
    return !fd->oom;
}

/* What lies in a place lies in the places that hold it: LOCATED_IN(a, b)
 * and LOCATED_IN(b, c) give LOCATED_IN(a, c) ("Guri, Bolivar, Venezuela";
 * "X is a town in Y" and "Y is a province of Z"), evidenced by the two
 * facts' sentences.  One step: chains are short in one document, and a
 * wrong first link should not spread.  Only where c is a GPE or LOC.
 * Sets fd->oom when out of memory. */
static void located_closure(tl_fdoc *fd, const tl_doc *d) {
    uint32_t n = fd->n;
    for (uint32_t i = 0; i < n && !fd->oom; i++) {
        if (fd->facts[i].type != TL_LOCATED_IN) continue;
        int32_t b = fd->facts[i].args[1];
        for (uint32_t j = 0; j < n && !fd->oom; j++) {
            const tl_fact *g = &fd->facts[j];
            if (g->type != TL_LOCATED_IN || g->args[0] != b || j == i) continue;
            int32_t a = fd->facts[i].args[0], c = g->args[1];
            if (a == c || c < 0 || (d->entities[c].type != TL_GPE && d->entities[c].type != TL_LOC)) continue;
            if (fd->facts[i].modality == TL_NEGATED || g->modality == TL_NEGATED) continue;
            tl_fact f;
            memset(&f, 0, sizeof f);
            f.type = TL_LOCATED_IN;
            f.args[0] = a;
            f.args[1] = c;
            f.args[2] = f.from = f.place = f.source = -1;
            f.modality = TL_ASSERTED;
            f.evidence.start = fd->facts[i].evidence.start < g->evidence.start ? fd->facts[i].evidence.start : g->evidence.start;
            f.evidence.end = fd->facts[i].evidence.end > g->evidence.end ? fd->facts[i].evidence.end : g->evidence.end;
            f.confidence = 0.5f;
            add_fact(fd, &f);
        }
    }
}

const tl_pos_model *tl_fact_pos_model(const tl_fact_ctx *c) { return c ? c->pos : NULL; }

int tl_fact_run(const tl_fact_ctx *c, const tl_gaz *g, tl_pos_cache *pos_cache,
                tl_dep_cache **dep_cache, tl_doc *doc) {
    tl_fdoc fd;
    memset(&fd, 0, sizeof fd);
    fd.focus_person = fd.focus_org = fd.sanctioner = -1;
    for (int k = 0; k < 8; k++) fd.recent_org[k] = -1;
    for (int k = 0; k < TL_FD_KINDS; k++) fd.kind_ent[k] = -1, fd.kind_bits[k] = 0;
    parse_published(doc->published, &fd.published);
    fd.country_of = malloc((doc->n_entities + 1) * sizeof *fd.country_of);
    tl_fsent *s = malloc(sizeof *s);
    if (s) {
        s->pos_cache = NULL;
        s->dep_cache = dep_cache;
        s->dar = NULL;
        s->parsed = 0;
    }
    if (!fd.country_of || !s) goto oom;
    for (uint32_t e = 0; e < doc->n_entities; e++) fd.country_of[e] = -2;
    if (tl_coref_run(doc, g, &fd.coref) != TL_OK) goto oom;
    s->d = doc;
    s->g = g;
    s->c = c;
    s->fd = &fd;
    /* NULL: uncached, same tags */
    s->pos_cache = pos_cache ? pos_cache : c->pos ? tl_pos_cache_new(c->pos, 0) : NULL;
    uint32_t mi = 0;
    for (uint32_t si = 0; si < doc->n_sentences; si++) {
        const tl_sentence *sent = &doc->sentences[si];
        s->sb = sent->tok_begin;
        s->se = sent->tok_end;
        if (s->se - s->sb > TL_TOK_MAX_SENT) s->se = s->sb + TL_TOK_MAX_SENT;
        s->si = si;
        s->nm = 0;
        s->nc = 0;
        s->conj = 0;
        s->np = 0;
        s->n_opened = 0;
        lower_words(s);
        while (mi < doc->n_mentions && doc->mentions[mi].tok_end <= s->sb) mi++;
        for (uint32_t k = mi; k < doc->n_mentions && doc->mentions[k].tok_begin < s->se; k++) {
            const tl_mention *m = &doc->mentions[k];
            if (m->tok_begin < s->sb || m->tok_end > s->se || m->entity < 0) continue;
            add_ment(s, m->tok_begin, m->tok_end, m->entity, doc->entities[m->entity].type, 0);
            /* "Iran-backed": the name ends inside its token, before "-" and a
             * lower-case word */
            uint32_t te = doc->tokens[m->tok_end - 1].end;
            if (s->nm && m->end + 1 < te && doc->text[m->end] == '-' && doc->text[m->end + 1] >= 'a' &&
                doc->text[m->end + 1] <= 'z')
                s->ms[s->nm - 1].mod = 1;
            /* "pro-Hamas", "anti-Assad": it starts inside its token, after
             * a lower-case prefix and "-" */
            uint32_t tb = doc->tokens[m->tok_begin].start;
            if (s->nm && m->start >= tb + 2 && doc->text[m->start - 1] == '-' && doc->text[tb] >= 'a' &&
                doc->text[tb] <= 'z')
                s->ms[s->nm - 1].mod = 1;
            /* "a Taylor Swift concert": a person's name after "a" and
             * before a common noun names a kind of thing, not the person */
            if (s->nm && m->type == TL_PERSON && m->tok_begin > s->sb && m->tok_end < s->se &&
                tl_fact_w(s, m->tok_begin - 1, "a|an") && (doc->tokens[m->tok_end].flags & TL_TOK_ALPHA) &&
                !(doc->tokens[m->tok_end].flags & TL_TOK_UPPER) &&
                !tl_fact_w(s, m->tok_end, "and|or|but|who|whom|whose|which|that|was|is|were|are|has|had|have|said|"
                                          "says|of|in|on|at|for|to|with|from|by|as|also|will|would|could|did|does"))
                s->ms[s->nm - 1].mod = 1;
        }
        add_pronouns(s);
        add_self_it(s);
        add_coref(s);
        tl_fact_corole_add(s, &fd.corole);
        tl_fact_cata_add(s);
        when_list wl;
        find_dates(s, &wl);
        int n_trig = s->nm >= 1 ? mark_triggers(s) : 0;
        /* one name and no trigger can still name an open event's actor
         * ("X claimed responsibility for it"): only that is read there */
        int full = s->nm >= 2 || n_trig;
        /* "X was named in a criminal complaint": a charge with one name
         * and no trigger word */
        int named_in = s->nm >= 1 && named_in_at(s);
        /* "Among them was X": a set's member named alone */
        int set_next = !full && s->nm >= 1 && tl_fact_np_set_opening(s);
        if (full || named_in || set_next || (fd.n_open && s->nm >= 1)) {
            classify_words(s);
            if (named_in) tl_fact_named_in_charge(s);
            if (set_next) tl_fact_np_set_next(s);
            if (n_trig) {
                /* a sentence the tree frames will parse takes the parser's
                 * tags (trained on modern English, case-aware); the others
                 * the tagger's */
                int pt = two_names(s) ? tl_fact_parse_tags(s) : 0;
                if (pt < 0) goto oom;
                if (!pt) tag_sentence(s, doc);
                result_participles(s);
                harm_after_body(s);
                tl_fact_triggers(s);
            }
            if (full) {
                tl_fact_compounds(s);
                gaz_located(s);
                tl_fact_np(s);
                tl_fact_place(s);
                if (n_trig && tl_fact_tree(s) < 0) goto oom;
                if (tl_fact_aff(s) < 0) goto oom;
                if (tl_fact_org(s) < 0) goto oom;
                tl_fact_scored(s);
                successors(s);
                tl_fact_codefendants(s);
                tl_fact_directed(s);
            }
            if (fd.n_open) tl_fact_evc_complete(s, fd.open, &fd.n_open, new_paragraph);
            tl_fact_parse_done(s);
            finish_sentence(s, &wl);
            if (fd.oom) goto oom;
        }
        /* The last absolute or resolved date anchors relative ones later. */
        for (int k = wl.n - 1; k >= 0; k--)
            if (!wl.w[k].aside) { fd.anchor = wl.w[k]; break; }
        tl_fact_evc_keep(s, fd.open, &fd.n_open);
        tl_fact_corole_note(s, &fd.corole);
        update_focus(s);
        note_kinds(s);
        if (n_trig) note_anon_groups(s); /* (the words have their tags) */
    }
    if (s->pos_cache != pos_cache) tl_pos_cache_free(s->pos_cache);
    free(s);
    s = NULL;
    /* The pair classifier was trained on encyclopedic leads, where a
     * nationality word next to a person states citizenship and places
     * named together nest; in news those readings are mostly wrong. */
    if (tl_genre_encyclopedic(doc)) {
        if (c->rel && !rel_pass(c, g, doc, &fd)) goto oom;
        /* Encyclopedic texts state where things lie as a hierarchy; news
         * names places for other reasons (measured: the closure adds only
         * wrong facts on news reports). */
        located_closure(&fd, doc);
        if (fd.oom) goto oom;
    }
    if (!name_parts(&fd, doc)) goto oom;
    tl_when_carry(doc, c->lex, &fd.published, fd.facts, fd.n);
    tl_fact *out = NULL;
    if (fd.n) {
        out = tl_arena_alloc(doc->arena, fd.n * sizeof *out);
        if (!out) goto oom;
        memcpy(out, fd.facts, fd.n * sizeof *out);
    }
    doc->facts = out;
    doc->n_facts = fd.n;
    tl_coref_free(&fd.coref);
    free(fd.facts);
    free(fd.hash);
    free(fd.country_of);
    free(fd.gpe);
    return TL_OK;
oom:
    if (s) tl_fact_parse_done(s);
    if (s && s->pos_cache != pos_cache) tl_pos_cache_free(s->pos_cache);
    free(s);
    tl_coref_free(&fd.coref);
    free(fd.facts);
    free(fd.hash);
    free(fd.country_of);
    free(fd.gpe);
    return TL_ENOMEM;
}
