import type { Id } from '../domain/ids';
import { ownEntry } from '../domain/ids';
import type { Instant } from '../domain/local-time';
import type { Post, PostStatus } from '../domain/post';
import type { Publication } from '../domain/publication';

/*
 * "Mark as published", per channel. A post goes out channel by channel, often by
 * different volunteers on different days; it counts as published when every one of
 * its channels is. Undoing the last one takes it back to approved.
 */

/** Statuses whose posts the share kit shows: approved, and published (to undo or finish a channel). */
const shareable: readonly PostStatus[] = ['approved', 'published'];

export function canShare(post: Pick<Post, 'status'>): boolean {
  return shareable.includes(post.status);
}

export function publicationOf(post: Pick<Post, 'publications'>, channelId: Id): Publication | null {
  return (post.publications && ownEntry(post.publications, channelId)) ?? null;
}

/** Every channel of the post has gone out (a post without channels never is, by this rule). */
export function allChannelsPublished(post: Pick<Post, 'channelIds' | 'publications'>): boolean {
  return post.channelIds.length > 0 && post.channelIds.every((channelId) => publicationOf(post, channelId) !== null);
}

export type PublishProblem = 'notShareable' | 'notChannelOfPost';

export function markPublished(post: Post, channelId: Id, publication: Publication, now: Instant): { ok: true; post: Post } | { ok: false; problem: PublishProblem } {
  if (!canShare(post)) return { ok: false, problem: 'notShareable' };
  if (!post.channelIds.includes(channelId)) return { ok: false, problem: 'notChannelOfPost' };
  const next: Post = { ...post, publications: { ...post.publications, [channelId]: publication }, updatedAt: now };
  return { ok: true, post: allChannelsPublished(next) ? { ...next, status: 'published' } : next };
}

/** Undo: the channel is no longer published; a published post whose channels are no longer all done is approved again. */
export function unmarkPublished(post: Post, channelId: Id, now: Instant): Post | null {
  if (!publicationOf(post, channelId)) return null;
  const publications = Object.fromEntries(Object.entries(post.publications ?? {}).filter(([id]) => id !== channelId));
  const next: Post = { ...post, publications, updatedAt: now };
  return next.status === 'published' && !allChannelsPublished(next) ? { ...next, status: 'approved' } : next;
}
