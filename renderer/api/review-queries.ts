import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';

/** Approving and commenting change a post: every list that shows it refreshes. */
export function useReviewMutations() {
  const api = useApi();
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries({ queryKey: queryKeys.posts.all });
  return {
    approve: useMutation({ mutationFn: (id: string) => unwrap(api.postsApprove({ id })), onSuccess }),
    comment: useMutation({ mutationFn: (input: { id: string; text: string }) => unwrap(api.postsComment(input)), onSuccess }),
    deleteComment: useMutation({ mutationFn: (input: { id: string; commentId: string }) => unwrap(api.postsDeleteComment(input)), onSuccess }),
  };
}
