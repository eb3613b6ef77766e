import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startBridgeProcess } from '../support/bridge-process';
import { languageSelect, launchChromium, openApp } from '../support/browser';
import { backendOn } from '../support/backend';

/*
 * `npx tsx test/tools/form-screenshots.ts` (after `npx electron-vite build`): the form kit's
 * messages as a user sees them, into screenshots/forms/: the editor refusing a date and a
 * time, Settings refusing a web address and an album pattern, a template without a name.
 */

const outDir = path.resolve('screenshots/forms');
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-form-shots-'));
await (await backendOn(dataDir, () => new Date())).call('setup:loadSample', {});
const browser = await launchChromium();
const bridge = await startBridgeProcess(dataDir);

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(300);
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

try {
  const { page } = await openApp(browser, bridge.url, { width: 1280, height: 800 });
  await languageSelect(page).selectOption('en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.getByRole('button', { name: 'New post' }).click();
  const editor = page.getByRole('dialog', { name: 'New post' });
  await editor.getByLabel('Title').fill('Kesäjuhla');
  await editor.getByLabel('Date').fill('30/2/2026');
  await editor.getByLabel('Time').fill('25.00');
  await editor.getByRole('button', { name: 'Save' }).click();
  await editor.getByRole('alert').first().waitFor();
  await shoot(page, 'editor-errors-en');
  await page.keyboard.press('Escape');
  await editor.getByRole('button', { name: 'Discard changes' }).click();

  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  await shoot(page, 'settings-en');
  const website = page.getByLabel('Home page', { exact: true });
  await website.fill('not a link');
  await website.press('Enter');
  await page.getByRole('alert').first().waitFor();
  await website.scrollIntoViewIfNeeded();
  await shoot(page, 'association-errors-en');

  const pattern = page.getByLabel('Album name pattern', { exact: true });
  await pattern.fill('{nonsense}');
  await pattern.press('Enter');
  await pattern.scrollIntoViewIfNeeded();
  await shoot(page, 'album-pattern-error-en');

  const name = page.getByLabel('Template name').first();
  await name.fill('');
  await page.getByRole('button', { name: 'Save templates' }).click();
  await name.scrollIntoViewIfNeeded();
  await shoot(page, 'template-error-en');
} finally {
  await browser.close();
  await bridge.stop();
}
