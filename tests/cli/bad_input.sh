#!/bin/sh
# bad_input.sh -- hostile and broken inputs to `threadline extract`: none may crash, hang or leak the exit status.
# Usage: TL=path/to/threadline [BUILD=build|build-asan] sh tests/cli/bad_input.sh   (from the repository root)
TL=${TL:-build/threadline}
BUILD=${BUILD:-build}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
FAILS=0
TIME=
ok()   { echo "ok   $*"; }
bad()  { echo "FAIL $*"; FAILS=$((FAILS + 1)); }

# valid_json FILE [jsonl]: the output parses (one document, an array, or one per line).
valid_json() {
    python3 - "$1" "${2:-}" <<'PY'
import json, sys
path, mode = sys.argv[1], sys.argv[2]
data = open(path, encoding="utf-8").read()  # must be valid UTF-8 too
docs = [json.loads(l) for l in data.splitlines() if l.strip()] if mode == "jsonl" else json.loads(data)
if isinstance(docs, dict): docs = [docs]
for d in docs:
    n = d["document"]["bytes"] if "bytes" in d["document"] else None
    for e in d["entities"]:
        for s, t in e["mentions"]:
            assert 0 <= s < t and (n is None or t <= n), (s, t, n)
PY
}

# run NAME EXPECTED_STATUS ARGS...: runs extract, keeps stdout/stderr in $T/NAME.{out,err}.
run() {
    name=$1; want=$2; shift 2
    $TIME "$TL" extract "$@" >"$T/$name.out" 2>"$T/$name.err"
    st=$?
    if [ "$st" -ge 128 ]; then bad "$name: killed by signal $((st - 128))"; sed 's/^/     /' "$T/$name.err" | tail -20; return 1; fi
    if [ "$st" -ne "$want" ]; then bad "$name: exit status $st, want $want"; sed 's/^/     /' "$T/$name.err" | tail -5; return 1; fi
    return 0
}

# 1. an empty file
: > "$T/empty.txt"
if run empty 0 "$T/empty.txt" && valid_json "$T/empty.out" \
   && python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['entities']==[] and d['document']['id']=='e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'" "$T/empty.out"
then ok "empty file: exit 0, JSON with no entities and the sha256 of nothing"; else bad "empty file"; fi

# 2. binary files: an executable and random bytes from a fixed seed
cp "$(command -v ls)" "$T/ls.bin"
python3 -c "import random,sys; r=random.Random(42); sys.stdout.buffer.write(bytes(r.getrandbits(8) for _ in range(300000)))" > "$T/random.bin"
for f in ls.bin random.bin; do
    if run "$f" 0 --jsonl "$T/$f" && valid_json "$T/$f.out" jsonl && grep -q 'byte [0-9]' "$T/$f.err"
    then ok "binary file $f: exit 0, valid JSON, warnings with byte offsets"; else bad "binary file $f"; fi
done

# 3. invalid UTF-8: reported with its byte offset, replaced byte for byte
# (octal escapes: the printf of dash has no \x)
printf 'Levan Beridze met \377\376 Tawfiq Rahimov in Tbilisi on \355\240\200 Monday. Rahimov \300\257 left.\n' > "$T/bad-utf8.txt"
if run bad-utf8 0 --jsonl "$T/bad-utf8.txt" && valid_json "$T/bad-utf8.out" jsonl \
   && grep -q 'byte 18:' "$T/bad-utf8.err" && grep -q 'byte 50:' "$T/bad-utf8.err" \
   && grep -q 'byte 70:' "$T/bad-utf8.err" \
   && python3 - "$T/bad-utf8.txt" "$T/bad-utf8.out" <<'PY'
import json, sys
raw = open(sys.argv[1], "rb").read()
d = json.loads(open(sys.argv[2]).read())
assert d["document"]["bytes"] == len(raw)
names = 0
for e in d["entities"]:
    forms = [e["name"]] + e["aliases"]
    for s, t in e["mentions"]:
        assert raw[s:t].decode("utf-8") in forms, (raw[s:t], forms)
        names += 1
