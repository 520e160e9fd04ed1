/* tl_pos_blob.c -- embeds models/pos.model (the part-of-speech tagger) into the library at build time. */
/* The assembler's .incbin reads the file relative to the directory the
 * compiler runs in: the Makefile always builds from the repository root. */
__asm__(".section .rodata\n"
        ".global tl_pos_blob\n"
        ".balign 16\n"
        "tl_pos_blob:\n"
        ".incbin \"models/pos.model\"\n"
        ".global tl_pos_blob_end\n"
        "tl_pos_blob_end:\n"
        ".byte 0\n"
        ".previous\n");
