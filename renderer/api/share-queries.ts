import { useMutation } from '@tanstack/react-query';
import { unwrap, useApi } from './api-context';
import { useChannelMutation } from './use-channel-mutation';

/** The share kit's changes: a channel marked published, and its undo (both may change the post's status). */
export function useShareMutations() {
  return {
    markPublished: useChannelMutation('share:markPublished', { toInput: (input: { id: string; channelId: string; url: string }) => input }),
    unmarkPublished: useChannelMutation('share:unmarkPublished', { toInput: (input: { id: string; channelId: string }) => input }),
  };
}

/** Shows the post's cover image in the file manager, where the host has one (`shown: false` in the browser). */
export function useShowImage() {
  const api = useApi();
  return useMutation({ mutationFn: (postId: string) => unwrap(api.shareShowImage({ id: postId })) });
}
