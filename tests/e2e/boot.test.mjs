// A boot that cannot hang: copies of the release with a file missing or broken, as a half-
// finished release or a failed network leaves them, must say within seconds that the tool could
// not start, offer a reload, and leave local storage exactly as it was. The service worker never
// keeps (and so never serves) a page whose files it does not have. The shared report link form
// without `?page=` opens the report.
// Run with `node --test --test-concurrency=1 tests/e2e/boot.test.mjs`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, TEST_TIMEOUT, WAIT_TIMEOUT, launch, openContext, waitForApp, axeCheck, screenshot } from './harness.mjs';
import { startServer } from './server.mjs';
import { T } from './texts.mjs';

// index.html's words (written here independently).
const FAILED_ZH = '无法启动本工具。部分文件未能加载：可能是网络中断，或本网站正在更新版本。已保存在本浏览器中的答案和报告不受影响。请稍后重新加载。';
const FAILED_EN = 'The tool could not start. Some of its files did not load: the network may be down, or the site is being updated. Answers and reports saved in this browser are not affected. Please reload in a moment.';
const RELOAD = '重新加载 · Reload';

const fixture = (name) => readFileSync(join(ROOT, 'tests', 'fixtures', name), 'utf8');
const GOOD = fixture('report-v1.json');
/** What a returning applicant has in storage: a draft, a saved report, the language. */
const STORED = {
  'platform-readiness/draft': fixture('draft-v1.json'),
  [`platform-readiness/report/${JSON.parse(GOOD).data.id}`]: GOOD,
  'platform-readiness/lang': 'zh-CN',
};

const built = readdirSync(DIST);
const WASM = built.find((f) => /^platform-readiness-[0-9a-f]+_bg\.wasm$/.test(f));
const BOOT = built.find((f) => /^boot-[0-9a-f]+\.js$/.test(f));
const GLUE = built.find((f) => /^platform-readiness-[0-9a-f]+\.js$/.test(f));

let browser;
const temp = [];

/** A copy of the build, changed by `change(dir)`, served on its own origin. */
async function copyOfBuild(change, options) {
  const dir = mkdtempSync(join(tmpdir(), 'boot-e2e-'));
  temp.push(dir);
  cpSync(DIST, dir, { recursive: true });
  change(dir);
  const server = await startServer(dir, 0, {}, options);
  temp.push(server);
  return server;
}

/** Removes a file and its pre-compressed copies. */
const remove = (dir, name) => {
  for (const f of [name, `${name}.gz`, `${name}.br`]) rmSync(join(dir, f), { force: true });
};

before(async () => {
  assert.ok(WASM && BOOT && GLUE, `the build has a wasm, a loader and a glue: ${built.join(', ')}`);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  for (const t of temp.reverse()) {
    if (typeof t === 'string') rmSync(t, { recursive: true, force: true });
    else await t.close();
  }
});

/** Every key and value in the page's local storage. */
const storage = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));

/**
 * Seeds STORED into the server's origin (from a page that runs no app), then opens `path` and
 * returns { ctx, page, shownAfter } once #boot-failed is visible (shownAfter: ms since the page
 * was requested). `expected` lists the failures the copy causes (HTTP statuses of the file
 * taken away, the console's words for them); any other error fails the test.
 */
async function openBroken(server, expected, path = '') {
  const ctx = await openContext(browser, { origins: [server.url], expectError: (t) => expected.some((re) => re.test(t)) });
  const { page } = ctx;
  await page.goto(new URL('public/manifest.webmanifest', server.url).href);
  await page.evaluate((stored) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(stored)) localStorage.setItem(k, v);
  }, STORED);
  const start = Date.now();
  await page.goto(server.url + path, { waitUntil: 'load' });
  await page.locator('#boot-failed').waitFor({ state: 'visible', timeout: WAIT_TIMEOUT });
  return { ctx, page, shownAfter: Date.now() - start };
}

