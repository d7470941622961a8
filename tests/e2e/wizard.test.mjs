// The wizard end to end: every scheme answered favourably by mouse (zh-CN), a keyboard-only walk
// in English, each validation message, shortfalls and "not yet" dates on the report, Change links,
// resuming after a reload, browser() back/forward, and follow-up questions.
// Run with `node --test --test-concurrency=1 tests/e2e/`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, axeCheck, waitForApp, screenshot, useBrowser, withApp as withAppIn } from './harness.mjs';

// ── The schemes and what a favourable walk should end with ──────────────────────────────────────

const YQ2022 = 'yangquan-pilot-base-2022';
const GUANGXI = 'guangxi-pilot-base-2021';
const XPCC = 'bingtuan-pilot-base';
const SHAOXING = 'shaoxing-pilot-base';
const YQ2025 = 'yangquan-innovation-centre-2025';
const ALL = [YQ2022, GUANGXI, XPCC, SHAOXING, YQ2025];

/** Each scheme's region (the `location` option) and the verdict of a favourable walk. */
const SCHEMES = {
  [YQ2022]: { location: 'yangquan', zh: '办法不在有效期内', en: 'Scheme not in force' },
  [GUANGXI]: { location: 'guangxi', zh: '条件已具备', en: 'Ready to apply' },
  [XPCC]: { location: 'bingtuan', zh: '条件已具备', en: 'Ready to apply' },
  [SHAOXING]: { location: 'shaoxing', zh: '条件已具备', en: 'Ready to apply' },
  [YQ2025]: { location: 'yangquan', zh: '条件已具备', en: 'Ready to apply' },
};

/** The topics in catalogue order; a walk shows a subsequence of them, then the score table. */
const TOPICS_ZH = ['单位基本情况', '场地与设备', '人员与负责人', '合作与成果', '安全与环保', '管理与服务', '既往情况'];
const PERFORMANCE_ZH = '绩效自评（绍兴）';

// ── Favourable answers, by fact id ──────────────────────────────────────────────────────────────

const GOOD_TEXT = {
  registration_date: '2015-01-01',
  operating_normally_since: '2015-01-01',
  pilot_site_area: '5000',
  rd_office_area: '5000',
  pilot_equipment_value: '2000',
  research_instrument_value: '2000',
  external_pilot_projects: '5',
  rd_spending_3y: '2000',
  fulltime_staff: '30',
  technical_staff: '20',
  qualified_staff: '20', // 20 of 30 full-time: the XPCC needs at least 60 %
  fixed_staff: '30',
  lead_unit_st_staff: '20',
  director_birth_date: '1975-05-05',
  supporting_units: '2',
  expert_committee_size: '7',
  expert_committee_internal: '3',
  expert_committee_term: '3',
  expert_committee_meetings: '2',
  centre_revoked_on: '2015-01-01',
};
const GOOD_CHOICE = { org_kind: 'enterprise', industry_field: 'new_materials', director_title: 'senior', incidents: 'none' };
/** Yes/no facts where "no" is the favourable answer; every other yes/no fact is answered "yes". */
const GOOD_NO = new Set(['director_heads_other_platform', 'centre_revoked', 'old_pilot_base', 'old_centre']);

/** The favourable answer to a fact: a text value, or the id suffix of the radio to pick. */
function goodAnswer(fact, { location, overrides = {} }) {
  if (fact in overrides) return overrides[fact];
  if (fact in GOOD_TEXT) return GOOD_TEXT[fact];
  if (fact === 'location') {
    assert.ok(location, 'a walk that is asked the location knows the region');
    return location;
  }
  if (fact in GOOD_CHOICE) return GOOD_CHOICE[fact];
  return GOOD_NO.has(fact) ? 'no' : 'yes';
}

// ── Small helpers ───────────────────────────────────────────────────────────────────────────────

const browser = useBrowser();

/** Opens the app, runs the body, then asserts the page stayed on its origin and raised no error. */
const withApp = (options, body) => withAppIn(browser(), options, body);

const h1 = (page) => page.locator('main#main h1');
const param = (page, key) => new URL(page.url()).searchParams.get(key);

/** Waits until the URL and the progress text say step n (1-based) of total. */
async function waitForStep(page, n, total, lang = 'zh-CN') {
  const word = lang === 'en' ? 'Step' : '步骤';
  await page.waitForFunction(
    ({ n, text, prefix }) => new URLSearchParams(location.search).get('page') === 'step'
      && new URLSearchParams(location.search).get('step') === String(n)
      && (text
        ? document.querySelector('main .progress p')?.textContent.trim() === text
        : document.querySelector('main .progress p')?.textContent.trim().startsWith(prefix)),
    { n, text: total ? `${word} ${n} / ${total}` : null, prefix: `${word} ${n} / ` },
  ).catch(async (e) => {
    const seen = await page.locator('main .progress p').textContent().catch(() => '(no progress text)');
    throw new Error(`expected ${word} ${n} / ${total ?? 'N'} at ${page.url()}, saw "${seen}": ${e.message}`);
  });
  const bar = page.getByRole('progressbar');
  assert.equal(await bar.getAttribute('aria-valuenow'), String(n), 'progressbar aria-valuenow');
  if (total) assert.equal(await bar.getAttribute('aria-valuemax'), String(total), 'progressbar aria-valuemax');
}

async function waitForPage(page, name, title) {
  await page.waitForFunction(({ name, title }) => (new URLSearchParams(location.search).get('page') ?? 'start') === name
    && document.querySelector('main#main h1')?.textContent.trim() === title, { name, title });
}

/** The step titles in the step navigation, without their numbers. */
async function stepTitles(page) {
  return (await page.locator('main nav ol.steps a').allTextContents()).map((t) => t.replace(/^\d+\.\s*/, '').trim());
}

/** The fact ids of the questions shown on the current step, in page order. */
async function shownFacts(page) {
  return page.$$eval('main .question[id^="q-"][id$="-block"]', (els) => els.map((e) => e.id.slice(2, -'-block'.length)));
}

/** The answer text of a question on the check page, found by its label. */
function checkAnswer(page, label) {
  return page.locator(`xpath=//dl[contains(@class,"answers")]/dt[normalize-space(.)="${label}"]/following-sibling::dd[1]`);
}

/** The verdict cards of the report: [{ name, verdict, text }]. */
async function verdictCards(page) {
  return page.$$eval('main ul.verdicts > li', (els) => els.map((li) => ({
    name: li.querySelector('a')?.textContent.trim(),
    verdict: li.querySelector('.verdict-label')?.textContent.trim(),
    text: li.textContent.replace(/\s+/g, ' ').trim(),
  })));
}

