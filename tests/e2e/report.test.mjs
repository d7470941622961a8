// The report and what leaves it: the JSON and HTML downloads, importing files, share links,
// printing, saved reports (rename, delete/undo, compare, duplicate) and accessibility.
// Run with `node --test --test-concurrency=1 tests/e2e/report.test.mjs`.
//
// Every test seeds the same answers (the autosaved draft in localStorage), so each page shows a
// mix of statuses: met, not met, answer needed, declared, not applicable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TEST_TIMEOUT, WAIT_TIMEOUT, axeCheck, waitForApp, useBrowser, withApp as withAppIn } from './harness.mjs';
import { T } from './texts.mjs';

const DRAFT_KEY = 'platform-readiness/draft';
const REPORT_PREFIX = 'platform-readiness/report/';
const NAME = '测试科技有限公司';
const SCHEMES = ['yangquan-pilot-base-2022', 'guangxi-pilot-base-2021', 'bingtuan-pilot-base', 'shaoxing-pilot-base', 'yangquan-innovation-centre-2025'];
const FACTS = {
  org_kind: { choice: 'enterprise' },
  location: { choice: 'shaoxing' },
  independent_legal_person: { yes_no: true },
  registration_date: { date: '2015-01-01' },
  operating_normally_since: { date: '2015-01-01' },
  credit_clean: { yes_no: true },
  via_host_unit: { yes_no: false },
  pilot_site_area: { number: 1500 },
  fulltime_staff: { number: 30 },
  technical_staff: { number: 10 },
  team_structure_sound: { yes_no: true },
  ethics_sensitive: { yes_no: false },
  incidents: { incidents: [] },
};

const STATUS = { met: '符合', not_met: '不符合', unknown: '待补充信息', not_applicable: '不适用', declared: '自述符合，需提供证明' };
const verdictText = (v) =>
  ({ ready: '条件已具备', gaps: '尚有差距', not_in_force: '办法不在有效期内' })[v.verdict] ??
  (v.verdict === 'not_yet'
    ? `暂不满足，最早可于 ${v.from.split('-').map(Number).map((n, i) => `${n} ${'年月日'[i]}`).join(' ')}申报`
    : v.verdict === 'no_day'
      ? '按目前情况，没有哪一天能同时满足全部条件'
      : `unknown verdict ${JSON.stringify(v)}`);

const browser = useBrowser();
let work;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'report-e2e-'));
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Opens the app, runs the body, then asserts the page stayed on its origin and raised no error. */
const withApp = (options, body) => withAppIn(browser(), options, body);

function draft({ facts = FACTS, name = NAME, schemes = SCHEMES } = {}) {
  return {
    format: 'platform-readiness/draft',
    version: 2,
    data: { schemes, profile: { assessed_on: '2026-01-01', facts, scores: {} }, step: 0, started: true, name, inputs: {} },
  };
}

/** Loads `?<query>` of the app in a full page load and waits for the app to mount. */
async function visit(app, query) {
  const u = new URL(app.url);
  u.search = `?${query}`;
  u.hash = '';
  await app.page.goto(u.href, { waitUntil: 'load' });
  await waitForApp(app.page);
}

/** Stores the answers as the autosaved draft, then opens the report of them. */
async function seedAndOpenReport(app, d = draft()) {
  await app.page.evaluate(([k, v]) => localStorage.setItem(k, v), [DRAFT_KEY, JSON.stringify(d)]);
  await visit(app, 'page=report');
  await app.page.locator('section.scheme-report').first().waitFor();
}

/** Everything the report page shows that a copy of it must repeat. */
function readReport(page) {
  return page.evaluate(() => {
    const text = (el) => (el ? el.textContent.trim() : null);
    return {
      title: text(document.querySelector('main#main h1')),
      assessedOn: text(document.querySelector('main#main h1 + p')),
      verdicts: [...document.querySelectorAll('ul.verdicts > li.verdict')].map((li) => ({
        href: li.querySelector('a')?.getAttribute('href'),
        scheme: text(li.querySelector('strong')),
        verdict: text(li.querySelector('.verdict-label')),
        detail: text(li.querySelector('.counts')),
      })),
      sections: [...document.querySelectorAll('section.scheme-report')].map((s) => ({
        id: s.id,
        name: text(s.querySelector('h2')),
        rows: [...s.querySelectorAll('table.criteria > tbody > tr')].map((tr) => ({
          summary: text(tr.cells[0]),
          status: text(tr.cells[1]),
          citation: text(tr.cells[2].querySelector('summary')),
        })),
      })),
      stamp: text(document.querySelector('p.stamp')),
    };
  });
}

