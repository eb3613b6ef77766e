import { describe, expect, it } from 'vitest';
import { openApp } from '../support/browser';
import { fileBridgeSession, mainOnDisk, postOnDisk, postsOnDisk } from '../support/e2e-session';

/* Issue 16 items 2–3 on screen: an idea becomes a post; a campaign from a template, its key date moved and the move undone. One bridge for the file. */

const { dir, browser, url } = fileBridgeSession('ideas', async (backend) => {
  const walk = await backend.call('ideas:create', { title: 'Village walk', description: 'A guided walk to the old farmsteads.', proposer: 'Mary Hill' });
  await backend.call('ideas:support', { id: walk.id, name: 'Peter' });
  await backend.call('ideas:create', { title: 'Podcast' });
});

describe('ideas and campaigns', () => {
  it('turns an idea into a draft post in one step, and the post says which idea it came from', async () => {
    const { page, errors } = await openApp(browser(), url());
    await page.getByRole('navigation').getByRole('button', { name: 'Ideas' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Village walk/ }) });
    await card.getByText('1 supporter: Peter').waitFor();
    await card.getByRole('button', { name: 'Make a post' }).click();

    const editor = page.getByRole('dialog', { name: 'Edit post' });
    await editor.getByRole('link', { name: 'From the idea “Village walk”' }).waitFor();
    expect(await postOnDisk(dir, 'Village walk')).toMatchObject({ status: 'draft', text: 'A guided walk to the old farmsteads.' });
    await page.keyboard.press('Escape');
    await card.getByRole('button', { name: 'Post: Village walk' }).waitFor();
    await card.getByText('Planned', { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('turns an idea into a recurring post in one step: its editor says which idea, the idea names it, and deleting it keeps the idea', async () => {
    const { page, errors } = await openApp(browser(), url());
    await page.getByRole('navigation').getByRole('button', { name: 'Ideas' }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Podcast/ }) });
    await card.getByRole('button', { name: 'Make a recurring post' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit post' });
    await editor.getByRole('link', { name: 'From the idea “Podcast”' }).waitFor();
    expect(await editor.getByLabel('Repeats').inputValue()).toBe('week');
    const series = ((await mainOnDisk(dir)) as { series: { id: string; fields: { title: string; status: string } }[] }).series;
    expect(series.map((one) => `${one.fields.title} ${one.fields.status}`)).toEqual(['Podcast draft']);
    await page.keyboard.press('Escape');
    await card.getByRole('button', { name: 'Recurring post: Podcast' }).waitFor();

    // Deleted from its editor ("all posts in the series"), the series goes and the idea stays, saying so.
    await card.getByRole('button', { name: 'Recurring post: Podcast' }).click();
    await editor.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete recurring post' }).getByRole('button', { name: 'All posts in the series' }).click();
    await card.getByText('Recurring post deleted (the idea stays)').waitFor();
    expect(((await mainOnDisk(dir)) as { series: unknown[]; ideas: { title: string; links: { kind: string }[] }[] }).ideas.find((idea) => idea.title === 'Podcast')?.links).toEqual([{ kind: 'series', id: series[0].id }]);
    expect(errors).toEqual([]);
  });

  it('creates a campaign from a template with its posts as drafts, moves the key date with them, and undoes the move', async () => {
    const { page, errors } = await openApp(browser(), url());
    await page.getByRole('navigation').getByRole('button', { name: 'Campaigns' }).click();
    await page.getByRole('button', { name: 'New campaign' }).click();
    const dialog = page.getByRole('dialog', { name: 'New campaign' });
    await dialog.getByLabel('Name').fill('Summer fair');
    await dialog.getByLabel('Template').selectOption({ label: 'Event' });
    await dialog.getByLabel('Key date').fill('13/6/2027');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Campaign “Summer fair” created with 5 draft posts.').waitFor();

    const panel = page.getByRole('region', { name: /Summer fair/ });
    await panel.getByText('Key date Sunday 13 June 2027').waitFor();
    await panel.getByText('0 ready, 0 published of 5 posts').waitFor();
    const placed = async () => (await postsOnDisk(dir)).filter((post) => post.title.startsWith('Summer fair')).map(({ title, date, time, status }) => [title, date, time, status]);
    await expect.poll(placed).toEqual([
      ['Summer fair: Teaser', '2027-05-30', '18:00', 'draft'],
      ['Summer fair: Announcement', '2027-06-06', '18:00', 'draft'],
      ['Summer fair: Reminder', '2027-06-12', '18:00', 'draft'],
      ['Summer fair: Live from the event', '2027-06-13', '12:00', 'draft'],
      ['Summer fair: Thanks, with the photo album', '2027-06-14', '18:00', 'draft'],
    ]);

    await panel.getByLabel('Move key date').fill('20/6/2027');
    await panel.getByRole('button', { name: 'Move', exact: true }).click();
    await page.getByText('Key date moved to 20/6/2027; 5 posts moved with it.').waitFor();
    await expect.poll(async () => (await postOnDisk(dir, 'Summer fair: Announcement'))?.date).toBe('2027-06-13');
    expect((await postOnDisk(dir, 'Summer fair: Thanks, with the photo album'))?.date).toBe('2027-06-21');
    await panel.getByText('Key date Sunday 20 June 2027').waitFor();

    await page.getByRole('button', { name: 'Undo' }).click();
    await panel.getByText('Key date Sunday 13 June 2027').waitFor();
    await expect.poll(async () => (await postOnDisk(dir, 'Summer fair: Announcement'))?.date).toBe('2027-06-06');
    expect((await postOnDisk(dir, 'Summer fair: Thanks, with the photo album'))?.date).toBe('2027-06-14');
    const main = (await mainOnDisk(dir)) as { campaigns: { keyDate: string }[] };
    expect(main.campaigns.map((campaign) => campaign.keyDate)).toEqual(['2027-06-13']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renames a campaign, deletes it with its drafts after asking, and the undo brings back the campaign and its posts', async () => {
    const { page, errors } = await openApp(browser(), url());
    await page.getByRole('navigation').getByRole('button', { name: 'Campaigns' }).click();
    const panel = page.getByRole('region', { name: /Summer fair/ });
    await panel.getByRole('button', { name: 'Rename' }).click();
    await panel.getByLabel('Campaign name').fill('Village fair');
    await panel.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Renamed the campaign “Village fair”.').waitFor();
    const renamed = page.getByRole('region', { name: /Village fair/ });

    await renamed.getByRole('button', { name: 'Delete' }).click();
    const ask = renamed.getByRole('alertdialog');
    await ask.getByText('Delete the campaign “Village fair”?', { exact: false }).waitFor();
    await ask.getByRole('button', { name: 'Cancel' }).click();
    expect(((await mainOnDisk(dir)) as { campaigns: unknown[] }).campaigns).toHaveLength(1);
    await renamed.getByRole('button', { name: 'Delete' }).click();
    await ask.getByRole('button', { name: 'Delete with its 5 drafts' }).click();
    await page.getByRole('status').getByText('Deleted the campaign “Village fair”.').waitFor();
    await renamed.waitFor({ state: 'detached' });
    await expect.poll(async () => ((await mainOnDisk(dir)) as { campaigns: unknown[] }).campaigns).toEqual([]);
    await expect.poll(async () => (await postsOnDisk(dir)).filter((post) => post.title.startsWith('Summer fair')).length).toBe(0);

    await page.getByRole('button', { name: 'Undo' }).click();
    await renamed.getByText('0 ready, 0 published of 5 posts').waitFor();
    expect(await renamed.getByText('deleted', { exact: true }).count()).toBe(0);
    await expect.poll(async () => (await postsOnDisk(dir)).filter((post) => post.title.startsWith('Summer fair')).length).toBe(5);
    expect(errors).toEqual([]);
  });
});
