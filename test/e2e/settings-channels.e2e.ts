import { describe, expect, it } from 'vitest';
import { openApp } from '../support/browser';
import { seedSpring } from '../support/calendar-seed';
import { browserSession, mainOnDisk } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

const session = browserSession();

interface StoredChannel {
  id: string;
  name: string;
  url: string;
  goal: string;
  responsibleVolunteerId: string | null;
}
const channelOnDisk = async (dir: string, name: string): Promise<StoredChannel | undefined> => ((await mainOnDisk(dir)).channels as StoredChannel[]).find((channel) => channel.name === name);

describe('channels in Settings', () => {
  it('are added with an address written as www…, edited in a dialog, and removed only after asking, with an undo', async () => {
    const dir = tempDir();
    await seedSpring(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    const section = page.getByRole('region', { name: 'Channels' });
    await section.getByLabel('Name').fill('Village blog');
    await section.getByLabel('Address').fill('www.kyla.example.fi/blogi');
    await section.getByLabel('Goal').fill('Longer stories');
    await section.getByLabel('Responsible volunteer').selectOption({ label: 'Maija Virtanen' });
    await section.getByRole('button', { name: '+ Add channel' }).click();
    await expect.poll(() => channelOnDisk(dir, 'Village blog')).toMatchObject({ url: 'https://www.kyla.example.fi/blogi', goal: 'Longer stories', responsibleVolunteerId: 'maija' });

    const edit = section.getByRole('button', { name: 'Edit Village blog' });
    await edit.click();
    const dialog = page.getByRole('dialog', { name: 'Edit Village blog' });
    await dialog.getByLabel('Goal').fill('Stories from the village');
    await dialog.getByLabel('Responsible volunteer').selectOption({ label: 'Juha Korhonen' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => channelOnDisk(dir, 'Village blog')).toMatchObject({ goal: 'Stories from the village', responsibleVolunteerId: 'juha' });
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Edit Village blog');

    // Asked first: Cancel keeps it.
    await section.getByRole('button', { name: 'Remove Village blog' }).click();
    const question = section.getByRole('alertdialog', { name: 'Remove Village blog?' });
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await channelOnDisk(dir, 'Village blog')).toBeTruthy();

    await section.getByRole('button', { name: 'Remove Village blog' }).click();
    await question.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => channelOnDisk(dir, 'Village blog')).toBeUndefined();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => channelOnDisk(dir, 'Village blog')).toMatchObject({ url: 'https://www.kyla.example.fi/blogi', goal: 'Stories from the village', responsibleVolunteerId: 'juha' });
    await section.getByText('Village blog', { exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  it('takes the time zone typed by its city, with suggestions, and refuses a name that is no zone without changing it', async () => {
    const dir = tempDir();
    await seedSpring(dir);
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    const zone = page.getByRole('combobox', { name: 'Time zone' });
    expect(await zone.inputValue()).toBe('Europe/Helsinki');
    expect(await zone.evaluate((input) => input.tagName)).toBe('INPUT');
    expect(await zone.evaluate((input) => (input as HTMLInputElement).list?.options.length ?? 0)).toBeGreaterThan(300);
    await zone.fill('stockholm');
    await zone.press('Enter');
    await expect.poll(async () => (await mainOnDisk(dir)).settings.timeZone).toBe('Europe/Stockholm');
    // On disk before main's answer reaches the page: the field shows it once the answer has come.
    await expect.poll(() => zone.inputValue()).toBe('Europe/Stockholm');

    await zone.fill('Atlantis');
    await zone.press('Tab');
    await page.getByText('No time zone has that name').waitFor();
    expect((await mainOnDisk(dir)).settings.timeZone).toBe('Europe/Stockholm');
    expect(errors).toEqual([]);
  });
});
