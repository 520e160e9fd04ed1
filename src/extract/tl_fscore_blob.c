/* tl_fscore_blob.c -- embeds models/fscore.model into the library, decoded at build time into the form its scorer reads. */
/* The build decodes the committed model file into the form the scorer
 * reads (tools/build/model-decode.c, $(BUILD)/gen/fscore.dec; the Makefile
 * passes TL_GEN_DIR), so that it is used in place, with nothing decoded at
 * start.  The assembler's .incbin reads the file relative to the directory
 * the compiler runs in: the Makefile always builds from the repository
 * root. An empty file is allowed: the scorer is then simply off (the build
 * decodes it to an empty image). */
#ifndef TL_GEN_DIR
#define TL_GEN_DIR "build/gen"
#endif
__asm__(".section .rodata\n"
        ".global tl_fscore_blob\n"
        ".hidden tl_fscore_blob\n"
        ".balign 64\n"
        "tl_fscore_blob:\n"
        ".incbin \"" TL_GEN_DIR "/fscore.dec\"\n"
        ".global tl_fscore_blob_end\n"
        ".hidden tl_fscore_blob_end\n"
        "tl_fscore_blob_end:\n"
        ".byte 0\n"
        ".previous\n");

#include "tl_blob.h"

/* Hidden: only this file's accessor is seen from outside, so the test
 * programs can take the image from a shared object (see the Makefile). */
extern const unsigned char tl_fscore_blob[] __attribute__((visibility("hidden")));
extern const unsigned char tl_fscore_blob_end[] __attribute__((visibility("hidden")));

const unsigned char *tl_fscore_blob_image(size_t *len) {
    *len = (size_t)(tl_fscore_blob_end - tl_fscore_blob);
    return tl_fscore_blob;
}
