// Measures the viewer against the mock API in Debian's Chromium, and takes screenshots of the main views.
//   npm run build && node bench/measure.mjs [screenshotDir]
// Prints: gzip size of the bundle, time from data arrival to first drawn frame for the ~5,000-element
// neighbourhood (median of runs), zoom frame time, and checks that a name with markup renders as text.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = new URL('..', import.meta.url).pathname;
const SHOTS = process.argv[2] ?? join(ROOT, '..', 'frontend-shots');
const MOCK_PORT = 8099;
const PREVIEW_PORT = 4173;
const RUNS = Number(process.env.RUNS ?? 5);
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const children = [];
function start(cmd, args, env, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    children.push(child);
    let out = '';
    const onData = (d) => {
      out += d;
      if (ready.test(out)) resolve(out);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${cmd} exited ${code}: ${out}`)));
    setTimeout(() => reject(new Error(`${cmd} not ready: ${out}`)), 30_000);
  });
}
function stopAll() {
  // Each child leads its own process group: end the group so that nothing it started outlives the run.
  for (const c of children) {
    if (c.exitCode !== null) continue;
    try {
      process.kill(-c.pid, 'SIGTERM');
    } catch {
      c.kill('SIGTERM');
    }
  }
}
process.on('exit', stopAll);

function bundleSizes() {
  const dist = join(ROOT, 'dist');
  const files = [];
  const walk = (d) => readdirSync(d).forEach((f) => {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  });
  walk(dist);
  const rows = files.map((p) => {
    const buf = readFileSync(p);
    return { file: p.slice(dist.length + 1), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  return rows;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  mkdirSync(SHOTS, { recursive: true });
  const sizes = bundleSizes();
  const initial = sizes.filter((r) => !/cytoscape-(dagre|fcose)/.test(r.file));
  console.log('bundle (gzip -9):');
  for (const r of sizes) console.log(`  ${r.file.padEnd(42)} ${(r.raw / 1024).toFixed(1).padStart(7)} kB  gzip ${(r.gzip / 1024).toFixed(1).padStart(6)} kB`);
  console.log(`  initial load gzip: ${(initial.reduce((s, r) => s + r.gzip, 0) / 1024).toFixed(1)} kB; everything: ${(sizes.reduce((s, r) => s + r.gzip, 0) / 1024).toFixed(1)} kB`);

  const mockOut = await start(process.execPath, ['mock/server.mjs'], { MOCK_PORT: String(MOCK_PORT) }, /markup-named company/);
  console.log(mockOut.trim().split('\n').map((l) => `  mock: ${l}`).join('\n'));
  await start(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--port', String(PREVIEW_PORT), '--strictPort', '--host', '127.0.0.1'],
    { GUANXI_API: `http://127.0.0.1:${MOCK_PORT}` }, /Local:\s+http/);
  const base = `http://127.0.0.1:${PREVIEW_PORT}`;
  const find = async (q) => (await (await fetch(`http://127.0.0.1:${MOCK_PORT}/api/companies?q=${encodeURIComponent(q)}&limit=1`)).json())[0].id;
  const hub = await find('华夏巨擘');
  const demo = await find('深圳前海华融');
  const markup = await find('<script>');
  const shell = await find('成都佳和');

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });

  const waitRender = () => page.waitForFunction(() => performance.getEntriesByName('guanxi:first-render').length > 0, null, { timeout: 60_000 });

  // 1. First render of the ~5,000-element neighbourhood, after the data arrived.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const times = [];
  const coldCpu = [];
  let counts = null;
  for (let i = 0; i < RUNS; i++) {
    await page.goto('about:blank');
    const cpu0 = await taskSeconds();
    await page.goto(`${base}/?company=${hub}`);
    await waitRender();
    coldCpu.push(((await taskSeconds()) - cpu0) * 1000);
    await page.waitForTimeout(300);
    const r = await page.evaluate(() => {
      const g = window.guanxi;
      return { ms: g.graph.lastFirstRenderMs, nodes: g.cy.nodes().length, edges: g.cy.edges().length };
    });
    times.push(r.ms);
    counts = r;
  }
  console.log(`first render after data (${counts.nodes} nodes + ${counts.edges} edges = ${counts.nodes + counts.edges} elements): `
    + `median ${median(times).toFixed(0)} ms, runs ${times.map((t) => t.toFixed(0)).join(' / ')} ms`);
  console.log(`  main-thread CPU for the whole cold page load (parse bundle, UI, fetch, graph, first frame): median ${median(coldCpu).toFixed(0)} ms`);

  // 2. Warm re-renders of the same data: wall time and main-thread CPU time (Chrome's TaskDuration in thread
  //    ticks), the latter being what the page itself costs whatever else the machine is doing.
  await page.evaluate(async (id) => {
    window.__data = await (await fetch(`/api/graph/neighborhood?id=${encodeURIComponent(id)}&depth=2&limit=5000`)).json();
  }, hub);
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    await page.evaluate(() => {
      window.guanxi.cy.elements().remove(); // braces: returning a collection would make Playwright serialise the graph
    });
    await page.waitForTimeout(150);
    const cpu0 = await taskSeconds();
    const wall = await page.evaluate(async (id) => {
      const { graph, cy } = window.guanxi;
      const t0 = performance.now();
      // The first frame drawn after the call is the new graph's (setElements draws nothing before it returns to
      // the event loop); setElements itself resolves once the panels have followed.
      const frame = new Promise((resolve) => cy.one('render', resolve));
      const loaded = graph.setElements(window.__data, { rootId: id, layout: 'radial' });
      await frame;
      const ms = performance.now() - t0;
      await loaded;
      return ms;
    }, hub);
    warm.push({ wall, cpu: ((await taskSeconds()) - cpu0) * 1000 });
  }
  console.log(`warm re-render of the same data: wall median ${median(warm.map((w) => w.wall)).toFixed(0)} ms, `
    + `main-thread CPU median ${median(warm.map((w) => w.cpu)).toFixed(0)} ms`);

  // 3. Wheel zoom and drag pan as a person does them (texture on viewport applies to gestures).
  const frames = await page.evaluate(async () => {
    const cy = window.guanxi.cy;
    const box = cy.container().getBoundingClientRect();
    const target = cy.container().querySelector('canvas:last-of-type') ?? cy.container();
    const cx = box.left + box.width / 2;
    const cyy = box.top + box.height / 2;
    const nextRender = () => new Promise((resolve) => cy.one('render', resolve));
    const zoom = [];
    for (let i = 0; i < 12; i++) {
      const t0 = performance.now();
      const done = nextRender();
      target.dispatchEvent(new WheelEvent('wheel', { deltaY: i < 6 ? -120 : 120, clientX: cx, clientY: cyy, bubbles: true, cancelable: true }));
      await done;
      zoom.push(performance.now() - t0);
    }
    const pan = [];
    const mouse = (type, x, y) => target.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, cancelable: true, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
    mouse('mousedown', cx, cyy);
    for (let i = 1; i <= 12; i++) {
      const t0 = performance.now();
      const done = nextRender();
      mouse('mousemove', cx + i * 15, cyy + i * 8);
      await done;
      pan.push(performance.now() - t0);
    }
    mouse('mouseup', cx + 180, cyy + 96);
    return { zoom, pan };
  });
  console.log(`wheel zoom frame: median ${median(frames.zoom).toFixed(0)} ms; drag pan frame: median ${median(frames.pan).toFixed(0)} ms`);
  await page.goto(`${base}/?company=${hub}`);
  await waitRender();
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(SHOTS, '1-explore-5k.png') });

  // 4. Main views on the demo company.
  await page.goto(`${base}/`);
  await page.getByTestId('search-input').fill('华融');
  await page.getByTestId('search-suggestion').first().waitFor();
  await page.screenshot({ path: join(SHOTS, '2-search.png') });
  await page.getByTestId('search-suggestion').first().click();
  await waitRender();
  await page.waitForTimeout(1200);
  await page.locator('[data-testid="tag"][data-code="GUARANTEE_LOOP"] summary').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SHOTS, '3-explore-company.png') });

  await page.getByTestId('ownership-tree-button').click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(SHOTS, '4-ownership.png') });

  await page.getByTestId('mode-guarantee').click();
  await page.getByTestId('circle-highlight').waitFor();
  await page.waitForTimeout(1200);
  await page.getByTestId('loop-highlight').click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(SHOTS, '5-guarantee-loop.png') });
  await page.getByTestId('whatif-button').click();
  await page.getByTestId('contagion-table').waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(SHOTS, '6-whatif.png') });

  await page.goto(`${base}/?mode=path&from=${demo}&to=${shell}&lang=en`);
  await page.getByTestId('path-result').waitFor();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(SHOTS, '7-path-en.png') });

  // 5. Markup in a name must stay text.
  await page.goto(`${base}/?company=${markup}`);
  await page.getByTestId('company-name').waitFor();
  await page.waitForTimeout(1000);
  const shown = await page.getByTestId('company-name').textContent();
  const scripts = await page.locator('#company-panel script, #tools-panel script').count();
  await page.screenshot({ path: join(SHOTS, '8-markup-name.png') });
  console.log(`markup name rendered as text: ${shown === '北京<script>alert(1)</script>科技有限公司' && scripts === 0 && dialogs === 0} (dialogs ${dialogs})`);

  // 6. Deep link restore: reload keeps company, mode, asOf and language.
  await page.goto(`${base}/?company=${demo}&mode=ownership&asOf=2022-06-30&lang=en`);
  await page.waitForTimeout(1200);
  const restored = await page.evaluate(() => ({ ...window.guanxi.state(), picker: document.querySelector('[data-testid="asof-picker"]').value, tab: document.querySelector('.tab.active')?.dataset.mode }));
  console.log(`deep link restored: ${restored.company === demo && restored.mode === 'ownership' && restored.picker === '2022-06-30' && restored.lang === 'en' && restored.tab === 'ownership'}`);

  if (errors.length) console.log(`page errors:\n  ${errors.slice(0, 10).join('\n  ')}`);
  const { loadavg } = await import('node:os');
  console.log(`machine load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores)`);
  console.log(`screenshots in ${SHOTS}`);
  await browser.close();
}

main().then(() => {
  stopAll();
  process.exit(0);
}, (err) => {
  console.error(err);
  stopAll();
  process.exit(1);
});
