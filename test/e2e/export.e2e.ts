import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, languageSelect, openApp } from '../support/browser';
import { browserSession, mainOnDisk } from '../support/e2e-session';
import { todayIn } from '../../shared/calendar/calendar-dates';
import { zipEntries } from '../support/backup-files';
import { seedExportFolder } from '../support/export-seed';
import { pngImage } from '../support/images';
import { snapshotFolder, tempDir } from '../support/temp-dir';

const root = path.resolve(import.meta.dirname, '../..');
const session = browserSession();
async function exportScreen(dir: string, language: 'en' | 'fi' = 'en') {
  const bridge = await session.bridgeOn(dir);
  const opened = await openApp(session.browser(), bridge.url);
  // The seeded folder is Finnish (its locale); each test picks the language it reads.
  await languageSelect(opened.page).selectOption(language);
  await opened.page.getByRole('heading', { name: language === 'fi' ? 'Kalenteri' : 'Calendar', level: 1 }).waitFor();
  await opened.page.getByRole('button', { name: language === 'fi' ? 'Vienti' : 'Export' }).click();
  return opened;
}

async function chooseDates(page: Page, from: string, to: string, labels = { custom: 'Choose dates', from: 'From', to: 'To' }) {
  await page.getByLabel(labels.custom).check();
  await page.getByLabel(labels.from, { exact: true }).fill(from);
  await page.getByLabel(labels.to, { exact: true }).fill(to);
}

async function download(page: Page, button: string): Promise<{ name: string; file: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  const target = path.join(tempDir(), file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), file: target };
}

