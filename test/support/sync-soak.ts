import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { FolderData } from '../../shared/backup/folder-data';
import type { Post } from '../../shared/domain/post';
import { localDate } from '../../shared/domain/local-time';
import type { PlanConflicts } from '../../electron/storage/plan/automerge-repository';
import { isPostArriving } from '../../electron/storage/storage-error';
import type { SyncLaptop } from './sync-laptop';
import { sharedPlan } from './sync-laptop';

/*
 * The two-laptop soak's random operations and its "nothing acknowledged is lost" check
 * (issue 13, Done-when 1), shared by the variant through a shared folder
 * (folder-sync.spec.ts) and the one through the sync server (server-soak.spec.ts).
 */

export const KINDS = ['create', 'edit', 'move', 'delete', 'approve', 'comment', 'duty swap'] as const;
type Kind = (typeof KINDS)[number];
const DATES = ['2026-12-03', '2026-12-17', '2027-01-09', '2027-01-28', null] as const;

export interface Acknowledged {
  created: Set<string>;
  comments: { postId: string; text: string }[];
  /** Last title each side gave a post. */
  titles: Map<string, string>;
  dutyVolunteers: Map<string, string | null>;
  failed: number;
  /** Acknowledged operations of each kind: every kind the issue names must really run. */
  kinds: Record<Kind, number>;
}

/** Two plan folders of one plan (as after a first sync), with three volunteers and three response duties to swap. */
export async function soakPlan(): Promise<{ planA: string; planB: string; volunteers: string[]; dutyIds: string[] }> {
  const volunteers: string[] = [];
  const dutyIds: string[] = [];
  const [planA, planB] = await sharedPlan(async (first) => {
    for (const name of ['Aino', 'Eero', 'Sanni']) volunteers.push((await first.volunteers.volunteersCreate({ name, email: '', phone: '', roles: [], channelIds: [], away: [], maxDutiesPerMonth: null, active: true })).id);
    for (const from of ['2026-12-01', '2026-12-08', '2027-01-05']) dutyIds.push((await first.roster.dutiesCreate({ type: 'response', volunteerId: null, from: localDate(from), to: localDate(from), channelIds: [], note: '' })).id);
  });
  return { planA, planB, volunteers, dutyIds };
}

/** `count` random operations (create, edit, move, delete, approve, comment, duty swap) through the services, as a user would. */
export async function operate(laptop: SyncLaptop, random: () => number, count: number, volunteers: string[], dutyIds: string[]): Promise<Acknowledged> {
  const done: Acknowledged = { created: new Set(), comments: [], titles: new Map(), dutyVolunteers: new Map(), failed: 0, kinds: Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Acknowledged['kinds'] };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  for (let i = 0; i < count; i++) {
    const posts: Post[] = await laptop.repo.allPosts();
    const post = posts.length > 0 ? pick(posts) : undefined;
    const roll = random();
    try {
      // As dispatch runs a request: no merge from the folder between the service's read and its write.
      const kind = await laptop.repo.exclusive(async (): Promise<Kind> => {
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
          await laptop.review.postsComment({ id: post.id, text });
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
      // A rule said no (a status not allowed, a post the other laptop deleted meanwhile), or the post is still arriving
      // from the other laptop's move (v.postArriving): nothing acknowledged.
      if (!(error instanceof Error) || (error.constructor.name !== 'DomainError' && !isPostArriving(error))) throw error;
      done.failed += 1;
    }
    if (random() < 0.3) await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 30)));
  }
  return done;
}

/** The trash's order is the order each laptop learnt of deletions: compared by post. */
export const sortedTrash = (data: FolderData): FolderData => ({ ...data, trash: [...data.trash].sort((a, b) => a.post.id.localeCompare(b.post.id)) });

/** Every acknowledged operation of either laptop is in the converged plan, or shown (a conflict, an edit lost to a delete). */
export function expectNothingLost(plan: FolderData, conflicts: PlanConflicts, [byAnna, byBen]: [Acknowledged, Acknowledged]): void {
  const live = new Map(plan.posts.map((post) => [post.id, post]));
  const trashed = new Map(plan.trash.map((entry) => [entry.post.id, entry.post]));
  const lostToDelete = new Set([...conflicts.editedWhileDeleted, ...conflicts.copies].map((entry) => entry.postId));
  // Shown and in the trash, listed as such: the trashed copy is one a user is pointed to.
  const both = new Set(conflicts.movedWhileDeleted.map((entry) => entry.postId));
  const copiesOf = (postId: string) => [live.get(postId) ?? trashed.get(postId), both.has(postId) ? trashed.get(postId) : undefined].filter((post) => post !== undefined);
  for (const done of [byAnna, byBen]) {
    for (const id of done.created) expect(live.has(id) || trashed.has(id), `post ${id} is gone`).toBe(true);
    for (const { postId, text } of done.comments) {
      const kept = copiesOf(postId).some((post) => post.comments.some((comment) => comment.text === text));
      const comments = conflicts.posts.find((entry) => entry.postId === postId)?.fields.find((field) => field.field === 'comments');
      const shown = comments?.values.some((value) => Array.isArray(value.value) && value.value.some((comment: { text?: string }) => comment.text === text)) ?? false;
      expect(kept || shown || lostToDelete.has(postId), `comment "${text}" on ${postId} is neither there nor shown`).toBe(true);
    }
    for (const [postId, title] of done.titles) {
      const other = done === byAnna ? byBen : byAnna;
      const shown = conflicts.posts.find((entry) => entry.postId === postId)?.fields.find((field) => field.field === 'title');
      const kept = copiesOf(postId).some((post) => post.title === title) || shown?.values.some((value) => value.value === title) || other.titles.has(postId) || lostToDelete.has(postId);
      expect(kept, `title "${title}" of ${postId}`).toBe(true);
    }
  }
  // A duty's volunteer is the last one one of the laptops set (when both set it at once, the other is in conflicts).
  for (const duty of plan.main.duties) {
    const set = [byAnna, byBen].filter((done) => done.dutyVolunteers.has(duty.id)).map((done) => done.dutyVolunteers.get(duty.id));
    if (set.length > 0) expect(set).toContain(duty.volunteerId);
  }
}

/**
 * When SOAK_DUMP_DIR is set, a failed check leaves its evidence there before the temp
 * folders go: both plan folders (every chunk, so every change and its note) and what was
 * acknowledged and listed. A long soak fails one run in a few; without this its folders
 * are deleted with the test.
 */
export async function keepEvidence(check: () => void | Promise<void>, folders: Record<string, string>, facts: () => Promise<unknown>): Promise<void> {
  try {
    await check();
  } catch (error) {
    const dump = process.env.SOAK_DUMP_DIR;
    if (dump) {
      const out = path.join(dump, `soak-${Date.now()}`);
      for (const [name, folder] of Object.entries(folders)) fs.cpSync(folder, path.join(out, name), { recursive: true });
      const plain = (_key: string, value: unknown) => (value instanceof Set ? [...value] : value instanceof Map ? [...value] : value);
      fs.writeFileSync(path.join(out, 'facts.json'), JSON.stringify({ failure: String(error), ...(await facts()) as object }, plain, 1));
      console.log(`soak evidence in ${out}`);
    }
    throw error;
  }
}
