import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../support/browser';
import { startBridgeProcess } from '../support/bridge-process';
import { benchData } from '../bench/ui/data';
import { VIEWPORT } from '../bench/ui/measure';

/*
 * `npx tsx test/tools/language-switch-screenshots.ts [OUT_DIR]` (after `npm run build`): the month on the UI
 * benchmark's 1,000 posts opened in English, then after switching to Swedish, Finnish and back to English: each
 * language loads only when chosen, and every word on screen must be in the language shown.
 */

const out = process.argv[2] ?? '/tmp/shots-language';
fs.mkdirSync(out, { recursive: true });
const data = await benchData(1000);
const bridge = await startBridgeProcess(data.dir);
const browser = await launchChromium();
const headings = { sv: 'Kalender', fi: 'Kalenteri', en: 'Calendar' } as const;
try {
  const page = await browser.newPage({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
  await page.goto(bridge.url);
  const grid = page.locator('[aria-busy] table');
  await grid.locator('button[data-post-id]').first().waitFor();
  for (const language of ['sv', 'fi', 'en'] as const) {
    await page.locator('aside select').selectOption(language);
    await page.getByRole('heading', { name: headings[language], level: 1 }).waitFor();
    await page.locator('[aria-busy="false"]').waitFor();
    await page.screenshot({ path: path.join(out, `month-${language}.png`) });
  }
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(data.dir, { recursive: true, force: true });
}