/** Checks a report read by readReport() has every seeded scheme and a mix of statuses. */
function assertPlausible(report) {
  assert.equal(report.verdicts.length, SCHEMES.length, 'one verdict card per chosen scheme');
  assert.equal(report.sections.length, SCHEMES.length, 'one criteria table per chosen scheme');
  const statuses = new Set(report.sections.flatMap((s) => s.rows.map((r) => r.status)));
  for (const s of [STATUS.met, STATUS.not_met, STATUS.unknown]) assert.ok(statuses.has(s), `the seeded answers give a "${s}" row`);
  for (const s of report.sections) assert.ok(s.rows.length > 0, `${s.id} lists its criteria`);
}

/** Clicks a button that offers a file and returns the finished download. */
async function download(page, label) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label, exact: true }).click()]);
  assert.equal(await dl.failure(), null, `the download of "${label}" failed`);
  return dl;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const squash = (s) => s.replace(/\s+/g, '');

const cards = (page) => page.locator('li.card.saved');
const notice = (page) => page.locator('main#main p.notice[role=status]');

async function storedReports(page) {
  return page.evaluate((prefix) => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith(prefix)) out[k] = localStorage.getItem(k);
    }
    return out;
  }, REPORT_PREFIX);
}

async function waitForCards(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll('li.card.saved').length === n, n, { timeout: WAIT_TIMEOUT });
}

/** Waits for a status notice that reads `text` (followed by its buttons, if any). */
async function expectNotice(page, text) {
  await page.waitForFunction(
    (t) => [...document.querySelectorAll('main#main p.notice[role=status]')].some((p) => {
      const own = [...p.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
      return own.trim() === t;
    }),
    text,
    { timeout: WAIT_TIMEOUT },
  );
}

/**
 * Whether `needle` was printed: its first characters verbatim, then the rest in order within a
 * short stretch. Text in a narrow table cell wraps, and pdftotext puts the neighbouring cells'
 * lines between its lines, so a long summary is not one run of text in the extracted PDF.
 */
function printed(text, needle, stretch = 400) {
  const head = needle.slice(0, 4);
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    let i = at + head.length;
    let ok = true;
    for (const ch of needle.slice(head.length)) {
      const next = text.indexOf(ch, i);
      if (next < 0 || next - at > stretch) {
        ok = false;
        break;
      }
      i = next + 1;
    }
    if (ok) return true;
  }
  return false;
}

// ── 1. downloads ────────────────────────────────────────────────────────────

