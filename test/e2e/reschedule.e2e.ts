import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chipTitles, openApp } from '../support/browser';
import { seedSpring } from '../support/calendar-seed';
import { browserSession, postOnDisk } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

const session = browserSession();
const day = (page: Page, date: string) => page.locator(`[aria-busy] table td[data-date="${date}"]`);
const titlesOn = (page: Page, date: string) => chipTitles(day(page, date));

/** Drags with the mouse as a person would: press, move a little, move over the target, release. */
async function drag(page: Page, item: Locator, target: Locator) {
  // Both ends in the middle of the window, away from the edges where dragging scrolls the page.
  const [a, b] = [await item.elementHandle(), await target.elementHandle()];
  await page.evaluate(([first, second]) => {
    const [r1, r2] = [first!.getBoundingClientRect(), second!.getBoundingClientRect()];
    window.scrollBy(0, (r1.top + r2.bottom) / 2 - window.innerHeight / 2);
  }, [a, b] as const);
  const from = await item.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('Nothing to drag, or nowhere to drop');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 4, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 10, { steps: 12 });
  await page.mouse.up();
}

async function openSpring() {
  const dir = tempDir();
  await seedSpring(dir);
  const bridge = await session.bridgeOn(dir);
  const { page, errors } = await openApp(session.browser(), bridge.url);
  await page.getByRole('heading', { name: 'March 2026', level: 2 }).waitFor();
  return { dir, page, errors };
}

