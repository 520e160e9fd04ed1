/* threadline.h -- the public API of libthreadline: extract entities and facts from reports.
 *
 * Ownership, stated once and followed by every function:
 *   - An object returned by tl_X_new() or tl_extract() belongs to the caller,
 *     who releases it with the matching tl_X_free().  Free functions accept NULL.
 *   - Everything reachable from a tl_doc (tokens, entities, names, facts) lives
 *     in the document's arena and dies with tl_doc_free().  Callers never free
 *     those pieces and never keep pointers to them past the document.
 *   - A tl_str is a borrowed view {ptr, len}: it is not NUL-terminated and does
 *     not own its bytes.
 *
 * Errors: functions that can fail return a tl_status (0 on success, a named
 * negative code otherwise) and, when given a tl_error, fill it with a message
 * and the byte offset in the input where the problem was found (or -1).
 * On failure the output arguments are left untouched.
 *
 * The library never exits the process and keeps no global mutable state: all
 * state hangs off a tl_extractor (read-only after creation, so one extractor
 * may serve many threads), a tl_workspace (one thread's memos, one thread at a
 * time) or a tl_doc (one per document, one thread at a time).
 */
#ifndef THREADLINE_H
#define THREADLINE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define TL_VERSION "0.1.0"

/* ---- status codes ------------------------------------------------------ */
typedef enum tl_status {
    TL_OK = 0,
    TL_ENOMEM = -1,   /* an allocation failed */
    TL_EINVAL = -2,   /* a bad argument (NULL where an object was needed, bad option) */
    TL_EIO = -3,      /* a file could not be opened, read or written */
    TL_EUTF8 = -4,    /* invalid UTF-8 (reported; extraction repairs it and goes on) */
    TL_ETOOBIG = -5,  /* input over the configured size limit */
    TL_EFORMAT = -6,  /* malformed data file (model, gazetteer, JSON) */
    TL_EDB = -7,      /* the store failed */
    TL_ENOTFOUND = -8 /* no such entity, fact or file */
} tl_status;

typedef struct tl_error {
    int code;          /* a tl_status */
    long long offset;  /* byte offset in the input where it happened, or -1 */
    char msg[256];     /* human-readable, no trailing newline */
} tl_error;

/* Returns a static name for a status code ("TL_EIO").  Can't fail. */
const char *tl_status_name(int code);

/* ---- small value types ------------------------------------------------- */
typedef struct tl_str {
    const char *ptr;
    size_t len;
} tl_str;

typedef struct tl_span {
    uint32_t start, end; /* [start, end) byte offsets into tl_doc.text */
} tl_span;

typedef enum tl_ent_type {
    TL_PERSON = 0,
    TL_ORG,
    TL_GPE,
    TL_LOC,
    TL_FAC,
    TL_NORP,
    TL_EVENT,
    TL_ENT_TYPE_COUNT,
    TL_ENT_NONE = 255
} tl_ent_type;

/* "PERSON", "ORG", ...; NULL for an out-of-range value.  Can't fail. */
const char *tl_ent_type_name(int type);
/* Parses a type name; returns TL_ENT_NONE when unknown.  Can't fail. */
int tl_ent_type_parse(const char *name);

/* ---- tokens and sentences ---------------------------------------------- */
enum {
    TL_TOK_ALPHA = 1 << 0,   /* contains a letter */
    TL_TOK_UPPER = 1 << 1,   /* first letter is upper case */
    TL_TOK_ALLCAPS = 1 << 2, /* every letter upper case, at least two letters */
    TL_TOK_DIGIT = 1 << 3,   /* contains a digit */
    TL_TOK_PUNCT = 1 << 4,   /* punctuation or symbol only */
    TL_TOK_SPACE_BEFORE = 1 << 5, /* whitespace precedes the token */
    TL_TOK_NEWLINE_BEFORE = 1 << 6, /* a line break precedes the token */
    TL_TOK_PARA_BEFORE = 1 << 7,  /* a blank line precedes the token */
    TL_TOK_ABBREV = 1 << 8,  /* ends in a period that belongs to it (Gen., U.S.) */
    TL_TOK_SENT_START = 1 << 9, /* first token of a sentence */
    TL_TOK_QUOTE = 1 << 10,  /* a quotation mark */
    TL_TOK_HYPHEN = 1 << 11, /* contains an inner hyphen */
    TL_TOK_LINE_START = 1 << 12 /* first token on its line */
};

typedef struct tl_token {
    uint32_t start, end; /* byte offsets */
    uint32_t flags;      /* TL_TOK_* */
    uint32_t sent;       /* index of its sentence */
    uint8_t pos;         /* part-of-speech tag id (0 = unknown) */
    uint8_t ner;         /* internal NER label */
    uint16_t pad;
} tl_token;

typedef struct tl_sentence {
    uint32_t tok_begin, tok_end; /* [begin, end) token indices */
    uint32_t start, end;         /* byte offsets */
} tl_sentence;

