/* tl_gaz_data.h -- layout of the generated gazetteer tables (build/gen/tl_gaz_data.c). */
#ifndef TL_GAZ_DATA_H
#define TL_GAZ_DATA_H
#include <stdint.h>

/* Population and country links of an entry (most entries have none). */
typedef struct tl_gaz_extra {
    uint32_t pop;           /* population of the largest place with the name, or 0 */
    uint16_t country;       /* 1 + country of a demonym / country name, 0 = none */
    uint16_t place_country; /* 1 + country the place lies in (or is), 0 = none */
} tl_gaz_extra;

/* All tables are const and built by data/gen-gazetteer.js.  A string
 * reference is packed as (offset into blob << 8) | byte length.  An all-zero
 * table (the fallback when no data was generated) is valid and empty. */
typedef struct tl_gaz_table {
    const char *blob;            /* every key, cased form and country name */
    uint32_t blob_len;
    const uint32_t *ent_key;     /* folded key: off << 8 | len; entries sorted by key */
    const uint32_t *ent_flags;   /* union of the variants' TL_GAZ_* flags */
    const uint32_t *ent_var;     /* (1 + first variant) << 8 | count; or 0: the key itself is
                                  * the only cased form; 1: the only cased form is the ASCII key
                                  * with the first letter and letters after ' ' or '-' upper-cased */
    const uint16_t *ent_extra;   /* 1 + index into extras, 0 = none */
    uint32_t n_ent;
    const uint32_t *var_str;     /* cased form: off << 8 | len */
    const uint32_t *var_flags;   /* flags of that cased form */
    uint32_t n_var;
    const tl_gaz_extra *extras;
    uint32_t n_extra;
    const uint32_t *countries;   /* common country names: off << 8 | len */
    uint32_t n_countries;
    const uint32_t *slots;       /* open-addressing hash (FNV-1a of the key, linear probing): 1 + entry, 0 = empty */
    uint32_t slot_mask;          /* number of slots - 1 */
    uint32_t max_words;          /* longest key in words */
    uint32_t max_key_len;        /* longest key in bytes */
} tl_gaz_table;

extern const tl_gaz_table tl_gaz_builtin;
#endif
