// The working plan below the report, drawn by the plan module (a second wasm file loaded when a
// report is opened): it loads only then, its dates export as an iCalendar file, the evidence
// marks and planned changes are stored with the answers and survive a reload.
// Run with `node --test --test-concurrency=1 tests/e2e/plan.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TEST_TIMEOUT, axeCheck, useBrowser, waitForApp, withApp as withAppIn } from './harness.mjs';

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
    asked.length = 0;
    await seeded(app, 'page=report');
    const plan = app.page.locator('#plan-root .plan');
    await plan.first().waitFor();
    assert.equal(asked.filter(planFile).length, 2, 'the report loads its glue and its wasm, once');
    assert.equal(asked.filter((u) => /\/texts-[0-9a-f]{16}\.txt$/.test(new URL(u).pathname)).length, 1, 'the report page reads the texts once: the plan module takes them from the page');
    // The closest schemes stand above the criteria.
    await app.page.locator('#plan-top .closest-schemes li').first().waitFor();
    const above = await app.page.evaluate(() => {
      const top = document.getElementById('plan-top');
      const criteria = document.querySelector('section.scheme-report');
      return !!criteria && !!(top.compareDocumentPosition(criteria) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.ok(above, 'the closest schemes come before the criteria');
    // Every closed part open (as printing opens them): the whole plan passes axe.
    await app.page.evaluate(() => document.querySelectorAll('#plan-root details').forEach((d) => (d.open = true)));
    await axeCheck(app.page, 'report with its plan');
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

// An enterprise in 兵团 short of pilot site (1 500 m² of 2 000), registered on 2025-06-01: as things
// are it has gaps; with the site grown on 2027-08-01 it is ready for the 兵团 filing from that day
// (its other time rules hold from 2027-06-01). tests/plan_view.rs judges the same profile natively.
const APPLICANT = readFileSync(join(ROOT, 'tests', 'fixtures', 'plan-applicant-v4.json'), 'utf8');

async function seededWith(app, text, query = 'page=report') {
  await app.page.evaluate(([key, t]) => localStorage.setItem(key, t), [DRAFT_KEY, text]);
  await app.page.goto(`${app.origin}/?${query}`, { waitUntil: 'load' });
  await waitForApp(app.page);
  await app.page.locator('#plan-root .plan').waitFor();
}

const storedPlan = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).data.profile.plan || '', DRAFT_KEY);

test('a planned change is judged forward, moves the timeline, is stored with the answers and can be removed', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({}, async (app) => {
    await seededWith(app, APPLICANT);
    const { page } = app;
    const forward = page.locator('#plan-forward');
    assert.doesNotMatch(await forward.innerText(), /按计划：/, 'no plan yet');
    const marksBefore = await page.locator('#plan-timeline svg [data-day]').count();
    // A day before the assessment date is refused next to its field, what was typed kept.
    await page.locator('#plan-add-on').fill('2026-11-01');
    await page.locator('#plan-add-fact').selectOption('pilot_site_area');
    await page.locator('#plan-add-value').fill('2600');
    await page.locator('button[data-plan-add]').click();
    await page.locator('#plan-add-error').filter({ hasText: /\S/ }).waitFor();
    assert.equal(await page.locator('#plan-add-on').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#plan-add-value').inputValue(), '2600', 'the value typed is kept');
    assert.equal(await storedPlan(page), '', 'nothing stored');
    // The right day.
    await page.locator('#plan-add-on').fill('2027-08-01');
    await page.locator('button[data-plan-add]').click();
    await forward.getByText('按计划：自 2027 年 8 月 1 日起可申报').first().waitFor();
    assert.ok((await page.locator('#plan-changes ~ * li, .plan-changes li').count()) >= 1, 'the change is listed as planned');
    const marksAfter = await page.locator('#plan-timeline svg [data-day]').count();
    assert.ok(marksAfter > marksBefore, `the timeline gains the day with the plan (${marksBefore} → ${marksAfter})`);
    assert.equal(await page.locator('#plan-timeline svg .ready-with-plan[data-day="2027-08-01"]').count(), 1, 'marked on its day');
    const plan = JSON.parse(await storedPlan(page));
    assert.equal(plan.changes.length, 1);
    assert.equal(plan.changes[0].on, '2027-08-01');
    assert.equal(plan.changes[0].fact, 'pilot_site_area');
    // The facts themselves are untouched: the plan is apart.
    const facts = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).data.profile.facts.pilot_site_area, DRAFT_KEY);
    assert.deepEqual(facts, { number: 1500 });
    // A reload keeps it; removing it empties the plan.
    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    await forward.getByText('按计划：自 2027 年 8 月 1 日起可申报').first().waitFor();
    await page.locator('button[data-plan-remove="0"]').click();
    await page.waitForFunction(() => !document.querySelector('#plan-forward')?.innerText.includes('按计划：'));
    assert.equal(await storedPlan(page), '');
  });
});

