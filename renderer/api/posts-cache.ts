import type { QueryClient } from '@tanstack/react-query';
import type { Post } from '../../shared/domain/post';
import { comparePosts } from '../../shared/domain/post';
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

/** Every cached list shows the stored post where it now belongs (and no longer where it was). */
export function showStoredPost(client: QueryClient, post: Post): void {
  client.setQueryData(queryKeys.posts.detail(post.id), post);
  for (const [key, list] of client.getQueriesData<Post[]>({ queryKey: queryKeys.posts.lists })) {
    if (!list) continue;
    const others = list.filter((listed) => listed.id !== post.id);
    client.setQueryData(key, listHolds(key, post) ? [...others, post].sort(comparePosts) : others);
  }
}

/** A deleted post leaves every cached list. */
export function hideDeletedPost(client: QueryClient, id: string): void {
  for (const [key, list] of client.getQueriesData<Post[]>({ queryKey: queryKeys.posts.lists })) {
    if (list?.some((listed) => listed.id === id)) client.setQueryData(key, list.filter((listed) => listed.id !== id));
  }
}
