import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api/contract';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';

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

/** Every change to a post can move it between weeks and lists: refresh them all. */
export function usePostMutations() {
  const api = useApi();
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: queryKeys.posts.all });
  return {
    create: useMutation({ mutationFn: (fields: InputOf<'posts:create'>) => unwrap(api.postsCreate(fields)), onSuccess }),
    update: useMutation({ mutationFn: (input: InputOf<'posts:update'>) => unwrap(api.postsUpdate(input)), onSuccess }),
    remove: useMutation({ mutationFn: (id: string) => unwrap(api.postsDelete({ id })), onSuccess }),
    restore: useMutation({ mutationFn: (id: string) => unwrap(api.postsRestore({ id })), onSuccess }),
  };
}
