// Embedding on a bureau's site: the app in an iframe of a host page on another origin
// (public/embed-demo.html with public/embed.js), its compact chrome and chosen schemes, the
// height messages, the completion message sent only when the applicant clicks to share it,
// storage that the frame may not use, bad link parameters, and accessibility. Run with `node --test --test-concurrency=1 tests/e2e/embed.test.mjs`.
//
// Two servers, two origins: APP serves the build (dist/, or E2E_DIST), HOST serves its public/
// folder, so embed.js and embed-demo.* are same-origin with the host page, as on a bureau's site.
// Requests to any other origin fail the test. The app is served with the headers README and
// docs/embedding.md tell deployers to send (CSP with frame-ancestors naming the embedding pages);
// the host pages, a bureau's own, get none of the tool's headers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, TEST_TIMEOUT, WAIT_TIMEOUT, launch, openContext, axeCheck, waitForApp } from './harness.mjs';
import { startServer, cspHeader } from './server.mjs';

const SHAOXING = 'shaoxing-pilot-base';
const YQ2025 = 'yangquan-innovation-centre-2025';
const CHOSEN = [SHAOXING, YQ2025];
const ALL = ['yangquan-pilot-base-2022', 'guangxi-pilot-base-2021', 'bingtuan-pilot-base', SHAOXING, YQ2025];
const VERDICTS = ['ready', 'gaps', 'not-yet', 'not-in-force'];
const DRAFT_KEY = 'platform-readiness/draft';

// The app's words (src/i18n/mod.rs).
const STORAGE_BLOCKED = '此浏览器不允许本页保存数据，答案只保存在当前页面中；关闭前请下载报告。';
const SHARE = '把结论发送给该网站';
const shareHint = (o) => `本工具嵌在 ${o} 的网页中。点击下面的按钮，该网页才会收到各办法的结论（不含您填写的内容）。`;
const shared = (o) => `已把结论发送给 ${o}。`;
const APP_NAME_EN = 'Innovation platform readiness check';

/** Answers with figures that must never leave the frame (distinctive, so a leak is visible). */
const FIGURES = { pilot_site_area: 4321, fulltime_staff: 37, technical_staff: 29 };
const SEEDED = {
  format: 'platform-readiness/draft',
  version: 1,
  data: {
    schemes: CHOSEN,
    profile: {
      assessed_on: '2026-01-01',
      facts: {
        org_kind: { choice: 'enterprise' },
        location: { choice: 'shaoxing' },
        independent_legal_person: { yes_no: true },
        registration_date: { date: '2013-07-19' },
        pilot_site_area: { number: FIGURES.pilot_site_area },
        fulltime_staff: { number: FIGURES.fulltime_staff },
        technical_staff: { number: FIGURES.technical_staff },
      },
      scores: {},
    },
    step: 0,
    started: true,
    name: '嵌入测试有限公司',
    inputs: {},
  },
};

const origin = (srv) => new URL(srv.url).origin;

let browser;
let app; // the app's server (dist/, or E2E_DIST)
let host; // the bureau's host page (dist/public/)
let third; // a page on an origin that is never named as parent= (a folder of its own, written below)
let thirdDir;

before(async () => {
  const bureau = { 'Content-Security-Policy': null, 'Cache-Control': 'no-cache' };
  host = await startServer(join(DIST, 'public'), 0, bureau);
  thirdDir = mkdtempSync(join(tmpdir(), 'embed-e2e-'));
  third = await startServer(thirdDir, 0, bureau);
  app = await startServer(DIST, 0, { 'Content-Security-Policy': cspHeader([origin(host), origin(third)]) });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await third?.close();
  await host?.close();
  await app?.close();
  if (thirdDir) rmSync(thirdDir, { recursive: true, force: true });
});

/** The demo host page's URL: `app` is the app's URL (its query is kept), then the demo's own parameters. */
function demoUrl({ appQuery = '', ...params } = {}) {
  const u = new URL('embed-demo.html', host.url);
  u.searchParams.set('app', app.url + (appQuery ? `?${appQuery}` : ''));
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.href;
}

/**
 * Opens a context allowed to reach the app's and the host's origins (plus `extraOrigins`), runs
 * the body, then asserts nothing left those origins and no page or frame raised an error.
 */
