/* tl_fact_tree.c -- facts from the dependency tree: a trigger's subject, object, agent and prepositional arguments found by their relations. */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_arena.h"
#include "tl_cues.h"
#include <stdlib.h>
#include <string.h>

/* Sentences longer than this are not parsed: the parse costs time linear
 * in the words, and the word frames read long sentences as well as the
 * tree does (their arguments lie close to the trigger). */
#define TREE_MAX_WORDS 100
#define MAX_ARGS 8   /* mentions one syntactic argument may stand for */

/* Relation and tag ids of the model, looked up once when it loads. */
typedef tl_fact_rels rels;

/* What the pass reads of one parsed sentence. */
typedef struct tree {
    tl_fsent *s;
    const rels *r;
    size_t n;
    const int32_t *head;
    const uint8_t *label, *upos, *xpos;
    int16_t first[TREE_MAX_WORDS], next[TREE_MAX_WORDS]; /* children lists */
} tree;

/* The parser, loaded on first use under the context's lock; NULL when it
 * is switched off or unusable.  The context is otherwise read-only: this
 * is the one field that changes after it is built, once, guarded. */
static void rels_init(const tl_dep_model *m, rels *r);
static void brown_init(tl_fact_ctx *c);

static const tl_dep_model *tree_model(const tl_fact_ctx *cc, int *oom) {
    tl_fact_ctx *c = (tl_fact_ctx *)cc;
    if (c->dep_state == -2) return NULL;
    pthread_mutex_lock(&c->dep_lock);
    if (c->dep_state == 0) {
        tl_error err = {0};
        c->dep = tl_dep_load_builtin(&err);
        /* out of memory: the next document tries again */
        if (!c->dep && err.code == TL_ENOMEM) *oom = 1;
        else c->dep_state = c->dep ? 1 : -1;
        if (c->dep) {
            rels_init(c->dep, &c->dep_rels);
            brown_init(c);
        }
    }
    const tl_dep_model *m = c->dep_state == 1 ? c->dep : NULL;
    pthread_mutex_unlock(&c->dep_lock);
    return m;
}

static void rels_init(const tl_dep_model *m, rels *r) {
    r->nsubj = tl_dep_label_id(m, "nsubj");
    r->nsubj_pass = tl_dep_label_id(m, "nsubj:pass");
    r->obj = tl_dep_label_id(m, "obj");
    r->obl = tl_dep_label_id(m, "obl");
    r->obl_agent = tl_dep_label_id(m, "obl:agent");
    r->nmod = tl_dep_label_id(m, "nmod");
    r->nmod_poss = tl_dep_label_id(m, "nmod:poss");
    r->appos = tl_dep_label_id(m, "appos");
    r->conj = tl_dep_label_id(m, "conj");
    r->acl = tl_dep_label_id(m, "acl");
    r->acl_relcl = tl_dep_label_id(m, "acl:relcl");
    r->xcomp = tl_dep_label_id(m, "xcomp");
    r->advcl = tl_dep_label_id(m, "advcl");
    r->ccomp = tl_dep_label_id(m, "ccomp");
    r->case_ = tl_dep_label_id(m, "case");
    r->mark = tl_dep_label_id(m, "mark");
    r->aux_pass = tl_dep_label_id(m, "aux:pass");
    r->compound = tl_dep_label_id(m, "compound");
    r->flat = tl_dep_label_id(m, "flat");
    r->cop = tl_dep_label_id(m, "cop");
    r->root = tl_dep_label_id(m, "root");
    r->amod = tl_dep_label_id(m, "amod");
    r->parataxis = tl_dep_label_id(m, "parataxis");
    r->prt = tl_dep_label_id(m, "compound:prt");
    r->det = tl_dep_label_id(m, "det");
    r->verb = tl_dep_upos_id(m, "VERB");
    r->noun = tl_dep_upos_id(m, "NOUN");
    r->propn = tl_dep_upos_id(m, "PROPN");
    r->pron = tl_dep_upos_id(m, "PRON");
    r->aux = tl_dep_upos_id(m, "AUX");
    r->adj = tl_dep_upos_id(m, "ADJ");
    r->adv = tl_dep_upos_id(m, "ADV");
    r->vbn = tl_dep_xpos_id(m, "VBN");
    r->vbd = tl_dep_xpos_id(m, "VBD");
    r->vbg = tl_dep_xpos_id(m, "VBG");
}

static int lab(const tree *t, int i, int l) { return l >= 0 && t->label[i] == l; }

/* The first child of i with relation l, or -1. */
static int child(const tree *t, int i, int l) {
    for (int c = t->first[i]; c >= 0; c = t->next[c])
        if (lab(t, c, l)) return c;
    return -1;
}

/* The word of token i (relative) is one of the '|'-separated words. */
static int word_in(const tree *t, int i, const char *list) {
    return tl_trig_in_list(list, t->s->low[i], t->s->len[i]);
}


/* Is the nominal i introduced by one of the prepositions of list? */
static int has_case(const tree *t, int i, const char *list) {
    for (int c = t->first[i]; c >= 0; c = t->next[c])
        if (lab(t, c, t->r->case_) && word_in(t, c, list)) return 1;
    return 0;
}

/* The name that modifies the common noun i of list: a nationality, state
 * or organization before it as an adjective, compound or possessor ("12
 * Israeli soldiers", "two Hezbollah commanders", "a US drone strike",
 * "its strikes"), or -1.  An attack's side is often told this way: the
 * people hit stand for the state or group they serve, the weapon for the
 * one who used it. */
static int modifier_name(const tree *t, int i, const char *list) {
    tl_fsent *s = t->s;
    if (s->at[i] >= 0 || t->upos[i] != t->r->noun || !word_in(t, i, list)) return -1;
    /* "a Hezbollah commander, Ali Barji": the noun names its person,
     * however the parser hung the name */
    for (size_t k = (size_t)i + 1; k < t->n && k <= (size_t)i + 2; k++) {
        int m = s->at[k];
        if (m >= 0) {
            if (s->ms[m].type == TL_PERSON) return -1;
            break;
        }
        if (!word_in(t, (int)k, ",|-|--")) break;
    }
    for (int c = t->first[i]; c >= 0 && c < i; c = t->next[c]) {
        if (!(lab(t, c, t->r->amod) || lab(t, c, t->r->compound) || lab(t, c, t->r->nmod_poss))) continue;
        int m = s->at[c];
        /* "Iran-backed militia targets": the backer is no side of them */
        if (m < 0 || s->ms[m].mod) continue;
        int ty = s->ms[m].type;
        if (ty == TL_NORP || ty == TL_GPE || ty == TL_ORG) return m;
    }
    return -1;
}

/* The side named by the people a group noun i is "of" ("a convoy of
 * Malian soldiers", "a unit of Russian troops"): modifier_name of that
 * nominal, or -1. */
static int group_of_named(const tree *t, int i, const char *list) {
    if (t->s->at[i] >= 0 || t->upos[i] != t->r->noun || !word_in(t, i, list)) return -1;
    for (int c = t->first[i]; c >= 0; c = t->next[c])
        if (c > i && lab(t, c, t->r->nmod) && has_case(t, c, "of")) return modifier_name(t, c, list);
    return -1;
}

static int is_place(const tree *t, int i);

/* "One of the suspects, identified by Dutch media as Anouar B., is a
 * member of Y", "The man, named only as X, ...": the person a participle
 * of naming, set off by a comma right after the nominal i's words, names
 * (the parser hangs the "as" anywhere), or -1.  Can't fail. */
static int identified_as(const tree *t, int i) {
    tl_fsent *s = t->s;
    int n = (int)t->n;
    for (int k = i + 1; k < n && k <= i + 5; k++) {
        if (s->at[k] >= 0) return -1;
        if (!word_in(t, k, ",")) continue;
        /* ("The main suspect, a German-Russian dual national identified
         * only as Dieter S.,": an apposition's noun before the participle) */
        int w = k + 1;
        if (w < n && word_in(t, w, "a|an")) {
            int q = w + 1;
            while (q < n && q <= w + 6 && s->at[q] < 0 && !word_in(t, q, ",|.|;|:|(|identified|named")) q++;
            /* (a people's word may qualify the noun: "a German-Russian
             * national") */
            while (q < n && q <= w + 6 && !word_in(t, q, ",|.|;|:|(|identified|named") &&
                   (s->at[q] < 0 || s->ms[s->at[q]].type == TL_NORP))
                q++;
            if (q < n && word_in(t, q, "identified|named")) w = q;
        }
        if (w >= n || !word_in(t, w, "identified|named")) return -1;
        for (int j = w + 1; j + 1 < n && j <= w + 7; j++) {
            if (word_in(t, j, ",|.|;|:")) return -1;
            if (!word_in(t, j, "as")) continue;
            int m = s->at[j + 1];
            return m >= 0 && s->ms[m].tb == s->sb + (uint32_t)j + 1 && s->ms[m].type == TL_PERSON && !s->ms[m].pron
                       ? m
                       : -1;
        }
        return -1;
    }
    return -1;
}

/* Adds mention m to out[0..n) unless it or its entity is there; returns
 * the new count. */
static int add_mention(const tl_fsent *s, int *out, int n, int m) {
    for (int k = 0; k < n; k++)
        if (out[k] == m || s->ms[out[k]].ent == s->ms[m].ent) return n;
    out[n++] = m;
    return n;
}

/* The mentions a nominal i stands for: its own, else those of its
 * appositions ("four hostages - Mr James Foley, ..."), and those of the
 * nominals coordinated with it ("X and Y"); with a list of group nouns
 * (grp, or NULL), also the name that modifies one of them ("Israeli
 * soldiers": modifier_name).  Adds to out (distinct mentions), returns the
 * new count. */
/* The person or body whose apposition common noun i is: "X, a senior
 * officer", "X, a front company" (the parser may hang the noun on the
 * verb; the comma right after the name and the article before the noun
 * tell), or -1.  Can't fail. */
static int apposed_name(const tree *t, int i) {
    tl_fsent *s = t->s;
    int h = -1;
    if (lab(t, i, t->r->appos) && t->head[i] >= 0) h = s->at[t->head[i]];
    /* (not a subject: "As described in US News, a former reporter met
     * X" sets a phrase before the clause's own subject) */
    if (h < 0 && !lab(t, i, t->r->nsubj) && !lab(t, i, t->r->nsubj_pass)) {
        int b = i;
        for (int c = t->first[i]; c >= 0 && c < i; c = t->next[c])
            if (c < b && !tl_fact_is_punct(s, s->sb + (uint32_t)c)) b = c;
        if (b >= 2 && (lab(t, b, t->r->det) && tl_fact_w(s, s->sb + (uint32_t)b, "a|an")) &&
            tl_fact_is(s, s->sb + (uint32_t)b - 1, ","))
            h = tl_fact_ment_ending(s, s->sb + (uint32_t)b - 2);
    }
    if (h < 0 || s->ms[h].pron || (s->ms[h].type != TL_PERSON && s->ms[h].type != TL_ORG) || !tl_fact_is(s, s->ms[h].te, ","))
        return -1;
    return h;
}

