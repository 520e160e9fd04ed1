// check-output.js -- validates threadline extract output (SPEC section 2) against the input files: fields, ids, types, byte offsets and mention text.
'use strict';
// Usage: node tests/lib/check-output.js OUTPUT.json INPUT...
//   OUTPUT holds one JSON object, an array, or JSONL (one object per input, in
//   order).  Prints every problem found; exit 1 if any.
const fs = require('fs');
const crypto = require('crypto');

const ENT_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT']);
const FACT_TYPES = new Set(['MEMBER_OF', 'LEADER_OF', 'FOUNDED', 'PART_OF', 'SUPPORTS', 'RECRUITED',
  'ASSOCIATE_OF', 'FAMILY_OF', 'MET', 'OPPOSES', 'ATTACKED', 'SPIED_ON', 'ARRESTED', 'CHARGED',
  'EXTRADITED', 'CITIZEN_OF', 'ORIGIN', 'BORN_IN', 'LOCATED_IN', 'TRAVELED_TO']);
const MODALITIES = new Set(['asserted', 'reported', 'alleged', 'negated']);

const [outFile, ...inputs] = process.argv.slice(2);
if (!outFile || !inputs.length) { console.error('usage: check-output.js OUTPUT INPUT...'); process.exit(2); }
const raw = fs.readFileSync(outFile, 'utf8');
let docs;
try {
  const v = JSON.parse(raw);
  docs = Array.isArray(v) ? v : [v];
} catch (_) {
  try {
    docs = raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  } catch (err) {
    console.log(`${outFile}: not valid JSON or JSONL: ${err.message}`);
    process.exit(1);
  }
}
const problems = [];
if (docs.length !== inputs.length) problems.push(`${docs.length} output objects for ${inputs.length} inputs`);

const isSpan = (s, size) => Array.isArray(s) && s.length === 2 && Number.isInteger(s[0]) && Number.isInteger(s[1])
  && s[0] >= 0 && s[0] < s[1] && s[1] <= size;

docs.forEach((doc, i) => {
  const input = inputs[i];
  if (input === undefined) return;
  const where = (m) => problems.push(`${input}: ${m}`);
  const bytes = fs.readFileSync(input);
  if (!doc || typeof doc !== 'object') return where('output is not an object');
  const d = doc.document;
  if (!d || typeof d !== 'object') return where('no document object');
  if (typeof d.id !== 'string' || !/^[0-9a-f]{64}$/.test(d.id)) where(`document.id is not 64 lowercase hex chars: ${JSON.stringify(d.id)}`);
  else if (d.id !== crypto.createHash('sha256').update(bytes).digest('hex')) where('document.id is not the sha256 of the input bytes');
  if (typeof d.path !== 'string' || !d.path) where('document.path missing');
  for (const k of ['title', 'published']) {
    if (!(k in d)) where(`document.${k} missing (null is allowed)`);
    else if (d[k] !== null && typeof d[k] !== 'string') where(`document.${k} is neither a string nor null`);
  }
  if (d.published != null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d.published)) where(`document.published is not ISO 8601: ${d.published}`);
  // Offsets are into document.text when the tool extracted text from another format.
  const text = typeof d.text === 'string' ? Buffer.from(d.text, 'utf8') : bytes;
  const size = text.length;

  if (!Array.isArray(doc.entities)) return where('entities is not an array');
  if (!Array.isArray(doc.facts)) where('facts is not an array');
  const ids = new Set();
  for (const e of doc.entities) {
    const en = `entity ${JSON.stringify(e && e.id)} (${e && e.name})`;
    if (!e || typeof e !== 'object') { where('entity is not an object'); continue; }
    if (typeof e.id !== 'string' || !e.id) where(`${en}: id missing`);
    else if (ids.has(e.id)) where(`${en}: duplicate id`);
    ids.add(e.id);
    if (!ENT_TYPES.has(e.type)) where(`${en}: bad type ${JSON.stringify(e.type)}`);
    if (typeof e.name !== 'string' || !e.name.trim()) where(`${en}: empty name`);
    if (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== 'string')) { where(`${en}: aliases is not an array of strings`); continue; }
    if (e.aliases.includes(e.name)) where(`${en}: alias repeats the name`);
    if (!Array.isArray(e.mentions)) { where(`${en}: mentions is not an array`); continue; }
    const forms = new Set([e.name, ...e.aliases]);
    for (const m of e.mentions) {
      if (!isSpan(m, size)) { where(`${en}: mention ${JSON.stringify(m)} is not a span within the ${size}-byte text`); continue; }
      const surf = text.subarray(m[0], m[1]).toString('utf8');
      if (!forms.has(surf)) where(`${en}: mention ${JSON.stringify(m)} reads ${JSON.stringify(surf)}, not the name or an alias`);
    }
  }
  for (const f of doc.facts || []) {
    const fn = `fact ${JSON.stringify(f && f.id)} (${f && f.type})`;
    if (!f || typeof f !== 'object') { where('fact is not an object'); continue; }
    if (typeof f.id !== 'string' || !f.id) where(`${fn}: id missing`);
    if (!FACT_TYPES.has(f.type)) where(`${fn}: bad type`);
    if (!f.args || typeof f.args !== 'object') where(`${fn}: args missing`);
    else for (const [role, v] of Object.entries(f.args)) {
      if (role === 'status') continue;
      if (!ids.has(v)) where(`${fn}: args.${role} = ${JSON.stringify(v)} is not an entity id`);
    }
    if (!MODALITIES.has(f.modality)) where(`${fn}: bad modality ${JSON.stringify(f.modality)}`);
    for (const k of ['place', 'source']) if (f[k] != null && !ids.has(f[k])) where(`${fn}: ${k} is not an entity id`);
    if (f.time != null && (typeof f.time !== 'object' || typeof f.time.text !== 'string')) where(`${fn}: time is not {text, value}`);
    if (f.amount != null && (typeof f.amount !== 'object' || typeof f.amount.text !== 'string')) where(`${fn}: amount is not {text, value, currency}`);
    if (f.evidence != null) {
      if (!Array.isArray(f.evidence)) where(`${fn}: evidence is not an array`);
      else for (const s of f.evidence) if (!isSpan(s, size)) where(`${fn}: evidence span ${JSON.stringify(s)} outside the text`);
    }
  }
});
for (const p of problems.slice(0, 200)) console.log(p);
if (problems.length > 200) console.log(`... and ${problems.length - 200} more`);
process.exit(problems.length ? 1 : 0);
