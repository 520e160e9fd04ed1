/* tl_coref.c -- coreference inside a document: pronouns and definite descriptions linked to named entities.
 *
 * One pass over the sentences in text order keeps, for the entities named
 * lately, how salient each is (Lappin & Leass style): named in this
 * sentence or the last ones, named as a clause subject, named often.  Each
 * anaphor ("he", "its", "the company", "the former minister") takes the
 * most salient entity whose type, gender and description fit, when that
 * entity leads the next one clearly; a resolved anaphor then counts as a
 * mention of its entity, so "X ... He ... He" stays with X.  A description
 * whose head word was said of an entity ("X, a Cyprus-registered company";
 * "the militia" after "Y Militia") prefers that entity.
 */
#include "tl_coref.h"
#include "tl_trig.h"
#include "tl_tok.h"
#include "tl_cues.h"
#include <stdlib.h>
#include <string.h>

#define RECENT 32     /* entities remembered, most recent first */
#define WORD 24       /* longest word compared (bytes) */
#define MARGIN 40     /* the winner must lead the runner-up by this much */

enum { G_NONE = 0, G_F = 1, G_M = 2 };

#define P_ (1u << TL_PERSON)
#define O_ (1u << TL_ORG)
#define G_ (1u << TL_GPE)

/* What the pass remembers of one entity. */
typedef struct {
    uint32_t sent;   /* sentence of the last mention */
    uint32_t par;    /* its paragraph */
    uint32_t end;    /* the token after the last mention */
    uint32_t count;  /* mentions so far (names and resolved anaphors) */
    uint64_t desc;   /* hashed descriptor words said of it ("company", "minister") */
    uint8_t subj;    /* the last mention was a clause subject */
    uint8_t gender;  /* G_* */
    uint8_t seen;
} ent_state;

/* The coreference nouns (data/lexicon/cues/coref_*.txt) by kind: a word
 * may be in several lists ("man" is a person and a male noun). */
enum { N_ORG = 1, N_PERSON = 2, N_PLACE = 4, N_MALE = 8, N_FEMALE = 16 };

/* tl_coref_linked_word: tl_coref.h */
int tl_coref_linked_word(const tl_doc *d, uint32_t k) {
    const char *w = d->text + d->tokens[k].start;
    size_t n = d->tokens[k].end - d->tokens[k].start;
    const char *h = memchr(w, '-', n);
    if (!h || h == w) return 0;
    size_t tl = n - (size_t)(h + 1 - w);
    static const char *const sfx[] = {"linked", "backed", "affiliated", "aligned", "allied", "inspired", "funded",
                                      "sponsored", "supported"};
    for (size_t i = 0; i < sizeof sfx / sizeof *sfx; i++)
        if (tl == strlen(sfx[i]) && memcmp(h + 1, sfx[i], tl) == 0) return 1;
    return 0;
}

/* One lookup answers every list at once.  Coreference asks about every
 * word of every name, the words around it and every lower-case word of
 * every sentence: searching the three lists in turn was a sixth of all
 * extraction instructions on real prose.  Open addressing over FNV-1a
 * hashes; the lists are fixed and small (NOUN_SLOTS is more than twice
 * their words). */
#define NOUN_SLOTS 256
typedef struct {
    const char *w;  /* the word inside its list string; NULL: empty slot */
    uint8_t n;      /* its length */
    uint8_t kinds;  /* N_* */
} noun_slot;

/* The table, with a bit filter in front of it: bit noun_key(w) is set for
 * every list word, so a word whose bit is clear is in no list and skips
 * the hash and the probe (coreference asks about every lower-case word of
 * every sentence; few are coreference nouns). */
#define NOUN_FILT_BITS 1024
typedef struct {
    noun_slot slot[NOUN_SLOTS];
    uint64_t filt[NOUN_FILT_BITS / 64];
} noun_table;

typedef struct {
    const tl_doc *d;
    const tl_gaz *g;
    ent_state *es;
    int32_t recent[RECENT];
    int n_recent;
    uint32_t par;    /* paragraph of the sentence being read */
    /* 1 + the sentence whose subject is a description of a body left
     * unresolved ("The group took part in ..."), 0 when none */
    uint32_t anon_subj;
    tl_coref *out;
    noun_table nouns;
} pass;

/* The lower-case form of token k into w (WORD bytes); its length, 0 when too long. */
static size_t lower(const tl_doc *d, uint32_t k, char *w) {
    const tl_token *t = &d->tokens[k];
    size_t n = t->end - t->start;
    if (n == 0 || n >= WORD) return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d->text[t->start + i];
        w[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    w[n] = 0;
    /* a curly apostrophe's 's is the plain one */
    if (n == 4 && (unsigned char)w[0] == 0xE2 && (unsigned char)w[1] == 0x80 && (unsigned char)w[2] == 0x99) {
        w[0] = '\'';
        w[1] = w[3];
        w[2] = 0;
        n = 2;
    }
    return n;
}

static int is(const tl_doc *d, uint32_t k, uint32_t end, const char *list) {
    char w[WORD];
    if (k >= end) return 0;
    size_t n = lower(d, k, w);
    return n && tl_trig_in_list(list, w, n);
}

static uint64_t desc_bit(const char *w, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)w[i]) * 16777619u;
    return (uint64_t)1 << (h & 63);
}

