import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startBridgeProcess } from '../support/bridge-process';
import { seedChecklistShowcase } from '../support/checklist-showcase';
import { launchChromium, openInLanguage } from '../support/browser';

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
await seedChecklistShowcase(dataDir);

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
      const { page } = await openInLanguage(browser, bridge.url, language, size);
      await page.locator('[aria-busy]').waitFor();
      await page.locator('details > summary').first().click();
      await shot(page, `month-marketing-${suffix}`);

      await page.getByRole('navigation').getByRole('button').nth(1).click();
      await page.locator('[aria-busy]').waitFor();
      await shot(page, `checklist-${suffix}`);
      await shot(page, `checklist-full-${suffix}`, true);

      await page.getByRole('main').getByRole('button', { name: /Kesäjuhla Äijälän/ }).first().click();
      const editor = page.getByRole('dialog');
      await editor.locator('[data-item]').first().waitFor();
      await editor.locator('[data-fix="cover-image"]').scrollIntoViewIfNeeded();
      await shot(page, `editor-image-${suffix}`);
      await editor.locator('section', { has: page.locator('[data-item]') }).last().scrollIntoViewIfNeeded();
      await shot(page, `editor-checklist-${suffix}`);
      await editor.getByRole('region').last().getByRole('button').first().click();
      await page.getByRole('dialog').nth(1).waitFor();
      await shot(page, `gate-${suffix}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      if (size.width === 1280) {
        await page.getByRole('navigation').getByRole('button').last().click();
        await page.locator('fieldset').first().scrollIntoViewIfNeeded();
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
