// Shared helpers for the end-to-end tests (run with `node --test tests/e2e/`).
//
// Every test opens the built app (dist/, or the folder named by E2E_DIST) in a fresh browser
// context and, at its end, asserts that
//   - no request left the app server's origin (foreign requests are aborted and remembered), and
//   - the page raised no error (uncaught exceptions, console errors such as a wasm panic or a CSP
//     violation, failed same-origin responses).
// A browser that cannot start makes the test fail: nothing here ever skips.
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startServer } from './server.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The folder the tests serve: dist/ unless E2E_DIST names another build. */
export const DIST = resolve(ROOT, process.env.E2E_DIST || 'dist');
export const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';

/** Generous timeouts: loading the wasm on a small machine can take several seconds. */
export const TEST_TIMEOUT = 90_000;
export const WAIT_TIMEOUT = 30_000;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts Chromium with a fresh temporary profile. Throws (so the test fails) if it cannot. */
export async function launch() {
  try {
    return await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60_000 });
  } catch (e) {
    throw new Error(`could not start Chromium at ${CHROMIUM}: ${e.message}`);
  }
}

let shared = null;

/** Serves the build folder (once per test file); returns {url, port, close}. */
export async function serveDist(dir = DIST) {
  if (!shared) shared = await startServer(dir);
  return shared;
}

/** Stops the server started by serveDist(). */
export async function stopServer() {
  if (shared) {
    const s = shared;
    shared = null;
    await s.close();
  }
}

/**
 * Aborts and remembers every request (and WebSocket) of the context to an origin outside
 * `allowed`; data:, blob: and about: URLs stay in the page.
 */