test('the JSON and HTML downloads are named after the organisation and date and repeat the report', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: 'page=start' }, async (app) => {
    const { page } = app;
    await seedAndOpenReport(app);
    const shown = await readReport(page);
    assertPlausible(shown);
    assert.equal(shown.title, `${T.reportTitle} · ${NAME}`);
    // Shown as 2026 年 12 月 1 日; files are named with the ISO date.
    const [, y, m, d] = shown.assessedOn.match(/(\d{4}) 年 (\d{1,2}) 月 (\d{1,2}) 日/) ?? [];
    assert.ok(y, `the assessment date is shown: ${shown.assessedOn}`);
    const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    assert.equal(date, await page.evaluate(() => new Date().toLocaleDateString('sv')), 'the report is assessed today');

    // JSON
    const jdl = await download(page, T.downloadJson);
    const jname = jdl.suggestedFilename();
    assert.ok(jname.endsWith('.json'), jname);
    assert.ok(jname.includes(NAME), `the JSON file name carries the organisation: ${jname}`);
    assert.ok(jname.includes(date), `the JSON file name carries the date: ${jname}`);
    const file = JSON.parse(readFileSync(await jdl.path(), 'utf8'));
    assert.equal(file.format, 'platform-readiness/report');
    assert.equal(file.version, 4);
    assert.equal(file.data.name, NAME);
    assert.deepEqual(file.data.schemes.slice().sort(), SCHEMES.slice().sort());
    assert.deepEqual(file.data.profile.facts, FACTS, 'the file keeps every answer');
    assert.equal(file.data.profile.assessed_on, date);
    const fromFile = file.data.assessment.schemes;
    assert.deepEqual(
      fromFile.map((s) => `scheme-${s.scheme}`).sort(),
      shown.sections.map((s) => s.id).sort(),
      'the file has the schemes of the page',
    );
    // The page shows the closest scheme first; the file keeps each scheme's judgement.
    assert.deepEqual(shown.verdicts.map((v) => v.href.slice(1)), shown.sections.map((s) => s.id), 'cards and sections in one order');
    for (const s of fromFile) {
      const i = shown.sections.findIndex((x) => x.id === `scheme-${s.scheme}`);
      // A scheme of another region says so instead of its verdict (the file keeps the verdict).
      const apart = shown.verdicts[i].verdict === '不适用于您所在地区';
      if (!apart) assert.equal(verdictText(s.verdict), shown.verdicts[i].verdict, `verdict of ${s.scheme}`);
      assert.match(shown.verdicts[i].detail, apart ? /^不接受您所在地区/ : /^硬性条件：|^目前不能据此申报/, `counts of ${s.scheme}: ${shown.verdicts[i].detail}`);
      assert.deepEqual(
        s.outcomes.map((o) => STATUS[o.status]),
        shown.sections[i].rows.map((r) => r.status),
        `criterion statuses of ${s.scheme}`,
      );
    }

    // HTML
    const hdl = await download(page, T.downloadHtml);
    const hname = hdl.suggestedFilename();
    assert.equal(hname, jname.replace(/\.json$/, '.html'), 'both files share one name');
    const htmlPath = join(work, 'download-report.html');
    await hdl.saveAs(htmlPath);
    const html = readFileSync(htmlPath, 'utf8');
    assert.doesNotMatch(html, /<script/i, 'the HTML report has no script');
    assert.match(html, /http-equiv="Content-Security-Policy" content="default-src 'none'/);
    for (const v of shown.verdicts) assert.ok(html.includes(escapeHtml(v.verdict)), `the HTML has the verdict "${v.verdict}"`);
    for (const s of shown.sections) {
      for (const r of s.rows) {
        assert.ok(html.includes(escapeHtml(r.summary)), `the HTML has the criterion "${r.summary}"`);
        assert.ok(html.includes(escapeHtml(r.citation)), `the HTML has the citation "${r.citation}"`);
      }
    }

    // The file opens offline, runs nothing, fetches nothing and shows the same criteria.
    const offline = await browser().newContext({ locale: 'zh-CN' });
    try {
      const fileUrl = pathToFileURL(htmlPath).href;
      const requests = [];
      const problems = [];
      offline.on('request', (r) => requests.push(r.url()));
      const viewer = await offline.newPage();
      viewer.on('pageerror', (e) => problems.push(e.message));
      viewer.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      await viewer.goto(fileUrl, { waitUntil: 'load' });
      assert.deepEqual(requests.filter((u) => u !== fileUrl), [], 'the HTML report loads nothing else');
      assert.deepEqual(problems, [], 'the HTML report raises no error');
      assert.equal(await viewer.evaluate(() => document.scripts.length), 0);
      assert.equal(await viewer.locator('h1').textContent(), NAME);
      const rendered = await viewer.evaluate(() =>
        [...document.querySelectorAll('section.scheme')].map((s) => ({
          id: s.id,
          rows: [...s.querySelectorAll('table.criteria > tbody > tr')].map((tr) => ({
            summary: tr.cells[0].textContent.trim(),
            status: tr.cells[1].textContent.trim(),
            citation: tr.cells[2].querySelector('summary').textContent.trim(),
          })),
        })),
      );
      assert.deepEqual(rendered, shown.sections.map(({ id, rows }) => ({ id, rows })), 'the HTML report shows the same criteria and statuses');
      const some = shown.sections.flatMap((s) => s.rows).filter((_, i) => i % 9 === 0);
      for (const r of some) assert.ok(await viewer.locator('table.criteria td.criterion').getByText(r.summary, { exact: true }).first().isVisible(), `"${r.summary}" is visible`);
    } finally {
      await offline.close();
    }
  });
});

