import fs from 'node:fs';
import path from 'node:path';
import type { AutomergeUrl } from '@automerge/automerge-repo';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { PlanEngine } from '../../../../../electron/storage/plan/plan-engine';
import { localDate } from '../../../../../shared/domain/local-time';
import { openLaptop, sharedPlan } from '../../../../support/sync-laptop';
import { tempDir } from '../../../../support/temp-dir';

/*
 * CI, under load: right after opening, a laptop answered "No post with id …" for a post whole
 * on disk. Reads are not held off by merges (only requests that write are), and the first
 * rescan after opening reads the months it loaded again: between its taking a month out of
 * memory and reading it back, a read that had just read that month found no post there.
 */

const open: AutomergeRepository[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(open.splice(0).map((repo) => repo.close()));
});

/** A promise to wait on and the function that settles it. */
function gate(): { reached: Promise<void>; pass: () => void } {
  let pass = () => {};
  const reached = new Promise<void>((resolve) => (pass = resolve));
  return { reached, pass };
}

describe('a post read while a merge reads its month again', { timeout: 30_000 }, () => {
  it('is found: the read answers once the merge has read the month back', async () => {
    const ids = new Map<string, string>();
    const [planA, planB] = await sharedPlan(async (first) => {
      for (const date of ['2025-03-12', '2025-04-09']) ids.set(date.slice(0, 7), (await first.posts.postsCreate({ title: `Kokous ${date}`, date: localDate(date) })).id);
    });
    // Open on a day far from both months: the warm-up reads nothing of them.
    const now = () => new Date('2025-10-01T10:00:00Z');
    const read = vi.spyOn(PlanEngine.prototype, 'read');
    const anna = await AutomergeRepository.open({ dir: tempDir(), planDir: planA, now, locale: 'fi-FI', author: () => ({ volunteerId: null, name: 'Anna' }) });
    open.push(anna);
    // The root, read first at open: a post is looked for month by month, in the order the root names them.
    const root = (await read.mock.results[0].value) as { months: Record<AutomergeUrl, string> };
    read.mockRestore();
    const [first, second] = Object.keys(root.months) as AutomergeUrl[];
    const postId = ids.get(root.months[first]) ?? '';

    // Ben edits that post: the chunk his sync tool brings is what the merge reads.
    const ben = await openLaptop('Ben', planB, undefined, now);
    await ben.posts.postsUpdate({ id: postId, changes: { title: 'Kokous siirtyy' } });
    await ben.repo.close();

    const [secondMonth, mergeReadsFirst] = [gate(), gate()];
    const [releaseSecond, releaseMerge] = [gate(), gate()];
    const calls = new Map<AutomergeUrl, number>();
    const readWithSource = PlanEngine.prototype.readWithSource;
    vi.spyOn(PlanEngine.prototype, 'readWithSource').mockImplementation(async function (this: PlanEngine, url, check) {
      const call = (calls.get(url) ?? 0) + 1;
      calls.set(url, call);
      if (url === second && call === 1) {
        secondMonth.pass();
        await releaseSecond.reached;
      }
      if (url === first && call === 2) {
        mergeReadsFirst.pass();
        await releaseMerge.reached;
      }
      return readWithSource.call(this, url, check) as never;
    });

    // The read has its post's month and is reading the other one when Ben's chunk arrives.
    const finding = anna.findPost(postId);
    await secondMonth.reached;
    fs.cpSync(path.join(planB, 'automerge'), path.join(planA, 'automerge'), { recursive: true, force: false });
    const merging = anna.takeOutsideChanges();
    await mergeReadsFirst.reached;
    releaseSecond.pass();
    // The read may answer now, or wait for the merge: it cannot answer rightly before the merge is let go.
    await Promise.race([finding.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 300))]);
    releaseMerge.pass();
    await merging;
    expect(await finding).toMatchObject({ id: postId, title: 'Kokous siirtyy' });
  });
});
