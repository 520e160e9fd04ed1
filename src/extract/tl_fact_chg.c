/* tl_fact_chg.c -- who holds the charges a charge noun names: "X faces 11
 * counts", "X denied the charges", "X received a life sentence", "the
 * defendants include X; Y". */
#include "tl_cues.h"
#include "tl_fact.h"
#include "tl_fact_int.h"

/* The person mention starting at token i (a name, not a pronoun), or -1. */
static int person_at(const tl_fsent *s, uint32_t i) {
    if (i < s->sb || i >= s->se) return -1;
    int m = tl_fact_ment_at(s, i);
    if (m < 0 || s->ms[m].pron || s->ms[m].tb != i || s->ms[m].type != TL_PERSON) return -1;
    return m;
}

/* "the defendants include X, a judge; Y, a lawyer; and Z": every person
 * that opens an item of the list starting at token i: in the first item
 * (before any ',' or ';') unless a preposition's object ("the former
 * minister X"), in the later ones right after ',', ';', a conjunction,
 * "including" or "among them" (so "X, a judge with Y's party" names Y in
 * no item of its own).  A relative clause ("..., who ...") ends the
 * list. */
static void defendant_list(tl_fsent *s, uint32_t i, uint32_t trig, int status) {
    int first = 1;
    for (uint32_t k = i; k < s->se; k++) {
        if (tl_fact_wl(s, k, WL_THAT_WHO_WHICH)) return;
        /* "..., among them X", "..., including X" open an item too */
        int open = (first && !tl_fact_wl(s, k - 1, WL_PREPS)) || tl_fact_is(s, k - 1, ",") ||
                   tl_fact_is(s, k - 1, ";") || tl_fact_wl(s, k - 1, WL_AND_OR) || tl_fact_is(s, k - 1, "including") ||
                   (tl_fact_is(s, k - 1, "them") && tl_fact_is(s, k - 2, "among"));
        if (tl_fact_is(s, k, ",") || tl_fact_is(s, k, ";")) first = 0;
        int m = person_at(s, k);
        if (m >= 0 && open) tl_fact_emit(s, TL_CHARGED, m, -1, -1, -1, trig, status);
        if (m >= 0) k = s->ms[m].te - 1;
    }
}

/* The verb before "on" ("wanted on charges") at token u, or before a
 * name after "in" or "by" ending at u ("wanted in the United States on
 * charges"): that verb's token, else u.  Can't fail. */
static uint32_t charge_on_verb(const tl_fsent *s, uint32_t u) {
    int m = tl_fact_ment_ending(s, u);
    if (m < 0 || s->ms[m].pron) return u;
    uint32_t b = s->ms[m].tb;
    if (b > s->sb + 1 && tl_fact_is(s, b - 1, "the")) b--;
    return b > s->sb + 1 && tl_fact_w(s, b - 1, "in|by") ? b - 2 : u;
}

