import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';

/** The data folder's safety copies, newest first. */
export function useSafetyCopies() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.backups, queryFn: () => unwrap(api.backupsList({})) });
}

export function useRestoreSafetyCopy() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.backupsRestore({ id })),
    // A restore can change anything: every query is refreshed.
    onSuccess: () => client.invalidateQueries(),
  });
}
