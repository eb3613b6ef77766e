import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../support/browser';
import { browserSession, deviceOnDisk, mainOnDisk, postsOnDisk } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

const shots = process.env.SHOTS_DIR;

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
    const main = await mainOnDisk(dir);
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

  it('after setting up a new folder asks who you are; you add yourself, and Settings › Who am I says so', async () => {
    const dir = tempDir();
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    const welcome = page.getByRole('region', { name: 'Welcome to Somevuoro' });
    await welcome.getByLabel('Association’s name').fill('Kylä ry');
    await welcome.getByRole('button', { name: 'Start planning' }).click();
    const step = page.getByRole('region', { name: 'Who are you?' });
    await step.getByText('Say who you are before you change the plan. You can look around without it.').waitFor();
    if (shots) await page.screenshot({ path: path.join(shots, 'who-are-you-step-en.png') });
    const choose = step.getByRole('button', { name: 'Choose who I am' });
    await choose.click();
    const ask = page.getByRole('dialog', { name: 'Who are you?' });
    await ask.getByText('The plan has no volunteers yet: add yourself.').waitFor();
    await ask.getByRole('button', { name: 'That’s me' }).click();
    await ask.getByText('Required.').waitFor();
    await ask.getByLabel('Your name').fill('Anna Äijälä');
    if (shots) await page.screenshot({ path: path.join(shots, 'who-are-you-dialog-en.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => step.count()).toBe(0);
    const anna = (await mainOnDisk(dir)).volunteers.find((volunteer: { name: string }) => volunteer.name === 'Anna Äijälä');
    expect(anna).toMatchObject({ active: true });
    expect(Object.values(deviceOnDisk(dir).identities)).toEqual([{ volunteerId: anna.id, name: 'Anna Äijälä' }]);

    await page.getByRole('button', { name: 'Settings' }).click();
    const whoAmI = page.getByRole('region', { name: 'Who am I' });
    await whoAmI.getByText('You are Anna Äijälä on this computer.').waitFor();
    await whoAmI.getByText(/not a password or a permission/).waitFor();
    if (shots) await whoAmI.screenshot({ path: path.join(shots, 'settings-who-am-i-en.png') });
    // Changeable later; Escape closes the dialog and gives focus back to the button.
    const change = whoAmI.getByRole('button', { name: 'Change' });
    await change.click();
    await page.getByRole('dialog', { name: 'Who are you?' }).getByRole('radio', { name: 'Anna Äijälä' }).waitFor();
    expect(await page.getByRole('dialog', { name: 'Who are you?' }).getByRole('radio', { name: 'Anna Äijälä' }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog', { name: 'Who are you?' }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Change');
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
    expect((await postsOnDisk(dir)).length).toBeGreaterThan(50);
    expect((await postsOnDisk(dir)).some((post) => post.title.startsWith('Viikon vinkki'))).toBe(true);
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
    expect(deviceOnDisk(dir).preferences.welcomeDismissed).toBe(true);
  });
});
