// Offline after the first visit: the service worker keeps the build, so the app opens and works
// with the network off. Run with `node --test tests/e2e/`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, TEST_TIMEOUT, openApp, waitForApp, useBrowser } from './harness.mjs';

const browser = useBrowser();

test('the cache name carries the build hash and lists every built file', { timeout: TEST_TIMEOUT }, () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const cache = sw.match(/const CACHE = 'platform-readiness-([0-9a-f]{16})'/);
  assert.ok(cache, 'sw.js names its cache platform-readiness-<hash>');
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  // The page names its loader; the loader names the wasm (fetched after the first paint).
  const boot = index.match(/src="\.\/(boot-[0-9a-f]+\.js)"/);
  assert.ok(boot && sw.includes(`./${boot[1]}`), 'the loader of this build is kept');
  const wasm = readFileSync(join(DIST, boot[1]), 'utf8').match(/platform-readiness-[0-9a-f]+_bg\.wasm/);
  assert.ok(wasm && sw.includes(wasm[0]), 'the wasm of this build is kept');
  for (const f of ['index.html', 'public/manifest.webmanifest']) assert.ok(sw.includes(`./${f}`), `${f} is kept`);
  for (const f of ['index.html', wasm[0]]) {
    assert.ok(readFileSync(join(DIST, f + '.br')).length > 0, `${f}.br exists`);
    assert.ok(readFileSync(join(DIST, f + '.gz')).length > 0, `${f}.gz exists`);
  }
});

test('after one visit the app opens and a step can be answered with the network off', { timeout: TEST_TIMEOUT }, async () => {
  const app = await openApp(browser(), { query: 'schemes=bingtuan-pilot-base' });
  const { page, context } = app;
  try {
    // Wait until the service worker controls the page (it claims clients on activation).
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => null));
    await page.reload();
    await waitForApp(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    await page.goto(app.url.replace(/\?.*$/, '') + '?page=step&step=1&schemes=bingtuan-pilot-base');
    await waitForApp(page);
    await page.fill('#q-registration_date', '2015-01-01');
    await page.click('#q-independent_legal_person-yes');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === '场地与设备');
    assert.match(await page.locator('.progress p').textContent(), /步骤 2 \/ \d+/);
    await context.setOffline(false);
    app.assertNoForeignRequests();
    app.assertNoPageErrors();
  } finally {
    await app.close();
  }
});
