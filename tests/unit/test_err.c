/* test_err.c -- unit tests of the shared error setter and little-endian reader (src/core/tl_err.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "tl_err.h"

/* The message is formatted, the offset cleared, a long message cut to fit
 * with its terminator, and a NULL error ignored. */
static void test_setf(void **state) {
    (void)state;
    tl_error e = {.code = 0, .offset = 42};
    tl_err_setf(&e, TL_EFORMAT, "model %s: %d rows", "dep", 7);
    assert_int_equal(e.code, TL_EFORMAT);
    assert_true(e.offset == -1);
    assert_string_equal(e.msg, "model dep: 7 rows");
    char big[600];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    tl_err_setf(&e, TL_EIO, "%s", big);
    assert_int_equal(strlen(e.msg), sizeof e.msg - 1);
    tl_err_setf(NULL, TL_EIO, "ignored");
}

/* Bytes are read least significant first, whatever the host. */
static void test_rd32le(void **state) {
    (void)state;
    const unsigned char b[4] = {0x78, 0x56, 0x34, 0x12};
    assert_int_equal(tl_rd32le(b), 0x12345678u);
    const unsigned char f[4] = {0xff, 0xff, 0xff, 0xff};
    assert_true(tl_rd32le(f) == 0xffffffffu);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_setf),
        cmocka_unit_test(test_rd32le),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
