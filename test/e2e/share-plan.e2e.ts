import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BridgeProcess } from '../support/bridge-process';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openApp } from '../support/browser';
import { seedAssociation } from '../support/seed';
import { tempDir } from '../support/temp-dir';

/*
 * Issue 13 item 1 in the browser: Settings › Share this plan refuses a folder that is not
 * empty (in the UI language, nothing changed), moves the plan into an empty one (the bridge
 * switches in place and the page reloads on it), and removes the old copy when asked.
 */

let browser: Browser | undefined;
let bridge: BridgeProcess | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = tempDir();
  await seedAssociation(dataDir, 'en-GB');
  [browser, bridge] = await Promise.all([launchChromium(), startBridgeProcess(dataDir)]);
});
afterAll(async () => {
  await browser?.close();
  await bridge?.stop();
});

describe('Share this plan', () => {
  it('refuses a folder that is not empty, moves the plan into an empty one, then removes the old copy', async () => {
    if (!browser || !bridge) throw new Error('not started');
    const cloud = tempDir();
    const shared = path.join(cloud, 'Somevuoro');
    fs.mkdirSync(shared);
    const { page } = await openApp(browser, bridge.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Share this plan…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this plan' });
    await dialog.getByLabel('Folder').fill(cloud);
    await dialog.getByRole('button', { name: 'Move the plan here' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('That folder is not empty and holds no plan. Choose an empty folder. Nothing was changed.');
    expect(fs.readdirSync(cloud)).toEqual(['Somevuoro']);

    await dialog.getByLabel('Folder').fill(shared);
    await dialog.getByRole('button', { name: 'Move the plan here' }).click();
    // The page reloads on the plan in the shared folder: Settings names it and offers to remove the old copy.
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    // (The recent plans list names it too.)
    await page.getByRole('region', { name: /^Share this plan/ }).getByText(shared, { exact: true }).waitFor();
    expect(fs.readdirSync(shared).sort()).toEqual(['automerge', 'plan.json']);
    await page.getByRole('button', { name: 'Remove old copy' }).click();
    await page.getByRole('button', { name: 'Remove old copy' }).click();
    await page.getByText('The old copy was removed.').waitFor();
    expect(fs.existsSync(path.join(dataDir, 'plan'))).toBe(false);
    // The calendar reads the same plan from its new folder.
    await page.getByRole('navigation').getByRole('button', { name: 'Calendar' }).click();
    await expect.poll(() => page.locator('button[data-post-id]').count()).toBeGreaterThan(0);
  }, 30_000);
});
