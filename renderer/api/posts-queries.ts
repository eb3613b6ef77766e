import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';
import { useChannelMutation } from './use-channel-mutation';

/** The previous range stays on screen while the next one loads, so paging never flashes an empty calendar. */
export function usePostsBetween(from: string, to: string) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.posts.range(from, to), queryFn: () => unwrap(api.postsList({ from, to })), placeholderData: keepPreviousData });
}

export function useUndatedPosts() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.posts.undated, queryFn: () => unwrap(api.postsListUndated({})) });
}

export function usePost(id: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.posts.detail(id ?? ''),
    queryFn: () => unwrap(api.postsGet({ id: id ?? '' })),
    enabled: id !== null,
  });
}

export function usePostMutations() {
  return {
    create: useChannelMutation('posts:create'),
    update: useChannelMutation('posts:update'),
    remove: useChannelMutation('posts:delete', { toInput: (id: string) => ({ id }) }),
    restore: useChannelMutation('posts:restore', { toInput: (id: string) => ({ id }) }),
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