static uint32_t noun_hash(const char *w, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)w[i]) * 16777619u;
    return h;
}

/* The filter bit of a lower-case word of n bytes (n >= 1) from its length,
 * first and last bytes, which tell apart most words of the text from the
 * list words. */
static uint32_t noun_key_of(size_t n, unsigned char first, unsigned char last) {
    return ((uint32_t)n * 131u + first * 7u + last) & (NOUN_FILT_BITS - 1);
}

static uint32_t noun_key(const char *w, size_t n) {
    return noun_key_of(n, (unsigned char)w[0], (unsigned char)w[n - 1]);
}

/* Adds every word of the '|'-separated list with kind bit `kind`. */
static void nouns_add(noun_table *nt, const char *list, uint8_t kind) {
    noun_slot *t = nt->slot;
    while (*list) {
        const char *e = strchr(list, '|');
        size_t n = e ? (size_t)(e - list) : strlen(list);
        if (n > 0 && n < WORD) {
            uint32_t i = noun_hash(list, n) & (NOUN_SLOTS - 1);
            /* the table has room for every list word (see NOUN_SLOTS) */
            while (t[i].w && !(t[i].n == n && memcmp(t[i].w, list, n) == 0)) i = (i + 1) & (NOUN_SLOTS - 1);
            t[i].w = list;
            t[i].n = (uint8_t)n;
            t[i].kinds |= kind;
            uint32_t fk = noun_key(list, n);
            nt->filt[fk >> 6] |= 1ull << (fk & 63);
        }
        list += n + (e ? 1 : 0);
    }
}

static void nouns_init(noun_table *t) {
    memset(t, 0, sizeof *t);
    nouns_add(t, TL_CUE_COREF_ORG_NOUNS, N_ORG);
    nouns_add(t, TL_CUE_COREF_PERSON_NOUNS, N_PERSON);
    nouns_add(t, TL_CUE_COREF_PLACE_NOUNS, N_PLACE);
    nouns_add(t, TL_CUE_COREF_MALE_NOUNS, N_MALE);
    nouns_add(t, TL_CUE_COREF_FEMALE_NOUNS, N_FEMALE);
}

/* The N_* lists word w[0..n) is in (0: none).  Can't fail. */
static unsigned noun_kinds(const noun_table *nt, const char *w, size_t n) {
    if (n == 0 || n >= WORD) return 0;
    uint32_t fk = noun_key(w, n);
    if (!(nt->filt[fk >> 6] >> (fk & 63) & 1)) return 0;
    const noun_slot *t = nt->slot;
    uint32_t i = noun_hash(w, n) & (NOUN_SLOTS - 1);
    for (; t[i].w; i = (i + 1) & (NOUN_SLOTS - 1))
        if (t[i].n == n && memcmp(t[i].w, w, n) == 0) return t[i].kinds;
    return 0;
}

/* Can token k (raw bytes, n of them, n >= 1) be a coreference noun once
 * lowered?  0 when its filter bit (noun_key of the lowered word) is clear:
 * reads two bytes instead of copying the word. */
static int noun_maybe(const noun_table *nt, const tl_doc *d, uint32_t k) {
    const tl_token *t = &d->tokens[k];
    size_t n = t->end - t->start;
    unsigned char f = (unsigned char)d->text[t->start], l = (unsigned char)d->text[t->end - 1];
    if (f >= 'A' && f <= 'Z') f = (unsigned char)(f + 32);
    if (l >= 'A' && l <= 'Z') l = (unsigned char)(l + 32);
    uint32_t fk = noun_key_of(n, f, l);
    return nt->filt[fk >> 6] >> (fk & 63) & 1;
}

static int noun_of_any_kind(const noun_table *t, const char *w, size_t n) {
    return (noun_kinds(t, w, n) & (N_ORG | N_PERSON | N_PLACE)) != 0;
}

#define PREPS "of|in|at|from|on|with|for|by|to|near|into|against|about|over|under|after|before|during|" \
              "since|through|between|among|within|across|toward|towards|via|than|like|as"

/* The gender an entity's name tells: its first word as a given name of one
 * gender only, or a title right before a mention ("Mr", "Mrs"). */
