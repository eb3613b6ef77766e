import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { confDocumentFiles } from '../../../../../electron/storage/document-file';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { canonicalSnapshot } from '../../../../../electron/storage/plan/migrate-json-folder';
import type { AutomergeUrl } from '@automerge/automerge-repo';
import { ChunkFiles } from '../../../../../electron/storage/plan/chunk-files';
import type { RootDocument } from '../../../../../electron/storage/plan/plan-documents';
import { documentIdOf, PlanEngine } from '../../../../../electron/storage/plan/plan-engine';
import { cacheFileOf, loadChunkFiles } from '../../../../../electron/storage/plan/read-cache-file';
import { Repository } from '../../../../../electron/storage/repository';
import type { LocalDate } from '../../../../../shared/domain/local-time';
import { localDate } from '../../../../../shared/domain/local-time';
import type { Post } from '../../../../../shared/domain/post';
import { newPost } from '../../../../../shared/domain/post';
import { checked } from '../../../../support/checked-folder';
import { carryNewFiles } from '../../../../support/folder-sync';
import { tempDir } from '../../../../support/temp-dir';

/*
 * Issue 12's last 2× lines: a month's first read on this laptop and opening the plan.
 * What a user meets is the read cache (electron/storage/README.md, "The read cache"), so
 * the laptop that migrated has every month cached, and a laptop that opened a plan others
 * wrote caches every month in a worker thread after open; opening reads no more than it must.
 */

const now = () => new Date('2026-11-25T10:00:00Z');
const open = (dir: string, planDir?: string) => AutomergeRepository.open({ dir, planDir, now, locale: 'fi-FI', readCache: true });
/** A laptop as the app opens one: read cache on, every month cached in the warm-up worker after open. */
const openWarming = (dir: string, planDir?: string) => AutomergeRepository.open({ dir, planDir, now, locale: 'fi-FI', readCache: true, warmUp: { log: (error) => workerErrors.push(error) } });
/** What the warm-up worker reported failing (it must start, from the sources too). */
const workerErrors: unknown[] = [];
const post = (id: string, date: string): Post => newPost({ title: `Post ${id}`, date: localDate(date) }, id, now().toISOString());
const month = (bucket: string): [LocalDate, LocalDate] => [localDate(`${bucket}-01`), localDate(`${bucket}-28`)];
/** Months far from today (2026-11): nothing reads them ahead at open. */
const farMonths = ['2024-02', '2024-07', '2025-01', '2028-03', '2028-09'];

afterEach(() => {
  vi.restoreAllMocks();
  expect(workerErrors.splice(0)).toEqual([]);
});

/** Every read the engine answers from here on, and whether it came from the read cache. */
function watchReads(): { cached: boolean }[] {
  const reads: { cached: boolean }[] = [];
  const read = PlanEngine.prototype.readWithSource;
  vi.spyOn(PlanEngine.prototype, 'readWithSource').mockImplementation(async function (this: PlanEngine, ...args: Parameters<typeof read>) {
    const found = await read.apply(this, args);
    reads.push({ cached: found.cached });
    return found;
  } as typeof read);
  return reads;
}

/** The plan as another laptop with no read cache reads it (the engine, from the chunks). */
async function readByEngine(dir: string, planDir?: string): Promise<string> {
  const reader = await AutomergeRepository.open({ dir: tempDir(), planDir: planDir ?? path.join(dir, 'plan'), now, locale: 'fi-FI' });
  try {
    return canonicalSnapshot(await reader.snapshot());
  } finally {
    await reader.close();
  }
}

/** A plan with one post in each of `farMonths`, written by a laptop with no read cache (as another laptop's plan arrives). */
async function planWrittenElsewhere(): Promise<string> {
  const planDir = path.join(tempDir(), 'plan');
  const writer = await AutomergeRepository.open({ dir: tempDir(), planDir, now, locale: 'fi-FI' });
  await writer.insertPosts(farMonths.map((bucket, i) => post(`p${i}`, `${bucket}-10`)));
  await writer.close();
  return planDir;
}

