#!/bin/sh
# serve_api.sh -- threadline serve: every API endpoint against the CLI's --json, token rules, hostile
# requests (huge body, bad UTF-8, bad parameters, "..", a slow client).  Loopback only.  Needs $TL and curl.
set -eu
: "${TL:?set TL to the threadline binary}"
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT INT TERM
fail() { echo "FAIL: $*" >&2; [ -f "$T/serve.err" ] && tail -5 "$T/serve.err" >&2; exit 1; }
command -v curl >/dev/null || { echo "skip: curl is not installed"; exit 0; }
DB="$T/t.db"
$TL ingest --db "$DB" --extracted --quiet "$HERE/fixtures"

# token create prints the token alone; list shows it, hashed storage never shows it
TOKEN=$($TL token create --db "$DB" tester)
echo "$TOKEN" | grep -Eq '^[0-9a-f]{64}$' || fail "token create printed '$TOKEN'"
$TL token list --db "$DB" | grep -q tester || fail "token list lacks the token"
$TL token list --db "$DB" --json | grep -q "$TOKEN" && fail "token list shows the token itself"
OLD=$($TL token create --db "$DB" old)
$TL token revoke --db "$DB" old 2>/dev/null
set +e; $TL token revoke --db "$DB" nobody 2>/dev/null; rc=$?; set -e
[ $rc -eq 3 ] || fail "revoking an unknown token: exit $rc"
sqlite3 "$DB" "SELECT hash FROM api_tokens" | grep -q "$TOKEN" && fail "a token is stored in clear"

# start on a free port, timeout 2 s for the slow-client test
$TL serve --db "$DB" --port 0 --timeout 2 --max-body 100000 --web "$T/noweb" >"$T/serve.out" 2>"$T/serve.err" &
PID=$!
i=0
while ! grep -q "listening on" "$T/serve.out" 2>/dev/null; do
    i=$((i + 1)); [ $i -gt 100 ] && fail "server did not start"
    kill -0 $PID 2>/dev/null || fail "server exited"
    sleep 0.1
done
U=$(sed -n 's/^listening on //p' "$T/serve.out")
case "$U" in http://127.0.0.1:*/) ;; *) fail "bad address line '$U'" ;; esac

code() { curl -s -o "$T/body" -w '%{http_code}' --max-time 20 "$@"; }
expect() { # status url [curl options...]
    want=$1; shift
    got=$(code "$@")
    [ "$got" = "$want" ] || fail "$* -> $got, expected $want: $(head -c 300 "$T/body")"
}
# the API's body equals the CLI's --json (same JSON value)
same() { # api-path cli-args...
    p=$1; shift
    expect 200 "$U$p"
    $TL "$@" --json --db "$DB" >"$T/cli.json"
    python3 -c "import json,sys; a=json.load(open('$T/body')); b=json.load(open('$T/cli.json')); sys.exit(0 if a==b else 1)" \
        || fail "GET $p differs from threadline $*"
}
same "api/stats" stats
same "api/entities?limit=10000" entities
same "api/entities?type=PERSON&limit=10000" entities --type PERSON
same "api/entities/Quds%20Force" show "Quds Force"
same "api/entities/%23$($TL entities --db "$DB" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')" \
    show "#$($TL entities --db "$DB" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
same "api/facts?type=RECRUITED" facts --type RECRUITED
same "api/facts?since=2015&modality=asserted" facts --since 2015 --modality asserted
same "api/path?from=Carlisle%20Rivera&to=Qods%20Force" path "Carlisle Rivera" "Qods Force"
same "api/neighbors?entity=Rafat%20Amirov&hops=2" neighbors "Rafat Amirov" --hops 2
same "api/timeline?entity=Rafat%20Amirov" timeline "Rafat Amirov"
same "api/search?q=recruited" search recruited
# offsets and limits page through the same list
expect 200 "${U}api/entities?limit=2&offset=1"
python3 -c "import json; a=json.load(open('$T/body')); assert len(a)==2, a"
# documents: the list, one with its text and spans
expect 200 "${U}api/documents"
DOC=$(python3 -c "import json; d=json.load(open('$T/body')); assert len(d)==4; print(d[0]['doc_id'])")
expect 200 "${U}api/documents/$DOC"
python3 -c "
import json; d=json.load(open('$T/body')); t=d['text'].encode()
assert d['spans'] and all(0<=s['span'][0]<=s['span'][1]<=len(t) for s in d['spans'])
assert any(s['kind']=='evidence' for s in d['spans'])"
expect 404 "${U}api/documents/$(echo "$DOC" | tr '0-9a-f' 'f0-9a-e' | head -c 64)"
expect 404 "${U}api/documents/nothex"
# exports parse
expect 200 "${U}api/export?format=stix"
python3 -c "import json; b=json.load(open('$T/body')); assert b['type']=='bundle'"
expect 200 "${U}api/export?format=graphml&entity=Rafat%20Amirov&hops=1"
python3 -c "import xml.dom.minidom as m; m.parse('$T/body')"
expect 200 "${U}api/export?format=json"