// ── 2. import ───────────────────────────────────────────────────────────────

test('an imported JSON file opens as the same report; bad files are refused with their message', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: 'page=start' }, async (app) => {
    const { page } = app;
    await seedAndOpenReport(app);
    const original = await readReport(page);
    assertPlausible(original);
    const dl = await download(page, T.downloadJson);
    const jsonPath = join(work, dl.suggestedFilename());
    await dl.saveAs(jsonPath);
    const jsonText = readFileSync(jsonPath, 'utf8');

    await visit(app, 'page=reports');
    await waitForCards(page, 0);
    await page.setInputFiles('#import-file', jsonPath);
    await expectNotice(page, T.importDone);
    await waitForCards(page, 1);
    const before = await storedReports(page);
    assert.equal(Object.keys(before).length, 1, 'one report is stored');

    await cards(page).first().getByRole('button', { name: T.open, exact: true }).click();
    await page.locator('section.scheme-report').first().waitFor();
    assert.match(page.url(), /[?&]page=report&id=/);
    assert.deepEqual(await readReport(page), original, 'the imported report shows what the original page showed');

    await visit(app, 'page=reports');
    await waitForCards(page, 1);
    const bad = [
      ['not JSON', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('这不是 JSON，只是一段文字。\n') }, T.importNotJson],
      ['another format', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'some-other-app/export', version: 1, data: {} })) }, T.importForeign],
      ['version 99', { name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...JSON.parse(jsonText), version: 99 })) }, T.importNewer],
      ['over 1 MB', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(jsonText + ' '.repeat(1024 * 1024 + 1)) }, T.importTooLarge],
    ];
    for (const [what, file, message] of bad) {
      await page.setInputFiles('#import-file', file);
      await expectNotice(page, message);
      assert.equal(await cards(page).count(), 1, `still one saved report after importing a file that is ${what}`);
      assert.deepEqual(await storedReports(page), before, `the stored reports are untouched after importing a file that is ${what}`);
    }
    // And after a reload the report is still there and still opens.
    await visit(app, 'page=reports');
    await waitForCards(page, 1);
    await cards(page).first().getByRole('button', { name: T.open, exact: true }).click();
    await page.locator('section.scheme-report').first().waitFor();
    assert.deepEqual(await readReport(page), original);
  });
});

// ── 3. share link ───────────────────────────────────────────────────────────

