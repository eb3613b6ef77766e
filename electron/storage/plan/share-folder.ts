import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FolderData } from '../../../shared/backup/folder-data';
import { AutomergeRepository } from './automerge-repository';
import { canonicalSnapshot } from './migrate-json-folder';
import { readPlanFile } from './plan-folder';

/*
 * Issue 13 item 1: the plan moves into a folder a sync service shares (Nextcloud, Dropbox,
 * OneDrive, Google Drive, Syncthing), or a laptop opens the plan another laptop put there.
 * A folder is checked before anything is written; the copy is made beside the plan's future
 * place, read back by an engine of its own and compared with the open plan (the JSON backup
 * of each), and only then put in place, plan.json last (what makes the folder a plan).
 */

/** Why a folder cannot take the plan, or be opened as one: a key of the `v` namespace, worded on screen. */
export type ShareRefusal =
  | 'shareFolderNotAbsolute'
  | 'shareFolderMissing'
  | 'shareFolderInsidePlan'
  | 'shareFolderNotWritable'
  | 'shareFolderNotEmpty'
  | 'shareFolderHoldsPlan'
  | 'shareFolderNoPlan'
  | 'shareFolderIsCurrent';

/** Our copy in progress: a kill leaves it, and the next try starts it again. */
const PARTIAL = '.somevuoro-copy';
/** What sync services and file managers put in a folder by themselves: the folder still counts as empty. */
const HOUSEKEEPING = new Set([PARTIAL, '.stfolder', '.stignore', '.stversions', '.dropbox', '.dropbox.attr', '.DS_Store', 'desktop.ini', 'Thumbs.db', '.directory']);

const isInside = (folder: string, parent: string) => {
  const relative = path.relative(parent, folder);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

function writable(folder: string): boolean {
  // access(W_OK) says yes to root on a read-only mount and to anyone on some network drives: write and remove a file.
  const probe = path.join(folder, `.somevuoro-probe-${process.pid}`);
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
    return true;
  } catch {
    return false;
  }
}

function holdsPlan(folder: string): boolean {
  try {
    return readPlanFile(folder) !== null;
  } catch {
    return false;
  }
}

/**
 * Why `folder` cannot take the plan now in `currentPlanDir` (`into: 'move'`) or be opened
 * as a shared plan (`'open'`); null when it can. Nothing is written but a probe file.
 */
export function shareRefusal(folder: string, currentPlanDir: string, into: 'move' | 'open'): ShareRefusal | null {
  if (!path.isAbsolute(folder)) return 'shareFolderNotAbsolute';
  let real: string;
  try {
    real = fs.realpathSync(folder);
    if (!fs.statSync(real).isDirectory()) return 'shareFolderMissing';
  } catch {
    return 'shareFolderMissing';
  }
  const current = fs.realpathSync(currentPlanDir);
  if (into === 'open' && real === current) return 'shareFolderIsCurrent';
  // The plan's own folder too: a sync tool there would carry the plan inside itself.
  if (isInside(real, current)) return 'shareFolderInsidePlan';
  if (!writable(real)) return 'shareFolderNotWritable';
  const plan = holdsPlan(real);
  if (into === 'open') return plan ? null : 'shareFolderNoPlan';
  if (plan) return 'shareFolderHoldsPlan';
  return fs.readdirSync(real).every((name) => HOUSEKEEPING.has(name)) ? null : 'shareFolderNotEmpty';
}

/** The plan in `planDir` as an engine of its own reads it from disk (no cache): every document must load. */
export async function readBack(planDir: string, options: { now: () => Date; locale: string }): Promise<FolderData> {
  const deviceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-share-check-'));
  try {
    const reader = await AutomergeRepository.open({ dir: deviceDir, planDir, now: options.now, locale: options.locale });
    try {
      return await reader.snapshot();
    } finally {
      await reader.close();
    }
  } finally {
    fs.rmSync(deviceDir, { recursive: true, force: true });
  }
}

/** The posts' images (media/, issue 13) are in the copy, byte for byte: a name and its SHA-256 each. */
function sameFiles(from: string, to: string): boolean {
  const digests = (folder: string) =>
    fs.existsSync(folder)
      ? fs
          .readdirSync(folder)
          .filter((name) => !name.endsWith('.tmp'))
          .sort()
          .map((name) => `${name}:${createHash('sha256').update(fs.readFileSync(path.join(folder, name))).digest('hex')}`)
          .join('\n')
      : '';
  return digests(from) === digests(to);
}

class ShareCopyError extends Error {}

/** The shared folder this laptop's plan lives in is not there: the app says so instead of opening anything else. */
export class SharedPlanMissingError extends Error {
  constructor(readonly planDir: string) {
    super(`The shared plan folder ${planDir} is not there (is the sync service running, the drive connected?). Nothing was changed.`);
  }
}

/**
 * Copies the plan in `planDir` into the empty `folder` (checked by shareRefusal) and checks
 * that the copy reads back equal to `original`; throws, leaving no plan in `folder`, when it
 * does not. The caller holds the plan still (no write, no merge) meanwhile.
 */
export async function copyPlanInto(planDir: string, folder: string, original: FolderData, options: { now: () => Date; locale: string }): Promise<void> {
  const partial = path.join(folder, PARTIAL);
  fs.rmSync(partial, { recursive: true, force: true });
  // Temp files are writes in progress, never part of the plan.
  fs.cpSync(planDir, partial, { recursive: true, filter: (source) => !source.endsWith('.tmp') });
  const copy = await readBack(partial, options);
  if (canonicalSnapshot(copy) !== canonicalSnapshot(original) || !sameFiles(path.join(planDir, 'media'), path.join(partial, 'media'))) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw new ShareCopyError(`The copy of the plan in ${folder} (its documents or its images) does not read back equal to the plan; nothing was changed.`);
  }
  const entries = fs.readdirSync(partial).filter((name) => name !== 'plan.json');
  for (const name of entries) fs.renameSync(path.join(partial, name), path.join(folder, name));
  fs.renameSync(path.join(partial, 'plan.json'), path.join(folder, 'plan.json'));
  fs.rmSync(partial, { recursive: true, force: true });
}
