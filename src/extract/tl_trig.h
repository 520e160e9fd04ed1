/* tl_trig.h -- trigger lexicon: verbs and nouns that state a fact type, with their inflections and argument frames. */
#ifndef TL_TRIG_H
#define TL_TRIG_H
#include <stddef.h>
#include <stdint.h>
#include "threadline.h"
#include "tl_wfind.h"
#include <string.h>

/* Role slots a frame can fill: 0 and 1 are the core roles of the fact type,
 * 2 the third role (by / to), TL_TRIG_FROM the EXTRADITED "from". */
#define TL_TRIG_NONE (-1)
#define TL_TRIG_FROM 3

/* Verbs of going that also carry things ("moved Iranian oil to Syria",
 * "flew weapons to Y"): with an object they say nothing of the subject's
 * travel (tl_fact.c, tl_fact_tree.c). */
#define TL_TRIG_CARRY_VERBS                                                                                   \
    "move|moves|moved|moving|relocate|relocates|relocated|relocating|fly|flies|flew|flown|flying|return|returns|" \
    "returned|returning|smuggled|sneaked|snuck|slipped"

/* Person nouns a town right before places ("a Brooklyn man, X,"): the
 * trigger table's entry, the frame that reads it (tl_fact.c) and the
 * trigger marking that opens it only after a name (tl_fact_run.c). */
#define TL_TRIG_HOME_NOUNS "man|woman|businessman|businesswoman"
/* Nouns of a firm a place before them locates ("X, a Hong Kong company",
 * "the Dubai firm X"): a country too, unlike a person's home nouns.  Like
 * them they open a frame only right after a name (tl_fact_run.c), and the
 * learned scorer was trained without them (tl_fscore.c). */
#define TL_TRIG_FIRM_NOUNS "company|firm"

/* Nouns of a territory that lies in a bigger place ("Chechnya is a
 * republic in the North Caucasus", "X, an island in Y"): the trigger
 * table's entry, the trigger marking that skips them capitalized (a
 * name's word: "the Islamic Republic", "Northern Territory") and the
 * learned scorer's features, trained without them (tl_fscore.c). */
#define TL_TRIG_TERRITORY_NOUNS "republic|territory|island|enclave|oblast|governorate|prefecture"

/* How a trigger finds its arguments. */
enum {
    TL_TK_VERB = 1, /* subject / object / prepositions; passive swaps subject and object */
    TL_TK_SURF,     /* verb read as written ("was born in", "is based in"): never inverted */
    TL_TK_REL,      /* relational noun: "X, the leader of Y", "Y's leader X", "Y commander X" */
    TL_TK_EVENT,    /* nominalization: "the arrest of X by Y", "X's extradition to Z" */
    TL_TK_ADJ       /* adjective frame: "hostile to", "loyal to", "ethnic X" */
};

/* Part of speech a trigger form must have when tags are known. */
enum { TL_TP_ANY = 0, TL_TP_VERB, TL_TP_NOUN };

typedef struct tl_trig {
    uint8_t type;        /* tl_fact_type */
    uint8_t kind;        /* TL_TK_* */
    uint8_t status;      /* ATTACKED status implied (1 plotted ... 3 carried_out), 0 none */
    uint8_t premod;      /* REL: a NORP/GPE right before the noun fills `obj` ("Georgian national") */
    int8_t subj;         /* role of the subject / holder / possessor, TL_TRIG_NONE */
    int8_t obj;          /* role of the direct object / "of" argument */
    int8_t role_a, role_b; /* roles of the objects of prep_a / prep_b */
    const char *prep_a;  /* "to|in": prepositions introducing role_a, or NULL */
    const char *prep_b;
    const char *part;    /* particle that must follow the verb ("up" in "set up"), or NULL */
} tl_trig;

typedef struct tl_trig_lex tl_trig_lex;

/* Builds the lexicon (every inflected form of every entry, hashed).  Returns
 * NULL when out of memory.  Read-only afterwards: may be shared by threads. */
tl_trig_lex *tl_trig_lex_new(void);
void tl_trig_lex_free(tl_trig_lex *x);

/* The frames of the lower-case word w[0..n): stores up to `cap` pointers in
 * out and returns how many it stored (0 when the word is no trigger).
 * *is_past is set when the form can be a past participle (passives).
 * Can't fail. */
size_t tl_trig_lookup(const tl_trig_lex *x, const char *w, size_t n, const tl_trig **out,
                      size_t cap, int *is_past);

/* True when frame t reads its word followed by the lower-case words
 * n1[0..l1) and n2[0..l2) (either may be empty): a frame without a
 * particle always does, a particle verb only when its particle (one word,
 * or two separated by a space: "into custody") comes next, so that "found
 * dead" is no verdict for the trigger words' other readers.  Can't fail. */
int tl_trig_part_follows(const tl_trig *t, const char *n1, size_t l1, const char *n2, size_t l2);

/* Part of speech the frame's forms were declared with (TL_TP_*).  Can't fail. */
int tl_trig_pos_of(const tl_trig *t);

/* True when the lower-case word w[0..n) is one of the '|'-separated words
 * of list (NULL: none).  Can't fail.  Inline so that the length of a
 * literal list folds at compile time: these lists are consulted for
 * nearly every word of every sentence that may hold a fact (coreference
 * asks about ten of them a word), and strlen was a sixth of the search. */
static inline int tl_trig_in_list(const char *list, const char *w, size_t n) {
    return list ? tl_wfind_in_list(list, strlen(list), w, n) : 0;
}
#endif
