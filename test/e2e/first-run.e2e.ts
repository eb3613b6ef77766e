import { describe, expect, it } from 'vitest';
import { openApp } from '../support/browser';
import { browserSession, mainOnDisk, postsOnDisk } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

const session = browserSession();

describe('first run', () => {
  it('asks an empty install for the association’s name and channels', async () => {
    const dir = tempDir();
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    const welcome = page.getByRole('region', { name: 'Welcome to Somevuoro' });
    await welcome.getByRole('button', { name: 'Start planning' }).click();
    await welcome.getByText('Required.').waitFor();
    await welcome.getByLabel('Association’s name').fill('Kylä ry');
    await welcome.getByRole('checkbox', { name: 'Instagram' }).check();
    await welcome.getByRole('button', { name: 'Start planning' }).click();
    await expect.poll(() => welcome.count()).toBe(0);
    const main = mainOnDisk(dir);
    expect(main.association.name).toBe('Kylä ry');
    expect(main.channels.map((channel: { kind: string; name: string }) => [channel.kind, channel.name])).toEqual([
      ['facebook-page', 'Facebook page'],
      ['instagram', 'Instagram'],
    ]);
    // Later changes live in Settings.
    await page.getByRole('button', { name: 'Settings' }).click();
    expect(await page.getByRole('textbox', { name: 'Name', exact: true }).first().inputValue()).toBe('Kylä ry');
    expect(errors).toEqual([]);
  });

  it('offers a sample association with a season of Finnish posts, shown at once in the calendar', async () => {
    const dir = tempDir();
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('button', { name: 'Open the sample association' }).click();
    await page.getByRole('status').getByText(/^Opened the sample association: \d+ posts\.$/).waitFor();
    await page.getByRole('complementary').getByText('Mäntylän kyläyhdistys ry', { exact: true }).waitFor();
    await expect.poll(() => page.locator('button[data-post-id]').count()).toBeGreaterThan(10);
    expect(postsOnDisk(dir).length).toBeGreaterThan(50);
    expect(postsOnDisk(dir).some((post) => post.title.startsWith('Viikon vinkki'))).toBe(true);
    expect(await page.getByRole('region', { name: 'Welcome to Somevuoro' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('can be put off until later, and stays put off after a reload', async () => {
    const dir = tempDir();
    const bridge = await session.bridgeOn(dir);
    const { page } = await openApp(session.browser(), bridge.url);
    await page.getByRole('button', { name: 'Later' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Welcome to Somevuoro' }).count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('region', { name: 'Welcome to Somevuoro' }).count()).toBe(0);
    expect(mainOnDisk(dir).preferences.welcomeDismissed).toBe(true);
  });
});
