// prose.js -- writes the real-prose benchmark corpora (treebank text, Wikipedia documents, nlp-corpus) as plain-text files, one folder per source.
//
// usage: node bench/prose.js --out DIR [--shared DIR]
//   DIR/ewt/*.txt, DIR/gum/*.txt  the raw text of the UD treebanks (all splits):
//                                 one file per `# newdoc`, its `# text =` lines,
//                                 sentences of a paragraph joined by a space,
//                                 paragraphs (`# newpar`) by a blank line
//   DIR/wiki/*.txt                copies of the Wikipedia documents of
//                                 redocred-train
//   DIR/nlp/*.txt                 the 100 files of npm nlp-corpus, one sentence a line
// A folder whose source is missing is left out (and said on stderr).
// DIR/prose.json lists, per folder, files and bytes.
'use strict';
const fs = require('fs');
const path = require('path');

function arg(name, dflt) {
    const i = process.argv.indexOf(name);
    return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : dflt;
}
const root = path.resolve(__dirname, '..');
const out = arg('--out', path.join(root, 'bench/out/prose'));
const shared = arg('--shared', path.join(root, '../shared'));
const summary = {};

function fresh(dir) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
}

function record(name, dir) {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    let bytes = 0;
    for (const f of files) bytes += fs.statSync(path.join(dir, f)).size;
    summary[name] = { files: files.length, bytes };
}

// The treebank text: documents and paragraphs as the CoNLL-U comments mark them.
function treebank(name, folder) {
    const src = path.join(shared, 'treebanks', folder);
    if (!fs.existsSync(src)) { console.error(`prose: no ${src}, ${name} left out`); return; }
    const dir = path.join(out, name);
    fresh(dir);
    let n = 0;
    for (const split of ['train', 'dev', 'test']) {
        const file = path.join(src, `${split}.conllu`);
        if (!fs.existsSync(file)) continue;
        let paras = null, cur = null;
        const flush = () => {
            if (!paras) return;
            const text = paras.filter((p) => p.length).map((p) => p.join(' ')).join('\n\n');
            if (text.length) {
                fs.writeFileSync(path.join(dir, `${split}-${String(n).padStart(4, '0')}.txt`), text + '\n');
                n++;
            }
            paras = null;
        };
        for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
            if (line.startsWith('# newdoc')) { flush(); paras = []; cur = null; }
            else if (line.startsWith('# newpar') && !line.startsWith('# newpar_')) {
                if (!paras) paras = [];
                cur = []; paras.push(cur);
            } else if (line.startsWith('# text = ')) {
                if (!paras) paras = [];
                if (!cur) { cur = []; paras.push(cur); }
                cur.push(line.slice(9));
            }
        }
        flush();
    }
    record(name, dir);
}

function wiki() {
    const src = path.join(shared, 'eval/redocred-train/docs');
    if (!fs.existsSync(src)) { console.error(`prose: no ${src}, wiki left out`); return; }
    const dir = path.join(out, 'wiki');
    fresh(dir);
    for (const f of fs.readdirSync(src).filter((x) => x.endsWith('.txt')).sort())
        fs.copyFileSync(path.join(src, f), path.join(dir, f));
    record('wiki', dir);
}

function nlp() {
    const builds = path.join(root, 'node_modules/nlp-corpus/builds');
    if (!fs.existsSync(builds)) { console.error('prose: npm nlp-corpus is not installed, nlp left out'); return; }
    const dir = path.join(out, 'nlp');
    fresh(dir);
    const files = fs.readdirSync(builds).filter((f) => /^doc-\d+\.json$/.test(f))
        .sort((a, b) => parseInt(a.slice(4), 10) - parseInt(b.slice(4), 10));
    for (const f of files) {
        const lines = JSON.parse(fs.readFileSync(path.join(builds, f), 'utf8'));
        fs.writeFileSync(path.join(dir, f.replace(/\.json$/, '.txt')), lines.join('\n') + '\n');
    }
    record('nlp', dir);
}

fs.mkdirSync(out, { recursive: true });
treebank('ewt', 'en-ewt');
treebank('gum', 'en-gum');
wiki();
nlp();
fs.writeFileSync(path.join(out, 'prose.json'), JSON.stringify(summary, null, 1) + '\n');
for (const [k, v] of Object.entries(summary)) console.error(`prose: ${k}: ${v.files} files, ${v.bytes} bytes`);
