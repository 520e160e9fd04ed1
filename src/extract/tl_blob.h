/* tl_blob.h -- the model images linked into the program (src/extract/tl_*_blob.c). */
#ifndef TL_BLOB_H
#define TL_BLOB_H

#include <stddef.h>

/* Each returns the start of its image and stores its length in *len (0 for
 * a model the build left empty).  The bytes live as long as the program,
 * are read-only and are never freed.  These functions can't fail.
 *
 * The images are reached only through these accessors, never as data
 * symbols, so that they can live in a shared object (the test programs'
 * libtldata.so) as well as in the executable itself. */
const unsigned char *tl_dep_blob_image(size_t *len);      /* decoded dep.model */
const unsigned char *tl_dep_vote_blob_image(size_t *len); /* dep-vote.model as committed */
const unsigned char *tl_fscore_blob_image(size_t *len);   /* decoded fscore.model */
const unsigned char *tl_ner_blob_image(size_t *len);      /* decoded ner.model */
const unsigned char *tl_pos_blob_image(size_t *len);      /* decoded pos.model */
const unsigned char *tl_rel_blob_image(size_t *len);      /* decoded rel.model */

#endif