/** The report rows of a scheme that are neither met, declared nor not applicable (for messages). */
async function openRows(page, scheme) {
  const rows = await page.$$eval(`section#scheme-${scheme} tbody tr`, (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.replace(/\s+/g, ' ').trim())));
  return rows.filter((r) => !['符合', '自述符合，需提供证明', '不适用', 'Met', 'Declared: evidence needed', 'Not applicable'].includes(r[1]))
    .map((r) => `\n    ${r[1]}: ${r[0]} — ${r[3]}`).join('');
}

/** Today in the browser(), as YYYY-MM-DD parts. */
async function browserToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
  });
}
const iso = ({ y, m, d }) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

// ── Answering by mouse ──────────────────────────────────────────────────────────────────────────

/** Answers one question by mouse (click the radio, or click the field and enter the text). */
async function answerByMouse(page, fact, value) {
  const text = page.locator(`#q-${fact}`);
  if ((await text.count()) === 1 && (await text.evaluate((e) => e.tagName === 'INPUT' && e.type === 'text'))) {
    await text.click();
    await text.fill(String(value));
    assert.equal(await text.inputValue(), String(value));
    return;
  }
  const radio = page.locator(`#q-${fact}-${value}`);
  assert.equal(await radio.count(), 1, `question ${fact} has the option ${value} (#q-${fact}-${value})`);
  await radio.click();
  assert.ok(await radio.isChecked(), `#q-${fact}-${value} is checked after a click`);
}

/**
 * Answers every question of the current step favourably by mouse, including follow-up questions
 * that appear on the way, and the performance scores (full marks). Returns the facts answered.
 */
async function answerStepByMouse(page, opts) {
  const done = [];
  for (;;) {
    const next = (await shownFacts(page)).find((f) => !done.includes(f));
    if (!next) break;
    done.push(next);
    await answerByMouse(page, next, goodAnswer(next, opts));
    assert.equal(await page.locator(`#q-${next}-error`).count(), 0, `no error under ${next} after a favourable answer`);
  }
  for (const { id, weight } of await scoreFields(page)) {
    const field = page.locator(`#${id}`);
    await field.click();
    await field.fill(String(weight));
    done.push(id);
  }
  return done;
}

/** The performance score fields of the current step and their weights (read from their labels). */
async function scoreFields(page) {
  return page.$$eval('main input[id^="score-"]', (els) => els.map((el) => {
    const hint = el.closest('.question')?.querySelector('label')?.textContent || '';
    return { id: el.id, weight: Number(hint.match(/0[–-](\d+(?:\.\d+)?)/)?.[1]) };
  }).map((f) => {
    if (!Number.isFinite(f.weight)) throw new Error(`no weight in the label of ${f.id}`);
    return f;
  }));
}

const nextButton = (page) => page.locator('main .actions button.primary');

/**
 * From the start page, walks every step by mouse answering favourably, and stops on the check
 * page. With axe: checks every step page and the check page.
 */
async function walkByMouse(page, { schemes, location, overrides = {}, axe = false, onStep, live } = {}) {
  await page.getByRole('button', { name: '开始自评' }).click();
  await waitForStep(page, 1);
  const titles = await stepTitles(page);
  const total = titles.length;
  assert.ok(total > 0, 'at least one step');
  // Only topics the chosen schemes need, in catalogue order, then the score table for Shaoxing.
  const topics = titles.filter((t) => t !== PERFORMANCE_ZH);
  assert.deepEqual(topics, TOPICS_ZH.filter((t) => topics.includes(t)), `steps in topic order: ${titles}`);
  assert.equal(titles.includes(PERFORMANCE_ZH), schemes.includes(SHAOXING), `the score step appears only for Shaoxing: ${titles}`);
  if (titles.includes(PERFORMANCE_ZH)) assert.equal(titles.at(-1), PERFORMANCE_ZH, 'the score step comes last');

  for (let n = 1; n <= total; n++) {
    await waitForStep(page, n, total);
    assert.equal((await h1(page).textContent()).trim(), titles[n - 1], `step ${n} heading`);
    assert.equal(await page.locator(`main nav ol.steps a[aria-current="step"]`).textContent(), `${n}. ${titles[n - 1]}`);
    // The live panel lists exactly the chosen schemes.
    await page.getByRole('heading', { name: '实时自评结果' }).waitFor();
    assert.equal(await page.locator('.side li').count(), schemes.length, 'the live panel lists each chosen scheme');
    const answered = await answerStepByMouse(page, { location, overrides });
    assert.ok(answered.length > 0, `step ${n} (${titles[n - 1]}) asks something`);
    if (onStep) await onStep(n, titles[n - 1]);
    if (live && n === total) {
      // Everything answered: the live panel already shows the verdict.
      await page.waitForFunction((t) => document.querySelector('.side li')?.textContent.includes(t), live, { timeout: 5_000 })
        .catch(async () => assert.fail(`the live panel shows "${live}": ${await page.locator('.side li').allTextContents()}`));
    }
    if (axe) await axeCheck(page, `step ${n} (${titles[n - 1]}) of ${schemes.join(',')}`);
    const label = n === total ? '检查答案' : '下一步';
    assert.equal((await nextButton(page).textContent()).trim(), label, `the Next button on step ${n}`);
    await nextButton(page).click();
  }
  await waitForPage(page, 'check', '核对填报信息');
  return titles;
}

async function toReport(page) {
  await page.getByRole('button', { name: '生成自评报告' }).click();
  await waitForPage(page, 'report', '自评报告');
}

// ── 1. Every scheme, favourably, by mouse, in Chinese ───────────────────────────────────────────