/* ---- entities ---------------------------------------------------------- */
typedef struct tl_mention {
    uint32_t tok_begin, tok_end; /* token indices */
    uint32_t start, end;         /* byte offsets */
    int32_t entity;              /* index into tl_doc.entities, -1 if none */
    uint8_t type;                /* tl_ent_type */
    uint8_t flags;               /* TL_MENTION_* */
    uint8_t pad[2];
} tl_mention;

enum {
    TL_MENTION_NICK = 1 /* a nickname quoted inside the previous mention:
                           Ismael "El Mayo" Zambada */
};

typedef struct tl_entity {
    uint8_t type;          /* tl_ent_type */
    tl_str name;           /* fullest form; points into the text or the arena */
    tl_str *aliases;       /* other distinct surface forms */
    uint32_t n_aliases;
    uint32_t *mentions;    /* indices into tl_doc.mentions, in text order */
    uint32_t n_mentions;
} tl_entity;

/* ---- facts ------------------------------------------------------------- */
typedef enum tl_fact_type {
    TL_MEMBER_OF = 0, TL_LEADER_OF, TL_FOUNDED, TL_PART_OF, TL_SUPPORTS,
    TL_RECRUITED, TL_ASSOCIATE_OF, TL_FAMILY_OF, TL_MET, TL_OPPOSES,
    TL_ATTACKED, TL_SPIED_ON, TL_ARRESTED, TL_CHARGED, TL_EXTRADITED,
    TL_CITIZEN_OF, TL_ORIGIN, TL_BORN_IN, TL_LOCATED_IN, TL_TRAVELED_TO,
    TL_FACT_TYPE_COUNT
} tl_fact_type;

typedef enum tl_modality {
    TL_ASSERTED = 0, TL_REPORTED, TL_ALLEGED, TL_NEGATED
} tl_modality;

#define TL_FACT_MAX_ROLES 3

/* "MEMBER_OF", ...; NULL when out of range.  Can't fail. */
const char *tl_fact_type_name(int type);
/* Role names of a fact type: role 0 and 1 are the core roles, role 2 is the
 * optional third role (status, to/from...) or NULL.  Can't fail. */
const char *tl_fact_role_name(int type, int role);
const char *tl_modality_name(int modality);

typedef struct tl_fact {
    uint8_t type;              /* tl_fact_type */
    uint8_t modality;          /* tl_modality */
    uint8_t status;            /* ATTACKED: 0 none, 1 plotted, 2 attempted, 3 carried_out, 4 foiled */
    uint8_t pad;
    int32_t args[TL_FACT_MAX_ROLES]; /* entity indices, -1 when absent; args[2]
                                        is "by" / "to" for ARRESTED, CHARGED, EXTRADITED */
    int32_t from;              /* EXTRADITED "from", -1 when absent */
    int32_t place;             /* entity index or -1 */
    int32_t source;            /* entity index or -1 */
    tl_span time_text;         /* {0,0} when absent */
    char time_value[24];       /* ISO 8601 "2022", "2022-07", "2022-07-13", an
                                  interval "2023-08/2024-01", or "" */
    tl_span amount_text;       /* {0,0} when absent */
    double amount_value;
    char currency[4];          /* ISO 4217 or "" */
    tl_span evidence;          /* the sentence(s) stating it */
    float confidence;
} tl_fact;

/* ---- documents --------------------------------------------------------- */
typedef struct tl_arena tl_arena;

typedef struct tl_warning {
    long long offset;  /* byte offset in the input */
    char msg[96];
} tl_warning;

typedef struct tl_doc {
    tl_arena *arena;     /* owns everything below */
    const char *text;    /* the document text: valid UTF-8, NUL-terminated */
    size_t len;          /* bytes, without the terminator */
    char id[65];         /* sha256 hex of the input bytes */
    const char *path;    /* as given, or "-" */
    const char *title;   /* NULL when unknown */
    char published[11];  /* ISO date or "" */

    tl_token *tokens;       uint32_t n_tokens;
    tl_sentence *sentences; uint32_t n_sentences;
    tl_mention *mentions;   uint32_t n_mentions;
    tl_entity *entities;    uint32_t n_entities;
    tl_fact *facts;         uint32_t n_facts;
    tl_warning *warnings;   uint32_t n_warnings;
} tl_doc;

/* ---- the extractor ----------------------------------------------------- */
typedef struct tl_extractor tl_extractor;

typedef struct tl_options {
    size_t max_bytes;        /* refuse larger inputs (0 = 256 MiB default) */
    const char *model_path;  /* NER model file; NULL = the built-in search path */
    const char *published;   /* "YYYY-MM-DD" to force the published date, or NULL */
    int frames_only;         /* 1: facts from the frames and classifiers, not the
                                learned fact scorer (its trainer compares with them) */
    int window_threads;      /* threads for the windows of one long document
                                (over 512 KB); 0 or 1: the calling thread only.
                                The result is the same on any number. */
    int no_tree;             /* 1: no facts read from dependency trees (the word
                                frames alone; to measure what the trees add) */
    int no_rel;              /* 1: no facts from the encyclopedic pair classifier
                                (its trainer measures what it adds to the rest) */
} tl_options;

/* Creates an extractor (gazetteers, models).  Returns NULL and fills err on
 * failure.  opts may be NULL for defaults. */
