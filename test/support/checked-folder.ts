import type { CheckedFolderData } from '../../shared/backup/backup-checks';
import { checkFolder } from '../../shared/backup/backup-checks';
import type { FolderData } from '../../shared/backup/folder-data';

/** Contents a test built, through the one check an import or a restore makes before replacing a plan. */
export function checked(folder: FolderData): CheckedFolderData {
  const result = checkFolder(folder);
  if (!result.ok) throw new Error(`The test's contents do not check: ${JSON.stringify(result.issues)}`);
  return result.data;
}