static uint8_t name_gender(const pass *p, const tl_mention *m) {
    const tl_doc *d = p->d;
    if (m->tok_begin > 0) {
        uint32_t k = m->tok_begin - 1;
        if (k > 0 && d->tokens[k].end - d->tokens[k].start == 1 && d->text[d->tokens[k].start] == '.') k--;
        if (is(d, k, d->n_tokens, "mr|sir|lord|king|prince|father|brother|sheikh")) return G_M;
        if (is(d, k, d->n_tokens, "mrs|ms|miss|madam|lady|queen|princess|sister")) return G_F;
    }
    if (!p->g) return G_NONE;
    const tl_str *nm = &d->entities[m->entity].name;
    size_t n = 0;
    while (n < nm->len && nm->ptr[n] != ' ') n++;
    if (n == nm->len) return G_NONE; /* a single word is as often a surname */
    uint32_t f = tl_gaz_lookup(p->g, nm->ptr, n);
    if (!(f & TL_GAZ_GIVEN)) return G_NONE;
    int fem = (f & TL_GAZ_GIVEN_F) != 0, male = (f & TL_GAZ_GIVEN_M) != 0;
    return fem && !male ? G_F : male && !fem ? G_M : G_NONE;
}

/* Marks entity e as just named (or referred to) in sentence si. */
static void touch(pass *p, int32_t e, uint32_t si, uint32_t end, int subj) {
    ent_state *x = &p->es[e];
    x->sent = si;
    x->end = end;
    x->par = p->par;
    x->subj = (uint8_t)subj;
    x->count++;
    x->seen = 1;
    int k = 0;
    while (k < p->n_recent && p->recent[k] != e) k++;
    if (k == p->n_recent) {
        if (p->n_recent < RECENT) p->n_recent++;
        k = p->n_recent - 1;
    }
    memmove(p->recent + 1, p->recent, (size_t)k * sizeof *p->recent);
    p->recent[0] = e;
}

/* Is token k, at the start of a clause of its sentence [sb, se), in
 * subject position: at most three words after the sentence start or a
 * clause boundary, the first name of its clause (prev: the token after
 * the last name or anaphor before it, sb for none), not after a
 * preposition, and not a possessor. */
/* The clause boundaries subject_at looks for. */
#define BOUNDS ",|;|:|and|but|that|because|when|while|after|before|said|says|\"|“"

/* Can token k be one of BOUNDS?  By its first byte (lower-cased) and its
 * length, before a copy and a list search: , ; : " (1 byte), and after
 * (a 3, 5), but because before (b 3, 7, 6), that (t 4), when while (w 4,
 * 5), said says (s 4), “ (3 bytes). */
static int bound_maybe(const tl_doc *d, uint32_t k) {
    const tl_token *t = &d->tokens[k];
    size_t n = t->end - t->start;
    if (n == 0) return 0;
    unsigned char c = (unsigned char)d->text[t->start];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    switch (c) {
    case ',': case ';': case ':': case '"': return n == 1;
    case 'a': return n == 3 || n == 5;
    case 'b': return n == 3 || n == 6 || n == 7;
    case 't': return n == 4;
    case 'w': return n == 4 || n == 5;
    case 's': return n == 4;
    case 0xE2: return n == 3;
    default: return 0;
    }
}

static int subject_at(const tl_doc *d, uint32_t k, uint32_t te, uint32_t sb, uint32_t se, uint32_t prev) {
    /* The clause test first: it fails most often (names in a row), and a
     * clause start is never after k, so a name or anaphor ending after k
     * (prev > k) leaves k no subject without a word looked up. */
    if (prev > k) return 0;
    /* "Among the companies designated was X": the subject of a copula
     * after a fronted "among" phrase, with no name before it */
    if (prev <= sb && k >= sb + 3 && is(d, k - 1, se, "was|were|is|are") &&
        (is(d, sb, se, "among") || (is(d, sb, se, "also") && is(d, sb + 1, se, "among"))))
        return 1;
    /* the last clause boundary, looked for only as far back as can still
     * leave k within three words of it (long sentences stay linear); one
     * before prev - 1 (or none there, start sb) would open the clause
     * before prev, so the search stops there */
    uint32_t start = sb;
    for (uint32_t j = k; j > sb && j + 5 > k;) {
        j--;
        if (j + 1 < prev) return 0;
        if (j < se && bound_maybe(d, j) && is(d, j, se, BOUNDS)) {
            start = j + 1;
            break;
        }
    }
    if (k - start > 3 || prev > start) return 0;
    if (k > sb && is(d, k - 1, se, PREPS)) return 0;
    if (k > sb + 1 && is(d, k - 1, se, "the|a|an") && is(d, k - 2, se, PREPS)) return 0;
    if (is(d, te, se, "'s|'")) return 0;
    return 1;
}

/* Records what an apposition or a title says of the entity of mention m:
 * "X, a Cyprus-registered company," / "former minister X" / "the militia X". */
