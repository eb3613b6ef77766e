import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RendererApi } from '../../shared/api/contract';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';
import { useChannelMutation } from './use-channel-mutation';

/** Who the person at this laptop is in the open plan (null: not said yet). */
export const identityQuery = (api: RendererApi) => queryOptions({ queryKey: queryKeys.identity, queryFn: () => unwrap(api.identityGet({})) });

export function useIdentity() {
  return useQuery(identityQuery(useApi()));
}

export function useSetIdentity() {
  return useChannelMutation('identity:set', { store: (client, identity) => client.setQueryData(queryKeys.identity, identity) });
}
