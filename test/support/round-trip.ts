import fs from 'node:fs';
import type { FolderData } from '../../shared/backup/folder-data';
import type { TestBackend } from './backend';
import { backendOn, closeBackendsOn } from './backend';
import { exportBackup, uploadFile } from './backup-files';
import { tempDir } from './temp-dir';

/**
 * The folder's own backup, read back by its own import into a fresh folder, and that
 * folder as reopened from disk. The one place that knows how a backup travels (a zip
 * made in main by export:backup, sent back in chunks through uploads:*, then
 * import:check and import:apply), so that a new transport is wired in here alone.
 * A refusal fails with the API's own answer (its message names what was refused).
 */
export async function roundTripBackup(backend: TestBackend, now?: () => Date): Promise<FolderData> {
  const zip = fs.readFileSync((await exportBackup(backend)).path);
  const target = tempDir('somevuoro-restore-');
  const fresh = await backendOn(target, now);
  await fresh.call('import:check', { uploadId: await uploadFile(fresh, 'backup.zip', zip) });
  await fresh.call('import:apply', { uploadId: await uploadFile(fresh, 'backup.zip', zip), mode: 'replace', conflicts: 'keep' });
  const restored = await (await backendOn(target, now)).repo.snapshot();
  // Closed and removed now rather than by tempDir's afterEach: the backup property test restores a
  // hundred times in one test, and removing all hundred folders in that hook outlasted its 10 s at load 17.
  await closeBackendsOn(target);
  fs.rmSync(target, { recursive: true, force: true });
  return restored;
}
