import fs from 'node:fs';
import path from 'node:path';
import { StoredFileId } from '../../shared/api/export-contract';

/*
 * Backups being made and files being imported live in the data folder's .tmp/
 * (same disk as the data, so a staged picture is moved in by a rename): exports/
 * holds a finished backup zip until it is saved or downloaded, uploads/ a picked
 * file while it arrives in chunks and is imported. Neither outlives the session:
 * whatever a crash or a closed tab left behind is removed when the folder opens.
 */

const TRANSFER_FOLDER = '.tmp';

export interface TransferFolders {
  exports: string;
  uploads: string;
}

export function transferFoldersOf(dataDir: string): TransferFolders {
  return { exports: path.join(dataDir, TRANSFER_FOLDER, 'exports'), uploads: path.join(dataDir, TRANSFER_FOLDER, 'uploads') };
}

/** Removes leftovers of an earlier session; only these two folders, whatever else .tmp/ holds. */
export function clearTransfers(dataDir: string): void {
  for (const dir of Object.values(transferFoldersOf(dataDir))) fs.rmSync(dir, { recursive: true, force: true });
}

/** The path of a finished export, or null for anything that is not an id main gave out. */
export function storedFilePath(dataDir: string, fileId: string): string | null {
  if (!StoredFileId.safeParse(fileId).success) return null;
  const file = path.join(transferFoldersOf(dataDir).exports, fileId);
  return fs.existsSync(file) ? file : null;
}
