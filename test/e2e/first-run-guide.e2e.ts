import { describe, expect, it } from 'vitest';
import { openApp } from '../support/browser';
import { browserSession, mainOnDisk } from '../support/e2e-session';
import { tempDir } from '../support/temp-dir';

const session = browserSession();

async function started() {
  const dir = tempDir();
  const bridge = await session.bridgeOn(dir);
  const { page, errors } = await openApp(session.browser(), bridge.url);
  const welcome = page.getByRole('region', { name: 'Welcome to Somevuoro' });
  await welcome.getByLabel('Association’s name').fill('   ');
  await welcome.getByRole('button', { name: 'Start planning' }).click();
  await welcome.getByText('Required.').waitFor();
  await welcome.getByLabel('Association’s name').fill('Kylä ry');
  await welcome.getByRole('button', { name: 'Start planning' }).click();
  return { dir, page, errors };
}

describe('the guided start', () => {
  it('takes the contact details and website (www… is https), the volunteers and each channel’s address, goal and responsible volunteer', async () => {
    const { dir, page, errors } = await started();
    const contact = page.getByRole('region', { name: /^How people reach you/ });
    await contact.getByLabel('Email').fill('hallitus@kyla.example.fi');
    await contact.getByLabel('Home page').fill('www.kyla.example.fi');
    await contact.getByRole('button', { name: 'Next' }).click();

    const volunteers = page.getByRole('region', { name: /^Who takes part/ });
    for (const name of ['Maija Virtanen', 'Juha Korhonen']) {
      await volunteers.getByLabel('Volunteer’s name').fill(name);
      await volunteers.getByRole('button', { name: '+ Add volunteer' }).click();
      await volunteers.getByRole('list', { name: 'Volunteers added' }).getByText(name).waitFor();
    }
    await volunteers.getByRole('button', { name: 'Next' }).click();

    const channels = page.getByRole('region', { name: /^Your channels/ });
    const facebook = channels.getByRole('form', { name: 'Facebook page' });
    await facebook.getByLabel('Address').fill('www.facebook.com/kylary');
    await facebook.getByLabel('Goal').fill('Events for the whole village');
    await facebook.getByLabel('Responsible volunteer').selectOption({ label: 'Juha Korhonen' });
    await facebook.getByRole('button', { name: 'Save Facebook page' }).click();
    await facebook.getByRole('status').waitFor();
    await channels.getByRole('button', { name: 'Done' }).click();
    await channels.waitFor({ state: 'detached' });

    const main = await mainOnDisk(dir);
    expect(main.association).toMatchObject({ name: 'Kylä ry', email: 'hallitus@kyla.example.fi', website: 'https://www.kyla.example.fi' });
    const juha = main.volunteers.find((volunteer: { name: string }) => volunteer.name === 'Juha Korhonen');
    expect(main.volunteers.map((volunteer: { name: string }) => volunteer.name)).toEqual(['Maija Virtanen', 'Juha Korhonen']);
    expect(main.channels[0]).toMatchObject({ name: 'Facebook page', url: 'https://www.facebook.com/kylary', goal: 'Events for the whole village', responsibleVolunteerId: juha.id });
    expect(errors).toEqual([]);
  });

  it('lets every step be skipped, leaving what was not asked as it was', async () => {
    const { dir, page, errors } = await started();
    for (const step of [/^How people reach you/, /^Who takes part/, /^Your channels/]) {
      const region = page.getByRole('region', { name: step });
      await region.getByRole('button', { name: 'Skip' }).click();
      await region.waitFor({ state: 'detached' });
    }
    const main = await mainOnDisk(dir);
    expect(main.association).toMatchObject({ name: 'Kylä ry', email: '', website: '' });
    expect(main.volunteers).toEqual([]);
    expect(errors).toEqual([]);
  });
});
