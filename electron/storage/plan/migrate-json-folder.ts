import fs from 'node:fs';
import path from 'node:path';
import type { FolderData } from '../../../shared/backup/folder-data';
import { canonicalJson } from '../../../shared/backup/folder-data';
import { stampOf } from '../../../shared/backup/safety-copies';
import type { StorageProblem } from '../../../shared/domain/storage-problem';
import type { DocumentFileFactory } from '../document-file';
import { confDocumentFiles } from '../document-file';
import { listBuckets } from '../folder-documents';
import { Repository } from '../repository';
import { writeSafetyCopy } from '../safety-copies';
import type { NewPlanOptions } from './create-plan';
import { commitPlan, writePlanDocuments } from './create-plan';
import { PlanEngine } from './plan-engine';
import type { PostsDocument, RootDocument, TrashDocument } from './plan-documents';
import type { PlanFile } from './plan-folder';
import { chunksDirOf, PLAN_FORMAT } from './plan-folder';

/*
 * Issue 12 item 6: a data folder in the JSON format (somevuoro.json, posts/*.json,
 * trash.json) becomes a plan on first open. The JSON repository reads it (upgrading
 * an older schema and salvaging damaged files as it always has); a safety copy of the
 * JSON files is taken; the plan's documents are written and flushed; a second engine
 * reads them back from disk and they must equal the JSON data field by field; only
 * then plan.json is written (the commit point) and the JSON files leave the folder
 * (they are in the safety copy). A plan folder without plan.json found later is an
 * interrupted migration: it is removed and the migration runs again.
 */

const JSON_MAIN = 'somevuoro.json';

class PlanMigrationError extends Error {}

export const hasJsonFolder = (dir: string) => fs.existsSync(path.join(dir, JSON_MAIN));

/** Records in a stable order, to compare two snapshots of the same data. */
export function canonicalSnapshot(data: FolderData): string {
  const byId = <T>(items: T[], id: (item: T) => string) => [...items].sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  return canonicalJson({ main: data.main, posts: byId(data.posts, (post) => post.id), trash: byId(data.trash, (entry) => entry.post.id) });
}

/** The plan as written on disk, read by an engine of its own (no read cache). */
async function readBack(chunksDir: string, root: RootDocument['shared']): Promise<FolderData> {
  const engine = new PlanEngine(chunksDir, null);
  try {
    const rootDoc = await engine.read<RootDocument>(root);
    const posts = [];
    for (const url of Object.keys(rootDoc.months) as (keyof RootDocument['months'])[]) posts.push(...Object.values((await engine.read<PostsDocument>(url)).posts));
    const trash = Object.values((await engine.read<TrashDocument>(rootDoc.trash)).posts);
    return { main: await engine.read(rootDoc.shared), posts, trash } as FolderData;
  } finally {
    await engine.close();
  }
}

export async function migrateJsonFolder(
  dir: string,
  planDir: string,
  engine: PlanEngine,
  options: NewPlanOptions & { files?: DocumentFileFactory },
): Promise<{ plan: PlanFile; problems: StorageProblem[] }> {
  const json = await Repository.open({ dir, files: options.files ?? confDocumentFiles(dir), now: options.now, locale: options.locale });
  const problems = [...json.problems];
  const data = await json.snapshot();
  const label = `before-v${PLAN_FORMAT}-from-v1-${stampOf(options.now())}`;
  const copy = writeSafetyCopy(dir, label);

  const root = await writePlanDocuments(engine, data, { ...options, author: () => null });
  const written = await readBack(chunksDirOf(planDir), root);
  if (canonicalSnapshot(written) !== canonicalSnapshot(data)) {
    throw new PlanMigrationError(`The plan written from the JSON data in ${dir} does not read back equal to it; the JSON data was kept as it is (a copy is in ${copy}).`);
  }
  const plan = commitPlan(planDir, root, options.now());

  // The JSON documents are in the safety copy: they leave the folder so that nothing reads them as the plan again.
  for (const bucket of listBuckets(dir)) fs.rmSync(path.join(dir, 'posts', `${bucket}.json`), { force: true });
  for (const name of ['trash.json', JSON_MAIN]) fs.rmSync(path.join(dir, name), { force: true });
  problems.push({ file: JSON_MAIN, kind: 'migrated', detail: 'Moved the data from JSON files to the plan folder (Automerge).', movedTo: path.relative(dir, copy), version: 1 });
  return { plan, problems };
}
