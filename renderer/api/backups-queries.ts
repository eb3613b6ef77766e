import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';
import { useChannelMutation } from './use-channel-mutation';

/** The data folder's safety copies, newest first. */
export function useSafetyCopies() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.backups, queryFn: () => unwrap(api.backupsList({})) });
}

export function useRestoreSafetyCopy() {
  return useChannelMutation('backups:restore', { toInput: (id: string) => ({ id }) });
}
