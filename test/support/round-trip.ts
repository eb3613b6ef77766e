import type { Backend } from '../../electron/api/handlers';
import type { ApiResult } from '../../shared/api/contract-kit';
import type { ExportFile } from '../../shared/api/export-contract';
import type { FolderData } from '../../shared/backup/folder-data';
import { backendOn } from './backend';
import { tempDir } from './temp-dir';

const everything = { from: '2026-01-01', to: '2026-12-31', channelIds: [], statuses: [], volunteerIds: [], includePosts: true, includeDuties: true };

/** Fails with the API's own answer (its message names what was refused), so a failing property shows why. */
function valueOf<T>(channel: string, result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`${channel} refused the folder's own backup: ${result.error.message}`);
  return result.value as T;
}

/**
 * The folder's own backup, read back by its own import into a fresh folder, and that
 * folder as reopened from disk. The one place that knows how a backup travels (today
 * JSON text through export:create and import:check/apply), so that a new transport
 * (zip, uploads) is wired in here alone.
 */
export async function roundTripBackup(backend: Pick<Backend, 'dispatch'>, now?: () => Date): Promise<FolderData> {
  const file = valueOf<ExportFile>('export:create', await backend.dispatch('export:create', { format: 'json', selection: everything }));
  const target = tempDir('somevuoro-restore-');
  const fresh = backendOn(target, now);
  valueOf('import:check', await fresh.dispatch('import:check', { fileName: file.fileName, content: file.content }));
  valueOf('import:apply', await fresh.dispatch('import:apply', { fileName: file.fileName, content: file.content, mode: 'replace', conflicts: 'keep' }));
  return backendOn(target, now).repo.snapshot();
}
