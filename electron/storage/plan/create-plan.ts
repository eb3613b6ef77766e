import type { AutomergeUrl } from '@automerge/automerge-repo';
import type { FolderData } from '../../../shared/backup/folder-data';
import type { MainDocument } from '../../../shared/domain/documents';
import { bucketOf } from '../../../shared/domain/documents';
import type { Post } from '../../../shared/domain/post';
import type { ChangeAuthor } from '../../../shared/domain/post-history';
import { newMainDocument } from '../main-document';
import type { ChangeNote, PlanEngine } from './plan-engine';
import { noteOf } from './plan-engine';
import type { PostsDocument, RootDocument, TrashDocument } from './plan-documents';
import type { PlanFile } from './plan-folder';
import { PLAN_FORMAT, writePlanFile } from './plan-folder';

export interface NewPlanOptions {
  now: () => Date;
  locale: string;
  author?: () => ChangeAuthor | null;
  laptop?: string;
}

/** Writes the documents holding `data`, each flushed; returns what the root names. */
export async function writeContents(engine: PlanEngine, data: FolderData, note: ChangeNote): Promise<Omit<RootDocument, 'format'>> {
  const byBucket = new Map<string, Record<string, Post>>();
  for (const post of data.posts) byBucket.set(bucketOf(post), { ...byBucket.get(bucketOf(post)), [post.id]: post });
  // Written side by side, so that the disk's flushes overlap.
  const [trash, shared, ...monthUrls] = await Promise.all([
    engine.create<TrashDocument>(({ posts: Object.fromEntries(data.trash.map((entry) => [entry.post.id, entry])) }), note),
    engine.create<MainDocument>((data.main), note),
    ...[...byBucket.values()].map((posts) => engine.create<PostsDocument>(({ posts }), note)),
  ]);
  const buckets = [...byBucket.keys()];
  return { shared, trash, months: Object.fromEntries(monthUrls.map((url, i) => [url, buckets[i]])) };
}

/** Writes the documents of a plan holding `data`, then its root (once they are all on disk); returns the root's URL. plan.json is not written. */
export async function writePlanDocuments(engine: PlanEngine, data: FolderData, options: NewPlanOptions): Promise<AutomergeUrl> {
  const note = noteOf(options.author?.() ?? null, options.now(), undefined, options.laptop);
  return engine.create<RootDocument>({ format: PLAN_FORMAT, ...(await writeContents(engine, data, note)) }, note);
}

/** The commit point of a plan: plan.json, written last and once. */
export function commitPlan(planDir: string, root: AutomergeUrl, now: Date): PlanFile {
  const plan: PlanFile = { format: PLAN_FORMAT, root, createdAt: now.toISOString() };
  writePlanFile(planDir, plan);
  return plan;
}

/** A brand-new, empty plan. */
export async function createPlan(engine: PlanEngine, planDir: string, options: NewPlanOptions): Promise<PlanFile> {
  const root = await writePlanDocuments(engine, { main: newMainDocument(options.locale), posts: [], trash: [] }, options);
  return commitPlan(planDir, root, options.now());
}
