import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startBridgeProcess } from '../support/bridge-process';
import { seedChecklistShowcase } from '../support/checklist-showcase';
import { launchChromium, openApp } from '../support/browser';

/*
 * `npx tsx test/tools/main-screens.ts <out-dir> [size]` (after `npx electron-vite build`):
 * the main screens of the sample association in English (calendar month, week, agenda and
 * review; the editor with its checklist and review; the approval gate; the checklist;
 * settings; the roster's four views and its dialogs), full page, at 1366×768 unless told.
 * Found by role and name only, so the same script shoots before and after a change to the
 * styles; compare two folders with `compare -metric AE` (ImageMagick).
 */

const outDir = path.resolve(process.argv[2] ?? 'screenshots/main');
const [width, height] = (process.argv[3] ?? '1366x768').split('x').map(Number);
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-main-shots-'));
await seedChecklistShowcase(dataDir);

const bridge = await startBridgeProcess(dataDir);
const browser = await launchChromium();

async function settle(page: Page) {
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
  await page.waitForTimeout(500);
}

async function shot(page: Page, name: string, fullPage = true) {
  await settle(page);
  // The caret blinks and a focused control shows a ring: neither is a style difference.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    // The sidebar is sticky: where the page behind was scrolled to moves it by a (sub)pixel.
    window.scrollTo(0, 0);
  });
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage, animations: 'disabled', caret: 'hide' });
  console.log(file);
}

const screen = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
const view = (page: Page, name: string) => page.getByRole('group', { name: 'View' }).getByRole('button', { name, exact: true }).click();

try {
  const { page } = await openApp(browser, bridge.url, { width, height });
  // The sample association speaks Finnish; the language select is the sidebar's one combobox.
  await page.getByRole('complementary').getByRole('combobox').selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  for (const name of ['Month', 'Week', 'Agenda', 'Review']) {
    await view(page, name);
    await shot(page, `calendar-${name.toLowerCase()}`);
  }
  await view(page, 'Month');
  await page.locator('summary', { hasText: /^Marketing/ }).click();
  await page.locator('summary', { hasText: 'What the colours and shapes mean' }).click();
  await shot(page, 'calendar-month-marketing');
  await page.getByLabel('Filter by status', { exact: true }).selectOption('draft');
  await page.getByRole('button', { name: 'Clear filters' }).waitFor();
  await shot(page, 'calendar-month-filtered');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  // A day with more posts than fit, if this month has one.
  const more = page.getByRole('button', { name: /^\+\d+ more/ });
  if (await more.count()) {
    await more.first().click();
    await page.getByRole('dialog').waitFor();
    await shot(page, 'calendar-day-dialog', false);
    await page.keyboard.press('Escape');
  }
  await view(page, 'Agenda');
  await page.getByRole('button', { name: /^Move “/ }).first().click();
  await page.getByRole('dialog').waitFor();
  await shot(page, 'calendar-move-dialog', false);
  await page.keyboard.press('Escape');
  await view(page, 'Month');

  await page.getByRole('button', { name: /Kesäjuhla Äijälän/ }).first().click();
  const editor = page.getByRole('dialog');
  await editor.waitFor();
  await shot(page, 'editor-top', false);
  await editor.evaluate((dialog) => dialog.scrollBy(0, 700));
  await shot(page, 'editor-middle', false);
  await editor.evaluate((dialog) => dialog.scrollBy(0, 100_000));
  await shot(page, 'editor-bottom', false);
  await editor.getByRole('button', { name: /^Approve/ }).click();
  await page.getByRole('dialog').nth(1).waitFor();
  await shot(page, 'approval-gate', false);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await screen(page, /^Checklist/);
  await shot(page, 'checklist');
  await screen(page, /^Settings/);
  await shot(page, 'settings');

  await screen(page, /^Roster/);
  for (const name of ['Duties', 'Person’s duties', 'Load', 'Volunteers']) {
    await view(page, name);
    if (name === 'Person’s duties') await page.getByLabel('Volunteer', { exact: true }).selectOption({ index: 3 });
    await shot(page, `roster-${name.replace(/\W+/g, '-').toLowerCase()}`);
  }
  await view(page, 'Duties');
  await page.getByRole('cell').getByRole('button', { name: /:/ }).first().click();
  await page.getByRole('dialog').waitFor();
  await shot(page, 'roster-duty-dialog', false);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Make a rota' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Propose' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Accept and save' }).waitFor();
  await shot(page, 'roster-generate-dialog', false);
  await page.keyboard.press('Escape');
  await view(page, 'Volunteers');
  await page.getByRole('button', { name: /^Edit / }).first().click();
  await page.getByRole('dialog').waitFor();
  await shot(page, 'roster-volunteer-dialog', false);
  await page.keyboard.press('Escape');
  await page.context().close();
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
