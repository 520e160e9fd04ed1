/* tl_ent_alias.h -- other names an organization is given right where it is named (for tl_ent.c). */
#ifndef TL_ENT_ALIAS_H
#define TL_ENT_ALIAS_H
#include "threadline.h"

/* How a mention was found to be another name of an earlier one. */
enum {
    TL_ENT_ALIAS_NONE = 0,
    TL_ENT_ALIAS_PAREN,    /* "Name (ACR)", "Name (ACR, in Spanish)", "ISIS (ISIL, IS and Daesh)" */
    TL_ENT_ALIAS_OR,       /* "the Islamic State, or ISIS," */
    TL_ENT_ALIAS_FORMERLY  /* "HTS, formerly al-Nusra Front" */
};

/* For every mention i of d (d->n_mentions entries in link and kind, which
 * the caller owns): link[i] is the earlier mention that i names again, and
 * kind[i] how (TL_ENT_ALIAS_*), or -1 and TL_ENT_ALIAS_NONE.  Links go to
 * organizations only (or to a name typed a person that an acronym the
 * tagger calls an organization follows); places and nationalities never
 * get one.  Reads the mentions' tokens and types only.  Can't fail. */
void tl_ent_alias_links(const tl_doc *d, int32_t *link, uint8_t *kind);
/* The one word a United States department goes by in a folded name key
 * ("u.s. treasury", "treasury department", "department of the treasury",
 * "us department of justice", "justice department": "treasury",
 * "justice"): its length, with its offset in key in *off; 0 when key
 * reads otherwise (names with no country or department word, longer
 * cores).  Can't fail. */
size_t tl_ent_alias_dept_core(const char *key, size_t klen, size_t *off);
#endif
