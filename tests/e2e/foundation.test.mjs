// The foundation: the release build renders, switches language, is accessible, stays on its
// origin and runs under its Content Security Policy. Run with `node --test tests/e2e/`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, TEST_TIMEOUT, axeCheck, waitForApp, useBrowser, withApp as withAppIn } from './harness.mjs';

const ZH_TITLE = '科创平台申报自评';
/** How many schemes the catalogue holds: one data file each in src/schemes/, beside facts.toml. */
const SCHEME_COUNT = readdirSync(new URL('../../src/schemes/', import.meta.url)).filter((n) => n.endsWith('.toml') && n !== 'facts.toml' && n !== 'evidence.toml').length;
const EN_TITLE = 'Innovation platform readiness check';

const browser = useBrowser();

/** Opens the app, runs the body, then asserts the page stayed on its origin and raised no error. */
const withApp = (options, body) => withAppIn(browser(), options, body);

const h1 = (page) => page.locator('main#main h1');

test('the start page renders in Chinese with every scheme of the catalogue chosen', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({}, async ({ page }) => {
    assert.equal(await h1(page).textContent(), ZH_TITLE);
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
    assert.equal(await page.locator('#skeleton').count(), 0, 'the loading skeleton is removed');
    const boxes = page.getByRole('checkbox');
    assert.equal(await boxes.count(), SCHEME_COUNT, 'one card per scheme of the catalogue');
    for (let i = 0; i < SCHEME_COUNT; i++) assert.ok(await boxes.nth(i).isChecked(), `scheme ${i + 1} is chosen by default`);
    assert.equal(await page.title(), ZH_TITLE, 'the title is the app’s name, nothing after it');
  });
});

test('the language switch changes to English, survives a reload and switches back', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({}, async ({ page }) => {
    const toEnglish = page.getByRole('button', { name: 'Switch to English' });
    assert.equal((await toEnglish.textContent()).trim(), 'English');
    await toEnglish.click();
    await page.waitForFunction((t) => document.querySelector('main#main h1')?.textContent === t, EN_TITLE);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.title(), EN_TITLE, 'the title is localised');

    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    assert.equal(await h1(page).textContent(), EN_TITLE, 'still English after a reload');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');

    const toChinese = page.getByRole('button', { name: '切换为中文' });
    assert.equal((await toChinese.textContent()).trim(), '中文');
    await toChinese.click();
    await page.waitForFunction((t) => document.querySelector('main#main h1')?.textContent === t, ZH_TITLE);
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  });
});

test('?lang=en opens the page in English', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ lang: 'en' }, async ({ page }) => {
    assert.equal(await h1(page).textContent(), EN_TITLE);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.getByRole('checkbox').count(), SCHEME_COUNT);
    assert.ok(await page.getByRole('button', { name: '切换为中文' }).isVisible());
  });
});

for (const lang of ['zh-CN', 'en']) {
  test(`axe-core finds no violations on the start page (${lang})`, { timeout: TEST_TIMEOUT }, async () => {
    await withApp({ lang }, async ({ page }) => {
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await axeCheck(page, `the start page (${lang})`);
    });
  });
}

test('the built index.html has no inline script (CSP without unsafe-inline) and the page runs under it', { timeout: TEST_TIMEOUT }, async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length > 0, 'index.html loads a script');
  for (const [tag, attrs, body] of scripts) {
    assert.equal(body.trim(), '', `inline script content in dist/index.html: ${tag.slice(0, 120)}`);
    assert.match(attrs, /\bsrc=/, `a script without src: ${tag}`);
  }
  const boot = scripts.map(([, attrs]) => attrs.match(/\bsrc="?\.?\/?(boot-[0-9a-f]+\.js)/)?.[1]).find(Boolean);
  assert.ok(boot, 'the loader is the externalised boot-*.js');
  assert.ok(readdirSync(DIST).includes(boot), `${boot} exists in the build`);
  assert.match(html, /http-equiv="?Content-Security-Policy/i, 'the CSP meta tag is present');
  const csp = html.match(/<meta[^>]*content="([^"]*script-src[^"]*)"[^>]*http-equiv="?Content-Security-Policy/i)?.[1]
    ?? html.match(/http-equiv="?Content-Security-Policy"?[^>]*content="([^"]*)"/i)?.[1];
  assert.ok(csp, 'the CSP can be read');
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.ok(scriptSrc && !scriptSrc.includes("'unsafe-inline'"), `script-src without 'unsafe-inline': ${scriptSrc}`);

  // And the app still mounts under that policy (a CSP violation would also be a console error).
  await withApp({}, async ({ page, requests, origin }) => {
    assert.equal(await h1(page).textContent(), ZH_TITLE);
    assert.ok(requests.some((u) => u.startsWith(origin) && u.endsWith(boot)), 'the boot script was loaded');
    assert.ok(requests.some((u) => u.startsWith(origin) && u.endsWith('.wasm')), 'the wasm was loaded');
  });
});

test('in-app links move without a reload and keep the link parameters; a Ctrl-click is left to the browser', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: 'page=start&lang=en' }, async ({ page, context }) => {
    await page.evaluate(() => (window.__sameDocument = true));
    await page.locator('header.site-header').getByRole('link', { name: 'Saved reports' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('page') === 'reports');
    const params = new URL(page.url()).searchParams;
    assert.equal(params.get('lang'), 'en', `the link parameter travels with the page: ${page.url()}`);
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload');
    assert.equal(await h1(page).textContent(), 'Saved reports');

    // A Ctrl-click opens the link the browser's way (a new tab) and leaves this page alone.
    const before = page.url();
    const opened = context.waitForEvent('page');
    await page.locator('header.site-header a.brand').click({ modifiers: ['Control'] });
    const tab = await opened;
    assert.equal(page.url(), before, 'this page stays where it was');
    assert.match(tab.url(), /\?page=start$/);
    await tab.close();
  });
});