static int collect(const tree *t, int i, int *out, int n, int depth, const char *grp) {
    tl_fsent *s = t->s;
    if (depth > 3 || n >= MAX_ARGS) return n;
    int m = s->at[i], named = 0;
    /* ("designated Hong Kong-based Sky Bridge": a place glued to a
     * participle modifies the name, however the parser hung it) */
    if (m >= 0 && s->ms[m].mod) m = -1;
    /* "X's brother-in-law, Y, was detained" read with X as the subject: a
     * possessor is never the verb's argument itself (its apposition may
     * be; "X's support" keeps its possessor) */
    if (m >= 0) {
        int q = (int)(s->ms[m].te - s->sb), b = (int)(s->ms[m].tb - s->sb), h = b;
        while (h < q && t->head[h] >= b && t->head[h] < q) h++; /* the name's head word */
        if (h < q && (lab(t, h, t->r->nsubj) || lab(t, h, t->r->nsubj_pass) || lab(t, h, t->r->obj)) &&
            q + 1 < (int)t->n && t->head[q] >= b && t->head[q] < q && word_in(t, q, "'s|'|\u2019s|\u2019") &&
            t->upos[q + 1] != t->r->verb) /* "X's marrying Y" is X's doing */
            m = -1;
    }
    if (m >= 0) n = add_mention(s, out, n, m);
    for (int c = t->first[i]; c >= 0 && n < MAX_ARGS; c = t->next[c]) {
        int u = t->upos[c];
        int nominal = u == t->r->noun || u == t->r->propn || u == t->r->pron;
        if (!nominal) continue;
        /* a name's own parts and coordinated names; an apposition only
         * explains a nominal that is no name itself */
        if (lab(t, c, t->r->conj)) {
            /* "against Ukraine and by the Houthis": a conjunct with a
             * preposition of its own, another than i's, is another
             * argument */
            int cc = child(t, c, t->r->case_);
            if (cc >= 0) {
                int ic = child(t, i, t->r->case_);
                if (ic < 0 || s->len[ic] != s->len[cc] || memcmp(s->low[ic], s->low[cc], s->len[cc])) continue;
            }
            n = collect(t, c, out, n, depth + 1, grp);
        } else if (lab(t, c, t->r->flat) || (m < 0 && lab(t, c, t->r->appos))) {
            int k = n;
            n = collect(t, c, out, n, depth + 1, grp);
            named += n > k;
        }
    }
    if (m < 0 && !named && depth == 0) {
        int g = identified_as(t, i);
        if (g >= 0) {
            n = add_mention(s, out, n, g);
            named = 1;
        }
    }
    /* "heads a small exile group, the Free Iran Council": an apposition
     * the parser hung elsewhere (a comma and a name after a body's noun) */
    if (m < 0 && !named && t->upos[i] == t->r->noun) {
        int g = tl_fact_org_apposed_noun(s, s->sb + (uint32_t)i);
        if (g >= 0) {
            n = add_mention(s, out, n, g);
            named = 1;
        }
    }
    /* "the town of X", "the city of X": the place the kind noun names;
     * "the government of X", "the army of X": the state */
    /* (the place for every frame: "based in the town of X") */
    if (m < 0 && !named && t->upos[i] == t->r->noun &&
        (word_in(t, i, TL_CUE_KIND_PLACE_NOUNS) || (grp && word_in(t, i, "government|army|military|regime|people"))))
        for (int c = t->first[i]; c >= 0; c = t->next[c])
            if (c > i && lab(t, c, t->r->nmod) && has_case(t, c, "of") && is_place(t, c)) {
                int k = n;
                n = collect(t, c, out, n, depth + 1, NULL);
                named += n > k;
                break;
            }
    /* "shelled Kharkiv overnight" read as one noun "Kharkiv overnight": a
     * word of time heads no argument, the name the parser hung on it is
     * the argument */
    if (m < 0 && !named && depth == 0 && word_in(t, i, "overnight|today|yesterday|tonight"))
        for (int c = t->first[i]; c >= 0 && c < i; c = t->next[c])
            if (lab(t, c, t->r->compound) && s->at[c] >= 0 && !s->ms[s->at[c]].mod) {
                n = add_mention(s, out, n, s->at[c]);
                named = 1;
                break;
            }
    /* "X, a senior Revolutionary Guard officer who was sanctioned", "X, a
     * front company that was created by Y": the noun set beside a
     * person's or a body's name is that one, not the body that qualifies
     * it */
    if (m < 0 && !named && depth == 0 && t->upos[i] == t->r->noun) {
        int h = apposed_name(t, i);
        if (h >= 0) {
            n = add_mention(s, out, n, h);
            named = 1;
        }
    }
    /* a noun that names its people ("commander Qassem Soleimani") is them */
    if (m < 0 && grp && !named && (m = modifier_name(t, i, grp)) >= 0) n = add_mention(s, out, n, m);
    /* "a convoy of Malian soldiers": a group of such people is theirs */
    else if (m < 0 && grp && !named && (m = group_of_named(t, i, grp)) >= 0) n = add_mention(s, out, n, m);
    /* "fighters led by X", "militants of Y" (tl_fact_atk.c) */
    else if (m < 0 && grp && !named && (m = tl_fact_atk_crew(s, i)) >= 0) n = collect(t, m, out, n, depth + 1, NULL);
    return n;
}

/* Is nominal i the name of a place (a state, region or facility)? */
static int is_place(const tree *t, int i) {
    int m = t->s->at[i];
    if (m < 0) return 0;
    int ty = t->s->ms[m].type;
    return ty == TL_GPE || ty == TL_LOC || ty == TL_FAC;
}

/* Is nominal i a day or month name ("Tuesday", "March"), no mention? */
static int s_time_word(const tree *t, int i) {
    return t->s->at[i] < 0 && word_in(t, i, "monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
                                             "tonight|january|february|march|april|may|june|july|august|september|"
                                             "october|november|december");
}

/* Is verb v passive: "was arrested", "who were hired", "forces led by X"? */
static int passive(const tree *t, int v) {
    if (child(t, v, t->r->aux_pass) >= 0 || child(t, v, t->r->nsubj_pass) >= 0) return 1;
    /* "was arrested in 2019 and convicted of spying": a past form with
     * neither subject nor object of its own, coordinated with a passive,
     * is a participle under the same auxiliary, however the tagger read
     * it (VBD) */
    if (t->xpos[v] != t->r->vbn && lab(t, v, t->r->conj) && t->head[v] >= 0 && t->xpos[v] == t->r->vbd &&
        child(t, v, t->r->nsubj) < 0 && child(t, v, t->r->obj) < 0)
        return passive(t, t->head[v]);
    if (t->xpos[v] != t->r->vbn) return 0;
    /* a participle modifying a noun, or coordinated with a passive verb
     * ("was arrested and charged") */
    if (lab(t, v, t->r->acl)) return 1;
    if (lab(t, v, t->r->conj) && t->head[v] >= 0 && child(t, v, t->r->nsubj) < 0) return passive(t, t->head[v]);
    return 0;
}

/* The subject a set noun is said of: "X was one of 14 people convicted",
 * "X and Y were among 20 defendants charged" -- the people a participle
 * or relative clause describes include the copula's subject.  Returns
 * that nominal, or h itself. */
static int set_member(const tree *t, int h) {
    const rels *r = t->r;
    if (h < 0 || t->s->at[h] >= 0 || (t->upos[h] != r->noun && t->upos[h] != r->pron)) return h;
    int x = h;
    /* "one of the people ...": the number word holds the copula */
    if (lab(t, h, r->nmod) && has_case(t, h, "of") && t->head[h] >= 0 &&
        word_in(t, t->head[h], "one|two|three|four|five|six|several|some|many|each|all|both|none|most"))
        x = t->head[h];
    else if (!has_case(t, h, "among"))
        return h;
    if (child(t, x, r->cop) < 0) return h;
    int sj = child(t, x, r->nsubj);
    return sj >= 0 && t->s->at[sj] >= 0 ? sj : h;
}

/* The logical subject (*agent) and patient of verb v as nominals (-1 when
 * absent): its own subject; else, for a verb without one, its head's
 * ("X was accused of conspiring to kill", "X was arrested and charged"),
 * the noun a relative clause or a participle modifies ("X, who was born in
 * Y", "forces led by X"). */
