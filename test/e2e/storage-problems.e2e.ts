import { describe, expect, it } from 'vitest';
import { backendOn } from '../support/backend';
import { axeViolations, openApp } from '../support/browser';
import { browserSession, mainOnDisk } from '../support/e2e-session';
import { asOlderJsonFolder } from '../support/plan-on-disk';
import { tempDir } from '../support/temp-dir';
import { volunteerInput } from '../support/volunteer-input';

const session = browserSession();

/** A Finnish association with two volunteers, a safety copy in backups/, then Bo's e-mail damaged on disk. */
async function damagedFolder(): Promise<string> {
  const dir = tempDir();
  const backend = await backendOn(dir, () => new Date(), 'fi-FI');
  await backend.call('association:update', { name: 'Kylä ry', website: '', email: '' });
  await backend.call('volunteers:create', volunteerInput('Anna Äijälä'));
  await backend.call('volunteers:create', volunteerInput('Bo Åström', { email: 'bo@kyla.example.fi' }));
  await backend.repo.backup('before-import-2026-11-24T08-00-00-000Z');
  // Damaged in a JSON folder of an older version, read when the folder is migrated to the plan.
  await asOlderJsonFolder(dir, (files) => {
    const main = files.get('somevuoro.json') as { volunteers: { email: string }[] };
    main.volunteers[1].email = 'bo at kyla';
  });
  return dir;
}

describe('problems found when the data folder is opened', () => {
  it('are told as sentences in the user’s language, naming the safety copy used and the file kept aside; the validator’s text only under details', async () => {
    const dir = await damagedFolder();
    const bridge = await session.bridgeOn(dir);
    const { page, errors } = await openApp(session.browser(), bridge.url);
    const banner = page.getByRole('region', { name: 'Osa tiedoista vaati huomiota' });
    // The other item says the folder moved to the plan (the migration that read the damaged file).
    const item = banner.getByRole('listitem').filter({ hasText: 'Yhdistyksen tiedot' });
    await item.waitFor();
    const finnish = await item.locator('p').textContent();
    expect(finnish).toMatch(
      /^Yhdistyksen tiedot \(kanavat, vapaaehtoiset, vuorot, asetukset\): osaa merkinnöistä ei voitu lukea\. 1 merkintä palautettiin varmuuskopiosta backups\/before-import-2026-11-24T08-00-00-000Z\. Kopio on tallessa: corrupt\/somevuoro\.[-\dTZ]+\.json\.$/,
    );
    // The technical detail is there for whoever needs it, folded away.
    expect(await banner.innerText()).not.toMatch(/[[{"]/);
    expect(await item.locator('code').isVisible()).toBe(false);
    await item.getByText('Tekniset tiedot').click();
    expect(await item.locator('code').textContent()).toBe('volunteers.1.email: v.emailInvalid');
    expect(await axeViolations(page)).toEqual([]);

    // Bo came back from the safety copy, on screen and on disk.
    expect((await mainOnDisk(dir)).volunteers.map((v: { name: string; email: string }) => [v.name, v.email])).toEqual([
      ['Anna Äijälä', ''],
      ['Bo Åström', 'bo@kyla.example.fi'],
    ]);

    await page.getByLabel('Kieli').selectOption('en');
    const english = banner.page().getByRole('region', { name: 'Some of your data needed attention' }).getByRole('listitem').filter({ hasText: 'The association’s data' }).locator('p');
    await expect.poll(() => english.textContent()).toMatch(
      /^The association’s data \(channels, volunteers, duties, settings\) had entries that could not be read\. 1 entry was restored from the safety copy backups\/before-import-2026-11-24T08-00-00-000Z\. A copy is kept in corrupt\/somevuoro\.[-\dTZ]+\.json\.$/,
    );
    expect(errors).toEqual([]);
  });
});
