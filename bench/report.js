// report.js -- turns bench/run.sh measurements into bench/out/results.json, prints the report and checks it against bench/baseline.json (exit 1 on regression).
'use strict';
// Usage: node bench/report.js bench/out/measure.env
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const envFile = process.argv[2] || path.join(root, 'bench/out/measure.env');
const M = {};
for (const line of fs.readFileSync(envFile, 'utf8').split('\n')) {
  const i = line.indexOf('=');
  if (i > 0) M[line.slice(0, i)] = line.slice(i + 1);
}
const num = (k) => (M[k] === undefined || M[k] === '' ? null : Number(M[k]));
const MIB = 1048576;
const r3 = (x) => (x == null || !isFinite(x) ? null : Math.round(x * 1000) / 1000);

let commit = null;
try { commit = execSync('git rev-parse --short HEAD', { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch (_) { /* not a checkout */ }

const bytes = num('corpus_bytes');
const walls = Object.keys(M).filter((k) => /^tl_wall_\d+$/.test(k)).map((k) => Number(M[k]));
const tlOk = !M.tl_failed && walls.length > 0;
const best = tlOk ? Math.min(...walls) : null;
const cpus = Object.keys(M).filter((k) => /^tl_cpu_\d+$/.test(k)).map((k) => Number(M[k])).filter((x) => x > 0);
const bestCpu = tlOk && cpus.length ? Math.min(...cpus) : null;
const tl = {
  ok: tlOk,
  mb_per_s: tlOk && best > 0 ? r3(bytes / MIB / best) : null,
  best_wall_s: best,
  cpu_mb_per_s: bestCpu ? r3(bytes / MIB / bestCpu) : null,
  best_cpu_s: bestCpu,
  walls_s: walls,
  peak_rss_kb: tlOk ? num('tl_rss') : null,
  peak_rss_half_kb: tlOk ? num('tl_rss_half') : null,
};
tl.rss_full_over_half = tl.peak_rss_kb && tl.peak_rss_half_kb ? r3(tl.peak_rss_kb / tl.peak_rss_half_kb) : null;
const peerWall = num('peer_wall');
const peer = {
  mb_per_s: peerWall ? r3(num('peer_bytes') / MIB / peerWall) : null,
  wall_s: peerWall, bytes: num('peer_bytes'), peak_rss_kb: num('peer_rss'),
};

function loadScore(tool, set) {
  const f = path.join(root, 'bench/out', `score-${tool}-${set}.json`);
  if (!fs.existsSync(f)) return null;
  try {
    const d = JSON.parse(fs.readFileSync(f, 'utf8'));
    return { ent_p: d.ent.p, ent_r: d.ent.r, ent_f1: d.ent.f1, fact_f1: d.fact.f1,
      documents: d.documents, missing_outputs: d.missing_outputs };
  } catch (_) { return null; }
}
const SETS = ['seeds', 'redocred-holdout'];
const quality = {};
for (const s of SETS) {
  const a = loadScore('threadline', s), b = loadScore('compromise', s);
  if (a || b) quality[s] = { threadline: a, compromise: b };
}

const results = {
  generated: new Date().toISOString(), commit,
  corpus: { files: num('corpus_files'), bytes, mb: r3(bytes / MIB), half_bytes: num('half_bytes') },
  threadline: tl, compromise: peer,
  speed_ratio: tl.mb_per_s && peer.mb_per_s ? r3(tl.mb_per_s / peer.mb_per_s) : null,
  quality,
};
fs.writeFileSync(path.join(root, 'bench/out/results.json'), JSON.stringify(results, null, 1) + '\n');

// ---- report ----
const f = (x, d = 3) => (x == null ? '   —  ' : Number(x).toFixed(d));
const out = [];
out.push(`threadline bench  (commit ${commit || '?'}, corpus ${results.corpus.files} files, ${f(results.corpus.mb, 1)} MB; MB = 2^20 bytes)`);
out.push('');
out.push('stress test: the generated corpus (about 1,300 distinct words; real prose is reported below)');
out.push('speed and memory          threadline     compromise');
out.push(`  throughput (MB/s)       ${f(tl.mb_per_s, 2).padStart(10)}     ${f(peer.mb_per_s, 3).padStart(10)}`);
out.push(`  per CPU second (MB/s)   ${f(tl.cpu_mb_per_s, 2).padStart(10)}                (threadline: user+sys time, one thread)`);
out.push(`  wall (s)                ${f(tl.best_wall_s, 2).padStart(10)}     ${f(peer.wall_s, 2).padStart(10)}   (threadline: best of ${walls.length})`);
out.push(`  peak RSS, full (MB)     ${f(tl.peak_rss_kb && tl.peak_rss_kb / 1024, 1).padStart(10)}     ${f(peer.peak_rss_kb && peer.peak_rss_kb / 1024, 1).padStart(10)}`);
out.push(`  peak RSS, half (MB)     ${f(tl.peak_rss_half_kb && tl.peak_rss_half_kb / 1024, 1).padStart(10)}`);
out.push(`  speed ratio threadline/compromise: ${results.speed_ratio == null ? '—' : results.speed_ratio + 'x'}`);
if (Object.keys(quality).length) {
  out.push('');
  out.push('quality (../shared/eval)        entity P  entity R  entity F1  fact F1');
  for (const s of SETS) {
    if (!quality[s]) continue;
    for (const tool of ['threadline', 'compromise']) {
      const q = quality[s][tool];
      out.push(`  ${(s + ' / ' + tool).padEnd(30)} ${q ? [q.ent_p, q.ent_r, q.ent_f1, q.fact_f1].map((x) => f(x).padStart(8)).join('  ') : '   (no score)'}`);
    }
  }
}

// Targets from issue 3 (informational).
const targets = [];
if (tl.mb_per_s != null) targets.push([`throughput >= 10 MB/s (wall ${tl.mb_per_s}, per CPU second ${tl.cpu_mb_per_s})`,
  Math.max(tl.mb_per_s, tl.cpu_mb_per_s || 0) >= 10]);
if (results.speed_ratio != null) targets.push([`faster than compromise`, results.speed_ratio > 1]);
for (const [s, floor] of [['seeds', 0.85], ['redocred-holdout', 0.75]]) {
  const q = quality[s];
  if (q && q.threadline) {
    targets.push([`${s} entity F1 >= ${floor}`, q.threadline.ent_f1 >= floor]);
    if (q.compromise) targets.push([`${s} entity F1 beats compromise`, q.threadline.ent_f1 > q.compromise.ent_f1]);
  }
}
if (targets.length) {
  out.push('');
  out.push('targets (issue 3, informational):');
  for (const [t, ok] of targets) out.push(`  ${ok ? 'ok  ' : 'MISS'} ${t}`);
}

// ---- regressions against the baseline ----
const problems = [];
if (!tlOk) problems.push('threadline extract did not run successfully on the corpus');
if (tl.peak_rss_kb && tl.peak_rss_half_kb && tl.peak_rss_kb > tl.peak_rss_half_kb * 1.25 + 4096)
  problems.push(`peak RSS grows with the corpus: ${tl.peak_rss_half_kb} KB on half, ${tl.peak_rss_kb} KB on all`);
const basePath = process.env.BENCH_BASELINE || path.join(root, 'bench/baseline.json');
const skipped = [];
if (process.env.BENCH_NO_COMPARE === '1') {
  out.push('', 'baseline comparison skipped (BENCH_NO_COMPARE=1)');
} else if (!fs.existsSync(basePath)) {
  out.push('', 'no bench/baseline.json: comparison skipped');
} else {
  const base = JSON.parse(fs.readFileSync(basePath, 'utf8'));
  const bt = (base.threadline || {}).mb_per_s;
  if (bt == null) skipped.push('throughput');
  else if (tl.mb_per_s != null && tl.mb_per_s < 0.8 * bt)
    problems.push(`throughput ${tl.mb_per_s} MB/s is more than 20% below the baseline ${bt} MB/s`);
  for (const s of SETS) {
    const bq = ((base.quality || {})[s] || {}).threadline || {};
    for (const k of ['ent_f1', 'fact_f1']) {
      if (bq[k] == null) { skipped.push(`${s} ${k}`); continue; }
      const q = quality[s] && quality[s].threadline;
      if (!q) { if (fs.existsSync(path.join(root, '..', 'shared', 'eval'))) problems.push(`${s}: no threadline score`); continue; }
      if (q[k] < bq[k] - 0.0005) problems.push(`${s} ${k} ${q[k]} is below the baseline ${bq[k]}`);
    }
  }
  out.push('', `baseline: ${path.relative(root, basePath)}${skipped.length ? ` (null, not compared: ${skipped.join(', ')})` : ''}`);
}
out.push('results: bench/out/results.json');
if (problems.length) {
  out.push('', 'REGRESSION:');
  for (const p of problems) out.push('  ' + p);
} else {
  out.push('', 'bench: ok');
}
console.log(out.join('\n'));
process.exit(problems.length ? 1 : 0);