describe('rescheduling posts', () => {
  it('drags a 09:00 post from Friday across the last Sunday of March to Monday: on disk still 09:00, and undo puts it back', async () => {
    const { dir, page, errors } = await openSpring();
    await drag(page, page.getByRole('button', { name: /^09:00 Spring meeting/ }), day(page, '2026-03-30'));

    await expect.poll(() => postOnDisk(dir, 'Spring meeting')).toMatchObject({ date: '2026-03-30', time: '09:00' });
    expect(await titlesOn(page, '2026-03-30')).toEqual(['Spring meeting']);
    expect(await titlesOn(page, '2026-03-27')).toEqual([]);
    expect(await page.getByRole('button', { name: /^09:00 Spring meeting/ }).isVisible()).toBe(true);
    await page.getByRole('status').getByText('Moved “Spring meeting” to Mon 30/3.').waitFor();

    await page.keyboard.press('Control+z');
    await expect.poll(() => postOnDisk(dir, 'Spring meeting')).toMatchObject({ date: '2026-03-27', time: '09:00' });
    await expect.poll(() => titlesOn(page, '2026-03-27')).toEqual(['Spring meeting']);
    expect(errors).toEqual([]);
  });

  it('moves a post by keyboard: Space, arrow keys, Space; the focus stays on the post; the Undo button undoes it', async () => {
    const { dir, page, errors } = await openSpring();
    const chip = page.getByRole('button', { name: /^18:30 Ice fishing contest/ });
    // A screen reader says how to move the chip when it is reached (every chip shares one draggable: chip-drag.tsx).
    const description = await chip.evaluate((element) => (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    expect(description).toMatch(/^To move the post, press Space/);
    await chip.focus();
    await page.keyboard.press('Space');
    await page.getByText('Picked up “Ice fishing contest”.').waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowDown');
    await page.getByText('Over Saturday 4 April 2026.').waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowLeft');
    await page.getByText('Over Friday 3 April 2026.').waitFor({ state: 'attached' });
    await page.keyboard.press('Space');

    // A week and a day later, across the change to summer time: still 18:30 on the wall clock.
    await expect.poll(() => postOnDisk(dir, 'Ice fishing contest')).toMatchObject({ date: '2026-04-03', time: '18:30' });
    expect(await titlesOn(page, '2026-04-03')).toEqual(['Ice fishing contest']);
    // The chip's name goes on with its flags (the checklist's open items).
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^18:30 Ice fishing contest, Draft, Instagram(, |$)/);

    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => postOnDisk(dir, 'Ice fishing contest')).toMatchObject({ date: '2026-03-28', time: '18:30' });
    await expect.poll(() => titlesOn(page, '2026-03-28')).toEqual(['Ice fishing contest']);
    expect(errors).toEqual([]);
  });

  it('cancels a keyboard move with Escape and changes nothing', async () => {
    const { dir, page } = await openSpring();
    await page.getByRole('button', { name: /^18:30 Ice fishing contest/ }).focus();
    await page.keyboard.press('Space');
    await page.getByText('Picked up “Ice fishing contest”.').waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await page.getByText('Cancelled. “Ice fishing contest” did not move.').waitFor({ state: 'attached' });
    expect(await postOnDisk(dir, 'Ice fishing contest')).toMatchObject({ date: '2026-03-28', time: '18:30' });
    expect(await titlesOn(page, '2026-03-28')).toEqual(['Ice fishing contest']);
  });

  it('moves a post to a typed date with M (“Move to…”), also outside the month shown, and to Unscheduled', async () => {
    const { dir, page, errors } = await openSpring();
    await page.getByRole('button', { name: /^09:00 Spring meeting/ }).focus();
    await page.keyboard.press('m');
    const dialog = page.getByRole('dialog', { name: 'Move “Spring meeting”' });
    await dialog.getByLabel('New date').fill('2/5/2026');
    await dialog.getByRole('button', { name: 'Move' }).click();
    await expect.poll(() => postOnDisk(dir, 'Spring meeting')).toMatchObject({ date: '2026-05-02', time: '09:00' });
    expect(await titlesOn(page, '2026-03-27')).toEqual([]);

    // A date that does not exist is refused in place.
    await page.getByRole('button', { name: /^Easter market/ }).or(page.getByRole('button', { name: /^10:00 Easter market/ })).first().focus();
    await page.keyboard.press('m');
    const second = page.getByRole('dialog', { name: 'Move “Easter market”' });
    await second.getByLabel('New date').fill('31/4/2026');
    await second.getByRole('button', { name: 'Move' }).click();
    await second.getByText('Not a real date.').waitFor();
    await second.getByLabel('New date').fill('');
    await second.getByRole('button', { name: 'Move' }).click();
    await expect.poll(() => postOnDisk(dir, 'Easter market')).toMatchObject({ date: null, time: null });
    await page.getByRole('region', { name: /^Unscheduled/ }).getByRole('button', { name: /^Easter market/ }).waitFor();

    // Undo brings back the time an unscheduling took away.
    await page.getByRole('status').getByText('Moved “Easter market” to Unscheduled.').waitFor();
    await page.keyboard.press('Control+z');
    await expect.poll(() => postOnDisk(dir, 'Easter market')).toMatchObject({ date: '2026-04-04', time: '10:00' });
    expect(errors).toEqual([]);
  });

  it('drags an unscheduled post onto a day, and a post in the week view to another day in its own time row', async () => {
    const { dir, page, errors } = await openSpring();
    await drag(page, page.getByRole('button', { name: /^Village survey/ }), day(page, '2026-03-25'));
    await expect.poll(() => postOnDisk(dir, 'Village survey')).toMatchObject({ date: '2026-03-25', time: null });

    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await page.getByRole('button', { name: 'Next week' }).click();
    await page.getByRole('button', { name: 'Next week' }).click();
    await page.getByRole('heading', { name: 'Week 13 · 23/3–29/3/2026', level: 2 }).waitFor();
    const chip = page.getByRole('button', { name: /^09:00 Spring meeting/ });
    await drag(page, chip, page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^\d\d:\d\d$/ }) }).locator('td[data-date="2026-03-24"]').first());
    await expect.poll(() => postOnDisk(dir, 'Spring meeting')).toMatchObject({ date: '2026-03-24', time: '09:00' });

    // By keyboard too: a day's whole column is its drop target, and the post keeps its time.
    await page.getByRole('button', { name: /^09:00 Spring meeting/ }).focus();
    await page.keyboard.press('Space');
    await page.getByText('Picked up “Spring meeting”.').waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowRight');
    await page.getByText('Over Wednesday 25 March 2026.').waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await expect.poll(() => postOnDisk(dir, 'Spring meeting')).toMatchObject({ date: '2026-03-25', time: '09:00' });
    expect(errors).toEqual([]);
  });
});
