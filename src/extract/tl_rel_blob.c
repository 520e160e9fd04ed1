/* tl_rel_blob.c -- embeds models/rel.model into the library, decoded at build time into the form its scorer reads. */
/* The build decodes the committed model file into the form the scorer
 * reads (tools/build/model-decode.c, $(BUILD)/gen/rel.dec; the Makefile
 * passes TL_GEN_DIR), so that it is used in place, with nothing decoded at
 * start.  The assembler's .incbin reads the file relative to the directory
 * the compiler runs in: the Makefile always builds from the repository
 * root. */
#ifndef TL_GEN_DIR
#define TL_GEN_DIR "build/gen"
#endif
__asm__(".section .rodata\n"
        ".global tl_rel_blob\n"
        ".hidden tl_rel_blob\n"
        ".balign 64\n"
        "tl_rel_blob:\n"
        ".incbin \"" TL_GEN_DIR "/rel.dec\"\n"
        ".global tl_rel_blob_end\n"
        ".hidden tl_rel_blob_end\n"
        "tl_rel_blob_end:\n"
        ".byte 0\n"
        ".previous\n");

#include "tl_blob.h"

/* Hidden: only this file's accessor is seen from outside, so the test
 * programs can take the image from a shared object (see the Makefile). */
extern const unsigned char tl_rel_blob[] __attribute__((visibility("hidden")));
extern const unsigned char tl_rel_blob_end[] __attribute__((visibility("hidden")));

const unsigned char *tl_rel_blob_image(size_t *len) {
    *len = (size_t)(tl_rel_blob_end - tl_rel_blob);
    return tl_rel_blob;
}
