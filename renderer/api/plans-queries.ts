import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';
import { useChannelMutation } from './use-channel-mutation';

/** Plans this laptop opened recently, and whether this window can switch to one. */
export function useRecentPlans() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.recentPlans, queryFn: () => unwrap(api.plansRecent({})) });
}

/** The app restarts on the chosen plan. */
export function useOpenPlan() {
  return useChannelMutation('plans:open', { toInput: (planDir: string) => ({ planDir }) });
}
