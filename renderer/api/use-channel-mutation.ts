import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf, OutputOf, RendererApi } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/contract-kit';
import { methodName } from '../../shared/api/contract-kit';
import { unwrap, useApi } from './api-context';
import type { MutationChannel } from './invalidation-map';
import { invalidateAfter } from './invalidation-map';
import type { ShownEdit } from './posts-cache';

interface ChannelMutationOptions<K extends MutationChannel, V> {
  /** What the caller passes, when it is not the channel's input itself (an id for { id }). */
  toInput?: (variables: V) => InputOf<K>;
  /** Writes the answer into the cache before the declared refreshes (a stored record is the truth). */
  store?: (client: QueryClient, stored: OutputOf<K>) => void;
  /** Query-key prefixes `store` wrote the answer into: not read again at once (marked stale). */
  written?: readonly QueryKey[];
  /**
   * The one post the call changed (invalidateAfter reads its conflicts again if listed). Given
   * with `store`, the change is on screen once stored: the call is done then, and what it made
   * stale is read again behind it (a dialog closes without waiting on checklists and coverage).
   */
  postOf?: (stored: OutputOf<K>, variables: V) => string;
  /**
   * Declared prefixes this call's answer shows were not changed (an edit of a post's title leaves its coverage as it
   * was): not read again. Compared with what the cache held before (`shown.before`), so only with `optimistic`.
   */
  unaffected?: (stored: OutputOf<K>, shown: ShownEdit<OutputOf<K>> | undefined) => readonly QueryKey[];
  /** Shows the change before main answers (posts-cache.ts, showEditedPost); taken back if main refuses it. */
  optimistic?: (client: QueryClient, variables: V) => Promise<ShownEdit<OutputOf<K>>>;
}

/** For channels whose input is empty: the mutation is called without an argument. */
export const noInput: (variables: void) => Record<string, never> = () => ({});

type Call<K extends MutationChannel> = (input: InputOf<K>) => Promise<ApiResult<OutputOf<K>>>;

function channelCall<K extends MutationChannel>(api: RendererApi, channel: K): Call<K> {
  const method = methodName(channel);
  return (input) => (api[method] as unknown as Call<K>)(input);
}

/** One call of a changing channel; on success it refreshes what invalidation-map.ts declares for it. */
export function useChannelMutation<K extends MutationChannel, V = InputOf<K>>(channel: K, options: ChannelMutationOptions<K, V> = {}) {
  const api = useApi();
  const client = useQueryClient();
  const call = channelCall(api, channel);
  return useMutation<OutputOf<K>, Error, V, ShownEdit<OutputOf<K>> | undefined>({
    mutationFn: (variables: V) => unwrap(call(options.toInput ? options.toInput(variables) : (variables as InputOf<K>))),
    onMutate: async (variables: V) => options.optimistic?.(client, variables),
    // The caller's onError (the editor's) shows main's refusal in the user's language, with the edit still in the form.
    onError: (_error: Error, _variables: V, shown: ShownEdit<OutputOf<K>> | undefined) => shown?.undo(),
    onSettled: (_stored: OutputOf<K> | undefined, _error: Error | null, _variables: V, shown: ShownEdit<OutputOf<K>> | undefined) => shown?.settled(),
    onSuccess: (stored: OutputOf<K>, variables: V, shown: ShownEdit<OutputOf<K>> | undefined) => {
      shown?.answered?.(stored);
      options.store?.(client, stored);
      const refreshed = invalidateAfter(client, channel, options.store ? options.written : [], options.postOf?.(stored, variables), options.unaffected?.(stored, shown));
      // A refetch that fails keeps the last answer on screen (react-query); nothing waits on it here.
      return options.store && options.postOf ? undefined : refreshed;
    },
  });
}
