import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../../electron/api/handlers';
import type { ApiResult } from '../../shared/api/contract-kit';
import type { ChannelName, InputOf, OutputOf } from '../../shared/api/contract';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openInLanguage } from '../support/browser';
import { FolderSync } from '../support/folder-sync';
import { seedAssociation } from '../support/seed';
import { seededRandom } from '../support/seeded-random';

/*
 * `npx tsx test/tools/sync-screenshots.ts [fi|en|sv]` (after `npm run build`): two laptops
 * (Anna, Ben) on plan folders joined by the test's sync tool change one post's title and a
 * duty at once; Anna's screen then shows the status line, the "two versions" marker on the
 * calendar chip, in the editor and in the roster, a comment lost to a move (named by the
 * moved post's title), and a post moved while deleted (in the status line and in Settings ›
 * Deleted posts), into screenshots/sync/ (issue 13).
 */

const language = (process.argv[2] ?? 'fi') as 'fi' | 'en' | 'sv';
const outDir = path.resolve('screenshots', 'sync');
fs.mkdirSync(outDir, { recursive: true });
const temp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `somevuoro-sync-shots-${name}-`));
const seeded = temp('seed');
const { posts } = await seedAssociation(seeded, 'fi-FI');
const [annaDevice, benDevice] = [temp('anna'), temp('ben')];
const [planA, planB] = [path.join(temp('a'), 'plan'), path.join(temp('b'), 'plan')];
const post = posts[1];
// Moved to another month by Anna while Ben commented on it: Ben's comment is lost to the move, listed by the post's name.
const moved = posts.find((candidate) => candidate.id !== post.id && candidate.date !== null) ?? posts[2];
// Moved by Anna while Ben deleted it: in the calendar and in the trash, listed, and marked in Settings › Deleted posts.
const movedAndDeleted = posts.find((candidate) => ![post.id, moved.id].includes(candidate.id) && candidate.date !== null) ?? posts[3];

/** One laptop's services, in-process, as its person. */
async function laptopAs(deviceDir: string, planDir: string, name: string | null) {
  const backend = await openBackend({ dataDir: deviceDir, planDir, clock: () => new Date(), locale: 'fi-FI' });
  const call = async <K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const result = (await backend.dispatch(channel, input)) as ApiResult<OutputOf<K>>;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  if (name) await call('identity:set', { newVolunteer: { name } });
  return { call, close: () => backend.repo.close() };
}

// Two volunteers and a response duty on the post's day, in the plan both laptops start from.
const setup = await laptopAs(temp('setup'), path.join(seeded, 'plan'), null);
const volunteer = { email: '', phone: '', roles: [], channelIds: [], away: [], maxDutiesPerMonth: null, active: true };
const [aino, eero] = [await setup.call('volunteers:create', { name: 'Aino', ...volunteer }), await setup.call('volunteers:create', { name: 'Eero', ...volunteer })];
const duty = await setup.call('duties:create', { type: 'response', volunteerId: null, from: post.date ?? '2026-12-01', to: post.date ?? '2026-12-01', channelIds: [], note: '' });
await setup.close();
fs.cpSync(path.join(seeded, 'plan'), planA, { recursive: true });
fs.cpSync(path.join(seeded, 'plan'), planB, { recursive: true });

// Both change the post's title and the duty's person, neither having seen the other's change.
const anna = await laptopAs(annaDevice, planA, 'Anna');
const ben = await laptopAs(benDevice, planB, 'Ben');
await anna.call('posts:update', { id: post.id, changes: { title: 'Talkookuvat jäsenalbumiin' } });
await ben.call('posts:update', { id: post.id, changes: { title: 'Talkookuvat Instagramiin' } });
await anna.call('duties:update', { id: duty.id, changes: { volunteerId: aino.id } });
await ben.call('duties:update', { id: duty.id, changes: { volunteerId: eero.id } });
await anna.call('posts:update', { id: moved.id, changes: { date: '2027-03-14', time: null } });
await ben.call('posts:comment', { id: moved.id, text: 'Kuvat ovat jo kansiossa' });
await anna.call('posts:update', { id: movedAndDeleted.id, changes: { date: '2027-04-11', time: null } });
await ben.call('posts:delete', { id: movedAndDeleted.id });
await Promise.all([anna.close(), ben.close()]);
const tool = new FolderSync([planA, planB], { random: seededRandom(3), maxDelayMs: 50 });
tool.start();
await tool.quiet();

const bridge = await startBridgeProcess(planA, {}, ['--device', annaDevice]);
const browser = await launchChromium();
const shot = (name: string) => path.join(outDir, `${name}-${language}.png`);
try {
  const { page } = await openInLanguage(browser, bridge.url, language, { width: 1280, height: 800 }, 'fi-FI');
  const chip = page.locator(`button[data-post-id="${post.id}"]`).first();
  await chip.waitFor();
  const footer = page.locator('footer');
  await footer.locator('summary').click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: shot('calendar') });
  await footer.screenshot({ path: shot('status-line') });
  await chip.click();
  const editor = page.getByRole('dialog');
  await editor.locator('fieldset legend').first().waitFor();
  await page.screenshot({ path: shot('editor') });
  await page.keyboard.press('Escape');
  await page.getByRole('navigation').getByRole('button').nth(2).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: shot('roster') });
  await page.getByRole('navigation').getByRole('button').last().click();
  const trash = page.locator('section[aria-labelledby="trash-title"]');
  await trash.locator('li').first().waitFor();
  await trash.scrollIntoViewIfNeeded();
  await trash.screenshot({ path: shot('trash') });
  console.log(outDir);
} finally {
  tool.stop();
  await browser.close();
  await bridge.stop();
}
