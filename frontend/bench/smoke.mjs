// End-to-end smoke run of the viewer against the mock API in Debian's Chromium: every must-have flow once,
// through the data-testid hooks documented in README.md. Exits non-zero on the first failed check.
//   npm run build && node bench/smoke.mjs
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = new URL('..', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const MOCK_PORT = 8097;
const PREVIEW_PORT = 4174;

const children = [];
function start(args, env, ready) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    children.push(child);
    let out = '';
    const onData = (d) => {
      out += d;
      if (ready.test(out)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    setTimeout(() => reject(new Error(`not ready: ${out}`)), 30_000);
  });
}
function stop(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch { /* already gone */ }
}
process.on('exit', () => children.forEach(stop));

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}

async function withMock(env, fn) {
  const mock = await start(['mock/server.mjs'], { MOCK_PORT: String(MOCK_PORT), ...env }, /markup-named company/);
  try {
    await fn();
  } finally {
    stop(mock);
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function main() {
  const preview = await start([join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'preview', '--port', String(PREVIEW_PORT), '--strictPort', '--host', '127.0.0.1'],
    { GUANXI_API: `http://127.0.0.1:${MOCK_PORT}` }, /Local:\s+http/);
  const base = `http://127.0.0.1:${PREVIEW_PORT}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    page.dialogs = 0;
    page.on('dialog', (d) => {
      page.dialogs++;
      void d.dismiss();
    });
    page.requests = [];
    page.on('request', (r) => page.requests.push(r.url()));
    return page;
  };
  const count = (page, sel) => page.evaluate((s) => window.guanxi.cy.$(s).length, sel);
  const settle = (page, ms = 900) => page.waitForTimeout(ms);

  await withMock({}, async () => {
    const page = await newPage();
    await page.goto(base);
    // search
    await page.getByTestId('search-input').fill('华融');
    await page.getByTestId('search-suggestion').first().waitFor();
    check('search suggests by name fragment', (await page.getByTestId('search-suggestion').count()) >= 1);
    await page.getByTestId('search-input').fill('深圳华融电子');
    await page.getByTestId('search-suggestion').first().waitFor();
    check('search finds a former name', (await page.getByTestId('search-suggestion').first().textContent()).includes('深圳前海华融科技'));
    await page.getByTestId('search-input').fill('91310001MA0000001G');
    await page.getByTestId('search-suggestion').first().waitFor();
    await page.getByTestId('search-suggestion').first().click();
    await page.getByTestId('company-name').waitFor();
    check('company panel opens from a USCC', (await page.getByTestId('company-name').textContent()) === '深圳前海华融科技有限公司');
    check('URL holds the company', page.url().includes('company=91310001MA0000001G'));
    await page.locator('[data-testid="tag"]').first().waitFor();
    const sev = await page.locator('[data-testid="tag"]').evaluateAll((els) => els.map((e) => `${e.dataset.code}:${e.dataset.severity}`));
    check('tags carry severities', sev.includes('GUARANTEE_LOOP:high') && sev.includes('GUARANTEE_CIRCLE:medium'), sev.join(' '));
    await settle(page, 1500);
    check('evidence ids resolve to names', (await page.locator('[data-testid="tag"][data-code="GUARANTEE_LOOP"] [data-testid="entity-link"]').first().textContent()).includes('公司'));

    // explore: expand, undo, collapse, filters (one step out first, so that there is something to expand)
    await page.getByTestId('explore-depth').selectOption('1');
    await settle(page, 1500);
    const before = await count(page, '*');
    await page.evaluate(() => window.guanxi.cy.getElementById('91310004MA00000045').emit('tap'));
    await page.getByTestId('expand-all').click();
    await settle(page, 1500);
    const afterExpand = await count(page, '*');
    check('expanding a node adds its neighbours', afterExpand > before, `${before} → ${afterExpand}`);
    await page.getByTestId('undo-expand').click();
    await settle(page, 300);
    check('undo removes the last expansion', (await count(page, '*')) === before);
    await page.getByTestId('filter-litigation').uncheck();
    await settle(page, 300);
    check('filter hides litigation', (await count(page, 'node.hidden[label = "Case"]')) >= 1);
    await page.getByTestId('filter-litigation').check();
    await settle(page, 300);
    check('filter shows them again', (await count(page, '.hidden')) === 0);
    await page.evaluate(() => window.guanxi.cy.getElementById('91310001MA0000001G').emit('tap'));
    const beforeCollapse = await count(page, '*');
    await page.getByTestId('collapse-node').click();
    await settle(page, 300);
    check('collapse hides the leaves of a node', (await count(page, '*')) < beforeCollapse);
    await page.getByTestId('undo-expand').click();
    check('legend is shown', await page.getByTestId('legend').isVisible());
    check('cap status is shown', (await page.getByTestId('cap-status').textContent()).includes('5,000'));

    // exports
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    check('export PNG downloads a .png', png.suggestedFilename().endsWith('.png'));
    const pngBytes = readFileSync(await png.path());
    check('the PNG is a PNG', pngBytes.subarray(1, 4).toString() === 'PNG' && pngBytes.length > 5000, `${pngBytes.length} bytes`);
    const downloads = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByTestId('export-csv').click();
    await settle(page, 800);
    check('export CSV downloads nodes and edges', downloads.length === 2, downloads.map((d) => d.suggestedFilename()).join(' '));
    if (downloads.length === 2) {
      const nodesCsv = readFileSync(await downloads[0].path(), 'utf8');
      check('nodes CSV has BOM, header and the markup name as plain text', nodesCsv.startsWith('\uFEFFid,label,name,tags') && nodesCsv.includes('北京<script>alert(1)</script>科技有限公司'));
    }

    // as-of re-query and language
    page.requests.length = 0;
    await page.getByTestId('asof-picker').fill('2022-06-30');
    await settle(page, 1200);
    const graphCalls = page.requests.filter((u) => u.includes('/api/graph/') || /\/api\/companies\/[^?]+\/(tags|control)/.test(u));
    check('as-of date goes on every graph call', graphCalls.length > 0 && graphCalls.every((u) => u.includes('asOf=2022-06-30')), `${graphCalls.length} calls`);
    check('URL holds asOf', page.url().includes('asOf=2022-06-30'));
    await page.getByTestId('lang-toggle').click();
    await settle(page, 300);
    check('language toggles to English', (await page.getByTestId('mode-explore').textContent()) === 'Explore' && page.url().includes('lang=en'));
    await page.reload();
    await settle(page, 1200);
    check('reload restores language and as-of', (await page.getByTestId('mode-explore').textContent()) === 'Explore'
      && (await page.getByTestId('asof-picker').inputValue()) === '2022-06-30');
    await page.getByTestId('asof-clear').click();
    await page.getByTestId('lang-toggle').click();

    // ownership
    await page.getByTestId('ownership-tree-button').click();
    await settle(page, 1800);
    check('ownership tree has stake labels', (await count(page, 'edge[elabel]')) >= 3);
    check('control path is highlighted', (await count(page, 'edge.hl')) >= 2);
    check('URL holds the mode', page.url().includes('mode=ownership'));
    await page.getByTestId('ownership-direction').selectOption('up');
    await settle(page, 1500);
    check('direction up keeps only holders', (await count(page, 'node')) < 9);

    // guarantees
    await page.getByTestId('mode-guarantee').click();
    await page.getByTestId('circle-highlight').waitFor();
    await settle(page, 1200);
    await page.getByTestId('circle-highlight').click();
    check('circle highlight marks the circle', (await count(page, 'node.hl')) >= 3);
    await page.getByTestId('loop-highlight').click();
    check('loop highlight marks its cycle', (await count(page, 'edge.hl')) >= 3);
    await page.getByTestId('chain-highlight').click();
    check('chain highlight marks the longest chain', (await count(page, 'edge.hl')) >= 3);
    await page.getByTestId('whatif-button').click();
    await page.getByTestId('contagion-table').waitFor();
    check('what-if lists the contagion set', (await page.getByTestId('contagion-row').count()) >= 2);
    await page.getByTestId('contagion-row').last().click();
    check('a contagion row highlights its path', (await count(page, 'edge.hl')) >= 1);
    await page.getByTestId('circle-list-toggle').click();
    await page.getByTestId('circle-list-item').first().waitFor();
    check('circle list loads', (await page.getByTestId('circle-list-item').count()) >= 1);

    // path finder
    await page.getByTestId('mode-path').click();
    await page.getByTestId('path-from').fill('华融');
    await page.locator('[data-testid="path-from-suggestions"] [data-testid="search-suggestion"]').first().click();
    await page.getByTestId('path-to').fill('佳和');
    await page.locator('[data-testid="path-to-suggestions"] [data-testid="search-suggestion"]').first().click();
    await page.getByTestId('path-find').click();
    await page.getByTestId('path-result').waitFor();
    await settle(page, 800);
    check('path finder shows a path', (await count(page, 'node.endpoint')) === 2 && (await count(page, 'edge')) >= 2);

    // markup in a name
    await page.goto(`${base}/?company=91310007MA0000007R`);
    await page.getByTestId('company-name').waitFor();
    await settle(page, 1200);
    check('a name with markup renders as text', (await page.getByTestId('company-name').textContent()) === '北京<script>alert(1)</script>科技有限公司' && page.dialogs === 0);
    await page.context().close();
  });

  await withMock({ MOCK_NA: 'contagion,path,ownership' }, async () => {
    const page = await newPage();
    await page.goto(`${base}/?company=91310001MA0000001G&mode=guarantee`);
    await page.getByTestId('whatif-button').click();
    await page.locator('[data-testid="whatif"] [data-testid="not-available"]').waitFor();
    check('501 on contagion shows "not available yet"', true);
    await page.goto(`${base}/?company=91310001MA0000001G&mode=ownership`);
    await settle(page, 1200);
    check('501 on ownership shows a calm message', (await page.getByTestId('graph-error').textContent()).includes('暂不可用'));
    await page.goto(`${base}/?company=NO-SUCH-COMPANY`);
    await settle(page, 1200);
    check('404 company shows "not available" in the panel', (await page.locator('#company-panel [data-testid="not-available"]').count()) >= 1);
    await page.context().close();
  });

  await withMock({ MOCK_AUTH: '1' }, async () => {
    const page = await newPage();
    await page.goto(`${base}/?company=91310001MA0000001G`);
    await page.getByTestId('login-form').waitFor();
    check('401 opens the login form', true);
    await page.getByTestId('login-username').fill('analyst');
    await page.getByTestId('login-password').fill('wrong');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor({ state: 'visible' });
    check('a wrong password is reported', true);
    await page.getByTestId('login-password').fill('guanxi');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('company-name').waitFor();
    await settle(page, 800);
    check('after login the retried calls succeed', (await page.getByTestId('company-name').textContent()) === '深圳前海华融科技有限公司'
      && (await page.getByTestId('login-form').count()) === 0);
    check('token is kept in sessionStorage', (await page.evaluate(() => sessionStorage.getItem('guanxi.token'))) === 'mock-token-guanxi');
    await page.context().close();
  });

  await browser.close();
  stop(preview);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
});
