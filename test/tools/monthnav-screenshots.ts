import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../support/browser';
import { startBridgeProcess } from '../support/bridge-process';
import { benchData } from '../bench/ui/data';
import { VIEWPORT } from '../bench/ui/measure';

/*
 * `npx tsx test/tools/monthnav-screenshots.ts [OUT_DIR]`: the month, the next month, the month
 * again and the week on the UI benchmark's 1,000 posts, to look at after a change to how the
 * calendar renders a step (nothing on screen may differ from a fresh render).
 */

const out = process.argv[2] ?? '/tmp/shots-monthnav';
fs.mkdirSync(out, { recursive: true });
const data = await benchData(1000);
const bridge = await startBridgeProcess(data.dir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/Helsinki' });
  const shoot = async (name: string) => {
    await page.locator('[aria-busy="false"]').waitFor();
    await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });
  };
  const grid = page.locator('[aria-busy] table');
  await page.goto(bridge.url);
  await grid.locator('button[data-post-id]').first().waitFor();
  const thisMonth = await grid.getAttribute('aria-label');
  await shoot('1-month');
  await page.getByRole('button', { name: 'Next month', exact: true }).click();
  await page.locator(`[aria-busy] table:not([aria-label=${JSON.stringify(thisMonth)}])`).waitFor();
  await shoot('2-next-month');
  await page.getByRole('button', { name: 'Previous month', exact: true }).click();
  await page.locator(`[aria-busy] table[aria-label=${JSON.stringify(thisMonth)}]`).waitFor();
  await shoot('3-back');
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await page.getByRole('rowheader', { name: /^\d{1,2}[:.]\d\d$/ }).first().waitFor();
  await shoot('4-week');
  await page.getByRole('button', { name: 'Month', exact: true }).click();
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(data.dir, { recursive: true, force: true });
}
