// Two tabs on one draft: edits made at the same time in two pages of one browser profile are
// all kept, in storage and on both pages, and a tab restored from the back/forward cache shows
// what another tab changed before its next edit.
// Run with `node --test --test-concurrency=1 tests/e2e/tabs.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TEST_TIMEOUT, CHROMIUM, CHROMIUM_ARGS, openApp, waitForApp, useBrowser, serveDist } from './harness.mjs';
import { chromium } from 'playwright-core';

const DRAFT_KEY = 'platform-readiness/draft';
const DRAFT = readFileSync(join(ROOT, 'tests', 'fixtures', 'draft-v1.json'), 'utf8');
// The numeric questions of the site step (every scheme chosen, as in the draft fixture).
const FIELDS = ['pilot_site_area', 'rd_office_area', 'pilot_equipment_value', 'research_instrument_value', 'external_pilot_projects', 'rd_spending_3y'];
const SITE_STEP = 'page=step&step=2';
const ROUNDS = 50;

const browser = useBrowser();

/** A second page of the same browser profile (same storage), on `query`. */
async function secondPage(app, query) {
  const page = await app.context.newPage();
  await page.goto(`${app.url.split('?')[0]}?${query}`, { waitUntil: 'load' });
  await waitForApp(page);
  return page;
}

const storedNumber = (page, id) => page.evaluate(([k, id]) => JSON.parse(localStorage.getItem(k))?.data?.profile?.facts?.[id]?.number ?? null, [DRAFT_KEY, id]);

/** Waits until `id` holds `value` in storage and in the field on every page; false on time-out. */
async function settled(pages, id, value, timeout = 5_000) {
  try {
    for (const page of pages) {
      await page.waitForFunction(([k, id, v]) => {
        const stored = JSON.parse(localStorage.getItem(k))?.data?.profile?.facts?.[id]?.number;
        return stored === Number(v) && document.getElementById(`q-${id}`)?.value === v;
      }, [DRAFT_KEY, id, value], { timeout });
    }
    return true;
  } catch {
    return false;
  }
}