test('the share link opens the same report in a fresh browser(), which can save it; a damaged link is refused', { timeout: TEST_TIMEOUT }, async () => {
  let link;
  let original;
  await withApp({ query: 'page=start' }, async (app) => {
    await seedAndOpenReport(app);
    original = await readReport(app.page);
    assertPlausible(original);
    link = await app.page.inputValue('#share-link');
    assert.equal(await app.page.locator('#share-link').getAttribute('readonly'), '');
    // Copying says so in a status region, once the clipboard has the link.
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await app.page.getByRole('button', { name: '复制链接' }).click();
    const status = app.page.getByRole('status').filter({ hasText: '链接已复制' });
    await status.waitFor();
    assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), link, 'the clipboard holds the link');
  });
  assert.match(link, /\?page=report#p=v4\.[A-Za-z0-9_-]+$/, `the share link: ${link}`);

  // A new context: its own, empty storage.
  await withApp({ query: 'page=reports' }, async (app) => {
    const { page } = app;
    assert.ok(link.startsWith(new URL(app.url).origin), 'the link points at the app it came from');
    assert.equal(await cards(page).count(), 0, 'the fresh browser() has no saved reports');
    await page.goto(link, { waitUntil: 'load' });
    await waitForApp(page);
    await page.locator('section.scheme-report').first().waitFor();
    assert.equal((await page.locator('main#main p.notice').first().textContent()).trim(), T.sharedNotice);
    const shared = await readReport(page);
    assert.equal(shared.title, T.reportTitle, 'the link carries no name');
    assert.equal(shared.assessedOn, original.assessedOn);
    assert.deepEqual(shared.verdicts, original.verdicts, 'same verdicts');
    assert.deepEqual(shared.sections, original.sections, 'same criteria and statuses');
    assert.equal(shared.stamp, original.stamp, 'same stamp');
    const facts = await page.evaluate((k) => JSON.parse(localStorage.getItem(k))?.data?.profile?.facts ?? {}, DRAFT_KEY);
    assert.deepEqual(facts, {}, 'opening a link leaves this browser’s own answers alone');

    await page.getByRole('button', { name: T.save, exact: true }).click();
    await expectNotice(page, T.saved);
    await page.locator('header.site-header').getByRole('link', { name: T.savedReports }).click();
    await waitForCards(page, 1);
    assert.match(await cards(page).first().locator('.card-title').textContent(), new RegExp(`^${T.untitled} · \\d{4}-\\d{2}-\\d{2}$`));
    await cards(page).first().getByRole('button', { name: T.open, exact: true }).click();
    await page.locator('section.scheme-report').first().waitFor();
    const reopened = await readReport(page);
    assert.deepEqual(reopened.sections, original.sections, 'the saved copy keeps the statuses');
    assert.deepEqual(reopened.verdicts, original.verdicts);

    // Damaged links: the message, the report of this browser's own answers, no crash.
    const origin = new URL(app.url).origin;
    for (const [fragment, reason] of [['#p=v2.garbage!!', T.shareBadBase64], ['#p=v9.e30', T.shareUnknownVersion]]) {
      // Each link is opened by a full page load (see the test of links opened in the same tab).
      await visit(app, 'page=reports');
      await page.goto(`${origin}/?page=report${fragment}`, { waitUntil: 'load' });
      await waitForApp(page);
      const alert = page.locator('main#main [role=alert]');
      await alert.waitFor();
      const said = (await alert.textContent()).trim();
      assert.ok(said.startsWith(T.sharedBroken), `the broken-link message: ${said}`);
      assert.ok(said.includes(reason), `the reason for ${fragment}: ${said}`);
      assert.equal(await page.locator('main#main h1').textContent(), T.reportTitle, 'the page still shows a report');
      assert.equal(await page.locator('main#main p.notice', { hasText: T.sharedNotice }).count(), 0);
    }
    await visit(app, 'page=reports');
    await waitForCards(page, 1);
  });
});

// A link that differs only after the `#` is a same-document navigation: the report page must
// follow the fragment, not read it once.
test('a second share link opened in the same tab shows its own report', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: 'page=start' }, async (app) => {
    const { page } = app;
    const areaStatus = () => page.evaluate(() =>
      [...document.querySelectorAll('#scheme-bingtuan-pilot-base tbody tr')].find((tr) => tr.cells[0].textContent.includes('2000 m²')).cells[1].textContent.trim());
    await seedAndOpenReport(app);
    const linkA = await page.inputValue('#share-link');
    await seedAndOpenReport(app, draft({ facts: { ...FACTS, pilot_site_area: { number: 2500 } } }));
    const linkB = await page.inputValue('#share-link');
    assert.notEqual(linkA, linkB);
    await visit(app, 'page=reports');
    await page.goto(linkA, { waitUntil: 'load' });
    await waitForApp(page);
    assert.equal(await areaStatus(), STATUS.not_met, 'link A: 1500 m²');
    await page.goto(linkB, { waitUntil: 'load' });
    assert.equal(await areaStatus(), STATUS.met, 'link B, opened in the same tab: 2500 m²');
  });
});

// ── 4. print ────────────────────────────────────────────────────────────────

