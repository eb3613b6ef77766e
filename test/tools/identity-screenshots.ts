import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openInLanguage } from '../support/browser';
import { backendOn } from '../support/backend';

/*
 * `npx tsx test/tools/identity-screenshots.ts [fi|en|sv]` (after `npx electron-vite build`):
 * the Who are you? step in the sidebar and its dialog on the sample association, Settings ›
 * Who am I and a post's History, into screenshots/identity/, for people to look at.
 */

const language = (process.argv[2] ?? 'fi') as 'fi' | 'en' | 'sv';
const outDir = path.resolve('screenshots', 'identity');
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-identity-shots-'));
await (await backendOn(dataDir, () => new Date())).call('setup:loadSample', {});
const bridge = await startBridgeProcess(dataDir);
const browser = await launchChromium();
const shot = (name: string) => path.join(outDir, `${name}-${language}.png`);
try {
  const { page } = await openInLanguage(browser, bridge.url, language, { width: 1024, height: 700 });
  const step = page.locator('section[aria-labelledby="who-are-you-title"]');
  await step.waitFor();
  await page.screenshot({ path: shot('step') });
  await step.getByRole('button').first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio').first().check();
  await page.screenshot({ path: shot('dialog') });
  await dialog.locator('button.primary').click();
  await step.waitFor({ state: 'detached' });
  await page.locator('[data-post-id]').first().click();
  const editor = page.getByRole('dialog');
  await editor.getByRole('button', { name: /historia|historik|history/i }).click();
  await page.locator('dialog ol li').first().waitFor();
  await page.screenshot({ path: shot('history') });
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.getByRole('navigation').getByRole('button').last().click();
  await page.locator('section[aria-labelledby="who-am-i-title"]').screenshot({ path: shot('settings-who-am-i') });
  console.log(outDir);
} finally {
  await browser.close();
  await bridge.stop();
}
