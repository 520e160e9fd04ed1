/* tl_gaz_data.h -- layout of the generated gazetteer tables (placeholder). */
#ifndef TL_GAZ_DATA_H
#define TL_GAZ_DATA_H
typedef struct tl_gaz_table { int n; } tl_gaz_table;
extern const tl_gaz_table tl_gaz_builtin;
#endif
