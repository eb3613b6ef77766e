import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { canonicalSnapshot } from '../../../../../electron/storage/plan/migrate-json-folder';
import { PlanEngine } from '../../../../../electron/storage/plan/plan-engine';
import type { LocalDate } from '../../../../../shared/domain/local-time';
import { localDate } from '../../../../../shared/domain/local-time';
import type { Post } from '../../../../../shared/domain/post';
import { newPost } from '../../../../../shared/domain/post';
import { FolderSync } from '../../../../support/folder-sync';
import { seededRandom } from '../../../../support/seeded-random';
import { openLaptop } from '../../../../support/sync-laptop';
import { operate, soakPlan } from '../../../../support/sync-soak';
import { tempDir } from '../../../../support/temp-dir';

/*
 * Issue 12: a laptop's first read of a month it has not cached is the plan's read copy
 * (electron/storage/plan/read-copies.ts), not Automerge's load, and never a copy of anything
 * but the chunks on disk now.
 */

const now = () => new Date('2026-11-25T10:00:00Z');
/** A laptop as the app opens one (read cache on), without the warm-up worker: each first read is a first read. */
const laptop = (planDir: string, readCache = true) => AutomergeRepository.open({ dir: tempDir(), planDir, now, locale: 'fi-FI', readCache });
const post = (id: string, date: string): Post => newPost({ title: `Post ${id}`, date: localDate(date) }, id, now().toISOString());
const month = (bucket: string): [LocalDate, LocalDate] => [localDate(`${bucket}-01`), localDate(`${bucket}-28`)];
const farMonths = ['2024-02', '2024-07', '2028-03'];

afterEach(() => {
  vi.restoreAllMocks();
});

/** Whether each read the engine answers from here on came from a cache or copy (true) or from the chunks (false). */
function watchReads(): boolean[] {
  const reads: boolean[] = [];
  const read = PlanEngine.prototype.readWithSource;
  vi.spyOn(PlanEngine.prototype, 'readWithSource').mockImplementation(async function (this: PlanEngine, ...args: Parameters<typeof read>) {
    const found = await read.apply(this, args);
    reads.push(found.cached);
    return found;
  } as typeof read);
  return reads;
}

/**
 * A plan written and closed by one laptop, with a post in each of `farMonths`: Anna's, as the app
 * writes one (with its copies), or `withoutCopies`, as before copies (or with the read cache off).
 */
async function annasPlan(withoutCopies = false): Promise<string> {
  const planDir = path.join(tempDir(), 'plan');
  const anna = await laptop(planDir, !withoutCopies);
  await anna.insertPosts(farMonths.map((bucket, i) => post(`p${i}`, `${bucket}-10`)));
  await anna.close();
  return planDir;
}

/** A new laptop's first read of each of `buckets`: the titles shown, and whether each came from a copy (true) or the chunks. */
async function firstReads(planDir: string, buckets: string[]): Promise<{ titles: string[][]; fromCopy: boolean[]; problems: unknown[] }> {
  const reads = watchReads();
  const ben = await laptop(planDir);
  reads.length = 0;
  const titles: string[][] = [];
  for (const bucket of buckets) titles.push((await ben.postsBetween(...month(bucket))).map((found) => found.title));
  const fromCopy = reads.slice();
  await ben.close();
  vi.restoreAllMocks();
  return { titles, fromCopy, problems: ben.problems };
}

/** The plan as a laptop with no cache and no copy reads it: every document loaded into Automerge. */
async function readByEngine(planDir: string): Promise<string> {
  const reader = await laptop(planDir, false);
  try {
    return canonicalSnapshot(await reader.snapshot());
  } finally {
    await reader.close();
  }
}

const copiesOf = (planDir: string) =>
  fs
    .readdirSync(path.join(planDir, 'read-copies'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));