# errors: JSON bodies with their status
expect 404 "${U}api/entities/Nobody%20At%20All"
python3 -c "import json; e=json.load(open('$T/body'))['error']; assert e['status']==404 and e['message']"
expect 409 "${U}api/entities/Mehdiyev"
python3 -c "import json; e=json.load(open('$T/body'))['error']; assert len(e['candidates'])==2"
expect 400 "${U}api/entities?limit=abc"
expect 400 "${U}api/entities?limit=-1"
expect 400 "${U}api/entities?type=ALIEN"
expect 400 "${U}api/facts?since=yesterday"
expect 400 "${U}api/facts?modality=maybe"
expect 400 "${U}api/path?from=Rafat%20Amirov"
expect 400 "${U}api/path?from=a&to=b&max_hops=99"
expect 400 "${U}api/neighbors?entity=Rafat%20Amirov&hops=0"
expect 400 "${U}api/search"
expect 400 "${U}api/export?format=pdf"
expect 400 "${U}api/search?q=%FF%FE"
expect 400 "${U}api/entities?match=%C3%28"
expect 404 "${U}api/nothing"
expect 404 --path-as-is "${U}../../etc/passwd"
expect 404 --path-as-is "${U}api/%2e%2e/%2e%2e/etc/passwd"
expect 404 --path-as-is "${U}web/../threadline.db"
expect 405 -X DELETE "${U}api/stats"
expect 404 "${U}"    # no web page in this run

# writes: no token 401, bad or revoked token 401, good token 201
J='Content-Type: application/json'
expect 401 -X POST -H "$J" -d '{"op":"alias","entity":"Rafat Amirov","name":"R. Amirov"}' "${U}api/corrections"
expect 401 -X POST -H "$J" -H "Authorization: Bearer nonsense" -d '{}' "${U}api/corrections"
expect 401 -X POST -H "$J" -H "Authorization: Bearer $OLD" -d '{}' "${U}api/corrections"
expect 401 -X POST -H 'Content-Type: text/plain' --data-binary 'Some text.' "${U}api/documents"
A="Authorization: Bearer $TOKEN"
expect 201 -X POST -H "$J" -H "$A" -d '{"op":"alias","entity":"Rafat Amirov","name":"R. Amirov"}' "${U}api/corrections"
$TL corrections --db "$DB" | grep -q "R. Amirov" || fail "the correction was not recorded"
expect 200 "${U}api/entities/R.%20Amirov"
expect 409 -X POST -H "$J" -H "$A" -d '{"op":"merge","a":"Mehdiyev","b":"Rafat Amirov"}' "${U}api/corrections"
expect 400 -X POST -H "$J" -H "$A" -d '{"op":"explode"}' "${U}api/corrections"
expect 400 -X POST -H "$J" -H "$A" -d 'not json' "${U}api/corrections"
expect 400 -X POST -H "$J" -H "$A" --data-binary "$(printf '{"op":"rename","a":"x","b":"\377"}')" "${U}api/corrections"
# ingest: text/plain with headers, JSON; the new document is readable at once
R='Lorenzo Valdez, a member of the Sinaloa Cartel, was arrested in Madrid in March 2021, police said.'
expect 201 -X POST -H "$A" -H 'Content-Type: text/plain' -H 'X-Title: A test report' -H 'X-Published: 2021-03-05' \
    --data-binary "$R" "${U}api/documents"
python3 -c "
import json; d=json.load(open('$T/body')); assert d['skipped'] is False and d['document']['title']=='A test report'
assert any(e['name']=='Lorenzo Valdez' for e in d['entities']), d['entities']"
expect 200 -X POST -H "$A" -H 'Content-Type: text/plain' --data-binary "$R" "${U}api/documents"
python3 -c "import json; assert json.load(open('$T/body'))['skipped'] is True"
expect 200 "${U}api/entities/Lorenzo%20Valdez"
expect 201 -X POST -H "$A" -H "$J" -d '{"text":"Omar Haddad met Lina Sayegh in Amman in 2020.","title":"JSON report","published":"2020"}' "${U}api/documents"
expect 400 -X POST -H "$A" -H "$J" -d '{"title":"no text"}' "${U}api/documents"
expect 400 -X POST -H "$A" -H "$J" -d '{"text":"x","published":"last week"}' "${U}api/documents"
expect 400 -X POST -H "$A" -H 'Content-Type: image/png' --data-binary 'x' "${U}api/documents"
# text with invalid UTF-8 and NUL bytes is repaired, as by ingest
printf 'Karim Nassar \377\376 met\000 Yusuf Demir in Ankara.' >"$T/bad.txt"
expect 201 -X POST -H "$A" -H 'Content-Type: text/plain' --data-binary @"$T/bad.txt" "${U}api/documents"
# a body over --max-body: 413, whether its length is announced or chunked
head -c 300000 /dev/zero | tr '\0' 'a' >"$T/big.txt"
expect 413 -X POST -H "$A" -H 'Content-Type: text/plain' --data-binary @"$T/big.txt" "${U}api/documents"
expect 413 -X POST -H "$A" -H 'Content-Type: text/plain' -H 'Transfer-Encoding: chunked' --data-binary @"$T/big.txt" "${U}api/documents"
expect 200 "${U}api/stats"

# a slow client (half a request line, then silence) is closed at the time limit
PORT=$(echo "$U" | sed 's|.*:\([0-9]*\)/$|\1|')
python3 - "$PORT" <<'PY' || fail "slow client was not closed at the time limit"
import socket, sys, time
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10)
s.sendall(b"GET /api/stats HTTP/1.1\r\nHost: x\r\n")
t = time.time()
try:
    data = s.recv(4096)
    while data:
        data = s.recv(4096)
except socket.timeout:
    sys.exit(1)
took = time.time() - t
print("closed after %.1f s" % took)
sys.exit(0 if 1.0 <= took <= 8 else 1)
PY
# the server still answers, and stops cleanly on SIGTERM
expect 200 "${U}api/stats"
kill $PID
i=0
while kill -0 $PID 2>/dev/null; do i=$((i + 1)); [ $i -gt 100 ] && fail "server did not stop"; sleep 0.1; done
wait $PID || fail "server exited with status $?"
PID=
grep -qi "error\|sanitizer" "$T/serve.err" && fail "server wrote errors: $(cat "$T/serve.err")"
echo "serve_api: all passed"
