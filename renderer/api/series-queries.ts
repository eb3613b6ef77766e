import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from './api-context';
import { showStoredPost } from './posts-cache';
import { queryKeys } from './query-keys';
import { useChannelMutation } from './use-channel-mutation';

/** Recurring posts: a new series from the editor, and an occurrence's save or delete for "this / following / all". */
export function useSeriesMutations() {
  return {
    create: useChannelMutation('series:create'),
    edit: useChannelMutation('series:edit', { store: showStoredPost, written: [queryKeys.posts.details] }),
    cancel: useChannelMutation('series:cancel'),
    uncancel: useChannelMutation('series:uncancel'),
  };
}

/** The series an occurrence belongs to (its rule), or nothing for a one-off post. */
export function useSeries(id: string | null) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.posts.series(id ?? ''), queryFn: () => unwrap(api.seriesGet({ id: id ?? '' })), enabled: id !== null });
}
