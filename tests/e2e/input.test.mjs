// Units and measure words in number fields, end to end: a unit the field does not use is
// converted where that is unambiguous and the field says what it recorded, or refused with a
// message naming the field's unit; thousands separators only in their places. Every case checks
// the exact words next to the field, what is stored for the field (the number, and the text as
// typed), and that nothing else already saved changed: the draft's other answers stay as they
// were stored, and a saved report (tests/fixtures/report-v1.json, seeded into localStorage with
// a draft, tests/fixtures/draft-v1.json) stays byte for byte as it was.
// Run with `node --test --test-concurrency=1 tests/e2e/input.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TEST_TIMEOUT, openApp, waitForApp, useBrowser, axeCheck, screenshot } from './harness.mjs';

const DRAFT_KEY = 'platform-readiness/draft';
const fixture = (name) => readFileSync(join(ROOT, 'tests', 'fixtures', name), 'utf8');
const GOOD = fixture('report-v1.json');
const GOOD_KEY = 'platform-readiness/report/' + JSON.parse(GOOD).data.id;
const DRAFT = fixture('draft-v1.json');

// The wizard's steps with every scheme chosen (as in the draft fixture).
const SITE = 2;
const PEOPLE = 3;

// The app's words (src/i18n/mod.rs), written here independently.
const M = {
  area: '单位应为平方米（m²），例如 2000 或 1.5万',
  wanYuan: '单位应为万元，例如 500 或 5000元',
  people: '单位应为人，例如 6',
  separators: '请只填一个数，千位分隔符每三位一个，例如 2,000',
  areaEn: 'Enter square metres (m²), like 2000',
};

const browser = useBrowser();

/**
 * Opens the app with the draft fixture and a saved report in storage, on step `step`, runs the
 * body, then asserts that the saved report is byte-identical and nothing left the origin.
 */
async function withSeeded(step, body, { lang } = {}) {
  const app = await openApp(browser(), { query: 'page=reports', lang });
  try {
    await app.page.evaluate(([gk, g, dk, d]) => {
      localStorage.setItem(gk, g);
      localStorage.setItem(dk, d);
    }, [GOOD_KEY, GOOD, DRAFT_KEY, DRAFT]);
    const u = new URL(app.url);
    u.searchParams.set('page', 'step');
    u.searchParams.set('step', String(step));
    await app.page.goto(u.href, { waitUntil: 'load' });
    await waitForApp(app.page);
    await body(app);
    assert.equal(await app.page.evaluate((k) => localStorage.getItem(k), GOOD_KEY), GOOD, 'the saved report is unchanged, byte for byte');
    app.assertNoForeignRequests();
    app.assertNoPageErrors();
  } finally {
    await app.close();
  }
}

const draft = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).data, DRAFT_KEY);

/** The words next to a field: its error and its "recorded as" note (null when absent or empty). */
async function besideField(page, id) {
  return page.evaluate((id) => {
    const text = (el) => (el && el.textContent.trim()) || null;
    return { error: text(document.getElementById(`q-${id}-error`)), note: text(document.getElementById(`q-${id}-note`)) };
  }, id);
}

/**
 * Types `text` into the field `id`; waits until the draft holds it as typed and the field's
 * words have settled; returns { stored, shown, beside, described }.
 */
async function type(page, id, text) {
  const field = page.locator(`#q-${id}`);
  await field.fill(text);
  await page.waitForFunction(([k, id, t]) => JSON.parse(localStorage.getItem(k)).data.inputs[id] === t, [DRAFT_KEY, id, text]);
  await page.waitForTimeout(100);
  const d = await draft(page);
  return {
    stored: d.profile.facts[id] ?? null,
    shown: await field.inputValue(),
    beside: await besideField(page, id),
    described: (await field.getAttribute('aria-describedby')).split(' '),
    invalid: await field.getAttribute('aria-invalid'),
    facts: d.profile.facts,
  };
}

/**
 * The stored answers once the app has saved the seeded draft in its own format (a first edit of
 * the field `id`, "0"): what a later edit of `id` must leave as it is.
 */
