import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openApp } from '../support/browser';
import { seedAssociation } from '../support/seed';

/*
 * `npm run screenshots`: the sample association in every language at two window
 * sizes, saved to screenshots/ for people to look at (not compared by any test).
 */

const outDir = path.resolve('screenshots');
const sizes = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];
const screens = [
  { name: 'agenda', nav: null },
  { name: 'export', nav: 2 },
  { name: 'settings', nav: 3 },
] as const;

fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-shots-'));
await seedAssociation(dataDir);
const bridge = await startBridgeProcess(dataDir);
const browser = await launchChromium();
try {
  for (const language of ['fi', 'en', 'sv'] as const) {
    for (const size of sizes) {
      const { page } = await openApp(browser, bridge.url, size);
      await page.locator('.sidebar select').selectOption(language);
      await page.waitForFunction((lng) => document.documentElement.lang === lng, language);
      await page.locator('.post-row').first().waitFor();
      for (const screen of screens) {
        if (screen.nav !== null) await page.locator('.nav-item').nth(screen.nav + 1).click();
        else await page.locator('.nav-item').first().click();
        await page.waitForTimeout(300);
        const file = path.join(outDir, `${screen.name}-${language}-${size.width}x${size.height}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      if (size.width === 1280) {
        await page.locator('.nav-item').first().click();
        await page.locator('.post-title').first().click();
        await page.getByRole('dialog').waitFor();
        const file = path.join(outDir, `editor-${language}-${size.width}x${size.height}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
