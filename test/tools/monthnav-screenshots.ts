import fs from 'node:fs';
import path from 'node:path';
import { languageSelect, launchChromium } from '../support/browser';
import { startBridgeProcess } from '../support/bridge-process';
import { benchData } from '../bench/ui/data';
import { VIEWPORT } from '../bench/ui/measure';

/*
 * `npx tsx test/tools/monthnav-screenshots.ts [OUT_DIR]`: the month, the next month, the month
 * again and the one before, in English and Finnish, on the UI benchmark's 1,000 posts, to look at
 * after a change to how the calendar renders a step (nothing on screen may differ from a fresh render).
 */

const out = process.argv[2] ?? '/tmp/shots-monthnav';
fs.mkdirSync(out, { recursive: true });
const data = await benchData(1000);
const bridge = await startBridgeProcess(data.dir);
const browser = await launchChromium();
try {
  for (const language of ['en', 'fi'] as const) {
    const calendarWords = JSON.parse(fs.readFileSync(`shared/locales/${language}/calendar.json`, 'utf8')) as { next: { month: string }; previous: { month: string } };
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
    const shoot = async (name: string) => {
      await page.locator('[aria-busy="false"]').waitFor();
      await page.screenshot({ path: path.join(out, `${language}-${name}.png`), fullPage: true });
      // A user looks before stepping on: the neighbouring months are prepared meanwhile (MonthPanes.tsx), so the steps shown are the swaps.
      await page.waitForTimeout(4000);
    };
    const grid = page.locator('[aria-busy] table');
    await page.goto(bridge.url);
    await grid.locator('button[data-post-id]').first().waitFor();
    await languageSelect(page).selectOption(language);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
    const thisMonth = await grid.getAttribute('aria-label');
    await shoot('1-month');
    await page.getByRole('button', { name: calendarWords.next.month, exact: true }).click();
    await page.locator(`[aria-busy] table:not([aria-label=${JSON.stringify(thisMonth)}])`).waitFor();
    await shoot('2-next-month');
    await page.getByRole('button', { name: calendarWords.previous.month, exact: true }).click();
    await page.locator(`[aria-busy] table[aria-label=${JSON.stringify(thisMonth)}]`).waitFor();
    await shoot('3-back');
    await page.getByRole('button', { name: calendarWords.previous.month, exact: true }).click();
    await page.locator(`[aria-busy] table:not([aria-label=${JSON.stringify(thisMonth)}])`).waitFor();
    await shoot('4-previous-month');
    await page.close();
  }
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(data.dir, { recursive: true, force: true });
}
