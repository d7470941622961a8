// The report as a clerk reads it: the closest scheme first, schemes of another region and
// measures not in force apart and last, honest counts instead of a percentage, nothing wider
// than a 320 px phone, and a focus ring that stands out on every background.
// Run with `node --test --test-concurrency=1 tests/e2e/clerk.test.mjs`.
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

async function seeded(app, query) {
  await app.page.evaluate(([key, text]) => localStorage.setItem(key, text), [DRAFT_KEY, DRAFT]);
  await app.page.goto(`${app.origin}/?${query}`, { waitUntil: 'load' });
  await waitForApp(app.page);
}

test('the report leads with the closest scheme; other regions and expired measures come last, without counts', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({}, async (app) => {
    await seeded(app, 'page=report');
    const { page } = app;
    const cards = page.locator('ul.verdicts > li.verdict');
    await cards.first().waitFor();
    const standings = await cards.evaluateAll((els) => els.map((e) => (e.classList.contains('apart') ? 1 : 0)));
    assert.ok(standings.length >= 5, `a card per scheme: ${standings}`);
    assert.deepEqual([...standings].sort((a, b) => a - b), standings, `open schemes first, then the ones apart: ${standings}`);
    assert.ok(standings.includes(1), 'the centre (registration in 阳泉 required) and the expired 阳泉 2022 measure stand apart');
    // The first sentence names the first card's scheme.
    const lead = await page.locator('.closest').innerText();
    const first = await cards.first().locator('strong').first().innerText();
    assert.match(lead, /^最接近：/);
    assert.ok(lead.includes(first), `"${lead}" names "${first}"`);
    // Counts, never a percentage.
    const text = await page.locator('main').innerText();
    assert.doesNotMatch(text, /就绪度|\d+\s*%\s*·/);
    for (const card of await cards.all()) {
      const apart = await card.evaluate((e) => e.classList.contains('apart'));
      const line = await card.locator('.counts').innerText();
      if (apart) assert.doesNotMatch(line, /项/, `no counts for a scheme apart: ${line}`);
      else assert.match(line, /^硬性条件：/, line);
    }
    await axeCheck(page, 'report');
  });
});

for (const query of ['', 'page=step&step=1', 'page=check', 'page=report', 'page=reports', 'lang=en', 'page=report&lang=en']) {
  test(`nothing scrolls sideways at 320 px: ${query || 'start'}`, { timeout: TEST_TIMEOUT }, async () => {
    await withApp({}, async (app) => {
      await app.page.setViewportSize({ width: 320, height: 640 });
      await seeded(app, query);
      await app.page.waitForTimeout(200);
      const { scrollWidth, innerWidth, wide } = await app.page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        wide: [...document.querySelectorAll('main *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
      }));
      assert.ok(scrollWidth <= innerWidth, `content ${scrollWidth} px in ${innerWidth} px; wider: ${wide.join(', ')}`);
    });
  });
}

test('the focus ring stands out (≥ 3:1) on white and on the blue header', { timeout: TEST_TIMEOUT }, async () => {
  await withApp({}, async (app) => {
    const { page } = app;
    const lum = ([r, g, b]) => {
      const c = [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const ratio = (a, b) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
    const rgb = (css) => css.match(/\d+/g).slice(0, 3).map(Number);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const rings = await page.evaluate(() => {
      const e = document.activeElement;
      const s = getComputedStyle(e);
      return { outline: s.outlineColor, shadow: s.boxShadow, tag: e.tagName };
    });
    const outline = rgb(rings.outline);
    const shadow = rgb(rings.shadow);
    const best = (bg) => Math.max(ratio(outline, bg), ratio(shadow, bg));
    const white = [255, 255, 255];
    const header = rgb(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).backgroundColor));
    assert.ok(best(white) >= 3, `on white: ${best(white).toFixed(2)} (${rings.outline}, ${rings.shadow})`);
    assert.ok(best(header) >= 3, `on the header: ${best(header).toFixed(2)}`);
  });
});
