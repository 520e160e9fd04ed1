/* file_fixture.h -- what the unit tests of readers, the folder walk and store files share: files written and removed, a UTF-8 check. */
#ifndef FILE_FIXTURE_H
#define FILE_FIXTURE_H
#include <stdio.h>
#include <stdlib.h>
#include "tl_utf8.h"

/* Whether s[0..n) is valid UTF-8; can't fail. */
static inline int utf8_ok(const char *s, size_t n) {
    for (size_t i = 0, k; i < n; i += k)
        if (!(k = tl_utf8_valid_len(s + i, n - i))) return 0;
    return 1;
}

/* Writes n bytes of p to `path`, replacing it (the test fails when it
 * cannot). */
static inline void write_file(const char *path, const void *p, size_t n) {
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    if (n) assert_int_equal(fwrite(p, 1, n, f), n);
    fclose(f);
}

/* Writes the string `text` to dir/name (the test fails when it cannot). */
static inline void put(const char *dir, const char *name, const char *text) {
    char p[8320];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    write_file(p, text, strlen(text));
}

/* rm -rf of a test folder (no symbolic link is followed). */
static inline void rm_rf(const char *dir) {
    char cmd[8320];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

#endif
