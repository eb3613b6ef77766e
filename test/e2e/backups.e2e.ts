import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safetyCopyLabel } from '../../shared/backup/safety-copies';
import { backendOn } from '../support/backend';
import { axeViolations, languageSelect, openApp } from '../support/browser';
import { browserSession, mainOnDisk, postsOnDisk } from '../support/e2e-session';
import { seedAssociation } from '../support/seed';
import { asOlderJsonFolder } from '../support/plan-on-disk';
import { snapshotFolder, tempDir } from '../support/temp-dir';

const root = path.resolve(import.meta.dirname, '../..');
const session = browserSession();

/** The seeded association, a safety copy of it taken before an import on 20 November, then a post and a new name added. */
async function folderWithCopy(): Promise<string> {
  const dir = tempDir();
  await seedAssociation(dir);
  const backend = await backendOn(dir, () => new Date());
  await backend.repo.backup(safetyCopyLabel('import', new Date('2026-11-20T08:15:00Z')));
  await backend.call('association:update', { name: 'Uusi nimi ry' });
  await backend.call('posts:create', { title: 'Lisätty kopion jälkeen', date: null });
  // Closed before the bridge opens the folder, as only one process at a time may: the day's
  // automatic copy is written when edits pause or at close, not while the next process starts.
  await backend.repo.close();
  return dir;
}

async function settingsScreen(dir: string, language: 'en' | 'fi') {
  const bridge = await session.bridgeOn(dir);
  const opened = await openApp(session.browser(), bridge.url);
  await languageSelect(opened.page).selectOption(language);
  await opened.page.getByRole('button', { name: language === 'fi' ? 'Asetukset' : 'Settings' }).click();
  return opened;
}

describe('Safety copies in Settings, against the real services', () => {
  it('lists the copies newest first and restores one after asking; the current data is kept as a copy first', async () => {
    const dir = await folderWithCopy();
    const { page, errors } = await settingsScreen(dir, 'en');
    const list = page.getByRole('region', { name: 'Safety copies' });
    const rows = list.getByRole('row');
    await rows.nth(2).waitFor();
    // The automatic copy of today comes first; the copy before the import of 20 November last.
    expect(await rows.nth(1).innerText()).toMatch(/Daily/);
    expect((await rows.nth(2).innerText()).replace(/\s+/g, ' ')).toMatch(/^20 Nov 2026, 10:15 Before import \d+ kB Restore$/);

    const restore = list.getByRole('button', { name: 'Restore the copy of 20 Nov 2026, 10:15' });
    const dialog = page.getByRole('dialog', { name: 'Restore the copy of 20 Nov 2026, 10:15?' });
    // Escape leaves the question with the focus back on the button that asked it (issue 15 item 2).
    await restore.click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => restore.evaluate((element) => element === document.activeElement)).toBe(true);
    await restore.click();
    await dialog.getByText(/Your current data is kept first as a copy/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.SHOTS) await page.screenshot({ path: path.join(root, 'screenshots', 'settings-backups-restore-en.png') });
    await dialog.getByRole('button', { name: 'Restore copy' }).click();
    await page.getByRole('status').getByText('Restored the copy of 20 Nov 2026, 10:15. The data before it is kept as a copy.').waitFor();

    // The screen shows the restored data at once: the association's old name, and the copy taken before restoring.
    await page.getByLabel('Name', { exact: true }).first().and(page.locator('[value="Kylä ry"]')).waitFor();
    await list.getByRole('cell', { name: 'Before restore' }).waitFor();
    expect((await mainOnDisk(dir)).association.name).toBe('Kylä ry');
    expect((await postsOnDisk(dir)).map((post) => post.title)).not.toContain('Lisätty kopion jälkeen');
    const kept = fs.readdirSync(path.join(dir, 'backups')).filter((name) => name.startsWith('before-restore-'));
    expect(kept).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'backups', kept[0], 'somevuoro.json'), 'utf8')).association.name).toBe('Uusi nimi ry');
    expect(errors).toEqual([]);
  });

  it('speaks Finnish, and Cancel changes nothing', async () => {
    const dir = await folderWithCopy();
    const { page, errors } = await settingsScreen(dir, 'fi');
    const list = page.getByRole('region', { name: 'Varmuuskopiot' });
    await list.getByRole('cell', { name: 'Ennen tuontia' }).waitFor();
    // Read after the language was chosen (a saved preference).
    const before = snapshotFolder(path.join(dir, 'plan'));
    await list.getByRole('cell', { name: 'Päivittäinen' }).waitFor();
    if (process.env.SHOTS) await page.screenshot({ path: path.join(root, 'screenshots', 'settings-backups-fi.png'), fullPage: true });
    await list.getByRole('button', { name: /^Palauta kopio ajalta 20\.11\.2026/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Peruuta' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    expect(snapshotFolder(path.join(dir, 'plan'))).toEqual(before);
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((name) => name.startsWith('before-restore-'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('tells, in the user’s language, that an interrupted import was undone', async () => {
    const dir = tempDir();
    await seedAssociation(dir);
    // A folder of the JSON format as a kill during an import's writing left it (a staging folder without a journal): opening it migrates it, undoing the import first.
    await asOlderJsonFolder(dir);
    fs.mkdirSync(path.join(dir, '.import-staging', 'posts'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.import-staging', 'posts', '2026-01.json'), '{"schemaVersion":1,"bucket":"2026-01","po');
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await languageSelect(page).selectOption('fi');
    await page.getByRole('region', { name: 'Osa tiedoista vaati huomiota' }).getByText('Tuonti tai palautus keskeytyi (sovellus suljettiin tai tietokone pysähtyi) ennen kuin sen tiedot olivat valmiina. Siitä ei otettu mitään käyttöön: suunnitelmasi on ennallaan.').waitFor();
    expect(fs.existsSync(path.join(dir, '.import-staging'))).toBe(false);
    expect(errors).toEqual([]);
  });
});