/** The message as the applicant sees it: both languages, and the reload control's name. */
async function assertMessage(page, role) {
  const box = page.locator('#boot-failed');
  assert.equal(await box.getAttribute('role'), 'alert');
  const paragraphs = (await box.locator('p').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  assert.deepEqual(paragraphs, [FAILED_ZH, FAILED_EN, RELOAD]);
  assert.equal(await box.locator('p[lang=en]').count(), 1, 'the English paragraph is marked as English');
  const reload = page.getByRole(role, { name: RELOAD });
  assert.ok(await reload.isVisible(), `a ${role} "${RELOAD}"`);
  assert.equal(await page.locator('.boot-loading').isVisible(), false, '"正在加载……" is no longer shown');
  return reload;
}

/** Only the expected failures were seen: the HTTP errors of `missing`, nothing else. */
function assertOnlyExpected(ctx, missing) {
  const unexpected = ctx.errors.filter((e) => !missing.some((m) => e.startsWith('HTTP 404: ') && e.endsWith(`/${m}`)));
  assert.deepEqual(unexpected, [], 'no other error than the file taken away');
  ctx.assertNoForeignRequests();
}

test('boot: a release without its wasm says at once that the tool could not start; a reload keeps the address; storage is untouched', { timeout: TEST_TIMEOUT }, async () => {
  const server = await copyOfBuild((dir) => remove(dir, WASM));
  const { ctx, page, shownAfter } = await openBroken(server, [/Failed to load resource/, /404/], '?page=report&lang=zh-CN#p=v1.abc');
  try {
    assert.ok(shownAfter < 5_000, `shown within 5 s (${shownAfter} ms)`);
    const reload = await assertMessage(page, 'button');
    assert.deepEqual(await storage(page), STORED, 'local storage is exactly as it was');
    await axeCheck(page, 'the could-not-start message');
    await screenshot(page, 'boot-failed-1280');
    await page.setViewportSize({ width: 360, height: 800 });
    await screenshot(page, 'boot-failed-360');
    // The button reloads the same address, fragment included; the message comes back.
    const before = page.url();
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await page.locator('#boot-failed').waitFor({ state: 'visible' });
    assert.equal(page.url(), before, 'the reload keeps the address');
    assert.deepEqual(await storage(page), STORED, 'still untouched after the reload');
    assertOnlyExpected(ctx, [WASM]);
  } finally {
    await ctx.close();
  }
});

test('boot: a wasm that does not compile shows the message; storage is untouched', { timeout: TEST_TIMEOUT }, async () => {
  const server = await copyOfBuild((dir) => {
    remove(dir, WASM);
    writeFileSync(join(dir, WASM), Buffer.from('\0asm\x01\0\0\0 this is not a module'));
  });
  const { ctx, page, shownAfter } = await openBroken(server, []);
  try {
    assert.ok(shownAfter < 5_000, `shown within 5 s (${shownAfter} ms)`);
    await assertMessage(page, 'button');
    assert.deepEqual(await storage(page), STORED);
    assertOnlyExpected(ctx, []);
  } finally {
    await ctx.close();
  }
});

test('boot: a release without its JS glue shows the message; storage is untouched', { timeout: TEST_TIMEOUT }, async () => {
  const server = await copyOfBuild((dir) => remove(dir, GLUE));
  const { ctx, page, shownAfter } = await openBroken(server, [/Failed to load resource/, /404/, /Failed to fetch dynamically imported module/]);
  try {
    assert.ok(shownAfter < 5_000, `shown within 5 s (${shownAfter} ms)`);
    await assertMessage(page, 'button');
    assert.deepEqual(await storage(page), STORED);
    assertOnlyExpected(ctx, [GLUE]);
  } finally {
    await ctx.close();
  }
});

test('boot: a release without its boot script shows the message within seconds (index.html alone), with a reload link; storage is untouched', { timeout: TEST_TIMEOUT }, async () => {
  const server = await copyOfBuild((dir) => remove(dir, BOOT));
  const { ctx, page, shownAfter } = await openBroken(server, [/Failed to load resource/, /404/], '?page=start');
  try {
    assert.ok(shownAfter >= 5_000 && shownAfter < 10_000, `shown after index.html's 6 s, not before and not much later (${shownAfter} ms)`);
    await assertMessage(page, 'link');
    assert.deepEqual(await storage(page), STORED, 'local storage is exactly as it was');
    await axeCheck(page, 'the could-not-start message without the loader');
    // Without any script the link loads the same address again (less its fragment).
    const before = page.url();
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: RELOAD }).click()]);
    assert.equal(page.url(), before);
    assert.deepEqual(await storage(page), STORED);
    assertOnlyExpected(ctx, [BOOT]);
  } finally {
    await ctx.close();
  }
});

test('boot: the sound build starts and never shows the message, also after index.html\'s 6 s', { timeout: TEST_TIMEOUT }, async () => {
  const server = await copyOfBuild(() => {});
  const ctx = await openContext(browser, { origins: [server.url] });
  try {
    await ctx.page.goto(server.url, { waitUntil: 'load' });
    await waitForApp(ctx.page);
    assert.equal(await ctx.page.locator('#boot-failed').count(), 0, 'the message left with the loading page');
    assert.equal(await ctx.page.evaluate(() => document.documentElement.dataset.boot), 'started');
    await ctx.page.waitForTimeout(6_500);
    assert.equal(await ctx.page.locator('#boot-failed').count(), 0);
    ctx.assertNoForeignRequests();
    ctx.assertNoPageErrors();
  } finally {
    await ctx.close();
  }
});

/**
 * Waits until the page's service worker has installed and activated, or failed to install;
 * returns whether one is active, the app's caches and those of them that hold a page.
 */
