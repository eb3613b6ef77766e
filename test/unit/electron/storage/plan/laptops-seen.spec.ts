import type * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { PlanActivity } from '../../../../../electron/storage/plan/plan-activity';
import { noteOf } from '../../../../../electron/storage/plan/plan-engine';
import { newId } from '../../../../../shared/domain/ids';
import { localDate } from '../../../../../shared/domain/local-time';
import { newPost } from '../../../../../shared/domain/post';
import { backendOn } from '../../../../support/backend';
import { actAs } from '../../../../support/identity';
import { tempDir } from '../../../../support/temp-dir';

/*
 * Issue 13 item 4: the status line lists the laptops seen. automerge-repo gives every session
 * its own engine actor, so counting actors made one laptop, opened three times, three laptops
 * ("Anna (3 laptops)"). Changes carry the laptop's id from its device folder instead.
 */
describe('laptops seen on the status line', { timeout: 30_000 }, () => {
  it('counts a laptop opened three times as one, and another laptop on the same plan as a second', async () => {
    const anna = tempDir();
    const planDir = `${tempDir()}/plan`;
    const minute = (m: number) => () => new Date(`2026-11-25T10:0${m}:00Z`);
    for (const [m, title] of ['Syystalkoot', 'Joulumyyjäiset', 'Kevätkokous'].entries()) {
      const session = await backendOn(anna, minute(m), undefined, planDir);
      await actAs(session.call, 'Anna');
      await session.call('posts:create', { title, date: '2026-11-26' });
      await session.close();
    }
    const carl = await backendOn(tempDir(), minute(3), undefined, planDir);
    await actAs(carl.call, 'Carl');
    await carl.call('posts:create', { title: 'Pikkujoulut', date: '2026-11-27' });
    await carl.close();
    // Ben only reads: what he counts comes from the plan's changes, not from his own.
    const ben = await backendOn(tempDir(), minute(4), undefined, planDir);
    // Once the month holding all four posts is counted (the warm-up loads it), Anna's last change is her third session's.
    const people = async () => (await ben.call('plan:status', {})).people;
    await expect.poll(async () => (await people()).find((person) => person.name === 'Anna')?.lastChangeAt, { timeout: 15_000, interval: 200 }).toBe('2026-11-25T10:02:00.000Z');
    expect((await people()).find((person) => person.name === 'Anna')?.laptops).toBe(1);
    expect((await people()).find((person) => person.name === 'Carl')?.laptops).toBe(1);
    expect((await ben.call('plan:status', {})).laptops).toBe(2);
    await ben.close();
  });
});

