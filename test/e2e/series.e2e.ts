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
    const chip = (day: string) => page.locator(`button[data-post-id="${series.id}_${day}"]:visible`);
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
    await occurrence.getByLabel('Time', { exact: true }).fill('18:00');
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

  it('asks how far a Delete in the agenda reaches, and changes the weekday of a series from the editor for all its posts', async () => {
    const { page, errors } = await openApp(browser(), url());
    await page.getByLabel('Go to date').fill('1/3/2027');
    await page.getByRole('button', { name: 'Go', exact: true }).click();
    await page.getByRole('button', { name: 'New post' }).first().click();
    const editor = page.getByRole('dialog', { name: 'New post' });
    await editor.getByLabel('Title').fill('Choir practice');
    await editor.getByLabel('Date').fill('1/3/2027');
    await editor.getByLabel('Time').fill('18:00');
    await editor.getByLabel('Repeats').selectOption('week');
    await editor.getByRole('button', { name: 'Save' }).click();
    const choir = async () => ((await seriesOnDisk()) as (StoredSeries & { repeat: { weekdays: string[] }; cancelled: string[] })[]).find((one) => one.fields.title === 'Choir practice');
    await expect.poll(async () => (await choir())?.start).toBe('2027-03-01');

    // The agenda row's Delete asks first; Cancel changes nothing, "Only this post" cancels that one.
    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    const deleteFirst = page.getByRole('button', { name: 'Delete “Choir practice”' }).first();
    await deleteFirst.click();
    const question = page.getByRole('dialog', { name: 'Delete recurring post' });
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'hidden' });
    expect((await choir())?.cancelled).toEqual([]);
    await deleteFirst.click();
    await question.getByRole('button', { name: 'Only this post' }).click();
    await page.getByRole('status').getByText('Deleted “Choir practice”.').waitFor();
    await expect.poll(async () => (await choir())?.cancelled).toEqual(['2027-03-01']);
    // Undone as any delete is, from the notice: the post is back.
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').getByText('Restored “Choir practice”.').waitFor();
    await expect.poll(async () => (await choir())?.cancelled).toEqual([]);

    // The editor of a later post shows the series' rule; Wednesday instead of Monday, for all posts.
    await page.getByRole('button', { name: 'Edit “Choir practice”' }).first().click();
    const edit = page.getByRole('dialog', { name: 'Edit post' });
    expect(await edit.getByLabel('Repeats').inputValue()).toBe('week');
    await edit.getByText('Every Monday at 18:00').waitFor();
    await edit.getByRole('checkbox', { name: 'Wednesday' }).check();
    await edit.getByRole('checkbox', { name: 'Monday' }).uncheck();
    await edit.getByText('Every Wednesday at 18:00').waitFor();
    await edit.getByRole('button', { name: 'Save' }).click();
    const scope = page.getByRole('dialog', { name: 'Save recurring post' });
    await scope.getByRole('button', { name: 'All posts in the series' }).waitFor();
    // A new rule is the series' own: "only this post" is not offered.
    expect(await scope.getByRole('button', { name: 'Only this post' }).count()).toBe(0);
    await scope.getByRole('button', { name: 'All posts in the series' }).click();
    await expect.poll(async () => {
      const one = await choir();
      return one && `${one.start} ${one.repeat.weekdays.join()} [${one.cancelled.join()}]`;
    }).toBe('2027-03-03 WE []');
    await page.getByRole('button', { name: 'Edit “Choir practice”' }).first().waitFor();
    expect(errors).toEqual([]);
  });
});
