/* test_sha256.c -- unit tests of the SHA-256 document ids (tl_sha256.h) against published vectors. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "tl_sha256.h"

static void check(const void *data, size_t len, const char *want) {
    char out[65];
    memset(out, 'x', sizeof out);
    tl_sha256_hex(data, len, out);
    assert_int_equal(out[64], 0);
    assert_string_equal(out, want);
}

static void test_nist_vectors(void **state) {
    (void)state;
    check("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    check("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    check(two, strlen(two), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    /* NULL is fine with length 0 (an empty document). */
    check(NULL, 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

/* Lengths around the 55/56/64-byte padding boundaries, checked against
 * values computed with sha256sum. */
static void test_padding_boundaries(void **state) {
    (void)state;
    char a[130];
    memset(a, 'a', sizeof a);
    check(a, 55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    check(a, 56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
    check(a, 63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34");
    check(a, 64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    check(a, 65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0");
    check(a, 128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e");
}

static void test_one_mebibyte(void **state) {
    (void)state;
    /* 1 MiB of 'a' (sha256sum of `head -c 1048576 /dev/zero | tr '\0' a`). */
    size_t n = 1u << 20;
    char *buf = malloc(n);
    assert_non_null(buf);
    memset(buf, 'a', n);
    check(buf, n, "9bc1b2a288b26af7257a36277ae3816a7d4f16e89c1e7e77d0a5c48bad62b360");
    /* Every byte value, with a period (251) that never lines up with the
     * 64-byte block, so a wrong byte order or carry shows (python hashlib). */
    for (size_t i = 0; i < n; i++) buf[i] = (char)(unsigned char)(i % 251);
    check(buf, n, "631b84027d6b9e52b539c4e8373622d23032dfadc64d60af87339c9037e4f769");
    free(buf);
}

static void test_million_a(void **state) {
    (void)state;
    /* FIPS 180-2 long vector: one million 'a'. */
    size_t n = 1000000;
    char *buf = malloc(n);
    assert_non_null(buf);
    memset(buf, 'a', n);
    check(buf, n, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(buf);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nist_vectors),
        cmocka_unit_test(test_padding_boundaries),
        cmocka_unit_test(test_one_mebibyte),
        cmocka_unit_test(test_million_a),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
