import { describe, expect, it } from 'vitest';
import type { FolderData } from '../../../../../shared/backup/folder-data';
import type { Post } from '../../../../../shared/domain/post';
import { localDate } from '../../../../../shared/domain/local-time';
import { FolderSync } from '../../../../support/folder-sync';
import { seededRandom } from '../../../../support/seeded-random';
import { sized } from '../../../../support/test-size';
import type { SyncLaptop } from '../../../../support/sync-laptop';
import { folderFigures, openLaptop, sharedPlan } from '../../../../support/sync-laptop';

/*
 * Issue 13, Done-when 1: two laptops on plan folders A and B joined by a simulated sync
 * tool, each doing random operations through the services at once; once the tool goes
 * quiet both hold the same plan, and every acknowledged operation is there or shown (a
 * conflict, an edit lost to a delete). In `npm test` at 120 + 120 operations (30 s at
 * load 15 here); SOMEVUORO_LONG=1 runs the 1,000 + 1,000 (SYNC_OPERATIONS and
 * SYNC_SEED choose others) and prints the figures the issue asks for.
 *
 * Its miss of one run in ten (an acknowledged title edit neither kept nor shown) was two
 * laptops moving one post into the same month document at once, one having edited it
 * first: each wrote a whole new post there and Automerge showed one; conflicts.ts now
 * lists the other's fields (conflicts.spec.ts rebuilds it).
 */

const OPERATIONS = Number(process.env.SYNC_OPERATIONS ?? sized(120, 1000));
const KINDS = ['create', 'edit', 'move', 'delete', 'approve', 'comment', 'duty swap'] as const;
const DATES = ['2026-12-03', '2026-12-17', '2027-01-09', '2027-01-28', null] as const;

interface Acknowledged {
  created: Set<string>;
  comments: { postId: string; text: string }[];
  /** Last title each side gave a post. */
  titles: Map<string, string>;
  dutyVolunteers: Map<string, string | null>;
  failed: number;
  /** Acknowledged operations of each kind: every kind the issue names must really run. */
  kinds: Record<(typeof KINDS)[number], number>;
}

async function operate(laptop: SyncLaptop, random: () => number, count: number, volunteers: string[], dutyIds: string[]): Promise<Acknowledged> {
  const done: Acknowledged = { created: new Set(), comments: [], titles: new Map(), dutyVolunteers: new Map(), failed: 0, kinds: Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Acknowledged['kinds'] };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  for (let i = 0; i < count; i++) {
    const posts: Post[] = await laptop.repo.allPosts();
    const post = posts.length > 0 ? pick(posts) : undefined;
    const roll = random();
    try {
      // As dispatch runs a request: no merge from the folder between the service's read and its write.
      const kind = await laptop.repo.exclusive(async (): Promise<(typeof KINDS)[number]> => {
        if (!post || roll < 0.2) {
          const created = await laptop.posts.postsCreate({ title: `${laptop.name} ${i}`, date: pick(DATES) === null ? null : localDate(pick(DATES.slice(0, 4)) as string) });
          done.created.add(created.id);
          return 'create';
        } else if (roll < 0.45) {
          const title = `${laptop.name} ${i} otsikko`;
          await laptop.posts.postsUpdate({ id: post.id, changes: { title } });
          done.titles.set(post.id, title);
          return 'edit';
        } else if (roll < 0.55) {
          const date = pick(DATES);
          await laptop.posts.postsUpdate({ id: post.id, changes: { date: date === null ? null : localDate(date), time: null } });
          return 'move';
        } else if (roll < 0.62) {
          await laptop.posts.postsDelete({ id: post.id });
          return 'delete';
        } else if (roll < 0.72) {
          await laptop.posts.postsUpdate({ id: post.id, changes: { status: 'in-review' } });
          await laptop.review.postsApprove({ id: post.id, overrideReason: 'Tarkistettu puhelimessa' });
          return 'approve';
        } else if (roll < 0.87) {
          const text = `${laptop.name} kommentoi ${i}`;
          await laptop.review.postsComment({ id: post.id, text: text });
          done.comments.push({ postId: post.id, text });
          return 'comment';
        } else {
          const dutyId = pick(dutyIds);
          const volunteerId = pick([...volunteers, null]);
          await laptop.roster.dutiesUpdate({ id: dutyId, changes: { volunteerId } });
          done.dutyVolunteers.set(dutyId, volunteerId);
          return 'duty swap';
        }
      });
      done.kinds[kind] += 1;
    } catch (error) {
      // A rule said no (a status not allowed, a post the other laptop deleted meanwhile): nothing acknowledged.
      if (!(error instanceof Error) || error.constructor.name !== 'DomainError') throw error;
      done.failed += 1;
    }
    if (random() < 0.3) await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 30)));
  }
  return done;
}

