import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api/contract';
import type { Preferences } from '../../shared/domain/preferences';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';

export function usePreferences() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.preferences, queryFn: () => unwrap(api.preferencesGet({})) });
}

/** Applied on screen at once (navigating must feel instant), saved on disk behind it. */
export function useUpdatePreferences() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationKey: ['preferences', 'update'],
    mutationFn: (changes: InputOf<'preferences:update'>) => unwrap(api.preferencesUpdate(changes)),
    onMutate: async (changes) => {
      await client.cancelQueries({ queryKey: queryKeys.preferences });
      const previous = client.getQueryData<Preferences>(queryKeys.preferences);
      if (previous) client.setQueryData<Preferences>(queryKeys.preferences, { ...previous, ...changes } as Preferences);
      return { previous };
    },
    onError: (_error, _changes, context) => {
      if (context?.previous) client.setQueryData(queryKeys.preferences, context.previous);
    },
    // What main stored is the truth (also when a click came before the first read finished),
    // unless another change is on its way and already on screen.
    onSuccess: (stored) => {
      if (client.isMutating({ mutationKey: ['preferences', 'update'] }) <= 1) client.setQueryData(queryKeys.preferences, stored);
    },
  });
}
