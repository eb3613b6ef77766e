import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { unwrap, useApi } from './api-context';
import { invalidateAfterOutsideChange } from './invalidation-map';
import { queryKeys } from './query-keys';
import { useChannelMutation } from './use-channel-mutation';

/** Other laptops' changes show within 2 s (issue 13 item 2): main merges as files arrive, the renderer asks what changed once a second. */
const CHANGES_POLL_MS = 1000;
/** "10 min ago" moves on, and the waiting warning comes, without any change. */
const STATUS_POLL_MS = 30_000;

/**
 * Reads again everything on screen when main has merged another laptop's changes. An open
 * editor keeps what the person typed (PostEditorDialog follows only the fields not edited).
 */
export function useOutsideChangesRefresh() {
  const api = useApi();
  const client = useQueryClient();
  const version = useQuery({ queryKey: queryKeys.plan.changes, queryFn: () => unwrap(api.planChanges({})), refetchInterval: CHANGES_POLL_MS }).data?.version;
  const seen = useRef(version);
  useEffect(() => {
    if (version === undefined || version === seen.current) return;
    const first = seen.current === undefined;
    seen.current = version;
    if (!first) void invalidateAfterOutsideChange(client);
  }, [client, version]);
}

export function usePlanStatus() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.plan.status, queryFn: () => unwrap(api.planStatus({})), refetchInterval: STATUS_POLL_MS });
}

export function usePlanConflicts() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.plan.conflicts, queryFn: () => unwrap(api.planConflicts({})) });
}

export function useResolveConflict() {
  return useChannelMutation('plan:resolveConflict');
}
