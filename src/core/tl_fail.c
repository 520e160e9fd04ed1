/* tl_fail.c -- allocation-failure injection for tests (tl_fail.h); inert unless built with -DTL_TEST_MALLOC_FAIL. */
#include "tl_fail.h"
/* The wrappers call the real functions (the build may have included
 * tl_fail.h, macros and all, before this file's first line). */
#undef malloc
#undef calloc
#undef realloc
#undef strdup

#ifdef TL_TEST_MALLOC_FAIL
/* Per-thread test state: this file exists to count the allocations of the
 * thread a test drives, which is the one place the project keeps mutable
 * state outside an object (and only in test builds). */
static _Thread_local long fail_at = -1, calls, failed;
static _Thread_local int fail_sticky;

void tl_fail_arm(long n, int sticky) {
    fail_at = n;
    fail_sticky = sticky;
    calls = 0;
    failed = 0;
}
long tl_fail_calls(void) { return calls; }
long tl_fail_failed(void) { return failed; }
int tl_fail_enabled(void) { return 1; }

static int should_fail(void) {
    long i = calls++;
    if (fail_at < 0 || i < fail_at || (i > fail_at && !fail_sticky)) return 0;
    failed++;
    return 1;
}

void *tl_fail_malloc(size_t n) { return should_fail() ? NULL : malloc(n); }
void *tl_fail_calloc(size_t n, size_t size) { return should_fail() ? NULL : calloc(n, size); }
void *tl_fail_realloc(void *p, size_t n) { return should_fail() ? NULL : realloc(p, n); }
char *tl_fail_strdup(const char *s) { return should_fail() ? NULL : strdup(s); }
#else
void tl_fail_arm(long n, int sticky) {
    (void)n;
    (void)sticky;
}
long tl_fail_calls(void) { return 0; }
long tl_fail_failed(void) { return 0; }
int tl_fail_enabled(void) { return 0; }
#endif