assert names >= 3, d["entities"]
PY
then ok "invalid UTF-8: exit 0, warnings at bytes 18, 50 and 70 on stderr, valid JSON, offsets match the raw input"
else bad "invalid UTF-8"; cat "$T/bad-utf8.err"; fi

# 4. NUL bytes
printf 'Tawfiq\000Rahimov met\000\000Levan Beridze\000in Tbilisi.\000' > "$T/nul.txt"
if run nul 0 --jsonl --with-text "$T/nul.txt" && valid_json "$T/nul.out" jsonl && grep -q 'byte 6:' "$T/nul.err" \
   && python3 -c "
import json,sys
raw=open(sys.argv[2],'rb').read(); t=json.loads(open(sys.argv[1]).read())['document']['text'].encode()
assert t==raw.replace(b'\0',b' '), (t, raw)" "$T/nul.out" "$T/nul.txt"
then ok "NUL bytes: exit 0, warnings, text has spaces in their place at the same offsets"; else bad "NUL bytes"; fi

# 5. a huge file with no newline (50 MB; 8 MB under sanitizers, which are ~10x slower)
case "$BUILD" in *asan*) MB=8 ;; *) MB=50 ;; esac
yes 'Tawfiq Rahimov met Gen. Kordani of the IRGC-Quds Force in Baku, and the SSS (State Security Service) paid "the Tailor" 30,000 dollars on 13 March 2021; ' \
    | tr -d '\n' | head -c $((MB * 1048576)) > "$T/huge.txt"
if [ -x /usr/bin/time ]; then TIME="/usr/bin/time -f %M -o $T/huge.rss"; else TIME=; fi
start=$(date +%s)
if run huge 0 --jsonl "$T/huge.txt"; then
    secs=$(( $(date +%s) - start ))
    rss=$(tail -1 "$T/huge.rss" 2>/dev/null || echo 0)
    if ! python3 -c "import json,sys; d=json.loads(open(sys.argv[1]).read()); assert d['document']['bytes']==$MB*1048576 and len(d['entities'])>0" "$T/huge.out"; then
        bad "$MB MB without newline: bad output"
    elif [ -z "$TIME" ]; then
        ok "$MB MB without newline: done in ${secs}s (RSS not measured: /usr/bin/time missing, run 'make deps')"
    elif [ "$rss" -gt 0 ] && [ "$rss" -lt 2097152 ]; then
        ok "$MB MB without newline: done in ${secs}s, max RSS $((rss / 1024)) MB (< 2 GB)"
    else
        bad "$MB MB without newline: max RSS ${rss} KB is not under 2 GB"
    fi
fi
TIME=

# 6. 10,000 capitalized words in a row (no punctuation, one long "name")
python3 -c "
import random
r = random.Random(7)
syl = ['ka','ri','mo','ta','vel','dor','an','is','ku','zen','ba','li']
print(' '.join(''.join(r.choice(syl) for _ in range(r.randint(1,3))).capitalize() for _ in range(10000)))" > "$T/caps.txt"
if run caps 0 --jsonl "$T/caps.txt" && valid_json "$T/caps.out" jsonl
then ok "10,000 capitalized words: exit 0, valid JSON"; else bad "10,000 capitalized words"; fi

