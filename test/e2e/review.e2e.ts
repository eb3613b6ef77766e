import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from '../support/browser';
import { seedSpring } from '../support/calendar-seed';
import { browserSession, deviceOnDisk, mainOnDisk, postOnDisk } from '../support/e2e-session';
import { actAs } from '../support/identity';
import { tempDir } from '../support/temp-dir';
import { backendOn } from '../support/backend';
import { todayIn, plusDays } from '../../shared/calendar/calendar-dates';

const session = browserSession();

/** Two posts in review in the coming days (the review view always starts today). */
async function seedReview(dir: string) {
  await seedSpring(dir);
  const backend = await backendOn(dir);
  const today = todayIn('Europe/Helsinki', new Date());
  await backend.call('posts:create', { title: 'Christmas fair', date: plusDays(today, 3), time: '10:00', status: 'in-review', text: 'Welcome to the fair!' });
  await backend.call('posts:create', { title: 'Board news', date: plusDays(today, 40), status: 'in-review' });
  await backend.call('posts:create', { title: 'Draft only', date: plusDays(today, 4), status: 'draft' });
  await backend.call('preferences:update', { calendarView: 'review', calendarDate: null });
}

/** The titles of the review list's cards (the Review view is a region named by its introduction). */
const cardTitles = (page: Page) => page.getByRole('region', { name: /^Posts in review/ }).getByRole('heading', { level: 3 }).allTextContents();

describe('the review workflow', () => {
  it('lists what waits for review, and approving first asks who you are, then records that volunteer and when', async () => {
    const dir = tempDir();
    await seedReview(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('heading', { name: /^Waiting for review/, level: 2 }).waitFor();
    // The heading comes before the posts' answer: the cards are awaited, not read once.
    await expect.poll(() => cardTitles(page)).toEqual(['Christmas fair']);
    await page.getByLabel('Weeks ahead').selectOption('8');
    await expect.poll(() => cardTitles(page)).toEqual(['Christmas fair', 'Board news']);
    await expect.poll(() => deviceOnDisk(dir).preferences.reviewWeeks).toBe(8);
    expect(await mainOnDisk(dir)).not.toHaveProperty('preferences');

    const started = Date.now();
    await page.getByRole('button', { name: 'Approve “Christmas fair”' }).click();
    const ask = page.getByRole('dialog', { name: 'Who are you?' });
    await ask.getByRole('button', { name: 'That’s me' }).click();
    await ask.getByText('Pick a volunteer, or give your name to add yourself.').waitFor();
    await ask.getByText('This is not a password or a permission').waitFor();
    await ask.getByRole('radio', { name: 'Maija Virtanen' }).check();
    await ask.getByRole('button', { name: 'That’s me' }).click();

    await expect.poll(async () => (await postOnDisk(dir, 'Christmas fair'))?.approval?.by).toBe('Maija Virtanen');
    const stored = await postOnDisk(dir, 'Christmas fair');
    expect(stored?.status).toBe('approved');
    expect(Date.parse(stored?.approval?.at ?? '')).toBeGreaterThanOrEqual(started - 1000);
    expect(Object.values(deviceOnDisk(dir).identities)).toEqual([{ volunteerId: 'maija', name: 'Maija Virtanen' }]);
    // Approved, it no longer waits for review.
    await expect.poll(() => cardTitles(page)).toEqual(['Board news']);

    // The editor shows who approved; who you are is not asked again.
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await page.getByRole('button', { name: /^10:00 Christmas fair, Approved/ }).click();
    const editor = page.getByRole('dialog', { name: 'Edit post' });
    await editor.getByText(/^Approved by Maija Virtanen on \d+\/\d+\/\d{4} \d\d:\d\d$/).waitFor();
    expect(errors).toEqual([]);
  });

  it('approves at once as the volunteer picked earlier on this laptop, with no prompt', async () => {
    const dir = tempDir();
    await seedReview(dir);
    await actAs((await backendOn(dir)).call, 'Juha Korhonen');
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('button', { name: 'Approve “Christmas fair”' }).click();
    await expect.poll(async () => (await postOnDisk(dir, 'Christmas fair'))?.approval?.by).toBe('Juha Korhonen');
    expect(await page.getByRole('dialog', { name: 'Who are you?' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Who are you?' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await page.getByRole('button', { name: /^10:00 Christmas fair, Approved/ }).click();
    await page.getByRole('dialog', { name: 'Edit post' }).getByText(/^Approved by Juha Korhonen on /).waitFor();
    expect(errors).toEqual([]);
  });

  it('keeps board members’ comments with author and time, on disk', async () => {
    const dir = tempDir();
    await seedReview(dir);
    await actAs((await backendOn(dir)).call, 'Liisa Nieminen');
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    const comment = page.getByRole('textbox', { name: 'Comment on “Christmas fair”' });
    await comment.fill('Add the opening hours, please.');
    await page.getByRole('button', { name: 'Add comment' }).first().click();
    await expect.poll(async () => (await postOnDisk(dir, 'Christmas fair'))?.comments).toMatchObject([{ author: 'Liisa Nieminen', text: 'Add the opening hours, please.' }]);
    const card = page.getByRole('region', { name: /^Posts in review/ }).getByRole('listitem').first();
    await card.getByRole('list', { name: 'Comments' }).getByText('Add the opening hours, please.').waitFor();
    expect(await card.getByRole('list', { name: 'Comments' }).locator('strong').textContent()).toBe('Liisa Nieminen');
    expect(await comment.inputValue()).toBe('');

    await card.getByRole('button', { name: 'Delete the comment by Liisa Nieminen' }).click();
    await expect.poll(async () => (await postOnDisk(dir, 'Christmas fair'))?.comments).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('offers “Approve” once a post was sent for review, and before that only a labelled “Approve without review”', async () => {
    const dir = tempDir();
    await seedReview(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    await page.getByRole('button', { name: 'Edit “Draft only”' }).click();
    const review = page.getByRole('dialog', { name: 'Edit post' }).getByRole('region', { name: 'Review and comments' });
    await review.getByRole('button', { name: 'Approve “Draft only” without review' }).waitFor();
    expect(await review.getByRole('button', { name: 'Approve “Draft only”', exact: true }).count()).toBe(0);
    await review.getByRole('button', { name: 'Send for review' }).click();
    await review.getByRole('button', { name: 'Approve “Draft only”', exact: true }).waitFor();
    expect(await review.getByRole('button', { name: /without review/ }).count()).toBe(0);
    await expect.poll(async () => (await postOnDisk(dir, 'Draft only'))?.status).toBe('in-review');
    expect(errors).toEqual([]);
  });

  it('records the link of a published post, and an edit cannot approve', async () => {
    const dir = tempDir();
    await seedReview(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('button', { name: 'Edit “Christmas fair”' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit post' });
    expect(await editor.getByRole('option', { name: 'Approved' }).isDisabled()).toBe(true);
    await editor.getByLabel('Status').selectOption('published');
    await editor.getByLabel('Link to the published post').fill('https://www.facebook.com/kylary/posts/123');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => postOnDisk(dir, 'Christmas fair')).toMatchObject({ status: 'published', publishedUrl: 'https://www.facebook.com/kylary/posts/123' });
    expect(errors).toEqual([]);
  });
});
