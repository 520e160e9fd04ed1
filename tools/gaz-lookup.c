/* gaz-lookup.c -- prints the gazetteer flags of each argument (a maintenance aid). */
#include "tl_gaz.h"
#include <stdio.h>
#include <string.h>

static const char *names[] = {"COUNTRY", "SUBDIV", "CITY", "CITY_BIG", "DEMONYM", "GIVEN", "REGION",
                              "WORD", "NORP", "TITLE", "ORG_HEAD", "FAC_HEAD", "LOC_HEAD", "EVENT_HEAD",
                              "GPE_HEAD", "ORG_WORD", "ABBREV", "CAPITAL", "MONTH", "WEEKDAY", "STOP",
                              "SURNAME_PART", "CURRENCY", "B23", "B24"};

int main(int argc, char **argv) {
    tl_gaz *g = tl_gaz_open();
    if (!g) return 1;
    for (int i = 1; i < argc; i++) {
        uint32_t f = tl_gaz_lookup(g, argv[i], strlen(argv[i]));
        uint32_t c = tl_gaz_lookup_cased(g, argv[i], strlen(argv[i]));
        size_t cl = 0;
        const char *country = tl_gaz_country(g, argv[i], strlen(argv[i]), &cl);
        printf("%s:", argv[i]);
        for (int b = 0; b < 25; b++)
            if (f & (1u << b)) printf(" %s%s", names[b], (c & (1u << b)) ? "" : "(case)");
        if (country) printf("  country=%.*s", (int)cl, country);
        printf("  pop=%u\n", tl_gaz_population(g, argv[i], strlen(argv[i])));
    }
    tl_gaz_close(g);
    return 0;
}