async function withContext({ extraOrigins = [], ...options }, body) {
  const ctx = await openContext(browser, { origins: [app.url, host.url, ...extraOrigins], ...options });
  try {
    await body(ctx);
    ctx.assertNoForeignRequests();
    ctx.assertNoPageErrors();
  } finally {
    await ctx.close();
  }
}

/** Opens the demo host page and waits for the app to mount in its iframe; returns the Frame. */
async function openDemo(page, params) {
  await page.goto(demoUrl(params), { waitUntil: 'load' });
  return mountedFrame(page, '#tool');
}

async function mountedFrame(page, selector) {
  const handle = await page.locator(selector).elementHandle();
  let frame = await handle.contentFrame();
  // The demo sets the src from a script: wait until the frame shows the app, not about:blank.
  const deadline = Date.now() + WAIT_TIMEOUT;
  while (!frame.url().startsWith(app.url) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    frame = await handle.contentFrame();
  }
  await waitForApp(frame);
  return frame;
}

/**
 * Waits until the host has sized the iframe to the app's content and the size holds still;
 * returns { style, box, scrollHeight, content } (the iframe's style height, its bounding box
 * height on the host page, the frame document's scrollHeight and the content's own height).
 */
async function settledHeight(page, frame) {
  const read = async () => {
    const style = await page.locator('#tool').evaluate((el) => parseFloat(el.style.height) || 0);
    const box = (await page.locator('#tool').boundingBox()).height;
    const inner = await frame.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    }));
    return { style, box, ...inner };
  };
  const deadline = Date.now() + 10_000;
  let last = null;
  let now = await read();
  while (Date.now() < deadline) {
    const fits = Math.abs(now.style - now.content) <= 3 && Math.abs(now.style - now.scrollHeight) <= 3;
    if (fits && last && last.style === now.style && last.content === now.content) return now;
    last = now;
    await page.waitForTimeout(150);
    now = await read();
  }
  assert.fail(`the iframe was not sized to the app's content: ${JSON.stringify(now)}`);
}

test('the iframe shows only the chosen schemes, in compact chrome, in the given language', { timeout: TEST_TIMEOUT }, async () => {
  await withContext({}, async ({ page }) => {
    const frame = await openDemo(page, { schemes: CHOSEN.join(','), lang: 'en' });
    // The iframe's src is the app with embed=1 and the host's origin as parent=.
    const src = new URL(await page.locator('#tool').getAttribute('src'));
    assert.equal(src.origin, origin(app));
    assert.equal(src.searchParams.get('embed'), '1');
    assert.equal(src.searchParams.get('parent'), origin(host));

    const ids = await frame.locator('main#main input[type=checkbox]').evaluateAll((els) => els.map((e) => e.id));
    assert.deepEqual(ids.sort(), CHOSEN.map((s) => `scheme-${s}`).sort(), 'exactly the chosen schemes are offered');
    for (const box of await frame.locator('main#main input[type=checkbox]').all()) assert.ok(await box.isChecked(), 'the chosen schemes are preselected');

    // Compact chrome: no footer, a plain header bar (not filled with the accent colour).
    assert.equal(await frame.locator('footer.site-footer').isVisible(), false, 'the footer is hidden');
    const header = await frame.locator('header.site-header').evaluate((h) => ({ embedded: h.classList.contains('embedded'), bg: getComputedStyle(h).backgroundColor }));
    assert.ok(header.embedded, 'the header is in its embedded form');
    assert.equal(header.bg, 'rgba(0, 0, 0, 0)', 'the embedded header has no coloured background');

    // The given language.
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
    assert.equal((await frame.locator('main#main h1').textContent()).trim(), APP_NAME_EN);
    assert.ok(!/[\u4e00-\u9fff]/.test(await frame.locator('.cards .card-title').first().textContent()), 'scheme names are in English');
  });
});