for (const id of ALL) {
  test(`zh-CN by mouse: a favourable walk for ${id} ends with "${SCHEMES[id].zh}"`, { timeout: TEST_TIMEOUT }, async () => {
    await withApp({ query: { schemes: id } }, async ({ page }) => {
      // ?schemes= preselects only that scheme.
      for (const other of ALL) {
        assert.equal(await page.locator(`#scheme-${other}`).isChecked(), other === id, `scheme card ${other} ticked only if it was named in ?schemes=`);
      }
      const shots = id === YQ2025;
      await walkByMouse(page, {
        schemes: [id],
        location: SCHEMES[id].location,
        axe: true,
        live: `${SCHEMES[id].zh} · ${id === YQ2022 ? '目前不能据此申报' : '硬性条件：'}`,
        onStep: async (n, title) => {
          if (n === 1) assert.equal(param(page, 'schemes'), id, 'the schemes parameter travels with the steps');
          if (shots && title === '人员与负责人') {
            // A step at 360 px: no horizontal scrolling, and a screenshot to look at.
            await page.setViewportSize({ width: 360, height: 780 });
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            await screenshot(page, 'wizard-step-people-zh-360');
            assert.ok(overflow <= 0, `the step scrolls sideways at 360 px by ${overflow} px`);
            await axeCheck(page, `step ${n} (${title}) at 360 px`);
            await page.setViewportSize({ width: 1280, height: 900 });
          }
        },
      });
      // Check page: every question answered.
      const notAnswered = await page.locator('dl.answers dd', { hasText: /^暂不确定（未回答）$/ }).count();
      assert.equal(notAnswered, 0, 'every question on the check page has an answer');
      assert.ok((await page.locator('dl.answers dt').count()) > 0, 'the check page lists the answers');
      await axeCheck(page, `the check page of ${id}`);

      await toReport(page);
      const cards = await verdictCards(page);
      assert.equal(cards.length, 1, 'one verdict card per chosen scheme');
      assert.equal(cards[0].verdict, SCHEMES[id].zh, `verdict card of ${id}: ${cards[0].text}${await openRows(page, id)}`);
      assert.doesNotMatch(cards[0].text, /项不满足|项待补充|待到期/, `all criteria met or declared: ${cards[0].text}`);
      if (id === YQ2022) assert.match(cards[0].text, /2024 年 6 月 30 日/, 'the card says when the trial ended');
      // Every criterion is in the table with a status, a citation and a quote; none unmet or unanswered.
      const section = page.locator(`section#scheme-${id}`);
      const rows = section.locator('tbody tr');
      assert.ok((await rows.count()) > 0, 'the report lists the criteria');
      for (const row of await rows.all()) {
        const cells = row.locator('td');
        assert.equal(await cells.count(), 4);
        assert.match((await cells.nth(1).textContent()).trim(), /^(符合|自述符合，需提供证明|不适用)$/, `status of: ${await cells.nth(0).textContent()}`);
        assert.ok((await cells.nth(2).locator('summary').textContent()).trim().length > 0, 'a citation');
        assert.ok((await cells.nth(2).locator('.quote').textContent()).trim().length > 0, 'a quote');
      }
      assert.equal(await section.getByRole('heading', { name: '尚未回答、可能影响结论的问题' }).count(), 0, 'no unanswered questions');
      await axeCheck(page, `the report of ${id}`);
      if (shots) await screenshot(page, 'report-yq2025-zh-desktop');
    });
  });
}

// ── 2. Keyboard only, in English ────────────────────────────────────────────────────────────────

/** What has the focus: id, name, tag, type, checked, text. */
function focused(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    return e ? { id: e.id, name: e.getAttribute('name'), tag: e.tagName, type: e.type, checked: !!e.checked, text: (e.textContent || '').trim(), cls: e.className } : {};
  });
}

/** Presses Tab (or Shift+Tab) until the focus matches, and returns what has the focus. */
async function tabTo(page, matches, what, { back = false, limit = 120 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (matches(f)) return f;
  }
  throw new Error(`${back ? 'Shift+Tab' : 'Tab'} never reached ${what} in ${limit} presses (focus: ${JSON.stringify(await focused(page))})`);
}

/** Answers one question with the keyboard: Tab to it, then type, or Space / arrow keys. */
async function answerByKeyboard(page, fact, value) {
  const field = page.locator(`#q-${fact}`);
  const isText = (await field.count()) === 1 && (await field.evaluate((e) => e.tagName === 'INPUT' && e.type === 'text'));
  if (isText) {
    await tabTo(page, (f) => f.id === `q-${fact}`, `the field ${fact}`);
    await page.keyboard.type(String(value));
    assert.equal(await page.locator(`#q-${fact}`).inputValue(), String(value));
    return;
  }
  const target = `q-${fact}-${value}`;
  assert.equal(await page.locator(`#${target}`).count(), 1, `question ${fact} has the option ${value}`);
  let f = await tabTo(page, (f) => f.name === `q-${fact}` && f.type === 'radio', `the radio group ${fact}`);
  // Arrow keys move through the group (and choose); Space chooses the focused option.
  for (let i = 0; i < 20 && f.id !== target; i++) {
    await page.keyboard.press('ArrowDown');
    f = await focused(page);
  }
  assert.equal(f.id, target, `the arrow keys reach ${target}`);
  if (!f.checked) await page.keyboard.press('Space');
  assert.ok(await page.locator(`#${target}`).isChecked(), `${target} is chosen from the keyboard`);
}

async function answerStepByKeyboard(page, opts) {
  const done = [];
  for (;;) {
    const next = (await shownFacts(page)).find((f) => !done.includes(f));
    if (!next) break;
    done.push(next);
    await answerByKeyboard(page, next, goodAnswer(next, opts));
  }
  for (const { id, weight } of await scoreFields(page)) {
    await tabTo(page, (f) => f.id === id, `the score field ${id}`);
    await page.keyboard.type(String(weight));
    done.push(id);
  }
  return done;
}

// Every scheme is walked by keyboard too, in groups that share a region.
const KEYBOARD_GROUPS = [
  // A Yangquan applicant: Shaoxing takes applications only through its own districts (四（一）).
  { schemes: [SHAOXING, YQ2025], location: 'yangquan', tick: SHAOXING, verdicts: { [SHAOXING]: 'Not for your region' } },
  { schemes: [XPCC, YQ2022], location: 'bingtuan', tick: XPCC },
  { schemes: [GUANGXI], location: 'guangxi', tick: GUANGXI },
];
// Cards follow the catalogue's order.
const CATALOGUE_ORDER = [XPCC, GUANGXI, SHAOXING, YQ2025, YQ2022];

