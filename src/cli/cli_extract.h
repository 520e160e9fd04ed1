/* cli_extract.h -- the JSON-lines input mode of `threadline extract`. */
#ifndef TL_CLI_EXTRACT_H
#define TL_CLI_EXTRACT_H
#include "cli.h"

/* `extract --input jsonl`: reads JSON-lines records ({"id", "text", "title",
 * "published", "url", "source"}) from each of files (none, or "-": stdin)
 * and prints one compact extraction a line, in input order, flushed line by
 * line.  Nothing passes from one record to the next but the memos of ws
 * (NULL: none; same output).  A record that cannot be read (bad JSON, no
 * "text", a line over max bytes, read only up to the limit) is reported on
 * stderr with its file and line number and skipped.  Returns TL_EXIT_OK, or
 * TL_EXIT_FAIL when anything was skipped or the output failed. */
int tl_cli_extract_jsonl(const tl_extractor *ex, tl_workspace *ws, int json_flags, size_t max, const char *const *files,
                         int nfiles);
#endif
