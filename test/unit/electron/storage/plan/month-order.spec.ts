import { afterEach, describe, expect, it } from 'vitest';
import { localDate, localTime } from '../../../../../shared/domain/local-time';
import { carryNewFiles } from '../../../../support/folder-sync';
import type { SyncLaptop } from '../../../../support/sync-laptop';
import { openLaptop, sharedPlan } from '../../../../support/sync-laptop';

/*
 * Issue 14: a month's posts are kept sorted between reads (AutomergeRepository#sortedShown) and
 * sorted again only when they are other posts. The calendar's and the agenda's order must follow
 * an edit here and another laptop's change as soon as they are made.
 */

const open: SyncLaptop[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((laptop) => laptop.repo.close()));
});

const DAY = localDate('2027-03-12');
const MARCH = { from: localDate('2027-03-01'), to: localDate('2027-03-31') };

describe('a month read again', { timeout: 30_000 }, () => {
  it('lists its posts in calendar order after an edit here and after another laptop’s change', async () => {
    const ids: Record<string, string> = {};
    const [planA, planB] = await sharedPlan(async (first) => {
      for (const [title, time] of [['Aamukahvit', '09:00'], ['Lounas', '12:00'], ['Iltatanssit', '19:00']] as const) {
        ids[title] = (await first.posts.postsCreate({ title, date: DAY, time: localTime(time) })).id;
      }
    });
    const anna = await openLaptop('Anna', planA, undefined, undefined, { readCache: true });
    const ben = await openLaptop('Ben', planB, undefined, undefined, { readCache: true });
    open.push(anna, ben);
    const titles = async (laptop: SyncLaptop) => (await laptop.posts.postsList(MARCH)).map((post) => post.title);
    expect(await titles(anna)).toEqual(['Aamukahvit', 'Lounas', 'Iltatanssit']);
    await anna.posts.postsUpdate({ id: ids.Aamukahvit, changes: { time: localTime('20:00') } });
    expect(await titles(anna)).toEqual(['Lounas', 'Iltatanssit', 'Aamukahvit']);
    expect(await titles(ben)).toEqual(['Aamukahvit', 'Lounas', 'Iltatanssit']);
    await ben.posts.postsUpdate({ id: ids.Iltatanssit, changes: { time: null } });
    carryNewFiles(planB, planA);
    await anna.repo.takeOutsideChanges();
    expect(await titles(anna)).toEqual(['Iltatanssit', 'Lounas', 'Aamukahvit']);
  });
});
