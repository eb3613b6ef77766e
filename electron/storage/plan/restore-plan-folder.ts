import fs from 'node:fs';
import path from 'node:path';
import type { FolderData } from '../../../shared/backup/folder-data';
import { stampOf } from '../../../shared/backup/safety-copies';
import { syncFolder } from '../durable-files';
import { StorageError, writeFailureKey } from '../storage-error';
import { commitPlan, writePlanDocuments } from './create-plan';
import { canonicalSnapshot } from './migrate-json-folder';
import { PlanEngine } from './plan-engine';
import { chunksDirOf } from './plan-folder';
import { readBack } from './share-folder';

/*
 * A plan folder that cannot be opened (damaged-plan.ts) gets a new plan made from a safety copy.
 * The new plan is written beside it (<folder>.restoring), read back by an engine of its own and
 * compared with the copy; only then the damaged folder is renamed aside (<folder>.damaged-<time>,
 * never deleted: whatever can still be saved from it stays there) and the new one takes its name.
 * A failure before the renames leaves the folder as it was and no new folder behind.
 */

/** Where the new plan is written before it takes the folder's name; one left by a killed process is written again. */
const restoringDirOf = (planDir: string) => `${planDir}.restoring`;

/** A free name beside the folder for the damaged plan: <folder>.damaged-<time>, -2… when taken. */
function asideName(planDir: string, now: Date): string {
  const base = `${planDir}.damaged-${stampOf(now)}`;
  let name = base;
  for (let attempt = 2; fs.existsSync(name); attempt++) name = `${base}-${attempt}`;
  return name;
}

/**
 * The posts' images (media/) of the damaged folder, so the restored posts find theirs: hard links
 * (a copy where a link cannot be made), as the files are written once and never rewritten.
 */
function linkMedia(from: string, to: string): void {
  const media = path.join(from, 'media');
  if (!fs.existsSync(media)) return;
  fs.mkdirSync(path.join(to, 'media'), { recursive: true });
  for (const name of fs.readdirSync(media).filter((file) => !file.endsWith('.tmp'))) {
    try {
      fs.linkSync(path.join(media, name), path.join(to, 'media', name));
    } catch {
      fs.copyFileSync(path.join(media, name), path.join(to, 'media', name));
    }
  }
}

async function writeNewPlan(into: string, data: FolderData, options: { now: () => Date }): Promise<void> {
  const engine = new PlanEngine(chunksDirOf(into), null);
  try {
    // The locale only words a new plan's defaults; this one is the copy's.
    const root = await writePlanDocuments(engine, data, { now: options.now, locale: 'en', author: () => null });
    commitPlan(into, root, options.now());
  } finally {
    await engine.close();
  }
}

/**
 * Replaces the plan in `planDir` (not open: it could not be) by a new plan holding `data`;
 * returns where the damaged folder was kept. Throws a StorageError (the `v.storage*` key
 * naming the folder that failed) with nothing changed when the new plan cannot be written.
 */
export async function restorePlanFolder(planDir: string, data: FolderData, options: { now: () => Date }): Promise<{ keptAside: string }> {
  const restoring = restoringDirOf(planDir);
  const parent = path.dirname(planDir);
  try {
    fs.rmSync(restoring, { recursive: true, force: true });
    await writeNewPlan(restoring, data, options);
    linkMedia(planDir, restoring);
    if (canonicalSnapshot(await readBack(restoring, { now: options.now, locale: 'en' })) !== canonicalSnapshot(data)) throw new Error(`The plan written in ${restoring} does not read back equal to the copy.`);
  } catch (error) {
    fs.rmSync(restoring, { recursive: true, force: true });
    throw new StorageError(`No plan could be written beside ${planDir}; nothing was changed. ${(error as Error).message}`, writeFailureKey(error), { folder: parent });
  }
  const keptAside = asideName(planDir, options.now());
  try {
    fs.renameSync(planDir, keptAside);
  } catch (error) {
    fs.rmSync(restoring, { recursive: true, force: true });
    throw new StorageError(`The damaged plan ${planDir} could not be moved aside; nothing was changed. ${(error as Error).message}`, writeFailureKey(error), { folder: parent });
  }
  try {
    fs.renameSync(restoring, planDir);
  } catch (error) {
    fs.renameSync(keptAside, planDir);
    fs.rmSync(restoring, { recursive: true, force: true });
    throw new StorageError(`The restored plan could not take the name ${planDir}; nothing was changed. ${(error as Error).message}`, writeFailureKey(error), { folder: parent });
  }
  syncFolder(parent);
  return { keptAside };
}
