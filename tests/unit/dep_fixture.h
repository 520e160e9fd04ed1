/* dep_fixture.h -- the parser tests' shared set-up: the built-in model per test group, and sentences split at spaces into word views. */
#ifndef DEP_FIXTURE_H
#define DEP_FIXTURE_H
#include <stdio.h>
#include "threadline.h"
#include "tl_dep.h"

/* A cmocka group set-up: the built-in parser model in *state.  0, or -1
 * (with the reason on stderr) when it does not load. */
static inline int setup(void **state) {
    tl_error err = {0};
    tl_dep_model *m = tl_dep_load_builtin(&err);
    if (!m) fprintf(stderr, "built-in parser model: %s\n", err.msg);
    *state = m;
    return m ? 0 : -1;
}

/* The group tear-down matching setup; can't fail. */
static inline int teardown(void **state) {
    tl_dep_free(*state);
    return 0;
}

/* Splits s at spaces into at most max views of s; returns how many.
 * Can't fail. */
static inline size_t split(const char *s, tl_str *w, size_t max) {
    size_t n = 0;
    while (*s && n < max) {
        while (*s == ' ') s++;
        if (!*s) break;
        const char *b = s;
        while (*s && *s != ' ') s++;
        w[n].ptr = b;
        w[n].len = (size_t)(s - b);
        n++;
    }
    return n;
}

#endif
