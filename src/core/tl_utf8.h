/* tl_utf8.h -- UTF-8 validation, repair, decoding and case folding. */
#ifndef TL_UTF8_H
#define TL_UTF8_H
#include <stddef.h>
#include <stdint.h>

/* Length (1-4) of the valid UTF-8 sequence at s, or 0 when the bytes there
 * are not valid UTF-8 (overlong, surrogate, truncated, > U+10FFFF).
 * Can't fail. */
size_t tl_utf8_valid_len(const char *s, size_t n);

/* Decodes one code point at s into *cp and returns its length; on an invalid
 * byte returns 1 and sets *cp to U+FFFD.  n must be > 0.  Can't fail. */
size_t tl_utf8_decode(const char *s, size_t n, int32_t *cp);

/* Called once for every repaired byte run. */
typedef void (*tl_utf8_report)(void *ctx, size_t offset, const char *what);

/* Repairs s in place, byte for byte, so every offset keeps its meaning:
 * each byte of an invalid sequence becomes '?', each NUL becomes ' '.
 * Returns the number of bytes replaced.  Can't fail. */
size_t tl_utf8_repair(char *s, size_t n, tl_utf8_report report, void *ctx);

/* Unicode classes of a code point (via utf8proc) beyond ASCII; the inline
 * tl_uc_is_* below answer ASCII themselves (the tokenizer and the taggers
 * ask for nearly every character).  Can't fail. */
int tl_uc_upper_nonascii(int32_t cp);
int tl_uc_lower_nonascii(int32_t cp);
int tl_uc_alpha_nonascii(int32_t cp);
int tl_uc_digit_nonascii(int32_t cp);
int tl_uc_space_nonascii(int32_t cp);

/* Unicode classes of a code point.  Can't fail. */
static inline int tl_uc_is_upper(int32_t cp) {
    return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : tl_uc_upper_nonascii(cp);
}
static inline int tl_uc_is_lower(int32_t cp) {
    return cp < 0x80 ? cp >= 'a' && cp <= 'z' : tl_uc_lower_nonascii(cp);
}
static inline int tl_uc_is_alpha(int32_t cp) {
    return cp < 0x80 ? (cp | 32) >= 'a' && (cp | 32) <= 'z' : tl_uc_alpha_nonascii(cp);
}
static inline int tl_uc_is_digit(int32_t cp) {
    return cp < 0x80 ? cp >= '0' && cp <= '9' : tl_uc_digit_nonascii(cp);
}
static inline int tl_uc_is_space(int32_t cp) {
    return cp < 0x80 ? cp == ' ' || (cp >= 9 && cp <= 13) : tl_uc_space_nonascii(cp);
}
static inline int tl_uc_is_dash(int32_t cp) {
    return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 ||
           cp == 0x2014 || cp == 0x2015 || cp == 0x2212;
}
static inline int tl_uc_is_apostrophe(int32_t cp) {
    return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == '`';
}
static inline int tl_uc_is_quote(int32_t cp) {
    return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB ||
           cp == 0xBB || cp == 0x2018 || cp == 0x2019;
}

/* Writes the matching key of s into out (at most cap-1 bytes, always
 * NUL-terminated): case-folded, accents stripped, curly apostrophes made
 * straight, letters with no decomposition spelled plainly (ı -> i, ə -> a,
 * ø ł đ ð ħ).  Returns the length written.  Can't fail (invalid bytes are
 * dropped, overlong input is truncated at a character boundary). */
size_t tl_utf8_fold(const char *s, size_t n, char *out, size_t cap);

/* Like tl_utf8_fold but keeping case: accents stripped, apostrophes and
 * dashes made ASCII.  Returns the length, or (size_t)-1 when the result
 * does not fit in cap-1 bytes.  Can't fail otherwise. */
size_t tl_utf8_strip(const char *s, size_t n, char *out, size_t cap);
#endif
