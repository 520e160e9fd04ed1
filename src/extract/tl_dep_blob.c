/* tl_dep_blob.c -- embeds models/dep.model into the library, decoded at build time into the form its scorer reads. */
/* The build decodes the committed model file into the form the scorer
 * reads (tools/build/model-decode.c, $(BUILD)/gen/dep.dec; the Makefile
 * passes TL_GEN_DIR), so that it is used in place, with nothing decoded at
 * start.  The assembler's .incbin reads the file relative to the directory
 * the compiler runs in: the Makefile always builds from the repository
 * root. */
#ifndef TL_GEN_DIR
#define TL_GEN_DIR "build/gen"
#endif
__asm__(".section .rodata\n"
        ".global tl_dep_blob\n"
        ".balign 64\n"
        "tl_dep_blob:\n"
        ".incbin \"" TL_GEN_DIR "/dep.dec\"\n"
        ".global tl_dep_blob_end\n"
        "tl_dep_blob_end:\n"
        ".byte 0\n"
        ".previous\n");

#include "tl_dep.h"

extern const unsigned char tl_dep_blob[];
extern const unsigned char tl_dep_blob_end[];

tl_dep_model *tl_dep_load_builtin(tl_error *err) {
    return tl_dep_view_decoded(tl_dep_blob, (size_t)(tl_dep_blob_end - tl_dep_blob), err);
}