static void describe(pass *p, const tl_mention *m, uint32_t sb, uint32_t se) {
    const tl_doc *d = p->d;
    ent_state *x = &p->es[m->entity];
    char w[WORD];
    /* the words of the name itself ("Free Tide Movement") */
    for (uint32_t k = m->tok_begin; k < m->tok_end; k++) {
        size_t n = lower(d, k, w);
        if (n && noun_of_any_kind(&p->nouns, w, n)) x->desc |= desc_bit(w, n);
    }
    /* up to three lower-case words right before it */
    for (uint32_t k = m->tok_begin, i = 0; k > sb && i < 3; i++) {
        k--;
        size_t n = lower(d, k, w);
        if (!n || (d->tokens[k].flags & TL_TOK_PUNCT)) break;
        if (noun_of_any_kind(&p->nouns, w, n)) x->desc |= desc_bit(w, n);
    }
    /* an apposition: ", a|an|the ... NOUN" up to the next punctuation */
    uint32_t k = m->tok_end;
    if (k + 1 < se && is(d, k, se, ",") && is(d, k + 1, se, "a|an|the|one")) {
        for (uint32_t j = k + 2; j < se && j < k + 12; j++) {
            if (d->tokens[j].flags & TL_TOK_PUNCT) break;
            size_t n = lower(d, j, w);
            if (n && noun_of_any_kind(&p->nouns, w, n)) x->desc |= desc_bit(w, n);
        }
    }
}

/* Can entity e (of the document) be what the anaphor stands for?  want:
 * a mask of tl_ent_type bits; gender G_* or G_NONE. */
static int fits(const pass *p, int32_t e, uint32_t want, uint8_t gender) {
    const tl_entity *x = &p->d->entities[e];
    if (!(want & (1u << x->type))) return 0;
    if (gender && p->es[e].gender && p->es[e].gender != gender) return 0;
    return 1;
}

/* Is the possessive at token k followed by a noun of a person's kin or
 * circle (after at most one adjective) and a comma, closing an
 * apposition ("X, his brother, ...")?  ("X, his wife and children" is
 * a list: the possessive is X's.)  Can't fail. */
static int appositive_kin(const tl_doc *d, uint32_t k) {
    uint32_t n = k + 1;
    if (n + 1 < d->n_tokens && !is(d, n, d->n_tokens, TL_CUE_POSSESSED_PERSON_NOUNS)) n++;
    return n + 1 < d->n_tokens && d->tokens[n + 1].sent == d->tokens[k].sent &&
           is(d, n, d->n_tokens, TL_CUE_POSSESSED_PERSON_NOUNS) && is(d, n + 1, d->n_tokens, ",");
}

/* The best antecedent among the recent entities for an anaphor at token k
 * of sentence si; -1 when none fits or two are too close to call.
 * window: how many sentences back; desc: the description's word bit (0
 * for a pronoun); avoid: an entity that cannot be it (the subject of an
 * object pronoun's own verb), or -1. */
static int32_t choose(pass *p, uint32_t si, uint32_t k, int poss, uint32_t want, uint8_t gender, uint32_t window,
                      uint64_t desc, int subj, int32_t avoid, int need_desc, uint16_t *score) {
    int32_t best = -1, second = -1;
    int bs = -1, ss = -1;
    /* "the militant group" with one body of that kind in view and none so
     * described: the only one (need_desc 2 allows it; 1 asks for the
     * description) */
    if (need_desc == 2) {
        int n = 0, d = 0;
        for (int r = 0; r < p->n_recent; r++) {
            int32_t e = p->recent[r];
            const ent_state *x = &p->es[e];
            if (e == avoid || si - x->sent > window || !fits(p, e, want, gender)) continue;
            n++;
            d += desc && (x->desc & desc);
        }
        need_desc = !(n == 1 && d == 0);
    }
    /* A possessive goes with the nearest fitting name before it in its own
     * sentence more often than with the subject ("the ministry said the
     * militia moved its fighters"); right after "X and" or "X," it is X. */
    int32_t near = -1;
    uint32_t near_end = 0;
    for (int r = 0; poss && r < p->n_recent; r++) {
        int32_t e = p->recent[r];
        const ent_state *x = &p->es[e];
        if (x->sent == si && x->end <= k && x->end > near_end && e != avoid && fits(p, e, want, gender)) {
            near = e;
            near_end = x->end;
        }
    }
    /* ("Sergei Petrov, his brother, denied": an apposition of kin names
     * the name itself, so the possessor is someone else) */
    if (near >= 0 && near_end + 1 == k && is(p->d, k - 1, k, ",") && appositive_kin(p->d, k)) {
        avoid = near;
        near = -1;
    }
    if (near >= 0 && near_end + 1 == k && is(p->d, k - 1, k, "and|,")) {
        *score = 255;
        return near;
    }
    /* "X succeeded Y after his extradition": the one succeeded, whose
     * departure lets X in */
    if (near >= 0 && near_end + 1 == k && k >= 4 && is(p->d, k - 1, k, "after|following|upon"))
        for (uint32_t j = near_end - 1; j + 7 > near_end && j > 0; j--) {
            if (is(p->d, j, j + 1, "succeeded|succeeds|succeeding|replaced|replaces|replacing")) {
                *score = 255;
                return near;
            }
            if (!(p->d->tokens[j].flags & TL_TOK_UPPER)) break;
        }
    for (int r = 0; r < p->n_recent; r++) {
        int32_t e = p->recent[r];
        const ent_state *x = &p->es[e];
        if (e == avoid || si - x->sent > window || !fits(p, e, want, gender)) continue;
        static const int recency[4] = {100, 60, 25, 10};
        int s = recency[si - x->sent < 4 ? si - x->sent : 3];
        /* a new paragraph moves on: what only the last one named fades */
        if (x->par != p->par) s -= 30;
        if (x->subj) s += 80;
        if (x->subj && subj) s += 20;
        s += 5 * (int)(x->count < 4 ? x->count : 4);
        int has = desc && (x->desc & desc);
        if (need_desc && !has) continue;
        if (has) s += 150;
        if (e == near) s += 60;
        if (s > bs) { second = best; ss = bs; best = e; bs = s; }
        else if (s > ss) { second = e; ss = s; }
    }
    if (best < 0 || (second >= 0 && bs - ss < MARGIN)) return -1;
    if (!(want & P_)) {
        /* "Wagner admitted ... the death of its commander" with Wagner read
         * as a person: a more salient name of another type in the same
         * sentence may be what "its" stands for */
        for (int r = 0; r < p->n_recent; r++) {
            int32_t e = p->recent[r];
            const ent_state *x = &p->es[e];
            int t = p->d->entities[e].type;
            if (x->sent != si || (want & (1u << t)) || (t != TL_PERSON && t != TL_NORP)) continue;
            /* "X, a North Korean programmer, is among its members": a
             * nationality before a common noun is an adjective, no group */
            if (t == TL_NORP && x->end < p->d->n_tokens && (p->d->tokens[x->end].flags & TL_TOK_ALPHA) &&
                !(p->d->tokens[x->end].flags & TL_TOK_UPPER))
                continue;
            /* a person named in full ("Ahmad Rahimi") is no misread group */
            const tl_str *nm = &p->d->entities[e].name;
            if (t == TL_PERSON && memchr(nm->ptr, ' ', nm->len)) continue;
            if (100 + (x->subj ? 80 : 0) + 5 * (int)(x->count < 4 ? x->count : 4) >= bs) return -1;
        }
    }
    *score = (uint16_t)bs;
    return best;
}

