import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { plusDays, todayIn } from '../../shared/calendar/calendar-dates';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openApp } from '../support/browser';
import { backendOn } from '../support/backend';
import { pngImage } from '../support/images';

/*
 * `npx tsx test/tools/checklist-screenshots.ts [fi|en|sv]` (after `npx electron-vite build`):
 * the checklist screen, a post's checklist in the editor (with a cover image), the
 * approval gate, the month's marketing line and the templates in Settings, for the
 * sample association, into screenshots/checklist/ for people to look at.
 */

const outDir = path.resolve('screenshots/checklist');
const only = process.argv[2];
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-checklist-shots-'));
const seeding = await backendOn(dataDir, () => new Date());
await seeding.call('setup:loadSample', {});
await seeding.call('settings:update', { userName: 'Maija Virtanen' });
const today = todayIn('Europe/Helsinki', new Date());
// An event with a cover image that is too small for Instagram, text copied to two channels and a placeholder left in.
const channels = await seeding.call('channels:list', {});
const image = await seeding.call('media:importImage', { fileName: 'kesajuhla.png', data: pngImage(900, 500, [200, 120, 40]).toString('base64') });
const event = await seeding.call('posts:create', {
  title: 'Kesäjuhla Äijälän pihalla',
  text: 'Tervetuloa kesäjuhlaan! Ohjelmassa TODO.',
  date: plusDays(today, 5),
  time: '12:00',
  status: 'in-review',
  contentType: 'event',
  channelIds: channels.slice(0, 3).map((channel) => channel.id),
  coverImage: { ...image, alt: '' },
  albumName: 'Kesäjuhla',
});

const browser = await launchChromium();
const bridge = await startBridgeProcess(dataDir);

async function shot(page: Page, name: string, fullPage = false) {
  await page.waitForTimeout(300);
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  console.log(file);
}

try {
  for (const language of ['fi', 'en', 'sv'] as const) {
    if (only && only !== language) continue;
    for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 700 }]) {
      const suffix = `${language}-${size.width}x${size.height}`;
      const { page } = await openApp(browser, bridge.url, size);
      await page.locator('.sidebar select').selectOption(language);
      await page.waitForFunction((lng) => document.documentElement.lang === lng, language);
      await page.locator('.calendar-body').waitFor();
      await page.locator('.marketing-summary summary').click();
      await shot(page, `month-marketing-${suffix}`);

      await page.locator('.nav-item').nth(1).click();
      await page.locator('.checklist-columns').waitFor();
      await shot(page, `checklist-${suffix}`);
      await shot(page, `checklist-full-${suffix}`, true);

      await page.locator('.attention-card', { hasText: 'Kesäjuhla Äijälän' }).locator('.post-title').click();
      const editor = page.getByRole('dialog');
      await editor.locator('.checklist-section .checklist-item').first().waitFor();
      await editor.locator('.cover-image').scrollIntoViewIfNeeded();
      await shot(page, `editor-image-${suffix}`);
      await editor.locator('.checklist-section').scrollIntoViewIfNeeded();
      await shot(page, `editor-checklist-${suffix}`);
      await editor.locator('.review-section button.primary').click();
      await page.locator('.override-dialog').waitFor();
      await shot(page, `gate-${suffix}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      if (size.width === 1280) {
        await page.locator('.nav-item').last().click();
        await page.locator('.template-editor').scrollIntoViewIfNeeded();
        await shot(page, `settings-templates-${suffix}`);
      }
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
void event;
