/* tl_ner_blob.c -- embeds models/ner.model into the library at build time. */
/* The assembler's .incbin reads the file relative to the directory the
 * compiler runs in: the Makefile always builds from the repository root. */
__asm__(".section .rodata\n"
        ".global tl_ner_blob\n"
        ".balign 16\n"
        "tl_ner_blob:\n"
        ".incbin \"models/ner.model\"\n"
        ".global tl_ner_blob_end\n"
        "tl_ner_blob_end:\n"
        ".byte 0\n"
        ".previous\n");
