import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';
import { volunteerInput } from '../../../../support/volunteer-input';
import { approvedPost } from '../../../../support/approved-post';
import { planFile } from '../../../../support/plan-on-disk';

const onDisk = (dir: string) => planFile(dir, 'somevuoro.json');

async function association() {
  const dir = tempDir();
  const backend = await backendOn(dir);
  const facebook = await backend.call('channels:create', { kind: 'facebook-page', name: 'Facebook-sivu', url: '', goal: '', responsibleVolunteerId: null });
  const aino = await backend.call('volunteers:create', volunteerInput('Aino', { away: [{ id: 'joulu', from: '2026-12-14', to: '2026-12-20', yearly: false, note: 'Lapissa' }] }));
  const ben = await backend.call('volunteers:create', volunteerInput('Ben'));
  const cai = await backend.call('volunteers:create', volunteerInput('Cai'));
  return { dir, backend, facebook, aino, ben, cai };
}

const rota = { type: 'response' as const, from: '2026-12-07', to: '2027-01-03', channelIds: [] as string[] };
const fourWeeks = { ...rota, periodDays: 7 };

describe('volunteers', () => {
  it('creates, updates and deactivates a volunteer, on disk each time', async () => {
    const { dir, backend, aino } = await association();
    expect((await onDisk(dir)).volunteers.map((v: { name: string }) => v.name)).toEqual(['Aino', 'Ben', 'Cai']);
    await backend.call('volunteers:update', { id: aino.id, changes: { maxDutiesPerMonth: 2, phone: '040 123 4567' } });
    await backend.call('volunteers:update', { id: aino.id, changes: { active: false } });
    expect((await onDisk(dir)).volunteers[0]).toMatchObject({ name: 'Aino', maxDutiesPerMonth: 2, phone: '040 123 4567', active: false, away: [{ note: 'Lapissa' }] });
  });

  it('refuses a second volunteer with the same name, and an unknown channel, changing nothing', async () => {
    const { dir, backend, ben } = await association();
    const before = snapshotFolder(dir);
    expect(await backend.dispatch('volunteers:create', volunteerInput(' aino '))).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ path: 'name', message: 'v.nameTaken' }] } });
    expect(await backend.dispatch('volunteers:update', { id: ben.id, changes: { channelIds: ['nope'] } })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'changes.channelIds.0', message: 'v.unknownChannel' }] },
    });
    expect(await backend.dispatch('volunteers:update', { id: ben.id, changes: { away: [{ id: 'x', from: '2026-12-20', to: '2026-12-10', yearly: false, note: '' }] } })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: 'changes.away.0.to', message: 'v.rangeReversed' }] },
    });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('deletes a volunteer without history, but refuses one with duties or posts and says to deactivate', async () => {
    const { dir, backend, ben, cai } = await association();
    await backend.call('duties:create', { type: 'photography', volunteerId: ben.id, from: '2026-12-12', to: '2026-12-12', channelIds: [], note: 'Joulumyyjäiset' });
    await backend.call('posts:create', { title: 'Kiitos talkoisiin', authorId: cai.id });
    const before = snapshotFolder(dir);
    for (const id of [ben.id, cai.id]) {
      expect(await backend.dispatch('volunteers:delete', { id })).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ message: 'v.volunteerHasHistory' }] } });
    }
    expect(snapshotFolder(dir)).toEqual(before);
    const dora = await backend.call('volunteers:create', volunteerInput('Dora'));
    await backend.call('volunteers:delete', { id: dora.id });
    expect((await onDisk(dir)).volunteers.map((v: { name: string }) => v.name)).toEqual(['Aino', 'Ben', 'Cai']);
  });
});

