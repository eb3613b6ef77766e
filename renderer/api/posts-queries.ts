import { keepPreviousData, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RendererApi } from '../../shared/api/contract';
import type { Post } from '../../shared/domain/post';
import { coverageFields } from '../../shared/roster/coverage';
import { unwrap, useApi } from './api-context';
import type { ShownEdit } from './posts-cache';
import { hideDeletedPost, postInLists, showEditedPost, showNewPost, showStoredPost } from './posts-cache';
import { CALENDAR_STALE_MS, queryKeys } from './query-keys';
import { useChannelMutation } from './use-channel-mutation';

/** The posts of a range: the one query the calendar reads them with, also used to ask ahead (start-up, neighbouring months). */
export function postsBetweenQuery(api: RendererApi, from: string, to: string) {
  return queryOptions({ queryKey: queryKeys.posts.range(from, to), staleTime: CALENDAR_STALE_MS, queryFn: () => unwrap(api.postsList({ from, to })) });
}

/** The previous range stays on screen while the next one loads, so paging never flashes an empty calendar. */
export function usePostsBetween(from: string, to: string, enabled = true) {
  const api = useApi();
  return useQuery({ ...postsBetweenQuery(api, from, to), placeholderData: keepPreviousData, enabled });
}

export const undatedPostsQuery = (api: RendererApi) => queryOptions({ queryKey: queryKeys.posts.undated, staleTime: CALENDAR_STALE_MS, queryFn: () => unwrap(api.postsListUndated({})) });

export function useUndatedPosts() {
  return useQuery(undatedPostsQuery(useApi()));
}

/** A post by id; the copy a calendar list already holds is shown at once (the editor opened on a chip waits for no request). */
export function usePost(id: string | null) {
  const api = useApi();
  const client = useQueryClient();
  return useQuery({
    queryKey: queryKeys.posts.detail(id ?? ''),
    queryFn: () => unwrap(api.postsGet({ id: id ?? '' })),
    enabled: id !== null,
    initialData: () => (id === null ? undefined : postInLists(client, id)?.post),
    initialDataUpdatedAt: () => (id === null ? undefined : postInLists(client, id)?.readAt),
  });
}

/** The stored post goes into the lists already read (the calendar shows it at once); the rest of what the change touched is read again. */
const storedPost = { store: showStoredPost, written: [queryKeys.posts.lists, queryKeys.posts.details] };
/** As storedPost, and the save is done once the post is shown: checklists, coverage and the status line follow (issue 14: save until shown). */
const shownPost = { ...storedPost, postOf: (post: Post) => post.id };

/** An edit that changed none of the fields coverage reads (a new title, text, tags) leaves who answers the post as it was. */
function coverageUnchanged(stored: Post, shown: ShownEdit | undefined) {
  const before = shown?.before;
  const same = before !== undefined && coverageFields.every((field) => JSON.stringify(before[field]) === JSON.stringify(stored[field]));
  return same ? [queryKeys.coverage.all] : [];
}

export function usePostMutations() {
  return {
    // The calendar shows the new post at once under a stand-in id; main's answer takes its place, or takes it away.
    create: useChannelMutation('posts:create', { ...shownPost, optimistic: showNewPost }),
    // The calendar shows the edit at once; main's answer (about 5 ms of its own) replaces the guess, or takes it back.
    update: useChannelMutation('posts:update', { ...shownPost, optimistic: showEditedPost, unaffected: coverageUnchanged }),
    remove: useChannelMutation('posts:delete', { toInput: (id: string) => ({ id }), store: (client, { id }) => hideDeletedPost(client, id), written: [queryKeys.posts.lists], postOf: ({ id }) => id }),
    restore: useChannelMutation('posts:restore', { toInput: (id: string) => ({ id }), ...storedPost }),
  };
}

/** Versions of one post, newest first (read when the History dialog opens). */
export function usePostHistory(id: string) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.posts.history(id), queryFn: () => unwrap(api.postsHistory({ id })) });
}

export function useRestoreVersion() {
  return useChannelMutation('posts:restoreVersion', { store: (client, post) => client.setQueryData(queryKeys.posts.detail(post.id), post) });
}

export function useTrashedPosts() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.posts.trash, queryFn: () => unwrap(api.postsTrash({})) });
}
