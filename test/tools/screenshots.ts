import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openApp } from '../support/browser';
import { backendOn } from '../support/backend';

/*
 * `npm run screenshots`: the sample association's calendar (month, week, agenda,
 * review), the editor, the first run and settings, in every language at two window
 * sizes, saved to screenshots/ for people to look at (not compared by any test).
 * SHOTS_LANGUAGES=fi,en and SHOTS_SIZES=1280x800 narrow it down.
 */

const outDir = path.resolve('screenshots');
const sizes = (process.env.SHOTS_SIZES ?? '1280x800,1024x700').split(',').map((size) => {
  const [width, height] = size.split('x').map(Number);
  return { width, height };
});
const languages = (process.env.SHOTS_LANGUAGES ?? 'fi,en,sv').split(',') as ('fi' | 'en' | 'sv')[];
const views = ['month', 'week', 'agenda', 'review'] as const;

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(250);
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

fs.mkdirSync(outDir, { recursive: true });
const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-shots-empty-'));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-shots-'));
const seeding = await backendOn(dataDir, () => new Date());
await seeding.call('setup:loadSample', {});
await seeding.call('settings:update', { userName: 'Maija Virtanen' });
const bridge = await startBridgeProcess(dataDir);
const emptyBridge = await startBridgeProcess(emptyDir);
const browser = await launchChromium();
try {
  for (const language of languages) {
    for (const size of sizes) {
      const suffix = `${language}-${size.width}x${size.height}`;
      const { page } = await openApp(browser, bridge.url, size);
      await page.locator('.sidebar select').selectOption(language);
      await page.waitForFunction((lng) => document.documentElement.lang === lng, language);
      for (const [index, view] of views.entries()) {
        await page.locator('.view-switch button').nth(index).click();
        await page.locator('.calendar-body').waitFor();
        await shoot(page, `${view}-${suffix}`);
      }
      await page.locator('.view-switch button').first().click();
      if (size.width === 1280) {
        await page.locator('.post-chip').first().click();
        await page.getByRole('dialog').waitFor();
        await shoot(page, `editor-${suffix}`);
        await page.getByRole('dialog').locator('.review-section').scrollIntoViewIfNeeded();
        await shoot(page, `editor-review-${suffix}`);
        await page.keyboard.press('Escape');
        await page.locator('.nav-item').last().click();
        await shoot(page, `settings-${suffix}`);
      }
      // Export (the nav's fourth item), at both sizes.
      await page.locator('.nav-item').nth(3).click();
      await page.locator('#export-what-title').waitFor();
      await shoot(page, `export-${suffix}`);
      await page.context().close();

      const empty = await openApp(browser, emptyBridge.url, size);
      await empty.page.locator('.sidebar select').selectOption(language);
      await empty.page.waitForFunction((lng) => document.documentElement.lang === lng, language);
      await empty.page.locator('#welcome-title').waitFor();
      await shoot(empty.page, `first-run-${suffix}`);
      await empty.page.context().close();
    }
  }
} finally {
  await browser.close();
  await bridge.stop();
  await emptyBridge.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(emptyDir, { recursive: true, force: true });
}
