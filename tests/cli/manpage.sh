#!/bin/sh
# manpage.sh -- runs every example command of docs/threadline.1 and checks the page names every command.
# Usage: TL=path/to/threadline sh tests/cli/manpage.sh   (from the repository root)
TL=${TL:-build/threadline}
case "$TL" in /*) ;; *) TL="$PWD/$TL" ;; esac
PAGE=docs/threadline.1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
FAILS=0

# The page must be valid roff for man(1) (warnings are errors here).
if command -v groff >/dev/null; then
    if groff -man -Tutf8 -ww -z "$PAGE" 2>"$T/groff.err" && [ ! -s "$T/groff.err" ]; then
        echo "ok   $PAGE formats without warnings"
    else
        echo "FAIL $PAGE: groff warnings"; sed 's/^/     /' "$T/groff.err"; FAILS=$((FAILS + 1))
    fi
fi

# Examples run in a scratch copy of examples/ (the page uses examples/report.txt;
# when the repository has no such file, one of the test reports stands in).
mkdir -p "$T/work/examples" "$T/bin"
cp examples/* "$T/work/examples/" 2>/dev/null
[ -f "$T/work/examples/report.txt" ] || cp tests/data/report1.txt "$T/work/examples/report.txt"
ln -s "$TL" "$T/bin/threadline"

# Lines of the EXAMPLES section that start with "$ threadline" or a pipe into
# it; roff escapes (\-) become plain characters.
awk '/^\.SH /{ex = ($2 == "EXAMPLES")} ex && /^\$ / {print}' "$PAGE" \
    | sed -e 's/^\$ //' -e 's/\\-/-/g' -e 's/\\(aq/'"'"'/g' -e 's/\\(dq/"/g' > "$T/examples"
n=$(grep -c threadline "$T/examples")
if [ "$n" -lt 3 ]; then echo "FAIL fewer than 3 examples found in $PAGE"; FAILS=$((FAILS + 1)); fi
while IFS= read -r cmd; do
    if (cd "$T/work" && PATH="$T/bin:$PATH" sh -c "$cmd") >"$T/out" 2>"$T/err"; then
        echo "ok   \$ $cmd"
    else
        echo "FAIL \$ $cmd (exit $?)"; sed 's/^/     /' "$T/err" | tail -5; FAILS=$((FAILS + 1))
    fi
done < "$T/examples"

# Every command of this build is documented (as a command or as planned).
cmds=$("$TL" --help | awk '/^commands:/ {on=1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on=0}')
for c in $cmds; do
    if grep -q "^\.SS $c\$" "$PAGE"; then echo "ok   command '$c' has its section"
    elif grep -qw "$c" "$PAGE"; then echo "ok   command '$c' is mentioned (planned: document it under COMMANDS)"
    else echo "FAIL command '$c' is not in $PAGE"; FAILS=$((FAILS + 1)); fi
done

[ "$FAILS" -eq 0 ] && echo "manpage: all passed"
[ "$FAILS" -eq 0 ]
