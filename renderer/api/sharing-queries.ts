import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';
import { noInput, useChannelMutation } from './use-channel-mutation';

/** Where the plan is, whether this window can pick a folder and switch plans, and the copies left where it was (issue 13 item 1). */
export function useShareState() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.sharing, queryFn: () => unwrap(api.sharingState({})) });
}

/** The system's folder dialog (the desktop app). */
export function usePickFolder() {
  return useChannelMutation('sharing:pickFolder', { toInput: noInput });
}

/** Copies, checks and switches to the plan in the folder: the window then shows that plan. */
export function useMovePlan() {
  return useChannelMutation('sharing:move', { toInput: (folder: string) => ({ folder }) });
}

export function useOpenSharedPlan() {
  return useChannelMutation('sharing:open', { toInput: (folder: string) => ({ folder }) });
}

export function useRemoveOldCopy() {
  return useChannelMutation('sharing:removeOldCopy', { toInput: (planDir: string) => ({ planDir }) });
}

/** Settings › Sync server: the address, whether a secret is saved, and the link's status, asked again every 2 s while it is on. */
export function useSyncServerState() {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.syncServer,
    queryFn: () => unwrap(api.syncserverState({})),
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'off' ? 2_000 : false),
  });
}

export function useConnectSyncServer() {
  return useChannelMutation('syncserver:connect', { toInput: (input: { address: string; secret: string }) => input });
}

export function useDisconnectSyncServer() {
  return useChannelMutation('syncserver:disconnect', { toInput: noInput });
}
