import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { InputOf, RendererApi } from '../../shared/api/contract';
import type { Duty } from '../../shared/domain/duty';
import { unwrap, useApi } from './api-context';
import { CALENDAR_STALE_MS, queryKeys } from './query-keys';
import { storeSettings } from './settings-queries';
import { useChannelMutation } from './use-channel-mutation';

export function useDutiesBetween(from: string, to: string) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.roster.duties(from, to), queryFn: () => unwrap(api.dutiesList({ from, to })) });
}

/** Who answers each post of a range (the calendar's "nobody on response duty"): also asked for at start-up. */
export function coverageBetweenQuery(api: RendererApi, from: string, to: string) {
  return queryOptions({ queryKey: queryKeys.coverage.range(from, to), staleTime: CALENDAR_STALE_MS, queryFn: () => unwrap(api.rosterCoverage({ from, to })) });
}

export function useCoverageBetween(from: string, to: string, enabled = true) {
  const api = useApi();
  return useQuery({ ...coverageBetweenQuery(api, from, to), enabled });
}

export function useVolunteerMutations() {
  return {
    create: useChannelMutation('volunteers:create'),
    update: useChannelMutation('volunteers:update'),
    remove: useChannelMutation('volunteers:delete', { toInput: (id: string) => ({ id }) }),
  };
}

export function useDutyMutations() {
  return {
    create: useChannelMutation('duties:create'),
    update: useChannelMutation('duties:update'),
    remove: useChannelMutation('duties:delete', { toInput: (id: string) => ({ id }) }),
    restore: useChannelMutation('duties:restore', { toInput: (duty: Duty) => duty }),
    swap: useChannelMutation('roster:swap'),
    accept: useChannelMutation('roster:accept'),
    undoAccept: useChannelMutation('roster:undoAccept'),
  };
}

/** A proposal is asked for, not cached: it is a draft the user edits before accepting. */
export function useProposeRota() {
  const api = useApi();
  return useMutation({ mutationFn: (input: InputOf<'roster:propose'>) => unwrap(api.rosterPropose(input)) });
}

/** The response window is a setting; what it changes (coverage, checklists) is declared for settings:update. */
export function useUpdateResponseWindow() {
  return useChannelMutation('settings:update', { toInput: (hours: number) => ({ responseWindowHours: hours }), store: storeSettings });
}