describe('the laptop that migrated', { timeout: 30_000 }, () => {
  it('reads every document from the read cache the migration wrote, equal to what the engine reads', async () => {
    const dir = tempDir();
    const json = await Repository.open({ dir, files: confDocumentFiles(dir), now, locale: 'fi-FI' });
    await json.insertPosts([...farMonths.map((bucket, i) => post(`p${i}`, `${bucket}-10`)), newPost({ title: 'Undated', date: null }, 'u', now().toISOString())]);
    await json.trashPost('p1');
    const migrated = await open(dir);
    expect(migrated.problems.map((problem) => problem.kind)).toEqual(['migrated']);
    await migrated.close();

    const reads = watchReads();
    const reopened = await open(dir);
    const shown = canonicalSnapshot(await reopened.snapshot());
    await reopened.close();
    // Root, main document, trash and the five months: none loaded into Automerge.
    expect(reads.length).toBe(3 + farMonths.length);
    expect(reads.filter((read) => !read.cached)).toEqual([]);
    vi.restoreAllMocks();
    expect(shown).toBe(await readByEngine(dir));
  });

  it('reads the documents an import wrote (replacing everything) from their read cache', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPost(post('old', '2026-05-01'));
    await repo.replaceContents(checked({ main: repo.main(), posts: [post('a', '2024-02-10'), post('b', '2028-03-10')], trash: [] }));
    await repo.close();

    const reads = watchReads();
    const reopened = await open(dir);
    expect((await reopened.allPosts()).map((found) => found.id)).toEqual(['a', 'b']);
    await reopened.close();
    expect(reads.length).toBe(5);
    expect(reads.filter((read) => !read.cached)).toEqual([]);
  });
});

describe('opening the plan', { timeout: 30_000 }, () => {
  it('deletes the chunk temps of a session that was killed, at the next open', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPost(post('a', '2026-03-10'));
    await repo.close();
    // What a session killed mid-save leaves: a temp beside the chunk it was writing, and its marker of being open.
    const folder = fs
      .readdirSync(path.join(dir, 'plan', 'automerge'), { recursive: true, withFileTypes: true })
      .find((entry) => entry.isDirectory() && entry.name === 'snapshot');
    if (!folder) throw new Error('no snapshot folder');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const temp = path.join(folder.parentPath, folder.name, `.${'a'.repeat(64)}.${os.hostname().replace(/[^A-Za-z0-9-]/g, '_')}-${dead}.0123abcd.tmp`);
    fs.writeFileSync(temp, 'half a chunk');
    fs.writeFileSync(path.join(dir, 'plan-open'), String(dead));

    const reopened = await open(dir);
    expect(fs.existsSync(temp)).toBe(false);
    expect((await reopened.allPosts()).map((found) => found.id)).toEqual(['a']);
    await reopened.close();
    expect(fs.existsSync(path.join(dir, 'plan-open'))).toBe(false);
  });
});

