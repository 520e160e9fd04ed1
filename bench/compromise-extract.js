// compromise-extract.js -- the peer: runs compromise's .people()/.places()/.organizations() on files and prints SPEC section 2 JSON.
'use strict';
// Usage: node bench/compromise-extract.js [--jsonl] FILE... ('-' reads stdin)
//   One object per document: document.id = sha256 of the bytes, document.path =
//   the path as given, entities PERSON/GPE/ORG grouped by exact surface text
//   (edge punctuation trimmed) with UTF-8 byte-offset mentions, facts [].
const fs = require('fs');
const crypto = require('crypto');
const path = require('path');
let nlp;
try {
  nlp = require('compromise');
} catch (_) {
  nlp = require(path.join(__dirname, '..', 'node_modules', 'compromise'));
}

const argv = process.argv.slice(2);
const jsonl = argv.includes('--jsonl');
const files = argv.filter((a) => a !== '--jsonl');
if (argv.includes('-h') || argv.includes('--help')) {
  process.stdout.write('usage: node bench/compromise-extract.js [--jsonl] FILE...\n');
  process.exit(0);
}
if (!files.length) {
  process.stderr.write('compromise-extract: no input files\n');
  process.exit(2);
}

// byteAt[i] = UTF-8 byte offset of UTF-16 index i (length n+1).
function byteOffsets(text) {
  const out = new Uint32Array(text.length + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = b;
    const c = text.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.length) { out[i + 1] = b; b += 4; i++; }
    else b += 3;
  }
  out[text.length] = b;
  return out;
}

function extract(buf, p) {
  const text = buf.toString('utf8');
  const byteAt = byteOffsets(text);
  const doc = nlp(text);
  const ents = new Map();  // type + '\t' + name -> entity
  const add = (type, matches) => {
    for (const m of matches) {
      if (!m.offset) continue;
      let s = m.offset.start, e = s + m.offset.length;
      let surf = text.slice(s, e);
      // Trim punctuation and possessives compromise keeps on the span.
      const lead = surf.match(/^[^\p{L}\p{N}]*/u)[0].length;
      s += lead; surf = surf.slice(lead);
      const trimmed = surf.replace(/(['’]s)?[^\p{L}\p{N})]*$/u, '');
      e = s + trimmed.length; surf = trimmed;
      if (!surf) continue;
      const key = type + '\t' + surf;
      let ent = ents.get(key);
      if (!ent) { ent = { id: '', type, name: surf, aliases: [], mentions: [] }; ents.set(key, ent); }
      ent.mentions.push([byteAt[s], byteAt[e]]);
    }
  };
  const opts = { offset: true, text: true, terms: false };
  add('PERSON', doc.people().json(opts));
  add('GPE', doc.places().json(opts));
  add('ORG', doc.organizations().json(opts));
  const entities = [...ents.values()];
  entities.forEach((e, i) => {
    e.id = 'e' + (i + 1);
    e.mentions.sort((a, b) => a[0] - b[0]);
  });
  return {
    document: {
      id: crypto.createHash('sha256').update(buf).digest('hex'),
      path: p, title: null, published: null,
    },
    entities,
    facts: [],
  };
}

let status = 0;
const results = [];
for (const f of files) {
  let buf;
  try {
    buf = f === '-' ? fs.readFileSync(0) : fs.readFileSync(f);
  } catch (err) {
    process.stderr.write(`compromise-extract: ${f}: ${err.message}\n`);
    status = 1;
    continue;
  }
  const r = extract(buf, f);
  if (jsonl) process.stdout.write(JSON.stringify(r) + '\n');
  else results.push(r);
}
if (!jsonl) process.stdout.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 1) + '\n');
process.exitCode = status;
