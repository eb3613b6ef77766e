import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AutomergeUrl } from '@automerge/automerge-repo';
import type { OutsideChange } from '../../../../../electron/storage/plan/automerge-repository';
import type { RootDocument } from '../../../../../electron/storage/plan/plan-documents';
import type { PlanEngine } from '../../../../../electron/storage/plan/plan-engine';
import { localDate } from '../../../../../shared/domain/local-time';
import { carryNewFiles as carry } from '../../../../support/folder-sync';
import type { SyncLaptop } from '../../../../support/sync-laptop';
import { openLaptop, sharedPlan } from '../../../../support/sync-laptop';

async function until<T>(read: () => Promise<T> | T, ok: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`not within ${timeoutMs} ms: ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
}

const open: SyncLaptop[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((laptop) => laptop.repo.close()));
});

async function twoLaptops(): Promise<[SyncLaptop, SyncLaptop]> {
  const [planA, planB] = await sharedPlan(async (first) => {
    await first.posts.postsCreate({ title: 'Joulumyyjäiset', date: localDate('2026-12-12') });
  });
  const laptops = [await openLaptop('Anna', planA), await openLaptop('Ben', planB)] as [SyncLaptop, SyncLaptop];
  open.push(...laptops);
  return laptops;
}

describe('live merging of a shared plan folder', { timeout: 30_000 }, () => {
  it('a post created on one laptop appears on the other within 2 s of its files arriving, and listeners hear which post', async () => {
    const [anna, ben] = await twoLaptops();
    expect((await ben.posts.postsList({ from: localDate('2026-12-01'), to: localDate('2026-12-31') })).map((post) => post.title)).toEqual(['Joulumyyjäiset']);
    const heard: OutsideChange[] = [];
    ben.repo.onOutsideChange((change) => heard.push(change));
    const created = await anna.posts.postsCreate({ title: 'Talkoot', date: localDate('2026-12-05') });
    // Out of order: the newest files first.
    carry(anna.planDir, ben.planDir, (files) => files.reverse());
    const arrivedAt = Date.now();
    const seen = await until(
      () => ben.posts.postsList({ from: localDate('2026-12-01'), to: localDate('2026-12-31') }),
      (posts) => posts.some((post) => post.id === created.id),
    );
    expect(Date.now() - arrivedAt).toBeLessThan(2000);
    expect(seen.map((post) => post.title).sort()).toEqual(['Joulumyyjäiset', 'Talkoot']);
    expect(heard.flatMap((change) => change.posts)).toContain(created.id);
    expect(ben.repo.changeVersion()).toBeGreaterThan(0);
    expect(ben.repo.status(60_000).lastChange).toMatchObject({ author: { name: 'Anna' }, fromOutside: true });
  });

  it('a laptop that opens a plan and reads it, with nothing arriving, tells its listeners of no change', async () => {
    // The renderer reads its whole screen again on each change: heard a second after opening, it made every request twice.
    const [planA] = await sharedPlan(async (first) => {
      await first.posts.postsCreate({ title: 'Joulumyyjäiset', date: localDate('2026-12-12') });
      await first.posts.postsCreate({ title: 'Kevätkokous', date: localDate('2027-03-20') });
    });
    const anna = await openLaptop('Anna', planA, undefined, undefined, { readCache: true });
    open.push(anna);
    const heard: OutsideChange[] = [];
    anna.repo.onOutsideChange((change) => heard.push(change));
    expect((await anna.posts.postsList({ from: localDate('2026-12-01'), to: localDate('2027-03-31') })).map((post) => post.title)).toEqual(['Joulumyyjäiset', 'Kevätkokous']);
    expect(await anna.repo.takeOutsideChanges()).toBeNull();
    expect(heard).toEqual([]);
    expect(anna.repo.changeVersion()).toBe(0);
  });

  it('the first rescan after opening takes the files that were there as seen: it loads no month nobody read, and what arrives later still merges', async () => {
    // It took every file as new and loaded every month into the engine, holding requests up behind it (plan:conflicts after opening 10,000 posts: 43–86 s).
    const months = ['2028-01', '2028-02', '2028-03', '2028-04', '2028-05', '2028-06'];
    const [planA, planB] = await sharedPlan(async (first) => {
      for (const month of months) await first.posts.postsCreate({ title: `Kokous ${month}`, date: localDate(`${month}-10`) });
    });
    const [anna, ben] = [await openLaptop('Anna', planA, undefined, undefined, { readCache: true }), await openLaptop('Ben', planB, undefined, undefined, { readCache: true })];
    open.push(anna, ben);
    await ben.posts.postsList({ from: localDate('2028-01-01'), to: localDate('2028-01-31') });
    expect(await ben.repo.takeOutsideChanges()).toBeNull();
    const inside = ben.repo as unknown as { root: RootDocument; engine: PlanEngine };
    const unread = Object.entries(inside.root.months).filter(([, month]) => month !== '2028-01').map(([url]) => url as AutomergeUrl);
    expect(unread).toHaveLength(5);
    expect(unread.filter((url) => inside.engine.isLoaded(url))).toEqual([]);
    // Anna edits a month Ben never read: his next read has it.
    const [post] = await anna.posts.postsList({ from: localDate('2028-04-01'), to: localDate('2028-04-30') });
    await anna.posts.postsUpdate({ id: post.id, changes: { title: 'Kevätkokous' } });
    carry(anna.planDir, ben.planDir);
    const seen = await until(
      () => ben.posts.postsList({ from: localDate('2028-04-01'), to: localDate('2028-04-30') }),
      (posts) => posts[0]?.title === 'Kevätkokous',
    );
    expect(seen.map((post) => post.title)).toEqual(['Kevätkokous']);
  });

  it('a month nobody had, started on another laptop (a new document named by its root), appears too', async () => {
    const [anna, ben] = await twoLaptops();
    await ben.posts.postsList({ from: localDate('2027-03-01'), to: localDate('2027-03-31') });
    const created = await anna.posts.postsCreate({ title: 'Kevätkokous', date: localDate('2027-03-20') });
    // The root's change first (files of documents Ben has), the new month's document later (a folder Ben has not).
    const documentOf = (name: string) => name.split(path.sep).slice(0, 3).join(path.sep);
    carry(anna.planDir, ben.planDir, (files) => files.filter((name) => fs.existsSync(path.join(ben.planDir, documentOf(name)))));
    await ben.repo.takeOutsideChanges();
    expect(await ben.posts.postsList({ from: localDate('2027-03-01'), to: localDate('2027-03-31') })).toEqual([]);
    carry(anna.planDir, ben.planDir);
    const seen = await until(
      () => ben.posts.postsList({ from: localDate('2027-03-01'), to: localDate('2027-03-31') }),
      (posts) => posts.length === 1,
    );
    expect(seen[0]).toMatchObject({ id: created.id, title: 'Kevätkokous' });
    expect(ben.repo.problems).toEqual([]);
  });

  it('reads the changes in a sync tool’s conflict copy of a chunk, and never deletes another laptop’s chunks', async () => {
    const [anna, ben] = await twoLaptops();
    const [post] = await anna.posts.postsList({ from: localDate('2026-12-01'), to: localDate('2026-12-31') });
    await ben.posts.postsList({ from: localDate('2026-12-01'), to: localDate('2026-12-31') });
    const before = new Set(fs.readdirSync(anna.planDir, { recursive: true }) as string[]);
    await anna.posts.postsUpdate({ id: post.id, changes: { title: 'Joulumyyjäiset lauantaina' } });
    const fresh = (fs.readdirSync(anna.planDir, { recursive: true }) as string[]).filter((name) => !before.has(name) && fs.statSync(path.join(anna.planDir, name)).isFile());
    expect(fresh.length).toBeGreaterThan(0);
    // Only as conflict copies ("… (conflicted copy …)" and ".sync-conflict-…"), never under the chunk's own name.
    fresh.forEach((name, index) => {
      const target = path.join(ben.planDir, index % 2 ? `${name}.sync-conflict-20261202-101500-ABCDEFG` : `${name} (conflicted copy 2026-12-02)`);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(path.join(anna.planDir, name), target);
    });
    await until(
      () => ben.posts.postsGet({ id: post.id }),
      (seen) => seen.title === 'Joulumyyjäiset lauantaina',
    );
    const benFiles = () => (fs.readdirSync(ben.planDir, { recursive: true }) as string[]).filter((name) => name.includes('conflict'));
    // Ben writes many changes (compaction runs) and closes: the copies from Anna stay.
    for (let i = 0; i < 30; i++) await ben.posts.postsUpdate({ id: post.id, changes: { text: `Versio ${i}` } });
    await ben.repo.close();
    open.splice(open.indexOf(ben), 1);
    expect(benFiles()).toHaveLength(fresh.length);
  });
});
