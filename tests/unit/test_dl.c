/* test_dl.c -- unit tests of libraries loaded on first use (tl_dl): found, missing, and a missing symbol. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "tl_dl.h"

typedef double (*unary_fn)(double);

static void test_loads_and_resolves(void **state) {
    (void)state;
    unary_fn f = NULL, g = NULL;
    const tl_dl_sym syms[] = {{"sqrt", (void **)&f}, {"fabs", (void **)&g}};
    tl_dl_lib lib = {0};
    tl_error err = {0};
    assert_int_equal(tl_dl_open(&lib, "libm.so.6", "libc6", "arithmetic", syms, 2, &err), TL_OK);
    assert_non_null(lib.handle);
    assert_non_null(f);
    assert_true(f(16.0) == 4.0);
    assert_true(g(-2.5) == 2.5);
    tl_dl_close(&lib);
    assert_null(lib.handle);
    /* loaded with RTLD_NODELETE: the symbols outlive the reference */
    assert_true(f(9.0) == 3.0);
    tl_dl_close(&lib); /* a second close is a no-op */
}

static void test_missing_library_names_package(void **state) {
    (void)state;
    void *sentinel = (void *)&sentinel, *p = sentinel;
    const tl_dl_sym syms[] = {{"anything", &p}};
    tl_dl_lib lib = {(void *)&lib};
    tl_error err = {0};
    assert_int_equal(tl_dl_open(&lib, "libthreadline-no-such.so.99", "libno-such9", "PDF input", syms, 1, &err),
                     TL_ENOTFOUND);
    assert_int_equal(err.code, TL_ENOTFOUND);
    assert_non_null(strstr(err.msg, "PDF input"));
    assert_non_null(strstr(err.msg, "libno-such9"));
    /* untouched on error */
    assert_ptr_equal(p, sentinel);
    assert_ptr_equal(lib.handle, (void *)&lib);
}

static void test_missing_symbol_writes_nothing(void **state) {
    (void)state;
    void *sentinel = (void *)&sentinel, *a = sentinel, *b = sentinel;
    const tl_dl_sym syms[] = {{"sqrt", &a}, {"tl_no_such_symbol_anywhere", &b}};
    tl_dl_lib lib = {0};
    tl_error err = {0};
    assert_int_equal(tl_dl_open(&lib, "libm.so.6", "libc6", "arithmetic", syms, 2, &err), TL_ENOTFOUND);
    assert_non_null(strstr(err.msg, "tl_no_such_symbol_anywhere"));
    assert_ptr_equal(a, sentinel); /* the found one is not written either */
    assert_ptr_equal(b, sentinel);
    assert_null(lib.handle);
}

static void test_bad_arguments(void **state) {
    (void)state;
    tl_dl_lib lib = {0};
    tl_error err = {0};
    assert_int_equal(tl_dl_open(NULL, "libm.so.6", NULL, NULL, NULL, 0, &err), TL_EINVAL);
    assert_int_equal(tl_dl_open(&lib, NULL, NULL, NULL, NULL, 0, &err), TL_EINVAL);
    assert_int_equal(tl_dl_open(&lib, "libm.so.6", NULL, NULL, NULL, 1, NULL), TL_EINVAL);
    assert_null(lib.handle);
    tl_dl_close(NULL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_loads_and_resolves),
        cmocka_unit_test(test_missing_library_names_package),
        cmocka_unit_test(test_missing_symbol_writes_nothing),
        cmocka_unit_test(test_bad_arguments),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
