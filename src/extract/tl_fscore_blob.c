/* tl_fscore_blob.c -- embeds models/fscore.model (the learned fact scorer) into the library at build time. */
/* The assembler's .incbin reads the file relative to the directory the
 * compiler runs in: the Makefile always builds from the repository root.
 * An empty file is allowed: the scorer is then simply off. */
__asm__(".section .rodata\n"
        ".global tl_fscore_blob\n"
        ".balign 16\n"
        "tl_fscore_blob:\n"
        ".incbin \"models/fscore.model\"\n"
        ".global tl_fscore_blob_end\n"
        "tl_fscore_blob_end:\n"
        ".byte 0\n"
        ".previous\n");
