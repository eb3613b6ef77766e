import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateInput } from '../../shared/calendar/date-input';
import { FolderSync } from '../support/folder-sync';
import { seededRandom } from '../support/seeded-random';
import { browserSession, laptopsOnOnePlan } from '../support/e2e-session';

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
});
