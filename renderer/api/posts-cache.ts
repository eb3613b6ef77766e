import type { QueryClient } from '@tanstack/react-query';
import type { NewPostFields, Post, PostChanges, PostFields } from '../../shared/domain/post';
import { applyPostChanges, comparePosts, newPost } from '../../shared/domain/post';
import { queryKeys } from './query-keys';

/*
 * A stored post, as main answered a change, written into the lists already read: the
 * calendar shows the change without reading its range again. Only the post itself
 * moves, so every other post of a list stays as it was read.
 */

/** Whether a cached list (a range, or the unscheduled ones) holds posts on this post's day. */
function listHolds(key: readonly unknown[], post: Post): boolean {
  if (key[2] === 'undated') return post.date === null;
  const [, , , from, to] = key as [string, string, string, string, string];
  return post.date !== null && post.date >= from && post.date <= to;
}

/**
 * The sorted list with the post put where comparePosts places it: a few comparisons, where sorting
 * the whole list again cost 1–9 ms a list of 1,500 posts (localeCompare), in the click's frame, for
 * each of the half-dozen ranges the calendar holds (issue 14).
 */
function withPost(list: Post[], post: Post): Post[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comparePosts(list[middle], post) <= 0) low = middle + 1;
    else high = middle;
  }
  return [...list.slice(0, low), post, ...list.slice(low)];
}

/** Every cached list shows the post where it now belongs (and no longer where it was); returns what each list held before. */
function showInLists(client: QueryClient, post: Post): Map<readonly unknown[], { before: Post[]; after: Post[] }> {
  const changed = new Map<readonly unknown[], { before: Post[]; after: Post[] }>();
  for (const [key, list] of client.getQueriesData<Post[]>({ queryKey: queryKeys.posts.lists })) {
    if (!list) continue;
    const others = list.filter((listed) => listed.id !== post.id);
    // What the cache holds after structural sharing (setQueryData's answer), to know later whether it is still there.
    const after = client.setQueryData<Post[]>(key, listHolds(key, post) ? withPost(others, post) : others);
    if (after) changed.set(key, { before: list, after });
  }
  return changed;
}

/** Every cached list shows the stored post where it now belongs (and no longer where it was). */
export function showStoredPost(client: QueryClient, post: Post): void {
  client.setQueryData(queryKeys.posts.detail(post.id), post);
  showInLists(client, post);
}

/** An edit shown before main answers: `undo` takes it back if main refuses; `settled` reads again what was stopped to show it. */
export interface ShownEdit<Stored = Post> {
  undo: () => void;
  settled: () => void;
  /** The post as the cache held it before the edit (what main's answer is compared with). */
  before?: Post;
  /** Called with main's answer before it is stored: a new post's stand-in leaves the lists the stored post goes into. */
  answered?: (stored: Stored) => void;
}

/** Lists being read again are stopped (their answers, asked before the change, would land on top of it); they are read again once main has answered. */
async function stopReadingLists(client: QueryClient) {
  const reading = client.getQueryCache().findAll({ queryKey: queryKeys.posts.lists, fetchStatus: 'fetching', predicate: (query) => query.state.data !== undefined });
  await Promise.all(reading.map((query) => query.cancel({ revert: true })));
  return () => reading.forEach((query) => void client.refetchQueries({ queryKey: query.queryKey, exact: true, type: 'active' }));
}

/** Each list that still holds what the change put there gets back what it held before (one read again meanwhile is newer and stays). */
function putBack(client: QueryClient, changed: Map<readonly unknown[], { before: Post[]; after: Post[] }>) {
  for (const [key, { before, after }] of changed) if (client.getQueryData(key) === after) client.setQueryData(key, before);
}

/** A new post's id until main has given it its own (never one main gives: main's are UUIDs). */
const STAND_IN = 'new-post-';
const standInId = (count: number) => `${STAND_IN}${count}`;
let standIns = 0;

/** A new post shown before main has stored it: nothing can be done to it under this id, which main does not know. */
export const isStandIn = (id: string) => id.startsWith(STAND_IN);

