import type { QueryClient } from '@tanstack/react-query';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RendererApi } from '../../shared/api/contract';
import type { Settings } from '../../shared/domain/settings';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';
import { useChannelMutation } from './use-channel-mutation';

export const appStatusQuery = (api: RendererApi) => queryOptions({ queryKey: queryKeys.status, queryFn: () => unwrap(api.appStatus({})) });

export function useAppStatus() {
  return useQuery(appStatusQuery(useApi()));
}

export function useSettings() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => unwrap(api.settingsGet({})) });
}

/** What main stored is written into the cache as it is; the refreshes it causes are in the map. */
export const storeSettings = (client: QueryClient, settings: Settings) => client.setQueryData(queryKeys.settings, settings);

export function useUpdateSettings() {
  return useChannelMutation('settings:update', { store: storeSettings });
}

export const associationQuery = (api: RendererApi) => queryOptions({ queryKey: queryKeys.association, queryFn: () => unwrap(api.associationGet({})) });

export function useAssociation() {
  return useQuery(associationQuery(useApi()));
}

export function useUpdateAssociation() {
  return useChannelMutation('association:update', { store: (client, association) => client.setQueryData(queryKeys.association, association) });
}

export const channelsQuery = (api: RendererApi) => queryOptions({ queryKey: queryKeys.channels, queryFn: () => unwrap(api.channelsList({})) });

export function useChannels() {
  return useQuery(channelsQuery(useApi()));
}

export function useChannelMutations() {
  return {
    create: useChannelMutation('channels:create'),
    update: useChannelMutation('channels:update'),
    remove: useChannelMutation('channels:delete', { toInput: (id: string) => ({ id }) }),
  };
}

export const volunteersQuery = (api: RendererApi) => queryOptions({ queryKey: queryKeys.volunteers, queryFn: () => unwrap(api.volunteersList({})) });

export function useVolunteers() {
  return useQuery(volunteersQuery(useApi()));
}
