import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { localDate } from '../../../../../shared/domain/local-time';
import type { Post } from '../../../../../shared/domain/post';
import { newPost } from '../../../../../shared/domain/post';
import { backendOn } from '../../../../support/backend';
import { carryNewFiles } from '../../../../support/folder-sync';
import { openLaptop, sharedPlan } from '../../../../support/sync-laptop';
import { tempDir } from '../../../../support/temp-dir';
import { bundleChild, runAndKill } from '../crash/crash-harness';

const now = () => new Date('2026-11-25T12:00:00Z');
/** A laptop: its own data folder (no read cache), the plan folder shared. */
const laptop = (planDir: string) => AutomergeRepository.open({ dir: tempDir(), planDir, now, locale: 'fi-FI' });
const JANUARY = [localDate('2027-01-01'), localDate('2027-01-31')] as const;
const FEBRUARY = [localDate('2027-02-01'), localDate('2027-02-28')] as const;
const BOTH = [localDate('2027-01-01'), localDate('2027-02-28')] as const;

let child: Awaited<ReturnType<typeof bundleChild>>;
beforeAll(async () => {
  child = await bundleChild('move-kill-child.ts');
}, 60_000);
afterAll(() => child?.remove());

describe('a post moved to another month', { timeout: 30_000 }, () => {
  it('keeps its history across the move: the edits before it are listed, and restoring one works', async () => {
    let clock = new Date('2026-11-25T10:00:00Z');
    const backend = await backendOn(tempDir(), () => clock);
    await backend.call('identity:set', { newVolunteer: { name: 'Aino' } });
    const post = await backend.call('posts:create', { title: 'Kevätkokous', date: '2027-01-20' });
    clock = new Date('2026-11-25T10:05:00Z');
    await backend.call('posts:update', { id: post.id, changes: { title: 'Kevätkokous 2027' } });
    clock = new Date('2026-11-25T10:10:00Z');
    await backend.call('posts:update', { id: post.id, changes: { date: '2027-02-03' } });
    clock = new Date('2026-11-25T10:15:00Z');
    await backend.call('posts:update', { id: post.id, changes: { title: 'Kevätkokous (siirretty)' } });

    const versions = await backend.call('posts:history', { id: post.id });
    // updatedAt is bookkeeping the history dialog does not name.
    expect(versions.map(({ at, author, fields }) => [at, author?.name, fields.filter((field) => field !== 'updatedAt')])).toEqual([
      ['2026-11-25T10:15:00.000Z', 'Aino', ['title']],
      ['2026-11-25T10:10:00.000Z', 'Aino', ['date']],
      ['2026-11-25T10:05:00.000Z', 'Aino', ['title']],
      ['2026-11-25T10:00:00.000Z', 'Aino', ['created']],
    ]);
    clock = new Date('2026-11-25T10:20:00Z');
    const restored = await backend.call('posts:restoreVersion', { id: post.id, version: versions[3].version });
    expect(restored).toMatchObject({ id: post.id, title: 'Kevätkokous', date: '2027-01-20' });
    expect((await backend.call('posts:list', { from: '2027-01-01', to: '2027-02-28' })).map((shown) => [shown.title, shown.date])).toEqual([['Kevätkokous', '2027-01-20']]);
    await backend.repo.close();
  });

  it('is listed once by a read that falls between the move’s two writes', async () => {
    const repo = await laptop(path.join(tempDir(), 'plan'));
    const post = await repo.insertPost(newPost({ title: 'Kevätkokous', date: localDate('2027-01-20') }, 'moving', now().toISOString()));
    await repo.postsBetween(...BOTH);
    const internals = repo as unknown as { remove: (...args: unknown[]) => Promise<void> };
    const remove = internals.remove.bind(repo);
    const seenBetween: Post[][] = [];
    internals.remove = async (...args) => {
      seenBetween.push(await repo.postsBetween(...BOTH), await repo.allPosts());
      return remove(...args);
    };
    await repo.replacePost({ ...post, date: localDate('2027-02-03'), updatedAt: '2026-11-25T12:01:00.000Z' });
    expect(seenBetween.map((posts) => posts.map((shown) => shown.date))).toEqual([['2027-02-03'], ['2027-02-03']]);
    await repo.close();
  });

  it('moved to two months at once on two laptops and then trashed by the one that had not seen the other copy: both laptops list the same', async () => {
    // The two-laptop soak's divergence: Anna kept hiding her older January copy after the
    // February one she showed was trashed (January was not read again); Ben, reading January
    // afresh, listed it.
    let postId = '';
    const [planA, planB] = await sharedPlan(async (first) => {
      postId = (await first.posts.postsCreate({ title: 'Joulumyyjäiset', date: localDate('2026-12-12') })).id;
    });
    const [anna, ben] = [await openLaptop('Anna', planA, undefined), await openLaptop('Ben', planB, undefined)];
    const DECEMBER_TO_FEBRUARY = [localDate('2026-12-01'), localDate('2027-02-28')] as const;
    const listed = async () => Promise.all([anna, ben].map(async (laptop) => (await laptop.repo.postsBetween(...DECEMBER_TO_FEBRUARY)).map((post) => [post.id, post.date])));
    await listed();
    await anna.posts.postsUpdate({ id: postId, changes: { date: localDate('2027-01-09'), time: null } });
    await ben.posts.postsUpdate({ id: postId, changes: { date: localDate('2027-02-03'), time: null } });
    // Anna sees Ben's (newer) February copy: hers in January is now the older one.
    carryNewFiles(planB, planA);
    await anna.repo.takeOutsideChanges();
    expect((await listed())[0]).toEqual([[postId, '2027-02-03']]);
    // Ben, who never saw January's copy, trashes the post; then each gets the other's files.
    await ben.posts.postsDelete({ id: postId });
    carryNewFiles(planB, planA);
    carryNewFiles(planA, planB);
    await Promise.all([anna.repo.takeOutsideChanges(), ben.repo.takeOutsideChanges()]);
    const [onA, onB] = await listed();
    expect(onA).toEqual(onB);
    // January's copy outlived the trash (Ben never saw it): listed on both, as a fresh reader of either folder lists it.
    expect(onA).toEqual([[postId, '2027-01-09']]);
    await Promise.all([anna.repo.close(), ben.repo.close()]);
  });

  it('moved back into a month whose older copy another laptop is removing at that moment: the post stays, on both laptops', async () => {
    // The two-laptop soak's lost post: Ben moved it from January to undated; Anna saw the
    // undated copy before January's removal arrived and moved it back to January, writing into
    // her old copy there, which Ben's removal then deleted. Nobody deleted it; it was gone.
    let postId = '';
    const [planA, planB] = await sharedPlan(async (first) => {
      postId = (await first.posts.postsCreate({ title: 'Joulumyyjäiset', date: localDate('2027-01-28') })).id;
    });
    const [anna, ben] = [await openLaptop('Anna', planA, undefined), await openLaptop('Ben', planB, undefined)];
    const root = (laptop: typeof anna) => (laptop.repo as unknown as { root: { months: Record<string, string> } }).root;
    const folderOf = (url: string) => path.join(url.slice('automerge:'.length, 'automerge:'.length + 2), url.slice('automerge:'.length + 2));
    const january = Object.keys(root(ben).months).find((url) => root(ben).months[url] === '2027-01') ?? '';
    await Promise.all([anna, ben].map((laptop) => laptop.repo.allPosts()));
    await ben.posts.postsUpdate({ id: postId, changes: { date: null, time: null } });
    // Anna gets the undated copy (and the root naming its document), not yet January's removal.
    carryNewFiles(planB, planA, (files) => files.filter((file) => !file.startsWith(path.join('automerge', folderOf(january)))));
    await anna.repo.takeOutsideChanges();
    expect((await anna.repo.allPosts()).map((post) => post.date)).toEqual([null]);
    await anna.posts.postsUpdate({ id: postId, changes: { date: localDate('2027-01-09'), time: null } });
    carryNewFiles(planB, planA);
    carryNewFiles(planA, planB);
    await Promise.all([anna.repo.takeOutsideChanges(), ben.repo.takeOutsideChanges()]);
    for (const laptop of [anna, ben]) {
      expect((await laptop.repo.allPosts()).map((post) => [post.id, post.date])).toEqual([[postId, '2027-01-09']]);
    }
    // Its history names the date in both moves, newest first, after its creation.
    const history = (await anna.repo.postHistory(postId)).map((version) => [version.author?.name, version.fields.filter((field) => field !== 'updatedAt')]);
    expect(history).toEqual([
      ['Anna', ['date']],
      ['Ben', ['date']],
      ['Setup', ['created']],
    ]);
    await Promise.all([anna.repo.close(), ben.repo.close()]);
  });

  for (const mode of ['newer', 'tie'] as const) {
    it(`killed between the move’s two writes (${mode === 'newer' ? 'the moved copy newer' : 'both copies equally new'}): the post is shown once, the same copy on every laptop, and none is lost`, async () => {
      const dir = tempDir();
      const run = await runAndKill(child.script, [dir, mode], 0, 'between');
      expect(run.finished).toBe(false);
      const planDir = path.join(dir, 'plan');
      // Two laptops that read the months in opposite orders.
      const first = await laptop(planDir);
      await first.postsBetween(...JANUARY);
      await first.postsBetween(...FEBRUARY);
      const second = await laptop(planDir);
      await second.postsBetween(...FEBRUARY);
      await second.postsBetween(...JANUARY);
      const shown = await Promise.all([first, second].map(async (repo) => (await repo.postsBetween(...BOTH)).map((post) => [post.id, post.title, post.date])));
      expect(shown[0]).toEqual([['moved-post', 'Kevätkokous 2027', mode === 'newer' ? '2027-02-03' : expect.any(String)]]);
      expect(shown[1]).toEqual(shown[0]);
      expect((await first.allPosts()).map((post) => post.id)).toEqual(['moved-post']);
      expect((await first.conflicts()).copies).toEqual([{ postId: 'moved-post', copies: expect.any(Array) }]);
      // The edit made before the move is in the moved post's history.
      const history = (await first.postHistory('moved-post')).map((version) => version.fields.filter((field) => field !== 'updatedAt'));
      // In a tie the copy kept depends on the documents' (random) URLs: from January, its history is January's.
      expect(history).toEqual(shown[0][0][2] === '2027-02-03' ? [['date'], ['title'], ['created']] : [['title'], ['created']]);
      await Promise.all([first.close(), second.close()]);
    }, 120_000);
  }
});
