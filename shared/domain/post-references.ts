import type { Id } from './ids';
import type { Post } from './post';

/**
 * A post without its references to channels and volunteers that are gone: what a
 * trashed post keeps when a channel or person is deleted, and what a post restored
 * from the trash brings back. A channel's own text goes with the channel.
 */
export function withoutMissingReferences(post: Post, channels: ReadonlySet<Id>, volunteers: ReadonlySet<Id>): Post {
  const channelIds = post.channelIds.filter((id) => channels.has(id));
  const variants = Object.fromEntries(Object.entries(post.variants).filter(([id]) => channels.has(id)));
  const person = (id: Id | null) => (id !== null && volunteers.has(id) ? id : null);
  const authorId = person(post.authorId);
  const responderId = person(post.responderId);
  const unchanged = channelIds.length === post.channelIds.length && Object.keys(variants).length === Object.keys(post.variants).length && authorId === post.authorId && responderId === post.responderId;
  return unchanged ? post : { ...post, channelIds, variants, authorId, responderId };
}