test('the printed report hides the controls and keeps every citation', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: 'page=start' }, async (app) => {
    const { page } = app;
    await seedAndOpenReport(app);
    const shown = await readReport(page);
    assertPlausible(shown);
    assert.ok(await page.getByRole('button', { name: T.print, exact: true }).isVisible(), 'a print button on screen');

    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.site-footer', '.skip-link', '.actions', '.share'].map((sel) => {
        const all = [...document.querySelectorAll(sel)];
        return [sel, all.length, all.filter((el) => getComputedStyle(el).display !== 'none').length];
      }),
    );
    for (const [sel, count, shownCount] of hidden) {
      assert.ok(count > 0, `${sel} exists`);
      assert.equal(shownCount, 0, `${sel} is hidden in print`);
    }
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.querySelector('section.scheme-report table')).display), 'none');

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pdfPath = join(work, 'report.pdf');
    writeFileSync(pdfPath, pdf);
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }));
    assert.ok(text.includes(squash(shown.title)), 'the title is printed');
    const citations = [...new Set(shown.sections.flatMap((s) => s.rows.map((r) => r.citation)))];
    for (const c of citations) assert.ok(text.includes(squash(c)), `the citation "${c}" is printed`);
    for (const v of new Set(shown.verdicts.map((v) => v.verdict))) assert.ok(text.includes(squash(v)), `the verdict "${v}" is printed`);
    for (const s of shown.sections) assert.ok(text.includes(squash(s.name)), `the scheme "${s.name}" is printed`);
    // Every criterion: those met are in no action list, so they can only come from the tables.
    const rows = shown.sections.flatMap((s) => s.rows);
    assert.ok(rows.filter((r) => r.status === STATUS.met).length >= 3, 'several met criteria to look for');
    for (const r of rows) assert.ok(printed(text, squash(r.summary)), `the criterion "${r.summary}" is printed`);
    for (const s of new Set(rows.map((r) => r.status))) assert.ok(text.includes(squash(s)), `the status "${s}" is printed`);
    for (const control of [T.save, T.downloadJson, '分享链接', '复制链接', T.savedReports]) {
      assert.ok(!text.includes(squash(control)), `"${control}" is not printed`);
    }
    await page.emulateMedia({ media: 'screen' });
  });
});

// ── 5. saved reports ────────────────────────────────────────────────────────

