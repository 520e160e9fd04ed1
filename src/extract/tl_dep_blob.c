/* tl_dep_blob.c -- embeds models/dep.model (the dependency parser) into the library at build time. */
/* The assembler's .incbin reads the file relative to the directory the
 * compiler runs in: the Makefile always builds from the repository root. */
__asm__(".section .rodata\n"
        ".global tl_dep_blob\n"
        ".balign 16\n"
        "tl_dep_blob:\n"
        ".incbin \"models/dep.model\"\n"
        ".global tl_dep_blob_end\n"
        "tl_dep_blob_end:\n"
        ".byte 0\n"
        ".previous\n");