describe('a laptop that has cached nothing of the plan', { timeout: 30_000 }, () => {
  it('reads each document from the copy the writing laptop left, equal to what Automerge reads', async () => {
    const planDir = await annasPlan();
    const reads = watchReads();
    const ben = await laptop(planDir);
    const shown = canonicalSnapshot(await ben.snapshot());
    await ben.close();
    // Root, main document, trash and the three months: none loaded from the chunks.
    expect(reads).toEqual([true, true, true, true, true, true]);
    vi.restoreAllMocks();
    expect(shown).toBe(await readByEngine(planDir));
  });

  it('reads a month from its chunks once another laptop has changed it, never from the older copy', async () => {
    const planDir = await annasPlan();
    // Carl's laptop writes no copies (read cache off): the month has a chunk no copy was made from.
    const carl = await laptop(planDir, false);
    const [far] = await carl.postsBetween(...month(farMonths[0]));
    await carl.replacePost({ ...far, title: 'Changed on Carl’s laptop', updatedAt: new Date().toISOString() });
    await carl.close();

    expect(await firstReads(planDir, farMonths.slice(0, 2))).toEqual({ titles: [['Changed on Carl’s laptop'], ['Post p1']], fromCopy: [false, true], problems: [] });
  });

  it('takes a copy that is not whole (a sync tool still writing it, a power cut) as none', async () => {
    const planDir = await annasPlan();
    for (const copy of copiesOf(planDir)) fs.writeFileSync(copy, fs.readFileSync(copy).subarray(0, 40));
    expect(await firstReads(planDir, [farMonths[2]])).toEqual({ titles: [['Post p2']], fromCopy: [false], problems: [] });
  });

  it('takes no copy that unpacks to more than 64 MiB (made to take the memory), and reads the chunks', async () => {
    const planDir = await annasPlan();
    const [copy] = copiesOf(planDir).filter((file) => gunzipSync(fs.readFileSync(file)).toString().includes('Post p0'));
    // Whatever a list of chunks it claims, it is never unpacked whole.
    const list = JSON.parse(gunzipSync(fs.readFileSync(copy)).toString()) as { chunks: string[] };
    fs.writeFileSync(copy, gzipSync(`{"chunks":${JSON.stringify(list.chunks)},"value":{"posts":{},"pad":"${'x'.repeat(65 * 1024 * 1024)}"}}`));
    expect(await firstReads(planDir, [farMonths[0]])).toEqual({ titles: [['Post p0']], fromCopy: [false], problems: [] });
  });

  it('takes no copy made for other chunks, whatever its name says', async () => {
    const planDir = await annasPlan();
    const copies = copiesOf(planDir);
    // Every copy swapped with another document's: each name now names chunks the bytes inside were not made from.
    const bytes = copies.map((copy) => fs.readFileSync(copy));
    copies.forEach((copy, i) => fs.writeFileSync(copy, bytes[(i + 1) % bytes.length]));
    expect(await firstReads(planDir, [farMonths[1]])).toEqual({ titles: [['Post p1']], fromCopy: [false], problems: [] });
  });
});

