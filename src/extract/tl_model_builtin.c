/* tl_model_builtin.c -- the parser's built-in models: views of the images that tl_dep_blob.c and tl_dep_vote_blob.c link in. */
/* Apart from tl_dep.c and tl_dep_vote.c because the build's model decoder
 * (tools/build/model-decode.c) links those two before any image exists. */
#include "tl_blob.h"
#include "tl_dep.h"
#include "tl_dep_vote.h"

tl_dep_model *tl_dep_load_builtin(tl_error *err) {
    size_t n;
    const unsigned char *p = tl_dep_blob_image(&n);
    return tl_dep_view_decoded(p, n, err);
}

tl_dep_vote *tl_dep_vote_load_builtin(const tl_dep_model *m, tl_error *err) {
    size_t n;
    const unsigned char *p = tl_dep_vote_blob_image(&n);
    return tl_dep_vote_load_image(m, p, n, 1, err);
}
