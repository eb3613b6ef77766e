import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RendererApi } from '../../shared/api/contract';
import { useEffect } from 'react';
import { unwrap, useApi } from './api-context';
import { invalidateAfterOutsideChange } from './invalidation-map';
import { queryKeys } from './query-keys';
import { useChannelMutation } from './use-channel-mutation';

/** "10 min ago" moves on, and the waiting warning comes, without any change. */
const STATUS_POLL_MS = 30_000;

/**
 * Reads again everything on screen when main tells that it merged another laptop's changes
 * (issue 13 item 2: they show within 2 s). An open editor keeps what the person typed
 * (PostEditorDialog follows only the fields not edited).
 */
export function useOutsideChangesRefresh() {
  const api = useApi();
  const client = useQueryClient();
  useEffect(() => api.on('plan:changed', () => void invalidateAfterOutsideChange(client)), [api, client]);
}

export const planStatusQuery = (api: RendererApi) => queryOptions({ queryKey: queryKeys.plan.status, queryFn: () => unwrap(api.planStatus({})) });

export function usePlanStatus() {
  return useQuery({ ...planStatusQuery(useApi()), refetchInterval: STATUS_POLL_MS });
}

export const planConflictsQuery = (api: RendererApi) => queryOptions({ queryKey: queryKeys.plan.conflicts, queryFn: () => unwrap(api.planConflicts({})) });

export function usePlanConflicts() {
  return useQuery(planConflictsQuery(useApi()));
}

export function useResolveConflict() {
  return useChannelMutation('plan:resolveConflict');
}