/* "His brother, Samir, and his business partner, Rafael": a possessive
 * that opens the next conjunct after a possessed noun's apposition is the
 * first possessive again, not the name just read (which is the first
 * noun's holder).  Returns the entity the first possessive was linked
 * to, or -1.  Can't fail. */
static int32_t repeated_possessor(const pass *p, uint32_t k, uint32_t sb, uint32_t mi_end) {
    const tl_doc *d = p->d;
    if (k < sb + 6 || !is(d, k - 1, k, "and") || !is(d, k - 2, k, ",")) return -1;
    const tl_mention *x = NULL; /* the name closing the first conjunct */
    for (uint32_t q = mi_end; q > 0 && !x; q--) {
        const tl_mention *y = &d->mentions[q - 1];
        if (y->tok_end + 2 == k) x = y;
        else if (y->tok_end + 2 < k) break;
    }
    if (!x || x->tok_begin < sb + 3 || !is(d, x->tok_begin - 1, k, ",")) return -1;
    uint32_t n = x->tok_begin - 2; /* the possessed noun, after at most one adjective */
    uint32_t pp = n - 1;
    if (!is(d, n, k, TL_CUE_POSSESSED_PERSON_NOUNS)) return -1;
    if (!is(d, pp, k, "his|her|their") && pp > sb) pp--;
    if (!is(d, pp, k, "his|her|their")) return -1;
    for (uint32_t i = p->out->n; i > 0; i--) {
        const tl_coref_link *l = &p->out->links[i - 1];
        if (l->tb == pp) return l->ent;
        if (l->tb < pp) break;
    }
    return -1;
}

static int push(tl_coref *c, uint32_t tb, uint32_t te, int32_t e, int kind, int type, uint16_t score) {
    if (c->n == c->cap) {
        uint32_t nc = c->cap ? c->cap * 2 : 32;
        tl_coref_link *l = realloc(c->links, nc * sizeof *l);
        if (!l) return 0;
        c->links = l;
        c->cap = nc;
    }
    c->links[c->n++] = (tl_coref_link){tb, te, e, (uint8_t)kind, (uint8_t)type, score};
    return 1;
}

/* Is "it" at k a real pronoun?  "It is believed that ...", "it was not
 * clear whether", "it takes": an expletive or an event stands for no name. */
static int referring_it(const tl_doc *d, uint32_t k, uint32_t se) {
    if (is(d, k + 1, se, "is|was|'s|has|had|seems|seemed|appears|appeared|remains|remained|will|would|may|might|"
                         "could|can|should|must|became|takes|took|means|meant|comes|came|looks|looked|"
                         "happened|emerged|turned"))
        return 0;
    if (k > 0 && is(d, k - 1, se, "make|makes|made|making|find|finds|found|take|takes|took|believe|believed|"
                                  "consider|considers|considered|than|that"))
        return 0;
    return 1;
}

