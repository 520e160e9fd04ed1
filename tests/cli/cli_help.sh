#!/bin/sh
# cli_help.sh -- the help of the command and of every subcommand: exit 0, usage on stdout naming the command, nothing on stderr, no store created; every option a help names is one the command accepts; the top-level usage, --version and unknown commands.
# Usage: TL=path/to/threadline sh tests/cli/cli_help.sh   (from the repository root)
NAME=cli-help
. "$(dirname "$0")/../lib/cli.sh"
cd "$T" || exit 2
# no store given anywhere: a command that wrongly opened one would create ./threadline.db
unset THREADLINE_DB

# 1. the top level
"$TL" > out 2> err
rc=$?
if [ "$rc" -eq 2 ] && [ ! -s out ] && grep -q '^usage: threadline <command>' err; then ok "no command: usage on stderr, exit 2"
else bad "no command: exit $rc, stdout $(wc -c < out) bytes"; fi
for h in --help -h help; do
    "$TL" $h > out 2> err
    rc=$?
    if [ "$rc" -eq 0 ] && [ ! -s err ] && grep -q '^usage: threadline <command>' out; then ok "threadline $h"
    else bad "threadline $h: exit $rc"; fi
done
"$TL" --help > top.help 2>/dev/null
COMMANDS=$(awk '/^commands:/{on=1; next} on && /^  [a-z]/{print $1} on && /^$/{on=0}' top.help)
n=$(echo "$COMMANDS" | wc -w)
if [ "$n" -ge 25 ]; then ok "the usage lists $n commands"; else bad "the usage lists $n commands"; fi
for v in --version version; do
    out=$("$TL" $v 2>&1)
    rc=$?
    if [ "$rc" -eq 0 ] && echo "$out" | grep -Eq '^threadline [0-9]+\.[0-9]+'; then ok "threadline $v: $out"
    else bad "threadline $v: exit $rc: $out"; fi
done
"$TL" frobnicate > out 2> err
rc=$?
if [ "$rc" -eq 2 ] && [ ! -s out ] && grep -q "'frobnicate' is not a command" err; then ok "unknown command: exit 2, named"
else bad "unknown command: exit $rc: $(cat err)"; fi
# --db before the command is moved after it
"$TL" --db nowhere.db stats > out 2> err
rc=$?
if [ "$rc" -eq 1 ] && grep -q "no store at 'nowhere.db'" err && [ ! -e nowhere.db ]; then ok "--db before the command"
else bad "--db before the command: exit $rc: $(cat err)"; fi

# 2. every command's help
for c in $COMMANDS; do
    for h in --help -h; do
        "$TL" "$c" $h > "$c$h.out" 2> err < /dev/null
        rc=$?
        if [ "$rc" -ne 0 ]; then bad "$c $h: exit $rc"; continue; fi
        if [ -s err ]; then bad "$c $h: wrote to stderr: $(head -c 200 err)"; continue; fi
        if ! head -1 "$c$h.out" | grep -q "^usage: threadline $c\b"; then bad "$c $h: first line $(head -1 "$c$h.out")"; continue; fi
        ok "$c $h"
    done
    if ! cmp -s "$c--help.out" "$c-h.out"; then bad "$c: -h and --help differ"; fi
    # the summary in the top-level usage is not empty and the help is more than one line
    if [ "$(wc -l < "$c--help.out")" -lt 3 ]; then bad "$c --help: $(wc -l < "$c--help.out") lines"; fi
done
if [ -e threadline.db ]; then bad "a --help created ./threadline.db"; else ok "no --help created a store"; fi

# 3. --help anywhere on the line wins over the rest, even over bad arguments
expect 0 '^usage:' show Nobody --help
expect 0 '^usage:' entities --limit ten --help
expect 0 '^usage:' path A --help
expect 0 '^usage:' facts --type NOPE --help

# 4. every option named in a help (its usage lines and its option list) is
# accepted, as OPT=1 and as OPT 1 (followed by --help): neither may answer
# "unknown option"
for c in $COMMANDS; do
    opts=$(awk '/^usage:/{u=1} u && !/^usage:/ && !/^ +\[/ && !/^ +--/{u=0}
                u {print; next}
                /^  +--[a-z]/ {print $1}' "$c--help.out" | grep -o -- '--[a-z][a-z-]*' | sort -u)
    for o in $opts; do
        "$TL" "$c" "$o=1" --help < /dev/null > out 2> err
        if grep -q "unknown option" err; then bad "$c: its help names $o=, which it refuses: $(head -c 200 err)"; fi
        "$TL" "$c" "$o" 1 --help < /dev/null > out 2> err
        if grep -q "unknown option" err; then bad "$c: its help names $o, which it refuses: $(head -c 200 err)"; fi
    done
done
ok "every option a help names is accepted"

# 5. an option a command does not have: exit 2, the command named, nothing run
for c in entities facts show stats documents export search neighbors path merge undo watch alerts ingest reindex; do
    "$TL" "$c" --no-such-option --db nowhere.db > out 2> err < /dev/null
    rc=$?
    if [ "$rc" -eq 2 ] && [ ! -s out ] && grep -q "unknown option '--no-such-option'" err; then :
    else bad "$c --no-such-option: exit $rc: $(head -c 200 err)"; fi
done
if [ -e nowhere.db ]; then bad "a refused command line created a store"; else ok "unknown options: exit 2, no store"; fi

# 6. a value option at the end of the line without its value; a flag given one
expect 2 "needs a value" entities --limit
expect 2 "needs a value" facts --type
expect 2 "needs a value" export --format
expect 2 "needs a value" stats --top
expect 2 "takes no value" entities --json=yes

finish
