// Browser timings of the release build (a benchmark, not a test): cold loads in headless
// Chromium on 127.0.0.1, with and without 4× CPU throttling, and the time to re-judge every
// chosen scheme after an answer, and deleting one of 500 saved reports. Prints medians.
// Usage: node scripts/bench-browser.mjs [dist] [runs] [reports]  (`reports`: that figure only)
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/server.mjs';

const [dir = 'dist', runsArg = '7', only] = process.argv.slice(2);
const runs = Number(runsArg);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const ms = (x) => `${x.toFixed(1)} ms`;

// Records, in the page's own clock: first contentful paint (the static skeleton), the moment the
// app has rendered its first page, and the moment it has handled a first input.
const PROBE = () => {
  window.__bench = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__bench.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const watch = new MutationObserver(() => {
    if (window.__bench.render === undefined && !document.getElementById('skeleton') && document.querySelector('main#main h1')) {
      window.__bench.render = performance.now();
      const button = document.querySelector('button.lang-switch');
      const before = button.textContent;
      const seen = new MutationObserver(() => {
        if (button.textContent !== before) { window.__bench.interactive = performance.now(); seen.disconnect(); }
      });
      seen.observe(button, { childList: true, characterData: true, subtree: true });
      button.click();
      watch.disconnect();
    }
  });
  watch.observe(document, { childList: true, subtree: true });
};

async function coldLoads(browser, url, throttle) {
  const fcp = [], render = [], interactive = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await page.addInitScript(PROBE);
    await page.goto(url);
    await page.waitForFunction(() => window.__bench.interactive !== undefined, null, { timeout: 60000 });
    const b = await page.evaluate(() => window.__bench);
    fcp.push(b.fcp); render.push(b.render); interactive.push(b.interactive);
    await context.close();
  }
  return { fcp: median(fcp), render: median(render), interactive: median(interactive) };
}

async function rejudge(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + '?page=step&step=2');
  await page.waitForSelector('#q-pilot_site_area');
  const times = [];
  for (let i = 0; i < 25; i++) {
    times.push(await page.evaluate((value) => new Promise((done) => {
      const panel = document.querySelector('.side');
      const input = document.getElementById('q-pilot_site_area');
      const t0 = performance.now();
      const seen = new MutationObserver(() => { seen.disconnect(); done(performance.now() - t0); });
      seen.observe(panel, { childList: true, characterData: true, subtree: true });
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }), i % 2 ? 1500 : 2500));
  }
  await context.close();
  return median(times);
}

// Deleting one of 500 saved reports: from the click to the next frame (the handler and the
// list drawn again), in the page's clock.
async function deleteOfMany(browser, url) {
  const { readFileSync } = await import('node:fs');
  const fixture = JSON.parse(readFileSync(new URL('../tests/fixtures/report-v1.json', import.meta.url), 'utf8'));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url + '?page=start');
  await page.evaluate((r) => {
    for (let i = 0; i < 500; i++) {
      const id = `17000000${String(i).padStart(5, '0')}-001`;
      // Without the stored judgement (it is judged again when read): 500 fit in the quota.
      const { assessment, ...data } = r.data;
      localStorage.setItem(`platform-readiness/report/${id}`, JSON.stringify({ ...r, data: { ...data, id, name: `报告 ${i}` } }));
    }
  }, fixture);
  await page.goto(url + '?page=reports');
  await page.waitForFunction(() => document.querySelectorAll('li.card.saved').length === 500, null, { timeout: 120_000 });
  const times = [];
  for (let i = 0; i < runs; i++) {
    times.push(await page.evaluate(() => new Promise((done) => {
      const button = document.querySelectorAll('li.card.saved button[data-action=delete]')[7];
      const t0 = performance.now();
      button.click();
      requestAnimationFrame(() => done(performance.now() - t0));
    })));
  }
  const left = await page.locator('li.card.saved').count();
  await context.close();
  if (left !== 500 - runs) throw new Error(`expected ${500 - runs} reports left, found ${left}`);
  return median(times);
}

const server = await startServer(dir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
try {
  if (only === 'reports') {
    console.log(`delete one of 500 saved reports (click → next frame), median of ${runs}: ${ms(await deleteOfMany(browser, server.url))}`);
    process.exitCode = 0;
  } else {
  for (const throttle of [1, 4]) {
    const r = await coldLoads(browser, server.url, throttle);
    console.log(`cold load, CPU ${throttle}×, median of ${runs}: first paint (skeleton) ${ms(r.fcp)}, app rendered ${ms(r.render)}, interactive ${ms(r.interactive)}`);
  }
  console.log(`re-judge all chosen schemes after an answer (input → live panel updated), median of 25: ${ms(await rejudge(browser, server.url))}`);
  console.log(`delete one of 500 saved reports (click → next frame), median of ${runs}: ${ms(await deleteOfMany(browser, server.url))}`);
  }
} finally {
  await browser.close();
  await server.close();
}
