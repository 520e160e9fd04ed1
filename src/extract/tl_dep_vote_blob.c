/* tl_dep_vote_blob.c -- embeds models/dep-vote.model (the extra members of `threadline parse`'s vote) into the library. */
/* The file is linked as it is (varint weights, not decoded at build time):
 * only `threadline parse` decodes it, once, when it votes, so the rest of
 * the program neither loads it nor grows its start-up.  The assembler's
 * .incbin reads the path relative to the directory the compiler runs in:
 * the Makefile always builds from the repository root. */
__asm__(".section .rodata\n"
        ".global tl_dep_vote_blob\n"
        ".hidden tl_dep_vote_blob\n"
        ".balign 64\n"
        "tl_dep_vote_blob:\n"
        ".incbin \"models/dep-vote.model\"\n"
        ".global tl_dep_vote_blob_end\n"
        ".hidden tl_dep_vote_blob_end\n"
        "tl_dep_vote_blob_end:\n"
        ".byte 0\n"
        ".previous\n");

#include "tl_blob.h"

/* Hidden: only this file's accessor is seen from outside, so the test
 * programs can take the image from a shared object (see the Makefile). */
extern const unsigned char tl_dep_vote_blob[] __attribute__((visibility("hidden")));
extern const unsigned char tl_dep_vote_blob_end[] __attribute__((visibility("hidden")));

const unsigned char *tl_dep_vote_blob_image(size_t *len) {
    *len = (size_t)(tl_dep_vote_blob_end - tl_dep_vote_blob);
    return tl_dep_vote_blob;
}
