import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RendererApi } from '../../shared/api/contract';
import { unwrap, useApi } from './api-context';
import { invalidateAfter } from './invalidation-map';
import { queryKeys } from './query-keys';
import { useChannelMutation } from './use-channel-mutation';

/** The accounts connected on this laptop for direct posting; polled while a Mastodon sign-in waits for the browser to come back. */
export function usePublishAccounts(waiting = false) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.publish.accounts, queryFn: () => unwrap(api.publishAccounts({})), refetchInterval: waiting ? 1_000 : false });
}

/** The Mastodon posts this laptop scheduled on a server, as last checked (ScheduledPostsCheck asks the servers). */
export const scheduledPostsQuery = (api: RendererApi) => queryOptions({ queryKey: queryKeys.publish.scheduled, queryFn: () => unwrap(api.publishScheduled({})) });

export function useScheduledPosts() {
  return useQuery(scheduledPostsQuery(useApi()));
}

/** Approved Bluesky posts whose time passed while the app was closed: asked once when it opens. */
export const duePostsQuery = (api: RendererApi) => queryOptions({ queryKey: queryKeys.publish.due, queryFn: () => unwrap(api.publishDue({})), staleTime: Infinity });

export function usePublishMutations() {
  return {
    mastodonBegin: useChannelMutation('publish:mastodonBegin'),
    mastodonFinish: useChannelMutation('publish:mastodonFinish'),
    blueskyConnect: useChannelMutation('publish:blueskyConnect'),
    disconnect: useChannelMutation('publish:disconnect', { toInput: (channelId: string) => ({ channelId }) }),
    post: useChannelMutation('publish:post'),
    // The answer is the new list of scheduled posts; the post lists are read again only when a check recorded a publication.
    checkScheduled: useChannelMutation('publish:checkScheduled', {
      store: (client, { scheduled, recorded }) => {
        client.setQueryData(queryKeys.publish.scheduled, scheduled);
        if (recorded) void invalidateAfter(client, 'publish:post');
      },
      written: [queryKeys.publish.scheduled],
    }),
  };
}
