import fs from 'node:fs';
import path from 'node:path';
import { BACKUPS_DIR, PARTIAL_COPY_PREFIX } from './safety-copies';
import { clearTransfers } from './transfer-folders';

/*
 * What a killed process leaves behind: conf / electron-store write through the
 * `atomically` package, whose temp file is the target's name plus
 * ".tmp-<10 digits of the time><6 hex digits>" in the same folder (its purge on exit
 * does not run on SIGKILL or a power cut); the app's own temps end in ".<pid>.tmp"
 * (media, the import journal, the plan's read cache and post index in cache/); a safety copy being written is backups/.partial-<label>/;
 * a backup zip not yet saved or a file being imported is in .tmp/ (transfer-folders.ts).
 * None of them is ever read, so deleting them when the folder opens (under its lock,
 * before anything is written) loses nothing.
 */

const atomicallyTemp = /\.tmp-\d{10}[a-f0-9]{6}$/;
const ownTemp = /\.\d+\.tmp$/;

function removeMatching(folder: string, pattern: RegExp): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isFile() || !pattern.test(entry.name)) return [];
    fs.rmSync(path.join(folder, entry.name), { force: true });
    return [path.join(folder, entry.name)];
  });
}

/** Deletes leftover temp files, transfers and partial safety copies; returns what was removed (transfers aside). */
export function removeLeftovers(dir: string): string[] {
  clearTransfers(dir);
  const removed = [
    ...removeMatching(dir, atomicallyTemp),
    ...removeMatching(dir, ownTemp),
    ...removeMatching(path.join(dir, 'posts'), atomicallyTemp),
    ...removeMatching(path.join(dir, 'media'), ownTemp),
    ...removeMatching(path.join(dir, 'cache'), ownTemp),
    ...removeMatching(path.join(dir, 'cache', 'conflicts'), ownTemp),
    ...removeMatching(path.join(dir, 'cache', 'checklists'), ownTemp),
  ];
  const backups = path.join(dir, BACKUPS_DIR);
  if (fs.existsSync(backups)) {
    for (const entry of fs.readdirSync(backups, { withFileTypes: true })) {
      if (!entry.isDirectory() || !entry.name.startsWith(PARTIAL_COPY_PREFIX)) continue;
      fs.rmSync(path.join(backups, entry.name), { recursive: true, force: true });
      removed.push(path.join(backups, entry.name));
    }
  }
  return removed;
}
