import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../support/browser';
import { startBridgeProcess } from '../support/bridge-process';
import { benchData, defaultCacheDir } from '../bench/ui/data';
import { VIEWPORT } from '../bench/ui/measure';

/*
 * `npx tsx test/tools/week-agenda-screenshots.ts [OUT_DIR] [POSTS]` (after `npm run build`): the week and the agenda
 * on the UI benchmark's posts (10,000 by default, its cached folder), in English and then in Finnish, as the bench
 * opens them (1280×800), to look at after a change to how the week or the agenda render.
 */

const out = process.argv[2] ?? '/tmp/shots-week-agenda';
fs.mkdirSync(out, { recursive: true });
const data = await benchData(Number(process.argv[3] ?? 10000), defaultCacheDir());
const bridge = await startBridgeProcess(data.dir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
  const shoot = async (name: string) => {
    await page.locator('[aria-busy="false"]').waitFor();
    await page.screenshot({ path: path.join(out, `${name}.png`) });
    console.log(path.join(out, `${name}.png`));
  };
  await page.goto(bridge.url);
  await page.locator('[aria-busy] table button[data-post-id]').first().waitFor();
  for (const [language, week, agenda, month] of [['en', 'Week', 'Agenda', 'Month'], ['fi', 'Viikko', 'Lista', 'Kuukausi']]) {
    if (language === 'fi') await page.getByLabel('Language').selectOption('fi');
    await page.getByRole('button', { name: week, exact: true }).click();
    await page.getByRole('rowheader', { name: /^\d{1,2}[:.]\d\d$/ }).first().waitFor();
    await shoot(`week-${language}`);
    await page.getByRole('button', { name: agenda, exact: true }).click();
    await page.locator('[aria-busy] section[aria-labelledby^="week-"]').first().waitFor();
    await shoot(`agenda-${language}`);
    await page.getByRole('button', { name: month, exact: true }).click();
  }
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(data.dir, { recursive: true, force: true });
}
