import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { planFile, planOnDisk } from '../../../../support/plan-on-disk';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';


describe('first run in the services', () => {
  it('starts an association with its name and channels', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir);
    const result = await backend.call('setup:start', { associationName: 'Kylä ry', channels: [{ kind: 'facebook-page', name: 'Facebook-sivu' }, { kind: 'instagram', name: 'Instagram' }] });
    expect(result.association.name).toBe('Kylä ry');
    const main = await planFile(dir, 'somevuoro.json');
    expect(main.channels.map((channel: { name: string }) => channel.name)).toEqual(['Facebook-sivu', 'Instagram']);
  });

  it('loads the sample association into an empty folder, a month per file', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir, () => new Date('2026-11-25T10:00:00Z'));
    const loaded = await backend.call('setup:loadSample', {});
    expect(loaded).toMatchObject({ channels: 5, volunteers: 6 });
    expect((await planFile(dir, 'somevuoro.json')).association.name).toBe('Mäntylän kyläyhdistys ry');
    expect([...(await planOnDisk(dir)).keys()].filter((file) => file.startsWith('posts/')).sort()).toEqual(['posts/2026-10.json', 'posts/2026-11.json', 'posts/2026-12.json', 'posts/2027-01.json', 'posts/2027-02.json', 'posts/undated.json']);
    const november = await backend.call('posts:list', { from: '2026-11-01', to: '2026-11-30' });
    expect(november.length).toBeGreaterThan(10);
    const reopened = await backendOn(dir);
    expect((await reopened.call('posts:listUndated', {})).length).toBe(6);
  });

  it('refuses the sample, or a second start, once the folder has an association, and changes nothing', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir);
    await backend.call('association:update', { name: 'Oikea yhdistys ry' });
    const before = snapshotFolder(dir);
    expect(await backend.dispatch('setup:loadSample', {})).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ message: 'v.notFirstRun' }] } });
    expect(await backend.dispatch('setup:start', { associationName: 'Toinen', channels: [] })).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses the sample in a folder that has posts but no name yet', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir);
    await backend.call('posts:create', { title: 'Ensimmäinen' });
    expect(await backend.dispatch('setup:loadSample', {})).toMatchObject({ ok: false });
  });
});
