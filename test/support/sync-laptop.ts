import fs from 'node:fs';
import path from 'node:path';
import type { PlanWatcherOptions } from '../../electron/storage/plan/plan-watcher';
import { AutomergeRepository } from '../../electron/storage/plan/automerge-repository';
import { ChecklistService } from '../../electron/services/checklist/checklist-service';
import { PostsService } from '../../electron/services/posts/posts-service';
import { ReviewService } from '../../electron/services/review/review-service';
import { RosterService } from '../../electron/services/roster/roster-service';
import { VolunteersService } from '../../electron/services/roster/volunteers-service';
import { tempDir } from './temp-dir';

/** One laptop of a shared plan: its device folder, its copy of the plan folder, the repository watching it and the services on it. */
export interface SyncLaptop {
  name: string;
  dir: string;
  planDir: string;
  repo: AutomergeRepository;
  posts: PostsService;
  review: ReviewService;
  roster: RosterService;
  volunteers: VolunteersService;
}

/** `readCache`: months read from their chunks without loading them into the engine, as the app does. `watch` null: no watcher (the test takes what arrived itself). */
export async function openLaptop(name: string, planDir: string, watch: PlanWatcherOptions | null = { gatherMs: 50 }, now: () => Date = () => new Date(), { readCache = false } = {}): Promise<SyncLaptop> {
  const dir = tempDir();
  const repo = await AutomergeRepository.open({ dir, planDir, now, locale: 'fi-FI', author: () => ({ volunteerId: null, name }), watch: watch ?? undefined, readCache });
  const acting = () => name;
  const checklist = new ChecklistService(repo, now, acting);
  return {
    name,
    dir,
    planDir,
    repo,
    posts: new PostsService(repo, now, checklist, null),
    review: new ReviewService(repo, now, checklist, acting),
    roster: new RosterService(repo),
    volunteers: new VolunteersService(repo),
  };
}

/** A plan made on one laptop and copied whole to a second folder, as sharing it would (issue 13 item 1, by hand). */
export async function sharedPlan(setUp: (first: SyncLaptop) => Promise<void> = async () => {}): Promise<[string, string]> {
  const [planA, planB] = [path.join(tempDir(), 'plan'), path.join(tempDir(), 'plan')];
  const first = await openLaptop('Setup', planA, undefined);
  await setUp(first);
  await first.repo.close();
  fs.cpSync(planA, planB, { recursive: true });
  return [planA, planB];
}

/** Files and bytes under a folder. */
export function folderFigures(folder: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}
