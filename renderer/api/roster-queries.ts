import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api/contract';
import type { Duty } from '../../shared/domain/duty';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';

export function useDutiesBetween(from: string, to: string) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.roster.duties(from, to), queryFn: () => unwrap(api.dutiesList({ from, to })) });
}

export function useCoverageBetween(from: string, to: string, enabled = true) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.roster.coverage(from, to), queryFn: () => unwrap(api.rosterCoverage({ from, to })), enabled });
}

/** Anything that changes who is on duty changes coverage and the grid; volunteer changes change names and conflicts. */
function useInvalidateRoster() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.roster.all }),
      client.invalidateQueries({ queryKey: queryKeys.roster.coverageAll }),
      client.invalidateQueries({ queryKey: queryKeys.volunteers }),
    ]);
}

export function useVolunteerMutations() {
  const api = useApi();
  const onSuccess = useInvalidateRoster();
  return {
    create: useMutation({ mutationFn: (fields: InputOf<'volunteers:create'>) => unwrap(api.volunteersCreate(fields)), onSuccess }),
    update: useMutation({ mutationFn: (input: InputOf<'volunteers:update'>) => unwrap(api.volunteersUpdate(input)), onSuccess }),
    remove: useMutation({ mutationFn: (id: string) => unwrap(api.volunteersDelete({ id })), onSuccess }),
  };
}

export function useDutyMutations() {
  const api = useApi();
  const onSuccess = useInvalidateRoster();
  return {
    create: useMutation({ mutationFn: (fields: InputOf<'duties:create'>) => unwrap(api.dutiesCreate(fields)), onSuccess }),
    update: useMutation({ mutationFn: (input: InputOf<'duties:update'>) => unwrap(api.dutiesUpdate(input)), onSuccess }),
    remove: useMutation({ mutationFn: (id: string) => unwrap(api.dutiesDelete({ id })), onSuccess }),
    restore: useMutation({ mutationFn: (duty: Duty) => unwrap(api.dutiesRestore(duty)), onSuccess }),
    swap: useMutation({ mutationFn: (input: InputOf<'roster:swap'>) => unwrap(api.rosterSwap(input)), onSuccess }),
    accept: useMutation({ mutationFn: (input: InputOf<'roster:accept'>) => unwrap(api.rosterAccept(input)), onSuccess }),
    undoAccept: useMutation({ mutationFn: (input: InputOf<'roster:undoAccept'>) => unwrap(api.rosterUndoAccept(input)), onSuccess }),
  };
}

/** A proposal is asked for, not cached: it is a draft the user edits before accepting. */
export function useProposeRota() {
  const api = useApi();
  return useMutation({ mutationFn: (input: InputOf<'roster:propose'>) => unwrap(api.rosterPropose(input)) });
}

/** The response window is a setting, but changing it changes every post's coverage. */
export function useUpdateResponseWindow() {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (hours: number) => unwrap(api.settingsUpdate({ responseWindowHours: hours })),
    onSuccess: (settings) => {
      client.setQueryData(queryKeys.settings, settings);
      return client.invalidateQueries({ queryKey: queryKeys.roster.coverageAll });
    },
  });
}