/* Is there a blank line between byte offsets a and b?  Can't fail. */
static int blank_line(const tl_doc *d, uint32_t a, uint32_t b) {
    int nl = 0;
    for (uint32_t k = a; k < b && k < d->len; k++) {
        char c = d->text[k];
        if (c == '\n') {
            if (nl) return 1;
            nl = 1;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            nl = 0;
        }
    }
    return 0;
}

/* Resolves the anaphors of sentence si (tokens [sb, se)); mi: first mention
 * of the document at or after the sentence.  Returns 0 when out of memory. */
/* Is mention x a name fused with a modifier inside its token: "the
 * al-Qaeda-linked group", "Iran-backed", "pro-Hamas"?  Such a name
 * describes the noun after it and is no antecedent.  Can't fail. */
static int fused_modifier(const tl_doc *d, const tl_mention *x) {
    uint32_t te = d->tokens[x->tok_end - 1].end, tb = d->tokens[x->tok_begin].start;
    if (x->end + 1 < te && d->text[x->end] == '-' && d->text[x->end + 1] >= 'a' && d->text[x->end + 1] <= 'z') return 1;
    return x->start >= tb + 2 && d->text[x->start - 1] == '-' && d->text[tb] >= 'a' && d->text[tb] <= 'z';
}

/* Is mention x a dateline's place ("MOGADISHU (AFP) -", "WASHINGTON -"):
 * a place in capitals opening the sentence before a parenthesis, a comma
 * or a dash, or the agency in its parenthesis?  It places the report and
 * is nobody's antecedent.  Can't fail. */
static int dateline(const tl_doc *d, const tl_mention *x, uint32_t sb, uint32_t se) {
    /* (and the agency in its parenthesis: "(AFP) -") */
    if (x->tok_begin > sb && x->tok_begin <= sb + 4 && is(d, x->tok_begin - 1, se, "(") && is(d, x->tok_end, se, ")") &&
        is(d, x->tok_end + 1, se, "-|--|\xe2\x80\x93|\xe2\x80\x94"))
        return 1;
    if (x->tok_begin != sb || x->type != TL_GPE || x->tok_end >= se || x->end - x->start < 3) return 0;
    for (uint32_t k = x->start; k < x->end; k++)
        if (d->text[k] >= 'a' && d->text[k] <= 'z') return 0;
    return is(d, x->tok_end, se, "(|,|-|--|\xe2\x80\x93|\xe2\x80\x94");
}

