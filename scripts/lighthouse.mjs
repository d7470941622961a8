// Lighthouse scores of the release build (a benchmark, not a test), against Debian's Chromium,
// offline: the start page, a wizard step, the check page, the report and the saved reports. Usage: node scripts/lighthouse.mjs [dist]
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../tests/e2e/server.mjs';

const [dir = 'dist'] = process.argv.slice(2);

/** The first DOM node an audit's details name (the largest contentful paint's element). */
function firstNode(value) {
  if (!value || typeof value !== 'object') return undefined;
  if (value.type === 'node') return value;
  for (const v of Object.values(value)) {
    const found = firstNode(v);
    if (found) return found;
  }
  return undefined;
}
const server = await startServer(dir);
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const pages = [['start page', ''], ['wizard step', '?page=step&step=2'], ['check page', '?page=check'], ['report', '?page=report'], ['saved reports', '?page=reports']];
try {
  for (const [name, query] of pages) {
    const result = await lighthouse(server.url + query, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const c = result.lhr.categories;
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    const failed = Object.values(result.lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    const metric = (id) => result.lhr.audits[id]?.displayValue ?? '?';
    console.log(`${name.padEnd(12)} performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}` +
      (failed.length ? `  (failed: ${failed.join(', ')})` : ''));
    console.log(`${''.padEnd(12)} FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, ` +
      `Speed Index ${metric('speed-index')}, CLS ${metric('cumulative-layout-shift')} (simulated slow 4G, 4× CPU)`);
    console.log(`${''.padEnd(12)} largest paint: ${firstNode(result.lhr.audits['largest-contentful-paint-element']?.details)?.snippet ?? 'an element since removed (the loading page)'}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
