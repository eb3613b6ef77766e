import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { plusDays, todayIn } from '../../shared/calendar/calendar-dates';
import { backendOn } from '../support/backend';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openInLanguage } from '../support/browser';

/*
 * `npx tsx test/tools/album-flag-screenshots.ts [out-dir] [fi|en|sv]` (after `npm run build`): the month's
 * checklist badges (checklist:range, ChecklistBadge) and the editor's checklist of a post whose album was
 * already used ten months before, outside the month shown (issue 14's album-name index).
 */

const outDir = path.resolve(process.argv[2] ?? 'screenshots/album-flag');
const only = process.argv[3];
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-album-shots-'));
const seeding = await backendOn(dataDir, () => new Date());
await seeding.call('setup:loadSample', {});
const today = todayIn('Europe/Helsinki', new Date());
const [day, earlier] = [plusDays(today, 3), plusDays(today, -300)];
const album = `${day} Joulumyyjäiset`;
const channelIds = (await seeding.call('channels:list', {})).slice(0, 1).map((channel) => channel.id);
const shown = await seeding.call('posts:create', { title: 'Joulumyyjäisten kuvat', date: day, time: '12:00', status: 'draft', contentType: 'event', channelIds, albumName: album });
await seeding.call('posts:create', { title: 'Kevätmyyjäiset', date: earlier, status: 'draft', contentType: 'photos', channelIds, albumName: album });
const badge = (await seeding.call('checklist:range', { from: day, to: day })).find((entry) => entry.postId === shown.id);
console.log('badge', JSON.stringify(badge));
await seeding.repo.close();

const browser = await launchChromium();
const bridge = await startBridgeProcess(dataDir);

async function shot(page: Page, name: string) {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(file);
}

try {
  for (const language of ['fi', 'en', 'sv'] as const) {
    if (only && only !== language) continue;
    const { page } = await openInLanguage(browser, bridge.url, language, { width: 1280, height: 800 });
    await page.locator('[aria-busy="false"]').waitFor();
    await page.getByRole('button', { name: /Joulumyyjäisten kuvat/ }).first().waitFor();
    await shot(page, `month-badges-${language}`);
    await page.getByRole('button', { name: /Joulumyyjäisten kuvat/ }).first().click();
    const editor = page.getByRole('dialog');
    await editor.locator('[data-item]').first().waitFor();
    await editor.locator('section', { has: page.locator('[data-item]') }).last().scrollIntoViewIfNeeded();
    await shot(page, `editor-checklist-${language}`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