async function guardOrigins(context, allowed) {
  const foreign = [];
  const isForeign = (u) => {
    if (u.startsWith('data:') || u.startsWith('blob:') || u === 'about:blank' || u === 'about:srcdoc') return false;
    try {
      return !allowed.has(new URL(u).origin);
    } catch {
      return true;
    }
  };
  const remember = (u) => {
    if (!foreign.includes(u)) foreign.push(u);
  };
  await context.route(() => true, (route) => {
    const u = route.request().url();
    if (isForeign(u)) {
      remember(u);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  // WebSockets do not go through route(); close and remember foreign ones too.
  if (typeof context.routeWebSocket === 'function') {
    await context.routeWebSocket(() => true, (ws) => {
      if (isForeign(ws.url())) {
        remember(ws.url());
        ws.close();
      } else {
        ws.connectToServer();
      }
    });
  }
  return { foreign, isForeign, remember };
}

/**
 * Opens the app in a new context and page.
 *   query:  extra query string, e.g. 'page=step&step=2' (without '?'), or an object
 *   lang:   adds `lang=<code>` to the URL (the app's own language parameter)
 *   locale: the browser's locale (default zh-CN, the app's primary audience)
 *   server: a server from startServer(); by default the shared one from serveDist()
 *   wait:   wait for the app to mount (default true)
 * Returns { context, page, url, origin, requests, foreign, errors, assertNoForeignRequests,
 * assertNoPageErrors, close }.
 */
export async function openApp(browser, { query = '', lang, locale = 'zh-CN', server, wait = true } = {}) {
  const srv = server || (await serveDist());
  const origin = new URL(srv.url).origin;
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(WAIT_TIMEOUT);

  const requests = [];
  const errors = [];
  const { foreign, isForeign, remember } = await guardOrigins(context, new Set([origin]));
  // Record every request (also those a route might miss, e.g. from a service worker).
  context.on('request', (req) => {
    const u = req.url();
    requests.push(u);
    if (isForeign(u)) remember(u);
  });

  // Settles on the first error or crash, so a broken mount fails at once, not on a timeout.
  let fatal;
  const fatalSeen = new Promise((ok) => (fatal = ok));
  const report = (text) => {
    errors.push(text);
    fatal();
  };
  const watch = (page) => {
    page.on('pageerror', (err) => report(`pageerror: ${err.stack || err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') {
        const loc = msg.location();
        report(`console.error: ${msg.text()}${loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
      }
    });
    page.on('response', (res) => {
      if (res.status() >= 400 && !isForeign(res.url())) report(`HTTP ${res.status()}: ${res.url()}`);
    });
    page.on('crash', () => report('page crashed'));
  };
  context.on('page', watch);

  const page = await context.newPage();

  const params = new URLSearchParams(typeof query === 'string' ? query.replace(/^\?/, '') : query);
  if (lang) params.set('lang', lang);
  const qs = params.toString();
  const url = srv.url + (qs ? `?${qs}` : '');
  await page.goto(url, { waitUntil: 'load' });
  if (wait) {
    const mounted = waitForApp(page);
    const outcome = await Promise.race([mounted.then(() => 'mounted', (e) => e), fatalSeen.then(() => 'fatal')]);
    if (outcome === 'fatal') {
      mounted.catch(() => {});
      await context.close();
      const away = foreign.length ? `\n  requests to other origins: ${foreign.join(', ')}` : '';
      throw new Error(`the app failed while mounting:\n  ${errors.join('\n  ')}${away}`);
    }
    if (outcome instanceof Error) {
      await context.close();
      throw new Error(`${outcome.message}\n  errors seen: ${errors.length ? errors.join('\n  ') : 'none'}`);
    }
  }

  return {
    context,
    page,
    url,
    origin,
    requests,
    foreign,
    errors,
    assertNoForeignRequests() {
      assert.deepEqual(foreign, [], `requests left the page's origin (${origin}):\n  ${foreign.join('\n  ')}`);
    },
    assertNoPageErrors() {
      assert.deepEqual(errors, [], `the page reported errors:\n  ${errors.join('\n  ')}`);
    },
    async close() {
      await context.close();
    },
  };
}

/** Waits until the wasm app has mounted: the skeleton is gone and the app's h1 is shown. */
export async function waitForApp(page, timeout = WAIT_TIMEOUT) {
  try {
    await page.locator('main#main h1').first().waitFor({ state: 'visible', timeout });
    await page.waitForFunction(() => !document.getElementById('skeleton'), null, { timeout });
  } catch (e) {
    const skeleton = await page.locator('#skeleton').count().catch(() => '?');
    throw new Error(`the app did not mount within ${timeout} ms (skeleton elements still present: ${skeleton}): ${e.message}`);
  }
}

/** Runs axe-core on the page and asserts zero violations, listing each one on failure. */
export async function axeCheck(page, label = '') {
  const results = await new AxeBuilder({ page }).analyze();
  const lines = results.violations.map((v) => {
    const nodes = v.nodes.map((n) => `      ${JSON.stringify(n.target)}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`);
    return `  ${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}\n${nodes.join('\n')}`;
  });
  assert.equal(
    results.violations.length,
    0,
    `axe-core found ${results.violations.length} violation(s)${label ? ` on ${label}` : ''}:\n${lines.join('\n')}`,
  );
  return results;
}

/** Takes a full-page screenshot into tests/e2e/.out/ (ignored by git); returns the path. */
export async function screenshot(page, name) {
  const path = join(ROOT, 'tests', 'e2e', '.out', `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * A browser context for pages that span several origins (a bureau's host page with the app in an
 * iframe). The same guards as openApp(), over every frame: requests to any origin not in
 * `origins` are aborted and remembered; uncaught exceptions, console errors, crashes and failed
 * responses from the allowed origins are recorded. Every console message (warnings too) is kept
 * in `messages` as {type, text, url}.
 *   origins:     the allowed origins (URLs or origins)
 *   locale:      the browser's locale (default zh-CN)
 *   initScript:  optional function run in every frame before its scripts (context.addInitScript)
 *   initArg:     its argument
 *   expectError: optional predicate on a console error's text; errors it accepts are expected,
 *                kept in `messages` but not counted as errors
 * Returns { context, page, messages, foreign, errors, assertNoForeignRequests,
 * assertNoPageErrors, close }.
 */
export async function openContext(browser, { origins, locale = 'zh-CN', initScript, initArg, expectError = () => false } = {}) {
  const allowed = new Set((origins || []).map((o) => new URL(o).origin));
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(WAIT_TIMEOUT);
  if (initScript) await context.addInitScript(initScript, initArg);

  const errors = [];
  const messages = [];
  const { foreign, isForeign, remember } = await guardOrigins(context, allowed);
  context.on('request', (req) => {
    if (isForeign(req.url())) remember(req.url());
  });
  const watch = (page) => {
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack || err.message}`));
    page.on('console', (msg) => {
      const loc = msg.location();
      const entry = { type: msg.type(), text: msg.text(), url: (loc && loc.url) || '' };
      messages.push(entry);
      if (entry.type === 'error' && !expectError(entry.text)) {
        errors.push(`console.error: ${entry.text}${entry.url ? ` (${entry.url}:${loc.lineNumber})` : ''}`);
      }
    });
    page.on('response', (res) => {
      if (res.status() >= 400 && !isForeign(res.url())) errors.push(`HTTP ${res.status()}: ${res.url()}`);
    });
    page.on('crash', () => errors.push('page crashed'));
  };
  context.on('page', watch);
  const page = await context.newPage();
  return {
    context,
    page,
    messages,
    foreign,
    errors,
    assertNoForeignRequests() {
      assert.deepEqual(foreign, [], `requests left the allowed origins (${[...allowed].join(', ')}):\n  ${foreign.join('\n  ')}`);
    },
    assertNoPageErrors() {
      assert.deepEqual(errors, [], `the pages reported errors:\n  ${errors.join('\n  ')}`);
    },
    async close() {
      await context.close();
    },
  };
}

/**
 * The set-up every test file shares: the release build served on 127.0.0.1 and one browser,
 * started before the file's tests and closed after them. Returns a getter for the browser.
 */
export function useBrowser({ dir = DIST } = {}) {
  const state = {};
  before(async () => {
    await serveDist(dir);
    state.browser = await launch();
  });
  after(async () => {
    await state.browser?.close();
    await stopServer();
  });
  return () => state.browser;
}

/** Opens the app, runs the body, then asserts the page stayed on its origin and raised no error. */
export async function withApp(browser, options, body) {
  const app = await openApp(browser, options);
  try {
    await body(app);
    app.assertNoForeignRequests();
    app.assertNoPageErrors();
  } finally {
    await app.close();
  }
}
