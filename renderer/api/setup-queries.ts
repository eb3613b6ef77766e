import { noInput, useChannelMutation } from './use-channel-mutation';

export function useSetupMutations() {
  return {
    start: useChannelMutation('setup:start'),
    loadSample: useChannelMutation('setup:loadSample', { toInput: noInput }),
  };
}
