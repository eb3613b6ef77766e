import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api/contract';
import { unwrap, useApi } from './api-context';

/** First run changes nearly everything the app shows: refresh it all. */
export function useSetupMutations() {
  const api = useApi();
  const client = useQueryClient();
  const onSuccess = () => client.invalidateQueries();
  return {
    start: useMutation({ mutationFn: (input: InputOf<'setup:start'>) => unwrap(api.setupStart(input)), onSuccess }),
    loadSample: useMutation({ mutationFn: () => unwrap(api.setupLoadSample({})), onSuccess }),
  };
}