static void subject(const tree *t, int v, int *agent, int *patient) {
    const rels *r = t->r;
    int pas = passive(t, v);
    *agent = *patient = -1;
    int sj = child(t, v, r->nsubj), sp = child(t, v, r->nsubj_pass);
    /* "X said Tuesday that Y killed Z": the parser may take the day for
     * a second subject; the other one is the clause's */
    if (sj >= 0 && s_time_word(t, sj))
        for (int c = t->next[sj]; c >= 0; c = t->next[c])
            if (lab(t, c, r->nsubj)) { sj = c; break; }
    int rel = lab(t, v, r->acl_relcl) || lab(t, v, r->acl);
    int h = t->head[v];
    /* "a company that prosecutors say was created by Y": a relative
     * pronoun of a clause reported inside the relative clause stands for
     * the relative clause's noun */
    if (!rel && lab(t, v, r->ccomp) && h >= 0 && lab(t, h, r->acl_relcl) && t->head[h] >= 0 &&
        ((sj >= 0 && word_in(t, sj, "who|which|that")) || (sp >= 0 && word_in(t, sp, "who|which|that")) ||
         /* (the parser may take the pronoun for the saying's object) */
         (sj < 0 && sp < 0 && child(t, h, r->obj) >= 0 && word_in(t, child(t, h, r->obj), "who|which|that"))) &&
        child(t, h, r->nsubj) >= 0 && !word_in(t, child(t, h, r->nsubj), "who|which|that")) {
        rel = 1;
        h = t->head[h];
    }
    /* "an attack in Niger that killed Y": a restrictive relative clause
     * after a place's name modifies the noun the place is said of (the
     * parser often hangs it on the nearer name) */
    if (rel && h >= 0 && sj >= 0 && word_in(t, sj, "that") && is_place(t, h) && lab(t, h, r->nmod) &&
        t->head[h] >= 0 && t->upos[t->head[h]] == r->noun)
        h = t->head[h];
    /* a relative pronoun stands for the noun the clause modifies */
    if (rel && h >= 0) {
        /* ("a founding member of the Qassam Brigades who had lived in Y":
         * "who" stands for a person, and a verb of a person's life wants
         * one; a body's or a place's name the parser hung it on is not
         * its antecedent) */
        int hm = t->s->at[h];
        if (sj >= 0 && word_in(t, sj, "who") && hm >= 0 && !t->s->ms[hm].pron &&
            word_in(t, v, "live|lived|lives|living|reside|resided|resides|residing|born|grew|raised|stayed|settled|"
                          "moved|fled|studied|worked|travelled|traveled") &&
            (t->s->ms[hm].type == TL_ORG || t->s->ms[hm].type == TL_GPE || t->s->ms[hm].type == TL_LOC ||
             t->s->ms[hm].type == TL_FAC))
            return;
        if (sj >= 0 && word_in(t, sj, "who|which|that")) sj = h;
        if (sp >= 0 && word_in(t, sp, "who|which|that")) sp = h;
        int o = child(t, v, r->obj);
        if (o >= 0 && word_in(t, o, "whom|who|which|that")) {
            *patient = h; /* "X, whom Y recruited" */
        } else if (sj < 0 && sp < 0) {
            if (pas) {
                *patient = set_member(t, h);
            } else if (lab(t, v, r->acl_relcl) || t->xpos[v] == r->vbg) {
                *agent = h;
            }
        }
    }
    if (sj >= 0) *agent = sj;
    if (sp >= 0) *patient = sp;
    if (*agent >= 0 || (*patient >= 0 && pas)) return;
    /* inherited: up through controlled and coordinated verbs */
    int cur = v;
    for (int d = 0; d < 3 && h >= 0; d++) {
        /* "Police arrested X, suspected of leading Y": a past participle
         * set after the object of the verb it hangs on, with no subject
         * of its own, describes that object (the parser reads it as a
         * parataxis as often as a clause on the noun) */
        if (lab(t, cur, r->parataxis) && t->xpos[cur] == r->vbn && child(t, cur, r->nsubj) < 0 &&
            child(t, cur, r->obj) < 0) {
            int o = child(t, h, r->obj);
            if (o >= 0 && o < cur && t->s->at[o] >= 0 && t->s->ms[t->s->at[o]].type == TL_PERSON) {
                if (cur == v) *patient = o;
                else if (!pas) *agent = o;
                return;
            }
        }
        /* a verb set beside another without a subject of its own shares
         * its subject: "X attacks a base, kills three soldiers" */
        if (!(lab(t, cur, r->xcomp) || lab(t, cur, r->conj) || lab(t, cur, r->advcl) ||
              (lab(t, cur, r->parataxis) && t->xpos[cur] != r->vbn && t->xpos[cur] != r->vbg)))
            return;
        /* "X, which Y set up in 2011, operates in Z": a verb the parser
         * hung beside a relative clause's is the main clause's, not the
         * relative's (whose subject is someone else) */
        if (lab(t, cur, r->parataxis) && (lab(t, h, r->acl_relcl) || lab(t, h, r->acl))) return;
        if (lab(t, cur, r->advcl) && t->xpos[cur] != r->vbg && child(t, cur, r->case_) < 0) {
            /* a finite adverbial clause without a subject is a misparse */
            int mk = t->first[cur];
            int marked = 0;
            for (; mk >= 0; mk = t->next[mk]) marked |= word_in(t, mk, "to|of|after|before|by|for|while");
            if (!marked) {
                /* ("X, which emerged in Y, also claimed Z" read with the
                 * relative clause's verb as the root and the main verb
                 * hung on it: the root's two subjects, a name and the
                 * relative pronoun after it, give the name) */
                int name = -1, relp = 0;
                for (int c = t->first[h]; c >= 0; c = t->next[c])
                    if (lab(t, c, r->nsubj) && c < cur) {
                        if (word_in(t, c, "which|who|that")) relp = name >= 0;
                        else if (t->s->at[c] >= 0 && name < 0) name = c;
                    }
                if (cur == v && relp && name >= 0 && !pas) *agent = name;
                return;
            }
        }
        /* "OFAC designated X for providing", "charged X with supplying":
         * a gerund after "for" or "with" on a verb with an object is the
         * object's doing (a common noun: no name does it) */
        if (lab(t, cur, r->advcl) && t->xpos[cur] == r->vbg && !pas) {
            int fw = 0;
            for (int mk = t->first[cur]; mk >= 0; mk = t->next[mk])
                fw |= (lab(t, mk, r->mark) || lab(t, mk, r->case_)) && word_in(t, mk, "for|with");
            int o = fw ? child(t, h, r->obj) : -1;
            if (o >= 0) {
                *agent = o;
                return;
            }
        }
        /* "X obtained jobs, the ministry said, funneling money to Y": a
         * participle the parser hung on a parenthetical verb of saying is
         * the main clause's ("..., the ministry said, adding that" is the
         * speaker's) */
        if (lab(t, cur, r->advcl) && t->xpos[cur] == r->vbg && lab(t, h, r->parataxis) &&
            word_in(t, h, TL_CUE_REPORTING_VERBS) && !word_in(t, cur, TL_CUE_REPORTING_VERBS "|adding|noting|citing") &&
            t->head[h] >= 0) {
            h = t->head[h];
            continue;
        }
        /* "helping two women travel to Syria", "persuaded X to join Y":
         * a verb controlled by one of causing or bidding is its object's
         * doing (not the verb "hire" or "send": a crew's deed is also
         * its hirer's) */
        /* (the parser reads "urged his supporters to attack Y" as a
         * clause of purpose as often: an adverbial clause opened by "to") */
        int to_clause = lab(t, cur, r->xcomp);
        if (!to_clause && lab(t, cur, r->advcl))
            for (int mk = t->first[cur]; mk >= 0 && !to_clause; mk = t->next[mk])
                to_clause = lab(t, mk, r->mark) && word_in(t, mk, "to");
        if (to_clause && !pas &&
            word_in(t, h, "help|helps|helped|helping|let|lets|letting|make|makes|made|making|persuade|persuades|"
                          "persuaded|persuading|convince|convinces|convinced|convincing|encourage|encourages|"
                          "encouraged|encouraging|urge|urges|urged|urging|allow|allows|allowed|allowing|enable|"
                          "enables|enabled|enabling|force|forces|forced|forcing|ask|asks|asked|asking|tell|tells|"
                          "told|telling|order|orders|ordered|ordering|instruct|instructs|instructed|instructing")) {
            int o = child(t, h, r->obj);
            if (o >= 0) {
                *agent = o;
                return;
            }
        }
        /* "called on Muslims to join Y", "appealed to his followers to
         * surrender": the one called on or appealed to */
        if (to_clause && !pas && word_in(t, h, "call|calls|called|calling|appeal|appeals|appealed|appealing")) {
            for (int c = t->first[h]; c >= 0; c = t->next[c])
                if ((lab(t, c, r->obl) || lab(t, c, r->nmod)) && (has_case(t, c, "on") || has_case(t, c, "to")) && c < cur) {
                    *agent = c;
                    return;
                }
        }
        int hs = child(t, h, r->nsubj), hp = child(t, h, r->nsubj_pass);
        int x = hs >= 0 ? hs : hp;
        if (x >= 0) {
            if (pas) *patient = x;
            else *agent = x;
            return;
        }
        cur = h;
        h = t->head[h];
    }
}

/* The speaker a pronoun p, subject of verb v or possessor of its subject,
 * stands for: "Hamas said it killed Y", "X said he had joined Y", "X said
 * its strikes killed Y": the named subject of the verb whose
 * clause complement v is (over controlled and coordinated verbs: "said
 * it had tried to kill"), when the pronoun fits it ("it" a state or an
 * organization, "they" an organization, "he"/"she" a person).  Returns
 * the speaker's nominal, else p. */
static int speaker(const tree *t, int v, int p) {
    const rels *r = t->r;
    tl_fsent *s = t->s;
    /* a pronoun resolved to the focus of the sentences before yields to
     * the speaker named in its own */
    if (p < 0 || t->upos[p] != r->pron || (s->at[p] >= 0 && !s->ms[s->at[p]].pron)) return p;
    unsigned fit = word_in(t, p, "it|its") ? (1u << TL_ORG | 1u << TL_GPE)
                   : word_in(t, p, "they|their") ? 1u << TL_ORG
                   : word_in(t, p, "he|she") ? 1u << TL_PERSON : 0;
    if (!fit) return p;
    int cur = v;
    for (int d = 0; d < 3 && t->head[cur] >= 0; d++) {
        int h = t->head[cur];
        if (lab(t, cur, r->ccomp)) {
            if (!word_in(t, h, TL_CUE_REPORTING_VERBS)) return p;
            int x = child(t, h, r->nsubj), ms[MAX_ARGS];
            /* the speaker's name, or the one its noun stands for ("an
             * affiliate of Y, X, said") */
            int n = x >= 0 ? collect(t, x, ms, 0, 0, NULL) : 0;
            return n == 1 && !s->ms[ms[0]].pron && (fit >> s->ms[ms[0]].type & 1) ? x : p;
        }
        if (!(lab(t, cur, r->xcomp) || lab(t, cur, r->conj))) return p;
        cur = h;
    }
    return p;
}

/* The passive agent of v: "by X" as obl:agent, or an obl with "by". */
static int agent_of(const tree *t, int v) {
    for (int c = t->first[v]; c >= 0; c = t->next[c])
        if (lab(t, c, t->r->obl_agent) || ((lab(t, c, t->r->obl) || lab(t, c, t->r->nmod)) && has_case(t, c, "by")))
            return c;
    return -1;
}

/* A prepositional argument of i introduced by one of list, through
 * relation l1 or l2, or -1. */
static int prep_arg(const tree *t, int i, const char *list, int l1, int l2) {
    if (!list) return -1;
    for (int c = t->first[i]; c >= 0; c = t->next[c])
        if ((lab(t, c, l1) || lab(t, c, l2)) && has_case(t, c, list)) {
            /* "claimed the attack in a statement on Telegram": a phrase
             * after a noun of a message between is the message's, where
             * the parser hangs it */
            for (int k = i + 1; k < c; k++)
                if (tl_fact_w(t->s, t->s->sb + (uint32_t)k, TL_FACT_MESSAGE_NOUNS)) return -1;
            return c;
        }
    /* "the killing of Pedro Diaz" parsed with "of" heading the name (the
     * preposition hung on the noun, the name on the preposition): the
     * name is the argument all the same */
    for (int c = t->first[i]; c >= 0; c = t->next[c]) {
        if (c <= i || !word_in(t, c, list)) continue;
        for (int n = t->first[c]; n >= 0; n = t->next[n])
            if (n > c && t->s->at[n] >= 0) return n;
    }
    return -1;
}

