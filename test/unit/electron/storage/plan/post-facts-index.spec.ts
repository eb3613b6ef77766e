import { afterEach, describe, expect, it } from 'vitest';
import { plusDays } from '../../../../../shared/calendar/calendar-dates';
import { albumNameKey } from '../../../../../shared/checklist/album-index';
import { postFactOf } from '../../../../../shared/checklist/post-fact';
import type { LocalDate } from '../../../../../shared/domain/local-time';
import { localDate } from '../../../../../shared/domain/local-time';
import type { Post, PostStatus } from '../../../../../shared/domain/post';
import { newPost } from '../../../../../shared/domain/post';
import { albumFactOf } from '../../../../../electron/storage/plan/album-names-index';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { carryNewFiles } from '../../../../support/folder-sync';
import { seededRandom } from '../../../../support/seeded-random';
import type { SyncLaptop } from '../../../../support/sync-laptop';
import { openLaptop, sharedPlan } from '../../../../support/sync-laptop';
import { tempDir } from '../../../../support/temp-dir';

/*
 * Issue 14: the checklists read other posts' facts (albums, last posts, marketing) from
 * facts kept per month document (electron/storage/plan/post-facts-index.ts), kept across
 * writes and merges, instead of reading every month of the year whole. Here they must
 * equal what reading the plan's posts whole gives (a laptop opening the plan folder
 * afresh and reading every month), through random edits on two laptops, moves between
 * months, the trash, and merges both ways, with facts read before and after each merge.
 */

const FIRST = localDate('2026-01-01');
const LAST = localDate('2026-12-31');
const statuses: PostStatus[] = ['idea', 'draft', 'in-review', 'approved', 'published', 'cancelled'];
const albums = ['Kesäjuhla', 'kesäjuhla ', 'Talkoot', 'Syyskokous', ''];
/** Two of the names (the first by two spellings): the album-name index answers only for the names asked. */
const albumKeys = new Set(['kesäjuhla', 'talkoot']);

const open: AutomergeRepository[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((repo) => repo.close()));
});

/** Every post of the plan as a laptop that reads it afresh, whole, sees it: the facts of each, in postsBetween's order. */
async function scanned(planDir: string, from: LocalDate, to: LocalDate) {
  const reader = await AutomergeRepository.open({ dir: tempDir(), planDir, now: () => new Date('2026-06-10T09:00:00Z'), locale: 'fi-FI', readCache: true });
  try {
    await reader.allPosts();
    const [dated, undated] = [await reader.postsBetween(from, to), await reader.undatedPosts()];
    return { albums: [...dated, ...undated].filter((post) => albumKeys.has(albumNameKey(post.albumName))).map(albumFactOf), dated: dated.map(postFactOf), undated: undated.map(postFactOf) };
  } finally {
    await reader.close();
  }
}

/** The album-name index is asked first: before the facts are read, it answers from what it kept (album-names-index.ts). */
async function facts(laptop: SyncLaptop, from: LocalDate, to: LocalDate) {
  return { albums: (await laptop.repo.albumFactsBetween(albumKeys, from, to)).map(albumFactOf), dated: await laptop.repo.postFactsBetween(from, to), undated: await laptop.repo.undatedPostFacts() };
}

describe('the post facts kept per month document', { timeout: 120_000 }, () => {
  it('equal the posts read whole, through random edits, moves, deletes and merges on two laptops', async () => {
    const random = seededRandom(1414);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const date = () => (random() < 0.08 ? null : plusDays(FIRST, Math.floor(random() * 365)));
    const [planA, planB] = await sharedPlan(async (first) => {
      await first.repo.insertPosts(
        Array.from({ length: 40 }, (_, index) =>
          newPost({ title: `Alku ${index}`, date: date(), albumName: pick(albums), status: pick(statuses), channelIds: [], marketing: random() < 0.2 }, `p-${index}`, '2026-01-01T00:00:00.000Z'),
        ),
      );
    });
    const laptops = [await openLaptop('Anna', planA, undefined, undefined, { readCache: true }), await openLaptop('Ben', planB, undefined, undefined, { readCache: true })];
    open.push(...laptops.map((laptop) => laptop.repo));
    let clock = Date.parse('2026-02-01T00:00:00.000Z');
    const stamp = () => new Date((clock += 1000)).toISOString();
    let created = 0;

    for (let round = 0; round < 8; round++) {
      // Each laptop reads the facts first (kept), then edits posts of its half of the year (those
      // months held whole); the other half it learns only from the other laptop's changes.
      for (const [index, laptop] of laptops.entries()) {
        await laptop.repo.albumFactsBetween(albumKeys, FIRST, LAST);
        await laptop.repo.postFactsBetween(FIRST, LAST);
        for (let edit = 0; edit < 3; edit++) {
          const month = String(1 + index * 6 + Math.floor(random() * 6)).padStart(2, '0');
          const known = await laptop.repo.postsBetween(localDate(`2026-${month}-01`), localDate(`2026-${month}-28`));
          const post = known.length > 0 ? pick(known) : undefined;
          const roll = random();
          if (!post || roll < 0.25) {
            await laptop.repo.insertPost(newPost({ title: `${laptop.name} ${created++}`, date: date(), albumName: pick(albums), status: pick(statuses), channelIds: [], marketing: random() < 0.2 }, `n-${laptop.name}-${created}`, stamp()));
          } else if (roll < 0.7) {
            const changed: Post = { ...post, title: random() < 0.5 ? `${post.title}!` : post.title, albumName: pick(albums), status: pick(statuses), updatedAt: stamp() };
            // Some edits move the post to another month (or out of the calendar).
            await laptop.repo.replacePost(random() < 0.4 ? { ...changed, date: date(), time: null } : changed);
          } else if (roll < 0.85) {
            await laptop.repo.trashPost(post.id);
          } else {
            const trashed = await laptop.repo.trashedPosts();
            if (trashed.length > 0) await laptop.repo.restorePost(pick(trashed).post.id);
          }
        }
      }
      // Sometimes only one way, so that a laptop's facts stay behind for a round and are kept meanwhile.
      carryNewFiles(planA, planB);
      await laptops[1].repo.takeOutsideChanges();
      if (random() < 0.7) {
        carryNewFiles(planB, planA);
        await laptops[0].repo.takeOutsideChanges();
      }
      expect(await facts(laptops[1], FIRST, LAST), `round ${round}, Ben`).toEqual(await scanned(planB, FIRST, LAST));
    }
    carryNewFiles(planB, planA);
    await laptops[0].repo.takeOutsideChanges();
    for (const laptop of laptops) expect(await facts(laptop, FIRST, LAST), laptop.name).toEqual(await scanned(laptop.planDir, FIRST, LAST));
  });
});