test('an evidence mark is kept with the answers, counted, exported as CSV for Excel and carried by the share link', { timeout: TEST_TIMEOUT }, async () => {
  let link;
  await withApp({}, async (app) => {
    await seededWith(app, APPLICANT);
    const { page } = app;
    const counts = page.locator('.evidence-counts');
    assert.match(await counts.innerText(), /0 份已备/);
    const first = page.locator('.evidence-item').first();
    await first.locator(':scope > details > summary').click();
    const state = first.locator('select[data-plan-field="state"]');
    const id = await state.getAttribute('id');
    await state.selectOption('have');
    await page.locator(`#${id}`).waitFor();
    assert.equal(await page.locator(`#${id}`).inputValue(), 'have');
    assert.equal(await page.evaluate(() => document.activeElement?.id), id, 'the focus stays on the field');
    await page.locator(`#${id.replace(/-state$/, '-owner')}`).fill('王工');
    await page.locator(`#${id.replace(/-state$/, '-owner')}`).press('Tab');
    await page.waitForFunction(() => document.querySelector('.evidence-counts')?.innerText.includes('1 份已备'));
    const plan = JSON.parse(await storedPlan(page));
    const item = id.replace(/^ev-/, '').replace(/-state$/, '');
    assert.deepEqual(plan.evidence[item], { state: 'have', owner: '王工' });
    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    await page.locator('#plan-root .plan').waitFor();
    assert.equal(await page.locator(`#${id}`).inputValue(), 'have', 'kept after a reload');
    // The CSV: a byte-order mark, CRLF, the mark and the owner.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('[data-plan-download="csv"]').click()]);
    assert.match(dl.suggestedFilename(), /\.csv$/);
    const bytes = readFileSync(await dl.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
    const text = bytes.toString('utf8');
    assert.ok(text.includes('\r\n'), 'CRLF');
    assert.ok(text.split('\r\n').some((row) => row.includes('已备') && row.includes('王工')), 'the marked row');
    // The downloaded report carries the checklist with the mark, and the timeline's table.
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载报告网页（HTML，可离线打开和打印）', exact: true }).click()]);
    const file = readFileSync(await html.path(), 'utf8');
    assert.ok(file.includes('证明材料清单') && file.includes('王工'), 'the checklist with its mark');
    assert.ok(file.includes('id="plan-timeline"') && file.includes('<table'), 'the timeline and its table');
    assert.ok(!file.includes('<select'), 'no controls in the file');
    link = await page.locator('#share-link').inputValue();
  });
  // Someone who opens the link sees the mark, and cannot change it.
  await withApp({}, async (app) => {
    await app.page.goto(link.replace(/^https?:\/\/[^/]+/, app.origin), { waitUntil: 'load' });
    await waitForApp(app.page);
    await app.page.locator('#plan-root .plan').waitFor();
    assert.match(await app.page.locator('.evidence-counts').innerText(), /1 份已备/);
    assert.equal(await app.page.locator('#plan-root select, #plan-root form').count(), 0, 'no controls on a shared report');
  });
});

test('a saved report judged by other rules says what moved, and its plan is shown as saved', { timeout: TEST_TIMEOUT }, async () => {
  // Saved by an earlier release (format version 1, other rules): its outcomes are as recorded then.
  const old = readFileSync(join(ROOT, 'tests', 'fixtures', 'report-v1.json'), 'utf8');
  const id = JSON.parse(old).data.id;
  await withApp({}, async (app) => {
    await app.page.evaluate(([key, text]) => localStorage.setItem(key, text), [`platform-readiness/report/${id}`, old]);
    await app.page.goto(`${app.origin}/?page=report&id=${encodeURIComponent(id)}`, { waitUntil: 'load' });
    await waitForApp(app.page);
    const diff = app.page.locator('#plan-root #plan-diff');
    await diff.waitFor();
    const text = await diff.innerText();
    assert.match(text, /2026\.11\.1/, `names the rules it was judged by: ${text.slice(0, 200)}`);
    assert.ok((await diff.locator('li, tr').count()) > 0, 'lists what changed');
    assert.equal(await app.page.locator('#plan-root select, #plan-root form').count(), 0, 'a saved report keeps its plan as saved');
    assert.equal(await app.page.evaluate((k) => localStorage.getItem(k), `platform-readiness/report/${id}`), old, 'the stored report is untouched');
  });
});

test('the plan works from the keyboard: open a document, mark it, add a change', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({}, async (app) => {
    await seededWith(app, APPLICANT);
    const { page } = app;
    // A document's summary: Enter opens it; Tab reaches its state; an arrow key changes it.
    await page.locator('.evidence-item > details > summary').first().focus();
    await page.keyboard.press('Enter');
    // Past where the document's name comes from (a text's article opens like the document).
    let field = null;
    for (let i = 0; i < 4 && field !== 'state'; i++) {
      await page.keyboard.press('Tab');
      field = await page.evaluate(() => document.activeElement?.getAttribute('data-plan-field'));
    }
    assert.equal(field, 'state', 'the state follows the document and its sources');
    const id = await page.evaluate(() => document.activeElement.id);
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.querySelector('.evidence-counts')?.innerText.includes('1 份准备中'));
    assert.equal(await page.evaluate(() => document.activeElement?.id), id, 'the focus stays on the state');
    // The add form: the day, Tab to the answer, the value typed, Enter adds it.
    await page.locator('#plan-add-on').focus();
    // (The browser's own date field is filled as a whole; Tab then leaves it after its parts.)
    await page.locator('#plan-add-on').fill('2027-08-01');
    for (let i = 0; i < 6 && (await page.evaluate(() => document.activeElement?.id)) === 'plan-add-on'; i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'plan-add-fact');
    assert.equal(await page.locator('#plan-add-on').inputValue(), '2027-08-01');
    await page.locator('#plan-add-fact').selectOption('pilot_site_area');
    await page.locator('#plan-add-value').focus();
    await page.keyboard.type('2600');
    await page.keyboard.press('Enter');
    await page.locator('#plan-forward').getByText('按计划：自 2027 年 8 月 1 日起可申报').first().waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'plan-changes', 'the focus goes to the changes');
  });
});
