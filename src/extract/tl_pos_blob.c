/* tl_pos_blob.c -- embeds models/pos.model into the library, decoded at build time into the form its scorer reads. */
/* The build decodes the committed model file into the form the scorer
 * reads (tools/build/model-decode.c, $(BUILD)/gen/pos.dec; the Makefile
 * passes TL_GEN_DIR), so that it is used in place, with nothing decoded at
 * start.  The assembler's .incbin reads the file relative to the directory
 * the compiler runs in: the Makefile always builds from the repository
 * root. */
#ifndef TL_GEN_DIR
#define TL_GEN_DIR "build/gen"
#endif
__asm__(".section .rodata\n"
        ".global tl_pos_blob\n"
        ".hidden tl_pos_blob\n"
        ".balign 64\n"
        "tl_pos_blob:\n"
        ".incbin \"" TL_GEN_DIR "/pos.dec\"\n"
        ".global tl_pos_blob_end\n"
        ".hidden tl_pos_blob_end\n"
        "tl_pos_blob_end:\n"
        ".byte 0\n"
        ".previous\n");

#include "tl_blob.h"

/* Hidden: only this file's accessor is seen from outside, so the test
 * programs can take the image from a shared object (see the Makefile). */
extern const unsigned char tl_pos_blob[] __attribute__((visibility("hidden")));
extern const unsigned char tl_pos_blob_end[] __attribute__((visibility("hidden")));

const unsigned char *tl_pos_blob_image(size_t *len) {
    *len = (size_t)(tl_pos_blob_end - tl_pos_blob);
    return tl_pos_blob;
}
