import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';
import { useChannelMutation } from './use-channel-mutation';

/** The backlog, most supported first, with what each idea became. */
export function useIdeas() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.ideas, queryFn: () => unwrap(api.ideasList({})) });
}

export function useIdeaMutations() {
  return {
    create: useChannelMutation('ideas:create'),
    update: useChannelMutation('ideas:update'),
    remove: useChannelMutation('ideas:delete', { toInput: (id: string) => ({ id }) }),
    support: useChannelMutation('ideas:support'),
    toPost: useChannelMutation('ideas:toPost', { toInput: (id: string) => ({ id }) }),
    toSeries: useChannelMutation('ideas:toSeries'),
  };
}

export function useCampaigns() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.campaigns.all, queryFn: () => unwrap(api.campaignsList({})) });
}

export function useCampaignTemplates() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.campaigns.templates, queryFn: () => unwrap(api.campaignsTemplates({})) });
}

export function useCampaignMutations() {
  return {
    create: useChannelMutation('campaigns:create'),
    update: useChannelMutation('campaigns:update'),
    moveKeyDate: useChannelMutation('campaigns:moveKeyDate'),
    remove: useChannelMutation('campaigns:delete'),
    restore: useChannelMutation('campaigns:restore'),
    saveTemplate: useChannelMutation('campaigns:saveTemplate'),
  };
}
