import { describe, expect, it } from 'vitest';
import { openApp } from '../support/browser';
import { seedSpring } from '../support/calendar-seed';
import { browserSession, mainOnDisk, postOnDisk } from '../support/e2e-session';
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

describe('the review workflow', () => {
  it('lists what waits for review, and approving asks for your name once and records who and when', async () => {
    const dir = tempDir();
    await seedReview(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('heading', { name: /^Waiting for review/, level: 2 }).waitFor();
    expect(await page.locator('.review-card h3').allTextContents()).toEqual(['Christmas fair']);
    await page.getByLabel('Weeks ahead').selectOption('8');
    await expect.poll(() => page.locator('.review-card h3').allTextContents()).toEqual(['Christmas fair', 'Board news']);
    await expect.poll(() => mainOnDisk(dir).preferences.reviewWeeks).toBe(8);

    const started = Date.now();
    await page.getByRole('button', { name: 'Approve “Christmas fair”' }).click();
    const ask = page.getByRole('dialog', { name: 'Who are you?' });
    await ask.getByRole('button', { name: 'Save and continue' }).click();
    await ask.getByText('Required.').waitFor();
    await ask.getByLabel('Your name').fill('Maija Virtanen');
    await ask.getByRole('button', { name: 'Save and continue' }).click();

    await expect.poll(() => postOnDisk(dir, 'Christmas fair')?.approval?.by).toBe('Maija Virtanen');
    const stored = postOnDisk(dir, 'Christmas fair');
    expect(stored?.status).toBe('approved');
    expect(Date.parse(stored?.approval?.at ?? '')).toBeGreaterThanOrEqual(started - 1000);
    expect(mainOnDisk(dir).settings.userName).toBe('Maija Virtanen');
    // Approved, it no longer waits for review.
    await expect.poll(() => page.locator('.review-card h3').allTextContents()).toEqual(['Board news']);

    // The editor shows who approved; the name is not asked again.
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await page.getByRole('button', { name: /^10:00 Christmas fair, Approved/ }).click();
    const editor = page.getByRole('dialog', { name: 'Edit post' });
    await editor.getByText(/^Approved by Maija Virtanen on \d+\/\d+\/\d{4} \d\d:\d\d$/).waitFor();
    expect(errors).toEqual([]);
  });

  it('keeps board members’ comments with author and time, on disk', async () => {
    const dir = tempDir();
    await seedReview(dir);
    await (await backendOn(dir)).repo.updateMain((doc) => ({ ...doc, settings: { ...doc.settings, userName: 'Liisa Nieminen' } }));
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    const comment = page.getByRole('textbox', { name: 'Comment on “Christmas fair”' });
    await comment.fill('Add the opening hours, please.');
    await page.getByRole('button', { name: 'Add comment' }).first().click();
    await expect.poll(() => postOnDisk(dir, 'Christmas fair')?.comments).toMatchObject([{ author: 'Liisa Nieminen', text: 'Add the opening hours, please.' }]);
    const card = page.locator('.review-card').first();
    await card.locator('.comment-text').getByText('Add the opening hours, please.').waitFor();
    expect(await card.locator('.comment-meta strong').textContent()).toBe('Liisa Nieminen');
    expect(await comment.inputValue()).toBe('');

    await card.getByRole('button', { name: 'Delete the comment by Liisa Nieminen' }).click();
    await expect.poll(() => postOnDisk(dir, 'Christmas fair')?.comments).toEqual([]);
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
