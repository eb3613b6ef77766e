import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startBridgeProcess } from '../support/bridge-process';
import { languageSelect, launchChromium, openApp } from '../support/browser';
import { backendOn } from '../support/backend';
import { actAs } from '../support/identity';
import { chipTitlesSeen } from '../support/layout';

/*
 * `npx tsx test/tools/first-week-screenshots.ts [fi,en] [1366x768,1024x700,800x600]` (after
 * `npx electron-vite build`): what a new volunteer sees in the first week (month, agenda,
 * editor, roster, checklist, first run) at the three window sizes, into
 * screenshots/first-week/, and how many characters of each month chip's title show.
 */

const outDir = path.resolve('screenshots/first-week');
const languages = (process.argv[2] ?? 'fi,en').split(',');
const sizes = (process.argv[3] ?? '1366x768,1024x700,800x600').split(',').map((size) => {
  const [width, height] = size.split('x').map(Number);
  return { width, height };
});
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-first-week-'));
const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-first-week-empty-'));
const seeding = await backendOn(dataDir, () => new Date());
await seeding.call('setup:loadSample', {});
await actAs(seeding.call, 'Maija Virtanen');
const bridge = await startBridgeProcess(dataDir);
const emptyBridge = await startBridgeProcess(emptyDir);
const browser = await launchChromium();

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(250);
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

try {
  for (const language of languages) {
    for (const size of sizes) {
      const suffix = `${language}-${size.width}x${size.height}`;
      const { page } = await openApp(browser, bridge.url, size);
      await languageSelect(page).selectOption(language);
      await page.waitForFunction((lng) => document.documentElement.lang === lng, language);
      await page.locator('table button[data-post-id]').first().waitFor();
      const seen = await chipTitlesSeen(page);
      const fewest = Math.min(...seen.map((chip) => (chip.visible >= chip.title.length ? Infinity : chip.visible)));
      console.log(`${suffix}: ${seen.length} chips, ${seen.filter((chip) => chip.visible >= chip.title.length).length} whole, fewest characters of a cut title ${fewest}`);
      for (const chip of seen) console.log(`  ${chip.visible}/${chip.title.length} ${chip.title}`);
      await shoot(page, `month-${suffix}`);
      const views = page.getByRole('main').getByRole('group').first().getByRole('button');
      await views.nth(2).click();
      await page.locator('[aria-busy="false"]').waitFor();
      await shoot(page, `agenda-${suffix}`);
      await views.nth(0).click();
      await page.locator('table button[data-post-id]').first().click();
      await page.getByRole('dialog').waitFor();
      await shoot(page, `editor-${suffix}`);
      await page.keyboard.press('Escape');
      await page.getByRole('navigation').getByRole('button').nth(1).click();
      await page.waitForTimeout(400);
      await shoot(page, `checklist-${suffix}`);
      await page.getByRole('navigation').getByRole('button').nth(2).click();
      await page.getByRole('table').first().waitFor();
      await shoot(page, `roster-${suffix}`);
      await page.getByRole('navigation').getByRole('button').last().click();
      await page.waitForTimeout(400);
      await shoot(page, `settings-${suffix}`);
      await page.context().close();

      const empty = await openApp(browser, emptyBridge.url, size);
      await languageSelect(empty.page).selectOption(language);
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
