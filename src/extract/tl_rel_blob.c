/* tl_rel_blob.c -- embeds models/rel.model (the entity-pair relation classifier) into the library at build time. */
/* The assembler's .incbin reads the file relative to the directory the
 * compiler runs in: the Makefile always builds from the repository root.
 * An empty file is allowed: the classifier is then simply off. */
__asm__(".section .rodata\n"
        ".global tl_rel_blob\n"
        ".balign 16\n"
        "tl_rel_blob:\n"
        ".incbin \"models/rel.model\"\n"
        ".global tl_rel_blob_end\n"
        "tl_rel_blob_end:\n"
        ".byte 0\n"
        ".previous\n");