describe('two laptops through a shared folder', () => {
  it(`after ${OPERATIONS} + ${OPERATIONS} random operations and a sync tool with delays, partial copies, conflict copies and deletions, both hold the same plan and nothing acknowledged is lost`, async () => {
    const volunteers: string[] = [];
    const dutyIds: string[] = [];
    const [planA, planB] = await sharedPlan(async (first) => {
      for (const name of ['Aino', 'Eero', 'Sanni']) volunteers.push((await first.volunteers.volunteersCreate({ name, email: '', phone: '', roles: [], channelIds: [], away: [], maxDutiesPerMonth: null, active: true })).id);
      for (const from of ['2026-12-01', '2026-12-08', '2027-01-05']) dutyIds.push((await first.roster.dutiesCreate({ type: 'response', volunteerId: null, from: localDate(from), to: localDate(from), channelIds: [], note: '' })).id);
    });
    const anna = await openLaptop('Anna', planA);
    const ben = await openLaptop('Ben', planB);
    const tool = new FolderSync([planA, planB], { random: seededRandom(Number(process.env.SYNC_SEED ?? 7)) });
    tool.start();
    const started = Date.now();
    const [byAnna, byBen] = await Promise.all([operate(anna, seededRandom(1), OPERATIONS, volunteers, dutyIds), operate(ben, seededRandom(2), OPERATIONS, volunteers, dutyIds)]);
    const operated = Date.now();
    await tool.quiet();
    // What the watchers have not taken yet, a rescan takes.
    for (;;) {
      const [a, b] = await Promise.all([anna.repo.takeOutsideChanges(), ben.repo.takeOutsideChanges()]);
      if (!a && !b) break;
      await tool.quiet();
    }
    const converged = Date.now();

    // The trash's order is the order each laptop learnt of deletions: compared by post.
    const sorted = (data: FolderData) => ({ ...data, trash: [...data.trash].sort((a, b) => a.post.id.localeCompare(b.post.id)) });
    const [seenA, seenB] = [sorted(await anna.repo.snapshot()), sorted(await ben.repo.snapshot())];
    expect(seenB).toEqual(seenA);
    const [conflictsA, conflictsB] = [await anna.repo.conflicts(), await ben.repo.conflicts()];
    expect(conflictsB).toEqual(conflictsA);

    const live = new Map(seenA.posts.map((post) => [post.id, post]));
    const trashed = new Map(seenA.trash.map((entry) => [entry.post.id, entry.post]));
    // An edit lost to a delete, or made on a copy that lost to a newer one (two laptops moved the post at once), is shown.
    const lostToDelete = new Set([...conflictsA.editedWhileDeleted, ...conflictsA.copies].map((entry) => entry.postId));
    for (const done of [byAnna, byBen]) {
      for (const id of done.created) expect(live.has(id) || trashed.has(id), `post ${id} is gone`).toBe(true);
      for (const { postId, text } of done.comments) {
        const post = live.get(postId) ?? trashed.get(postId);
        const kept = post?.comments.some((comment) => comment.text === text) ?? false;
        const comments = conflictsA.posts.find((entry) => entry.postId === postId)?.fields.find((field) => field.field === 'comments');
        const shown = comments?.values.some((value) => Array.isArray(value.value) && value.value.some((comment: { text?: string }) => comment.text === text)) ?? false;
        expect(kept || shown || lostToDelete.has(postId), `comment "${text}" on ${postId} is neither there nor shown`).toBe(true);
      }
      for (const [postId, title] of done.titles) {
        const other = done === byAnna ? byBen : byAnna;
        const post = live.get(postId) ?? trashed.get(postId);
        const shown = conflictsA.posts.find((entry) => entry.postId === postId)?.fields.find((field) => field.field === 'title');
        const kept = post?.title === title || shown?.values.some((value) => value.value === title) || other.titles.has(postId) || lostToDelete.has(postId);
        expect(kept, `title "${title}" of ${postId}`).toBe(true);
      }
    }
    // A duty's volunteer is the last one one of the laptops set (when both set it at once, the other is in conflicts).
    for (const duty of seenA.main.duties) {
      const set = [byAnna, byBen].filter((done) => done.dutyVolunteers.has(duty.id)).map((done) => done.dutyVolunteers.get(duty.id));
      if (set.length > 0) expect(set).toContain(duty.volunteerId);
    }

    for (const kind of KINDS) expect(byAnna.kinds[kind] + byBen.kinds[kind], `${kind} operations acknowledged`).toBeGreaterThan(0);

    const files = folderFigures(planA);
    const written = byAnna.created.size + byBen.created.size;
    const acknowledged = KINDS.reduce((sum, kind) => sum + byAnna.kinds[kind] + byBen.kinds[kind], 0);
    console.log(
      JSON.stringify({
        operations: OPERATIONS * 2,
        failedByRules: byAnna.failed + byBen.failed,
        operateMs: operated - started,
        convergeAfterLastOperationMs: converged - operated,
        planFolder: files,
        planFolderB: folderFigures(planB),
        tool: tool.figures,
        kinds: Object.fromEntries(KINDS.map((kind) => [kind, byAnna.kinds[kind] + byBen.kinds[kind]])),
        // What the sync tool saw appear or change in the two plan folders (its own copies not counted), per acknowledged operation.
        filesWrittenPerSave: Number((tool.figures.seen / acknowledged).toFixed(2)),
        filesPerOperation: Number((tool.figures.copied / 2 / (OPERATIONS * 2)).toFixed(2)),
        posts: seenA.posts.length,
        trash: seenA.trash.length,
        created: written,
        conflicts: { posts: conflictsA.posts.length, duties: conflictsA.duties.length, editedWhileDeleted: conflictsA.editedWhileDeleted.length, copies: conflictsA.copies.length },
      }),
    );
    tool.stop();
    await Promise.all([anna.repo.close(), ben.repo.close()]);
  }, Math.max(180_000, OPERATIONS * 800));
});
