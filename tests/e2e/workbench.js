// workbench.js -- drives the web page of `threadline serve` in headless Chromium (playwright-core):
// search, dossier, chart expansion, a highlighted path, a document opened at its sentence, screenshots.
// Usage: node tests/e2e/workbench.js URL OUTDIR   (exit 0 when every step passed)
'use strict';
const { chromium } = require('playwright-core');

const [url, out] = process.argv.slice(2);
const exe = process.env.CHROMIUM || '/usr/bin/chromium';

function check(cond, msg) { if (!cond) throw new Error(msg); console.log('ok   ' + msg); }

(async () => {
  const browser = await chromium.launch({ executablePath: exe, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  let failed = false;
  const errors = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const outside = [];
    page.on('request', (r) => { if (!r.url().startsWith(url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.setDefaultTimeout(15000);
    await page.goto(url);
    await page.waitForFunction(() => window.threadline && window.threadline.cy);
    check(true, 'the page loads with its chart library');

    // search with suggestions as you type
    await page.click('#q');
    await page.keyboard.type('Amiro', { delay: 40 });
    await page.waitForSelector('#suggest .sugg[data-entity]');
    const sugg = await page.locator('#suggest .sugg[data-entity]', { hasText: 'Rafat Amirov' }).count();
    check(sugg === 1, 'suggestions list the entity as you type');
    check(await page.locator('#suggest .sugg[data-doc]').count() >= 1, 'suggestions list sentences too');
    await page.screenshot({ path: out + '/1-suggest.png' });
    await page.locator('#suggest .sugg[data-entity]', { hasText: 'Rafat Amirov' }).click();

    // the dossier
    await page.waitForFunction(() => (document.getElementById('dossier-name') || {}).textContent === 'Rafat Amirov');
    check(await page.locator('#dossier .fact').count() >= 2, 'the dossier lists facts grouped by type');
    check(await page.locator('#dossier .ev').count() >= 2, 'the dossier shows evidence sentences');
    await page.waitForFunction(() => window.threadline.cy.nodes().length >= 3);
    const n0 = await page.evaluate(() => window.threadline.cy.nodes(':visible').length);
    check(n0 >= 3, `the chart shows the entity and its neighbours (${n0})`);

    // expand a neighbour by clicking its node, once the layout has stopped
    // moving it (a slow machine is still animating when the nodes appear)
    await page.waitForFunction(() => {
      const cy = window.threadline.cy;
      const n = cy.nodes().filter((x) => x.data('label') === 'Carlisle Rivera')[0];
      if (!n) return false;
      const p = n.renderedPosition(), key = Math.round(p.x) + ',' + Math.round(p.y);
      const w = window.__tlStill || (window.__tlStill = { key: '', since: 0 });
      if (w.key !== key) { w.key = key; w.since = Date.now(); return false; }
      return Date.now() - w.since > 300;
    }, null, { polling: 100 });
    const pos = await page.evaluate(() => {
      const cy = window.threadline.cy;
      const n = cy.nodes().filter((x) => x.data('label') === 'Carlisle Rivera')[0];
      const p = n.renderedPosition();
      return { x: p.x, y: p.y };
    });
    const box = await page.locator('#cy').boundingBox();
    await page.mouse.click(box.x + pos.x, box.y + pos.y);
    await page.waitForFunction(() => (document.getElementById('dossier-name') || {}).textContent === 'Carlisle Rivera');
    check(true, 'clicking a node opens its dossier and expands it');

    // a path between two chosen entities, highlighted
    await page.click('#path-from');
    await page.evaluate(() => {
      const cy = window.threadline.cy;
      const n = cy.nodes().filter((x) => /Quds Force|Qods Force/.test(x.data('label')))[0];
      n.emit('tap');
    });
    await page.waitForFunction(() => !document.getElementById('path-to').disabled);
    await page.click('#path-to');
    await page.waitForFunction(() => document.getElementById('path-info').dataset.hops);
    const hops = await page.evaluate(() => +document.getElementById('path-info').dataset.hops);
    const lit = await page.evaluate(() => window.threadline.cy.edges('.path').length);
    check(hops === 2 && lit === 2, `the path is highlighted (${hops} hops, ${lit} edges)`);
    await page.screenshot({ path: out + '/2-path.png' });

    // open a document at its sentence
    await page.locator('#dossier .ev').first().click();
    await page.waitForSelector('#docview mark.hl');
    const hl = (await page.locator('#docview mark.hl').allTextContents()).join('');
    check(hl.length > 10, 'the document opens with the evidence sentence highlighted');

    // filters hide edges; hubs hidden by default
    await page.selectOption('#f-type', 'MEMBER_OF');
    // expansions still in flight re-apply the filters when they land: wait for them
    await page.waitForFunction(() => window.threadline.cy.edges(':visible').filter((e) => !e.hasClass('path')).every((e) => e.data('ftype') === 'MEMBER_OF'));
    check(true, 'the fact-type filter hides other facts');
    await page.selectOption('#f-type', '');
    await page.screenshot({ path: out + '/3-document.png' });

    check(outside.length === 0, 'no request leaves the machine' + (outside.length ? ': ' + outside.join(' ') : ''));
    check(errors.length === 0, 'no script errors' + (errors.length ? ': ' + errors.join(' | ') : ''));
  } catch (e) {
    console.log('FAIL ' + e.message);
    if (errors.length) console.log('     script errors: ' + errors.join(' | '));
    failed = true;
  } finally {
    await browser.close();
  }
  process.exit(failed ? 1 : 0);
})();
