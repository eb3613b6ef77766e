import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { plusDays } from '../../shared/calendar/calendar-dates';
import { formatDateInput } from '../../shared/calendar/date-input';
import { carryKnownDocumentsFirst, FolderSync } from '../support/folder-sync';
import { pngImage } from '../support/images';
import { seededRandom } from '../support/seeded-random';
import { browserSession, laptopsOnOnePlan } from '../support/e2e-session';
import { openLaptop } from '../support/sync-laptop';

/*
 * Issue 13, Done-when "browser test": two pages on two bridges (`--data PLAN_DIR --device DIR`),
 * their plan folders joined by the simulated sync tool. A post created on one laptop appears on
 * the other's calendar without a reload; a title both change while the tool is offline shows
 * "Two versions" on both; keeping one clears it on both.
 */

const session = browserSession();
const tools: FolderSync[] = [];
afterEach(() => {
  tools.splice(0).forEach((tool) => tool.stop());
});

async function laptop(planDir: string, deviceDir: string): Promise<Page> {
  const page = await session.laptop(planDir, deviceDir);
  await page.getByRole('button', { name: 'Agenda', exact: true }).click();
  return page;
}

async function editTitle(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: `Edit “${from}”` }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit post' });
  await dialog.getByLabel('Title').fill(to);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').getByText(`Saved “${to}”.`).waitFor();
}