for (const group of KEYBOARD_GROUPS) {
test(`keyboard only, in English: ${group.schemes.join(' + ')} end with their verdicts`, { timeout: TEST_TIMEOUT }, async () => {
  const schemes = group.schemes;
  const SHAOXING = group.tick; // the card unticked and reticked from the keyboard
  await withApp({ query: { schemes: schemes.join(',') }, lang: 'en', locale: 'en-GB' }, async ({ page }) => {
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    // The skip link is the first stop.
    const first = await tabTo(page, () => true, 'anything', { limit: 1 });
    assert.match(first.cls, /skip-link/, 'the first Tab stop is the skip link');
    // Space unticks and reticks a scheme card.
    await tabTo(page, (f) => f.id === `scheme-${SHAOXING}`, `the card of ${SHAOXING}`);
    await page.keyboard.press('Space');
    assert.equal(await page.locator(`#scheme-${SHAOXING}`).isChecked(), false, 'Space unticks the card');
    await page.keyboard.press('Space');
    assert.equal(await page.locator(`#scheme-${SHAOXING}`).isChecked(), true, 'Space ticks it again');
    await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'Start the check', 'the start button');
    await page.keyboard.press('Enter');
    await waitForStep(page, 1, null, 'en');
    const total = await page.locator('main nav ol.steps a').count();
    for (let n = 1; n <= total; n++) {
      await waitForStep(page, n, total, 'en');
      const answered = await answerStepByKeyboard(page, { location: group.location });
      assert.ok(answered.length > 0, `step ${n} asks something`);
      const label = n === total ? 'Check your answers' : 'Next';
      await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === label, `the ${label} button`);
      if (n === total) {
        // Shift+Tab goes back to Back, Tab returns to the primary button.
        const back = await tabTo(page, () => true, 'the previous stop', { back: true, limit: 1 });
        assert.equal(back.text, 'Back', 'Shift+Tab from the last button reaches Back');
        await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === label, `the ${label} button again`, { limit: 1 });
      }
      await page.keyboard.press('Enter');
    }
    await waitForPage(page, 'check', 'Check your answers');
    assert.equal(await page.locator('dl.answers dd', { hasText: /^Not known yet \(no answer\)$/ }).count(), 0, 'every question answered');
    await tabTo(page, (f) => f.tag === 'BUTTON' && f.text === 'See the report', 'the report button', { limit: 300 });
    await page.keyboard.press('Enter');
    await waitForPage(page, 'report', 'Readiness report');
    const cards = await verdictCards(page);
    const expected = CATALOGUE_ORDER.filter((id) => schemes.includes(id)).map((id) => group.verdicts?.[id] ?? SCHEMES[id].en);
    // Closest first: the schemes of other regions after the open ones.
    assert.deepEqual(cards.map((c) => c.verdict).sort(), expected.sort(), JSON.stringify(cards));
    const apart = cards.map((c) => c.verdict === 'Not for your region');
    assert.deepEqual(apart, [...apart].sort(), `schemes of other regions last: ${JSON.stringify(cards)}`);
    assert.equal(cards.length, schemes.length, 'one card per chosen scheme');
  });
});
}

// ── 3. Validation ───────────────────────────────────────────────────────────────────────────────

const LABELS = {
  registration_date: '注册（成立）日期',
  pilot_site_area: '中试场地及配套设施面积',
  rd_office_area: '研发及办公场地面积',
  pilot_equipment_value: '中试生产线、质量控制检测及产品性能检测设备原值',
  fulltime_staff: '基地专职人员总数',
  technical_staff: '其中专职技术人员',
  qualified_staff: '其中本科以上学历、中级以上职称或 8 年以上工龄的技术人员',
  fixed_staff: '中心固定人员数',
  lead_unit_st_staff: '其中第一依托单位科技人员',
  director_birth_date: '主任出生日期',
  expert_committee_size: '专家委员会人数',
  expert_committee_internal: '其中来自依托单位的人数',
  industry_field: '主要产业领域',
};

/**
 * Types a wrong value, expects the message next to the field, presses Next, expects the error
 * summary (focused, with a link to the field) and the same step, then types the fix and expects
 * the error and the summary to go.
 */
async function expectError(page, { fact, bad, message, fix, step, total }) {
  const field = page.locator(`#q-${fact}`);
  await field.click();
  await field.fill(bad);
  const inline = page.locator(`#q-${fact}-error`);
  await inline.waitFor({ timeout: 5_000 }).catch(() => {});
  assert.equal(await inline.count(), 1, `"${bad}" in ${fact} shows an error next to the field`);
  assert.equal((await inline.textContent()).trim(), message, `the message for "${bad}" in ${fact}`);
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.match(await field.getAttribute('aria-describedby'), new RegExp(`\\bq-${fact}-error\\b`), 'the field is described by its error');

  await nextButton(page).click();
  const summary = page.locator('#error-summary');
  await summary.waitFor({ timeout: 5_000 });
  assert.equal(await summary.getAttribute('role'), 'alert');
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary', null, { timeout: 5_000 })
    .catch(() => assert.fail('the error summary takes the focus after Next'));
  const link = summary.locator(`a[href="#q-${fact}"]`);
  assert.equal(await link.count(), 1, `the summary links to #q-${fact}`);
  assert.equal((await link.textContent()).trim(), `${LABELS[fact]}：${message}`);
  await page.waitForTimeout(150); // time enough for a (wrong) navigation to show
  await waitForStep(page, step, total);
  // The summary's link takes the focus to the field, on the same step.
  await link.click();
  await page.waitForFunction((id) => document.activeElement?.id === id, `q-${fact}`, { timeout: 5_000 })
    .catch(() => assert.fail(`the summary link does not focus #q-${fact}`));
  await waitForStep(page, step, total);

  await field.fill(fix);
  await inline.waitFor({ state: 'detached', timeout: 5_000 });
  assert.equal(await field.getAttribute('aria-invalid'), 'false');
  await summary.waitFor({ state: 'detached', timeout: 5_000 });
}

test('validation: each message next to the field and in the summary; Next waits; Chinese number habits are accepted', { timeout: TEST_TIMEOUT }, async () => {
  const schemes = [XPCC, YQ2025];
  await withApp({ query: { schemes: schemes.join(',') } }, async ({ page }) => {
    await page.getByRole('button', { name: '开始自评' }).click();
    await waitForStep(page, 1);
    const titles = await stepTitles(page);
    const total = titles.length;
    const stepOf = (title) => titles.indexOf(title) + 1;
    const next = async (from) => {
      await nextButton(page).click();
      await waitForStep(page, from + 1, total);
    };

    // Organisation: dates.
    let s = stepOf('单位基本情况');
    assert.equal(s, 1);
    await expectError(page, { fact: 'registration_date', bad: '2023-02-30', message: '没有这一天，请核对月份和日期', fix: '2015-01-01', step: s, total });
    await expectError(page, { fact: 'registration_date', bad: '2999-01-01', message: '日期不能晚于今天', fix: '2015-01-01', step: s, total });
    await next(s);

    // Site: numbers, and the ways people write them.
    s = stepOf('场地与设备');
    await waitForStep(page, s, total);
    await expectError(page, { fact: 'pilot_site_area', bad: 'abc', message: '请输入数字，例如 2000', fix: '２０００', step: s, total });
    await expectError(page, { fact: 'rd_office_area', bad: '-5', message: '不能为负数', fix: '2,000', step: s, total });
    await expectError(page, { fact: 'pilot_equipment_value', bad: '99999999999', message: '数字过大，请检查单位', fix: '500万', step: s, total });
    await next(s);

    // People: whole numbers, parts above their whole, birth dates.
    s = stepOf('人员与负责人');
    await waitForStep(page, s, total);
    await expectError(page, { fact: 'fulltime_staff', bad: '2.5', message: '请输入整数', fix: '30', step: s, total });
    await expectError(page, { fact: 'technical_staff', bad: '31', message: '不能多于上一级人数', fix: '20', step: s, total });
    await expectError(page, { fact: 'qualified_staff', bad: '21', message: '不能多于上一级人数', fix: '15', step: s, total });
    await answerByMouse(page, 'fixed_staff', '30');
    await expectError(page, { fact: 'lead_unit_st_staff', bad: '40', message: '不能多于上一级人数', fix: '20', step: s, total });
    await expectError(page, { fact: 'director_birth_date', bad: '1899-12-31', message: '日期不能早于 1900 年', fix: '1975-05-05', step: s, total });
    await next(s);

    // Partners: the expert committee.
    s = stepOf('合作与成果');
    await waitForStep(page, s, total);
    await answerByMouse(page, 'has_expert_committee', 'yes');
    await answerByMouse(page, 'expert_committee_size', '7');
    await expectError(page, { fact: 'expert_committee_internal', bad: '8', message: '不能多于上一级人数', fix: '3', step: s, total });

    // The rest can stay empty: on to the check page.
    for (let n = s; n < total; n++) await next(n);
    await nextButton(page).click();
    await waitForPage(page, 'check', '核对填报信息');
    const expected = {
      pilot_site_area: '2000 m²', // typed ２０００
      rd_office_area: '2000 m²', // typed 2,000
      pilot_equipment_value: '500 万元', // typed 500万
      registration_date: '2015-01-01',
      fulltime_staff: '30 人',
      technical_staff: '20 人',
      qualified_staff: '15 人',
      lead_unit_st_staff: '20 人',
      director_birth_date: '1975-05-05',
      expert_committee_internal: '3 人',
    };
    for (const [fact, shown] of Object.entries(expected)) {
      assert.equal((await checkAnswer(page, LABELS[fact]).textContent()).trim(), shown, `the check page shows ${fact}`);
    }
  });
});

