// prose-report.js -- turns bench/prose.sh measurements into bench/out/prose.json, prints the table and checks the "prose" figures of bench/baseline.json (exit 1 on regression).
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const env = {};
for (const line of fs.readFileSync(process.argv[2], 'utf8').split('\n')) {
    const i = line.indexOf('=');
    if (i > 0) env[line.slice(0, i)] = line.slice(i + 1);
}
const num = (k) => (env[k] === undefined || env[k] === '' ? null : Number(env[k]));
const MB = 1048576;
const rate = (bytes, s) => (bytes != null && s != null && s > 0 ? +(bytes / MB / s).toFixed(2) : null);
const sets = ['ewt', 'gum', 'wiki', 'nlp'];
const label = { ewt: 'treebank EWT', gum: 'treebank GUM', wiki: 'Wikipedia (redocred-train)', nlp: 'nlp-corpus' };

function figures(tag) {
    if (num(`${tag}_ingest_wall`) == null && num(`${tag}_wiki_cold_wall`) == null) return null;
    const f = { sets: {} };
    for (const s of sets) {
        const b = num(`bytes_${s}`);
        if (b == null) continue;
        f.sets[s] = {
            bytes: b,
            files: num(`files_${s}`),
            cold_mb_per_s: rate(b, num(`${tag}_${s}_cold_wall`)),
            cold_mb_per_cpu_s: rate(b, num(`${tag}_${s}_cold_cpu`)),
            warm_mb_per_cpu_s: rate(b, num(`${tag}_${s}_warm_cpu`)),
            warm_mb_per_s: rate(b, num(`${tag}_${s}_warm_wall`)),
            peak_rss_kb: num(`${tag}_${s}_rss`),
        };
    }
    const j1 = num(`${tag}_all_j1_wall`), j2 = num(`${tag}_all_j2_wall`);
    f.jobs2_speedup = j1 && j2 ? +(j1 / j2).toFixed(2) : null;
    f.ingest_mb_per_s = rate(num('bytes_all'), num(`${tag}_ingest_wall`));
    f.ingest_rss_kb = num(`${tag}_ingest_rss`);
    f.stress = {};
    for (const [k, b] of [['line-1mb', 'stress_1mb_bytes'], ['big-20mb', 'stress_20mb_bytes'], ['line-50mb', 'stress_50mb_bytes']]) {
        if (num(`${tag}_${k}_wall`) == null) continue;
        f.stress[k] = { bytes: num(b), wall_s: num(`${tag}_${k}_wall`), cpu_s: num(`${tag}_${k}_cpu`), peak_rss_kb: num(`${tag}_${k}_rss`) };
    }
    const peer = num('peer_wiki_wall');
    const w = f.sets.wiki;
    f.compromise_wiki_mb_per_s = w ? rate(w.bytes, peer) : null;
    f.ratio_to_compromise_wiki = w && peer && w.cold_mb_per_s ? +(w.cold_mb_per_s / (w.bytes / MB / peer)).toFixed(1) : null;
    // by CPU seconds too: on a loaded machine the wall-time ratio says little
    const peerCpu = num('peer_wiki_cpu');
    f.ratio_to_compromise_wiki_cpu = w && peerCpu && w.cold_mb_per_cpu_s ? +(w.cold_mb_per_cpu_s / (w.bytes / MB / peerCpu)).toFixed(1) : null;
    return f;
}

const res = { after: figures('tl'), before: figures('before'), compromise_wiki_rss_kb: num('peer_wiki_rss') };
fs.writeFileSync(path.join(root, 'bench/out/prose.json'), JSON.stringify(res, null, 1) + '\n');

// ---- the table ----
const fmt = (v, unit = '') => (v == null ? '-' : `${v}${unit}`);
const rows = [];
const row = (name, get, goal) => rows.push([name, res.before ? fmt(get(res.before)) : null, fmt(get(res.after)), goal || '']);
for (const s of sets) {
    if (!res.after.sets[s]) continue;
    const goal = s === 'nlp' ? '>= 15' : '>= 8';
    row(`${label[s]}: MB/s cold (wall, 1 job)`, (f) => f.sets[s] && f.sets[s].cold_mb_per_s, goal);
    row(`${label[s]}: MB/s cold (per CPU s)`, (f) => f.sets[s] && f.sets[s].cold_mb_per_cpu_s);
    row(`${label[s]}: MB/s warm (per CPU s)`, (f) => f.sets[s] && f.sets[s].warm_mb_per_cpu_s);
    row(`${label[s]}: peak RSS MB`, (f) => f.sets[s] && f.sets[s].peak_rss_kb && +(f.sets[s].peak_rss_kb / 1024).toFixed(1));
}
row('ratio to compromise, Wikipedia (wall)', (f) => f.ratio_to_compromise_wiki, '>= 80');
row('ratio to compromise, Wikipedia (CPU s)', (f) => f.ratio_to_compromise_wiki_cpu, '>= 80');
row('extract, 2 jobs / 1 job (all prose)', (f) => f.jobs2_speedup, '>= 1.8');
row('ingest all prose, MB/s (2 jobs)', (f) => f.ingest_mb_per_s, '>= 8');
for (const [k, goal] of [['line-1mb', ''], ['big-20mb', '<= 150 MB'], ['line-50mb', '<= 10 s, <= 200 MB']]) {
    row(`stress ${k}: wall s / CPU s / RSS MB`, (f) => f.stress[k] && `${f.stress[k].wall_s} / ${f.stress[k].cpu_s} / ${(f.stress[k].peak_rss_kb / 1024).toFixed(0)}`, goal);
}
const head = res.before ? ['figure', 'before', 'after', 'goal'] : ['figure', 'threadline', 'goal'];
const table = [head, ...rows.map((r) => (res.before ? r : [r[0], r[2], r[3]]))];
const widths = head.map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
const out = ['', 'real prose (bench/prose.sh); compromise on the Wikipedia files: ' +
    `${fmt(res.after.compromise_wiki_mb_per_s)} MB/s`];
for (const r of table) out.push(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));

// ---- regressions against the baseline ----
let rc = 0;
const basePath = process.env.BENCH_BASELINE || path.join(root, 'bench/baseline.json');
if (process.env.BENCH_NO_COMPARE === '1' || !fs.existsSync(basePath)) {
    out.push('', 'prose: baseline comparison skipped');
} else {
    const base = JSON.parse(fs.readFileSync(basePath, 'utf8')).prose;
    const problems = [];
    // CPU-second figures: a shared machine's load moves wall times far more
    for (const s of sets) {
        const b = base && base.warm_mb_per_cpu_s && base.warm_mb_per_cpu_s[s];
        const a = res.after.sets[s] && res.after.sets[s].warm_mb_per_cpu_s;
        if (b != null && a != null && a < b * 0.8) problems.push(`${s} warm ${a} MB/CPU-s is more than 20% below the baseline ${b}`);
    }
    const r50 = res.after.stress['line-50mb'];
    if (base && base.line_50mb_rss_kb && r50 && r50.peak_rss_kb > base.line_50mb_rss_kb * 1.2)
        problems.push(`50 MB line: peak RSS ${r50.peak_rss_kb} KB is 20% above the baseline ${base.line_50mb_rss_kb} KB`);
    if (problems.length) { out.push('', 'PROSE REGRESSION:', ...problems.map((p) => `  ${p}`)); rc = 1; }
    else out.push('', `prose: no regression against ${path.relative(root, basePath)}`);
}
console.log(out.join('\n'));
process.exit(rc);
