// app.js -- the analyst's workbench: search with suggestions, dossier, link chart (Cytoscape.js), timeline, documents, ingest.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const COLORS = { PERSON: '#d9534f', ORG: '#337ab7', GPE: '#5cb85c', LOC: '#8a6d3b', FAC: '#9b59b6', NORP: '#f0ad4e', EVENT: '#17a2b8' };
  const HUBS = { GPE: 1, NORP: 1 };
  const FACT_TYPES = ['MEMBER_OF', 'LEADER_OF', 'FOUNDED', 'PART_OF', 'SUPPORTS', 'RECRUITED', 'ASSOCIATE_OF', 'FAMILY_OF', 'MET',
    'OPPOSES', 'ATTACKED', 'SPIED_ON', 'ARRESTED', 'CHARGED', 'EXTRADITED', 'CITIZEN_OF', 'ORIGIN', 'BORN_IN', 'LOCATED_IN', 'TRAVELED_TO'];
  const state = { center: null, selected: null, pathFrom: null, facts: new Map(), timeline: [] };

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }
  function status(msg, bad) { const s = $('status'); s.textContent = msg || ''; s.className = 'status' + (bad ? ' err' : ''); }
  async function api(path, opts) {
    // a server bound beyond loopback wants the token for reads too
    const token = sessionStorage.getItem('tl-token');
    opts = opts || {};
    if (token && !(opts.headers && opts.headers.Authorization)) opts.headers = Object.assign({ Authorization: 'Bearer ' + token }, opts.headers || {});
    const r = await fetch('api/' + path, opts);
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) {
      const msg = body && body.error ? body.error.message : r.statusText;
      const err = new Error(msg); err.status = r.status; err.body = body; throw err;
    }
    return body;
  }
  const ref = (id) => encodeURIComponent('#' + id);

  // ---- search with suggestions -------------------------------------------------
  let sugTimer = null, sugSeq = 0;
  $('q').addEventListener('input', () => { clearTimeout(sugTimer); sugTimer = setTimeout(suggest, 150); });
  $('q').addEventListener('keydown', (ev) => {
    const items = [...document.querySelectorAll('#suggest .sugg')];
    let i = items.findIndex((x) => x.classList.contains('active'));
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (items[i]) items[i].classList.remove('active');
      i = ev.key === 'ArrowDown' ? Math.min(items.length - 1, i + 1) : Math.max(0, i - 1);
      if (items[i]) items[i].classList.add('active');
    } else if (ev.key === 'Enter') {
      const it = items[i >= 0 ? i : 0];
      if (it) it.click();
    } else if (ev.key === 'Escape') { $('suggest').hidden = true; }
  });
  document.addEventListener('click', (ev) => { if (!ev.target.closest('.search')) $('suggest').hidden = true; });

  async function suggest() {
    const q = $('q').value.trim();
    const box = $('suggest');
    if (q.length < 2) { box.hidden = true; return; }
    const seq = ++sugSeq;
    const words = q.split(/\s+/).filter(Boolean).map((w) => '"' + w.replace(/"/g, '') + '"');
    const fts = words.join(' ') + '*';
    const [ents, hits] = await Promise.all([
      api('entities?order=degree&limit=8&match=' + encodeURIComponent(q)).catch(() => []),
      api('search?limit=5&q=' + encodeURIComponent(fts)).catch(() => []),
    ]);
    if (seq !== sugSeq) return;
    let html = '';
    if (ents.length) {
      html += '<div class="group">entities</div>';
      for (const e of ents) html += `<div class="sugg" data-entity="${e.id}"><span class="type" style="background:${COLORS[e.type] || '#888'}">${esc(e.type)}</span> ${esc(e.name)} <small>(${e.facts} facts)</small></div>`;
    }
    if (hits.length) {
      html += '<div class="group">sentences</div>';
      for (const h of hits) html += `<div class="sugg" data-doc="${esc(h.doc_id)}" data-s="${h.span[0]}" data-e="${h.span[1]}">${esc(h.text).replace(/\[/g, '<b>').replace(/\]/g, '</b>')} <small>— ${esc(h.title || h.path)}</small></div>`;
    }
    box.innerHTML = html || '<div class="group">no matches</div>';
    box.hidden = false;
    box.querySelectorAll('.sugg').forEach((el) => el.addEventListener('click', () => {
      box.hidden = true;
      if (el.dataset.entity) openEntity(+el.dataset.entity, true);
      else openDoc(el.dataset.doc, +el.dataset.s, +el.dataset.e);
    }));
  }

  // ---- dossier ------------------------------------------------------------------
  function factLine(f) {
    const a = Object.entries(f.args).filter(([k]) => k !== 'status').map(([k, v]) => `${esc(k)}: <a href="#" data-entity="${v.id}">${esc(v.name)}</a>`);
    return `${f.negated ? 'NOT ' : ''}${a.join(', ')}${f.place ? ' — in ' + esc(f.place.name) : ''}${f.amount ? ' — ' + esc(f.amount.text) : ''}`;
  }
  function evidenceHtml(list) {
    return list.map((v) => `<div class="ev" data-doc="${esc(v.doc_id)}" data-s="${v.span[0]}" data-e="${v.span[1]}">“${esc(v.text)}” <small>— ${esc(v.title || v.path)}${v.published ? ', ' + esc(v.published) : ''}</small></div>`).join('');
  }
  function wireLinks(root) {
    root.querySelectorAll('[data-entity]').forEach((a) => a.addEventListener('click', (ev) => { ev.preventDefault(); openEntity(+a.dataset.entity, false); }));
    root.querySelectorAll('.ev').forEach((el) => el.addEventListener('click', () => openDoc(el.dataset.doc, +el.dataset.s, +el.dataset.e)));
  }

  async function openEntity(id, recenter) {
    let d;
    try { d = await api('entities/' + ref(id)); } catch (e) { status(e.message, true); return; }
    const names = d.names.map((n) => esc(n.name) + (n.kind === 'alias' ? ' <small>(analyst alias)</small>' : '')).join(', ');
    let html = `<h2 id="dossier-name">${esc(d.name)}</h2><span class="type" style="background:${COLORS[d.type] || '#888'}">${esc(d.type)}</span>
      <span class="names">#${d.id} · ${d.documents} documents · ${d.mentions} mentions · ${esc(d.first_seen || 'undated')} – ${esc(d.last_seen || 'undated')}</span>`;
    if (names) html += `<h3>also named</h3><div class="names">${names}</div><div class="names"><small>joined because these names share a key (same name folded, a transliteration, an acronym or a surname) or an analyst merged them</small></div>`;
    for (const [type, facts] of Object.entries(d.facts_by_type)) {
      html += `<h3>${esc(type)} (${facts.length})</h3>`;
      for (const f of facts) {
        html += `<div class="fact ${esc(f.modality)}${f.negated ? ' negated' : ''}"><div>${factLine(f)}</div>
          <div class="meta">${esc(f.modality)}${f.time ? ' · ' + esc(f.time) : ''}${f.source ? ' · according to ' + esc(f.source.name) : ''}${f.rejected ? ' · REJECTED' : ''}</div>${evidenceHtml(f.evidence)}</div>`;
      }
    }
    html += '<h3>documents</h3>' + d.documents_list.map((x) => `<div class="ev" data-doc="${esc(x.doc_id)}" data-s="-1" data-e="-1">${esc(x.title || x.path)} <small>${esc(x.published || 'undated')} · ${x.mentions} mentions</small></div>`).join('');
    $('dossier').innerHTML = html;
    wireLinks($('dossier'));
    if (recenter) { state.center = id; await expand(id, true); } else { await expand(id, false); }
    loadTimeline(id);
  }

  // ---- link chart ---------------------------------------------------------------
  const cy = typeof cytoscape === 'function' ? cytoscape({
    container: $('cy'),
    maxZoom: 1.5,
    minZoom: 0.1,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, 'background-color': 'data(color)', width: 22, height: 22, 'text-wrap': 'ellipsis', 'text-max-width': 120 } },
      { selector: 'node.center', style: { width: 32, height: 32, 'border-width': 3, 'border-color': '#1d2330' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#ffb400' } },
      { selector: 'edge', style: { width: 1.6, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.8, label: 'data(label)', 'font-size': 8, color: '#556', 'text-rotation': 'autorotate', 'line-color': '#8a94a6', 'target-arrow-color': '#8a94a6' } },
      { selector: 'edge.sym', style: { 'target-arrow-shape': 'none' } },
      { selector: 'edge.reported', style: { 'line-style': 'dashed' } },
      { selector: 'edge.alleged', style: { 'line-style': 'dotted', width: 2.2 } },
      { selector: 'edge.negated', style: { 'line-color': '#d33', 'target-arrow-color': '#d33', color: '#d33' } },
      { selector: 'edge.path', style: { 'line-color': '#ffb400', 'target-arrow-color': '#ffb400', width: 5, 'z-index': 10 } },
      { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#ffb400' } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
    layout: { name: 'preset' },
  }) : null;
  if (!cy) status('the chart library is not installed (run make deps)', true);

  const SYM = { ASSOCIATE_OF: 1, FAMILY_OF: 1, MET: 1 };
  function addNode(e) {
    if (!cy || cy.getElementById('n' + e.id).nonempty()) return;
    cy.add({ group: 'nodes', data: { id: 'n' + e.id, eid: e.id, label: e.name, type: e.type, color: COLORS[e.type] || '#888' }, classes: HUBS[e.type] ? 'hub' : '' });
  }
  function addFact(f) {
    if (!cy) return;
    state.facts.set(f.id, f);
    const roles = Object.entries(f.args).filter(([k]) => k !== 'status').map(([, v]) => v);
    if (roles.length < 2 || cy.getElementById('f' + f.id).nonempty()) return;
    const [a, b] = roles;
    if (cy.getElementById('n' + a.id).empty() || cy.getElementById('n' + b.id).empty()) return;
    const mod = f.negated ? 'negated' : f.modality;
    cy.add({ group: 'edges', data: { id: 'f' + f.id, source: 'n' + a.id, target: 'n' + b.id, label: f.type, ftype: f.type, modality: mod, time: f.time || '' }, classes: mod + (SYM[f.type] ? ' sym' : '') });
  }
  async function expand(id, isCenter) {
    if (!cy) return;
    let nb = [];
    try { nb = await api('neighbors?hops=1&limit=80&entity=' + ref(id)); } catch (e) { status(e.message, true); return; }
    const self = cy.getElementById('n' + id);
    if (self.empty()) {
      const e = await api('entities/' + ref(id)).catch(() => null);
      if (e) addNode(e);
    }
    for (const n of nb) {
      addNode(n);
      if (n.via) {
        addNode({ id: n.via.from.id, name: n.via.from.name, type: (cy.getElementById('n' + n.via.from.id).data('type')) || 'ORG' });
        if (n.via.fact) addFact(n.via.fact);
      }
    }
    // every fact between entities on the chart, not only the hop that reached each
    try {
      const facts = await api('facts?limit=500&entity=' + ref(id));
      for (const f of facts) addFact(f);
    } catch (e) { /* the chart still shows the hops */ }
    if (isCenter) { cy.nodes().removeClass('center'); cy.getElementById('n' + id).addClass('center'); }
    applyFilters();
    relayout();
    status(`${cy.nodes(':visible').length} entities, ${cy.edges(':visible').length} facts on the chart`);
  }
  function relayout() {
    if (!cy) return;
    cy.layout({ name: 'cose', animate: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 120, nodeOverlap: 20, randomize: false, fit: true, padding: 30 }).run();
  }
  if (cy) {
    cy.on('tap', 'node', (ev) => {
      const id = ev.target.data('eid');
      state.selected = id;
      $('path-from').disabled = false;
      $('path-to').disabled = !state.pathFrom;
      openEntity(id, false);
    });
    cy.on('tap', 'edge', (ev) => {
      const f = state.facts.get(+ev.target.id().slice(1));
      if (f) showFact(f);
    });
  }
  async function showFact(f) {
    let ev = f.evidence;
    if (!ev) { const r = await api('facts?limit=1&entity=' + ref(Object.values(f.args)[0].id) + '&type=' + f.type).catch(() => []); ev = (r.find((x) => x.id === f.id) || {}).evidence || []; }
    $('dossier').innerHTML = `<h2>${esc(f.type)}</h2><div class="fact ${esc(f.modality)}"><div>${factLine(f)}</div><div class="meta">${esc(f.modality)}${f.time ? ' · ' + esc(f.time) : ''}</div>${evidenceHtml(ev)}</div>`;
    wireLinks($('dossier'));
  }

  // path between two chosen entities
  $('path-from').addEventListener('click', () => { state.pathFrom = state.selected; $('path-info').textContent = 'from #' + state.selected + ' — select the other end'; $('path-to').disabled = false; });
  $('path-to').addEventListener('click', () => findPath(state.pathFrom, state.selected));
  async function findPath(a, b) {
    if (!a || !b || !cy) return;
    let p;
    try { p = await api(`path?max_hops=6&k=1&from=${ref(a)}&to=${ref(b)}`); } catch (e) { status(e.message, true); return; }
    cy.elements().removeClass('path');
    if (!p.paths.length) { $('path-info').textContent = `no connection between ${p.from.name} and ${p.to.name} within 6 hops`; return; }
    const steps = p.paths[0].steps;
    for (const s of steps) {
      addNode({ id: s.from.id, name: s.from.name, type: cy.getElementById('n' + s.from.id).data('type') || 'ORG' });
      addNode({ id: s.to.id, name: s.to.name, type: cy.getElementById('n' + s.to.id).data('type') || 'ORG' });
      if (s.fact) { s.fact.evidence = s.evidence; addFact(s.fact); }
      cy.getElementById('n' + s.from.id).addClass('path');
      cy.getElementById('n' + s.to.id).addClass('path');
      if (s.fact) cy.getElementById('f' + s.fact.id).addClass('path').removeClass('hidden');
    }
    cy.elements('.path').removeClass('hidden');
    relayout();
    $('path-info').textContent = `path: ${steps.length} hop${steps.length > 1 ? 's' : ''}, ${p.from.name} → ${p.to.name}`;
    $('path-info').dataset.hops = String(steps.length);
  }
  $('clear').addEventListener('click', () => { if (cy) cy.elements().remove(); state.facts.clear(); $('path-info').textContent = ''; });

  // ---- filters -------------------------------------------------------------------
  for (const t of FACT_TYPES) { const o = document.createElement('option'); o.value = t; o.textContent = t; $('f-type').appendChild(o); }
  ['hubs', 'f-type', 'f-since', 'f-until'].forEach((id) => $(id).addEventListener('change', () => { applyFilters(); renderTimeline(); }));
  document.querySelectorAll('.f-mod').forEach((el) => el.addEventListener('change', () => { applyFilters(); renderTimeline(); }));
  function filterOk(type, modality, time) {
    const ft = $('f-type').value, since = $('f-since').value.trim(), until = $('f-until').value.trim();
    const mods = new Set([...document.querySelectorAll('.f-mod:checked')].map((x) => x.value));
    if (ft && type !== ft) return false;
    if (!mods.has(modality)) return false;
    if (since && (!time || time < since)) return false;
    if (until && (!time || time.slice(0, until.length) > until)) return false;
    return true;
  }
  function applyFilters() {
    if (!cy) return;
    const hubs = $('hubs').checked;
    cy.batch(() => {
      cy.nodes().forEach((n) => n.toggleClass('hidden', !hubs && n.hasClass('hub') && !n.hasClass('center') && !n.hasClass('path')));
      cy.edges().forEach((e) => e.toggleClass('hidden', !e.hasClass('path') && !filterOk(e.data('ftype'), e.data('modality'), e.data('time'))));
    });
  }

  // ---- timeline ------------------------------------------------------------------
  async function loadTimeline(id) {
    try { state.timeline = await api('timeline?entity=' + ref(id)); } catch (e) { state.timeline = []; }
    renderTimeline();
  }
  function renderTimeline() {
    const rows = state.timeline.filter((f) => filterOk(f.type, f.negated ? 'negated' : f.modality, f.time));
    $('timeline').innerHTML = rows.length ? rows.map((f, i) => `<div class="tl-row" data-i="${i}"><span class="tl-date">${esc(f.time)}</span><span class="m-${esc(f.modality)}">${esc(f.type)}</span><span>${factLine(f)}</span></div>`).join('')
      : '<p class="hint">No dated facts for this entity (or none pass the filters).</p>';
    $('timeline').querySelectorAll('.tl-row').forEach((el) => el.addEventListener('click', () => {
      const f = rows[+el.dataset.i];
      if (f.evidence && f.evidence[0]) openDoc(f.evidence[0].doc_id, f.evidence[0].span[0], f.evidence[0].span[1]);
    }));
  }

  // ---- documents -------------------------------------------------------------------
  async function openDoc(docId, s, e) {
    let d;
    try { d = await api('documents/' + encodeURIComponent(docId)); } catch (err) { status(err.message, true); return; }
    const bytes = new TextEncoder().encode(d.text);
    const dec = new TextDecoder();
    // boundaries: every span edge; each piece gets the classes of the spans covering it
    const cuts = new Set([0, bytes.length]);
    const spans = d.spans.filter((x) => x.span[0] < x.span[1] && x.span[1] <= bytes.length);
    if (s >= 0 && e > s && e <= bytes.length) spans.push({ kind: 'target', span: [s, e] });
    for (const x of spans) { cuts.add(x.span[0]); cuts.add(x.span[1]); }
    const pts = [...cuts].sort((a, b) => a - b);
    let html = '';
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i], b = pts[i + 1];
      let txt = esc(dec.decode(bytes.subarray(a, b)));
      const cover = spans.filter((x) => x.span[0] <= a && x.span[1] >= b);
      if (cover.some((x) => x.kind === 'mention')) { const m = cover.find((x) => x.kind === 'mention'); txt = `<span class="m" data-entity="${m.entity}" title="${esc(m.type)}">${txt}</span>`; }
      if (cover.some((x) => x.kind === 'evidence')) txt = `<span class="e">${txt}</span>`;
      if (cover.some((x) => x.kind === 'target')) txt = `<mark class="hl">${txt}</mark>`;
      html += txt;
    }
    $('docview').innerHTML = `<h2>${esc(d.title || d.path)}</h2><div class="names">${esc(d.published || 'undated')} · ${esc(d.path)}${d.url ? ' · ' + esc(d.url) : ''}</div><div class="doctext" id="doctext">${html}</div>`;
    $('docview').querySelectorAll('[data-entity]').forEach((el) => el.addEventListener('click', () => { if (+el.dataset.entity) openEntity(+el.dataset.entity, true); }));
    const hl = $('docview').querySelector('mark.hl');
    if (hl) hl.scrollIntoView({ block: 'center' });
  }

  // ---- export ----------------------------------------------------------------------
  function download(url, name) { const a = document.createElement('a'); a.href = url; a.download = name; document.body.appendChild(a); a.click(); a.remove(); }
  function exportUrl(fmt) { return 'api/export?format=' + fmt + (state.center ? '&hops=2&entity=' + ref(state.center) : ''); }
  $('exp-stix').addEventListener('click', () => download(exportUrl('stix'), 'threadline-stix.json'));
  $('exp-graphml').addEventListener('click', () => download(exportUrl('graphml'), 'threadline.graphml'));
  $('exp-png').addEventListener('click', () => { if (cy) download(cy.png({ full: true, scale: 2, bg: '#ffffff' }), 'threadline-chart.png'); });

  // ---- ingest ----------------------------------------------------------------------
  $('token').value = sessionStorage.getItem('tl-token') || '';
  $('in-file').addEventListener('change', async () => { const f = $('in-file').files[0]; if (f) { $('in-text').value = await f.text(); if (!$('in-title').value) $('in-title').value = f.name.replace(/\.[^.]*$/, ''); } });
  $('in-go').addEventListener('click', async () => {
    const token = $('token').value.trim();
    sessionStorage.setItem('tl-token', token);
    const body = { text: $('in-text').value, title: $('in-title').value || null, published: $('in-date').value || null };
    $('in-result').textContent = 'extracting…';
    let r;
    try {
      r = await api('documents', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token }, body: JSON.stringify(body) });
    } catch (e) { $('in-result').innerHTML = `<span class="err">${esc(e.status)}: ${esc(e.message)}</span>`; return; }
    $('in-result').innerHTML = `<b>${r.skipped ? 'already stored' : 'stored'}</b>: ${r.entities_new} new entities, ${r.entities_joined} joined; ${r.facts_new} new facts, ${r.facts_joined} joined.
      <h3>entities</h3>${r.entities.map((e) => `<div><a href="#" data-entity="${e.id}">${esc(e.name)}</a> <small>${esc(e.type)}</small></div>`).join('')}
      <h3>facts</h3>${r.facts.map((f) => `<div class="fact ${esc(f.modality)}"><b>${esc(f.type)}</b> ${factLine(f)}</div>`).join('') || '<p class="hint">none</p>'}`;
    wireLinks($('in-result'));
    if (cy) { for (const e of r.entities) addNode(e); for (const f of r.facts) addFact(f); applyFilters(); relayout(); }
  });

  // ---- legend, start ---------------------------------------------------------------
  $('legend').innerHTML = Object.entries(COLORS).map(([t, c]) => `<span><i style="background:${c}"></i>${t}</span>`).join('') +
    ' <span>— asserted</span><span>- - reported</span><span>··· alleged</span><span style="color:#d33">— negated</span>';
  api('stats?top=5').then((s) => {
    status(`${s.documents} documents, ${s.entities} entities, ${s.facts} facts`);
    if (!$('dossier-name') && s.most_connected.length) {
      $('dossier').innerHTML = '<p class="hint">Most connected:</p>' + s.most_connected.map((e) => `<div><a href="#" data-entity="${e.id}">${esc(e.name)}</a> <small>${esc(e.type)}, ${e.facts} facts</small></div>`).join('');
      $('dossier').querySelectorAll('[data-entity]').forEach((a) => a.addEventListener('click', (ev) => { ev.preventDefault(); openEntity(+a.dataset.entity, true); }));
    }
  }).catch((e) => status(e.message, true));
  window.threadline = { cy, openEntity, openDoc, findPath, state };
})();
