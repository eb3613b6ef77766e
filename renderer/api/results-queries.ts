import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';
import { useChannelMutation } from './use-channel-mutation';

export function useResults() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.results, queryFn: () => unwrap(api.resultsList({})) });
}

/** Main answers with every channel's results; they go into the cache as they are. */
export function useSaveResults() {
  return useChannelMutation('results:save', { store: (client, results) => client.setQueryData(queryKeys.results, results) });
}