static int sentence(pass *p, uint32_t si, uint32_t sb, uint32_t se, uint32_t *mi) {
    const tl_doc *d = p->d;
    uint32_t m = *mi;
    while (m < d->n_mentions && d->mentions[m].tok_end <= sb) m++;
    *mi = m;
    char w[WORD];
    uint32_t prev = sb;
    for (uint32_t k = sb; k < se; k++) {
        /* a name: remember it */
        if (m < d->n_mentions && d->mentions[m].tok_begin <= k) {
            const tl_mention *x = &d->mentions[m];
            if (x->entity >= 0 && x->tok_begin == k && x->tok_end <= se && !fused_modifier(d, x) &&
                !dateline(d, x, sb, se)) {
                ent_state *st = &p->es[x->entity];
                if (!st->gender && d->entities[x->entity].type == TL_PERSON) st->gender = name_gender(p, x);
                describe(p, x, sb, se);
                int subj = subject_at(d, k, x->tok_end, sb, se, prev);
                /* "X (KSS) is": an acronym in brackets right after its
                 * name keeps the name's role */
                if (!subj && k >= sb + 2 && is(d, k - 1, se, "(") && is(d, x->tok_end, se, ")") && st->sent == si &&
                    st->end + 1 == k)
                    subj = st->subj;
                touch(p, x->entity, si, x->tok_end, subj);
                prev = x->tok_end;
            }
            k = x->tok_end > k ? x->tok_end - 1 : k;
            m++;
            continue;
        }
        /* Most words are neither a pronoun below (he, him, his, her,
         * himself, herself: h and 2, 3 or 7 bytes; she: s and 3; it, its: i
         * and 2 or 3; their: t and 5) nor a noun of the lists (noun_maybe): they are let go
         * before their copy is made.  A curly "’s" (lowered to "'s") takes
         * the full path. */
        const tl_token *tk = &d->tokens[k];
        size_t rn = tk->end - tk->start;
        if (rn == 0 || rn > 14) continue;
        char f0 = d->text[tk->start];
        if (f0 >= 'A' && f0 <= 'Z') f0 = (char)(f0 + 32);
        int pron_maybe = (f0 == 'h' && (rn == 2 || rn == 3 || rn == 7)) || (f0 == 's' && rn == 3) ||
                         (f0 == 'i' && (rn == 2 || rn == 3)) || (f0 == 't' && rn == 5);
        if (!pron_maybe && (unsigned char)f0 != 0xE2 &&
            !(k > sb && !(tk->flags & TL_TOK_UPPER) && noun_maybe(&p->nouns, d, k)))
            continue;
        size_t n = lower(d, k, w);
        if (!n || n > 14) continue;
        int kind = 0;
        uint32_t want = 0, window = 2;
        uint8_t gender = G_NONE;
        uint64_t desc = 0;
        int need_desc = 0;
        int32_t avoid = -1;
        int is_subj = -1; /* found once the word is known to be an anaphor */
        /* every pronoun below starts with h, s, i or t and has at most
         * seven letters: other words skip the list searches */
        int pron = n <= 7 && (w[0] == 'h' || w[0] == 's' || w[0] == 'i' || w[0] == 't');
        if (pron && tl_trig_in_list("he|him|himself", w, n)) {
            kind = TL_COREF_PRON, want = P_, gender = G_M;
        } else if (pron && tl_trig_in_list("she|herself", w, n)) {
            kind = TL_COREF_PRON, want = P_, gender = G_F;
        } else if (pron && tl_trig_in_list("his", w, n)) {
            kind = TL_COREF_POSS, want = P_, gender = G_M;
        } else if (pron && tl_trig_in_list("her", w, n)) {
            /* "her husband" (a possessor) or "arrested her in" (an object):
             * a lower-case word after it that is no preposition is its noun */
            int noun = k + 1 < se && (d->tokens[k + 1].flags & TL_TOK_ALPHA) && !is(d, k + 1, se, PREPS "|and|or|but");
            kind = noun ? TL_COREF_POSS : TL_COREF_PRON, want = P_, gender = G_F;
        } else if (pron && tl_trig_in_list("its", w, n)) {
            kind = TL_COREF_POSS, want = O_ | G_;
            /* "North Korea's Lazarus Group ... its members": a body's
             * people belong to an organization, not to the state that
             * owns it */
            /* (so do a company's officers and holdings: "Its director,
             * X" after "Hong Kong-based Y"; and a body's chiefs: "Y, its
             * emir" after "the United States offered a reward") */
            if (is(d, k + 1, se, "members|member|fighters|militants|operatives|founder|founders|cells|cell|"
                                 "ranks|recruits|affiliates|affiliate|wing|faction|factions|director|directors|"
                                 "owner|owners|chairman|ceo|manager|managers|employee|employees|staff|subsidiary|"
                                 "subsidiaries|shareholder|shareholders|emir|leader|leaders|commander|commanders|"
                                 "spokesman|spokesmen|spokesperson|deputy|operatives|chief|chiefs"))
                want = O_;
        } else if (pron && n == 5 && tl_trig_in_list("their", w, n) && k + 1 < se &&
                   is(d, k + 1, se, "leader|leaders|commander|commanders|founder|founders|chief|spokesman|members|"
                                    "fighters|militants")) {
            /* "Their leader, X": a body's people's head, the body (a
             * group of people named before is the rules' business) */
            kind = TL_COREF_POSS, want = O_;
        } else if (pron && tl_trig_in_list("it", w, n) && referring_it(d, k, se)) {
            kind = TL_COREF_PRON, want = O_ | G_;
        } else if (k > sb && !(d->tokens[k].flags & TL_TOK_UPPER) && noun_of_any_kind(&p->nouns, w, n)) {
            /* "the company", "the former minister", "the country's" */
            uint32_t det = k - 1;
            if (det > sb && is(d, det, se, "former|same|new|militant|armed|jihadist|extremist|terrorist|"
                                           "criminal|islamist|rebel|radical|banned|proscribed|sanctioned|"
                                           "alleged|suspected|accused|main|chief|senior|late|ousted|"
                                           "exiled|detained|arrested|jailed|wanted|convicted|shadowy|murdered|"
                                           "slain|killed|kidnapped|abducted|missing|imprisoned"))
                det--;
            /* "the al Qaeda-linked group", "the Iran-backed militia": a
             * body described by its link to another is not that other */
            int linked = 0;
            if (det > sb + 1 && tl_coref_linked_word(d, det)) {
                for (uint32_t q = m; q > *mi && q + 4 > m && avoid < 0;)
                    if (d->mentions[--q].tok_begin <= det && d->mentions[q].tok_end > det - 1) avoid = d->mentions[q].entity;
                det--;
                while (det > sb + 1 && det + 4 > k && (d->tokens[det].flags & TL_TOK_UPPER)) det--;
                if (is(d, det, se, "al|el|an|as|ash|ad|ar")) det--;
                linked = 1;
            }
            if (!is(d, det, se, "the")) continue;
            /* "the company Orion", "the city of X", "the group that ...":
             * the name or clause that follows says which; no anaphor */
            uint32_t nx = k + 1;
            if (nx < se && ((d->tokens[nx].flags & TL_TOK_UPPER) || is(d, nx, se, "of|which|that|who|whose|called|named|known")))
                continue;
            /* "The suspect, Pawel Kowal," and "The suspect, identified as
             * Pawel K.,": the name in apposition says which (no victim
             * named before) */
            if (nx + 1 < se && is(d, nx, se, ",") && (d->tokens[nx + 1].flags & TL_TOK_UPPER)) continue;
            {
                /* ("The suspect, an Austrian citizen identified as X,") */
                int named = 0;
                for (uint32_t q = nx + 1; q < se && q < nx + 11 && !named && !is(d, q, se, ","); q++)
                    named = is(d, q, se, "identified|named|described|listed");
                if (named && is(d, nx, se, ",")) continue;
            }
            /* "the two men", "the suspects": plural nouns are not in the lists */
            kind = TL_COREF_NOUN;
            window = 3;
            desc = desc_bit(w, n);
            unsigned nk = noun_kinds(&p->nouns, w, n);
            if (nk & N_ORG) {
                /* "the proscribed organization", "the militant group": a
                 * modified description is said of one organization in
                 * particular; only one so described before is safe */
                want = O_;
                need_desc = det + 1 < k && !linked;
                /* (a word of armed struggle alone: the only such body in
                 * view may be meant) */
                if (need_desc && det + 2 == k &&
                    is(d, det + 1, se, "militant|armed|jihadist|extremist|terrorist|islamist|rebel|radical|criminal"))
                    need_desc = 2;
            }
            else if (nk & N_PLACE) want = G_;
            else {
                want = P_;
                if (nk & N_MALE) gender = G_M;
                if (nk & N_FEMALE) gender = G_F;
                /* "the minister", "the commander": only the person so
                 * described; "the suspect", "the man": the salient one */
                need_desc = !tl_trig_in_list("suspect|defendant|accused|man|woman|boy|girl|teenager|fugitive|"
                                             "convict|prisoner|detainee", w, n);
            }
            is_subj = subject_at(d, det, k + 1, sb, se, prev);
        } else {
            continue;
        }
        if (kind == TL_COREF_PRON && (want & P_) && tl_trig_in_list("him|her|himself|herself", w, n)) {
            /* "X recruited him": not the subject of its own verb (three
             * words back at most, no clause boundary between) */
            for (uint32_t j = k, steps = 0; j > sb && steps < 4; steps++) {
                j--;
                if (d->tokens[j].flags & TL_TOK_PUNCT) break;
                int hit = -1; /* the names just before: the last few read */
                for (uint32_t q = m; q > *mi && q + 4 > m && hit < 0;)
                    if (d->mentions[--q].tok_end == j + 1) hit = (int)q;
                if (hit >= 0) {
                    if (!tl_trig_in_list("himself|herself", w, n)) avoid = d->mentions[hit].entity;
                    break;
                }
            }
        }
        if (is_subj < 0) is_subj = subject_at(d, k, k + 1, sb, se, prev);
        /* "The group took part in the siege of Marawi. Its former
         * leader ...": after a body's description as the subject that no
         * name could be told for, "it" and "its" are that body too, and
         * as unknown; any other name is a worse guess */
        if (kind != TL_COREF_NOUN && (want & O_) && p->anon_subj && si + 1 - p->anon_subj <= 1) continue;
        uint16_t score = 0;
        int32_t e = kind == TL_COREF_POSS ? repeated_possessor(p, k, sb, m) : -1;
        if (e >= 0) score = 255;
        else e = choose(p, si, k, kind == TL_COREF_POSS, want, gender, window, desc, is_subj, avoid, need_desc, &score);
        if (e < 0 && kind == TL_COREF_NOUN && want == O_ && is_subj > 0) p->anon_subj = si + 1;
        if (e < 0) continue;
        if (!push(p->out, k, k + 1, e, kind, d->entities[e].type, score)) return 0;
        touch(p, e, si, k + 1, is_subj);
        prev = k + 1;
    }
    return 1;
}

int tl_coref_run(const tl_doc *d, const tl_gaz *g, tl_coref *out) {
    memset(out, 0, sizeof *out);
    pass p;
    memset(&p, 0, sizeof p);
    p.d = d;
    p.g = g;
    p.out = out;
    nouns_init(&p.nouns);
    p.es = calloc(d->n_entities ? d->n_entities : 1, sizeof *p.es);
    if (!p.es) return TL_ENOMEM;
    uint32_t mi = 0;
    for (uint32_t si = 0; si < d->n_sentences; si++) {
        const tl_sentence *s = &d->sentences[si];
        if (si > 0 && blank_line(d, d->sentences[si - 1].end, s->start)) p.par++;
        if (!sentence(&p, si, s->tok_begin, s->tok_end, &mi)) {
            free(p.es);
            tl_coref_free(out);
            return TL_ENOMEM;
        }
    }
    free(p.es);
    return TL_OK;
}

void tl_coref_free(tl_coref *c) {
    free(c->links);
    memset(c, 0, sizeof *c);
}

uint32_t tl_coref_find(const tl_coref *c, uint32_t tok) {
    uint32_t lo = 0, hi = c->n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (c->links[mid].tb < tok) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}
