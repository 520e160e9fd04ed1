/* tl_ner_blob.c -- embeds models/ner.model into the library, decoded at build time into the form its scorer reads. */
/* The build decodes the committed model file into the form the scorer
 * reads (tools/build/model-decode.c, $(BUILD)/gen/ner.dec; the Makefile
 * passes TL_GEN_DIR), so that it is used in place, with nothing decoded at
 * start.  The assembler's .incbin reads the file relative to the directory
 * the compiler runs in: the Makefile always builds from the repository
 * root. */
#ifndef TL_GEN_DIR
#define TL_GEN_DIR "build/gen"
#endif
__asm__(".section .rodata\n"
        ".global tl_ner_blob\n"
        ".balign 64\n"
        "tl_ner_blob:\n"
        ".incbin \"" TL_GEN_DIR "/ner.dec\"\n"
        ".global tl_ner_blob_end\n"
        "tl_ner_blob_end:\n"
        ".byte 0\n"
        ".previous\n");