int tl_fact_charge_holder(tl_fsent *s, uint32_t i, uint32_t st, int status) {
    uint32_t mask = tl_fact_role_mask(TL_CHARGED, 0);
    if (tl_fact_w(s, i, "defendant|defendants|co-defendant|co-defendants")) {
        /* "defendant X": the noun titles the name after it */
        int m = person_at(s, i + 1);
        if (m >= 0) {
            tl_fact_emit(s, TL_CHARGED, m, -1, -1, -1, i, status);
            return 1;
        }
        /* "The other defendants, A, B and C, remain at large": the names
         * set off after the plural */
        m = tl_fact_w(s, i, "defendants|co-defendants") && tl_fact_is(s, i + 1, ",") ? person_at(s, i + 2) : -1;
        if (m >= 0) {
            tl_fact_emit_coord(s, TL_CHARGED, m, 1, i, status);
            return 1;
        }
        /* "X was among the defendants", "X is one of 12 defendants", "X is
         * a defendant in the case" */
        uint32_t a = st;
        if (a > s->sb + 2 && tl_fact_is(s, a - 1, "of") && tl_fact_is(s, a - 2, "one")) a -= 2;
        else if (a > s->sb + 1 && tl_fact_is(s, a - 1, "among")) a--;
        else if (!(tl_fact_w(s, st, "a|an") && !tl_fact_w(s, i, "defendants|co-defendants"))) a = s->sb;
        /* (a civil suit charges no one: "a defendant in a libel suit") */
        for (uint32_t k = i + 1; k < s->se && k < i + 6; k++)
            if (tl_fact_w(s, k, "lawsuit|lawsuits|suit|suits|civil|libel|defamation|divorce")) return 0;
        if (a > s->sb + 1 && tl_fact_wl(s, a - 1, WL_BE)) {
            int h = tl_fact_subject(s, a - 1, mask);
            if (h >= 0) {
                tl_fact_emit_coord(s, TL_CHARGED, h, -1, a - 1, status);
                return 1;
            }
        }
        /* "the defendants include X and Y" */
        if (i + 1 < s->se && tl_fact_w(s, i + 1, TL_CUE_DEFENDANT_LIST_VERBS)) {
            uint32_t k = i + 2;
            if (k < s->se && tl_fact_is(s, k, ":")) k++;
            defendant_list(s, k, i, status);
            return 1;
        }
        return 0;
    }
    /* a term is a prison term ("served two terms as mayor" is none) */
    if (tl_fact_w(s, i, "term|terms") && !tl_fact_w(s, i - 1, "prison|jail|custodial")) return 0;
    /* "X faces up to 20 years in prison", "X received life in prison":
     * the phrase of the time reaches back to the verb */
    if (tl_fact_w(s, i, "prison|jail") && st == i && tl_fact_w(s, i - 1, "in|behind")) {
        uint32_t k = i - 1;
        while (k > s->sb && k + 8 > i &&
               ((s->d->tokens[k - 1].flags & TL_TOK_DIGIT) ||
                tl_fact_w(s, k - 1, "years|year|months|month|life|decades|to|up|of|a|maximum|minimum|more|than|"
                                    "at|least|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty")))
            k--;
        if (k + 1 >= i || k == s->sb) return 0;
        st = k;
    } else if (tl_fact_w(s, i, "prison|jail")) {
        return 0;
    }
    /* "X faces 11 criminal counts", "X denied the charges", "X pleaded not
     * guilty to the charges", "X was found guilty of two counts": the
     * subject of the verb the charge phrase is the object of */
    int charges = tl_fact_w(s, i, "charge|charges");
    /* the verb just before the phrase, or inside it where the tagger left
     * a participle or read a plural noun ("is facing three counts", "X
     * faces terrorism charges in Y": np_start went over it, to the
     * sentence's first word at times) */
    uint32_t v = st > s->sb ? st - 1 : s->se;
    for (uint32_t k = st; k < i; k++)
        if (k > s->sb && tl_fact_w(s, k, TL_CUE_CHARGE_HOLDER_VERBS)) v = k;
    if (v == s->se) return 0;
    if (tl_fact_w(s, v, "to|of|on") && v > s->sb && tl_fact_is(s, v - 1, "guilty"))
        v--;
    /* "X admitted to the charges" */
    else if (tl_fact_is(s, v, "to") && v > s->sb && tl_fact_w(s, v - 1, "admit|admits|admitted|admitting"))
        v--;
    /* "X was arrested on charges of fraud", "X is wanted on charges", "X
     * is wanted in the United States on drug charges" (a place or an
     * authority between) */
    else if (charges && tl_fact_is(s, v, "on") && v > s->sb && tl_fact_w(s, charge_on_verb(s, v - 1), TL_CUE_CHARGE_ON_VERBS))
        v = charge_on_verb(s, v - 1);
    /* "X went on trial", "X is on trial", "X was put on trial" */
    else if (tl_fact_is(s, i, "trial") && st == i && tl_fact_is(s, v, "on") && v > s->sb &&
             tl_fact_w(s, v - 1, "go|goes|went|gone|going|is|was|are|were|be|been|being|remains|remained|put|puts"))
        v--;
    else if (!tl_fact_w(s, v, TL_CUE_CHARGE_HOLDER_VERBS))
        return 0;
    int h = tl_fact_subject(s, v, mask);
    if (h < 0) return 0;
    tl_fact_emit_coord(s, TL_CHARGED, h, -1, v, status);
    return 1;
}

int tl_fact_found_guilty(tl_fsent *s, uint32_t i, int push, int status) {
    if (!tl_fact_w(s, i, "find|finds|found|finding")) return 0;
    /* the objects: names joined by ',' and "and", then "guilty" */
    int ms[4], n = 0;
    uint32_t k = i + 1;
    while (n < 4) {
        int m = tl_fact_ment_at(s, k);
        if (m < 0 || s->ms[m].tb != k || s->ms[m].pron || (s->ms[m].type != TL_PERSON && s->ms[m].type != TL_ORG))
            return 0;
        ms[n++] = m;
        k = s->ms[m].te;
        /* ("found X, 58, guilty": past an age) */
        if (k + 2 < s->se && tl_fact_is(s, k, ",") && (s->d->tokens[k + 1].flags & TL_TOK_DIGIT) &&
            tl_fact_is(s, k + 2, ","))
            k += 2;
        if (tl_fact_is(s, k, ",") && tl_fact_is(s, k + 1, "guilty")) k++;
        if (tl_fact_is(s, k, ",") && tl_fact_is(s, k + 1, "and")) k++;
        if (tl_fact_is(s, k, ",") || tl_fact_is(s, k, "and")) k++;
        else break;
    }
    /* "found X not guilty": an acquittal, which states the charge too */
    if (tl_fact_is(s, k, "not")) k++;
    if (!tl_fact_is(s, k, "guilty")) return 0;
    if (push)
        for (int q = 0; q < n; q++) tl_fact_emit(s, TL_CHARGED, ms[q], -1, -1, -1, i, status);
    return 1;
}

/* Does token k open a length of a sentence: a number, "life", "death",
 * "a"/"an" ("to a year"), a number word? */