/* Has a candidate from before this pass (index < nframe) joined entities
 * ea and eb (either way), or, for a one-role type, given e0 that type? */
static int framed(const tl_fsent *s, int nframe, int type, int32_t ea, int32_t eb) {
    for (int k = 0; k < nframe; k++) {
        const tl_fcand *c = &s->cands[k];
        int32_t a = c->m[0] >= 0 ? s->ms[c->m[0]].ent : -1, b = c->m[1] >= 0 ? s->ms[c->m[1]].ent : -1;
        if (eb < 0) {
            if (c->type == type && a == ea) return 1;
        } else if ((a == ea && b == eb) || (a == eb && b == ea)) {
            return 1;
        }
    }
    return 0;
}

/* "X, a critic of President Y who lives in Z": for a verb of a relative
 * clause ("who", "which", "that" right before it, past auxiliaries), the
 * word frames' subject stands when they joined another to the same
 * object (the parser hangs the clause on the nearest name).  Can't
 * fail. */
static int relative_taken(const tl_fsent *s, int nframe, int type, uint32_t trig, int32_t e0, int32_t e1) {
    if (e1 < 0) return 0;
    uint32_t r = trig;
    while (r > s->sb && tl_fact_w(s, r - 1, "has|have|had|is|was|were|are|been|be|also|still|now")) r--;
    if (r <= s->sb || !tl_fact_w(s, r - 1, "who|which|that")) return 0;
    for (int k = 0; k < nframe; k++) {
        const tl_fcand *c = &s->cands[k];
        if (c->type == type && c->trig == trig && c->m[0] >= 0 && c->m[1] >= 0 && s->ms[c->m[1]].ent == e1 &&
            s->ms[c->m[0]].ent != e0)
            return 1;
    }
    return 0;
}

static int in_list(const int *l, int n, int m) {
    for (int k = 0; k < n; k++)
        if (l[k] == m) return 1;
    return 0;
}

static int country(const tl_fsent *s, int32_t e) {
    const tl_entity *x = &s->d->entities[e];
    return x->type == TL_GPE && (tl_gaz_lookup(s->g, x->name.ptr, x->name.len) & TL_GAZ_COUNTRY);
}

static int one_role(int type) { return type == TL_ARRESTED || type == TL_CHARGED || type == TL_EXTRADITED; }

/* Emits the facts of frame f at trigger token i (relative) whose subject
 * role's nominal is sj and object role's ob (-1 absent), prepositional
 * nominals pa, pb: every mention each stands for, pairs no earlier
 * candidate joined. */
static void emit_frame(const tree *t, const tl_trig *f, int i, int sj, int ob, int pa, int pb, int nframe) {
    tl_fsent *s = t->s;
    int ls[MAX_ARGS], lo[MAX_ARGS], la[MAX_ARGS], lb[MAX_ARGS];
    /* an attack's sides may be groups told by their people or weapons; so
     * may a fight's ("X is fighting the Malian army") */
    const char *g = f->type == TL_ATTACKED || f->type == TL_OPPOSES ? TL_CUE_ATTACK_GROUP_NOUNS : NULL;
    const char *gs = f->type == TL_ATTACKED && f->subj == 0 ? TL_CUE_ATTACK_EVENT_NOUNS : NULL;
    int ns = sj >= 0 ? collect(t, sj, ls, 0, 0, g) : 0, no = ob >= 0 ? collect(t, ob, lo, 0, 0, g) : 0;
    int na = pa >= 0 ? collect(t, pa, la, 0, 0, g) : 0, nb = pb >= 0 ? collect(t, pb, lb, 0, 0, g) : 0;
    if (!ns && sj >= 0 && gs) ns = collect(t, sj, ls, 0, 0, gs);
    /* "for A, the former president of Y, and his brother B": a name after
     * the trigger word and a noun of kin is that noun's, not the
     * trigger's subject */
    /* (and "his business partner, B", the noun set off by a comma and
     * qualified by a word or two) */
    if (ns) {
        int o = 0;
        for (int k = 0; k < ns; k++) {
            uint32_t b = s->ms[ls[k]].tb, n = b - 1;
            if (n > s->sb + (uint32_t)i + 1 && tl_fact_is(s, n, ",")) n--;
            int own = 0;
            if (n > s->sb + (uint32_t)i + 1 && tl_fact_w(s, n, TL_CUE_POSSESSED_PERSON_NOUNS))
                for (uint32_t q = n - 1; q > s->sb + (uint32_t)i && q + 4 > n && !own; q--) {
                    own = tl_fact_w(s, q, "his|her|their");
                    if (!(s->d->tokens[q].flags & TL_TOK_ALPHA)) break;
                }
            if (!own) ls[o++] = ls[k];
        }
        ns = o;
    }
    /* roles -> lists */
    int *lists[4] = {NULL, NULL, NULL, NULL}, counts[4] = {0, 0, 0, 0};
    if (f->subj >= 0 && ns) lists[f->subj] = ls, counts[f->subj] = ns;
    if (f->obj >= 0 && no) lists[f->obj] = lo, counts[f->obj] = no;
    if (f->role_a >= 0 && na && !lists[f->role_a]) lists[f->role_a] = la, counts[f->role_a] = na;
    if (f->role_b >= 0 && nb && !lists[f->role_b]) lists[f->role_b] = lb, counts[f->role_b] = nb;
    int type = f->type;
    if (!counts[0] || (!one_role(type) && !counts[1])) return;
    /* "Goma fell to M23": only a place falls, only to a body or a people
     * (tl_fact.c frame_surf reads the words; "Berlin fell to X in the
     * vote" takes nothing) */
    if (type == TL_ATTACKED && f->kind == TL_TK_SURF && f->subj == 1) {
        for (int k = 0; k < counts[1]; k++) {
            int ty = s->ms[lists[1][k]].type;
            if (ty != TL_GPE && ty != TL_LOC && ty != TL_FAC) return;
        }
        for (int k = 0; k < counts[0]; k++)
            if (s->ms[lists[0][k]].type != TL_ORG && s->ms[lists[0][k]].type != TL_NORP) return;
    }
    /* "used a firm to move Iranian oil to Syria": a verb that also
     * carries things, with a common noun as its object, moves goods */
    if (type == TL_TRAVELED_TO && f->obj < 0 && word_in(t, i, TL_TRIG_CARRY_VERBS)) {
        int o = child(t, i, t->r->obj);
        if (o >= 0 && t->upos[o] == t->r->noun) return;
    }
    if (type == TL_CHARGED && word_in(t, i, "accuse|accuses|accused|accusing")) {
        /* anyone may accuse; a charge needs an authority as the accuser */
        int au = 0;
        for (int k = 0; k < counts[2]; k++) au |= s->ms[lists[2][k]].type == TL_ORG || s->ms[lists[2][k]].type == TL_GPE;
        if (!au) return;
    }
    /* ("after his brothers were jailed": the brothers, whom no name
     * stands for) */
    if ((type == TL_ARRESTED || type == TL_CHARGED || type == TL_EXTRADITED) && tl_fact_kin_subject(s, s->sb + (uint32_t)i))
        return;
    /* (a name of the dateline, "KARACHI, Pakistan (Reuters) -", is no
     * argument of the story's verbs, however the parser hung it) */
    uint32_t dl = tl_fact_dateline_end(s);
    if (dl > s->sb) {
        for (int r = 0; r < 4; r++) {
            int o = 0;
            for (int q = 0; q < counts[r]; q++)
                if (s->ms[lists[r][q]].tb >= dl) lists[r][o++] = lists[r][q];
            counts[r] = o;
        }
        if (!counts[0] || (!one_role(type) && !counts[1])) return;
    }
    int n1 = one_role(type) ? 1 : counts[1];
    int a2 = counts[2] ? lists[2][0] : -1, from = counts[3] ? lists[3][0] : -1;
    uint32_t trig = s->sb + (uint32_t)i;
    for (int x = 0; x < counts[0]; x++)
        for (int y = 0; y < n1; y++) {
            int a0 = lists[0][x], a1 = one_role(type) ? -1 : lists[1][y];
            int32_t e0 = s->ms[a0].ent, e1 = a1 >= 0 ? s->ms[a1].ent : -1;
            if (e0 == e1 || framed(s, nframe, type, e0, e1) || relative_taken(s, nframe, type, trig, e0, e1)) continue;
            /* ("The airstrike that killed X also killed Y": the parser
             * may hang X on the second verb as its subject) */
            if (f->subj >= 0 && f->subj < 2) {
                int sm = f->subj == 0 ? a0 : a1;
                if (sm >= 0 && s->ms[sm].te <= trig && trig < s->ms[sm].te + 3 && !s->ms[sm].pron &&
                    tl_fact_relative_object(s, s->ms[sm].tb))
                    continue;
            }
            /* one coordination on both sides is a misparse ("A, B and C
             * fought in D" does not put A in B) */
            if (a1 >= 0 && (in_list(lists[0], counts[0], a1) || in_list(lists[1], counts[1], a0))) continue;
            if (type == TL_SUPPORTS && a1 >= 0 && tl_fact_trade_to_state(s, trig, a1)) continue;
            /* a secretary is a person ("Mr. PACE (Secretary of the
             * Commission)", however the name was typed) */
            if (type == TL_MEMBER_OF && s->ms[a0].type != TL_PERSON && word_in(t, i, "secretary")) continue;
            /* a country is located in nothing the text names */
            if (type == TL_LOCATED_IN && country(s, e0)) continue;
            /* "captured Goma" attacks a place, "captured X" arrests a
             * person */
            if ((type == TL_ATTACKED || type == TL_ARRESTED) && tl_fact_w(s, trig, TL_FACT_TAKE_VERBS)) {
                /* (the taker named after the verb is a misparse of a list:
                 * "capturing Goma ... and Bukavu") */
                if (type == TL_ATTACKED && (a1 < 0 || s->ms[a0].tb > trig)) continue;
                int tt = s->ms[type == TL_ATTACKED ? a1 : a0].type;
                if ((tt == TL_GPE || tt == TL_LOC || tt == TL_FAC) != (type == TL_ATTACKED)) continue;
            }
            tl_fact_emit(s, type, a0, a1, a2, from, trig, f->status);
            /* ("X was detained along with two accomplices, A and B") */
            if (x == 0 && y == 0) {
                int args[4] = {a0, a1, a2, from};
                tl_fact_along_with(s, type, args, trig, f->status);
            }
        }
}