test("a bureau's own schemes: the opening names them; one scheme alone has no checkbox", { timeout: TEST_TIMEOUT }, async () => {
  await withContext({}, async ({ page }) => {
    const frame = await openDemo(page, { schemes: YQ2025 });
    const lead = (await frame.locator('main#main p.lead').textContent()).trim();
    assert.ok(lead.startsWith('对照《阳泉市技术创新中心认定管理办法》，逐条检查申报条件'), lead);
    const opening = await frame.locator('main#main').textContent();
    for (const general of ['对照中试基地和技术创新中心', '默认全选', '也供科技局嵌入']) assert.ok(!opening.includes(general), `no "${general}" in a bureau's embed`);
    assert.equal(await frame.locator('main#main input[type=checkbox]').count(), 0, 'one scheme: no checkbox to untick');
    assert.equal((await frame.locator('main#main .cards .card-title').textContent()).trim(), '阳泉市技术创新中心认定管理办法');
    await frame.locator('main#main .actions button.primary').click();
    await frame.locator('main#main .progress').waitFor();
    assert.match(new URL(frame.url()).search, /page=step&step=1/, 'the one scheme is checked');
  });
  await withContext({}, async ({ page }) => {
    const frame = await openDemo(page, { schemes: CHOSEN.join(',') });
    const lead = (await frame.locator('main#main p.lead').textContent()).trim();
    assert.ok(lead.startsWith('对照《关于加快推进绍兴市') && lead.includes('》、《阳泉市技术创新中心认定管理办法》'), lead);
    assert.equal(await frame.locator('main#main input[type=checkbox]').count(), 2, 'two schemes: each can be unticked');
    assert.ok(!(await frame.locator('#scheme-hint').textContent()).includes('默认全选'));
  });
});

test('the iframe follows the height of the app as its content grows and shrinks; each new page asks the host to show its top', { timeout: TEST_TIMEOUT }, async () => {
  await withContext({}, async ({ page }) => {
    // The host page records what the frame tells it about pages.
    await page.addInitScript(() => {
      window.pageMessages = 0;
      window.addEventListener('message', (e) => {
        if (e.data?.source === 'platform-readiness' && e.data?.type === 'page') window.pageMessages += 1;
      });
    });
    const frame = await openDemo(page, { schemes: CHOSEN.join(',') });
    const start = await settledHeight(page, frame);
    assert.equal(await page.evaluate(() => window.pageMessages), 0, 'no page message for the first page');
    assert.ok(Math.abs(start.box - start.style) <= 3, `the iframe's box follows its style height: ${JSON.stringify(start)}`);

    // Start → step 1, a long page of questions.
    await frame.locator('main#main .actions button.primary').click();
    await frame.locator('main#main .progress').waitFor();
    const step = await settledHeight(page, frame);
    assert.ok(step.style > start.style + 200, `the iframe grew for the long step: ${start.style} → ${step.style}`);
    assert.ok(Math.abs(step.box - step.style) <= 3, `the iframe's box follows its style height: ${JSON.stringify(step)}`);
    assert.equal(await page.evaluate(() => window.pageMessages), 1, 'a page message for step 1');

    // Scrolled down to the end of the long step, the host shows the frame's top for the next page.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    assert.ok((await page.locator('#tool').evaluate((f) => f.getBoundingClientRect().top)) < 0, "the frame's top is out of sight");
    await frame.locator('main#main .actions button.primary').click();
    await frame.locator('main#main .progress p', { hasText: '2 /' }).waitFor();
    await page.waitForFunction(() => window.pageMessages === 2);
    await page.waitForFunction(() => Math.abs(document.querySelector('#tool').getBoundingClientRect().top) <= 2, null, { timeout: WAIT_TIMEOUT });
    await frame.locator('main#main .actions button').first().click();
    await frame.locator('main#main .progress p', { hasText: '1 /' }).waitFor();
    await settledHeight(page, frame);

    // Opening a "which criteria use this" panel grows it a little more.
    await frame.locator('main#main details.used-by > summary').first().click();
    const opened = await settledHeight(page, frame);
    assert.ok(opened.style > step.style, `the iframe grew when a panel opened: ${step.style} → ${opened.style}`);

    // Back to the shorter start page: the iframe shrinks again.
    await frame.locator('main#main .actions button').first().click();
    await frame.locator('main#main .cards').waitFor();
    const back = await settledHeight(page, frame);
    assert.ok(back.style < step.style - 200, `the iframe shrank back for the start page: ${step.style} → ${back.style}`);
    assert.ok(Math.abs(back.style - start.style) <= 3, `the start page has its first height again: ${start.style} vs ${back.style}`);
  });
});

