/* tl_coref.h -- coreference inside a document: pronouns and definite descriptions linked to named entities. */
#ifndef TL_COREF_H
#define TL_COREF_H
#include "threadline.h"
#include "tl_gaz.h"

/* What kind of word the anaphor is. */
enum {
    TL_COREF_PRON = 1, /* "he", "him", "she", "it": an argument like a name */
    TL_COREF_POSS = 2, /* "his", "her", "its": only ever a possessor */
    TL_COREF_NOUN = 3  /* "the company", "the former minister": the head word */
};

/* One anaphor and the entity it stands for. */
typedef struct tl_coref_link {
    uint32_t tb, te; /* its tokens (for a description: the head noun only) */
    int32_t ent;     /* the antecedent: an index into tl_doc.entities */
    uint8_t kind;    /* TL_COREF_* */
    uint8_t type;    /* tl_ent_type of the antecedent */
    uint16_t score;  /* salience of the chosen antecedent (for tests and tuning) */
} tl_coref_link;

/* The anaphors of a document that were resolved, in text order. */
typedef struct tl_coref {
    tl_coref_link *links;
    uint32_t n, cap;
} tl_coref;

/* Links the pronouns and definite descriptions of d (its entities must be
 * grouped) to the entities they stand for, into *out (malloc'd; free with
 * tl_coref_free).  An anaphor is linked only when one antecedent of a
 * compatible type, gender and kind is clearly more salient (named as a
 * subject, recently, often) than any other; otherwise it is left alone.  g
 * gives the gender of given names (NULL: unknown).  Work is linear in the
 * tokens.  Returns TL_OK, or TL_ENOMEM with *out empty. */
int tl_coref_run(const tl_doc *d, const tl_gaz *g, tl_coref *out);

/* Frees what tl_coref_run allocated and empties c.  Accepts an empty c. */
void tl_coref_free(tl_coref *c);

/* The index of the first link whose first token is >= tok (c->n when none).
 * Can't fail. */
uint32_t tl_coref_find(const tl_coref *c, uint32_t tok);

/* Does token k end in a word of link or sponsorship after a hyphen
 * ("Qaeda-linked", "Iran-backed", "ISIS-affiliated")?  Can't fail. */
int tl_coref_linked_word(const tl_doc *d, uint32_t k);
#endif