/* An attack noun e that is the object of a verb of doing
 * (cues/attack_support_verbs.txt: "X launched attacks on Y", "X tried to
 * carry out the assassination of Y") or the subject of its passive ("the
 * bombing was carried out by X") has that verb's doer as its attacker
 * (*sj, when the noun names none), and the verb's "on"/"against"
 * argument as its target (*tg, when the noun has none: the parser hangs
 * the preposition on either).  Any other verb ("condemned the attack")
 * tells nothing of who attacked. */
static void support_verb(const tree *t, int e, int *sj, int *tg) {
    const rels *r = t->r;
    /* "X spearheaded attacks, including the abduction of Y", "X carried
     * out the bombing and the kidnapping of Y": a noun listed under or
     * beside the verb's object shares its verb */
    for (int d = 0; d < 3 && t->head[e] >= 0 && t->upos[t->head[e]] == r->noun; d++) {
        /* "carried out dozens of attacks": the count is the verb's object */
        int count = lab(t, e, r->nmod) && has_case(t, e, "of") &&
                    word_in(t, t->head[e], "dozens|hundreds|scores|series|wave|waves|string|spate|number|couple|handful");
        if (!(count || lab(t, e, r->conj) || lab(t, e, r->appos) || (lab(t, e, r->nmod) && has_case(t, e, "including"))))
            break;
        e = t->head[e];
    }
    int v = t->head[e];
    /* "X killed 21 people in an attack on Y": the attack a verb of harm
     * was done in is its subject's */
    if (*sj < 0 && v >= 0 && t->upos[v] == r->verb && lab(t, e, r->obl) && has_case(t, e, "in") && !passive(t, v) &&
        word_in(t, v, "killed|kills|kill|killing|wounded|wounds|injured|injures|murdered|slaughtered|massacred")) {
        int ag, pt;
        subject(t, v, &ag, &pt);
        *sj = ag;
        return;
    }
    if (*sj >= 0 || v < 0 || t->upos[v] != r->verb || !word_in(t, v, TL_CUE_ATTACK_SUPPORT_VERBS)) return;
    /* "including" hung on the verb lists what its object holds */
    if ((lab(t, e, r->obj) || (lab(t, e, r->obl) && has_case(t, e, "including"))) && !passive(t, v)) {
        int ag, pt;
        subject(t, v, &ag, &pt);
        *sj = ag;
    } else if (lab(t, e, r->nsubj_pass)) {
        *sj = agent_of(t, v);
    } else {
        return;
    }
    if (*tg < 0) *tg = prep_arg(t, v, "on|against", r->obl, r->nmod);
}

/* The possessor of event noun e ("X's attack"), -1 when none or a time
 * ("last year's assassination", "Sunday's attack": no doer, and the
 * possessor would keep the tree from looking further). */
static int poss_doer(const tree *t, int e) {
    int p = child(t, e, t->r->nmod_poss);
    if (p >= 0 && t->s->at[p] < 0 &&
        word_in(t, p, "year|week|month|day|night|weekend|decade|monday|tuesday|wednesday|thursday|friday|"
                      "saturday|sunday|today|yesterday"))
        return -1;
    return p;
}

/* Who answers for the attack noun e: "X claimed responsibility for the
 * attack" (the phrase hung on the verb or on "responsibility"), "X was
 * behind / responsible for / involved in the attack", "an attack
 * attributed to X".
 * Returns the nominal, or -1. */
/* The possessor a band's noun stands for: "Zindashti's network" is
 * Zindashti's doing; n itself otherwise.  Can't fail. */
static int band_owner(const tree *t, int n) {
    if (n < 0 || t->s->at[n] >= 0 || !word_in(t, n, "network|group|gang|cell|organization|organisation|men|henchmen"))
        return n;
    int p = child(t, n, t->r->nmod_poss);
    return p >= 0 && t->s->at[p] >= 0 ? p : n;
}

static int answers_for(const tree *t, int e) {
    const rels *r = t->r;
    /* "X was behind the attacks": the noun heads the copula clause (often
     * the root) */
    if (has_case(t, e, "behind") && child(t, e, r->cop) >= 0) return band_owner(t, child(t, e, r->nsubj));
    int h = t->head[e];
    if (h < 0) return -1;
    /* "X was behind a wave of sabotage attacks": the noun of number heads
     * the clause */
    if (has_case(t, e, "of") && has_case(t, h, "behind") && child(t, h, r->cop) >= 0 &&
        word_in(t, h, "wave|waves|string|series|spate|campaign|rash|number|slew|spree|run|flurry|succession"))
        return band_owner(t, child(t, h, r->nsubj));
    /* "X was the mastermind behind the attacks", "X, the architect of the
     * bombing,": the author of the attack noun answers for it */
    if ((has_case(t, e, "behind") || has_case(t, e, "of")) && t->upos[h] == r->noun &&
        word_in(t, h, "mastermind|masterminds|architect|architects|organizer|organizers|organiser|organisers|"
                      "planner|planners|perpetrator|perpetrators|instigator|instigators")) {
        if (child(t, h, r->cop) >= 0) return child(t, h, r->nsubj);
        if (lab(t, h, r->appos) && t->head[h] >= 0) return t->head[h];
        return -1;
    }
    /* "wanted for his role in the bombings", "X's role in the attack":
     * the one whose role it is */
    if (has_case(t, e, "in") && t->upos[h] == r->noun && word_in(t, h, "role|part|involvement|participation")) {
        int p = child(t, h, r->nmod_poss);
        if (p >= 0) return p;
    }
    /* "the assassination was blamed on X", "the attack is attributed to X" */
    if (lab(t, e, r->nsubj_pass) && t->upos[h] == r->verb && word_in(t, h, "attributed|blamed")) {
        int x = prep_arg(t, h, "to|on", r->obl, r->nmod);
        if (x >= 0) return x;
    }
    /* "an attack attributed to X", "the bombings blamed on X" (the
     * parser may hang the participle on the verb the noun depends on) */
    for (int k = 0; k < 2; k++) {
        int o = k ? h : e;
        if (k && !lab(t, e, r->obl)) break;
        for (int c = t->first[o]; c >= 0; c = t->next[c])
            if ((lab(t, c, r->acl) || lab(t, c, r->advcl)) && c > e && word_in(t, c, "attributed|blamed")) {
                int x = prep_arg(t, c, "to|on", r->obl, r->nmod);
                if (x >= 0) return x;
            }
    }
    /* "X was involved in the assassination", "X is believed to have been
     * involved in it": who took part answers for it (passive or not) */
    /* "X took part / participated in the attack": so did X */
    int took = t->upos[h] == r->verb && word_in(t, h, "take|takes|took|taken|taking");
    if (took) {
        int o = child(t, h, r->obj);
        took = o >= 0 && word_in(t, o, "part");
    } else if (word_in(t, h, "part") && lab(t, h, r->obj) && t->head[h] >= 0 &&
               word_in(t, t->head[h], "take|takes|took|taken|taking")) {
        h = t->head[h];
        took = 1;
    }
    /* "X has been linked to the poisoning of Y", "tied to the killing" */
    if ((has_case(t, e, "in") &&
         (took || word_in(t, h, "involved|implicated|participated|participate|participates|participating"))) ||
        (has_case(t, e, "to") && t->upos[h] == r->verb && word_in(t, h, "linked|tied|connected"))) {
        int ag, pt;
        subject(t, h, &ag, &pt);
        return ag >= 0 ? ag : pt;
    }
    if (!has_case(t, e, "for")) return -1;
    /* "X was responsible for the attack" */
    if (word_in(t, h, "responsible") && child(t, h, r->cop) >= 0) return child(t, h, r->nsubj);
    /* "officials blamed X for the attack", "X was blamed for it": the one
     * blamed answers for it (the modality pass reads the accusation) */
    if (t->upos[h] == r->verb && word_in(t, h, "blame|blames|blamed|blaming")) {
        if (passive(t, h)) {
            int ag, pt;
            subject(t, h, &ag, &pt);
            return pt;
        }
        int o = child(t, h, r->obj);
        /* an odd-shaped name ("al-Shabaab") may be read as an adverb: the
         * name between the verb and the phrase is the one blamed */
        for (int c = t->first[h]; c >= 0 && o < 0; c = t->next[c])
            if (c > h && c < e && t->s->at[c] >= 0 && !lab(t, c, r->nsubj)) o = c;
        return o;
    }
    int v = -1;
    if (word_in(t, h, "responsibility|credit") && lab(t, h, r->obj)) v = t->head[h];
    else if (t->upos[h] == r->verb) {
        int o = child(t, h, r->obj);
        if (o >= 0 && word_in(t, o, "responsibility|credit")) v = h;
    }
    if (v < 0 || passive(t, v)) return -1;
    int ag, pt;
    subject(t, v, &ag, &pt);
    return ag;
}

/* The place an "at" phrase on token x (labelled lb) names as an attack's
 * site: "a bombing at a mosque in Kunduz" (the unnamed site's place),
 * "at Kabul airport" (a named place before the site's noun), "at the
 * Crocus City Hall" (the site itself); or -1.  Can't fail. */
static int site_at(const tree *t, int x, int lb) {
    const rels *r = t->r;
    int at = prep_arg(t, x, "at", lb, lb);
    if (at < 0) return -1;
    if (t->s->at[at] >= 0) return is_place(t, at) ? at : -1;
    int pl = prep_arg(t, at, "in", r->nmod, r->nmod);
    if (pl >= 0) return pl;
    int cp = child(t, at, r->compound);
    return cp >= 0 && is_place(t, cp) ? cp : -1;
}

/* Does the sentence tell whom the attack noun e hit some other way: a
 * clause on it ("a strike in Baghdad that killed X") or a verb of harm it
 * is the circumstance of ("X were killed in a drone attack in Jordan")?
 * Then a place it is "in" is only where it happened. */
static int victims_told(const tree *t, int e) {
    const rels *r = t->r;
    /* a clause naming whom it hit ("that killed X", "that killed two
     * Israeli soldiers"); "which killed over 160 people" names no one */
    for (int c = t->first[e]; c >= 0; c = t->next[c])
        if ((lab(t, c, r->acl_relcl) || lab(t, c, r->acl)) && t->upos[c] == r->verb) {
            int o = child(t, c, r->obj), out[MAX_ARGS];
            if (o < 0 || collect(t, o, out, 0, 0, TL_CUE_ATTACK_GROUP_NOUNS) > 0) return 1;
        }
    int h = t->head[e];
    if (t->s->at[e] >= 0) return 0;
    return h >= 0 && t->upos[h] == r->verb && (lab(t, e, r->obl) || lab(t, e, r->nmod)) && has_case(t, e, "in|during") &&
           !word_in(t, h, "involved|implicated|participated|participate|participates|participating");
}