tl_extractor *tl_extractor_new(const tl_options *opts, tl_error *err);
void tl_extractor_free(tl_extractor *ex);

/* Runs the whole pipeline on `len` bytes.  The bytes are copied; invalid
 * UTF-8 and NUL bytes are replaced byte for byte (so offsets still match the
 * input) and listed in doc->warnings.  On success stores a new document in
 * *out and returns TL_OK; on failure returns a negative tl_status, fills err
 * and leaves *out untouched. */
int tl_extract(const tl_extractor *ex, const char *bytes, size_t len,
               const char *path, tl_doc **out, tl_error *err);

/* ---- workspaces --------------------------------------------------------- */
/* A workspace makes extracting many documents cheaper: it remembers per-word
 * work (feature hashes, gazetteer flags, tagger weight sums) from one document
 * to the next, where each tl_extract() call starts from nothing.  It holds
 * only memos of pure functions of the input, so every result is byte for
 * byte the same with or without it, with a fresh one or one that served a
 * million documents.  It belongs to one extractor and is used by one thread
 * at a time (give each thread its own; the extractor stays shared).  Its
 * memory is bounded: about max_bytes (0: 8 MiB) whatever the number of
 * documents; a memo that fills up is emptied and starts over. */
typedef struct tl_workspace tl_workspace;

/* Creates a workspace for ex.  Returns NULL when out of memory or when ex is
 * NULL. */
tl_workspace *tl_workspace_new(const tl_extractor *ex, size_t max_bytes);
void tl_workspace_free(tl_workspace *ws);

/* tl_extract through a workspace made for ex (ws NULL: same as tl_extract).
 * Same results, same errors; TL_EINVAL also when ws belongs to another
 * extractor. */
int tl_extract_ws(const tl_extractor *ex, tl_workspace *ws, const char *bytes, size_t len,
                  const char *path, tl_doc **out, tl_error *err);

/* tl_extract_ws on a malloc'd buffer of at least len + 1 bytes that it takes
 * over in every case (the document's text is then the buffer itself,
 * repaired in place: no copy, so a large document needs half the memory).
 * Same results and errors as tl_extract_ws; on failure the buffer is freed. */
int tl_extract_take(const tl_extractor *ex, tl_workspace *ws, char *buf, size_t len,
                    const char *path, tl_doc **out, tl_error *err);

void tl_doc_free(tl_doc *doc);

/* Process-wide allocator settings for extracting long documents: blocks of
 * TL_EXTRACT_MMAP_BYTES or more get pages of their own, given back to the
 * system when freed.  glibc otherwise raises that threshold to the size of
 * every large block freed, so the per-window arrays and arenas of a long
 * document (a few MB each, freed window after window) come from the heap,
 * whose holes stay resident between the long-lived merged arrays (about
 * 20 MB of a 20 MB document's peak with two jobs).  Call it once, before
 * other threads start (the CLI does in main); results are the same with or
 * without it.  Can't fail; does nothing where the C library has no such
 * setting. */
#define TL_EXTRACT_MMAP_BYTES ((size_t)2 << 20)
void tl_extract_process_setup(void);

/* ---- output ------------------------------------------------------------ */
enum {
    TL_JSON_PRETTY = 1 << 0,    /* indented, else one line */
    TL_JSON_WITH_TEXT = 1 << 1, /* add document.text */
    TL_JSON_SYMMETRIC_IN_FACTS = 1 << 2 /* no effect: every fact, ASSOCIATE_OF,
                                   FAMILY_OF and MET included, is under "facts" */
};

/* Appends the SPEC section 2 JSON of doc to *buf (realloc'd; *buf may be NULL
 * with *len 0).  Returns TL_OK or TL_ENOMEM, in which case *buf still holds
 * what was written before and the caller still owns it. */
int tl_doc_to_json(const tl_doc *doc, int flags, char **buf, size_t *len);

/* Document fields that extraction does not find but a record may carry (a
 * JSON-lines input's "url" and "source"); NULL fields are left out. */
typedef struct tl_doc_meta {
    const char *url;
    const char *source;
} tl_doc_meta;

/* tl_doc_to_json with meta's fields added to "document" (meta may be NULL).
 * Same returns and ownership as tl_doc_to_json. */
int tl_doc_to_json_meta(const tl_doc *doc, int flags, const tl_doc_meta *meta, char **buf, size_t *len);

/* Receives the next n bytes of a document's JSON; returns 0 to report that
 * they could not be written (the writer then stops passing bytes on). */
typedef int (*tl_json_sink)(void *ctx, const char *bytes, size_t n);

/* tl_doc_to_json_meta, streamed: the same bytes go to sink in pieces of
 * about 64 KB as they are written, so a huge document's JSON is never held
 * whole.  Returns TL_OK; TL_ENOMEM when out of memory, TL_EIO when the sink
 * refused bytes, TL_EINVAL when sink is NULL (on an error the sink may
 * have received the start of the JSON).  Nothing to free. */
int tl_doc_write_json(const tl_doc *doc, int flags, const tl_doc_meta *meta, tl_json_sink sink, void *ctx);

#ifdef __cplusplus
}
#endif
#endif
