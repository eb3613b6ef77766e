import { useMutation, useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api/contract';
import type { ExportSelection } from '../../shared/export/export-selection';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';
import { noInput, useChannelMutation } from './use-channel-mutation';

/** How many posts and duties a selection holds, shown before exporting. */
export function useExportCount(selection: ExportSelection | null) {
  const api = useApi();
  return useQuery({
    queryKey: queryKeys.exports.count(JSON.stringify(selection)),
    queryFn: () => unwrap(api.exportCount(selection as ExportSelection)),
    enabled: selection !== null,
  });
}

export function useExportMutations() {
  const api = useApi();
  return {
    create: useChannelMutation('export:create'),
    backup: useChannelMutation('export:backup', { toInput: noInput }),
    save: useChannelMutation('files:save'),
    reveal: useChannelMutation('files:reveal', { toInput: (path: string) => ({ path }) }),
    // A read, asked for once (the preview of an import), not cached.
    check: useMutation({ mutationFn: (file: InputOf<'import:check'>) => unwrap(api.importCheck(file)) }),
    apply: useChannelMutation('import:apply'),
  };
}
