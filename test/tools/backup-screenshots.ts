import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openInLanguage } from '../support/browser';
import { backendOn } from '../support/backend';
import { noisyPng } from '../support/images';

/*
 * `npx tsx test/tools/backup-screenshots.ts [fi|en|sv]` (after `npx electron-vite build`):
 * the Backup and restore panel while a backup zip is being sent (chunks slowed down so
 * the progress can be seen), into screenshots/backup/.
 */

const outDir = path.resolve('screenshots/backup');
const only = process.argv[2];
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-backup-shots-'));
const zipDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-backup-zip-'));
const seeding = await backendOn(dataDir, () => new Date());
await seeding.call('setup:loadSample', {});
// Three photos of 5 MB: a backup of a few chunks.
const posts = await seeding.call('posts:listUndated', {});
for (let i = 0; i < 3; i++) {
  const image = await seeding.call('media:importImage', { fileName: `kuva-${i}.png`, data: noisyPng(5_000_000, i + 1).toString('base64') });
  const post = posts[i] ?? (await seeding.call('posts:create', { title: `Kuva ${i}`, channelIds: [], status: 'idea' }));
  await seeding.call('posts:update', { id: post.id, changes: { coverImage: { ...image, alt: 'Kuva' } } });
}
const made = await seeding.call('export:backup', {});
const zip = path.join(zipDir, made.fileName);
fs.copyFileSync(path.join(dataDir, '.tmp', 'exports', made.fileId), zip);

const browser = await launchChromium();
const bridge = await startBridgeProcess(dataDir);
try {
  for (const language of ['fi', 'en', 'sv'] as const) {
    if (only && only !== language) continue;
    const { page } = await openInLanguage(browser, bridge.url, language, { width: 1280, height: 800 });
    await page.route('**/api/uploads:chunk', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.getByRole('button', { name: { fi: 'Vienti', en: 'Export', sv: 'Export' }[language] }).click();
    await page.locator('#restore-file').setInputFiles(zip);
    await page.locator('[role="status"]:has(> progress)').waitFor();
    await page.waitForTimeout(2500);
    await page.locator('#backup-title').scrollIntoViewIfNeeded();
    const file = path.join(outDir, `upload-progress-${language}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(zipDir, { recursive: true, force: true });
}
