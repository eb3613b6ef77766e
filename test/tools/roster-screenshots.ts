import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openInLanguage } from '../support/browser';
import { seedRoster } from '../support/seed-roster';

/*
 * `npx tsx test/tools/roster-screenshots.ts` (after `npx electron-vite build`): the
 * roster screens of the sample association in Finnish, English and Swedish at two
 * window sizes, into screenshots/roster/ for people to look at.
 */

const outDir = path.resolve('screenshots/roster');
const only = process.argv[2];
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-roster-shots-'));
await seedRoster(dataDir);
const bridge = await startBridgeProcess(dataDir);
const browser = await launchChromium();
const views = ['grid', 'mine', 'load', 'volunteers'] as const;
try {
  for (const language of ['fi', 'en', 'sv'] as const) {
    if (only && only !== language) continue;
    for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 700 }]) {
      const { page } = await openInLanguage(browser, bridge.url, language, size);
      await page.getByRole('navigation').getByRole('button').nth(2).click();
      await page.getByRole('table').first().waitFor();
      // The screen's view switch is the first group in the main landmark.
      const viewButtons = () => page.getByRole('main').getByRole('group').first().getByRole('button');
      const shot = async (name: string, fullPage = true) => {
        await page.waitForTimeout(250);
        const file = path.join(outDir, `${name}-${language}-${size.width}x${size.height}.png`);
        await page.screenshot({ path: file, fullPage });
        console.log(file);
      };
      for (const [index, view] of views.entries()) {
        await viewButtons().nth(index).click();
        if (view === 'mine') await page.getByRole('main').locator('section select').selectOption({ index: 3 });
        await shot(view);
      }
      if (size.width === 1280) {
        await viewButtons().first().click();
        await page.getByRole('cell').getByRole('button', { name: /:/ }).first().click();
        await page.getByRole('dialog').waitFor();
        await shot('duty-dialog', false);
        await page.keyboard.press('Escape');
        await page.getByRole('main').locator('header').first().getByRole('button').last().click();
        await page.getByRole('dialog').locator('button[type="submit"]').first().click();
        await page.getByRole('dialog').getByRole('table').waitFor();
        await shot('generate-dialog', false);
        await page.keyboard.press('Escape');
        await viewButtons().nth(3).click();
        await page.getByRole('main').getByRole('listitem').first().getByRole('button').nth(1).click();
        await page.getByRole('dialog').waitFor();
        await shot('volunteer-dialog', false);
        await page.keyboard.press('Escape');
        await page.getByRole('navigation').getByRole('button').first().click();
        await viewButtons().nth(2).click();
        await page.locator('[data-tone="danger"]').first().scrollIntoViewIfNeeded();
        await shot('calendar-flag', false);
      }
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
