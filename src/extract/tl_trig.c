/* tl_trig.c -- trigger lexicon: verbs and nouns that state a fact type, with their inflections and argument frames. */
#include "tl_trig.h"
#include "tl_cues.h"
#include "tl_wfind.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* One lexicon entry: the forms (a lemma that is inflected by rule, or an
 * explicit '|'-separated list when irregular), the part of speech the forms
 * take, and the frame. */
typedef struct spec {
    const char *forms;
    uint8_t pos;
    tl_trig t;
} spec;

#define N TL_TRIG_NONE
#define FR TL_TRIG_FROM
/* verb: subject role, object role, two prepositional roles */
#define V(f, ty, s, o, pa, ra, pb, rb) {f, TL_TP_VERB, {ty, TL_TK_VERB, 0, 0, s, o, ra, rb, pa, pb, NULL}}
#define VP(f, ty, s, o, pa, ra, part) {f, TL_TP_VERB, {ty, TL_TK_VERB, 0, 0, s, o, ra, N, pa, NULL, part}}
#define VA(f, ty, st) {f, TL_TP_VERB, {ty, TL_TK_VERB, st, 0, 0, 1, N, N, NULL, NULL, NULL}}
/* surface verb: subject role, preposition and its role */
#define S(f, ty, s, pa, ra) {f, TL_TP_ANY, {ty, TL_TK_SURF, 0, 0, s, N, ra, N, pa, NULL, NULL}}
/* relational noun: holder role, "of" role, premodifier allowed */
#define R(f, ty, h, o, pm) {f, TL_TP_NOUN, {ty, TL_TK_REL, 0, pm, h, o, N, N, NULL, NULL, NULL}}
/* event noun: possessor / "by" role, "of" role, prepositional roles */
#define E(f, ty, s, o, pa, ra, pb, rb, st) {f, TL_TP_NOUN, {ty, TL_TK_EVENT, st, 0, s, o, ra, rb, pa, pb, NULL}}
#define A(f, ty, s, pa, ra) {f, TL_TP_ANY, {ty, TL_TK_ADJ, 0, 0, s, N, ra, N, pa, NULL, NULL}}

