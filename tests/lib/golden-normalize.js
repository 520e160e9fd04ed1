// golden-normalize.js -- canonical form of threadline extract output for golden files: document.path set to the input's basename, keys sorted, number arrays on one line.
'use strict';
// Usage: node tests/lib/golden-normalize.js < output.json > canonical.json
const fs = require('fs');
const raw = fs.readFileSync(0, 'utf8');
let v;
try {
  v = JSON.parse(raw);
} catch (err) {
  console.error(`golden: output is not valid JSON: ${err.message}`);
  process.exit(1);
}
for (const d of Array.isArray(v) ? v : [v]) {
  if (d && d.document && typeof d.document.path === 'string') d.document.path = d.document.path.replace(/^.*\//, '');
}
function fmt(x, ind) {
  if (Array.isArray(x)) {
    if (x.every((e) => e === null || typeof e !== 'object')) return JSON.stringify(x).replace(/,/g, ', ');
    if (x.every((e) => Array.isArray(e) && e.every((n) => typeof n !== 'object'))) return '[' + x.map((e) => fmt(e, ind)).join(', ') + ']';
    if (!x.length) return '[]';
    return '[\n' + x.map((e) => ind + '  ' + fmt(e, ind + '  ')).join(',\n') + '\n' + ind + ']';
  }
  if (x && typeof x === 'object') {
    const keys = Object.keys(x).sort();
    if (!keys.length) return '{}';
    return '{\n' + keys.map((k) => `${ind}  ${JSON.stringify(k)}: ${fmt(x[k], ind + '  ')}`).join(',\n') + '\n' + ind + '}';
  }
  return JSON.stringify(x);
}
process.stdout.write(fmt(v, '') + '\n');
