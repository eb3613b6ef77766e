import { describe, expect, it } from 'vitest';
import { openApp } from '../support/browser';
import { fileBridgeSession, mainOnDisk } from '../support/e2e-session';

/* Issue 16 item 1 on screen: a weekly series made in the editor, one post of it changed alone, then "this and following" from a later one. One bridge for the file. */

const { dir, browser, url } = fileBridgeSession('series');

interface StoredSeries {
  id: string;
  start: string;
  fields: { title: string; time: string | null };
  ends: { kind: string; date?: string; count?: number };
  overrides: Record<string, { changes: { title?: string } }>;
}

const seriesOnDisk = async () => ((await mainOnDisk(dir)) as { series: StoredSeries[] }).series;

describe('recurring posts', () => {
  it('makes a weekly series in the editor, changes one post of it alone, then splits it with "this and following"', async () => {
    const { page, errors } = await openApp(browser(), url());
    await page.getByRole('button', { name: 'New post' }).first().click();
    const editor = page.getByRole('dialog', { name: 'New post' });
    await editor.getByLabel('Title').fill('Weekly news');
    await editor.getByLabel('Date').fill('4/1/2027');
    await editor.getByLabel('Time').fill('09:00');
    await editor.getByLabel('Repeats').selectOption('week');
    await editor.getByLabel('Ends').selectOption('after');
    await editor.getByLabel('How many times').fill('4');
    await editor.getByText('Every Monday at 09:00, 4 times').waitFor();
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await seriesOnDisk()).map((one) => `${one.fields.title} ${one.start} ${JSON.stringify(one.ends)}`)).toEqual(['Weekly news 2027-01-04 {"kind":"after","count":4}']);
    const [series] = await seriesOnDisk();

    await page.getByLabel('Go to date').fill('11/1/2027');
    await page.getByRole('button', { name: 'Go', exact: true }).click();
    const chip = (day: string) => page.locator(`button[data-post-id="${series.id}_${day}"]`);
    await expect.poll(() => chip('2027-01-25').getAttribute('aria-label')).toMatch(/^09:00 Weekly news, Idea, Recurring post, /);

    // Only this post; Esc on the question first changes nothing and gives the focus back.
    await chip('2027-01-11').click();
    const occurrence = page.getByRole('dialog', { name: 'Edit post' });
    await occurrence.getByLabel('Title').fill('Weekly news: the library');
    await occurrence.getByRole('button', { name: 'Save' }).click();
    const question = page.getByRole('dialog', { name: 'Save recurring post' });
    await question.getByRole('button', { name: 'Only this post' }).waitFor();
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Save');
    await occurrence.getByRole('button', { name: 'Save' }).click();
    await question.getByRole('button', { name: 'Only this post' }).click();
    await expect.poll(async () => (await seriesOnDisk())[0]?.overrides['2027-01-11']?.changes.title).toBe('Weekly news: the library');
    await expect.poll(() => chip('2027-01-11').getAttribute('aria-label')).toMatch(/^09:00 Weekly news: the library,/);
    expect(await chip('2027-01-18').getAttribute('aria-label')).toMatch(/^09:00 Weekly news,/);

    // This and following, from the third: the series ends the day before, a new one carries on at 18:00.
    await chip('2027-01-18').click();
    await occurrence.getByLabel('Time').fill('18:00');
    await occurrence.getByRole('button', { name: 'Save' }).click();
    await question.getByRole('button', { name: 'This and following posts' }).click();
    await expect.poll(async () => (await seriesOnDisk()).map((one) => `${one.start} ${one.fields.time} ${JSON.stringify(one.ends)}`)).toEqual([
      '2027-01-04 09:00 {"kind":"on","date":"2027-01-17"}',
      '2027-01-18 18:00 {"kind":"after","count":2}',
    ]);
    expect((await seriesOnDisk())[0]?.overrides['2027-01-11']?.changes.title).toBe('Weekly news: the library');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
