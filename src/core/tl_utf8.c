/* tl_utf8.c -- UTF-8 validation, repair, decoding and case folding. */
#include "tl_utf8.h"
#include <utf8proc.h>
#include <string.h>

size_t tl_utf8_valid_len(const char *str, size_t n) {
    const unsigned char *s = (const unsigned char *)str;
    if (n == 0) return 0;
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0;
    if (c < 0xE0) {
        if (n < 2 || (s[1] & 0xC0) != 0x80) return 0;
        return 2;
    }
    if (c < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && s[1] < 0xA0) return 0;  /* overlong */
        if (c == 0xED && s[1] >= 0xA0) return 0; /* surrogate */
        return 3;
    }
    if (c < 0xF5) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
            (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90) return 0;  /* overlong */
        if (c == 0xF4 && s[1] >= 0x90) return 0; /* > U+10FFFF */
        return 4;
    }
    return 0;
}

size_t tl_utf8_decode(const char *str, size_t n, int32_t *cp) {
    const unsigned char *s = (const unsigned char *)str;
    size_t l = tl_utf8_valid_len(str, n);
    switch (l) {
    case 1: *cp = s[0]; return 1;
    case 2: *cp = ((s[0] & 0x1F) << 6) | (s[1] & 0x3F); return 2;
    case 3: *cp = ((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F); return 3;
    case 4:
        *cp = ((s[0] & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) |
              (s[3] & 0x3F);
        return 4;
    default: *cp = 0xFFFD; return 1;
    }
}

size_t tl_utf8_repair(char *s, size_t n, tl_utf8_report report, void *ctx) {
    size_t fixed = 0, i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0) {
            size_t j = i;
            while (j < n && s[j] == 0) s[j++] = ' ';
            if (report) report(ctx, i, "NUL byte replaced by a space");
            fixed += j - i;
            i = j;
            continue;
        }
        if (c < 0x80) { i++; continue; }
        size_t l = tl_utf8_valid_len(s + i, n - i);
        if (l) { i += l; continue; }
        size_t j = i;
        while (j < n && (unsigned char)s[j] >= 0x80 && !tl_utf8_valid_len(s + j, n - j))
            s[j++] = '?';
        if (report) report(ctx, i, "invalid UTF-8 replaced by '?'");
        fixed += j - i;
        i = j;
    }
    return fixed;
}

int tl_uc_upper_nonascii(int32_t cp) {
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}
int tl_uc_lower_nonascii(int32_t cp) {
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}
int tl_uc_alpha_nonascii(int32_t cp) {
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}
int tl_uc_digit_nonascii(int32_t cp) {
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}
int tl_uc_space_nonascii(int32_t cp) {
    if (cp == 0xA0 || cp == 0x200B || cp == 0xFEFF) return 1;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL ||
           c == UTF8PROC_CATEGORY_ZP;
}

/* The plain Latin spelling of a letter that has no decomposition, or NULL. */
static const char *latin_plain(int32_t cp, int fold_case) {
    switch (cp) {
    case 0x0131: return "i";                          /* ı */
    case 0x0259: return "a";                          /* ə */
    case 0x018F: return fold_case ? "a" : "A";        /* Ə */
    case 0x00F8: return "o";                          /* ø */
    case 0x00D8: return fold_case ? "o" : "O";
    case 0x0142: return "l";                          /* ł */
    case 0x0141: return fold_case ? "l" : "L";
    case 0x0111: case 0x00F0: return "d";             /* đ ð */
    case 0x0110: case 0x00D0: return fold_case ? "d" : "D";
    case 0x0127: return "h";                          /* ħ */
    case 0x0126: return fold_case ? "h" : "H";
    default: return NULL;
    }
}

/* Accent stripping, apostrophe and dash mapping, and (when fold_case) case
 * folding; sets *overflow when the output did not fit.  Shared by
 * tl_utf8_fold and tl_utf8_strip so the two keys always agree. */
static inline size_t fold_impl(const char *s, size_t n, char *out, size_t cap, int fold_case, int *overflow) {
    size_t o = 0;
    *overflow = 0;
    if (cap == 0) { *overflow = n > 0; return 0; }
    for (size_t i = 0; i < n;) {
        unsigned char b = (unsigned char)s[i];
        if (b < 0x80 && b != '`') { /* fast path: ASCII */
            if (o + 1 >= cap) { *overflow = 1; break; }
            out[o++] = (char)((fold_case && b >= 'A' && b <= 'Z') ? b + 32 : b);
            i++;
            continue;
        }
        int32_t cp;
        size_t l = tl_utf8_decode(s + i, n - i, &cp);
        i += l;
        if (cp == 0xFFFD && l == 1) continue;
        if (tl_uc_is_apostrophe(cp)) cp = '\'';
        else if (tl_uc_is_dash(cp)) cp = '-';
        /* Letters with no decomposition that names written in Latin script
         * spell with a plain letter elsewhere: Turkish and Azerbaijani
         * dotless ı (Yıldırım = Yildirim), Azerbaijani ə (Əliyev = Aliyev),
         * and ø ł đ ð ħ of other alphabets. */
        const char *sub = latin_plain(cp, fold_case);
        if (sub) {
            size_t sl = strlen(sub);
            if (o + sl >= cap) { *overflow = 1; break; }
            memcpy(out + o, sub, sl);
            o += sl;
            continue;
        }
        if (cp < 0x80) {
            if (o + 1 >= cap) { *overflow = 1; break; }
            out[o++] = (char)((fold_case && cp >= 'A' && cp <= 'Z') ? cp + 32 : cp);
            continue;
        }
        /* Decompose, drop combining marks, fold case. */
        utf8proc_int32_t buf[8];
        utf8proc_ssize_t k = utf8proc_decompose_char(
            cp, buf, 8,
            UTF8PROC_DECOMPOSE | (fold_case ? UTF8PROC_CASEFOLD : 0) | UTF8PROC_STRIPMARK | UTF8PROC_COMPAT, NULL);
        if (k < 0) k = 0;
        for (utf8proc_ssize_t j = 0; j < k && j < 8; j++) {
            utf8proc_uint8_t enc[4];
            utf8proc_ssize_t el = utf8proc_encode_char(buf[j], enc);
            if (o + (size_t)el >= cap) { *overflow = 1; out[o] = 0; return o; }
            memcpy(out + o, enc, (size_t)el);
            o += (size_t)el;
        }
    }
    out[o] = 0;
    return o;
}

size_t tl_utf8_fold(const char *s, size_t n, char *out, size_t cap) {
    int overflow;
    return fold_impl(s, n, out, cap, 1, &overflow);
}

size_t tl_utf8_strip(const char *s, size_t n, char *out, size_t cap) {
    int overflow;
    size_t o = fold_impl(s, n, out, cap, 0, &overflow);
    return overflow ? (size_t)-1 : o;
}
