// Screenshots of every page, at 1280 px and 360 px wide, in Chinese and in English:
//   node scripts/screenshots.mjs [dist-folder] [out-folder]
// (defaults: dist/ and tests/e2e/.out/screens/). The pages are shown with the answers of
// tests/fixtures/draft-v1.json in storage (a Shaoxing enterprise, every scheme chosen), so the
// check page and the report have content, and with one saved report on the saved-reports page;
// last, the check page once more with typed text that could not be read (`TYPED`).
// Prints one line per screenshot with the page's width and whether it scrolls sideways.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, ROOT, serveDist, stopServer, waitForApp } from '../tests/e2e/harness.mjs';

const dist = resolve(process.argv[2] || join(ROOT, 'dist'));
const out = resolve(process.argv[3] || join(ROOT, 'tests', 'e2e', '.out', 'screens'));
mkdirSync(out, { recursive: true });

const PAGES = [
  ['start', ''],
  ['step-1', 'page=step&step=1'],
  ['step-2', 'page=step&step=2'],
  ['check', 'page=check'],
  ['report', 'page=report'],
  ['reports', 'page=reports'],
  // The check page with typed text that could not be read (set in storage below).
  ['check-typed', 'page=check'],
];
// What the applicant typed and the app could not read, as the step pages keep it.
const TYPED = { pilot_site_area: '约两千', director_birth_date: '02/10/1963' };
const WIDTHS = [1280, 360];
const LANGS = ['zh-CN', 'en'];
const draft = readFileSync(join(ROOT, 'tests', 'fixtures', 'draft-v1.json'), 'utf8');

const server = await serveDist(dist);
const browser = await launch();
let sideways = 0;
try {
  for (const lang of LANGS) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ locale: lang, viewport: { width, height: 800 } });
      await context.addInitScript((text) => {
        if (!localStorage.getItem('platform-readiness/draft')) localStorage.setItem('platform-readiness/draft', text);
      }, draft);
      const page = await context.newPage();
      for (const [name, query] of PAGES) {
        const params = new URLSearchParams(query);
        params.set('lang', lang === 'en' ? 'en' : 'zh-CN');
        if (name === 'check-typed') {
          await page.evaluate((typed) => {
            const key = 'platform-readiness/draft';
            const stored = JSON.parse(localStorage.getItem(key));
            Object.assign(stored.data.inputs, typed);
            for (const id of Object.keys(typed)) delete stored.data.profile.facts[id];
            localStorage.setItem(key, JSON.stringify(stored));
          }, TYPED);
        }
        await page.goto(`${server.url}?${params}`, { waitUntil: 'load' });
        await waitForApp(page);
        if (name === 'report') {
          // Keep this report, so the saved-reports page that follows has a card to show.
          const save = page.locator('.actions button.primary');
          if (await save.count()) await save.first().click().catch(() => {});
        }
        await page.waitForTimeout(300);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        const file = join(out, `${name}-${width}-${lang}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const wide = scrollWidth > innerWidth;
        sideways += wide ? 1 : 0;
        console.log(`${file}  content ${scrollWidth} px in ${innerWidth} px${wide ? '  SCROLLS SIDEWAYS' : ''}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await stopServer();
}
console.log(`${PAGES.length * WIDTHS.length * LANGS.length} screenshots in ${out}; ${sideways} scroll sideways`);