describe('two laptops in the browser, through a shared folder', () => {
  it('a post made on one shows on the other without a reload; a title both changed shows two versions on both until one is kept', async () => {
    const {
      today,
      laptops: [{ planDir: planA, deviceDir: annaDevice }, { planDir: planB, deviceDir: benDevice }],
    } = await laptopsOnOnePlan(['Anna', 'Ben']);
    const tool = new FolderSync([planA, planB], { random: seededRandom(5), maxDelayMs: 100 });
    tools.push(tool);
    tool.start();
    const [anna, ben] = [await laptop(planA, annaDevice), await laptop(planB, benDevice)];

    // Created on Anna's laptop, on Ben's screen without a reload.
    await anna.getByRole('button', { name: 'New post' }).click();
    const dialog = anna.getByRole('dialog', { name: 'New post' });
    await dialog.getByLabel('Title').fill('Kevätsiivous');
    await dialog.getByLabel('Date').fill(formatDateInput(today, 'en'));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await anna.getByRole('button', { name: 'Edit “Kevätsiivous”' }).waitFor();
    await ben.getByRole('button', { name: 'Edit “Kevätsiivous”' }).waitFor({ timeout: 10_000 });

    // Both change the title while the sync tool is offline; then it carries both.
    await tool.quiet();
    tool.paused = true;
    await editTitle(anna, 'Kevätsiivous', 'Kevätsiivous lauantaina');
    await editTitle(ben, 'Kevätsiivous', 'Kevätsiivous sunnuntaina');
    tool.paused = false;
    // The agenda row's badge, naming both values and who wrote each.
    const marker = async (page: Page) => (await page.locator('main').innerText()).includes('Two versions');
    for (const page of [anna, ben]) await expect.poll(() => marker(page), { timeout: 10_000 }).toBe(true);
    for (const page of [anna, ben]) expect(await page.locator('main').innerText()).toMatch(/Title: “Kevätsiivous (lauantaina|sunnuntaina)” \((Anna|Ben)\), “Kevätsiivous (lauantaina|sunnuntaina)” \((Anna|Ben)\)/);
    // Both laptops show the same title.
    const shown = async (page: Page) => ((await page.getByRole('button', { name: 'Edit “Kevätsiivous lauantaina”' }).count()) > 0 ? 'lauantaina' : 'sunnuntaina');
    await expect.poll(async () => [await shown(anna), await shown(ben)], { timeout: 10_000 }).toSatisfy(([a, b]: string[]) => a === b);

    // Ben keeps Anna's title in the editor: gone from both, Anna's title on both.
    await ben.getByRole('button', { name: /^Edit “Kevätsiivous (lauantaina|sunnuntaina)”$/ }).click();
    const editor = ben.getByRole('dialog', { name: 'Edit post' });
    await editor.getByRole('region', { name: 'Two versions' }).waitFor();
    await editor.getByRole('button', { name: /Title “Kevätsiivous lauantaina”/ }).click();
    await expect.poll(() => editor.getByRole('region', { name: 'Two versions' }).count(), { timeout: 10_000 }).toBe(0);
    // Nothing was typed: the form follows the kept title, and closing asks nothing.
    await expect.poll(() => editor.getByLabel('Title').inputValue()).toBe('Kevätsiivous lauantaina');
    await editor.getByRole('button', { name: 'Cancel' }).click();
    for (const page of [anna, ben]) {
      await page.getByRole('button', { name: 'Edit “Kevätsiivous lauantaina”' }).waitFor({ timeout: 10_000 });
      await expect.poll(() => marker(page), { timeout: 10_000 }).toBe(false);
    }

    // Anna is typing in the editor when Ben's title arrives: the title she has not touched follows, her text stays.
    await anna.getByRole('button', { name: 'Edit “Kevätsiivous lauantaina”' }).click();
    const annasEditor = anna.getByRole('dialog', { name: 'Edit post' });
    await annasEditor.getByLabel('Text', { exact: true }).fill('Tuokaa omat haravat');
    await editTitle(ben, 'Kevätsiivous lauantaina', 'Kevätsiivous ja grillaus');
    await expect.poll(() => annasEditor.getByLabel('Title').inputValue(), { timeout: 10_000 }).toBe('Kevätsiivous ja grillaus');
    expect(await annasEditor.getByLabel('Text', { exact: true }).inputValue()).toBe('Tuokaa omat haravat');
  }, 120_000);

  it('a post whose move on the other laptop has half arrived is not changed: the editor says why, and the same save goes through once it has arrived', async () => {
    const {
      today,
      laptops: [{ planDir: planA, deviceDir: annaDevice }, { planDir: planB }],
    } = await laptopsOnOnePlan(['Anna', 'Ben']);
    const anna = await laptop(planA, annaDevice);
    await anna.getByRole('button', { name: 'Edit “Talkookuvat albumiin”' }).waitFor();
    // Ben (the services, in this process) moves the post a year on, into a month document of its own.
    const ben = await openLaptop('Ben', planB);
    try {
      const post = (await ben.repo.allPosts()).find((candidate) => candidate.title === 'Talkookuvat albumiin');
      if (!post) throw new Error('The seeded post is missing');
      await ben.posts.postsUpdate({ id: post.id, changes: { date: plusDays(today, 400) } });
    } finally {
      await ben.repo.close();
    }
    // Anna's sync tool brings the move's removal from the post's month, not yet the new month.
    const carryTheRest = carryKnownDocumentsFirst(planB, planA);
    // Seen once merged: the status line names Ben's change.
    await expect.poll(async () => (await anna.locator('footer').innerText()).includes('Ben'), { timeout: 10_000 }).toBe(true);

    // Still shown where it was; Anna's edit is refused in her language, and stays in the form.
    await anna.getByRole('button', { name: 'Edit “Talkookuvat albumiin”' }).click();
    const editor = anna.getByRole('dialog', { name: 'Edit post' });
    await editor.getByLabel('Title').fill('Talkookuvat jäsenalbumiin');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByText('“Talkookuvat albumiin” is being moved on another laptop and has not fully arrived here yet. Nothing was changed: try again in a moment.').waitFor();
    if (process.env.SHOTS_DIR) await anna.screenshot({ path: path.join(process.env.SHOTS_DIR, 'post-arriving-en.png') });
    expect(await editor.getByLabel('Title').inputValue()).toBe('Talkookuvat jäsenalbumiin');

    // The new month arrives: the same save goes through.
    carryTheRest();
    // Seen through the plan watcher's rescan (1.5 s), a merge, an event and a read. Never arrived, 5 runs in 36 of this file beside two busy loops,
    // when a load read the root's new chunk before the rescan did (electron/storage/README.md, "Live merging"); 30 s leaves room for load.
    await expect.poll(() => anna.getByRole('button', { name: 'Edit “Talkookuvat albumiin”' }).count(), { timeout: 30_000 }).toBe(0);
    await editor.getByRole('button', { name: 'Save' }).click();
    await anna.getByRole('status').getByText('Saved “Talkookuvat jäsenalbumiin”.').waitFor();
  }, 120_000);

  it("an image attached on one laptop shows on the other; a file its sync tool has copied only in part shows as not yet arrived, then as the image", async () => {
    const {
      today,
      laptops: [{ planDir: planA, deviceDir: annaDevice }, { planDir: planB, deviceDir: benDevice }],
    } = await laptopsOnOnePlan(['Anna', 'Ben']);
    const tool = new FolderSync([planA, planB], { random: seededRandom(7), maxDelayMs: 100, partialShare: 0.5 });
    tools.push(tool);
    tool.start();
    const [anna, ben] = [await laptop(planA, annaDevice), await laptop(planB, benDevice)];

    const png = pngImage(640, 400, [200, 120, 40]);
    await anna.getByRole('button', { name: 'New post' }).click();
    const dialog = anna.getByRole('dialog', { name: 'New post' });
    await dialog.getByLabel('Title').fill('Talkoot');
    await dialog.getByLabel('Date').fill(formatDateInput(today, 'en'));
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'talkoot.png', mimeType: 'image/png', buffer: png });
    await dialog.getByLabel('Alt text: what the image shows').fill('Haravat rivissä');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await anna.getByRole('button', { name: 'Edit “Talkoot”' }).waitFor();

    // The sync tool carried the image to Ben's folder, under the same name (in two parts, some of the time).
    await ben.getByRole('button', { name: 'Edit “Talkoot”' }).waitFor({ timeout: 10_000 });
    await tool.quiet();
    tool.stop();
    const [name] = fs.readdirSync(path.join(planA, 'media'));
    const file = path.join(planB, 'media', name);
    expect(fs.readFileSync(file).equals(png)).toBe(true);

    // As Ben's tool leaves a file it has only begun: "not yet arrived", never a broken image; once whole, the image, without a reload.
    fs.writeFileSync(file, png.subarray(0, png.length >> 1));
    const loaded = (page: Page) => page.evaluate(() => Array.from(document.querySelectorAll<HTMLImageElement>('img[alt="Haravat rivissä"]:not([hidden])')).map((img) => (img.complete ? img.naturalWidth : 0))[0] ?? 0);
    await ben.getByRole('button', { name: 'Edit “Talkoot”' }).click();
    const editor = ben.getByRole('dialog', { name: 'Edit post' });
    await editor.getByRole('img', { name: 'Image not yet arrived' }).waitFor();
    expect(await loaded(ben)).toBe(0);
    fs.appendFileSync(file, png.subarray(png.length >> 1));
    await expect.poll(() => loaded(ben), { timeout: 15_000 }).toBe(640);
    expect(await editor.getByRole('img', { name: 'Image not yet arrived' }).count()).toBe(0);
  }, 120_000);
});
