// The working plan below the report, drawn by the plan module (a second wasm file loaded when a
// report is opened): it loads only then, its dates export as an iCalendar file, the evidence
// marks and planned changes are stored with the answers and survive a reload.
// Run with `node --test --test-concurrency=1 tests/e2e/plan.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TEST_TIMEOUT, useBrowser, waitForApp, withApp as withAppIn } from './harness.mjs';

const DRAFT_KEY = 'platform-readiness/draft';
// A Shaoxing enterprise with every scheme chosen (format version 1, upgraded when read).
const DRAFT = readFileSync(join(ROOT, 'tests', 'fixtures', 'draft-v1.json'), 'utf8');

const browser = useBrowser();
const withApp = (options, body) => withAppIn(browser(), options, body);
const planFile = (u) => /\/plan-[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(new URL(u).pathname);

async function seeded(app, query) {
  await app.page.evaluate(([key, text]) => localStorage.setItem(key, text), [DRAFT_KEY, DRAFT]);
  await app.page.goto(`${app.origin}/?${query}`, { waitUntil: 'load' });
  await waitForApp(app.page);
}

test('the plan module loads with the report only, and draws the plan below it', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({}, async (app) => {
    const asked = [];
    app.page.on('request', (req) => {
      if (!req.serviceWorker()) asked.push(req.url());
    });
    await seeded(app, '');
    await app.page.waitForTimeout(500);
    assert.equal(asked.filter(planFile).length, 0, 'the start page does not load the plan module');
    await seeded(app, 'page=report');
    const plan = app.page.locator('#plan-root .plan');
    await plan.first().waitFor();
    assert.equal(asked.filter(planFile).length, 2, 'the report loads its glue and its wasm, once');
  });
});

test('the dates download as an iCalendar file that parses', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({}, async (app) => {
    await seeded(app, 'page=report');
    const { page } = app;
    const button = page.locator('#plan-root [data-plan-download="ics"]');
    await button.waitFor();
    const [dl] = await Promise.all([page.waitForEvent('download'), button.click()]);
    assert.match(dl.suggestedFilename(), /\.ics$/);
    const text = readFileSync(await dl.path(), 'utf8');
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(text, /END:VCALENDAR\r\n$/);
    const events = text.split('BEGIN:VEVENT').length - 1;
    assert.ok(events > 0, 'the dates are in it');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);
  });
});