async function workerSettled(page) {
  return page.evaluate(async () => {
    // register() resolves once the script is fetched and its worker is installing (the
    // registration the app made may still be fetching the script).
    const reg = await navigator.serviceWorker.register('./sw.js');
    const worker = reg.installing || reg.waiting;
    if (worker) {
      await new Promise((done) => {
        const check = () => (worker.state === 'activated' || worker.state === 'redundant') && done();
        worker.addEventListener('statechange', check);
        check();
      });
    }
    const keys = (await caches.keys()).filter((k) => k.startsWith('platform-readiness-'));
    const pages = [];
    for (const k of keys) if (await (await caches.open(k)).match('./')) pages.push(k);
    return { active: Boolean(reg.active), caches: keys, pages };
  });
}

test('service worker: it keeps a build only with that build\'s own page, and serves the kept page when the server fails', { timeout: TEST_TIMEOUT }, async () => {
  // The page served as ./ is another release's (its loader has another name), while sw.js and
  // every file it lists are this build's: the worker must not keep that page with these files.
  const other = `boot-${'0'.repeat(16)}.js`;
  const mixed = await copyOfBuild((dir) => {
    cpSync(join(dir, BOOT), join(dir, other));
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.ok(html.includes(BOOT));
    remove(dir, 'index.html');
    writeFileSync(join(dir, 'index.html'), html.replaceAll(BOOT, other));
  });
  let ctx = await openContext(browser, { origins: [mixed.url], expectError: () => false });
  try {
    await ctx.page.goto(mixed.url, { waitUntil: 'load' });
    await waitForApp(ctx.page);
    const state = await workerSettled(ctx.page);
    assert.deepEqual(state, { active: false, caches: [], pages: [] }, 'the worker did not install, and kept nothing');
    ctx.assertNoForeignRequests();
  } finally {
    await ctx.close();
  }

  // The sound build: the worker installs with its page; when the server then answers 503 for
  // the page (a deployment under way), the kept page opens, and the app starts from the cache.
  let failing = false;
  const sound = await copyOfBuild(() => {}, { answer: (path) => (failing && !/\.\w+$/.test(path) ? 503 : 0) });
  ctx = await openContext(browser, { origins: [sound.url] });
  try {
    await ctx.page.goto(sound.url, { waitUntil: 'load' });
    await waitForApp(ctx.page);
    const state = await workerSettled(ctx.page);
    assert.equal(state.active, true, 'the worker installed');
    assert.equal(state.pages.length, 1, `one build's page is kept: ${JSON.stringify(state)}`);
    failing = true;
    await ctx.page.goto(`${sound.url}?page=reports`, { waitUntil: 'load' });
    await waitForApp(ctx.page);
    assert.equal((await ctx.page.locator('main#main h1').textContent()).trim(), T.savedReports, 'the kept page opened on the page asked for');
    ctx.assertNoForeignRequests();
  } finally {
    await ctx.close();
  }
});

test('link: the documented share link form (the address with #p=…, no ?page=) opens the shared report', { timeout: TEST_TIMEOUT }, async () => {
  const server = await copyOfBuild(() => {});
  // A payload as docs/report-format.md shows it.
  const doc = readFileSync(join(ROOT, 'docs', 'report-format.md'), 'utf8');
  const payload = doc.match(/#p=(v\d+\.[A-Za-z0-9_-]+)/)[1];
  const ctx = await openContext(browser, { origins: [server.url] });
  try {
    const { page } = ctx;
    await page.goto(`${server.url}#p=${payload}`, { waitUntil: 'load' });
    await waitForApp(page);
    await page.locator('p.notice[role=status]', { hasText: T.sharedNotice }).waitFor();
    assert.equal((await page.locator('main#main h1').first().textContent()).trim(), T.reportTitle);
    const u = new URL(page.url());
    assert.equal(u.searchParams.get('page'), 'report', 'the address names the report page');
    assert.equal(u.hash, `#p=${payload}`, 'the payload stays in the fragment');

    // With other parameters, and pasted into an open page (only the fragment changes).
    await page.goto(`${server.url}?lang=en`, { waitUntil: 'load' });
    await waitForApp(page);
    await page.evaluate((p) => { location.hash = `p=${p}`; }, payload);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('page') === 'report');
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
    await page.locator('p.notice[role=status]', { hasText: 'This report was opened from a link.' }).waitFor();

    // A damaged payload in that form also reaches the report page, which says so.
    await page.goto(`${server.url}?lang=zh-CN#p=v2.@@@`, { waitUntil: 'load' });
    await waitForApp(page);
    await page.locator('p.field-error[role=alert]', { hasText: T.sharedBroken }).waitFor();

    // An explicit page= is kept: the start page with a fragment stays the start page.
    await page.goto(`${server.url}?page=start#p=${payload}`, { waitUntil: 'load' });
    await waitForApp(page);
    assert.equal(new URL(page.url()).searchParams.get('page'), 'start');
    ctx.assertNoForeignRequests();
    ctx.assertNoPageErrors();
  } finally {
    await ctx.close();
  }
});