/* The attacker an attack noun e names: its possessor, "by" argument, the
 * doer of the verb it is the object of, or who answers for it.  -1. */
static int event_attacker(const tree *t, int e) {
    const rels *r = t->r;
    int sj = poss_doer(t, e);
    if (sj < 0) sj = prep_arg(t, e, "by", r->nmod, r->nmod);
    int tg = 0; /* the target is not asked for */
    if (sj < 0) support_verb(t, e, &sj, &tg);
    if (sj < 0) sj = answers_for(t, e);
    if (sj < 0) sj = tl_fact_atk_attacker(t->s, e);
    /* "An attack by X killed Y": read from the words where the parser
     * hung "by X" elsewhere (often as a second subject of the verb) */
    if (sj < 0 && (size_t)e + 2 < t->n && word_in(t, e + 1, "by")) {
        int k = e + 2;
        if (word_in(t, k, "the") && (size_t)k + 1 < t->n) k++;
        int m = t->s->at[k];
        if (m >= 0 && !t->s->ms[m].pron && t->s->ms[m].tb == t->s->sb + (uint32_t)k &&
            (t->s->ms[m].type == TL_ORG || t->s->ms[m].type == TL_PERSON || t->s->ms[m].type == TL_GPE))
            sj = k;
    }
    return sj;
}

/* The frames of trigger token i (relative) read from the tree. */
static void tree_trigger(const tree *t, int i, int nframe) {
    tl_fsent *s = t->s;
    const rels *r = t->r;
    const tl_trig *fr[6];
    int is_past = 0;
    size_t nf = tl_trig_lookup(s->c->lex, s->low[i], s->len[i], fr, 6, &is_past);
    int u = t->upos[i];
    int verb = u == r->verb, noun = u == r->noun || u == r->propn;
    for (size_t k = 0; k < nf; k++) {
        const tl_trig *f = fr[k];
        int want = tl_trig_pos_of(f);
        if ((want == TL_TP_VERB && !verb) || (want == TL_TP_NOUN && !noun)) continue;
        /* "control" takes a place only after a verb of taking ("seized
         * control of Y"): the word frames read it (not "the Taliban control
         * of Afghanistan") */
        if (f->type == TL_ATTACKED && f->kind == TL_TK_EVENT && tl_fact_w(s, s->sb + (uint32_t)i, "control|controls")) continue;
        if (f->kind == TL_TK_VERB || f->kind == TL_TK_SURF) {
            if (!verb && !(u == r->adj)) continue;
            if (f->part) continue; /* particle verbs: the word frames read them */
            /* "found" founds only after "to" or "help" (tl_fact_found_base) */
            if (f->type == TL_FOUNDED && !tl_fact_found_base(s, s->sb + (uint32_t)i)) continue;
            int ag, pt;
            subject(t, i, &ag, &pt);
            int sj, ob;
            if (f->kind == TL_TK_SURF) {
                /* read as written: whatever the subject is, it is the subject;
                 * giving or sending supports only with the thing given a
                 * support ("sold his car to Y" is no support) */
                if (f->type == TL_SUPPORTS && f->subj == 0 && !tl_fact_support_noun_after(s, s->sb + (uint32_t)i))
                    continue;
                /* "X was fired at Y" is a dismissal; "rockets were fired
                 * at Y" name no one who fired them */
                if (f->type == TL_ATTACKED && passive(t, i)) continue;
                /* "used its veto against Y" is no attack: a weapon used */
                if (f->type == TL_ATTACKED && f->prep_a && !strcmp(f->prep_a, "against") &&
                    !tl_fact_weapon_after(s, s->sb + (uint32_t)i))
                    continue;
                sj = ag >= 0 ? ag : pt;
                ob = -1;
            } else if (passive(t, i)) {
                sj = agent_of(t, i);
                ob = pt;
                /* "Y was killed in an attack attributed to X", "... in a
                 * French strike": the attack's side did the killing */
                int e = -1; /* the attack noun among the "in" arguments ("In January, ... in an attack") */
                /* (any relation: the tagger may take "ambush" for an adverb,
                 * its "in" still marks it) */
                for (int c = t->first[i]; c >= 0 && e < 0 && f->type == TL_ATTACKED && sj < 0; c = t->next[c])
                    if (has_case(t, c, "in") && s->at[c] < 0 && word_in(t, c, TL_CUE_ATTACK_EVENT_NOUNS)) e = c;
                if (e >= 0)
                    sj = modifier_name(t, e, TL_CUE_ATTACK_EVENT_NOUNS) >= 0 ? e : event_attacker(t, e);
                /* "Y was killed in a shootout with gunmen from X": the other
                 * side of the fight */
                for (int c = t->first[i]; c >= 0 && e < 0 && sj < 0 && f->type == TL_ATTACKED; c = t->next[c])
                    if (has_case(t, c, "in") && s->at[c] < 0 &&
                        word_in(t, c, "shootout|gunfight|firefight|clash|clashes|confrontation|skirmish"))
                        sj = prep_arg(t, c, "with", r->nmod, r->nmod);
            } else {
                sj = speaker(t, i, ag);
                /* "X, which Washington accuses of financing Y": the one
                 * accused, not the accuser */
                int ra = i > 0 && tl_fact_ing(s, s->sb + (uint32_t)i)
                             ? tl_fact_relative_accused(s, s->sb + (uint32_t)i - 1)
                             : -1;
                if (ra >= 0) sj = (int)(s->ms[ra].te - 1 - s->sb);
                if (ra == TL_FACT_UNNAMED) sj = -1;
                /* "claimed the attack, which killed Y": the relative
                 * pronoun stands for the attack noun before it, however
                 * the parser hung the clause */
                if (f->type == TL_ATTACKED && sj > 1 && s->at[sj] < 0 && word_in(t, sj, "which|that")) {
                    int n = word_in(t, sj - 1, ",") ? sj - 2 : sj - 1;
                    if (s->at[n] < 0 && word_in(t, n, TL_CUE_ATTACK_EVENT_NOUNS)) sj = n;
                }
                /* "the attack that killed Y", "the bombing killed Y": who
                 * did the attack did the killing, unless the noun names
                 * its side itself ("a French strike": emit_frame) */
                /* a weapon too: "X said its aircraft struck Y" */
                if (f->type == TL_ATTACKED && sj >= 0 && s->at[sj] < 0 &&
                    (word_in(t, sj, TL_CUE_ATTACK_EVENT_NOUNS) || word_in(t, sj, TL_CUE_ATTACK_WEAPON_NOUNS)) &&
                    modifier_name(t, sj, TL_CUE_ATTACK_EVENT_NOUNS) < 0) {
                    int pp = child(t, sj, r->nmod_poss), a = pp >= 0 ? speaker(t, i, pp) : -1;
                    if (a == pp) a = event_attacker(t, sj);
                    if (a >= 0) sj = a;
                }
                ob = child(t, i, r->obj);
                /* "X, which Y opposed": the relative pronoun is X */
                if (ob >= 0 && pt >= 0 && word_in(t, ob, "whom|who|which|that")) ob = pt;
            }
            int pa = prep_arg(t, i, f->prep_a, r->obl, r->nmod), pb = prep_arg(t, i, f->prep_b, r->obl, r->nmod);
            if (f->type == TL_ASSOCIATE_OF && f->kind == TL_TK_SURF &&
                !tl_fact_associate_surf_ok(s, s->sb + (uint32_t)i, pa >= 0 ? s->at[pa] : -1))
                continue;
            emit_frame(t, f, i, sj, ob, pa, pb, nframe);
        } else if (f->kind == TL_TK_EVENT) {
            if (f->type == TL_ASSOCIATE_OF) continue; /* "links to Y": the word frame reads "have" and denials */
            /* "Y requested the extradition of X" */
            if (f->type == TL_EXTRADITED && lab(t, i, r->obj) && t->head[i] >= 0 &&
                word_in(t, t->head[i], TL_FACT_TRANSFER_PENDING_VERBS))
                continue;
            /* "X's attack on Y", "the murder of Y by X" */
            int e = i;
            /* "the assassination attempt on Y": the phrase's head takes the arguments */
            if (f->type == TL_ATTACKED && lab(t, i, r->compound) && t->head[i] > i &&
                word_in(t, t->head[i], TL_CUE_ATTACK_ATTEMPT_NOUNS))
                e = t->head[i];
            int sj = poss_doer(t, e);
            if (sj < 0) sj = prep_arg(t, e, "by", r->nmod, r->nmod);
            int sj_told = sj >= 0; /* a possessor or "by": the text's own doer */
            int ob = prep_arg(t, e, "of", r->nmod, r->nmod);
            if (f->type == TL_ATTACKED && ob >= 0 && s->at[ob] < 0) {
                int x = tl_fact_atk_appos(s, e, ob); /* "the murder of the governor, X" */
                if (x >= 0) ob = x;
            }
            int pa = prep_arg(t, e, f->prep_a, r->nmod, r->nmod), pb = prep_arg(t, e, f->prep_b, r->nmod, r->nmod);
            if (f->type == TL_ATTACKED) {
                /* the target: "on"/"against" also after nouns whose frame
                 * reads it with "of" ("the assassination attempt on Y") */
                int *tg = f->role_a == 1 ? &pa : &ob;
                if (*tg < 0) *tg = prep_arg(t, e, "on|against", r->nmod, r->nmod);
                support_verb(t, e, &sj, tg);
                if (sj < 0) sj = answers_for(t, e);
                /* "a Y plot", "claimed by X"; "X was the target of ..." (tl_fact_atk.c) */
                if (sj < 0) sj = tl_fact_atk_attacker(s, e);
                /* "the killing of X in a U.S. drone strike": the side of
                 * the attack the killing was done in, as for "X was killed
                 * in a U.S. strike" */
                for (int c = t->first[e]; c >= 0 && sj < 0; c = t->next[c])
                    if (c != e && has_case(t, c, "in") && s->at[c] < 0 && word_in(t, c, TL_CUE_ATTACK_EVENT_NOUNS)) {
                        sj = modifier_name(t, c, TL_CUE_ATTACK_EVENT_NOUNS) >= 0 ? c : event_attacker(t, c);
                        break;
                    }
                if (*tg < 0) *tg = tl_fact_atk_target_of(s, e);
                /* "X survived an attack by Y": who survived was its target */
                if (*tg < 0 && lab(t, e, r->obj) && t->head[e] >= 0 &&
                    word_in(t, t->head[e], "survive|survives|survived|surviving|escaped|escapes|escape|escaping")) {
                    int ag, pt;
                    subject(t, t->head[e], &ag, &pt);
                    *tg = ag;
                }
                /* "X was behind the attacks in Mumbai", "arson attacks
                 * across Europe": with its side named and no target, an
                 * attack noun's place is what it hit */
                if (*tg < 0 && sj >= 0 && !victims_told(t, e)) {
                    int pl = prep_arg(t, e, "in|across", r->nmod, r->nmod);
                    /* "a bombing at a mosque in Kunduz": the place of the
                     * unnamed site it hit */
                    if (pl < 0) pl = site_at(t, e, r->nmod);

                    /* "X carried out a bombing in Y", "X claimed the attacks
                     * in Y": the parser may hang the place on the verb
                     * whose object the noun is */
                    int v = t->head[e];
                    if (pl < 0 && v >= 0 && lab(t, e, r->obj) && t->upos[v] == r->verb &&
                        word_in(t, v, "carried|carries|carry|carrying|committed|commits|commit|committing|conduct|"
                                      "conducted|conducting|conducts|executed|launch|launched|launches|launching|"
                                      "mounted|perpetrated|staged|unleashed|claimed|claims|claim|claiming"))
                        pl = prep_arg(t, v, "in|across", r->obl, r->nmod);
                    if (pl < 0 && v >= 0 && lab(t, e, r->obj) && t->upos[v] == r->verb &&
                        word_in(t, v, "carried|carries|carry|carrying|committed|commits|commit|committing|conduct|"
                                      "conducted|conducting|conducts|perpetrated|staged"))
                        pl = site_at(t, v, r->obl);
                    /* "in the Afghan city of Kunduz": the place the kind
                     * noun names */
                    if (pl >= 0 && !is_place(t, pl) && word_in(t, pl, TL_CUE_KIND_PLACE_NOUNS)) {
                        int of = prep_arg(t, pl, "of", r->nmod, r->nmod);
                        if (of >= 0 && is_place(t, of)) pl = of;
                    }
                    /* the parser may hang the clause on the place */
                    if (pl >= 0 && is_place(t, pl) && !victims_told(t, pl)) *tg = pl;
                }
                /* "X was convicted of the murder of Y"; "Israel sentenced him
                 * to life for the murder of Y": the one sentenced, over the
                 * court's side */
                int o, v = !sj_told ? tl_fact_atk_culprit(s, e, &o) : -1;
                if (v >= 0 && o >= 0) sj = o;
                else if (sj >= 0) v = -1;
                else if (v >= 0) {
                    int ag, pt;
                    subject(t, v, &ag, &pt);
                    /* (a passive's subject the parser labelled as an
                     * active one: "had previously been charged") */
                    sj = band_owner(t, (passive(t, v) && pt >= 0) || ag < 0 ? pt : ag);
                }
            }
            emit_frame(t, f, i, sj, ob, pa, pb, nframe);
        } else if (f->kind == TL_TK_REL) {
            /* the holder: "X, the leader of Y" (appos), "the leader of Y,
             * X", "X is the leader of Y" (subject of the copula) */
            int h = -1;
            if (lab(t, i, r->appos) && t->head[i] >= 0) h = t->head[i];
            if (h < 0) h = child(t, i, r->appos);
            if (h < 0 && child(t, i, r->cop) >= 0) h = child(t, i, r->nsubj);
            if (h < 0) continue;
            int ob = prep_arg(t, i, "of", r->nmod, r->nmod);
            if (ob < 0) ob = child(t, i, r->nmod_poss);
            emit_frame(t, f, i, h, ob, -1, -1, nframe);
        }
    }
}

