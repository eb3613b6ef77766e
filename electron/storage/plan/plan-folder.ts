import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { NewerSchemaError } from '../../../shared/migrations/migrations';
import { replaceFileAtomically } from '../durable-files';

/*
 * The plan folder (<dataDir>/plan/ unless given) is what a sync tool will share
 * between laptops: automerge/ (the chunks), read-copies/ (the documents as JSON, named by
 * the chunks they were made from) and plan.json, written once when the plan is made and
 * never rewritten, naming the root document and the format. Everything
 * of one laptop (lock, read cache, safety copies, temp files) stays outside it.
 */

export const PLAN_FORMAT = 2;
const PLAN_FILE = 'plan.json';
const CHUNKS_DIR = 'automerge';
const READ_COPIES_DIR = 'read-copies';

export const PlanFile = z.strictObject({
  format: z.number().int().min(1),
  /** automerge:… URL of the root document. */
  root: z.string().regex(/^automerge:[1-9A-HJ-NP-Za-km-z]+$/),
  createdAt: z.string(),
});
export type PlanFile = z.infer<typeof PlanFile>;

export const planDirOf = (dataDir: string, planDir?: string) => planDir ?? path.join(dataDir, 'plan');
export const chunksDirOf = (planDir: string) => path.join(planDir, CHUNKS_DIR);
/** The documents as plain JSON, for a laptop that has not cached them yet (read-copies.ts). */
export const readCopiesDirOf = (planDir: string) => path.join(planDir, READ_COPIES_DIR);

/** plan.json, or null when there is none yet (a new plan, or a migration that did not finish). */
export function readPlanFile(planDir: string): PlanFile | null {
  let text: string;
  try {
    text = fs.readFileSync(path.join(planDir, PLAN_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const raw: unknown = JSON.parse(text);
  const format = typeof raw === 'object' && raw !== null && 'format' in raw && typeof raw.format === 'number' ? raw.format : 0;
  if (format > PLAN_FORMAT) throw new NewerSchemaError(format, 'plan/plan.json');
  return PlanFile.parse(raw);
}

/** The commit point of a new plan: after it, the plan exists; written once (temp, fsync, rename). */
export function writePlanFile(planDir: string, plan: PlanFile): void {
  fs.mkdirSync(planDir, { recursive: true });
  replaceFileAtomically(path.join(planDir, PLAN_FILE), JSON.stringify(plan, undefined, 2));
}

/**
 * Hard links to the plan folder's files in `target` (a copy where a link cannot be made:
 * another device, a file system without links). Chunk files are never rewritten in place
 * (temp and rename), so the links keep the plan as it is now whatever is written later.
 */
export function linkPlanFolder(planDir: string, target: string): void {
  for (const entry of fs.readdirSync(planDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('.tmp')) continue;
    const from = path.join(entry.parentPath, entry.name);
    const to = path.join(target, path.relative(planDir, from));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    try {
      fs.linkSync(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP' || code === 'EMLINK') fs.copyFileSync(from, to);
      else if (code !== 'ENOENT') throw error;
    }
  }
}