// ── 4. Shortfalls and "not yet" ─────────────────────────────────────────────────────────────────

test('shortfalls: XPCC with 1500 m² shows "还差 500 m²"; registered a year ago shows the second anniversary', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: { schemes: XPCC } }, async ({ page }) => {
    await walkByMouse(page, { schemes: [XPCC], location: 'bingtuan', overrides: { pilot_site_area: '1500' } });
    await toReport(page);
    let cards = await verdictCards(page);
    assert.equal(cards.length, 1);
    assert.equal(cards[0].verdict, '尚有差距', cards[0].text);
    const areaRow = page.locator(`section#scheme-${XPCC} tbody tr`, { hasText: '2000 m²' }).filter({ hasText: '还差' });
    assert.equal(await areaRow.count(), 1, 'one criterion row reports the area shortfall');
    assert.match(await areaRow.textContent(), /现为 1500 m²，需达到 2000 m²，还差 500 m²/);
    assert.equal((await areaRow.locator('td.status').textContent()).trim(), '不符合');
    await screenshot(page, 'report-xpcc-gap-zh-desktop');

    // Back to the answers: the area fixed, the registration one year ago.
    const today = await browserToday(page);
    const regDay = { y: today.y - 1, m: today.m, d: today.m === 2 && today.d === 29 ? 28 : today.d };
    const anniversary = iso({ ...regDay, y: regDay.y + 2 });
    await page.getByRole('button', { name: '修改答案' }).click();
    await waitForPage(page, 'check', '核对填报信息');
    for (const [fact, value] of [['pilot_site_area', '5000'], ['registration_date', iso(regDay)]]) {
      await page.getByRole('link', { name: `修改 ${LABELS[fact]}`, exact: true }).click();
      await page.waitForFunction(() => new URLSearchParams(location.search).get('from') === 'check');
      await page.locator(`#q-${fact}`).waitFor();
      await answerByMouse(page, fact, value);
      assert.equal((await nextButton(page).textContent()).trim(), '保存并返回检查页');
      await nextButton(page).click();
      await waitForPage(page, 'check', '核对填报信息');
    }
    await toReport(page);
    cards = await verdictCards(page);
    const [ay, am, ad] = anniversary.split('-').map(Number);
    assert.equal(cards[0].verdict, `暂不满足，最早可于 ${ay} 年 ${am} 月 ${ad} 日申报`, cards[0].text);
    const regRow = page.locator(`section#scheme-${XPCC} tbody tr`, { hasText: '注册并正常经营满两年' });
    assert.match(await regRow.textContent(), new RegExp(`自 ${ay} 年 ${am} 月 ${ad} 日 起满足`), 'the criterion row gives the date too');
  });
});

// ── 5. Change links ─────────────────────────────────────────────────────────────────────────────

test('change links: change an answer from the check page, land on it, come back and see it', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: { schemes: GUANGXI } }, async ({ page }) => {
    await walkByMouse(page, { schemes: [GUANGXI], location: 'guangxi' });
    // A short window, so that landing on the question means scrolling to it.
    await page.setViewportSize({ width: 1280, height: 420 });
    const changes = [
      { fact: 'industry_field', label: LABELS.industry_field, step: 1, from: 'new_materials', to: 'new_energy', before: '新材料', after: '新能源' },
      { fact: 'service_procedures_fees', label: '有明晰的对外服务承接程序和收费标准', from: 'yes', to: 'no', before: '是', after: '否' },
    ];
    for (const c of changes) {
      assert.equal((await checkAnswer(page, c.label).textContent()).trim(), c.before);
      const change = page.getByRole('link', { name: `修改 ${c.label}`, exact: true });
      assert.match(await change.getAttribute('href'), /[?&]from=check\b/);
      await change.click();
      await page.waitForFunction(() => new URLSearchParams(location.search).get('from') === 'check');
      if (c.step) await waitForStep(page, c.step);
      const block = page.locator(`#q-${c.fact}-block`);
      assert.ok(await block.isVisible(), `the step of ${c.fact} is shown`);
      assert.ok(await page.locator(`#q-${c.fact}-${c.from}`).isChecked(), 'the old answer is shown');
      // The link lands on the question: in view, with the focus in it.
      await page.waitForFunction((id) => {
        const b = document.getElementById(id)?.getBoundingClientRect();
        return b && b.top >= -1 && b.top < innerHeight;
      }, `q-${c.fact}-block`, { timeout: 5_000 }).catch(() => assert.fail(`the Change link for ${c.fact} does not bring its question into view`));
      assert.ok(await block.evaluate((b) => b.contains(document.activeElement)), `the focus is in the question ${c.fact}`);
      await answerByMouse(page, c.fact, c.to);
      assert.equal((await nextButton(page).textContent()).trim(), '保存并返回检查页');
      await nextButton(page).click();
      await waitForPage(page, 'check', '核对填报信息');
      assert.equal((await checkAnswer(page, c.label).textContent()).trim(), c.after, 'the check page shows the new answer');
      assert.equal(param(page, 'from'), null, 'the from=check marker does not stick to the check page');
    }
  });
});

// ── 6. Resume and history ───────────────────────────────────────────────────────────────────────

