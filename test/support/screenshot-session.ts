import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Language } from '../../shared/domain/settings';
import { backendOn } from './backend';
import { startBridgeProcess } from './bridge-process';
import { launchChromium, openInLanguage } from './browser';
import { actAs } from './identity';

export interface WindowSize {
  width: number;
  height: number;
}

/** "1366x768,1024x700" as window sizes. */
export const windowSizes = (list: string): WindowSize[] =>
  list.split(',').map((size) => {
    const [width, height] = size.split('x').map(Number);
    return { width, height };
  });

/**
 * What the screenshot tools start from: the sample association (Maija Virtanen says who
 * she is) and an empty data folder, each behind its own bridge, and one Chromium. Pages
 * open in a language at a window size; `shoot` saves a PNG named `<name>.png` into `outDir`.
 */
export async function openScreenshotSession(outDir: string) {
  fs.mkdirSync(outDir, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-shots-'));
  const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-shots-empty-'));
  const seeding = await backendOn(dataDir, () => new Date());
  await seeding.call('setup:loadSample', {});
  await actAs(seeding.call, 'Maija Virtanen');
  await seeding.repo.close();
  const bridge = await startBridgeProcess(dataDir);
  const emptyBridge = await startBridgeProcess(emptyDir);
  const browser = await launchChromium();

  const openIn = async (url: string, language: Language, size: WindowSize): Promise<Page> => {
    const { page } = await openInLanguage(browser, url, language, size);
    return page;
  };
  const shoot = async (page: Page, name: string) => {
    await page.waitForTimeout(250);
    const file = path.join(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  };

  return {
    /** The sample association's app. */
    open: (language: Language, size: WindowSize) => openIn(bridge.url, language, size),
    shoot,
    /** The welcome a brand-new folder shows, saved as first-run-<suffix>. */
    async shootFirstRun(language: Language, size: WindowSize, suffix: string) {
      const page = await openIn(emptyBridge.url, language, size);
      await page.locator('#welcome-title').waitFor();
      await shoot(page, `first-run-${suffix}`);
      await page.context().close();
    },
    async close() {
      await browser.close();
      await bridge.stop();
      await emptyBridge.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(emptyDir, { recursive: true, force: true });
    },
  };
}
