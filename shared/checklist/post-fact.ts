import type { Post } from '../domain/post';

/*
 * What the cross-post rules read of a post besides the one checked: albums of the same
 * name (album-index.ts), each channel's last and next post (staleness.ts), the marketing
 * share's last twelve (marketing-share.ts). No texts, images or comments: the storage
 * keeps these for every document (electron/storage/plan/post-facts-index.ts), so a
 * month's checklist reads its own posts and these, never the year around it.
 */
export type PostFact = Pick<Post, 'id' | 'title' | 'date' | 'time' | 'albumName' | 'status' | 'channelIds' | 'marketing'>;

export function postFactOf(post: PostFact): PostFact {
  const { id, title, date, time, albumName, status, channelIds, marketing } = post;
  return { id, title, date, time, albumName, status, channelIds, marketing };
}