test('the completion event reaches the named host only when the applicant sends it, with ids and verdicts only, and no other origin', { timeout: TEST_TIMEOUT }, async () => {
  const seed = ({ appOrigin, key, value }) => {
    if (location.origin === appOrigin) localStorage.setItem(key, value);
  };
  const initArg = { appOrigin: origin(app), key: DRAFT_KEY, value: JSON.stringify(SEEDED) };

  // The host named as parent= gets the event, through embed.js, in #events.
  await withContext({ initScript: seed, initArg }, async ({ page }) => {
    const frame = await openDemo(page, { schemes: CHOSEN.join(','), appQuery: 'page=report' });
    await frame.locator('section.scheme-report').first().waitFor();
    const shown = await frame.locator('ul.verdicts > li.verdict').evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.querySelector('a').getAttribute('href').replace('#scheme-', ''),
        verdict: [...li.classList].find((c) => c !== 'verdict'),
      })),
    );
    assert.deepEqual(shown.map((s) => s.id), CHOSEN, 'the report is of the chosen schemes');

    // Nothing is sent before the applicant chooses to: the report says who would receive it.
    const share = frame.locator('.notice', { has: frame.getByRole('button', { name: SHARE }) });
    await share.waitFor();
    assert.equal((await share.locator('#embed-share-hint').textContent()).trim(), shareHint(origin(host)));
    await page.waitForTimeout(1_000);
    assert.equal((await page.locator('#events').textContent()).trim(), '', 'no event without the click');
    await frame.getByRole('button', { name: SHARE }).click();
    await frame.locator('.notice p[role=status]', { hasText: shared(origin(host)) }).waitFor();
    // The focus goes back to the button once the notice is drawn again (the next frame).
    await frame.waitForFunction(() => document.activeElement?.id === 'embed-share', null, { timeout: 5_000 }).catch(() => {});
    assert.equal(await frame.evaluate(() => document.activeElement?.id), 'embed-share', 'the focus stays on the button');

    await page.waitForFunction(() => document.getElementById('events').textContent.trim() !== '', null, { timeout: WAIT_TIMEOUT });
    const text = await page.locator('#events').textContent();
    const events = text.trim().split('\n').map((line) => JSON.parse(line));
    for (const e of events) {
      assert.deepEqual(Object.keys(e), ['schemes'], `the event carries the schemes only: ${JSON.stringify(e)}`);
      for (const s of e.schemes) {
        assert.deepEqual(Object.keys(s).sort(), ['id', 'verdict'], `each scheme is an id and a verdict: ${JSON.stringify(s)}`);
        assert.ok(VERDICTS.includes(s.verdict), `a known verdict word: ${s.verdict}`);
      }
    }
    assert.equal(events.length, 1, 'one click, one event');
    assert.deepEqual(events.at(-1).schemes, shown, 'the event has the verdicts the report shows');
    for (const id of CHOSEN) assert.ok(text.includes(id), `#events names ${id}`);
    // No figure from the answers, no date, no name, no readiness percentage: no digits at all
    // apart from those in the scheme ids.
    const withoutIds = CHOSEN.reduce((t, id) => t.replaceAll(id, ''), text);
    assert.ok(!/\d/.test(withoutIds), `the event carries no figures: ${text}`);
    for (const n of Object.values(FIGURES)) assert.ok(!text.includes(String(n)), `the event does not carry ${n}`);
    assert.ok(!text.includes(SEEDED.data.name), 'the event does not carry the applicant name');
  });

  // A page on a third origin frames the app three times: naming the demo host as parent=, naming
  // no parent, and naming itself. It hears heights from the second (sent to "*") and from the
  // third, and no completion at all: not from the first even after the applicant's click (it goes
  // only to the origin named), not from the second (no parent, no button), and not from the one
  // naming the page itself, which without the applicant's click sends nothing.
  // (A real server, not a fulfilled route: Chromium treats a routed document as public and
  // would block its frames on 127.0.0.1 as a private-network request.)
  const thirdPage = new URL('host.html', third.url).href;
  const named = `${app.url}?page=report&embed=1&schemes=${CHOSEN.join(',')}&parent=${encodeURIComponent(origin(host))}`;
  const unnamed = `${app.url}?page=report&embed=1&schemes=${CHOSEN.join(',')}`;
  const itself = `${app.url}?page=report&embed=1&schemes=${CHOSEN.join(',')}&parent=${encodeURIComponent(origin(third))}`;
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>third</title>
    <script>window.heard = []; addEventListener('message', (e) => window.heard.push({ from: ['named', 'unnamed', 'itself'].find((id) => e.source === document.getElementById(id).contentWindow) || 'other', origin: e.origin, data: e.data }));</script>
    </head><body><main><iframe id="named" title="named" src="${named}"></iframe><iframe id="unnamed" title="unnamed" src="${unnamed}"></iframe><iframe id="itself" title="itself" src="${itself}"></iframe></main></body></html>`;
  const mismatch = (t) => t.includes("Failed to execute 'postMessage' on 'DOMWindow'") && t.includes(`'${origin(host)}'`) && t.includes(`'${origin(third)}'`);
  writeFileSync(join(thirdDir, 'host.html'), html);
  await withContext({ initScript: seed, initArg, extraOrigins: [third.url] }, async ({ page, messages }) => {
    await page.goto(thirdPage, { waitUntil: 'load' });
    const frames = {};
    for (const id of ['named', 'unnamed', 'itself']) {
      frames[id] = await mountedFrame(page, `#${id}`);
      await frames[id].locator('section.scheme-report').first().waitFor();
    }
    assert.equal(await frames.unnamed.getByRole('button', { name: SHARE }).count(), 0, 'without parent= there is nothing to send');
    assert.equal((await frames.itself.locator('#embed-share-hint').textContent()).trim(), shareHint(origin(third)), 'the frame says which site would receive the verdicts');
    // The applicant sends the named frame's verdicts: they go to the named host, not to this page.
    await frames.named.getByRole('button', { name: SHARE }).click();
    await frames.named.locator('.notice p[role=status]', { hasText: shared(origin(host)) }).waitFor();
    await page.waitForFunction(() => window.heard.some((m) => m.from === 'unnamed' && m.data?.type === 'height'), null, { timeout: WAIT_TIMEOUT });
    await page.waitForFunction(() => window.heard.some((m) => m.from === 'itself' && m.data?.type === 'height'), null, { timeout: WAIT_TIMEOUT });
    await page.waitForTimeout(1_000); // time for any stray message to arrive
    const heard = await page.evaluate(() => window.heard);
    assert.deepEqual(heard.filter((m) => m.from === 'named' || m.from === 'other'), [], 'nothing reaches a page that is not the named parent');
    assert.deepEqual(heard.filter((m) => m.data?.type !== 'height'), [], 'no completion event without the applicant\'s click to the page that receives it');
    assert.ok(heard.every((m) => m.origin === origin(app) && m.data.source === 'platform-readiness'));
    // When the applicant does choose to send them from the frame naming this page, it receives
    // the verdicts (and only then).
    await frames.itself.getByRole('button', { name: SHARE }).click();
    await page.waitForFunction(() => window.heard.some((m) => m.from === 'itself' && m.data?.type === 'report-completed'), null, { timeout: WAIT_TIMEOUT });
    const sent = (await page.evaluate(() => window.heard)).filter((m) => m.data?.type === 'report-completed');
    assert.equal(sent.length, 1);
    assert.deepEqual(sent[0].data.schemes.map((x) => x.id), CHOSEN);
    // The app did post to the named host; the browser refused it (Chromium warns in the console).
    assert.ok(messages.some((m) => mismatch(m.text)), 'the browser refused the posts to the named origin');
  });
});

