/* tl_ent.h -- one entity per real-world thing: groups a document's mentions. */
#ifndef TL_ENT_H
#define TL_ENT_H
#include "threadline.h"
#include "tl_gaz.h"

/* Groups doc->mentions into doc->entities: identical names, surnames with the
 * full name, acronyms with their expansion (and "Expansion (ACR)"), shorter
 * forms of organization names, plural nationality forms, and spelling
 * variants within the document.  Sets every mention's entity index.
 * gm: a memo of gazetteer lookups the caller keeps across documents, or
 * NULL; the entities are the same either way.
 * Returns TL_OK or TL_ENOMEM (doc->entities untouched). */
int tl_ent_run(const tl_gaz *g, tl_gaz_memo *gm, tl_doc *doc);

/* Writes the transliteration key of the folded name s into out (cap
 * bytes): tl_namekey_translit, the key cross-document resolution uses.
 * Qods/Quds and Hussainiyoun/Husseiniyoun share a key.  Returns the key
 * length.  Can't fail. */
size_t tl_ent_phonetic(const char *s, size_t n, char *out, size_t cap);
#endif