describe('changes counted on the status line', { timeout: 30_000 }, () => {
  it('counts laptops that open the plan without being given a laptop id (tools, the migration) by their device folders', async () => {
    // Two device folders opened as tools open a plan (no DeviceStore handed in): two laptops, each one however often it opens.
    const planDir = `${tempDir()}/plan`;
    const devices = [tempDir(), tempDir(), tempDir()];
    for (const [i, dir] of [devices[0], devices[1], devices[0]].entries()) {
      const repo = await AutomergeRepository.open({ dir, planDir, now: () => new Date(`2026-11-25T10:0${i}:00Z`), locale: 'fi-FI', author: () => ({ volunteerId: null, name: 'Työkalu' }) });
      await repo.insertPost(newPost({ title: `Kokous ${i}`, date: localDate('2026-11-26') }, newId(), new Date().toISOString()));
      await repo.close();
    }
    const reader = await AutomergeRepository.open({ dir: devices[2], planDir, now: () => new Date('2026-11-25T10:05:00Z'), locale: 'fi-FI' });
    await reader.postsBetween(localDate('2026-11-01'), localDate('2026-11-30'));
    await reader.takeOutsideChanges();
    expect(reader.status(0).people.find((person) => person.name === 'Työkalu')?.laptops).toBe(2);
    await reader.close();
  });

  it('counts changes written before changes carried a laptop id as one laptop, not one per engine session', () => {
    const activity = new PlanActivity();
    const change = (actor: string, minute: number, name: string | null, laptop?: string): A.ChangeMetadata =>
      ({ actor, seq: 1, startOp: 1, time: 0, hash: `${actor}${minute}`, deps: [], message: JSON.stringify(noteOf(name === null ? null : { volunteerId: null, name }, new Date(`2026-11-25T10:0${minute}:00Z`), undefined, laptop)) }) as unknown as A.ChangeMetadata;
    // The migration and three old sessions, unsigned; Anna on her laptop, signed, and before that unsigned.
    activity.record([change('a1', 0, null), change('a2', 1, null), change('a3', 2, 'Anna'), change('a4', 3, 'Anna', 'laptop-anna')], false);
    const state = activity.state(new Date('2026-11-25T11:00:00Z'), 60_000);
    expect(state.people.map(({ name, laptops }) => [name, laptops])).toEqual([
      ['Anna', 1],
      ['', 1],
    ]);
    expect(state.laptops).toBe(1);
  });

  it('counts a laptop\'s changes made before its person said who they are as that person\'s, not someone\'s', () => {
    const activity = new PlanActivity();
    const change = (actor: string, minute: number, name: string | null, laptop: string): A.ChangeMetadata =>
      ({ actor, seq: 1, startOp: 1, time: 0, hash: `${actor}${minute}`, deps: [], message: JSON.stringify(noteOf(name === null ? null : { volunteerId: null, name }, new Date(`2026-11-25T10:0${minute}:00Z`), undefined, laptop)) }) as unknown as A.ChangeMetadata;
    // A tool that made the plan; Anna's and Ben's laptops making their volunteers before they were anyone, then signing.
    activity.record([change('t', 0, null, 'laptop-tool'), change('a1', 1, null, 'laptop-anna'), change('b1', 2, null, 'laptop-ben'), change('a2', 3, 'Anna', 'laptop-anna'), change('b2', 4, 'Ben', 'laptop-ben')], false);
    const state = activity.state(new Date('2026-11-25T11:00:00Z'), 60_000);
    // The status line said "someone (3 laptops)".
    expect(state.people.map(({ name, laptops }) => [name, laptops])).toEqual([
      ['Ben', 1],
      ['Anna', 1],
      ['', 1],
    ]);
    expect(state.laptops).toBe(3);
  });

  it('counts the earlier changes of a document a write loads first, as a read would', async () => {
    const planDir = `${tempDir()}/plan`;
    const minute = (m: number) => () => new Date(`2026-11-25T10:0${m}:00Z`);
    const carl = await backendOn(tempDir(), minute(0), undefined, planDir);
    await actAs(carl.call, 'Carl');
    await carl.call('volunteers:create', { name: 'Dana', email: '', phone: '', roles: [], channelIds: [], away: [], maxDutiesPerMonth: null, active: true });
    const post = await carl.call('posts:create', { title: 'Kevätkokous', date: '2025-03-12' });
    await carl.close();
    // Dana's only change is to March's document (who she is lives on her laptop).
    const dana = await backendOn(tempDir(), minute(1), undefined, planDir);
    await actAs(dana.call, 'Dana');
    await dana.call('posts:update', { id: post.id, changes: { title: 'Kevätkokous 2025' } });
    await dana.close();
    // Ben's first touch of March is a write: it loads the document, far from the months his warm-up reads.
    const ben = await backendOn(tempDir(), minute(2), undefined, planDir);
    await ben.call('posts:create', { title: 'Kevätretki', date: '2025-03-20' });
    const people = (await ben.call('plan:status', {})).people;
    expect(people.find((person) => person.name === 'Dana')).toMatchObject({ laptops: 1, lastChangeAt: '2026-11-25T10:01:00.000Z' });
    await ben.close();
  });
});