static const spec SPECS[] = {
    /* MEMBER_OF */
    V("join", TL_MEMBER_OF, 0, 1, NULL, N, NULL, N),
    V("rejoin", TL_MEMBER_OF, 0, 1, NULL, N, NULL, N),
    S("belong|belongs|belonged|belonging", TL_MEMBER_OF, 0, "to", 1),
    S("work|works|worked|working", TL_MEMBER_OF, 0, "for", 1),
    S("serve|serves|served|serving", TL_MEMBER_OF, 0, "in|with|for", 1),
    S("fight|fights|fought|fighting", TL_MEMBER_OF, 0, "for", 1),
    /* "X defected to the Islamic State" (to a body only: tl_fact.c) */
    S("defect|defects|defected|defecting", TL_MEMBER_OF, 0, "to|from", 1),
    /* "X rose through the ranks of Y", "joined the ranks of Y" */
    S("ranks", TL_MEMBER_OF, 0, "of", 1),
    S("enlist|enlists|enlisted|enlisting", TL_MEMBER_OF, 0, "in", 1),
    /* "X was recruited into Y" (passive only: tl_fact.c frame_surf) */
    S("recruited|inducted", TL_MEMBER_OF, 0, "into", 1),
    S("affiliated", TL_MEMBER_OF, 0, "with|to", 1),
    S("employed", TL_MEMBER_OF, 0, "by|at", 1),
    S("play|plays|played|playing", TL_MEMBER_OF, 0, "for", 1),
    S("sign|signs|signed|signing", TL_MEMBER_OF, 0, "for|with", 1),
    R("member", TL_MEMBER_OF, 0, 1, 1),
    R("ex-member|ex-members", TL_MEMBER_OF, 0, 1, 1),
    R("operative", TL_MEMBER_OF, 0, 1, 1),
    R("agent", TL_MEMBER_OF, 0, 1, 1),
    R("officer", TL_MEMBER_OF, 0, 1, 1),
    R("official", TL_MEMBER_OF, 0, 1, 1),
    R("employee", TL_MEMBER_OF, 0, 1, 1),
    R("spokesman|spokesmen|spokeswoman|spokesperson", TL_MEMBER_OF, 0, 1, 1),
    R("fighter", TL_MEMBER_OF, 0, 1, 1),
    R("militant", TL_MEMBER_OF, 0, 1, 1),
    R("mercenary", TL_MEMBER_OF, 0, 1, 1),
    R("recruiter", TL_MEMBER_OF, 0, 1, 1),
    /* "Hamas gunman X", "a cartel enforcer": one who fights or kills for
     * the body; not a hitman, often hired from outside it (the learned
     * scorer was trained without them) */
    R("gunman|bomber|enforcer", TL_MEMBER_OF, 0, 1, 1),
    R("figure", TL_MEMBER_OF, 0, 1, 1),
    /* "X is a veteran of Hezbollah", "a 20-year veteran of the FBI" (the
     * learned scorer was trained without it) */
    R("veteran", TL_MEMBER_OF, 0, 1, 1),
    R("second-in-command|number-two", TL_MEMBER_OF, 0, 1, 1),
    R("minister", TL_MEMBER_OF, 0, 1, 1),
    /* "Britain's Foreign Secretary X", "U.S. Secretary of State X": a
     * member of the government; the plural is staff as often */
    R("secretary", TL_MEMBER_OF, 0, 1, 1),
    /* "Genesis Market's administrator, X", "a Hydra admin" */
    R("admin|admins|administrator|administrators", TL_MEMBER_OF, 0, 1, 1),
    R("ambassador", TL_MEMBER_OF, 0, 1, 1),
    R("diplomat", TL_MEMBER_OF, 0, 1, 1),
    R("envoy", TL_MEMBER_OF, 0, 1, 1),
    R("senator", TL_MEMBER_OF, 0, 1, 1),
    R("lawmaker", TL_MEMBER_OF, 0, 1, 1),
    R("player", TL_MEMBER_OF, 0, 1, 1),
    R("politician", TL_MEMBER_OF, 0, 1, 1),
    R("membership", TL_MEMBER_OF, 0, 1, 0),
    /* "X pledged allegiance to Y" (the light verb's subject: tl_fact.c) */
    E("allegiance", TL_MEMBER_OF, 0, N, "to", 1, NULL, N, 0),
    /* LEADER_OF */
    V("lead|leads|led|leading", TL_LEADER_OF, 0, 1, NULL, N, NULL, N),
    V("head|heads|headed|heading", TL_LEADER_OF, 0, 1, NULL, N, NULL, N),
    V("command|commands|commanded|commanding", TL_LEADER_OF, 0, 1, NULL, N, NULL, N),
    V("chair|chairs|chaired|chairing", TL_LEADER_OF, 0, 1, NULL, N, NULL, N),
    /* "X and Y have ruled Nicaragua since 2007" (the learned scorer's
     * features leave it out: "the court ruled" is its common use) */
    V("rule|rules|ruled", TL_LEADER_OF, 0, 1, NULL, N, NULL, N), /* (not "the ruling party") */
    /* "X seized power in Y", "X came to power in Y" (a verb of taking
     * right before: tl_fact.c frame_surf) */
    S("power", TL_LEADER_OF, 0, "in", 1),
    /* "X runs the group" (the object must be a group or a state) */
    V("run|runs|ran|running", TL_LEADER_OF, 0, 1, NULL, N, NULL, N),
    /* "X manages Atlas Trading" (a front company in a sanctions notice) */
    V("manage|manages|managed", TL_LEADER_OF, 0, 1, NULL, N, NULL, N), /* not "Managing Director" */
    R("leader", TL_LEADER_OF, 0, 1, 1),
    R("head", TL_LEADER_OF, 0, 1, 1),
    R("chief", TL_LEADER_OF, 0, 1, 1),
    R("commander", TL_LEADER_OF, 0, 1, 1),
    R("president", TL_LEADER_OF, 0, 1, 1),
    R("chairman|chairmen|chairwoman|chairperson", TL_LEADER_OF, 0, 1, 1),
    R("director", TL_LEADER_OF, 0, 1, 1),
    R("boss|bosses", TL_LEADER_OF, 0, 1, 1),
    R("ceo|ceos", TL_LEADER_OF, 0, 1, 1),
    R("emir|amir", TL_LEADER_OF, 0, 1, 1),
    R("secretary-general", TL_LEADER_OF, 0, 1, 1),
    R("mayor", TL_LEADER_OF, 0, 1, 1),
    R("governor", TL_LEADER_OF, 0, 1, 1),
    R("king", TL_LEADER_OF, 0, 1, 1),
    R("ruler", TL_LEADER_OF, 0, 1, 1),
    R("dictator", TL_LEADER_OF, 0, 1, 1),
    R("caliph|ringleader|ringleaders|kingpin|kingpins|chieftain", TL_LEADER_OF, 0, 1, 1),
    /* FOUNDED */
    V("founded|founds|founding|co-founded|cofounded", TL_FOUNDED, 0, 1, NULL, N, NULL, N),
    /* "returned to Syria to found the Nusra Front": the base form, which
     * is also the past of "find", founds only after "to" (frame_verb) */
    V("found|co-found", TL_FOUNDED, 0, 1, NULL, N, NULL, N),
    V("establish", TL_FOUNDED, 0, 1, NULL, N, NULL, N),
    V("create", TL_FOUNDED, 0, 1, NULL, N, NULL, N),
    V("form|forms|formed", TL_FOUNDED, 0, 1, NULL, N, NULL, N),
    VP("set|sets|setting", TL_FOUNDED, 0, 1, NULL, N, "up"),
    R("founder|co-founder|cofounder|founders|co-founders|cofounders", TL_FOUNDED, 0, 1, 1),
    E("founding|establishment|creation|formation", TL_FOUNDED, 0, 1, NULL, N, NULL, N, 0),
    /* PART_OF */
    R("branch|branches", TL_PART_OF, 0, 1, 1),
    R("unit", TL_PART_OF, 0, 1, 1),
    R("wing", TL_PART_OF, 0, 1, 1),
    R("subsidiary|subsidiaries", TL_PART_OF, 0, 1, 1),
    R("affiliate", TL_PART_OF, 0, 1, 1),
    R("division", TL_PART_OF, 0, 1, 1),
    R("offshoot", TL_PART_OF, 0, 1, 1),
    /* "a splinter group of Y" (frame_rel reads past the noun) */
    R("splinter", TL_PART_OF, 0, 1, 1),
    /* "X broke away from Y", "X splintered from Y": a splinter of Y (bodies
     * only, as the roles ask) */
    VP("break|breaks|broke|broken|breaking", TL_PART_OF, 0, N, "from", 1, "away"),
    S("splintered|splinters", TL_PART_OF, 0, "from|off", 1),
    R("faction", TL_PART_OF, 0, 1, 1),
    /* "X, one of the most powerful clans of the Camorra" */
    R("clan|clans|families", TL_PART_OF, 0, 1, 1),
    R("department", TL_PART_OF, 0, 1, 0),
    /* "X is part of Y": a unit of an organization, or a person in it
     * (frame_rel makes a person's part a membership) */
    R("part", TL_PART_OF, 0, 1, 0),
    R("component", TL_PART_OF, 0, 1, 0),
    S("subordinate", TL_PART_OF, 0, "to", 1),
    /* "X was integrated into Y", "X was folded into Y" */
    S("integrated|incorporated|absorbed|folded", TL_PART_OF, 0, "into", 1),
    /* SUPPORTS */
    V("support", TL_SUPPORTS, 0, 1, NULL, N, NULL, N),
    V("fund", TL_SUPPORTS, 0, 1, NULL, N, NULL, N),
    V("finance", TL_SUPPORTS, 0, 1, NULL, N, NULL, N),
    V("bankroll", TL_SUPPORTS, 0, 1, NULL, N, NULL, N),
    V("arm|arms|armed|arming", TL_SUPPORTS, 0, 1, NULL, N, NULL, N),
    V("train|trains|trained|training", TL_SUPPORTS, 0, 1, NULL, N, NULL, N),
    V("back|backs|backed|backing", TL_SUPPORTS, 0, 1, NULL, N, NULL, N),
    V("sponsor", TL_SUPPORTS, 0, 1, NULL, N, NULL, N),
    V("equip|equips|equipped|equipping", TL_SUPPORTS, 0, 1, NULL, N, NULL, N),
    V("aid|aids|aided|aiding", TL_SUPPORTS, 0, 1, NULL, N, NULL, N),
    V("assist", TL_SUPPORTS, 0, 1, NULL, N, NULL, N),
    /* "X harboured TTP fighters", "accused of sheltering Y" (the learned
     * scorer was trained without them; the bare and -s forms are nouns
     * as often: "the harbor court", "shelters for the displaced") */
    V("harbored|harboring|harboured|harbouring|sheltered|sheltering", TL_SUPPORTS, 0, 1, NULL, N, NULL, N),
    /* "X helped Y acquire weapons" (the object a name right after) */
    V("help|helps|helped|helping", TL_SUPPORTS, 0, 1, NULL, N, NULL, N),
    V("supply|supplies|supplied|supplying", TL_SUPPORTS, 0, 1, NULL, N, NULL, N),
    /* "Russia has provided Wagner with air defense systems": "with" right
     * after the named object */
    VP("provide|provides|provided|providing", TL_SUPPORTS, 0, 1, NULL, N, "with"),
    E("support|funding|financing|sponsorship|backing", TL_SUPPORTS, 0, N, "for|to|of", 1, NULL, N, 0),
    V("funnel|funnels|funneled|funnelled|funneling|funnelling", TL_SUPPORTS, 0, N, "to", 1, NULL, N),
    V("channel|channels|channeled|channelled|channeling|channelling", TL_SUPPORTS, 0, N, "to", 1, NULL, N),
    /* "X supplied weapons to Y", "X provided funding to Y" (frame_surf
     * wants a word of support between the verb and "to") */
    S("supply|supplies|supplied|supplying|provide|provides|provided|providing|give|gives|gave|given|giving|"
      "transfer|transfers|transferred|transferring|deliver|delivers|delivered|delivering|pay|pays|paid|paying",
      TL_SUPPORTS, 0, "to", 1),
    /* "X sent money to Y", "X directed funds towards Y" (frame_surf wants
     * the support noun too) */
    S("send|sends|sent|sending|wire|wires|wired|wiring|direct|directs|directed|directing",
      TL_SUPPORTS, 0, "to|towards", 1),
    /* "X made money transfers on behalf of Y" (frame_surf wants money
     * words before "on") */
    S("behalf", TL_SUPPORTS, 0, "of", 1),
    /* "X received funding from Y" (frame_surf wants the support noun) */
    S("receive|receives|received|receiving|gets|got|obtained|obtains", TL_SUPPORTS, 1, "from", 0),
    /* "X smuggled weapons to Y", "X sold arms to Y" (the support noun
     * between, as above) */
    S("smuggle|smuggles|smuggled|smuggling|ship|ships|shipped|shipping|sell|sells|sold|selling",
      TL_SUPPORTS, 0, "to", 1),
    /* "X smuggled weapons for Y", "X procured drone parts for Y" ("sold
     * arms for" a price: not with "for") */
    S("smuggle|smuggles|smuggled|smuggling|ship|ships|shipped|shipping|procure|procures|procured|procuring|"
      "purchase|purchases|purchased|purchasing|buy|buys|bought|buying",
      TL_SUPPORTS, 0, "for", 1),
    /* "X raised money for Y", "X laundered money for Y" (the support noun
     * between) */
    S("raise|raises|raised|raising|collect|collects|collected|collecting|launder|launders|laundered|laundering|"
      "process|processes|processed|processing",
      TL_SUPPORTS, 0, "for", 1),
    /* "X spied for Russia", "a spy for the GRU": spying for a side is its
     * support, no goods named (tl_fact_support_noun_after) */
    S("spy|spies|spied|spying", TL_SUPPORTS, 0, "for", 1),
    R("spy|spies", TL_SUPPORTS, 0, 1, 0),
    /* "X passed secrets to the GRU" (frame_surf wants the support noun:
     * information only where the sentence tells of spying) */
    S("pass|passes|passed|passing|hand|hands|handed|handing|leak|leaks|leaked|leaking",
      TL_SUPPORTS, 0, "to", 1),
    R("launderer|launderers", TL_SUPPORTS, 0, 1, 0),
    /* "acted as a fundraiser for Hamas" (the learned scorer was trained
     * without it: tl_fscore.c) */
    R("fundraiser|fundraisers", TL_SUPPORTS, 0, 1, 0),
    /* "a key facilitator for ISIS", "an ISIS facilitator" (trained
     * without it too) */
    R("facilitator|facilitators", TL_SUPPORTS, 0, 1, 0),
    R("sponsor", TL_SUPPORTS, 0, 1, 0),
    R("financier|financiers|funder|funders|benefactor|benefactors|patron|patrons", TL_SUPPORTS, 0, 1, 0),
    R("proxy|proxies", TL_SUPPORTS, 1, 0, 1),
    R("backer", TL_SUPPORTS, 0, 1, 0),
    R("supporter", TL_SUPPORTS, 0, 1, 0),
    /* RECRUITED */
    V("recruit", TL_RECRUITED, 0, 1, NULL, N, NULL, N),
    V("hire", TL_RECRUITED, 0, 1, NULL, N, NULL, N),
    V("task", TL_RECRUITED, 0, 1, NULL, N, NULL, N),
    V("enlist", TL_RECRUITED, 0, 1, NULL, N, NULL, N),
    V("commission", TL_RECRUITED, 0, 1, NULL, N, NULL, N),
    V("employ", TL_RECRUITED, 0, 1, NULL, N, NULL, N),
    V("pay|pays|paid|paying", TL_RECRUITED, 0, 1, NULL, N, NULL, N),
    V("enroll|enrolls|enrolled|enrolling|enrol|enrols", TL_RECRUITED, 0, 1, NULL, N, NULL, N),
    V("instruct", TL_RECRUITED, 0, 1, NULL, N, NULL, N),
    V("direct", TL_RECRUITED, 0, 1, NULL, N, NULL, N),
    E("recruitment|hiring", TL_RECRUITED, 0, 1, NULL, N, NULL, N, 0),
    R("recruiter", TL_RECRUITED, 0, 1, 0),
    R("recruit", TL_RECRUITED, 1, 0, 0),
    /* ASSOCIATE_OF */
    R("associate", TL_ASSOCIATE_OF, 0, 1, 0),
    R("partner", TL_ASSOCIATE_OF, 0, 1, 0),
    R("deputy|deputies", TL_ASSOCIATE_OF, 0, 1, 0),
    R("ally|allies", TL_ASSOCIATE_OF, 0, 1, 0),
    R("co-defendant|codefendant", TL_ASSOCIATE_OF, 0, 1, 0),
    R("co-conspirator|coconspirator", TL_ASSOCIATE_OF, 0, 1, 0),
    R("accomplice", TL_ASSOCIATE_OF, 0, 1, 0),
    R("friend", TL_ASSOCIATE_OF, 0, 1, 0),
    R("aide", TL_ASSOCIATE_OF, 0, 1, 0),
    /* "X was Y's bodyguard", "Y's fixer, X" (of a body, a member:
     * tl_fact.c frame_rel) */
    R("bodyguard|bodyguards|chauffeur|driver|fixer|bagman", TL_ASSOCIATE_OF, 0, 1, 0),
    R("confidant", TL_ASSOCIATE_OF, 0, 1, 0),
    /* "X acted as a middleman for Y", "Y's intermediary" */
    R("middleman|middlemen|intermediary|intermediaries|go-between", TL_ASSOCIATE_OF, 0, 1, 0),
    /* "a senior adviser to X" */
    R("adviser|advisor", TL_ASSOCIATE_OF, 0, 1, 0),
    /* "the right-hand man to X" (frame_rel reads past "man") */
    R("right-hand|right-hand-man", TL_ASSOCIATE_OF, 0, 1, 0),
    R("lieutenant|lieutenants|henchman|henchmen", TL_ASSOCIATE_OF, 0, 1, 0),
    R("protege|protégé", TL_ASSOCIATE_OF, 0, 1, 0),
    /* "X has links to Y", "its ties with Y" (frame_event: the possessor or
     * the subject of "have") */
    {"links|ties|connections", TL_TP_ANY, {TL_ASSOCIATE_OF, TL_TK_EVENT, 0, 0, 0, N, 1, N, "to|with", NULL, NULL}},
    /* "X formed an alliance with Y", "an alliance between X and Y" */
    {"alliance|alliances|partnership|pact", TL_TP_NOUN, {TL_ASSOCIATE_OF, TL_TK_EVENT, 0, 0, 0, N, 1, N, "with|between", NULL, NULL}},
    S("allied|aligned|linked|connected|tied|close", TL_ASSOCIATE_OF, 0, "with|to", 1),
    S("cooperate|cooperates|cooperated|cooperating|collaborate|collaborates|collaborated|collaborating|conspire|conspires|conspired|conspiring|partnered",
      TL_ASSOCIATE_OF, 0, "with", 1),
    S("worked|works|work|working", TL_ASSOCIATE_OF, 0, "with|alongside", 1),
    /* "X was responsible for coordinating with Y" */
    S("coordinate|coordinates|coordinated|coordinating", TL_ASSOCIATE_OF, 0, "with", 1),
    /* "X befriended Y in prison" */
    V("befriend|befriends|befriended|befriending", TL_ASSOCIATE_OF, 0, 1, NULL, N, NULL, N),
    /* "X fought alongside Y" (fighting "for" Y is membership) */
    S("fight|fights|fought|fighting", TL_ASSOCIATE_OF, 0, "alongside", 1),
    /* FAMILY_OF */
    V("marry|marries|married|marrying", TL_FAMILY_OF, 0, 1, "to", 1, NULL, N),
    /* "X is married to Y" (the passive of the verb above has no subject) */
    S("married", TL_FAMILY_OF, 0, "to", 1),
    R("wife|wives", TL_FAMILY_OF, 0, 1, 0),
    R("husband", TL_FAMILY_OF, 0, 1, 0),
    R("ex-wife|ex-wives|ex-husband|ex-husbands|widower", TL_FAMILY_OF, 0, 1, 0),
    R("sibling|twin|grandchild|grandchildren|grandparent", TL_FAMILY_OF, 0, 1, 0),
    R("daughter-in-law|daughters-in-law|mother-in-law|sister-in-law|sisters-in-law", TL_FAMILY_OF, 0, 1, 0),
    R("son", TL_FAMILY_OF, 0, 1, 0),
    R("daughter", TL_FAMILY_OF, 0, 1, 0),
    R("brother", TL_FAMILY_OF, 0, 1, 0),
    R("sister", TL_FAMILY_OF, 0, 1, 0),
    R("father", TL_FAMILY_OF, 0, 1, 0),
    R("mother", TL_FAMILY_OF, 0, 1, 0),
    R("parent", TL_FAMILY_OF, 0, 1, 0),
    R("child|children", TL_FAMILY_OF, 0, 1, 0),
    R("cousin", TL_FAMILY_OF, 0, 1, 0),
    R("uncle", TL_FAMILY_OF, 0, 1, 0),
    R("aunt", TL_FAMILY_OF, 0, 1, 0),
    R("nephew", TL_FAMILY_OF, 0, 1, 0),
    R("niece", TL_FAMILY_OF, 0, 1, 0),
    R("grandson", TL_FAMILY_OF, 0, 1, 0),
    R("granddaughter", TL_FAMILY_OF, 0, 1, 0),
    R("grandfather", TL_FAMILY_OF, 0, 1, 0),
    R("grandmother", TL_FAMILY_OF, 0, 1, 0),
    R("brother-in-law|brothers-in-law", TL_FAMILY_OF, 0, 1, 0),
    R("son-in-law|sons-in-law", TL_FAMILY_OF, 0, 1, 0),
    R("father-in-law", TL_FAMILY_OF, 0, 1, 0),
    R("spouse", TL_FAMILY_OF, 0, 1, 0),
    R("widow", TL_FAMILY_OF, 0, 1, 0),
    R("stepson|stepdaughter|stepfather|stepmother|half-brother|half-sister", TL_FAMILY_OF, 0, 1, 0),
    R("relative", TL_FAMILY_OF, 0, 1, 0),
    R("fiance|fiancee|fiancé|fiancée", TL_FAMILY_OF, 0, 1, 0),
    /* MET */
    V("meet|meets|met|meeting", TL_MET, 0, 1, "with", 1, NULL, N),
    S("talks|spoke|speak|speaks|spoken|talked", TL_MET, 0, "with", 1),
    /* "X held a meeting with Y" (the subject of the clause) */
    S("meeting", TL_MET, 0, "with", 1),
    /* "X dined with Y", "sat down with Y" */
    S("dined|dine|dines|dining|lunched|sat", TL_MET, 0, "with", 1),
    /* "X had dinner with Y" */
    S("dinner|lunch|breakfast", TL_MET, 0, "with", 1),
    /* "X hosted Y in Tehran", "X received Y at the Kremlin", "welcomed Y
     * to Ankara", "greeted Y" (people only: tl_fact.c emit) */
    V("host|hosts|hosted|hosting|receive|receives|received|receiving|welcome|welcomes|welcomed|welcoming|greet|greets|"
      "greeted|greeting",
      TL_MET, 0, 1, NULL, N, NULL, N),
    E("meeting|meetings|talks|summit", TL_MET, 0, N, "with", 1, NULL, N, 0),
    /* OPPOSES */
    V("oppose", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    V("fight|fights|fought|fighting", TL_OPPOSES, 0, 1, "against", 1, NULL, N),
    V("threaten|threatens|threatened|threatening", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    V("combat", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    /* "Hamas fighters have been battling Israeli troops" */
    V("battle|battles|battled|battling", TL_OPPOSES, 0, 1, "against", 1, NULL, N),
    V("confront", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    V("condemn", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    V("denounce", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    V("criticize|criticizes|criticized|criticizing|criticise|criticises|criticised|criticising", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    V("sanction|sanctions|sanctioned|sanctioning", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    /* "designated X a terrorist organization" (the frames ask for the
     * list's word: tl_fact.c) */
    V("designate|designates|designated|designating", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    /* "Turkey considers the PKK a terrorist organization", "is listed as
     * a terrorist group by Y" (only as a terrorist: tl_fact.c emit) */
    V("consider|considers|considered|regard|regards|regarded|brand|brands|branded|branding|label|labels|labelled|"
      "labeled|deem|deems|deemed|list|lists|listed",
      TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    /* "added X to its list of foreign terrorist organizations" (the frames
     * ask for the list: tl_fact.c) */
    V("add|adds|added|adding", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    /* "Germany has banned the charity X" (a body banned: tl_fact.c) */
    V("ban|bans|banned|banning|outlaw|outlaws|outlawed|outlawing|proscribe|proscribes|proscribed|proscribing",
      TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    V("act|acts|acted|acting", TL_OPPOSES, 0, N, "against", 1, NULL, N),
    V("campaign|campaigns|campaigned|campaigning", TL_OPPOSES, 0, N, "against", 1, NULL, N),
    V("destabilize|destabilizes|destabilized|destabilizing|destabilise|destabilised", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    V("undermine", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    V("disrupt|disrupts|disrupted|disrupting", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    /* "X and Y traded threats": each opposes the other (tl_fact.c frame_verb) */
    V("trade|trades|traded|trading|exchange|exchanges|exchanged|exchanging", TL_OPPOSES, 0, N, NULL, N, NULL, N),
    V("target", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    R("opponent|opponents", TL_OPPOSES, 0, 1, 1),
    R("enemy|enemies", TL_OPPOSES, 0, 1, 0),
    R("rival", TL_OPPOSES, 0, 1, 0),
    R("critic|critics", TL_OPPOSES, 0, 1, 1), /* "Kremlin critic X" */
    R("adversary|adversaries", TL_OPPOSES, 0, 1, 0),
    V("overthrow|overthrows|overthrew|overthrown|overthrowing", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    V("dismantle", TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    /* "vowed to eliminate / crush / eradicate Y" */
    V("eliminate|eliminates|eliminated|eliminating|crush|crushes|crushed|crushing|eradicate|eradicates|eradicated|"
      "eradicating",
      TL_OPPOSES, 0, 1, NULL, N, NULL, N),
    VP("take|takes|took|taken|taking", TL_OPPOSES, 0, 1, NULL, N, "down"),
    A("hostile|opposed", TL_OPPOSES, 0, "to|toward|towards", 1),
    A("critical", TL_OPPOSES, 0, "of", 1),
    A("odds", TL_OPPOSES, 0, "with", 1),
    /* "X has clashed repeatedly with Y" */
    S("clashed|clashing", TL_OPPOSES, 0, "with", 1),
    A("war", TL_OPPOSES, 0, "with", 1), /* "at war with" (tl_fact.c frame_adj) */
    E("war|campaign|struggle|fight|opposition|hostility|threat", TL_OPPOSES, 0, N, "against|on|to", 1, NULL, N, 0),
    E("jihad|insurgency|rebellion|uprising|violence|hatred", TL_OPPOSES, 0, N, "against", 1, NULL, N, 0),
    /* "X launched military operations against Y" ("against" next: an
     * operation alone is no trigger word, and dates nothing) */
    {"operation|operations|offensive|counteroffensive", TL_TP_NOUN,
     {TL_OPPOSES, TL_TK_EVENT, 0, 0, 0, N, 1, N, "against", NULL, "against"}},
    /* "X's feud with Y", "X has been engaged in a violent feud with Y"
     * (the light verb's subject: tl_fact_opp.c) */
    E("feud|feuds|rivalry|war|conflict", TL_OPPOSES, 0, N, "with", 1, NULL, N, 0),
    /* "X threatened to retaliate against Y", "X has been feuding with Y" */
    S("retaliate|retaliates|retaliated|retaliating", TL_OPPOSES, 0, "against", 1),
    S("feud|feuded|feuding", TL_OPPOSES, 0, "with", 1),
    /* "X vowed revenge against Y" */
    E("revenge|vengeance|retaliation|reprisals", TL_OPPOSES, 0, N, "against|on", 1, NULL, N, 0),
    /* "clashes between X and Y": each side opposes the other (tl_fact.c) */
    E("clashes|clash|confrontation|confrontations|fighting|battle|battles|feud|rivalry|hostilities|conflict|war",
      TL_OPPOSES, N, N, "between", 0, NULL, N, 0),
    /* "X imposed sanctions on Y" (the light verb's subject: frame_event) */
    E("sanctions|crackdown|embargo", TL_OPPOSES, 0, N, "on|against", 1, NULL, N, 0),
    /* ATTACKED */
    /* the words are data: cues/attack_verbs.txt, every form a line */
    VA(TL_CUE_ATTACK_VERBS, TL_ATTACKED, 3),
    /* "the group executed X": a killing, of a person only (tl_fact.c emit) */
    {"execute|executes|executed|executing", TL_TP_VERB, {TL_ATTACKED, TL_TK_VERB, 3, 0, 0, 1, N, N, NULL, NULL, NULL}},
    /* "gunned down X", "gunned X down" (carried out, as VA) */
    {"gun|guns|gunned|gunning", TL_TP_VERB, {TL_ATTACKED, TL_TK_VERB, 3, 0, 0, 1, N, N, NULL, NULL, "down"}},
    V("plot|plots|plotted|plotting", TL_ATTACKED, 0, N, "against", 1, NULL, N),
    /* "X fired rockets at Y", "launched missiles at Y", "fired rockets into
     * Y" (a weapon noun between: tl_fact.c) */
    S("fire|fires|fired|firing|lob|lobs|lobbed|lobbing|launch|launches|launched|launching", TL_ATTACKED, 0, "at|into|toward|towards", 1),
    /* "X launched missiles against Y", "X deployed ransomware against Y"
     * (a weapon noun between, as above; not "use", whose sentences are
     * too many to parse for it) */
    S("fire|fires|fired|firing|launch|launches|launched|launching|deploy|deploys|deployed|deploying|unleash|"
      "unleashes|unleashed|unleashing",
      TL_ATTACKED, 0, "against", 1),
    /* "X opened fire on Y" (the verb right before: tl_fact.c frame_surf) */
    S("fire", TL_ATTACKED, 0, "on", 1),
    /* "Goma fell to M23 rebels": a place taken (a place falls, to a body
     * or a people: tl_fact.c frame_surf) */
    {"fell|fallen", TL_TP_ANY, {TL_ATTACKED, TL_TK_SURF, 3, 0, 1, N, 0, N, "to", NULL, NULL}},
    /* "X took Y hostage", "Y was taken hostage by X" (tl_fact_atk.c) */
    R("hostage|hostages", TL_ATTACKED, 0, 1, 0),
    /* ("an airstrike in Puntland targeting X": the participle names the
     * target as "on" does) */
    E(TL_CUE_ATTACK_ON_NOUNS, TL_ATTACKED, 0, N, "on|against|targeting", 1, NULL, N, 3),
    E(TL_CUE_ATTACK_OF_NOUNS, TL_ATTACKED, 0, 1, "on|against|targeting", 1, NULL, N, 3),
    E("plot|plots|conspiracy|scheme|plan", TL_ATTACKED, 0, N, "against", 1, NULL, N, 1),
    /* SPIED_ON */
    /* "spying for China": China is the employer, not the target */
    S("spy|spies|spied|spying", TL_SPIED_ON, 0, "on|against", 1),
    V("surveil|surveils|surveilled|surveilling", TL_SPIED_ON, 0, 1, NULL, N, NULL, N),
    V("monitor", TL_SPIED_ON, 0, 1, NULL, N, NULL, N),
    V("stalk", TL_SPIED_ON, 0, 1, NULL, N, NULL, N),
    V("photograph", TL_SPIED_ON, 0, 1, NULL, N, NULL, N),
    V("scout|scouts|scouted|scouting", TL_SPIED_ON, 0, 1, NULL, N, NULL, N),
    V("wiretap|wiretaps|wiretapped|wiretapping", TL_SPIED_ON, 0, 1, NULL, N, NULL, N),
    E("surveillance|espionage|spying|reconnaissance", TL_SPIED_ON, 0, N, "on|of|against", 1, NULL, N, 0),
    /* "X gathered intelligence on Y" (the light verb's subject: tl_fact.c) */
    E("intelligence", TL_SPIED_ON, 0, N, "on", 1, NULL, N, 0),
    /* "M23 captured Goma", "seized the town": a place taken (a person
     * captured is arrested: tl_fact.c reads which) */
    VA("capture|captures|captured|capturing|recapture|recaptures|recaptured|recapturing|seize|seizes|seized|seizing|"
       "overrun|overruns|overran|overrunning",
       TL_ATTACKED, 3),
    /* "the Taliban seized control of Kunduz": a place taken (the light
     * verb and a place: tl_fact.c) */
    E("control", TL_ATTACKED, 0, N, "of|over", 1, NULL, N, 3),
    /* ARRESTED */
    V("arrest", TL_ARRESTED, 2, 0, NULL, N, NULL, N),
    V("detain", TL_ARRESTED, 2, 0, NULL, N, NULL, N),
    V("apprehend", TL_ARRESTED, 2, 0, NULL, N, NULL, N),
    V("capture", TL_ARRESTED, 2, 0, NULL, N, NULL, N),
    V("recapture", TL_ARRESTED, 2, 0, NULL, N, NULL, N),
    V("rearrest", TL_ARRESTED, 2, 0, NULL, N, NULL, N),
    V("nab|nabs|nabbed|nabbing", TL_ARRESTED, 2, 0, NULL, N, NULL, N),
    V("imprison", TL_ARRESTED, 2, 0, NULL, N, NULL, N),
    /* "X was taken into custody" ("taken into account" is no arrest) */
    VP("take|takes|took|taken|taking", TL_ARRESTED, 2, 0, NULL, N, "into custody"),
    /* "X was remanded in custody" (not "remanded on bail") */
    VP("remand|remands|remanded|remanding", TL_ARRESTED, 2, 0, NULL, N, "in custody"),
    /* "X was placed under arrest", "put under house arrest" (the two
     * words after the verb: "under house" is only ever "under house
     * arrest") */
    VP("place|places|placed|placing|put|puts|putting", TL_ARRESTED, 2, 0, NULL, N, "under arrest"),
    VP("place|places|placed|placing|put|puts|putting", TL_ARRESTED, 2, 0, NULL, N, "under house"),
    /* "X surrendered to police", "to the FBI", "X turned himself in": one
     * gives himself up to an authority (tl_fact.c frame_verb: "to the"
     * only before the police, the authorities or a body's name) */
    VP("surrender|surrenders|surrendered|surrendering", TL_ARRESTED, 0, N, NULL, N, "to police"),
    VP("surrender|surrenders|surrendered|surrendering", TL_ARRESTED, 0, N, NULL, N, "to authorities"),
    VP("surrender|surrenders|surrendered|surrendering", TL_ARRESTED, 0, N, NULL, N, "to the"),
    VP("turn|turns|turned|turning", TL_ARRESTED, 0, N, NULL, N, "himself in"),
    VP("turn|turns|turned|turning", TL_ARRESTED, 0, N, NULL, N, "herself in"),
    VP("turn|turns|turned|turning", TL_ARRESTED, 0, N, NULL, N, "themselves in"),
    E("arrest|arrests|detention|capture|apprehension", TL_ARRESTED, 2, 0, NULL, N, NULL, N, 0),
    /* CHARGED */
    V("charge", TL_CHARGED, 2, 0, NULL, N, NULL, N),
    V("indict", TL_CHARGED, 2, 0, NULL, N, NULL, N),
    V("convict", TL_CHARGED, 2, 0, NULL, N, NULL, N),
    V("sentence", TL_CHARGED, 2, 0, NULL, N, NULL, N),
    /* "was jailed for six years": a sentence, which a charge led to */
    V("jail|jails|jailed|jailing", TL_CHARGED, 2, 0, NULL, N, NULL, N),
    V("arraign", TL_CHARGED, 2, 0, NULL, N, NULL, N),
    V("prosecute", TL_CHARGED, 2, 0, NULL, N, NULL, N),
    /* "X was fined": a fine follows a charge */
    V("fined", TL_CHARGED, 2, 0, NULL, N, NULL, N),
    VP("plead|pleads|pleaded|pled|pleading", TL_CHARGED, 0, N, NULL, N, "guilty"),
    /* a plea of not guilty answers a charge, which it states was brought */
    VP("plead|pleads|pleaded|pled|pleading", TL_CHARGED, 0, N, NULL, N, "not guilty"),
    /* "X was found guilty": a verdict, as "convicted" is ("the jury found X
     * guilty" puts the particle after the object and is left alone; "found
     * dead" is no trigger word at all, tl_trig_part_follows) */
    VP("find|finds|found|finding", TL_CHARGED, 2, 0, NULL, N, "guilty"),
    /* an acquittal ends a charge, which it states was brought */
    V("acquit|acquits|acquitted|acquitting", TL_CHARGED, 2, 0, NULL, N, NULL, N),
    /* "X stood trial" */
    VP("stand|stands|stood|standing", TL_CHARGED, 0, N, NULL, N, "trial"),
    /* "X appeared in court on Monday": a defendant's appearance */
    VP("appear|appears|appeared|appearing", TL_CHARGED, 0, N, NULL, N, "in court"),
    /* only with an authority as the accuser (frame_verb) */
    V("accuse", TL_CHARGED, 2, 0, NULL, N, NULL, N),
    E("indictment|conviction|prosecution|trial", TL_CHARGED, 2, 0, NULL, N, NULL, N, 0),
    /* the charges themselves: "the charges against X", "X faces 11
     * counts", "X received a life sentence", "the defendants include X"
     * (tl_fact_chg.c reads who holds
     * them; "against" is read here) */
    E("charge|charges|count|counts|sentence|sentences", TL_CHARGED, N, N, "against", 0, NULL, N, 0),
    /* what a charge carries: "X faces a maximum penalty of 20 years", "X
     * faces 20 years in prison", "was handed a 15-year prison term" (only
     * their holder is read, tl_fact_chg.c) */
    E("penalty|penalties|prison|jail|term|terms", TL_CHARGED, N, N, NULL, N, NULL, N, 0),
    E("defendant|defendants|co-defendant|co-defendants", TL_CHARGED, N, N, NULL, N, NULL, N, 0),
    /* EXTRADITED */
    V("extradite", TL_EXTRADITED, FR, 0, "to", 2, "from", FR),
    V("deport", TL_EXTRADITED, FR, 0, "to", 2, "from", FR),
    /* "X was expelled from Mexico": only with a state named (tl_fact.c
     * emit; "expelled from the party", "from school" are no extradition) */
    V("expel|expels|expelled|expelling", TL_EXTRADITED, FR, 0, "to", 2, "from", FR),
    /* a state repatriates its own: the subject is where the person goes */
    V("repatriate|repatriates|repatriated|repatriating", TL_EXTRADITED, 2, 0, "to", 2, "from", FR),
    VP("hand|hands|handed|handing", TL_EXTRADITED, FR, 0, "to", 2, "over"),
    V("transfer|transfers|transferred|transferring", TL_EXTRADITED, FR, 0, "to", 2, "from", FR),
    E("extradition|deportation", TL_EXTRADITED, N, 0, "to", 2, "from", FR, 0),
    /* CITIZEN_OF */
    R("citizen", TL_CITIZEN_OF, 0, 1, 1),
    R("national", TL_CITIZEN_OF, 0, 1, 1),
    R("passport", TL_CITIZEN_OF, 0, 1, 1),
    R("citizenship|nationality", TL_CITIZEN_OF, 0, 1, 1),
    /* ORIGIN */
    /* "X hails from Aleppo" */
    S("hail|hails|hailed|hailing", TL_ORIGIN, 0, "from", 1),
    R("descent", TL_ORIGIN, 0, 1, 1),
    R("origin|origins", TL_ORIGIN, 0, 1, 1),
    R("heritage", TL_ORIGIN, 0, 1, 1),
    R("ethnicity", TL_ORIGIN, 0, 1, 1),
    A("ethnic", TL_ORIGIN, 0, NULL, 1),
    /* BORN_IN */
    S("born", TL_BORN_IN, 0, "in|at", 1),
    R("native", TL_BORN_IN, 0, 1, 1),
    E("birthplace", TL_BORN_IN, 0, N, NULL, N, NULL, N, 0),
    /* LOCATED_IN */
    S("based", TL_LOCATED_IN, 0, "in|at|out", 1),
    S("headquartered", TL_LOCATED_IN, 0, "in|at", 1),
    /* "X has its headquarters in Y", "X's headquarters in Y" */
    S("headquarters", TL_LOCATED_IN, 0, "in|at", 1),
    S("located|situated", TL_LOCATED_IN, 0, "in|at|on|near", 1),
    S("live|lives|lived|living|reside|resides|resided|residing", TL_LOCATED_IN, 0, "in", 1),
    S("settle|settles|settled", TL_LOCATED_IN, 0, "in", 1),
    /* "X spent three years in Iraq" (a span of time between: tl_fact.c
     * frame_surf) */
    S("spent|spend|spends|spending", TL_LOCATED_IN, 0, "in", 1),
    /* "X remains in Russia" (a place only: "remained in custody" names none) */
    S("remain|remains|remained|remaining", TL_LOCATED_IN, 0, "in", 1),
    S("registered|incorporated", TL_LOCATED_IN, 0, "in", 1),
    /* "X maintains a presence in Y", "X has cells in Y" */
    /* ("has bases in Y", "set up training camps in Y": tl_fact.c holding_noun_owner) */
    S("presence|cells|branches|offices|strongholds|bases|camps|hideouts", TL_LOCATED_IN, 0, "in", 1),
    S("stationed|deployed|active|operating|operates|operated|operate|imprisoned|held|hiding", TL_LOCATED_IN, 0, "in", 1),
    /* "Wagner fighters have been deployed to Mali" (a state is located in
     * nothing: "Russia deployed troops to Syria" places no one) */
    S("deployed|redeployed", TL_LOCATED_IN, 0, "to", 1),
    /* "X operates from Y", "a gang operating out of Y" */
    S("operating|operates|operated|operate", TL_LOCATED_IN, 0, "from|out", 1),
    /* "Police traced X to Puerto Quito", "tracked X down in Y": the one
     * found is there ("located" places its subject: "a school located in
     * Y", above) */
    V("traced|tracked", TL_LOCATED_IN, N, 0, "to|in", 1, NULL, N),
    /* "Hezbollah controls much of southern Lebanon": an armed body holds
     * ground where it is (an organization only: tl_fact.c frame_verb) */
    /* (any tag: the tagger reads "Hezbollah controls" as a compound noun) */
    {"control|controls|controlled|controlling", TL_TP_ANY, {TL_LOCATED_IN, TL_TK_VERB, 0, 0, 0, 1, N, N, NULL, NULL, NULL}},
    R("resident", TL_LOCATED_IN, 0, 1, 1),
    /* "X, a Brooklyn man", "Luton businessman X": a place before the noun */
    R(TL_TRIG_HOME_NOUNS, TL_LOCATED_IN, 0, 1, 1),
    R(TL_TRIG_FIRM_NOUNS, TL_LOCATED_IN, 0, 1, 1),
    R("town|city|village|capital|province|region|district|suburb|municipality|neighborhood|neighbourhood|county|state|port",
      TL_LOCATED_IN, 0, 1, 0),
    /* "Chechnya is a republic in the North Caucasus", "X, an island in Y" */
    R(TL_TRIG_TERRITORY_NOUNS, TL_LOCATED_IN, 0, 1, 0),
    /* TRAVELED_TO */
    S("travel|travels|traveled|travelled|traveling|travelling", TL_TRAVELED_TO, 0, "to", 1),
    S("go|goes|went|gone|going", TL_TRAVELED_TO, 0, "to", 1),
    S("move|moves|moved|moving|relocate|relocates|relocated|relocating", TL_TRAVELED_TO, 0, "to", 1),
    S("arrive|arrives|arrived|arriving", TL_TRAVELED_TO, 0, "in|at", 1),
    /* "X resurfaced in Chile": one who hid turned up there */
    S("resurface|resurfaces|resurfaced|resurfacing|reappeared", TL_TRAVELED_TO, 0, "in", 1),
    /* "X sought refuge in Iran", "found sanctuary in Y" (only after a
     * verb of seeking or finding: tl_fact.c frame_surf) */
    S("refuge|sanctuary", TL_TRAVELED_TO, 0, "in", 1),
    S("flee|flees|fled|fleeing|escape|escaped|escapes", TL_TRAVELED_TO, 0, "to", 1),
    S("return|returns|returned|returning", TL_TRAVELED_TO, 0, "to", 1),
    S("fly|flies|flew|flown|flying", TL_TRAVELED_TO, 0, "to", 1),
    S("emigrate|emigrates|emigrated|emigrating|immigrate|immigrated", TL_TRAVELED_TO, 0, "to", 1),
    S("smuggled|sneaked|snuck|slipped", TL_TRAVELED_TO, 0, "into", 1),
    /* "X crossed into Syria", "made his way into Y", "traveled on into Y" */
    S("cross|crosses|crossed|crossing", TL_TRAVELED_TO, 0, "into", 1),
    S("smuggled|sneaked|snuck", TL_TRAVELED_TO, 0, "to", 1),
    /* "X left for Syria" */
    S("left|leaves|leaving", TL_TRAVELED_TO, 0, "for", 1),
    S("journey|journeys|journeyed|journeying|sail|sails|sailed|sailing|drive|drives|drove|driven", TL_TRAVELED_TO, 0, "to", 1),
    V("visit", TL_TRAVELED_TO, 0, 1, NULL, N, NULL, N),
    /* "X toured Mali, Burkina Faso and Niger" */
    V("tour", TL_TRAVELED_TO, 0, 1, NULL, N, NULL, N),
    V("enter|enters|entered|entering", TL_TRAVELED_TO, 0, 1, NULL, N, NULL, N),
    V("send|sends|sent|sending|dispatch|dispatches|dispatched|dispatching", TL_TRAVELED_TO, N, 0, "to", 1, NULL, N),
    E("visit|visits|trip|trips|journey|travel|travels", TL_TRAVELED_TO, 0, N, "to", 1, NULL, N, 0),
};

/* ---- inflection ---------------------------------------------------------- */

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* Regular forms of a lemma: verbs give lemma, -s, -ed, -ing; nouns the
 * lemma and its plural.  Writes NUL-separated forms into buf. */
static size_t inflect(const char *lemma, int pos, char buf[][40], int *past) {
    size_t n = strlen(lemma), k = 0;
    if (n == 0 || n > 30) return 0;
    char last = lemma[n - 1], prev = n > 1 ? lemma[n - 2] : 0;
    memcpy(buf[k], lemma, n + 1); past[k++] = 0;
    int sib = last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 's' || prev == 'c'));
    /* plural / 3rd person */
    if (last == 'y' && !is_vowel(prev)) { memcpy(buf[k], lemma, n - 1); strcpy(buf[k] + n - 1, "ies"); }
    else { memcpy(buf[k], lemma, n); strcpy(buf[k] + n, sib ? "es" : "s"); }
    past[k++] = 0;
    if (pos != TL_TP_VERB) return k;
    if (last == 'e') { memcpy(buf[k], lemma, n); strcpy(buf[k] + n, "d"); }
    else if (last == 'y' && !is_vowel(prev)) { memcpy(buf[k], lemma, n - 1); strcpy(buf[k] + n - 1, "ied"); }
    else { memcpy(buf[k], lemma, n); strcpy(buf[k] + n, "ed"); }
    past[k++] = 1;
    if (last == 'e' && prev != 'e') { memcpy(buf[k], lemma, n - 1); strcpy(buf[k] + n - 1, "ing"); }
    else { memcpy(buf[k], lemma, n); strcpy(buf[k] + n, "ing"); }
    past[k++] = 0;
    return k;
}

/* ---- the hash table -------------------------------------------------------- */

typedef struct slot {
    char form[40];
    uint8_t len;  /* strlen(form), so a probe needs no strlen */
    uint16_t n;
    uint8_t past;
    uint16_t spec[6];
} slot;

struct tl_trig_lex {
    slot *slots;
    size_t cap; /* power of two */
    uint64_t filt[1024]; /* bit filt_key(form) of every form: most words are no trigger */
};

/* A 16-bit key from a word's length and three of its bytes: a word whose
 * key bit is clear is not in the table, without hashing it. */
static uint32_t filt_key(const char *w, size_t n) {
    uint32_t k = (uint32_t)(unsigned char)w[0] << 16 ^ (uint32_t)(unsigned char)w[n - 1] << 8 ^
                 (uint32_t)(unsigned char)w[n / 2] ^ (uint32_t)n << 24;
    return (k * 0x9E3779B1u) >> 16;
}

static uint32_t hash(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

/* The slot of w[0..n) (0 < n < 40), or with insert a new one; NULL when
 * it is not there.  tl_trig_lookup tests the filter first. */
static slot *find(const tl_trig_lex *x, const char *w, size_t n, int insert) {
    if (n == 0 || n >= 40) return NULL;
    size_t i = hash(w, n) & (x->cap - 1);
    for (;;) {
        slot *s = &x->slots[i];
        if (!s->form[0]) {
            if (!insert) return NULL;
            memcpy(s->form, w, n);
            s->form[n] = 0;
            s->len = (uint8_t)n;
            return s;
        }
        if (s->len == n && memcmp(s->form, w, n) == 0) return s;
        i = (i + 1) & (x->cap - 1);
    }
}

static void add(tl_trig_lex *x, const char *w, size_t n, size_t spec_i, int past) {
    slot *s = find(x, w, n, 1);
    if (!s) return;
    uint32_t fk = filt_key(w, n);
    x->filt[fk >> 6] |= (uint64_t)1 << (fk & 63);
    for (unsigned k = 0; k < s->n; k++)
        if (s->spec[k] == spec_i) return;
    if (s->n < 6) s->spec[s->n++] = (uint16_t)spec_i;
    if (past) s->past = 1;
}

/* Forms ending in -ed, and a few irregular participles, can be passives. */
static int looks_past(const char *w, size_t n) {
    static const char *irr = "led|met|paid|set|shot|struck|fought|sent|held|born|gone|flown|spoken|fled|found|taken";
    if (n > 2 && w[n - 1] == 'd' && w[n - 2] == 'e') return 1;
    return tl_trig_in_list(irr, w, n);
}

tl_trig_lex *tl_trig_lex_new(void) {
    tl_trig_lex *x = calloc(1, sizeof *x);
    if (!x) return NULL;
    x->cap = 2048;
    x->slots = calloc(x->cap, sizeof *x->slots);
    if (!x->slots) { free(x); return NULL; }
    for (size_t i = 0; i < sizeof SPECS / sizeof *SPECS; i++) {
        const char *f = SPECS[i].forms;
        if (strchr(f, '|')) {
            while (*f) {
                const char *e = strchr(f, '|');
                size_t n = e ? (size_t)(e - f) : strlen(f);
                add(x, f, n, i, SPECS[i].pos == TL_TP_NOUN ? 0 : looks_past(f, n));
                f += n + (e ? 1 : 0);
            }
        } else {
            char buf[4][40];
            int past[4];
            size_t k = inflect(f, SPECS[i].pos, buf, past);
            for (size_t j = 0; j < k; j++) add(x, buf[j], strlen(buf[j]), i, past[j]);
        }
    }
    return x;
}

void tl_trig_lex_free(tl_trig_lex *x) {
    if (!x) return;
    free(x->slots);
    free(x);
}

size_t tl_trig_lookup(const tl_trig_lex *x, const char *w, size_t n, const tl_trig **out, size_t cap,
                      int *is_past) {
    *is_past = 0;
    /* The filter here, before find: nearly every word of a sentence is
     * asked about and few pass it, and the call into find (which also
     * inserts) cost more than the test. */
    if (n == 0 || n >= 40) return 0;
    uint32_t fk = filt_key(w, n);
    if (!(x->filt[fk >> 6] >> (fk & 63) & 1)) return 0;
    const slot *s = find(x, w, n, 0);
    if (!s) return 0;
    size_t k = 0;
    for (unsigned i = 0; i < s->n && k < cap; i++) out[k++] = &SPECS[s->spec[i]].t;
    *is_past = s->past;
    return k;
}

int tl_trig_part_follows(const tl_trig *t, const char *n1, size_t l1, const char *n2, size_t l2) {
    if (!t->part) return 1;
    const char *sp = strchr(t->part, ' ');
    size_t a = sp ? (size_t)(sp - t->part) : strlen(t->part);
    if (l1 != a || memcmp(n1, t->part, a) != 0) return 0;
    if (!sp) return 1;
    return l2 == strlen(sp + 1) && memcmp(n2, sp + 1, l2) == 0;
}

/* The frame is the member of a spec, so the spec is found by its offset. */
int tl_trig_pos_of(const tl_trig *t) {
    const spec *s = (const spec *)((const char *)t - offsetof(spec, t));
    return s->pos;
}