test('saved reports survive reloads, delete and undo, rename, compare and duplicate', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: 'page=start' }, async (app) => {
    const { page } = app;
    const save = async () => {
      await page.getByRole('button', { name: T.save, exact: true }).click();
      await expectNotice(page, T.saved);
    };
    const areaRow = (report) => report.sections.find((s) => s.id === 'scheme-bingtuan-pilot-base').rows.find((r) => r.summary.includes('2000 m²'));

    await seedAndOpenReport(app);
    const first = await readReport(page);
    assert.equal(areaRow(first).status, STATUS.not_met, '1500 m² is short of 2000 m²');
    await save();

    // Change one answer through the wizard: the area, from the check page's Change link.
    await visit(app, 'page=check');
    await page.locator('a[href*="#q-pilot_site_area"]').click();
    const area = page.locator('#q-pilot_site_area');
    await area.waitFor();
    await area.fill('2500');
    await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).data.profile.facts.pilot_site_area?.number === 2500, DRAFT_KEY);
    await visit(app, 'page=report');
    const second = await readReport(page);
    assert.equal(areaRow(second).status, STATUS.met, '2500 m² meets 2000 m²');
    await save();

    await visit(app, 'page=reports');
    await waitForCards(page, 2);
    const stored = await storedReports(page);
    assert.equal(Object.keys(stored).length, 2);

    // Delete the newest, undo, still two (also after a reload).
    await cards(page).first().getByRole('button', { name: T.delete, exact: true }).click();
    await waitForCards(page, 1);
    await expectNotice(page, T.deleted);
    await notice(page).getByRole('button', { name: T.undo, exact: true }).click();
    await waitForCards(page, 2);
    assert.deepEqual(await storedReports(page), stored, 'undo restores the report as it was');
    await visit(app, 'page=reports');
    await waitForCards(page, 2);

    // Rename the older one (listed second: newest first) with the browser's prompt.
    const older = cards(page).nth(1);
    let asked;
    page.once('dialog', (d) => {
      asked = { type: d.type(), message: d.message(), value: d.defaultValue() };
      return d.accept('新名字');
    });
    await older.getByRole('button', { name: T.rename, exact: true }).click();
    await page.waitForFunction(() => document.querySelectorAll('li.card.saved .card-title')[1]?.textContent.startsWith('新名字 · '));
    assert.equal(asked?.type, 'prompt');
    assert.equal(asked.value, NAME, 'the prompt offers the current name');
    await visit(app, 'page=reports');
    await waitForCards(page, 2);
    const titles = await cards(page).locator('.card-title').allTextContents();
    assert.match(titles[0], new RegExp(`^${NAME} · `));
    assert.match(titles[1], /^新名字 · /, 'the new name survives a reload');

    // The list comes before the import; each card's compare toggle is labelled where it is
    // seen; 打开 is the card's main action; the import is a button-styled label over a file
    // input that the keyboard reaches.
    const [listY, importY] = await Promise.all([cards(page).first().boundingBox(), page.locator('label[for="import-file"]').boundingBox()]);
    assert.ok(listY.y < importY.y, 'the saved reports come first');
    assert.ok(await page.locator('label[for="import-file"]').evaluate((l) => l.classList.contains('button')), 'the import looks like a button');
    await page.locator('#import-file').focus();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'import-file', 'the file input takes the focus');
    const toggle = cards(page).nth(1).getByLabel('对比', { exact: true });
    assert.ok(await toggle.isVisible(), 'the compare toggle is visible');
    assert.ok(await cards(page).nth(1).locator('label.compare').isVisible(), 'and so is its label');
    assert.ok(await cards(page).nth(1).getByRole('button', { name: T.open, exact: true }).evaluate((b) => b.classList.contains('primary')), '打开 is the main action');

    // Compare the two.
    await cards(page).nth(1).getByRole('checkbox').check();
    assert.equal(await page.getByRole('heading', { name: T.compareTitle }).count(), 0, 'no comparison with one report chosen');
    await cards(page).nth(0).getByRole('checkbox').check();
    await page.getByRole('heading', { name: T.compareTitle }).waitFor();
    const table = page.locator('main#main section.comparison > table');
    const heads = (await table.locator('thead th').allTextContents()).map((t) => t.trim());
    assert.deepEqual(heads.slice(1, 3), ['新名字', NAME], 'the columns are the two reports, in the order chosen');
    const bingtuan = table.locator('tbody tr', { has: page.locator('th', { hasText: '兵团' }) });
    const diff = await bingtuan.locator('td').nth(2).textContent();
    assert.ok(diff.includes(`${STATUS.not_met} → ${STATUS.met}`), `the area criterion changed: ${diff}`);
    assert.ok(diff.includes('2000 m²'), diff);
    assert.equal(await table.locator('tbody tr').count(), SCHEMES.length);

    // Duplicate the older one (1500 m²) as a new assessment: the check page with its answers.
    await cards(page).nth(1).getByRole('button', { name: T.duplicate, exact: true }).click();
    await page.waitForURL(/[?&]page=check/);
    await page.waitForFunction((t) => document.querySelector('main#main h1')?.textContent === t, T.checkTitle);
    const answer = page.locator('dl.answers dt', { hasText: '中试场地及配套设施面积' }).locator('xpath=following-sibling::dd[1]');
    assert.equal((await answer.textContent()).trim(), '1500 m²');
    const d = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).data, DRAFT_KEY);
    assert.deepEqual(d.profile.facts, FACTS, 'the draft holds the copied answers');
    assert.equal(d.name, '新名字');
    // The draft under way was saved first: both saved reports and the replaced draft are kept.
    assert.equal(Object.keys(await storedReports(page)).length, 3, 'duplicating keeps both saved reports and saves the draft it replaced');
  });
});

// ── 6. accessibility ────────────────────────────────────────────────────────

test('axe-core finds no violations on the report and the saved-reports pages', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({ query: 'page=start' }, async (app) => {
    const { page } = app;
    await seedAndOpenReport(app);
    await axeCheck(page, 'the report page');
    await page.getByRole('button', { name: T.save, exact: true }).click();
    await expectNotice(page, T.saved);
    await page.getByRole('button', { name: T.save, exact: true }).click();
    await axeCheck(page, 'the report page with its saved notice');

    await visit(app, 'page=reports');
    await waitForCards(page, 2);
    await cards(page).nth(0).getByRole('checkbox').check();
    await cards(page).nth(1).getByRole('checkbox').check();
    await page.getByRole('heading', { name: T.compareTitle }).waitFor();
    await axeCheck(page, 'the saved-reports page with a comparison');

    await cards(page).first().getByRole('button', { name: T.open, exact: true }).click();
    await page.locator('section.scheme-report').first().waitFor();
    await axeCheck(page, 'a saved report');
  });
});