describe('the Export screen, against the real services', () => {
  it('prints a month to PDF (headless Chromium’s page.pdf of the print view) and page 1 looks right', async () => {
    const dir = tempDir();
    await seedExportFolder(dir);
    const { page, errors } = await exportScreen(dir, 'fi');
    await chooseDates(page, '1.3.2026', '31.3.2026', { custom: 'Valitse päivät', from: 'Alkaen', to: 'Asti' });
    await page.getByText('Valittu: 1 julkaisu ja 2 vuoroa, 1.3.2026–31.3.2026.').waitFor();

    const [pdf] = await Promise.all([
      download(page, 'Tallenna PDF'),
      // Printing takes a moment: the progress bar shows meanwhile.
      page.getByRole('progressbar', { name: 'Tehdään: PDF…' }).waitFor(),
    ]);
    await page.getByText(`Ladattu: ${pdf.name}`).waitFor();
    expect(pdf.name).toBe('kyla-ry-2026-03-01_2026-03-31.pdf');
    const info = execFileSync('pdfinfo', [pdf.file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
    const pageOne = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf.file, '-'], { encoding: 'utf8' });
    for (const text of ['Kylä ry', 'Somejulkaisujen aikataulu', '1.3.2026 – 31.3.2026', 'Maaliskuu 2026', 'Kokouskutsu', 'Hyväksytty', 'Sivu 1 / ']) expect(pageOne).toContain(text);

    // Page 1 as a picture, for a person to look at (screenshots/export-pdf-month-page1.png).
    const shots = path.join(root, 'screenshots');
    fs.mkdirSync(shots, { recursive: true });
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '80', '-png', '-singlefile', pdf.file, path.join(shots, 'export-pdf-month-page1')]);
    expect(fs.statSync(path.join(shots, 'export-pdf-month-page1.png')).size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
  }, 120_000);

  it('saves the chosen selection as a calendar and a spreadsheet that other programs read', async () => {
    const dir = tempDir();
    const { channels } = await seedExportFolder(dir);
    const { page, errors } = await exportScreen(dir);
    await chooseDates(page, '1/3/2026', '30/4/2026');
    await page.getByRole('group', { name: 'Channels' }).getByLabel('Instagram').check();
    await page.getByText('Selected: 1 post and 2 duties, 1/3/2026 – 30/4/2026.').waitFor();

    const ics = await download(page, 'Save calendar');
    const events = new ICAL.Component(ICAL.parse(fs.readFileSync(ics.file, 'utf8'))).getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events.map((event) => event.summary)).toEqual(['Kevättalkoot (Instagram)', 'Photography: Bo Åström', 'Response duty: Anna Äijälä']);
    expect(events[0].startDate.toJSDate().toISOString()).toBe('2026-04-01T06:00:00.000Z');

    await page.getByLabel('Include the duty roster').uncheck();
    await page.getByLabel('Spreadsheet separator').selectOption(',');
    const csv = await download(page, 'Save spreadsheet');
    const rows = Papa.parse<Record<string, string>>(fs.readFileSync(csv.file, 'utf8').replace(/^\uFEFF/, ''), { header: true, delimiter: ',', skipEmptyLines: true }).data;
    expect(rows.map((row) => [row.Type, row.Title, row.Channel, row['Channel text']])).toEqual([['Post', 'Kevättalkoot', 'Instagram', 'Talkoot! 📸']]);
    expect(channels.ig.name).toBe('Instagram');

    const html = await download(page, 'Save web page');
    expect(fs.readFileSync(html.file, 'utf8')).toContain('Kevättalkoot');
    await page.getByLabel('Volunteer').selectOption({ label: 'Anna Äijälä' });
    const duty = await download(page, 'Save duty calendar');
    expect(duty.name).toBe('kyla-ry-anna-aijala-2026-03-01_2026-04-30.ics');
    expect(errors).toEqual([]);
  });

  it('refuses a broken backup with the problems listed, changing nothing; restores a good one after a preview', async () => {
    const source = tempDir();
    await seedExportFolder(source);
    const { page, errors } = await exportScreen(source);
    const backup = await download(page, 'Save a backup');
    expect(backup.name).toMatch(/^somevuoro-backup-kyla-ry-\d{4}-\d{2}-\d{2}\.zip$/);
    // Downloaded once from the bridge, then gone from the data folder's temporary area.
    expect(fs.readdirSync(path.join(source, '.tmp', 'exports'))).toEqual([]);

    const dir = tempDir();
    const fresh = await exportScreen(dir);
    const before = snapshotFolder(dir);
    // A JSON backup of an earlier version is still read; this one is broken.
    const broken = JSON.parse((await zipEntries(backup.file)).get('backup.json')?.bytes.toString('utf8') ?? '');
    broken.data.posts[1].date = '2026-02-30';
    broken.data.posts[2].title = '';
    await fresh.page.getByLabel('Restore or import a file').setInputFiles({ name: 'rikki.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const alert = fresh.page.getByRole('alert');
    await alert.getByText('“rikki.json” cannot be imported. Nothing was changed.').waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual(['data.posts.1.date Not a real date. (found “2026-02-30”)', 'data.posts.2.title Required.']);
    expect(snapshotFolder(dir)).toEqual(before);

    await fresh.page.getByLabel('Restore or import a file').setInputFiles({ name: 'photos.zip', mimeType: 'application/zip', buffer: Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100)]) });
    await alert.getByText('“photos.zip” cannot be imported. Nothing was changed.').waitFor();
    await alert.getByText('The zip file is damaged or cut short, or not a zip file at all.').waitFor();
    expect(snapshotFolder(dir)).toEqual(before);

    const chooser = fresh.page.getByLabel('Restore or import a file');
    // As a keyboard user chooses a file: the chooser has the focus when the file comes.
    await chooser.focus();
    await chooser.setInputFiles(backup.file);
    const dialog = fresh.page.getByRole('dialog', { name: `Import “${backup.name}”` });
    await dialog.waitFor();
    // Escape leaves the preview, changing nothing, with the focus back on the file chooser (issue 15 item 2); the file is chosen again.
    await fresh.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => chooser.evaluate((element) => element === document.activeElement)).toBe(true);
    // The data is as it was; the picked file waits in .tmp/uploads until the session ends (at most four do; transfer-folders.ts).
    expect(new Map([...snapshotFolder(dir)].filter(([file]) => !file.startsWith('.tmp')))).toEqual(before);
    await chooser.setInputFiles(backup.file);
    await dialog.waitFor();
    expect(await dialog.getByRole('row', { name: /^Posts/ }).getByRole('cell').allTextContents()).toEqual(['3', '0', '0', '0', '0']);
    expect(await axeViolations(fresh.page)).toEqual([]);
    await dialog.getByLabel('Replace everything with the file').check();
    await dialog.getByRole('button', { name: 'Import' }).click();
    await fresh.page.getByRole('status').getByText(/^Imported “somevuoro-backup-kyla-ry-.*”\. The earlier data is kept in backups/).waitFor();
    const restored = await mainOnDisk(dir);
    expect(restored.association.name).toBe('Kylä ry');
    expect(restored.duties).toHaveLength(2);
    expect(fs.readdirSync(path.join(dir, 'backups')).some((name) => name.startsWith('before-import-'))).toBe(true);
    // Everything shown is refreshed: the sidebar now names the restored association.
    await fresh.page.getByRole('complementary').getByText('Kylä ry', { exact: true }).waitFor();
    expect([...errors, ...fresh.errors]).toEqual([]);
  });

  it('backs up a post with its cover image as a zip, and a fresh folder restored from it shows the post and its picture', async () => {
    const source = tempDir();
    const { backend } = await seedExportFolder(source);
    const png = pngImage(1200, 630, [180, 60, 40]);
    const image = await backend.call('media:importImage', { fileName: 'talkoot.png', data: png.toString('base64') });
    const today = todayIn('Europe/Helsinki', new Date());
    const post = await backend.call('posts:create', { title: 'Talkookuvat', date: today, channelIds: [], status: 'draft' });
    await backend.call('posts:update', { id: post.id, changes: { coverImage: { ...image, alt: 'Haravat rivissä' } } });
    const { page, errors } = await exportScreen(source);
    const backup = await download(page, 'Save a backup');
    const entries = await zipEntries(backup.file);
    expect(entries.get(`media/${image.file}`)?.bytes.equals(png)).toBe(true);

    const dir = tempDir();
    const fresh = await exportScreen(dir);
    // What the page shows while the file is sent (fast here, so recorded as it appears).
    await fresh.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenProgress: string[] }).seenProgress = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[role="status"]:has(> progress)')?.textContent;
        if (text && !seen.includes(text)) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await fresh.page.getByLabel('Restore or import a file').setInputFiles(backup.file);
    const dialog = fresh.page.getByRole('dialog', { name: `Import “${backup.name}”` });
    await dialog.waitFor();
    const seen = await fresh.page.evaluate(() => (window as unknown as { seenProgress: string[] }).seenProgress);
    expect(seen[0]).toMatch(new RegExp(`^Reading “${backup.name.replace(/\./g, '\\.')}”: 0 kB of [\\d.]+ kB$`));
    await dialog.getByLabel('Replace everything with the file').check();
    await dialog.getByRole('button', { name: 'Import' }).click();
    await fresh.page.getByRole('status').getByText(/^Imported “somevuoro-backup-kyla-ry-.*”/).waitFor();
    expect(fs.readFileSync(path.join(dir, 'plan', 'media', image.file)).equals(png)).toBe(true);

    await fresh.page.getByRole('button', { name: 'Calendar', exact: true }).click();
    await fresh.page.locator(`[data-post-id="${post.id}"]:visible`).first().click();
    const editor = fresh.page.getByRole('dialog', { name: 'Edit post' });
    await editor.waitFor();
    expect(await editor.getByLabel('Title', { exact: true }).inputValue()).toBe('Talkookuvat');
    const thumbnail = editor.locator('img[src*="/media/"]');
    await thumbnail.waitFor();
    // The picture really loaded from the restored folder's media/.
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
    expect(await editor.getByLabel('Alt text: what the image shows').inputValue()).toBe('Haravat rivissä');
    expect([...errors, ...fresh.errors]).toEqual([]);
  });

  it('shows what is wrong with typed dates, and has no accessibility violations (axe-core)', async () => {
    const dir = tempDir();
    await seedExportFolder(dir);
    const { page } = await exportScreen(dir);
    await page.getByRole('heading', { name: 'Export and backup', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await chooseDates(page, '31/4/2026', '1/3/2026');
    await page.getByText('Not a real date.').waitFor();
    expect(await page.getByRole('button', { name: 'Save PDF' }).isDisabled()).toBe(true);
    await page.getByLabel('From', { exact: true }).fill('1/4/2026');
    await page.getByText('The end is before the start.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