test('resume: half a step answered survives a reload; back/forward move between steps', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: { schemes: YQ2025 } }, async ({ page }) => {
    await page.getByRole('button', { name: '开始自评' }).click();
    await waitForStep(page, 1);
    const total = await page.locator('main nav ol.steps a').count();
    await answerByMouse(page, 'org_kind', 'enterprise');
    await answerByMouse(page, 'location', 'yangquan');
    await nextButton(page).click();
    await waitForStep(page, 2, total);
    // Half of step 2.
    await answerByMouse(page, 'site_independent', 'yes');
    await answerByMouse(page, 'rd_office_area', '1234');

    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    await waitForStep(page, 2, total);
    assert.equal(await page.locator('#q-rd_office_area').inputValue(), '1234', 'the typed area is back');
    assert.ok(await page.locator('#q-site_independent-yes').isChecked(), 'the yes/no answer is back');
    assert.equal(await page.locator('#q-research_instrument_value').inputValue(), '', 'unanswered stays empty');

    await page.goBack();
    await waitForStep(page, 1, total);
    assert.ok(await page.locator('#q-org_kind-enterprise').isChecked());
    assert.ok(await page.locator('#q-location-yangquan').isChecked());
    await page.goForward();
    await waitForStep(page, 2, total);
    assert.equal(await page.locator('#q-rd_office_area').inputValue(), '1234');
    await page.goBack();
    await page.goBack();
    await waitForPage(page, 'start', '科创平台申报自评');
    assert.ok(await page.getByRole('button', { name: '继续上次的自评' }).isVisible(), 'the start page offers to continue');
  });
});

test('"继续上次的自评" returns to the step the applicant left off', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: { schemes: YQ2025 } }, async ({ page, url }) => {
    await page.getByRole('button', { name: '开始自评' }).click();
    await waitForStep(page, 1);
    await nextButton(page).click();
    await waitForStep(page, 2);
    await answerByMouse(page, 'rd_office_area', '1234');
    // Later: the applicant opens the tool's link again.
    await page.goto(url, { waitUntil: 'load' });
    await waitForApp(page);
    await page.getByRole('button', { name: '继续上次的自评' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('page') === 'step');
    assert.equal(param(page, 'step'), '2', `"继续上次的自评" / "Continue where you left off" should open step 2, where the applicant left off; it opened ${page.url()}`);
  });
});

// ── 7. Follow-up questions ──────────────────────────────────────────────────────────────────────

test('follow-ups appear only when their condition holds', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: { schemes: `${XPCC},${YQ2025}` } }, async ({ page }) => {
    await page.getByRole('button', { name: '开始自评' }).click();
    await waitForStep(page, 1);
    const titles = await stepTitles(page);
    const goTo = async (title) => {
      await page.locator('main nav ol.steps a', { hasText: title }).click();
      await waitForStep(page, titles.indexOf(title) + 1, titles.length);
    };
    const shown = async (fact) => (await page.locator(`#q-${fact}-block`).count()) === 1;

    // via_host_unit → independent_accounting (same step).
    assert.equal(await shown('independent_accounting'), false, 'independent_accounting hidden at first');
    await answerByMouse(page, 'via_host_unit', 'no');
    assert.equal(await shown('independent_accounting'), false, 'hidden when not via a host');
    await answerByMouse(page, 'via_host_unit', 'yes');
    assert.equal(await shown('independent_accounting'), true, 'asked when via a host');
    const order = await shownFacts(page);
    assert.equal(order.indexOf('independent_accounting'), order.indexOf('via_host_unit') + 1, 'asked right after its condition');

    // org_kind (organisation) → cobuilt_with_enterprise (partners).
    await answerByMouse(page, 'org_kind', 'enterprise');
    await goTo('合作与成果');
    assert.equal(await shown('cobuilt_with_enterprise'), false, 'not asked of an enterprise');
    // supporting_units → cobuild_agreement.
    assert.equal(await shown('cobuild_agreement'), false, 'cobuild_agreement hidden at first');
    await answerByMouse(page, 'supporting_units', '1');
    assert.equal(await shown('cobuild_agreement'), false, 'not asked with one unit');
    await answerByMouse(page, 'supporting_units', '2');
    assert.equal(await shown('cobuild_agreement'), true, 'asked with two units');
    await goTo('单位基本情况');
    await answerByMouse(page, 'org_kind', 'university');
    await goTo('合作与成果');
    assert.equal(await shown('cobuilt_with_enterprise'), true, 'asked of a university');

    // ethics_sensitive → ethics_committee.
    await goTo('管理与服务');
    assert.equal(await shown('ethics_committee'), false);
    await answerByMouse(page, 'ethics_sensitive', 'yes');
    assert.equal(await shown('ethics_committee'), true);

    // centre_revoked → centre_revoked_on.
    await goTo('既往情况');
    assert.equal(await shown('centre_revoked_on'), false);
    await answerByMouse(page, 'centre_revoked', 'yes');
    assert.equal(await shown('centre_revoked_on'), true);
    assert.equal(await page.locator('label[for="q-centre_revoked_on"]').textContent(), '被取消资格的日期');
    await answerByMouse(page, 'centre_revoked', 'unknown');
    assert.equal(await shown('centre_revoked_on'), false, 'hidden again for "don\'t know"');
  });
});

/** Starts an XPCC assessment, goes to the safety step and answers that there were incidents. */
async function openIncidents(page) {
  await page.getByRole('button', { name: '开始自评' }).click();
  await waitForStep(page, 1);
  const titles = await stepTitles(page);
  await page.locator('main nav ol.steps a', { hasText: '安全与环保' }).click();
  await waitForStep(page, titles.indexOf('安全与环保') + 1, titles.length);
  await answerByMouse(page, 'incidents', 'some');
}

