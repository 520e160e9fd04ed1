/* tl_nerarg.h -- NER passes for the names fact arguments need (tl_nerarg.c), run from tl_ner.c's pass table. */
#ifndef TL_NERARG_H
#define TL_NERARG_H
#include "tl_ner_int.h"

/* Each pass reads and changes the NER state of one document (a pass of
 * tl_ner.c's table).  Returns TL_OK, or TL_ENOMEM when out of memory
 * (the state is then only fit to free). */

/* "the Houthis' commander": a name the gazetteer knows both as a people
 * (norp.txt) and as a well-known organization (org_names.txt) is the
 * organization, at every mention of its words, when one of its mentions
 * acts as a body: a possessor ("the Houthis' minister") or before a
 * lower-case title or member noun ("Houthis commander", "Houthis
 * fighters").  Elsewhere it stays the people. */
int tl_nerarg_pass_group_names(tl_ner_state *r);
/* 'a terrorist cell, nicknamed "The Beatles"', 'a gang known as "Los
 * Rojos"': the quoted capitalized words a noun of a group is given after
 * "nicknamed", "dubbed" or "known as" name an organization (without a
 * leading "The"). */
int tl_nerarg_pass_group_nicknames(tl_ner_state *r);
/* "Kuzmin's wife, Yulia, flew": a lone given name set off by commas
 * after a possessed noun of kin ("his wife", "X's younger brother") is a
 * person, whatever the gazetteer's places hold ("Sofia"). */
int tl_nerarg_pass_kin_names(tl_ner_state *r);
#endif
