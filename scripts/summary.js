// summary.js -- reads threadline extract JSON (one object, an array, JSONL or concatenated objects) on stdin and prints a readable per-document summary.
'use strict';

// Core roles per fact type (SPEC section 2): subject first, object second.
const CORE = {
  MEMBER_OF: ['member', 'group'], LEADER_OF: ['leader', 'group'], FOUNDED: ['founder', 'group'],
  PART_OF: ['part', 'whole'], SUPPORTS: ['supporter', 'supported'], RECRUITED: ['recruiter', 'recruit'],
  ASSOCIATE_OF: ['a', 'b'], FAMILY_OF: ['a', 'b'], MET: ['a', 'b'], OPPOSES: ['opponent', 'target'],
  ATTACKED: ['attacker', 'target'], SPIED_ON: ['spy', 'target'], ARRESTED: ['person', 'by'],
  CHARGED: ['person', 'by'], EXTRADITED: ['person', 'to'], CITIZEN_OF: ['person', 'country'],
  ORIGIN: ['person', 'group'], BORN_IN: ['person', 'place'], LOCATED_IN: ['entity', 'place'],
  TRAVELED_TO: ['person', 'place'],
};
const TOP = Number(process.env.SUMMARY_TOP || 8);

// Split stdin into JSON values: whole text first, then balanced-brace scanning.
function parseAll(text) {
  text = text.trim();
  if (!text) return [];
  try {
    const v = JSON.parse(text);
    return Array.isArray(v) ? v : [v];
  } catch (_) { /* fall through to scanning */ }
  const out = [];
  let depth = 0, start = -1, inStr = false, esc = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inStr) {
      if (esc) esc = false;
      else if (c === '\\') esc = true;
      else if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') inStr = true;
    else if (c === '{') { if (depth++ === 0) start = i; }
    else if (c === '}' && depth > 0 && --depth === 0) {
      out.push(JSON.parse(text.slice(start, i + 1)));
      start = -1;
    }
  }
  if (depth !== 0) throw new Error('truncated JSON on stdin');
  return out;
}

function fmtTime(t) {
  if (!t) return null;
  if (typeof t === 'string') return t;
  return t.value || t.text || null;
}

function summarize(doc) {
  const d = doc.document || {};
  const ents = Array.isArray(doc.entities) ? doc.entities : [];
  const facts = Array.isArray(doc.facts) ? doc.facts : [];
  const byId = new Map(ents.map((e) => [e.id, e]));
  const name = (v) => {
    if (v == null) return '?';
    const e = byId.get(v);
    return e ? e.name : String(v);
  };
  const lines = [];
  const title = d.title ? ` — ${d.title}` : '';
  lines.push(`== ${d.path || '(stdin)'}${title}`);
  if (d.published) lines.push(`   published ${d.published}`);

  const counts = {};
  for (const e of ents) counts[e.type] = (counts[e.type] || 0) + 1;
  const countStr = Object.keys(counts).sort().map((k) => `${k} ${counts[k]}`).join(', ');
  lines.push(`   ${ents.length} entities${countStr ? ': ' + countStr : ''}`);

  const ranked = ents.slice().sort((a, b) =>
    ((b.mentions || []).length - (a.mentions || []).length) || String(a.name).localeCompare(String(b.name)));
  if (ranked.length) {
    lines.push(`   top entities by mentions:`);
    for (const e of ranked.slice(0, TOP)) {
      const al = (e.aliases || []).length ? `  [aka ${e.aliases.join('; ')}]` : '';
      lines.push(`     ${String((e.mentions || []).length).padStart(3)}  ${e.name} (${e.type})${al}`);
    }
  }

  lines.push(`   ${facts.length} facts${facts.length ? ':' : ''}`);
  for (const f of facts) {
    const args = f.args || {};
    const roles = CORE[f.type] || Object.keys(args).slice(0, 2);
    const subj = name(args[roles[0]]);
    const obj = roles[1] in args ? name(args[roles[1]]) : '—';
    const extra = [];
    const t = fmtTime(f.time);
    if (t) extra.push(t);
    if (f.place) extra.push(`in ${name(f.place)}`);
    if (f.amount) extra.push(f.amount.text || `${f.amount.value} ${f.amount.currency || ''}`.trim());
    extra.push(f.modality || 'asserted');
    if (f.source) extra.push(`source: ${name(f.source)}`);
    lines.push(`     ${subj} —${f.type}→ ${obj} (${extra.join(', ')})`);
  }
  return lines.join('\n');
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (c) => { input += c; });
process.stdin.on('end', () => {
  let docs;
  try {
    docs = parseAll(input);
  } catch (err) {
    process.stderr.write(`summary: cannot parse extractor output: ${err.message}\n`);
    process.exit(1);
  }
  if (!docs.length) {
    process.stderr.write('summary: no documents on stdin\n');
    process.exit(1);
  }
  process.stdout.write(docs.map(summarize).join('\n\n') + '\n');
});