/** Stand-ins main has not answered yet, with who waits for their stored id; and what main answered for the others (null: refused). */
const waitingFor = new Map<string, ((id: string | null) => void)[]>();
const answeredAs = new Map<string, string | null>();

function settleStandIn(standIn: string, id: string | null): void {
  answeredAs.set(standIn, id);
  for (const resolve of waitingFor.get(standIn) ?? []) resolve(id);
  waitingFor.delete(standIn);
}

/** The id main gave the post shown under `standIn` once it has stored it; null when main refused it (or no such stand-in is on its way). */
export function storedIdOf(standIn: string): Promise<string | null> {
  const waiting = waitingFor.get(standIn);
  if (!waiting) return Promise.resolve(answeredAs.get(standIn) ?? null);
  return new Promise((resolve) => waiting.push(resolve));
}

/**
 * An edit on its way to main, shown in the lists before main answers (the calendar paints it
 * before the request is even sent). React Query's optimistic update: a list being read again is
 * stopped first (its answer, asked before the edit, would land on top of it) and read again once
 * main has answered. The post itself (the open editor reads it) keeps what is stored, so the
 * editor's form stays the user's edit until main has stored it. `undo` puts back each list that
 * still holds the guess: one read again meanwhile is newer than the guess and stays.
 */
export async function showEditedPost(client: QueryClient, { id, changes }: { id: string; changes: PostChanges }): Promise<ShownEdit> {
  const settled = await stopReadingLists(client);
  const stored = client.getQueryData<Post>(queryKeys.posts.detail(id)) ?? client.getQueriesData<Post[]>({ queryKey: queryKeys.posts.lists }).flatMap(([, list]) => list ?? []).find((post) => post.id === id);
  const changed = stored ? showInLists(client, applyPostChanges(stored, changes, stored.updatedAt)) : new Map();
  return { before: stored, undo: () => putBack(client, changed), settled };
}

/**
 * A new post shown before main answers (issue 14: optimistic create), under a stand-in id until main
 * has given it its own: main's answer takes the stand-in's place (`answered`, then the stored post goes
 * in as any saved post), a refusal takes it away. Nothing else is guessed: flags and checklists come
 * with main's answer.
 */
export async function showNewPost(client: QueryClient, fields: NewPostFields): Promise<ShownEdit> {
  const settled = await stopReadingLists(client);
  const now = new Date().toISOString();
  standIns += 1;
  const standIn = newPost(fields as Partial<PostFields> & { title: string }, standInId(standIns), now);
  waitingFor.set(standIn.id, []);
  showInLists(client, standIn);
  // Out of every list, whatever else has changed in them meanwhile; who waits for it (an editor opened on the stand-in) hears what main did.
  const hide = () => hideDeletedPost(client, standIn.id);
  return {
    undo: () => {
      hide();
      settleStandIn(standIn.id, null);
    },
    answered: (stored) => {
      hide();
      settleStandIn(standIn.id, stored.id);
    },
    settled,
  };
}

/** A deleted post leaves every cached list. */
export function hideDeletedPost(client: QueryClient, id: string): void {
  for (const [key, list] of client.getQueriesData<Post[]>({ queryKey: queryKeys.posts.lists })) {
    if (list?.some((listed) => listed.id === id)) client.setQueryData(key, list.filter((listed) => listed.id !== id));
  }
}

/**
 * A post as the newest cached list holds it, with when that list was read: the editor opens on it without
 * asking main first. A list marked stale (a change elsewhere, not read again while hidden) may hold an
 * older copy: it is not used.
 */
export function postInLists(client: QueryClient, id: string): { post: Post; readAt: number } | undefined {
  let found: { post: Post; readAt: number } | undefined;
  for (const query of client.getQueryCache().findAll({ queryKey: queryKeys.posts.lists, stale: false })) {
    if (query.state.isInvalidated || (found && found.readAt >= query.state.dataUpdatedAt)) continue;
    const post = (query.state.data as Post[] | undefined)?.find((listed) => listed.id === id);
    if (post) found = { post, readAt: query.state.dataUpdatedAt };
  }
  return found;
}
