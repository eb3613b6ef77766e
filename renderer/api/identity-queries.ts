import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';
import { useChannelMutation } from './use-channel-mutation';

/** Who the person at this laptop is in the open plan (null: not said yet). */
export function useIdentity() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.identity, queryFn: () => unwrap(api.identityGet({})) });
}

export function useSetIdentity() {
  return useChannelMutation('identity:set', { store: (client, identity) => client.setQueryData(queryKeys.identity, identity) });
}