async function storedAnswers(page, id) {
  await page.locator(`#q-${id}`).fill('0');
  await page.waitForFunction(([k, id]) => JSON.parse(localStorage.getItem(k)).data.inputs[id] === '0', [DRAFT_KEY, id]);
  const facts = (await draft(page)).profile.facts;
  assert.ok(Object.keys(facts).length >= 10, 'the seeded answers are stored');
  return facts;
}

/** The draft's other answers are as they were stored. */
function othersKept(facts, before, id) {
  const others = (f) => Object.fromEntries(Object.entries(f).filter(([k]) => k !== id));
  assert.deepEqual(others(facts), others(before), 'every other answer is kept');
}

const converted = [
  // [field, step, typed, stored number, note]
  ['pilot_equipment_value', SITE, '5000元', 0.5, '已按 0.5 万元记录'],
  ['pilot_equipment_value', SITE, '1.2亿', 12000, '已按 12000 万元记录'],
  ['pilot_site_area', SITE, '1.5万', 15000, '已按 15000 m²记录'],
  ['pilot_site_area', SITE, '两千平方米', 2000, '已按 2000 m²记录'],
  ['fulltime_staff', PEOPLE, '一百二十人', 120, '已按 120 人记录'],
];

for (const [id, step, typed, number, note] of converted) {
  test(`units: "${typed}" in ${id} is stored as ${number} and the field says "${note}"`, { timeout: TEST_TIMEOUT }, async () => {
    await withSeeded(step, async ({ page }) => {
      const before = await storedAnswers(page, id);
      const r = await type(page, id, typed);
      assert.deepEqual(r.stored, { number }, 'the converted number is stored');
      assert.equal(r.shown, typed, 'the field keeps the text as typed');
      assert.deepEqual(r.beside, { error: null, note }, 'the field says what was recorded');
      assert.ok(r.described.includes(`q-${id}-note`), 'the field is described by the note');
      assert.equal(r.invalid, 'false');
      othersKept(r.facts, before, id);
      // The check page shows the recorded number in the field's unit.
      if (id === 'pilot_equipment_value' && number === 0.5) {
        const u = new URL(page.url());
        u.searchParams.set('page', 'check');
        u.searchParams.delete('step');
        await page.goto(u.href, { waitUntil: 'load' });
        await waitForApp(page);
        assert.ok((await page.locator('main#main').textContent()).includes('0.5 万元'), 'the check page shows 0.5 万元');
      }
    });
  });
}

test('units: plain numbers, separators in their places and the field\'s own unit are stored as typed, with no note', { timeout: TEST_TIMEOUT }, async () => {
  await withSeeded(SITE, async ({ page }) => {
    for (const [id, typed, number] of [
      ['pilot_site_area', '2,000', 2000],
      ['pilot_site_area', '12,345.5', 12345.5],
      ['pilot_site_area', '1800 平方米', 1800],
      ['pilot_equipment_value', '500万元', 500],
      ['pilot_equipment_value', '500', 500],
    ]) {
      const r = await type(page, id, typed);
      assert.deepEqual(r.stored, { number }, `"${typed}" is stored as ${number}`);
      assert.deepEqual(r.beside, { error: null, note: null }, `"${typed}" needs no note`);
      assert.ok(!r.described.includes(`q-${id}-note`), 'no note describes the field');
    }
  });
});

const refused = [
  // [field, step, typed, message]
  ['pilot_site_area', SITE, '50%', M.area],
  ['pilot_site_area', SITE, '5000元', M.area],
  ['pilot_site_area', SITE, '3亩', M.area],
  ['pilot_equipment_value', SITE, '50%', M.wanYuan],
  ['pilot_equipment_value', SITE, '6人', M.wanYuan],
  ['pilot_site_area', SITE, '1,2,3', M.separators],
  ['pilot_site_area', SITE, '1、2、3', M.separators],
  ['fulltime_staff', PEOPLE, '1、2、3', M.separators],
  ['fulltime_staff', PEOPLE, '30%', M.people],
];

