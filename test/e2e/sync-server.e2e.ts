import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncServer } from '../../electron/services/sync-server/sync-server';
import { startSyncServer } from '../../electron/services/sync-server/sync-server';
import { formatDateInput } from '../../shared/calendar/date-input';
import { browserSession, laptopsOnOnePlan } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

/*
 * Issue 13 item 5 in the browser: two laptops (two bridges, separate plan folders and device
 * folders, no folder shared) joined to a real sync server on 127.0.0.1 through Settings › Sync
 * server only. A post made on one shows on the other's agenda without a reload; a wrong secret
 * shows "refused". Screenshots of the section (English, Finnish) go to SHOTS_DIR when set.
 */

const SECRET = 'kylä-ry-7f3a9c2e51d84b60';
const shotsDir = process.env.SHOTS_DIR;
const session = browserSession();
let server: SyncServer | undefined;
beforeAll(async () => {
  server = await startSyncServer({ port: 0, dataDir: tempDir(), secret: SECRET });
});
afterAll(async () => {
  await server?.close();
});
const laptop = session.laptop;

/** Settings › Share this plan › Sync server, filled and connected as a person would. */
async function connect(page: Page, address: string, secret: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
  const section = page.getByRole('region', { name: 'Sync server' });
  await section.getByLabel('Server address').fill(address);
  await section.getByLabel('Shared secret').fill(secret);
  await section.getByRole('button', { name: 'Connect', exact: true }).click();
}

const status = (page: Page) => page.getByRole('region', { name: /Sync server|Synkronointipalvelin/ }).getByRole('status');

async function shoot(page: Page, name: string): Promise<void> {
  if (!shotsDir) return;
  fs.mkdirSync(shotsDir, { recursive: true });
  await page.getByRole('region', { name: /Sync server|Synkronointipalvelin/ }).screenshot({ path: path.join(shotsDir, name) });
}

describe('two laptops through the sync server, set in Settings', () => {
  it('a bad address is refused with a message; both connect, a post made on one shows on the other without a reload; a wrong secret shows refused', async () => {
    if (!server) throw new Error('The sync server is not running');
    const {
      today,
      laptops: [{ planDir: planA, deviceDir: annaDevice }, { planDir: planB, deviceDir: benDevice }],
    } = await laptopsOnOnePlan(['Anna', 'Ben']);
    const [anna, ben] = await Promise.all([laptop(planA, annaDevice), laptop(planB, benDevice)]);

    // An https:// address is not a sync server's: said in words, nothing saved.
    await connect(anna, 'https://sync.example.org/', SECRET);
    await anna.getByText('A sync server address starts with wss://').waitFor();
    await expect.poll(() => status(anna).innerText()).toContain('not connected');

    await connect(anna, server.url, SECRET);
    await connect(ben, server.url, SECRET);
    for (const page of [anna, ben]) await status(page).getByText('connected', { exact: true }).waitFor({ timeout: 20_000 });
    // Saved, and never shown again.
    await expect.poll(() => anna.getByLabel('Shared secret').inputValue()).toBe('');
    await anna.getByText('A secret is saved on this laptop').waitFor();
    await shoot(anna, 'sync-server-en-connected.png');

    for (const page of [anna, ben]) await page.getByRole('navigation').getByRole('button', { name: 'Calendar' }).click();
    for (const page of [anna, ben]) await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await anna.getByRole('button', { name: 'New post' }).click();
    const dialog = anna.getByRole('dialog', { name: 'New post' });
    await dialog.getByLabel('Title').fill('Kevätsiivous palvelimen kautta');
    await dialog.getByLabel('Date').fill(formatDateInput(today, 'en'));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await anna.getByRole('button', { name: 'Edit “Kevätsiivous palvelimen kautta”' }).waitFor();
    await ben.getByRole('button', { name: 'Edit “Kevätsiivous palvelimen kautta”' }).waitFor({ timeout: 20_000 });
    // Ben only reads what came through the server: his status line still names who changed the plan (issue 13 item 4).
    const line = ben.locator('footer[aria-label="Plan sharing"]');
    await line.locator('summary').click();
    await line.getByText(/Last change from Anna/).waitFor({ timeout: 20_000 });
    await line.getByRole('listitem').getByText(/^Anna: last change/).waitFor();
    if (shotsDir) await line.screenshot({ path: path.join(shotsDir, 'sync-server-en-status-line.png') });

    // Ben types a wrong secret: the server refuses, and the section says so.
    await connect(ben, server.url, 'väärä-salaisuus-123456');
    await status(ben).getByText('refused: wrong secret').waitFor({ timeout: 20_000 });
    await shoot(ben, 'sync-server-en-refused.png');
    if (shotsDir) {
      await anna.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
      await anna.getByLabel('Language').selectOption('fi');
      await status(anna).getByText('yhdistetty', { exact: true }).waitFor();
      await shoot(anna, 'sync-server-fi-connected.png');
      await ben.getByLabel('Language').selectOption('fi');
      await status(ben).getByText('väärä salaisuus', { exact: false }).waitFor();
      await shoot(ben, 'sync-server-fi-refused.png');
    }
  }, 180_000);
});