describe('rota: propose, accept, swap', () => {
  it('proposes without saving anything, skipping Aino in her away week', async () => {
    const { dir, backend, aino, ben, cai } = await association();
    const before = snapshotFolder(dir);
    const proposal = await backend.call('roster:propose', fourWeeks);
    expect(proposal.slots.map((slot) => slot.volunteerId)).toEqual([aino.id, ben.id, cai.id, aino.id]);
    expect(proposal.slots[1].blocked).toEqual([{ volunteerId: aino.id, reason: 'away' }]);
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('saves an edited proposal in one call, replacing the rota’s duties in the range and keeping others', async () => {
    const { dir, backend, aino, ben, cai } = await association();
    const photo = await backend.call('duties:create', { type: 'photography', volunteerId: cai.id, from: '2026-12-12', to: '2026-12-12', channelIds: [], note: '' });
    const first = await backend.call('roster:accept', { ...rota, slots: [{ from: '2026-12-07', to: '2026-12-13', volunteerId: aino.id }] });
    const { saved, replaced } = await backend.call('roster:accept', {
      ...rota,
      slots: [
        { from: '2026-12-07', to: '2026-12-13', volunteerId: ben.id },
        { from: '2026-12-14', to: '2026-12-20', volunteerId: null },
        { from: '2026-12-21', to: '2026-12-27', volunteerId: cai.id },
        { from: '2026-12-28', to: '2027-01-03', volunteerId: aino.id },
      ],
    });
    expect(replaced.map((duty) => duty.id)).toEqual([first.saved[0].id]);
    expect(saved).toHaveLength(4);
    const stored = (await onDisk(dir)).duties as { type: string; volunteerId: string | null; from: string }[];
    expect(stored.map((duty) => [duty.type, duty.from, duty.volunteerId])).toEqual([
      ['photography', '2026-12-12', cai.id],
      ['response', '2026-12-07', ben.id],
      ['response', '2026-12-14', null],
      ['response', '2026-12-21', cai.id],
      ['response', '2026-12-28', aino.id],
    ]);
    expect(stored[0]).toMatchObject({ id: photo.id });
    // The list answers by range, in date order.
    expect((await backend.call('duties:list', { from: '2026-12-14', to: '2026-12-20' })).map((duty) => duty.volunteerId)).toEqual([null]);
  });

  it('takes back an accepted rota in one step: its duties go and the ones it replaced come back', async () => {
    const { dir, backend, aino, ben, cai } = await association();
    await backend.call('duties:create', { type: 'photography', volunteerId: cai.id, from: '2026-12-12', to: '2026-12-12', channelIds: [], note: '' });
    await backend.call('roster:accept', { ...rota, slots: [{ from: '2026-12-07', to: '2026-12-13', volunteerId: aino.id }] });
    const byId = (duties: { id: string }[]) => [...duties].sort((a, b) => a.id.localeCompare(b.id));
    const before = byId((await onDisk(dir)).duties);
    const { saved, replaced } = await backend.call('roster:accept', { ...rota, to: '2026-12-20', slots: [{ from: '2026-12-07', to: '2026-12-13', volunteerId: ben.id }, { from: '2026-12-14', to: '2026-12-20', volunteerId: cai.id }] });
    expect(byId((await onDisk(dir)).duties)).not.toEqual(before);
    await backend.call('roster:undoAccept', { savedIds: saved.map((duty) => duty.id), replaced });
    expect(byId((await onDisk(dir)).duties)).toEqual(before);
    // A replaced duty whose volunteer is gone meanwhile is refused, changing nothing.
    const untouched = snapshotFolder(dir);
    const refused = await backend.dispatch('roster:undoAccept', { savedIds: [], replaced: [{ ...replaced[0], volunteerId: 'ghost' }] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ path: 'volunteerId', message: 'v.unknownVolunteer' }] } });
    expect(snapshotFolder(dir)).toEqual(untouched);
  });

  it('refuses overlapping slots, slots outside the range and unknown people, saving nothing', async () => {
    const { dir, backend, aino } = await association();
    const before = snapshotFolder(dir);
    const result = await backend.dispatch('roster:accept', {
      ...rota,
      slots: [
        { from: '2026-12-07', to: '2026-12-13', volunteerId: aino.id },
        { from: '2026-12-13', to: '2026-12-19', volunteerId: 'ghost' },
        { from: '2027-01-01', to: '2027-01-09', volunteerId: null },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'rejected',
        issues: [
          { path: 'slots.1.volunteerId', message: 'v.unknownVolunteer' },
          { path: 'slots.1.from', message: 'v.slotsOverlap' },
          { path: 'slots.2.from', message: 'v.slotOutsideRange' },
        ],
      },
    });
    expect(await backend.dispatch('roster:propose', { ...fourWeeks, to: '2028-01-01' })).toMatchObject({ ok: false, error: { issues: [{ path: 'to', message: 'v.rangeTooLong' }] } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('swaps two duties in one write, and the same swap again restores them', async () => {
    const { dir, backend, aino, ben } = await association();
    const { saved } = await backend.call('roster:accept', {
      ...rota,
      to: '2026-12-20',
      slots: [
        { from: '2026-12-07', to: '2026-12-13', volunteerId: aino.id },
        { from: '2026-12-14', to: '2026-12-20', volunteerId: ben.id },
      ],
    });
    const holders = async () => ((await onDisk(dir)).duties as { volunteerId: string }[]).map((duty) => duty.volunteerId);
    await backend.call('roster:swap', { firstId: saved[0].id, secondId: saved[1].id });
    expect(await holders()).toEqual([ben.id, aino.id]);
    await backend.call('roster:swap', { firstId: saved[0].id, secondId: saved[1].id });
    expect(await holders()).toEqual([aino.id, ben.id]);
    const before = snapshotFolder(dir);
    expect(await backend.dispatch('roster:swap', { firstId: saved[0].id, secondId: saved[0].id })).toMatchObject({ ok: false, error: { issues: [{ message: 'v.swapSameDuty' }] } });
    expect(await backend.dispatch('roster:swap', { firstId: saved[0].id, secondId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('keeps the holder’s accept or decline on disk; a declined duty leaves the post uncovered, and a duty handed to someone else waits for their answer', async () => {
    const { dir, backend, facebook, ben, cai } = await association();
    const duty = await backend.call('duties:create', { type: 'response', volunteerId: ben.id, from: '2026-12-07', to: '2026-12-13', channelIds: [], note: '' });
    await backend.call('posts:create', { title: 'Joulumyyjäiset', date: '2026-12-08', status: 'draft', channelIds: [facebook.id] });
    const covered = async () => (await backend.call('roster:coverage', { from: '2026-12-01', to: '2026-12-31' })).gaps.length === 0;
    await backend.call('duties:update', { id: duty.id, changes: { answer: 'accepted' } });
    expect((await onDisk(dir)).duties[0].answer).toBe('accepted');
    expect(await covered()).toBe(true);
    await backend.call('duties:update', { id: duty.id, changes: { answer: 'declined' } });
    expect((await onDisk(dir)).duties[0].answer).toBe('declined');
    expect(await covered()).toBe(false);
    await backend.call('duties:update', { id: duty.id, changes: { volunteerId: cai.id } });
    expect((await onDisk(dir)).duties[0]).not.toHaveProperty('answer');
    expect(await covered()).toBe(true);
    await backend.call('duties:update', { id: duty.id, changes: { answer: 'declined' } });
    await backend.call('duties:update', { id: duty.id, changes: { answer: null } });
    expect((await onDisk(dir)).duties[0].answer).toBeNull();
  });

  it('deletes a duty and restores it as it was', async () => {
    const { dir, backend, ben } = await association();
    const duty = await backend.call('duties:create', { type: 'moderation', volunteerId: ben.id, from: '2026-12-07', to: '2026-12-13', channelIds: [], note: 'Kommentit' });
    const removed = await backend.call('duties:delete', { id: duty.id });
    expect((await onDisk(dir)).duties).toEqual([]);
    await backend.call('duties:restore', removed);
    expect((await onDisk(dir)).duties).toEqual([duty]);
  });

  it('answers a second restore with the stored duty, not the copy the caller sent', async () => {
    const { dir, backend, ben } = await association();
    const duty = await backend.call('duties:create', { type: 'moderation', volunteerId: ben.id, from: '2026-12-07', to: '2026-12-13', channelIds: [], note: 'Kommentit' });
    const removed = await backend.call('duties:delete', { id: duty.id });
    await backend.call('duties:restore', removed);
    expect(await backend.call('duties:restore', { ...removed, note: 'Toinen' })).toEqual(duty);
    expect((await onDisk(dir)).duties).toEqual([duty]);
  });
});

describe('coverage', () => {
  it('flags a post in a week without response duty, and not once someone is on duty', async () => {
    const { backend, facebook, ben } = await association();
    const post = await approvedPost(backend, { title: 'Joulumyyjäiset', date: '2026-12-09', time: '18:00', channelIds: [facebook.id] });
    const range = { from: '2026-12-01', to: '2026-12-31' };
    expect(await backend.call('roster:coverage', range)).toMatchObject({ goingOut: 1, gaps: [{ postId: post.id, covered: false, uncovered: [{ channelId: facebook.id, days: ['2026-12-09', '2026-12-10', '2026-12-11'] }] }] });
    await backend.call('roster:accept', { ...rota, to: '2026-12-13', slots: [{ from: '2026-12-07', to: '2026-12-13', volunteerId: ben.id }] });
    // Covered, it is counted and not sent (issue 14): nothing of it is shown.
    expect(await backend.call('roster:coverage', range)).toEqual({ goingOut: 1, gaps: [] });
    // A longer window (a setting) reaches past the duty.
    await backend.call('settings:update', { responseWindowHours: 120 });
    expect(await backend.call('roster:coverage', range)).toMatchObject({ goingOut: 1, gaps: [{ covered: false, uncovered: [{ days: ['2026-12-14'] }] }] });
    // Kept coverages (coverage-memo.ts) follow the post: moved earlier, its window is inside the duty again, then out of it.
    await backend.call('posts:update', { id: post.id, changes: { date: '2026-12-07' } });
    expect(await backend.call('roster:coverage', range)).toEqual({ goingOut: 1, gaps: [] });
    await backend.call('posts:update', { id: post.id, changes: { date: '2026-12-20' } });
    expect(await backend.call('roster:coverage', range)).toMatchObject({ goingOut: 1, gaps: [{ postId: post.id, uncovered: [{ days: ['2026-12-20', '2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25'] }] }] });
  });

  it('opens a data folder written before the response window setting existed, with 48 hours', async () => {
    const { dir } = await association();
    const main = await onDisk(dir);
    delete main.settings.responseWindowHours;
    fs.writeFileSync(path.join(dir, 'somevuoro.json'), JSON.stringify(main));
    const reopened = await backendOn(dir);
    expect(reopened.repo.problems).toEqual([]);
    expect((await reopened.call('settings:get', {})).responseWindowHours).toBe(48);
    expect(await reopened.call('volunteers:list', {})).toHaveLength(3);
  });
});