for (const [id, step, typed, message] of refused) {
  test(`units: "${typed}" in ${id} is refused with "${message}" and nothing saved changes`, { timeout: TEST_TIMEOUT }, async () => {
    await withSeeded(step, async ({ page }) => {
      const before = await storedAnswers(page, id);
      const r = await type(page, id, typed);
      assert.deepEqual(r.beside, { error: message, note: null }, 'the message next to the field');
      assert.equal(r.invalid, 'true');
      assert.ok(r.described.includes(`q-${id}-error`), 'the field is described by its error');
      assert.equal(r.stored, null, 'no number is taken from the text');
      assert.equal(r.shown, typed, 'the field keeps the text as typed');
      othersKept(r.facts, before, id);
      // Next holds the step, with the message in the summary.
      await page.locator('main#main .actions button.primary').click();
      const link = page.locator(`#error-summary a[href="#q-${id}"]`);
      await link.waitFor();
      assert.ok((await link.textContent()).endsWith(`：${message}`), 'the summary gives the same message');
      // After a reload the text and its message are still there.
      await page.reload({ waitUntil: 'load' });
      await waitForApp(page);
      assert.equal(await page.inputValue(`#q-${id}`), typed);
      assert.deepEqual(await besideField(page, id), { error: message, note: null });
      othersKept((await draft(page)).profile.facts, before, id);
    });
  });
}

test('units: the English interface names the unit and says what was recorded; the step passes axe at 360 px', { timeout: TEST_TIMEOUT }, async () => {
  await withSeeded(SITE, async ({ page }) => {
    let r = await type(page, 'pilot_site_area', '50%');
    assert.deepEqual(r.beside, { error: M.areaEn, note: null });
    r = await type(page, 'pilot_equipment_value', '5000元');
    assert.deepEqual(r.beside, { error: null, note: 'Recorded as 0.5 × 10,000 yuan (万元)' });
    await axeCheck(page, 'a step with a unit note and a unit error');
    await screenshot(page, 'input-units-1280');
    await page.setViewportSize({ width: 360, height: 800 });
    await screenshot(page, 'input-units-360');
    await axeCheck(page, 'the same at 360 px');
  }, { lang: 'en' });
});

test('the check page flags typed text that could not be read, next to its question, across a reload', { timeout: TEST_TIMEOUT }, async () => {
  await withSeeded(SITE, async ({ page }) => {
    const id = 'pilot_site_area';
    const before = await storedAnswers(page, id);
    // "两千五" reads as 2 500; "约两千" (about two thousand) cannot be read.
    const r = await type(page, id, '约两千');
    assert.equal(r.stored, null, 'nothing is stored for the field');
    othersKept(r.facts, before, id);
    const u = new URL(page.url());
    u.searchParams.set('page', 'check');
    u.searchParams.delete('step');
    await page.goto(u.href, { waitUntil: 'load' });
    await waitForApp(page);
    const flagged = async () => {
      await page.locator('main#main dl.answers').first().waitFor();
      return page.evaluate((id) => {
        const change = document.querySelector(`main#main a[href$="#q-${id}-block"]`);
        const answer = change && change.closest('dd').previousElementSibling;
        return {
          label: answer && answer.previousElementSibling.textContent.trim(),
          error: answer && answer.querySelector('.field-error')?.textContent.trim(),
          typed: answer && answer.querySelector('.typed')?.textContent.trim(),
          step: change && new URL(change.href).searchParams.get('step'),
        };
      }, id);
    };
    const expected = { label: '中试场地及配套设施面积', error: '未计入自评：请输入数字，例如 2000', typed: '填写的是“约两千”', step: String(SITE) };
    assert.deepEqual(await flagged(), expected, 'the answer says what was typed, why it is not counted, and links to its step');
    await axeCheck(page, 'the check page with a flagged answer');
    // After a reload it is still there.
    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    assert.deepEqual(await flagged(), expected, 'still flagged after a reload');
  });
});
