import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api/contract';
import type { ExportSelection } from '../../shared/export/export-selection';
import { unwrap, useApi } from './api-context';
import { queryKeys } from './query-keys';

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
  const client = useQueryClient();
  return {
    create: useMutation({ mutationFn: (request: InputOf<'export:create'>) => unwrap(api.exportCreate(request)) }),
    backup: useMutation({ mutationFn: () => unwrap(api.exportBackup({})) }),
    save: useMutation({ mutationFn: (file: InputOf<'files:save'>) => unwrap(api.filesSave(file)) }),
    reveal: useMutation({ mutationFn: (path: string) => unwrap(api.filesReveal({ path })) }),
    check: useMutation({ mutationFn: (file: InputOf<'import:check'>) => unwrap(api.importCheck(file)) }),
    // An import can change anything: every query is refreshed.
    apply: useMutation({ mutationFn: (request: InputOf<'import:apply'>) => unwrap(api.importApply(request)), onSuccess: () => client.invalidateQueries() }),
  };
}