test('a new incident row starts empty, says what it still needs next to each field, and keeps what was typed across a reload', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: { schemes: XPCC } }, async ({ page }) => {
    await openIncidents(page);
    const date = page.locator('#q-incidents-incident-0-date');
    await date.waitFor();
    assert.equal(await date.inputValue(), '', 'no date filled in for the applicant');
    assert.equal(await page.locator('#q-incidents-incident-0-kind').inputValue(), '', 'no kind chosen for the applicant');
    assert.equal(await page.locator('#q-incidents-incident-0-grade').inputValue(), '');
    const missing = (f) => page.locator(`#q-incidents-incident-0-${f}-missing`);
    assert.equal((await missing('date').textContent()).trim(), '请填写日期，例如 2024-05-01');
    assert.equal((await missing('kind').textContent()).trim(), '请选择类别');
    assert.equal((await missing('grade').textContent()).trim(), '请选择等级');
    assert.equal(await date.getAttribute('aria-describedby'), 'q-incidents-incident-0-date-missing');
    await date.fill('2025-06-01');
    await date.press('Tab');
    await missing('date').waitFor({ state: 'detached' });
    await page.selectOption('#q-incidents-incident-0-kind', 'quality');
    await missing('kind').waitFor({ state: 'detached' });
    assert.equal(await missing('grade').count(), 1, 'the grade is still asked for');
    const draft = () => page.evaluate(() => JSON.parse(localStorage.getItem('platform-readiness/draft')).data);
    assert.equal((await draft()).profile.facts.incidents, undefined, 'an incomplete row is not an answer yet');
    // The check page lists the row next to the question, with what it still needs and the date
    // as typed.
    const u = new URL(page.url());
    u.searchParams.set('page', 'check');
    u.searchParams.delete('step');
    await page.goto(u.href, { waitUntil: 'load' });
    await waitForApp(page);
    const answer = page.locator('main#main a[href$="#q-incidents-block"]').locator('xpath=../preceding-sibling::dd[1]');
    await answer.waitFor();
    assert.deepEqual(
      [await answer.locator('.field-error').allTextContents(), await answer.locator('.typed').textContent()],
      [['第 1 起：尚未填完：填齐日期、类别和等级后，本起事件才计入自评。', '请选择等级'], '填写的是“2025-06-01”'],
    );
    await page.goBack({ waitUntil: 'load' });
    await waitForApp(page);
    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    await date.waitFor();
    assert.equal(await date.inputValue(), '2025-06-01', 'the typed date is kept');
    assert.equal(await page.locator('#q-incidents-incident-0-kind').inputValue(), 'quality', 'the chosen kind is kept');
    await page.selectOption('#q-incidents-incident-0-grade', 'major');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('platform-readiness/draft')).data.profile.facts.incidents?.incidents?.length === 1);
    const d = await draft();
    assert.deepEqual(d.profile.facts.incidents.incidents, [{ date: '2025-06-01', kind: 'quality', severity: 'major' }]);
    assert.equal(await missing('grade').count(), 0);
  });
});

test('the skip link of a step page goes to its first question', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: { schemes: XPCC } }, async ({ page }) => {
    await page.getByRole('button', { name: '开始自评' }).click();
    await waitForStep(page, 1);
    // From the top of the page (as after a page load).
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), '跳到第一个问题', 'the first Tab stop');
    await page.keyboard.press('Enter');
    const first = await page.evaluate(() => document.querySelector('main .question input, main .question select').id);
    await page.waitForFunction((id) => document.activeElement?.id === id, first);
    assert.ok(first.startsWith('q-'), first);
  });
});

test('an incident date that cannot be read is explained next to it; the last good date is kept', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: { schemes: XPCC } }, async ({ page }) => {
    await openIncidents(page);
    const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('platform-readiness/draft')).data.profile.facts.incidents.incidents[0].date);
    const date = page.locator('#q-incidents-incident-0-date');
    const error = page.locator('#q-incidents-incident-0-date-error');

    await date.fill('2025-06-01');
    await date.press('Tab');
    await page.selectOption('#q-incidents-incident-0-kind', 'safety');
    await page.selectOption('#q-incidents-incident-0-grade', 'general');
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('platform-readiness/draft')).data.profile.facts.incidents?.incidents[0]?.date === '2025-06-01');
    assert.equal(await error.count(), 0, 'no message for a good date');

    await date.fill('2025-02-30');
    await date.press('Tab');
    await error.waitFor();
    assert.equal((await error.textContent()).trim(), '没有这一天，请核对月份和日期', 'a day that does not exist says so');
    assert.equal(await date.getAttribute('aria-invalid'), 'true');
    assert.equal(await date.getAttribute('aria-describedby'), 'q-incidents-incident-0-date-error');
    assert.equal(await date.inputValue(), '2025-02-30', 'what was typed stays in the field');
    assert.equal(await stored(), '2025-06-01', 'the incident keeps its last good date');

    await date.fill('2025-02-28');
    await date.press('Tab');
    await error.waitFor({ state: 'detached' });
    assert.equal(await stored(), '2025-02-28');
  });
});

// ── Start page and state that must not be lost ─────────────────────────────────────────────────

test('start page: unticking every scheme and starting asks for one', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({}, async ({ page }) => {
    for (const id of ALL) await page.locator(`#scheme-${id}`).click();
    await page.getByRole('button', { name: '开始自评' }).click();
    const alert = page.locator('main [role="alert"]');
    await alert.waitFor();
    assert.equal((await alert.textContent()).trim(), '请至少选择一项办法。');
    assert.equal(param(page, 'page'), null, 'still on the start page');
    await page.locator(`#scheme-${GUANGXI}`).click();
    await page.getByRole('button', { name: '开始自评' }).click();
    await waitForStep(page, 1);
    assert.equal(await page.locator('.side li').count(), 1, 'one scheme chosen');
  });
});

test('a scheme ticked on top of ?schemes= stays chosen after a reload', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: { schemes: GUANGXI } }, async ({ page }) => {
    await page.locator(`#scheme-${XPCC}`).click();
    await page.getByRole('button', { name: '开始自评' }).click();
    await waitForStep(page, 1);
    assert.equal(await page.locator('.side li').count(), 2, 'two schemes chosen before the reload');
    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    await waitForStep(page, 1);
    assert.equal(await page.locator('.side li').count(), 2,
      `the XPCC scheme ticked by the applicant is dropped after a reload (URL ${page.url()}); the live panel lists: ${await page.locator('.side li').allTextContents()}`);
  });
});

test('a value that cannot be read is not silently dropped when leaving the step by its link', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: { schemes: XPCC } }, async ({ page }) => {
    await page.getByRole('button', { name: '开始自评' }).click();
    await waitForStep(page, 1);
    const total = await page.locator('main nav ol.steps a').count();
    await page.locator('main nav ol.steps a', { hasText: '场地与设备' }).click();
    await waitForStep(page, 2, total);
    await page.locator('#q-pilot_site_area').fill('abc');
    await page.locator('#q-pilot_site_area-error').waitFor();
    // Away by the step links (which do not validate), and back.
    await page.locator('main nav ol.steps a', { hasText: '单位基本情况' }).click();
    await waitForStep(page, 1, total);
    await page.locator('main nav ol.steps a', { hasText: '场地与设备' }).click();
    await waitForStep(page, 2, total);
    assert.equal(await page.locator('#q-pilot_site_area').inputValue(), 'abc', 'the typed text is kept');
    assert.equal(await page.locator('#q-pilot_site_area-error').count(), 1,
      'the field still shows "abc" but its error is gone: Next now moves on and the check page says 未回答 for an answer the applicant can see');
  });
});