# 7. deep nesting of brackets and quotes, and unbalanced ones
python3 -c "
n = 20000
print('(' * n + '[' * n + '\"' * n + 'Tawfiq Rahimov' + '\u201d' * n + ']' * n + ')' * n)
print('\u201c' * n + '{' * n + 'Levan Beridze said ' + '(' * n)
print(')' * n + ' Gen. ' + \"'\" * n + 'Kordani' + '\u00bb' * n)" > "$T/nested.txt"
if run nested 0 --jsonl "$T/nested.txt" && valid_json "$T/nested.out" jsonl
then ok "deep nesting of brackets and quotes (20,000 deep, balanced and not): exit 0, valid JSON"; else bad "deep nesting"; fi

# 8. a missing file among good ones: the others are still processed
printf 'Levan Beridze was arrested in Tbilisi.\n' > "$T/good1.txt"
printf 'Tawfiq Rahimov fled to Baku.\n' > "$T/good2.txt"
if run missing 1 --jsonl "$T/good1.txt" "$T/does-not-exist.txt" "$T/good2.txt" \
   && [ "$(wc -l < "$T/missing.out")" -eq 2 ] && valid_json "$T/missing.out" jsonl \
   && grep -q 'does-not-exist.txt' "$T/missing.err"
then ok "missing file among good ones: exit 1, both good files extracted, the missing one named on stderr"; else bad "missing file"; fi
# Without --jsonl the output is still one valid JSON array.
if run missing-array 1 "$T/good1.txt" "$T/does-not-exist.txt" "$T/good2.txt" \
   && python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert isinstance(d, list) and len(d)==2" "$T/missing-array.out"
then ok "missing file, array output: exit 1, a valid array of the 2 good documents"; else bad "missing file (array)"; fi

# 9. a directory
mkdir -p "$T/adir"
if run dir 1 --jsonl "$T/adir" "$T/good1.txt" && grep -q 'directory' "$T/dir.err" && [ "$(wc -l < "$T/dir.out")" -eq 1 ]
then ok "directory: exit 1, 'is a directory' on stderr, the good file still extracted"; else bad "directory"; fi

# 10. stdin
if "$TL" extract --jsonl - < "$T/good1.txt" > "$T/stdin.out" 2>"$T/stdin.err" && valid_json "$T/stdin.out" jsonl \
   && python3 -c "import json,sys; d=json.loads(open(sys.argv[1]).read()); assert d['document']['path']=='-' and d['entities']" "$T/stdin.out"
then ok "'-' reads stdin: exit 0, path '-', entities found"; else bad "stdin"; fi
if printf '' | "$TL" extract - > "$T/stdin-empty.out" 2>&1 && valid_json "$T/stdin-empty.out"
then ok "empty stdin: exit 0, valid JSON"; else bad "empty stdin"; fi

# 11. --max-bytes exceeded (and exactly at the limit)
head -c 1000 "$T/huge.txt" > "$T/k.txt"
if run maxbytes 1 --jsonl --max-bytes 999 "$T/k.txt" "$T/good1.txt" && grep -q 'limit' "$T/maxbytes.err" \
   && [ "$(wc -l < "$T/maxbytes.out")" -eq 1 ] && run maxbytes-eq 0 --jsonl --max-bytes 1000 "$T/k.txt"
then ok "--max-bytes: over the limit exits 1 with a message, the next file is still done; at the limit exits 0"
else bad "--max-bytes"; fi
if run maxbytes-bad 2 --max-bytes nope "$T/k.txt" && run maxbytes-zero 2 --max-bytes 0 "$T/k.txt"
then ok "--max-bytes with a bad value: usage error (exit 2)"; else bad "--max-bytes bad value"; fi

# 12. usage errors
if run noargs 2 && run badopt 2 --no-such-option "$T/k.txt"
then ok "no files / unknown option: exit 2"; else bad "usage errors"; fi

# 13. every command's --help exits 0 and prints a usage line
cmds=$("$TL" --help | awk '/^commands:/ {on=1; next} on && /^  [a-z]/ {print $1} on && /^$/ {on=0}')
[ -n "$cmds" ] || bad "no commands listed by 'threadline --help'"
for c in $cmds; do
    if "$TL" $c --help > "$T/help.out" 2>&1 && grep -qi 'usage' "$T/help.out"
    then ok "threadline $c --help: exit 0"; else bad "threadline $c --help"; fi
done
if "$TL" --help >/dev/null && "$TL" --version >/dev/null; then ok "threadline --help / --version: exit 0"; else bad "threadline --help"; fi

if [ "$FAILS" -eq 0 ]; then echo "bad_input: all passed"; else echo "bad_input: $FAILS failed"; fi
[ "$FAILS" -eq 0 ]
