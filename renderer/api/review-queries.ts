import { useChannelMutation } from './use-channel-mutation';

export function useReviewMutations() {
  return {
    approve: useChannelMutation('posts:approve', { toInput: (id: string) => ({ id }) }),
    comment: useChannelMutation('posts:comment', { toInput: (input: { id: string; text: string }) => input }),
    deleteComment: useChannelMutation('posts:deleteComment', { toInput: (input: { id: string; commentId: string }) => input }),
  };
}