test(`two tabs typing into different questions at the same time, ${ROUNDS} rounds: no answer is lost, in storage or on either page`, { timeout: 300_000 }, async () => {
  const app = await openApp(browser(), { query: 'page=reports' });
  try {
    await app.page.evaluate(([k, v]) => localStorage.setItem(k, v), [DRAFT_KEY, DRAFT]);
    await app.page.goto(`${app.url.split('?')[0]}?${SITE_STEP}`, { waitUntil: 'load' });
    await waitForApp(app.page);
    const a = app.page;
    const b = await secondPage(app, SITE_STEP);
    await a.locator(`#q-${FIELDS[0]}`).waitFor();
    await b.locator(`#q-${FIELDS[0]}`).waitFor();
    const last = {};
    const lost = [];
    const started = Date.now();
    for (let round = 0; round < ROUNDS; round++) {
      // Different questions each round, typed digit by digit, 40 ms a key, in both tabs at once.
      const fa = FIELDS[round % FIELDS.length];
      const fb = FIELDS[(round * 5 + 3) % FIELDS.length] === fa ? FIELDS[(round + 1) % FIELDS.length] : FIELDS[(round * 5 + 3) % FIELDS.length];
      const va = String(1000 + ((round * 7919) % 90000));
      const vb = String(2000 + ((round * 104729) % 80000));
      const type = async (page, id, value) => {
        const field = page.locator(`#q-${id}`);
        await field.click();
        await field.press('Control+A');
        await field.pressSequentially(value, { delay: 40 });
      };
      await Promise.all([type(a, fa, va), type(b, fb, vb)]);
      last[fa] = va;
      last[fb] = vb;
      for (const [id, v] of [[fa, va], [fb, vb]]) {
        if (!(await settled([a, b], id, v))) {
          lost.push(`round ${round}: ${id} = ${v}; stored ${await storedNumber(a, id)}, page A shows ${await a.inputValue(`#q-${id}`)}, page B ${await b.inputValue(`#q-${id}`)}`);
        }
      }
    }
    const took = Date.now() - started;
    console.log(`# two tabs: ${ROUNDS} rounds, ${2 * ROUNDS} answers typed in ${(took / 1000).toFixed(1)} s, ${lost.length} lost`);
    assert.deepEqual(lost, [], `answers lost:\n  ${lost.join('\n  ')}`);
    // At the end, every question holds the last value typed into it, everywhere; the answers of
    // the draft that nobody touched are unchanged.
    for (const [id, v] of Object.entries(last)) assert.ok(await settled([a, b], id, v, 1_000), `${id} ends as ${v}`);
    const facts = await a.evaluate((k) => JSON.parse(localStorage.getItem(k)).data.profile.facts, DRAFT_KEY);
    const before = JSON.parse(DRAFT).data.profile.facts;
    assert.deepEqual(facts.fulltime_staff, before.fulltime_staff);
    assert.deepEqual(facts.registration_date, before.registration_date);
    assert.deepEqual(facts.org_kind, before.org_kind);
    app.assertNoForeignRequests();
    app.assertNoPageErrors();
  } finally {
    await app.close();
  }
});

test('a tab restored from the back/forward cache shows the other tab’s answer before its next edit', { timeout: TEST_TIMEOUT }, async () => {
  // Playwright turns the cache off by default; this browser keeps it on.
  const own = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--disable-back-forward-cache'], timeout: 60_000 });
  try {
    const srv = await serveDist();
    const context = await own.newContext({ locale: 'zh-CN' });
    const errors = [];
    context.on('page', (p) => p.on('pageerror', (e) => errors.push(e.message)));
    const a = await context.newPage();
    const cdp = await context.newCDPSession(a);
    await cdp.send('Page.enable');
    const notCached = [];
    cdp.on('Page.backForwardCacheNotUsed', (e) => notCached.push(JSON.stringify(e.notRestoredExplanations)));
    await a.addInitScript(() => addEventListener('pageshow', (e) => e.persisted && (window.__restored = true)));
    await a.goto(`${srv.url}?page=reports`, { waitUntil: 'load' });
    await a.evaluate(([k, v]) => localStorage.setItem(k, v), [DRAFT_KEY, DRAFT]);
    await a.goto(`${srv.url}?${SITE_STEP}`, { waitUntil: 'load' });
    await waitForApp(a);
    assert.equal(await a.inputValue('#q-pilot_site_area'), '1500');
    // The service worker claims the page once it is active; a claim evicts a cached page.
    await a.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 10_000 });
    // A leaves for another document; meanwhile B changes the answer.
    await a.goto(`${srv.url}public/manifest.webmanifest`, { waitUntil: 'load' });
    const b = await context.newPage();
    await b.goto(`${srv.url}?${SITE_STEP}`, { waitUntil: 'load' });
    await waitForApp(b);
    await b.locator('#q-pilot_site_area').fill('4321');
    await b.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).data.profile.facts.pilot_site_area?.number === 4321, DRAFT_KEY);
    // A page restored from the cache fires no load event: wait for its pageshow instead.
    await a.goBack({ waitUntil: 'commit' });
    await a.waitForFunction(() => window.__restored === true, null, { timeout: 5_000 }).catch(() => {});
    assert.equal(await a.evaluate(() => window.__restored === true), true, `the page came back from the back/forward cache (${notCached.join(', ')})`);
    await a.waitForFunction(() => document.getElementById('q-pilot_site_area')?.value === '4321', null, { timeout: 5_000 });
    assert.equal(await a.evaluate((k) => JSON.parse(localStorage.getItem(k)).data.profile.facts.pilot_site_area.number, DRAFT_KEY), 4321, 'and did not write its old answer back');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await own.close();
  }
});
