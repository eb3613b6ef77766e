import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';
import { volunteerInput } from '../../../../support/volunteer-input';
import { asOlderJsonFolder, planFile } from '../../../../support/plan-on-disk';

const mainOnDisk = (dir: string) => planFile(dir, 'somevuoro.json');

async function planWithAnna() {
  const dir = tempDir();
  const backend = await backendOn(dir);
  const anna = await backend.call('volunteers:create', volunteerInput('Anna Äijälä'));
  return { dir, backend, anna };
}

describe('who is who (identity channels)', () => {
  it('knows nobody until told, then the picked volunteer, kept on this laptop (not in the plan) across a restart', async () => {
    const { dir, backend, anna } = await planWithAnna();
    expect(await backend.call('identity:get', {})).toEqual({ me: null });
    expect(await backend.call('identity:set', { volunteerId: anna.id })).toEqual({ me: { volunteerId: anna.id, name: 'Anna Äijälä' } });
    expect(JSON.stringify(await mainOnDisk(dir))).not.toContain('"identities"');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'device', 'device.json'), 'utf8')).identities).toEqual({ [backend.repo.planId]: { volunteerId: anna.id, name: 'Anna Äijälä' } });
    await backend.repo.close();
    expect(await (await backendOn(dir)).call('identity:get', {})).toEqual({ me: { volunteerId: anna.id, name: 'Anna Äijälä' } });
  });

  it('keeps one answer per plan on one laptop: another plan asks again, the same plan in another folder does not', async () => {
    const { dir, backend, anna } = await planWithAnna();
    await backend.call('identity:set', { volunteerId: anna.id });
    await backend.repo.close();

    const otherPlan = path.join(tempDir(), 'kuoro');
    const kuoro = await backendOn(dir, undefined, undefined, otherPlan);
    expect(await kuoro.call('identity:get', {})).toEqual({ me: null });
    await kuoro.call('identity:set', { newVolunteer: { name: 'Bo Ek' } });
    expect((await kuoro.call('identity:get', {})).me?.name).toBe('Bo Ek');
    await kuoro.repo.close();

    // The synced folder moved (another cloud drive's path): the same plan, the same person.
    const moved = path.join(tempDir(), 'kyla-ry');
    fs.cpSync(path.join(dir, 'plan'), moved, { recursive: true });
    const again = await backendOn(dir, undefined, undefined, moved);
    expect(await again.call('identity:get', {})).toEqual({ me: { volunteerId: anna.id, name: 'Anna Äijälä' } });
    await again.repo.close();
    expect((await (await backendOn(dir, undefined, undefined, otherPlan)).call('identity:get', {})).me?.name).toBe('Bo Ek');
  });

  it('takes who I am from where an older version kept it (under the data folder’s path)', async () => {
    const { dir, backend, anna } = await planWithAnna();
    await backend.repo.close();
    fs.writeFileSync(path.join(dir, 'device', 'device.json'), JSON.stringify({ identities: { [dir]: { volunteerId: anna.id, name: 'Anna Äijälä' } } }));
    const reopened = await backendOn(dir);
    expect(await reopened.call('identity:get', {})).toEqual({ me: { volunteerId: anna.id, name: 'Anna Äijälä' } });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'device', 'device.json'), 'utf8')).identities).toEqual({ [reopened.repo.planId]: { volunteerId: anna.id, name: 'Anna Äijälä' } });
  });

  it('adds someone new to the plan’s volunteers and picks them', async () => {
    const { dir, backend } = await planWithAnna();
    const { me } = await backend.call('identity:set', { newVolunteer: { name: '  Bo Ek ' } });
    expect(me).toEqual({ volunteerId: expect.any(String), name: 'Bo Ek' });
    expect((await mainOnDisk(dir)).volunteers.map((volunteer: { id: string; name: string }) => [volunteer.id, volunteer.name])).toContainEqual([me?.volunteerId, 'Bo Ek']);
  });

  it('signs with the volunteer’s name as it is now, and forgets a volunteer who was removed', async () => {
    const { backend, anna } = await planWithAnna();
    await backend.call('identity:set', { volunteerId: anna.id });
    await backend.call('volunteers:update', { id: anna.id, changes: { name: 'Anna Ek' } });
    expect((await backend.call('identity:get', {})).me?.name).toBe('Anna Ek');
    await backend.call('volunteers:delete', { id: anna.id });
    expect(await backend.call('identity:get', {})).toEqual({ me: null });
  });

  it('refuses bad payloads with a clear message and changes nothing', async () => {
    const { dir, backend, anna } = await planWithAnna();
    const before = snapshotFolder(dir);
    const neither = await backend.dispatch('identity:set', {});
    expect(neither).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!neither.ok && neither.error.message).toContain('Pick a volunteer, or give your name to add yourself.');
    expect(await backend.dispatch('identity:set', { volunteerId: anna.id, newVolunteer: { name: 'Bo' } })).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ message: 'v.identityChoice' }] } });
    expect(await backend.dispatch('identity:set', { volunteerId: 'nobody' })).toMatchObject({ ok: false, error: { code: 'not-found', issues: [{ path: 'volunteerId', message: 'v.unknownVolunteer' }] } });
    expect(await backend.dispatch('identity:set', { newVolunteer: { name: 'anna äijälä' } })).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ path: 'newVolunteer.name', message: 'v.nameTaken' }] } });
    expect(await backend.dispatch('identity:set', { newVolunteer: { name: '   ' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await backend.dispatch('settings:update', { userName: 'Anna' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(snapshotFolder(dir)).toEqual(before);
    expect(await backend.call('identity:get', {})).toEqual({ me: null });
  });

  it('takes the name typed into an older folder’s settings as who I am when a volunteer has it, and drops it from the plan at the next write', async () => {
    const { dir, anna } = await planWithAnna();
    fs.rmSync(path.join(dir, 'device'), { recursive: true });
    await asOlderJsonFolder(dir, (files) => {
      const main = files.get('somevuoro.json') as { settings: object };
      files.set('somevuoro.json', { ...main, settings: { ...main.settings, userName: 'Anna Äijälä' } });
    });
    const backend = await backendOn(dir);
    expect(await backend.call('identity:get', {})).toEqual({ me: { volunteerId: anna.id, name: 'Anna Äijälä' } });
    await backend.call('association:update', { name: 'Kylä ry' });
    expect((await mainOnDisk(dir)).settings).not.toHaveProperty('userName');
  });

  it('is needed before a tick, and the tick then carries the name', async () => {
    const { backend, anna } = await planWithAnna();
    const post = await backend.call('posts:create', { title: 'Talkoot', date: '2026-11-28' });
    const tick = { postId: post.id, itemId: 'proofread', done: true };
    expect(await backend.dispatch('checklist:tick', tick)).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ path: 'identity', message: 'v.identityRequired' }] } });
    await backend.call('identity:set', { volunteerId: anna.id });
    expect((await backend.call('checklist:tick', tick)).checklist.proofread).toMatchObject({ by: 'Anna Äijälä' });
  });
});