// ── The report's own texts, fetched when a report is first shown ────────────────────────────

test('the schemes\' texts are not part of the first load; the other pages wait for them and say so when they fail', { timeout: TEST_TIMEOUT }, async () => {
  const textsFile = (u) => /\/texts-[0-9a-f]{16}\.txt$/.test(new URL(u).pathname);
  await withApp({}, async (app) => {
    // What the page itself asks for (the service worker keeps every file for offline use in the
    // background; that is not the page's load).
    const asked = [];
    app.page.on('request', (req) => {
      if (!req.serviceWorker()) asked.push(req.url());
    });
    await app.page.reload({ waitUntil: 'load' });
    await waitForApp(app.page);
    await app.page.waitForTimeout(500);
    assert.ok(asked.some((u) => /_bg\.wasm$/.test(u)), 'the page loads its wasm');
    assert.equal(asked.filter(textsFile).length, 0, 'the start page does not fetch the report texts');
    // The header's and the start page's words are built in; the other pages' words come with the texts.
    assert.equal(await app.page.getByRole('button', { name: T.start, exact: true }).count(), 1, 'the start button has its words');
    assert.equal(await app.page.getByRole('link', { name: '已保存的报告', exact: true }).count(), 1, 'the header has its words');
    await seedAndOpenReport(app);
    assert.equal(asked.filter(textsFile).length, 1, 'opening a report fetches them once');
    // A criterion's note, a cited list and the quote of a criterion come from that file.
    const body = await app.page.locator('section.scheme-report').first().textContent();
    assert.ok(body.includes('申报程序'), 'the cited lists are shown');
    assert.ok((await app.page.locator('section.scheme-report h3 + ol li').count()) > 0, 'with their entries');
    const notes = await app.page.locator('section.scheme-report td p.note').count();
    assert.ok(notes > 0, 'criterion notes are shown');
    const quotes = await app.page.locator('section.scheme-report td .quote').allTextContents();
    assert.ok(quotes.length > 0 && quotes.every((q) => q.trim().length > 0), 'every criterion quotes its sentence');
  });
  await withApp({}, async (app) => {
    // The file cannot be fetched: the report says why instead of showing a report without notes.
    // (Without the service worker's copy, which would answer instead of the network.)
    await app.page.evaluate(async () => {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      for (const k of await caches.keys()) await caches.delete(k);
    });
    await app.page.route(textsFile, (route) => route.abort('failed'));
    await seedAndOpenReportWithoutBody(app);
    await app.page.getByText('各办法的条文和问题未能加载，本页暂无法显示。请检查网络后刷新页面；已填写的信息不受影响。').waitFor();
    assert.equal(await app.page.locator('section.scheme-report').count(), 0, 'no report body without its texts');
    assert.equal(await app.page.getByRole('link', { name: '已保存的报告', exact: true }).count(), 1, 'the header keeps its words');
    assert.equal(await app.page.getByRole('button', { name: T.downloadHtml }).count(), 0, 'no download of a report without its texts');
    const stored = await app.page.evaluate((k) => localStorage.getItem(k), DRAFT_KEY);
    assert.equal(JSON.parse(stored).data.name, NAME, 'the answers are untouched');
    // The browser logs the refused fetch itself; that one error is the point of this test.
    const expected = (e) => /Failed to load resource.*texts-[0-9a-f]{16}\.txt/.test(e);
    assert.ok(app.errors.some(expected), 'the fetch was refused');
    app.errors.splice(0, app.errors.length, ...app.errors.filter((e) => !expected(e)));
  });
});

async function seedAndOpenReportWithoutBody(app, d = draft()) {
  await app.page.evaluate(([k, v]) => localStorage.setItem(k, v), [DRAFT_KEY, JSON.stringify(d)]);
  // Not waitForApp: a page that cannot show has no heading to wait for.
  const u = new URL(app.url);
  u.search = '?page=report';
  u.hash = '';
  await app.page.goto(u.href, { waitUntil: 'load' });
}