/* Can a frame of the sentence's trigger words join mentions no candidate
 * joins yet: a trigger with the part of speech its frame wants (as the
 * word tagger saw it), and mentions of the types its roles take?  Most
 * sentences with two names and a trigger word fail this, and the parse
 * is the costliest step of the fact pass.  Can't fail. */
static int worth_parsing(const tl_fsent *s, int nframe) {
    for (uint32_t k = 0; k < s->se - s->sb; k++) {
        if (!s->is_trig[k] || s->at[k] >= 0) continue;
        const tl_trig *fr[6];
        int is_past = 0;
        size_t nf = tl_trig_lookup(s->c->lex, s->low[k], s->len[k], fr, 6, &is_past);
        int tg = s->tag[k];
        int verbal = tg == TL_POS_VERB || tg == TL_POS_VBD || tg == TL_POS_VBN || tg == TL_POS_VBG ||
                     tg == TL_POS_VERB_PRES;
        int nominal = tg == TL_POS_NOUN || tg == TL_POS_PROPN;
        for (size_t f = 0; f < nf; f++) {
            const tl_trig *t = fr[f];
            if (t->kind == TL_TK_ADJ || t->part) continue;
            /* (giving or sending supports only with the thing given: the
             * tree pass asks the same, tree_trigger) */
            if (t->kind == TL_TK_SURF && t->type == TL_SUPPORTS && t->subj == 0 &&
                !tl_fact_support_noun_after(s, s->sb + k))
                continue;
            int want = tl_trig_pos_of(t);
            if (tg && ((want == TL_TP_VERB && !verbal) || (want == TL_TP_NOUN && !nominal))) continue;
            unsigned cls = tl_fscore_class_of(t->type, 0);
            if (!cls) continue;
            for (int a = 0; a < s->nm; a++) {
                const tl_fment *x = &s->ms[a];
                if (x->virt) continue;
                if (one_role(t->type)) {
                    if (tl_fscore_fits(cls, x->type, -1) && !framed(s, nframe, t->type, x->ent, -1)) return 1;
                    continue;
                }
                for (int b = 0; b < s->nm; b++) {
                    const tl_fment *y = &s->ms[b];
                    if (y->virt || y->ent == x->ent || !tl_fscore_fits(cls, x->type, y->type)) continue;
                    if (!framed(s, nframe, -1, x->ent, y->ent)) return 1;
                }
            }
        }
    }
    return 0;
}

int tl_fact_tree(tl_fsent *s) {
    uint32_t n = s->se - s->sb;
    if (n < 3 || n > TREE_MAX_WORDS) return 0;
    /* Only a sentence with a trigger word whose frame can join mentions no
     * candidate joins yet is worth a parse: two named entities for a
     * two-role type, one for a one-role type ("X was arrested in 2019 and
     * later convicted": the second verb's subject is the first's). */
    int nframe = s->nc;
    if (!worth_parsing(s, nframe)) return 0;
    int p = tl_fact_parse(s);
    if (p <= 0) return p;
    const tl_dep_tree dt = s->dt;
    tree t;
    t.s = s;
    t.r = &s->c->dep_rels;
    t.n = dt.n;
    t.head = dt.head;
    t.label = dt.label;
    t.upos = dt.upos;
    t.xpos = dt.xpos;
    tl_fact_children(dt.head, (int)dt.n, t.first, t.next);
    for (uint32_t k = 0; k < n; k++)
        if (s->is_trig[k] && s->at[k] < 0) tree_trigger(&t, (int)k, nframe);
    return 0;
}

/* Is word k (text w) of a name: inside a mention of a person, body, place
 * or event, capitalized ("Islamic", "FARC", "Ürümqi") or an Arabic
 * article's prefix before one ("al-Shabaab")?  Function words inside a
 * name ("of", "the") and a nationality's adjective stay as tagged. */
static int name_word(const tl_fsent *s, uint32_t k, const tl_str *w) {
    int mi = s->at[k];
    /* ("the al-Qaeda-linked group", "pro-Hamas": a name fused with a
     * modifier is no name word) */
    if (mi < 0 || w->len == 0 || s->ms[mi].mod) return 0;
    int ty = s->ms[mi].type;
    if (ty != TL_PERSON && ty != TL_ORG && ty != TL_GPE && ty != TL_LOC && ty != TL_FAC && ty != TL_EVENT) return 0;
    const unsigned char *p = (const unsigned char *)w->ptr;
    /* "I've", "I’m": a pronoun and its verb in one token */
    if (p[0] == 'I' && w->len > 1 && (p[1] == '\'' || p[1] == 0xE2)) return 0;
    if (p[0] >= 'A' && p[0] <= 'Z')
        /* a capitalized word of a closed class stays one ("The Hague", a
         * stray "I" a name's span swallowed) */
        return !tl_fact_w(s, s->sb + k, "the|a|an|of|and|for|in|on|at|to|by|with|from|as|or|but|if|so|i|me|my|we|our|"
                                        "you|your|he|him|his|she|her|it|its|they|them|their|this|that|these|those|"
                                        "who|what|when|where|why|how|there|here|not|no|yes|oh|hi");
    if (p[0] >= 0xC3) return 1;
    size_t h = 0;
    while (h < w->len && h < 3 && p[h] >= 'a' && p[h] <= 'z') h++;
    return h > 0 && h + 1 < w->len && p[h] == '-' && p[h + 1] >= 'A' && p[h + 1] <= 'Z';
}

/* Does relative token k follow a source's verb that follows a relative
 * pronoun and one to three words of a source ("who prosecutors say",
 * "which Western officials believe", "who police said")?  Can't fail. */
static int source_after_relative(const tl_fsent *s, uint32_t k) {
    uint32_t v = s->sb + k - 1;
    if (!tl_fact_w(s, v, "say|says|said|believe|believes|believed|allege|alleges|alleged|claim|claims|contend|contends"))
        return 0;
    for (uint32_t j = v - 1, d = 0; j > s->sb && d < 3; j--, d++) {
        if (tl_fact_is_punct(s, j)) return 0;
        if (tl_fact_w(s, j - 1, "who|which|whom")) return 1;
    }
    return 0;
}

/* Does token k, a word in -s, follow a person's name set off by commas
 * after a common noun, before an article, a possessive or a name ("His
 * brother, Ramzan Kadyrov, heads the republic")?  The closing comma makes
 * the tagger read the word a plural noun in a list of appositions; a list
 * has no article after its noun.  Can't fail. */
static int after_apposed_person(const tl_fsent *s, uint32_t k) {
    if (k < 4 || k + 1 >= s->se - s->sb || !tl_fact_w(s, s->sb + k - 1, ",")) return 0;
    int mi = s->at[k - 2];
    if (mi < 0 || s->ms[mi].type != TL_PERSON) return 0;
    uint32_t j = k - 2;
    while (j > 0 && s->at[j - 1] == mi) j--;
    if (j < 2 || !tl_fact_w(s, s->sb + j - 1, ",") || s->at[j - 2] >= 0 || tl_fact_is_punct(s, s->sb + j - 2)) return 0;
    const tl_token *t = &s->d->tokens[s->sb + k];
    const char *w = s->d->text + t->start;
    if (w[0] < 'a' || w[0] > 'z') return 0;
    return s->at[k + 1] >= 0 || tl_fact_w(s, s->sb + k + 1, "the|a|an|his|her|its|their");
}