test('"不能多于上一级人数" also holds when the larger number is lowered afterwards', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: { schemes: XPCC } }, async ({ page }) => {
    await page.getByRole('button', { name: '开始自评' }).click();
    await waitForStep(page, 1);
    await page.locator('main nav ol.steps a', { hasText: '人员与负责人' }).click();
    await waitForStep(page, 3);
    await answerByMouse(page, 'fulltime_staff', '30');
    await answerByMouse(page, 'technical_staff', '20');
    await answerByMouse(page, 'fulltime_staff', '10');
    await page.waitForTimeout(200);
    const errors = await page.locator('main .field-error').allTextContents();
    assert.ok(errors.some((e) => e.includes('不能多于上一级人数')),
      `20 technical staff out of 10 full-time staff is accepted without an error (errors shown: ${JSON.stringify(errors)})`);
  });
});

test('incidents: add, change kind and grade (the grades follow the kind), remove; each change is stored', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: { schemes: XPCC } }, async ({ page }) => {
    await openIncidents(page);
    const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('platform-readiness/draft')).data.profile.facts.incidents.incidents);
    const waitStored = (expected) => page.waitForFunction((e) => JSON.stringify((JSON.parse(localStorage.getItem('platform-readiness/draft')).data.profile.facts.incidents?.incidents ?? []).map((i) => [i.kind, i.severity])) === e, JSON.stringify(expected));
    const grades = (i) => page.locator(`#q-incidents-incident-${i}-grade option`).allTextContents();
    // A new row starts empty and counts only once its date, kind and grade are there.
    await page.fill('#q-incidents-incident-0-date', '2025-06-01');
    await page.locator('#q-incidents-incident-0-date').press('Tab');
    await page.selectOption('#q-incidents-incident-0-kind', 'safety');
    assert.deepEqual(await grades(0), ['请选择', '一般', '较大', '重大', '特别重大'], 'accident grades for a safety accident');
    await waitStored([]);
    await page.selectOption('#q-incidents-incident-0-grade', 'major');
    await waitStored([['safety', 'major']]);
    assert.deepEqual(await grades(0), ['一般', '较大', '重大', '特别重大'], 'a complete row has nothing left to choose');
    // An environmental violation has its own two grades; a grade it does not have falls back to general.
    await page.selectOption('#q-incidents-incident-0-kind', 'environment');
    await waitStored([['environment', 'general']]);
    assert.deepEqual(await grades(0), ['不属于严重违法', '严重环境违法行为']);
    await page.selectOption('#q-incidents-incident-0-grade', 'serious');
    await waitStored([['environment', 'serious']]);
    assert.equal(await page.locator('#q-incidents-incident-0-kind').inputValue(), 'environment', 'the list shows what is stored');
    // By keyboard: a new kind redraws the grades, and the focus stays on the kind.
    await page.locator('#q-incidents-incident-0-kind').focus();
    await page.keyboard.press('ArrowUp');
    await waitStored([['quality', 'general']]);
    await page.waitForFunction(() => document.activeElement?.id === 'q-incidents-incident-0-kind');
    assert.deepEqual(await grades(0), ['一般', '较大', '重大', '特别重大']);
    await page.selectOption('#q-incidents-incident-0-kind', 'environment');
    await page.selectOption('#q-incidents-incident-0-grade', 'serious');
    await waitStored([['environment', 'serious']]);

    await page.getByRole('button', { name: '添加一起事件' }).click();
    await page.locator('#q-incidents-incident-1-date').waitFor();
    await page.fill('#q-incidents-incident-1-date', '2024-03-05');
    await page.locator('#q-incidents-incident-1-date').press('Tab');
    await page.selectOption('#q-incidents-incident-1-kind', 'quality');
    await page.selectOption('#q-incidents-incident-1-grade', 'general');
    await waitStored([['environment', 'serious'], ['quality', 'general']]);
    await page.locator('fieldset.incident').first().getByRole('button', { name: '删除' }).click();
    await waitStored([['quality', 'general']]);
    assert.equal(await page.locator('fieldset.incident').count(), 1);
    assert.equal(await page.locator('#q-incidents-incident-0-kind').inputValue(), 'quality');
    assert.equal((await stored()).length, 1);
  });
});

test('a self-rating above its points is explained next to the field, kept as typed and not stored; the caret stays', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: { schemes: SHAOXING } }, async ({ page }) => {
    await page.getByRole('button', { name: '开始自评' }).click();
    await waitForStep(page, 1);
    const titles = await stepTitles(page);
    await page.locator('main nav ol.steps a', { hasText: PERFORMANCE_ZH }).click();
    await waitForStep(page, titles.indexOf(PERFORMANCE_ZH) + 1, titles.length);
    const [first] = await scoreFields(page);
    const field = page.locator(`#${first.id}`);
    const error = page.locator(`#${first.id}-error`);
    // A rating is stored under its scheme and indicator: "shaoxing-pilot-base/<indicator>".
    const key = `${SHAOXING}/${first.id.replace(/^score-/, '')}`;
    const stored = () => page.evaluate((k) => JSON.parse(localStorage.getItem('platform-readiness/draft')).data.profile.scores[k] ?? null, key);

    await field.click();
    await page.keyboard.type(String(first.weight * 2));
    await error.waitFor();
    assert.equal((await error.textContent()).trim(), `得分应在 0 到 ${first.weight} 分之间`);
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.match(await field.getAttribute('aria-describedby'), new RegExp(`${first.id}-error`));
    assert.equal(await stored(), null, 'a rating above the points is not stored');
    // Still in the field, caret at the end: more typing goes on from there.
    await page.waitForFunction((id) => document.activeElement?.id === id, first.id);
    await page.keyboard.type('5');
    assert.equal(await field.inputValue(), `${first.weight * 2}5`);
    // It holds the step like any other error: the summary lists it, linked to its field.
    await page.locator('main .actions button.primary').click();
    const summary = page.locator('#error-summary');
    await summary.waitFor();
    assert.equal(await summary.locator(`a[href="#${first.id}"]`).count(), 1, 'the summary links to the field');
    assert.match(await summary.textContent(), new RegExp(`得分应在 0 到 ${first.weight} 分之间`));
    assert.equal(new URL(page.url()).searchParams.get('page'), 'step', 'still on the step');

    // Emptied, the field has no error (an empty rating is no answer); then a good rating.
    await field.fill('');
    await error.waitFor({ state: 'detached' });
    await page.waitForFunction((id) => document.activeElement?.id === id, first.id);
    await page.keyboard.type(String(first.weight - 1));
    await page.waitForFunction(([id, v]) => JSON.parse(localStorage.getItem('platform-readiness/draft')).data.profile.scores[id] === v, [key, first.weight - 1]);
    assert.equal(await field.getAttribute('aria-invalid'), 'false');
    await summary.waitFor({ state: 'detached' });
    await page.locator('main .actions button.primary').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('page') === 'check');
  });
});