test('storage denied in the frame: the app works in memory and says so', { timeout: TEST_TIMEOUT }, async () => {
  const deny = (appOrigin) => {
    if (location.origin !== appOrigin || window === window.top) return;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
      },
    });
  };
  await withContext({ initScript: deny, initArg: origin(app) }, async ({ page }) => {
    // start=1 skips the start page: the frame opens on step 1.
    const frame = await openDemo(page, { schemes: CHOSEN.join(','), appQuery: 'start=1' });
    assert.equal(await frame.evaluate(() => { try { return typeof localStorage; } catch (e) { return e.name; } }), 'SecurityError', 'storage throws in the frame');
    assert.equal(await page.evaluate(() => typeof localStorage.getItem), 'function', 'the host page itself keeps its storage');

    // In a frame no banner: a quiet line beside the report's downloads says it (below).
    await frame.locator('main#main .progress').waitFor();
    assert.equal(await frame.locator('.banner').count(), 0, 'no storage banner in a frame');

    await frame.locator('main#main .progress p', { hasText: '1 /' }).waitFor();
    assert.match(new URL(frame.url()).search, /page=step&step=1/);
    const panel = frame.locator('details.side ul');
    const before = await panel.textContent();
    await frame.locator('#q-independent_legal_person-yes').check();
    await frame.waitForFunction((b) => document.querySelector('details.side ul').textContent !== b, before);
    assert.notEqual(await panel.textContent(), before, 'the live panel follows the answer');

    // Next step and back: the answer is still there (kept in memory).
    await frame.locator('main#main .actions button.primary').click();
    await frame.locator('main#main .progress p', { hasText: '2 /' }).waitFor();
    await frame.locator('main#main .actions button').first().click();
    await frame.locator('main#main .progress p', { hasText: '1 /' }).waitFor();
    assert.ok(await frame.locator('#q-independent_legal_person-yes').isChecked(), 'the answer is kept in memory');

    // The report (an in-app link: no reload, the answers stay in memory) says it beside its downloads.
    await frame.evaluate(() => {
      const a = document.createElement('a');
      a.href = '?page=report';
      document.querySelector('main#main').append(a);
      a.click();
    });
    const note = frame.locator('p.storage-note');
    await note.waitFor();
    assert.equal((await note.textContent()).trim(), STORAGE_BLOCKED);
    assert.equal(await note.evaluate((p) => p.previousElementSibling.classList.contains('actions')), true, 'right below the downloads');
    assert.equal(await frame.locator('.banner').count(), 0, 'still no banner');
  });
});