int tl_fact_parse(tl_fsent *s) {
    if (s->parsed) return s->parsed > 0;
    uint32_t n = s->se - s->sb;
    s->parsed = -1;
    if (n < 3 || n > TREE_MAX_WORDS) return 0;
    int oom = 0;
    const tl_dep_model *m = tree_model(s->c, &oom);
    if (!m) {
        if (oom) s->parsed = 0;
        return oom ? -1 : 0;
    }
    tl_str words[TREE_MAX_WORDS];
    for (uint32_t k = 0; k < n; k++) {
        const tl_token *tk = &s->d->tokens[s->sb + k];
        words[k].ptr = s->d->text + tk->start;
        words[k].len = tk->end - tk->start;
    }
    tl_arena *ar = tl_arena_new(16384);
    if (!ar) { s->parsed = 0; return -1; }
    /* The worker's memo, made on its first parse (the parser loads
     * lazily, so the workspace can't make it up front); out of memory it
     * stays NULL and the words are scored in full: the same trees. */
    tl_dep_cache *dc = NULL;
    if (s->dep_cache) {
        if (!*s->dep_cache) *s->dep_cache = tl_dep_cache_new(m, TL_DEP_CACHE_SLOTS);
        dc = *s->dep_cache;
    }
    /* The recognizer's names are proper nouns to the parser: the tagger
     * alone reads "United" a verb, "Islamic" an adjective and "al-Shabaab"
     * after "took over" an adverb, and the tree around them goes astray. */
    /* A capitalized first word the recognizer took for no name is no
     * name to the parser either, when its tagger reads one there (it made
     * "Gunmen affiliated with X attacked Y" a name and a verb); an acronym,
     * or a word before another capitalized one (a title, a name the
     * recognizer missed), stays as tagged. */
    uint8_t fix[TREE_MAX_WORDS];
    for (uint32_t k = 0; k < n; k++) fix[k] = name_word(s, k, &words[k]) ? TL_DEP_FIX_NAME : 0;
    const tl_token *t0 = &s->d->tokens[s->sb];
    if (s->at[0] < 0 && (t0->flags & TL_TOK_UPPER) && words[0].len > 2 && words[0].ptr[1] >= 'a' &&
        words[0].ptr[1] <= 'z' && !(s->d->tokens[s->sb + 1].flags & TL_TOK_UPPER))
        fix[0] = TL_DEP_FIX_COMMON;
    /* "X, who prosecutors say heads Y": after a source's words inside a
     * relative clause, a word in -s is the clause's verb (the tagger
     * read "say heads" as a verb and its object); so after a name set
     * off as an apposition, before an article ("His brother, X, heads
     * the ...") */
    for (uint32_t k = 3; k < n; k++)
        if (!fix[k] && words[k].len > 3 && words[k].ptr[words[k].len - 1] == 's' &&
            (source_after_relative(s, k) || after_apposed_person(s, k)))
            fix[k] = TL_DEP_FIX_VERB;
    if (tl_dep_parse_named(m, dc, words, n, fix, ar, &s->dt) != TL_OK) { /* fails only out of memory */
        tl_arena_free(ar);
        s->parsed = 0;
        return -1;
    }
    s->dar = ar;
    s->dm = m;
    s->parsed = 1;
    return 1;
}

#define AUX_FORMS                                                                                  \
    "be|is|am|are|was|were|been|being|'s|'re|'m|have|has|had|having|'ve|'d|do|does|did|doing|done"

/* The POS tag (tl_pos.h, whose classes follow the Brown corpus) of a word
 * the parser tagged with Penn tag x and universal tag u: forms of "be",
 * "have" and "do" are auxiliaries whatever their use, a present verb
 * other than the third person singular a plain verb, as in Brown. */
static int brown_tag(const char *x, const char *u, const tl_fsent *s, uint32_t i) {
    /* (s NULL: the word is not asked, brown_init builds the table) */
    if (strcmp(u, "AUX") == 0 || (s && x[0] == 'V' && x[1] == 'B' && tl_fact_w(s, i, AUX_FORMS))) return TL_POS_AUX;
    if (strcmp(u, "PUNCT") == 0 || strcmp(x, "HYPH") == 0) return TL_POS_PUNCT;
    if (strcmp(u, "SCONJ") == 0) return TL_POS_SCONJ;
    /* "launched an offensive against Y": the two taggers disagree, and
     * the universal one reads the noun the determiner wants */
    if (x[0] == 'J' && x[1] == 'J' && strcmp(u, "NOUN") == 0) return TL_POS_NOUN;
    static const struct { const char *ptb; unsigned char tag; } map[] = {
        {"NN", TL_POS_NOUN}, {"NNS", TL_POS_NOUN}, {"NNP", TL_POS_PROPN}, {"NNPS", TL_POS_PROPN},
        {"VB", TL_POS_VERB}, {"VBP", TL_POS_VERB}, {"VBZ", TL_POS_VERB_PRES}, {"VBD", TL_POS_VBD},
        {"VBN", TL_POS_VBN}, {"VBG", TL_POS_VBG}, {"MD", TL_POS_MD},
        {"JJ", TL_POS_ADJ}, {"JJR", TL_POS_ADJ}, {"JJS", TL_POS_ADJ},
        {"RB", TL_POS_ADV}, {"RBR", TL_POS_ADV}, {"RBS", TL_POS_ADV}, {"WRB", TL_POS_ADV},
        {"IN", TL_POS_ADP}, {"DT", TL_POS_DET}, {"PDT", TL_POS_DET},
        {"PRP", TL_POS_PRON}, {"PRP$", TL_POS_PRON}, {"WP", TL_POS_PRON}, {"WP$", TL_POS_PRON}, {"EX", TL_POS_PRON},
        {"CD", TL_POS_NUM}, {"CC", TL_POS_CONJ}, {"TO", TL_POS_PART}, {"RP", TL_POS_PART},
        {"POS", TL_POS_POSS}, {"WDT", TL_POS_WDT},
    };
    for (size_t k = 0; k < sizeof map / sizeof map[0]; k++)
        if (strcmp(x, map[k].ptb) == 0) return map[k].tag;
    /* a Penn tag of no class ("GW", "FW", "AFX", "NFP"): the universal
     * tag's ("Wagner mercenary X": GW and NOUN) */
    static const struct { const char *ud; unsigned char tag; } umap[] = {
        {"NOUN", TL_POS_NOUN}, {"PROPN", TL_POS_PROPN}, {"VERB", TL_POS_VERB}, {"ADJ", TL_POS_ADJ},
        {"ADV", TL_POS_ADV},   {"ADP", TL_POS_ADP},     {"DET", TL_POS_DET},   {"PRON", TL_POS_PRON},
        {"NUM", TL_POS_NUM},   {"CCONJ", TL_POS_CONJ},  {"PART", TL_POS_PART},
    };
    for (size_t k = 0; k < sizeof umap / sizeof umap[0]; k++)
        if (strcmp(u, umap[k].ud) == 0) return umap[k].tag;
    return TL_POS_X;
}

/* The word-free part of brown_tag for every (XPOS, UPOS) pair of the
 * model, TL_FACT_BROWN_AUX set where a verb tag makes a form of be, have
 * or do an auxiliary, and the hash of each label's name.  A model with
 * too many classes gets no table (dep_n_upos or dep_n_labels 0: read name
 * by name).  Can't fail. */
static void brown_init(tl_fact_ctx *c) {
    const tl_dep_model *m = c->dep;
    unsigned nx = tl_dep_n_xpos(m), nu = tl_dep_n_upos(m);
    c->dep_n_upos = 0;
    if (nu == 0 || (size_t)nx * nu > TL_FACT_BROWN_MAX) return;
    for (unsigned x = 0; x < nx; x++)
        for (unsigned u = 0; u < nu; u++) {
            const char *xn = tl_dep_xpos_name(m, x), *un = tl_dep_upos_name(m, u);
            uint8_t tag = (uint8_t)brown_tag(xn, un, NULL, 0);
            if (xn[0] == 'V' && xn[1] == 'B' && tag != TL_POS_AUX) tag |= TL_FACT_BROWN_AUX;
            c->dep_brown[x * nu + u] = tag;
        }
    c->dep_n_upos = nu;
    unsigned nl = tl_dep_n_labels(m);
    c->dep_n_labels = 0;
    if (nl > TL_FACT_LABELS_MAX) return;
    for (unsigned l = 0; l < nl; l++) {
        const char *nm = tl_dep_label_name(m, l);
        c->dep_label_hash[l] = tl_percep_hash(nm, strlen(nm), 13);
    }
    c->dep_n_labels = nl;
}

int tl_fact_parse_tags(tl_fsent *s) {
    int p = tl_fact_parse(s);
    if (p <= 0) return p;
    uint32_t n = s->se - s->sb;
    if (s->dt.n != n) return 0;
    const tl_fact_ctx *c = s->c;
    for (uint32_t k = 0; k < n; k++) {
        if (c->dep_n_upos) {
            uint8_t t = c->dep_brown[s->dt.xpos[k] * c->dep_n_upos + s->dt.upos[k]];
            if ((t & TL_FACT_BROWN_AUX) && tl_fact_w(s, s->sb + k, AUX_FORMS)) t = TL_POS_AUX;
            s->tag[k] = (uint8_t)(t & ~TL_FACT_BROWN_AUX);
        } else {
            s->tag[k] = (uint8_t)brown_tag(tl_dep_xpos_name(s->dm, s->dt.xpos[k]),
                                           tl_dep_upos_name(s->dm, s->dt.upos[k]), s, s->sb + k);
        }
        s->d->tokens[s->sb + k].pos = s->tag[k];
    }
    return 1;
}

void tl_fact_parse_labels(const tl_fsent *s, uint32_t *out) {
    const tl_dep_model *m = s->dm;
    const tl_fact_ctx *c = s->c;
    for (size_t k = 0; k < s->dt.n; k++) {
        if (s->dt.label[k] < c->dep_n_labels) {
            out[k] = c->dep_label_hash[s->dt.label[k]];
            continue;
        }
        const char *nm = tl_dep_label_name(m, s->dt.label[k]);
        out[k] = tl_percep_hash(nm, strlen(nm), 13);
    }
}

void tl_fact_parse_done(tl_fsent *s) {
    if (s->dar) tl_arena_free(s->dar);
    s->dar = NULL;
    s->parsed = 0;
}