describe('the copies in the plan folder', { timeout: 30_000 }, () => {
  it('are left by a laptop that read a plan made without them, for the next laptop’s first reads', async () => {
    const planDir = await annasPlan(true);
    expect(fs.existsSync(path.join(planDir, 'read-copies'))).toBe(false);

    const ben = await laptop(planDir);
    expect((await ben.postsBetween(...month(farMonths[1]))).map((found) => found.title)).toEqual(['Post p1']);
    // The month goes into Ben's engine right after its read, as for a first edit.
    await new Promise((resolve) => setImmediate(resolve));
    await ben.close();

    // The next laptop: the month Ben read from its copy; the one nobody read from its chunks.
    expect(await firstReads(planDir, farMonths.slice(1))).toEqual({ titles: [['Post p1'], ['Post p2']], fromCopy: [true, false], problems: [] });
  });

  it('lose the temp a laptop killed while writing one left, at that laptop’s next open', async () => {
    const planDir = await annasPlan();
    const folder = path.dirname(copiesOf(planDir)[0]);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const temp = path.join(folder, `.${'a'.repeat(64)}.${os.hostname().replace(/[^A-Za-z0-9-]/g, '_')}-${dead}.0123abcd.tmp`);
    fs.writeFileSync(temp, 'half a copy');
    // Its session did not close: its marker of being open is still there.
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'plan-open'), String(dead));
    const anna = await AutomergeRepository.open({ dir, planDir, now, locale: 'fi-FI', readCache: true });
    expect(fs.existsSync(temp)).toBe(false);
    await anna.close();
  });

  it('are made from the chunks on disk for a month holding another laptop’s chunk this one had not taken in at close', async () => {
    const planDir = await annasPlan();
    const ben = await laptop(planDir);
    const [p0] = await ben.postsBetween(...month(farMonths[0]));
    // Ben's edit loads the month into his engine; Carl's change comes after it, and Ben closes before his watcher takes it in.
    await ben.replacePost({ ...p0, title: 'Edited by Ben', updatedAt: new Date().toISOString() });
    const carl = await laptop(planDir, false);
    const [seen] = await carl.postsBetween(...month(farMonths[0]));
    await carl.replacePost({ ...seen, text: 'Text by Carl' });
    await carl.close();
    await ben.close();

    const reads = watchReads();
    const dana = await laptop(planDir);
    reads.length = 0;
    expect((await dana.postsBetween(...month(farMonths[0]))).map((found) => `${found.title}: ${found.text}`)).toEqual(['Edited by Ben: Text by Carl']);
    expect(reads).toEqual([true]);
    await dana.close();
  });

  it('are not written by the CLI’s export, which changes nothing in the plan folder', async () => {
    const planDir = await annasPlan(true);
    const exporting = await AutomergeRepository.open({ dir: tempDir(), planDir, now, locale: 'fi-FI', readCache: true, oneShot: true });
    expect((await exporting.postsBetween(...month(farMonths[1]))).map((found) => found.title)).toEqual(['Post p1']);
    await new Promise((resolve) => setImmediate(resolve));
    await exporting.close();
    expect(fs.existsSync(path.join(planDir, 'read-copies'))).toBe(false);
  });

  it('are one per document a laptop changed: a newer one replaces the older, none is rewritten in place', async () => {
    const planDir = await annasPlan();
    const before = copiesOf(planDir);
    // Root, main document, trash and three months.
    expect(before).toHaveLength(6);
    const stamps = new Map(before.map((copy) => [copy, fs.statSync(copy)]));
    const anna = await laptop(planDir);
    const [far] = await anna.postsBetween(...month(farMonths[0]));
    await anna.replacePost({ ...far, title: 'Changed', updatedAt: new Date().toISOString() });
    await anna.close();

    const after = copiesOf(planDir);
    expect(after).toHaveLength(6);
    // The month changed: its copy is a new file; the others are the same files, never written again.
    expect(after.filter((copy) => !stamps.has(copy))).toHaveLength(1);
    for (const copy of after.filter((kept) => stamps.has(kept))) {
      const { ino, mtimeMs } = fs.statSync(copy);
      expect({ ino, mtimeMs }).toEqual({ ino: stamps.get(copy)?.ino, mtimeMs: stamps.get(copy)?.mtimeMs });
    }
    expect((await firstReads(planDir, [farMonths[0]])).titles).toEqual([['Changed']]);
  });
});

describe('copies carried by a sync tool', { timeout: 120_000 }, () => {
  it('over three sessions of two laptops on two folders (delays, partial files, conflicted copies), a new laptop reads the plan from them as Automerge reads it', async () => {
    const { planA, planB, volunteers, dutyIds } = await soakPlan();
    const tool = new FolderSync([planA, planB], { random: seededRandom(11) });
    tool.start();
    // Each session a new device folder: every first read is a new laptop's, from the copies the sessions before left.
    for (let session = 0; session < 3; session++) {
      const [anna, ben] = await Promise.all([openLaptop('Anna', planA, { gatherMs: 50 }, undefined, { readCache: true }), openLaptop('Ben', planB, { gatherMs: 50 }, undefined, { readCache: true })]);
      await Promise.all([operate(anna, seededRandom(10 + session), 15, volunteers, dutyIds), operate(ben, seededRandom(20 + session), 15, volunteers, dutyIds)]);
      await Promise.all([anna.repo.close(), ben.repo.close()]);
      await tool.quiet();
    }
    tool.stop();

    const shown: string[] = [];
    const fromCopies: number[] = [];
    for (const planDir of [planA, planB]) {
      const reads = watchReads();
      const dana = await laptop(planDir);
      shown.push(canonicalSnapshot(await dana.snapshot()));
      await dana.close();
      fromCopies.push(reads.filter(Boolean).length);
      vi.restoreAllMocks();
      expect(shown.at(-1)).toBe(await readByEngine(planDir));
    }
    expect(shown[1]).toBe(shown[0]);
    // Copies were read, though not for every document: one whose last chunks came from the other side after its last close has none that fits.
    for (const count of fromCopies) expect(count).toBeGreaterThan(0);
  });
});
