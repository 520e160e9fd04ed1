/* tl_fail.h -- allocation-failure injection for tests: with -DTL_TEST_MALLOC_FAIL, the Nth allocation of the library fails. */
#ifndef TL_FAIL_H
#define TL_FAIL_H
/*
 * The sanitizer build compiles every source with -DTL_TEST_MALLOC_FAIL and
 * `-include tl_fail.h`, which routes malloc, calloc, realloc and strdup
 * through counting wrappers.  Disarmed (the default) they only count; a test
 * arms them so that one allocation fails, and walks that number over every
 * allocation of an operation, requiring a clean error each time (the way
 * SQLite tests its out-of-memory paths).  The counter is per thread: a test
 * arms only the thread it drives.  Other builds compile none of this.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Arms the current thread: its allocation number n (0 = the next one)
 * fails, and with `sticky` every one after it too; n < 0 disarms.  Resets
 * the counters.  Can't fail. */
void tl_fail_arm(long n, int sticky);
/* Allocations attempted by this thread since the last tl_fail_arm.  Can't
 * fail. */
long tl_fail_calls(void);
/* How many allocations were made to fail since the last tl_fail_arm.  Can't
 * fail. */
long tl_fail_failed(void);
/* Whether injection is compiled in.  Can't fail. */
int tl_fail_enabled(void);

#ifdef TL_TEST_MALLOC_FAIL
void *tl_fail_malloc(size_t n);
void *tl_fail_calloc(size_t n, size_t size);
void *tl_fail_realloc(void *p, size_t n);
char *tl_fail_strdup(const char *s);
#define malloc(n) tl_fail_malloc(n)
#define calloc(n, s) tl_fail_calloc(n, s)
#define realloc(p, n) tl_fail_realloc(p, n)
#define strdup(s) tl_fail_strdup(s)
#endif
#endif