describe('warming up the read cache after open', { timeout: 30_000 }, () => {
  it('caches every month another laptop wrote in the worker, so that no first read here loads one', async () => {
    const planDir = await planWrittenElsewhere();
    const reads = watchReads();
    const repo = await openWarming(tempDir(), planDir);
    // Root, main document and trash have no cache yet: read from their chunks at open.
    expect(reads.map((read) => read.cached)).toEqual([false, false, false]);
    const cached = await repo.cachesWarmed();
    expect(cached.size).toBe(farMonths.length);
    for (const [i, bucket] of farMonths.entries()) expect((await repo.postsBetween(...month(bucket))).map((found) => found.id)).toEqual([`p${i}`]);
    // Each month a cache the worker wrote: the main thread loaded none of them.
    expect(reads.slice(3).map((read) => read.cached)).toEqual(farMonths.map(() => true));
    const shown = canonicalSnapshot(await repo.snapshot());
    await repo.close();
    vi.restoreAllMocks();
    expect(shown).toBe(await readByEngine(tempDir(), planDir));
  });

  it('never serves a warmed cache once another laptop’s chunk has arrived for that month', async () => {
    const planA = await planWrittenElsewhere();
    const planB = path.join(tempDir(), 'plan');
    fs.cpSync(planA, planB, { recursive: true });
    const benDir = tempDir();
    const ben = await openWarming(benDir, planB);
    expect((await ben.cachesWarmed()).size).toBe(farMonths.length);

    const anna = await open(tempDir(), planA);
    const [far] = await anna.postsBetween(...month(farMonths[0]));
    await anna.replacePost({ ...far, title: 'Changed on Anna’s laptop', updatedAt: new Date().toISOString() });
    await anna.close();
    carryNewFiles(planA, planB);
    // Live (the month not read here yet), and in the next session.
    expect((await ben.postsBetween(...month(farMonths[0]))).map((found) => found.title)).toEqual(['Changed on Anna’s laptop']);
    await ben.close();
    const again = await open(benDir, planB);
    expect((await again.postsBetween(...month(farMonths[0]))).map((found) => found.title)).toEqual(['Changed on Anna’s laptop']);
    await again.close();
  });

  it('caches again, in the worker, a month another laptop changed as soon as the change is seen: its first read here is the cache', async () => {
    const planDir = await planWrittenElsewhere();
    // Two laptops on one plan folder (as after their sync tool has run): Ben watches it, as the app does.
    const ben = await AutomergeRepository.open({ dir: tempDir(), planDir, now, locale: 'fi-FI', readCache: true, watch: { gatherMs: 50 }, warmUp: { log: (error) => workerErrors.push(error) } });
    expect((await ben.cachesWarmed()).size).toBe(farMonths.length);
    const anna = await open(tempDir(), planDir);
    const [far] = await anna.postsBetween(...month(farMonths[1]));
    await anna.replacePost({ ...far, title: 'Changed on Anna’s laptop', updatedAt: new Date().toISOString() });
    await anna.close();
    // What the watcher runs on a file event or its rescan (a month nobody here holds: no event for the renderer to wait on).
    await ben.takeOutsideChanges();
    await ben.cachesWarmed();
    const reads = watchReads();
    expect((await ben.postsBetween(...month(farMonths[1]))).map((found) => found.title)).toEqual(['Changed on Anna’s laptop']);
    // The worker's cache, made from Anna's chunks: not the engine's load, nor Automerge's load of the chunks here.
    expect(reads).toEqual([{ cached: true }]);
    await ben.close();
  });

  it('stops at close without waiting for the document it is reading, and leaves nothing half written', async () => {
    const planDir = await planWrittenElsewhere();
    // For each month document a read cache that is a pipe: the worker's read of it cannot finish until the test closes its end.
    // (A chunk that is a pipe is no longer read: chunk files are stat'ed first, and only regular files are chunks.)
    const chunks = new ChunkFiles(path.join(planDir, 'automerge'));
    const root = await loadChunkFiles<RootDocument>(chunks, documentIdOf(JSON.parse(fs.readFileSync(path.join(planDir, 'plan.json'), 'utf8')).root));
    const dir = tempDir();
    const pipes = Object.keys(root?.value.months ?? {}).map((url) => cacheFileOf(path.join(dir, 'cache'), documentIdOf(url as AutomergeUrl)));
    expect(pipes).toHaveLength(farMonths.length);
    for (const pipe of pipes) {
      fs.mkdirSync(path.dirname(pipe), { recursive: true });
      expect(spawnSync('mkfifo', [pipe]).status).toBe(0);
    }
    const repo = await openWarming(dir, planDir);
    let held: number | undefined;
    try {
      // The worker is reading a pipe once the pipe has a reader: opening its write end then succeeds.
      while (held === undefined) {
        for (const pipe of pipes) {
          try {
            held ??= fs.openSync(pipe, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error;
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await repo.close();
      await expect(repo.cachesWarmed()).resolves.toBeDefined();
    } finally {
      if (held !== undefined) fs.closeSync(held);
      for (const pipe of pipes) fs.rmSync(pipe, { force: true });
    }
    const reopened = await open(dir, planDir);
    expect(fs.readdirSync(path.join(dir, 'cache')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await reopened.allPosts()).map((found) => found.id)).toEqual(farMonths.map((_, i) => `p${i}`));
    await reopened.close();
  });
});
