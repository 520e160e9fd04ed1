/* tl_gaz.c -- gazetteer lookups (placeholder until the generated tables land). */
#include "tl_gaz.h"
#include "tl_gaz_data.h"
#include <stdlib.h>
struct tl_gaz { const tl_gaz_table *t; };
tl_gaz *tl_gaz_open(void) { tl_gaz *g = malloc(sizeof *g); if (g) g->t = &tl_gaz_builtin; return g; }
void tl_gaz_close(tl_gaz *g) { free(g); }
uint32_t tl_gaz_lookup(const tl_gaz *g, const char *s, size_t n) { (void)g; (void)s; (void)n; return 0; }
uint32_t tl_gaz_lookup_cased(const tl_gaz *g, const char *s, size_t n) { (void)g; (void)s; (void)n; return 0; }
const char *tl_gaz_country(const tl_gaz *g, const char *s, size_t n, size_t *l) { (void)g; (void)s; (void)n; *l = 0; return NULL; }
uint32_t tl_gaz_population(const tl_gaz *g, const char *s, size_t n) { (void)g; (void)s; (void)n; return 0; }
unsigned tl_gaz_max_words(const tl_gaz *g) { (void)g; return 0; }