static int term_word(const tl_fsent *s, uint32_t k) {
    return k < s->se && ((s->d->tokens[k].flags & TL_TOK_DIGIT) ||
                         tl_fact_w(s, k, "life|death|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                         "twelve|fifteen|twenty|thirty|time|community"));
}

void tl_fact_sentence_gaps(tl_fsent *s) {
    uint32_t trig = s->se;
    for (uint32_t k = s->sb; k < s->se && trig == s->se; k++)
        if (tl_fact_w(s, k, "sentenced|jailed")) trig = k;
    for (uint32_t k = trig + 1; k < s->se; k++) {
        int m = tl_fact_ment_at(s, k);
        if (m < 0 || s->ms[m].tb != k || s->ms[m].pron || s->ms[m].type != TL_PERSON) continue;
        k = s->ms[m].te - 1;
        uint32_t e = s->ms[m].te;
        if (!tl_fact_is(s, e, "to") || !term_word(s, e + 1)) continue;
        /* an item of its own: after ',' or "and", a few lower-case words
         * of description between ("and his accomplice Y to 20 years") */
        for (uint32_t j = s->ms[m].tb; j > trig + 1 && s->ms[m].tb - j < 4; j--) {
            if (tl_fact_is(s, j - 1, ",") || tl_fact_w(s, j - 1, "and|while")) {
                tl_fact_emit(s, TL_CHARGED, m, -1, -1, -1, trig, 0);
                break;
            }
            if (tl_fact_ment_at(s, j - 1) >= 0 || tl_fact_is_punct(s, j - 1) ||
                (s->d->tokens[j - 1].flags & TL_TOK_UPPER))
                break;
        }
    }
}

void tl_fact_codefendants(tl_fsent *s) {
    int nc = s->nc;
    for (int i = 0; i < nc; i++) {
        const tl_fcand *x = &s->cands[i];
        if (x->type != TL_CHARGED || x->m[0] < 0 || s->ms[x->m[0]].type != TL_PERSON || s->ms[x->m[0]].pron ||
            s->ms[x->m[0]].virt)
            continue;
        for (int j = 0; j < nc; j++) {
            const tl_fcand *y = &s->cands[j];
            if (j == i || y->type != TL_CHARGED || y->trig != x->trig || y->m[0] < 0 ||
                s->ms[y->m[0]].ent == s->ms[x->m[0]].ent || s->ms[y->m[0]].pron || s->ms[y->m[0]].virt)
                continue;
            if (!tl_fact_coordinated(s, x->m[0], y->m[0])) continue;
            /* "the brothers X and Y were charged": kin, said as such */
            int kin = 0;
            for (int k = 0; k < s->nc && !kin; k++) {
                const tl_fcand *f = &s->cands[k];
                kin = f->type == TL_FAMILY_OF && f->m[0] >= 0 && f->m[1] >= 0 &&
                      ((s->ms[f->m[0]].ent == s->ms[x->m[0]].ent && s->ms[f->m[1]].ent == s->ms[y->m[0]].ent) ||
                       (s->ms[f->m[1]].ent == s->ms[x->m[0]].ent && s->ms[f->m[0]].ent == s->ms[y->m[0]].ent));
            }
            if (kin) continue;
            tl_fcand c;
            memset(&c, 0, sizeof c);
            c.type = TL_ASSOCIATE_OF;
            c.m[0] = x->m[0];
            c.m[1] = y->m[0];
            c.m[2] = c.m[3] = -1;
            c.trig = x->trig;
            tl_fact_push(s, &c);
        }
    }
}

void tl_fact_named_in_charge(tl_fsent *s) {
    for (uint32_t k = s->sb + 2; k + 2 < s->se; k++) {
        if (!tl_fact_is(s, k, "named") || !tl_fact_is(s, k + 1, "in")) continue;
        uint32_t q = k + 2;
        if (tl_fact_w(s, q, "a|an|the|this|that")) q++;
        for (int n = 0; n < 3 && q < s->se && tl_fact_w(s, q, "criminal|federal|sealed|unsealed|superseding|new|"
                                                                 "separate|arrest|international|formal"); n++)
            q++;
        if (!tl_fact_w(s, q, "complaint|indictment|indictments|warrant|charges|charge-sheet|chargesheet")) continue;
        /* the named one: the subject of "was named", past "also" and a
         * relative "who" after its comma */
        uint32_t j = k - 1;
        if (tl_fact_is(s, j, "also") && j > s->sb) j--;
        if (!tl_fact_w(s, j, "was|were|is|are|been|being")) continue;
        if (j > s->sb && tl_fact_w(s, j - 1, "has|have|had")) j--;
        if (j > s->sb + 1 && tl_fact_is(s, j - 1, "who") && tl_fact_is(s, j - 2, ",")) j -= 2;
        int m = j > s->sb ? tl_fact_ment_ending(s, j - 1) : -1;
        if (m < 0 || s->ms[m].type != TL_PERSON) continue;
        tl_fcand c = {TL_CHARGED, 0, {m, -1, -1, -1}, k, 1, 0, 0};
        tl_fact_push(s, &c);
    }
}