test('bad parameters warn in the console and leave a working page; a valid accent is applied', { timeout: TEST_TIMEOUT }, async () => {
  await withContext({}, async ({ page, messages }) => {
    const frame = await openDemo(page, { appQuery: 'foo=bar', schemes: 'nope', lang: 'fr', accent: 'red;x' });
    const warnings = () => messages.filter((m) => m.type === 'warning' && m.text.startsWith('platform-readiness: ')).map((m) => m.text);
    const expected = [/accent: 'red;x'/, /lang: 'fr'/, /unknown scheme 'nope'/, /unknown parameter 'foo'/];
    for (const re of expected) assert.ok(warnings().some((w) => re.test(w)), `a warning matching ${re}; warnings: ${JSON.stringify(warnings())}`);
    assert.equal(warnings().length, expected.length, `one warning per bad parameter: ${JSON.stringify(warnings())}`);

    // A working page: default language, every scheme (none valid was named), the default accent.
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'zh-CN');
    assert.equal(await frame.locator('main#main input[type=checkbox]').count(), ALL.length);
    assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()), '#0b5cad');
    assert.equal(await frame.evaluate(() => document.documentElement.getAttribute('style')), null, 'no style injected from a bad accent');
    await frame.locator('main#main .actions button.primary').click();
    await frame.locator('main#main .progress').waitFor();

    const good = await openDemo(page, { schemes: CHOSEN.join(','), accent: '#aa3300' });
    assert.equal(await good.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()), '#aa3300');
    const button = await good.locator('main#main .actions button.primary').evaluate((b) => getComputedStyle(b).backgroundColor);
    assert.equal(button, 'rgb(170, 51, 0)', 'the primary button takes the accent');
  });
});

test('axe-core: the embedded start page and a step, with the host page around them', { timeout: TEST_TIMEOUT }, async () => {
  await withContext({}, async ({ page }) => {
    const frame = await openDemo(page, { schemes: CHOSEN.join(',') });
    await settledHeight(page, frame);
    await axeCheck(page, 'the embedded start page');
    await frame.locator('main#main .actions button.primary').click();
    await frame.locator('main#main .progress').waitFor();
    await settledHeight(page, frame);
    await axeCheck(page, 'the embedded first step');
  });
});
