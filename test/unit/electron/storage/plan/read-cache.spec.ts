import fs from 'node:fs';
import path from 'node:path';
import * as A from '@automerge/automerge';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { PlanEngine } from '../../../../../electron/storage/plan/plan-engine';
import { localDate } from '../../../../../shared/domain/local-time';
import type { Post } from '../../../../../shared/domain/post';
import { newPost } from '../../../../../shared/domain/post';
import { tempDir } from '../../../../support/temp-dir';

const now = () => new Date('2026-11-25T10:00:00Z');
const open = (dir: string) => AutomergeRepository.open({ dir, now, locale: 'fi-FI', readCache: true });
const post = (id: string): Post => newPost({ title: `Post ${id}`, date: localDate('2026-03-30') }, id, now().toISOString());

interface Month {
  posts: Record<string, Post>;
}

/** The chunk files of the plan holding post `id` (the month's document). */
function chunkFilesHolding(dir: string, id: string): string[] {
  const root = path.join(dir, 'plan', 'automerge');
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /^[0-9a-f]{64}$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => {
      const doc = A.loadIncremental(A.init<Partial<Month>>(), fs.readFileSync(file));
      return Boolean(doc.posts?.[id]);
    });
}

afterEach(() => vi.restoreAllMocks());

// The month caches: not the post index (post-index.json) nor the album names (album-names.txt) beside them.
const readCacheFiles = (dir: string) => fs.readdirSync(path.join(dir, 'cache')).filter((name) => name.endsWith('.json') && name !== 'post-index.json');

describe('the device read cache of the plan', { timeout: 30_000 }, () => {
  it('reads a month again from its chunks when a chunk file under the same name holds other bytes', async () => {
    // plan-crash.spec.ts saw this after kills: a snapshot (named by a hash of heads, not of
    // its bytes) held a later state than the cache made from that name, and the cache hid a
    // post that was on disk until something else changed the month.
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPost(post('a'));
    await repo.close();
    const [snapshot, ...others] = chunkFilesHolding(dir, 'a');
    expect(others).toEqual([]);
    expect(path.basename(path.dirname(snapshot))).toBe('snapshot');
    expect(fs.readdirSync(path.join(dir, 'cache')).length).toBeGreaterThan(0);

    const later = A.change(A.load<Month>(fs.readFileSync(snapshot)), (doc) => {
      doc.posts.b = { ...(A.toJS(doc).posts.a as Post), id: 'b', title: 'Post b' };
    });
    fs.writeFileSync(snapshot, A.save(later));

    const reopened = await open(dir);
    expect((await reopened.allPosts()).map((found) => [found.id, found.title])).toEqual([
      ['a', 'Post a'],
      ['b', 'Post b'],
    ]);
    await reopened.close();
  });

  it('is read instead of the engine when the chunks are the ones it was made from', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPost(post('a'));
    await repo.close();
    const cacheDir = path.join(dir, 'cache');
    // A cache naming the month's chunks as they are is trusted: its value is what is read.
    for (const name of fs.readdirSync(cacheDir).filter((entry) => entry.endsWith('.json'))) {
      const file = path.join(cacheDir, name);
      const cache = JSON.parse(fs.readFileSync(file, 'utf8')) as { chunks: string[]; value?: { posts?: Record<string, Post> } };
      // The post index (post-index.json) is there too.
      if (!cache.value?.posts?.a) continue;
      cache.value.posts.a = { ...cache.value.posts.a, title: 'From the cache' };
      fs.writeFileSync(file, JSON.stringify(cache));
    }
    const reopened = await open(dir);
    expect((await reopened.allPosts()).map((found) => found.title)).toEqual(['From the cache']);
    await reopened.close();
  });

  it('is trusted by its chunks’ names and stamps: the next session reads no chunk file of the month', async () => {
    // Hashing every chunk of a month on each cached read made a cache read 2.9× the JSON
    // folder's month at 10,000 posts (electron/storage/README.md, "Trusting a chunk by its stamp").
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPost(post('a'));
    await repo.close();
    const [snapshot] = chunkFilesHolding(dir, 'a');
    const monthFolder = path.dirname(path.dirname(snapshot));
    const reopened = await open(dir);
    const readSync = vi.spyOn(fs, 'readFileSync');
    const read = vi.spyOn(fs.promises, 'readFile');
    expect((await reopened.postsBetween(localDate('2026-03-01'), localDate('2026-03-31'))).map((found) => found.title)).toEqual(['Post a']);
    const chunkReads = [...readSync.mock.calls, ...read.mock.calls].map(([file]) => String(file)).filter((file) => file.startsWith(monthFolder));
    await reopened.close();
    expect(chunkReads).toEqual([]);
  });

  /** A month of two posts, reopened after its read cache was removed (`cached`: with it). */
  async function twoPostsWithoutCache(cached = false) {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPosts([post('a'), post('b')]);
    await repo.close();
    // Nothing cached here, and no read copies in the plan (one written before them, or come over a sync server): the chunks are read.
    if (!cached) for (const folder of [path.join(dir, 'cache'), path.join(dir, 'plan', 'read-copies')]) fs.rmSync(folder, { recursive: true });
    return { dir, reopened: await open(dir) };
  }

  it('reads a month with no cache from its chunk files, without loading it into automerge-repo, and caches it', async () => {
    // automerge-repo's load costs 3–5× Automerge's own for a month (it builds the document from
    // patches, then diffs it for its change event): a month only read need not pay it.
    const { dir, reopened } = await twoPostsWithoutCache();
    // Every load of a document into the engine (automerge-repo's or the quick one) goes through PlanEngine#find.
    const find = vi.spyOn(PlanEngine.prototype as unknown as { find: (url: string) => Promise<unknown> }, 'find');
    expect((await reopened.allPosts()).map((found) => found.title)).toEqual(['Post a', 'Post b']);
    const asked = find.mock.calls.map(([url]) => String(url));
    await reopened.close();
    // What it read is cached, keyed by the chunks it read: the next session reads the cache.
    const month = readCacheFiles(dir).filter((name) => {
      const cache = JSON.parse(fs.readFileSync(path.join(dir, 'cache', name), 'utf8')) as { value: { posts?: Record<string, Post> } };
      return cache.value.posts?.a && cache.value.posts.b;
    });
    expect(month).toHaveLength(1);
    // (The main document, the trash and the months around today are loaded in the background after open.)
    expect(asked).not.toContain(`automerge:${month[0].replace(/\.json$/, '')}`);
  });

  it('loads a month read into the engine only once requests pause, so that the next read never waits behind that load', async () => {
    // Loaded right after each read, back-to-back first reads of months after the warm-up waited
    // for the load before (2.6× the JSON folder's month at 10,000 posts).
    let release = () => {};
    const paused = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(AutomergeRepository.prototype as unknown as { requestsPaused: () => Promise<void> }, 'requestsPaused').mockReturnValue(paused);
    // Read from its cache: a month read from its chunk files goes into the engine with that read (next test).
    const { dir, reopened } = await twoPostsWithoutCache(true);
    // Every load of a document into the engine (automerge-repo's or the quick one) goes through PlanEngine#find.
    const find = vi.spyOn(PlanEngine.prototype as unknown as { find: (url: string) => Promise<unknown> }, 'find');
    // automerge/<first 2 of the id>/<rest>/snapshot/<name>
    const documentFolder = path.dirname(path.dirname(chunkFilesHolding(dir, 'a')[0]));
    const monthUrl = `automerge:${path.basename(path.dirname(documentFolder))}${path.basename(documentFolder)}`;
    const monthLoads = () => find.mock.calls.filter(([url]) => String(url) === monthUrl);
    expect((await reopened.postsBetween(localDate('2026-03-01'), localDate('2026-03-31'))).map((found) => found.id)).toEqual(['a', 'b']);
    expect(await reopened.postsBetween(localDate('2026-07-01'), localDate('2026-07-31'))).toEqual([]);
    // Held until requests pause (here: until the test says they have). The wait gives a load
    // started at once time to show (it can only make this check stricter, never flaky).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(monthLoads()).toEqual([]);
    release();
    await vi.waitFor(() => expect(monthLoads()).toHaveLength(1), { timeout: 10_000 });
    await reopened.close();
  });

  it('loads the month of a post read alone (the editor opening it) right after that read, without waiting for requests to pause', async () => {
    // Its save follows (issue 12: ≤ 30 ms): the editor's checklist reads the post as the user types, so requests need not pause before it.
    let release = () => {};
    vi.spyOn(AutomergeRepository.prototype as unknown as { requestsPaused: () => Promise<void> }, 'requestsPaused').mockReturnValue(new Promise<void>((resolve) => (release = resolve)));
    const { dir, reopened } = await twoPostsWithoutCache(true);
    const find = vi.spyOn(PlanEngine.prototype as unknown as { find: (url: string) => Promise<unknown> }, 'find');
    const documentFolder = path.dirname(path.dirname(chunkFilesHolding(dir, 'a')[0]));
    const monthUrl = `automerge:${path.basename(path.dirname(documentFolder))}${path.basename(documentFolder)}`;
    const monthLoads = () => find.mock.calls.filter(([url]) => String(url) === monthUrl);
    await reopened.postsBetween(localDate('2026-03-01'), localDate('2026-03-31'));
    expect(monthLoads()).toEqual([]);
    expect((await reopened.findPost('a'))?.id).toBe('a');
    await vi.waitFor(() => expect(monthLoads()).toHaveLength(1), { timeout: 10_000 });
    // The save loads nothing more.
    await reopened.replacePost({ ...((await reopened.findPost('a')) as Post), title: 'Post a, edited' });
    expect(monthLoads()).toHaveLength(1);
    release();
    await reopened.close();
  });

  it('puts a month read with nothing cached into the engine with that read: its first edit loads nothing again', async () => {
    // The first edit right after a month's first read loaded the month a second time (automerge-repo's load, 71 ms at 10,000 posts).
    const { dir, reopened } = await twoPostsWithoutCache();
    const find = vi.spyOn(PlanEngine.prototype as unknown as { find: (url: string) => Promise<unknown> }, 'find');
    const [a] = await reopened.postsBetween(localDate('2026-03-01'), localDate('2026-03-31'));
    // The read is answered first and the month goes into the engine right after; an edit from the renderer comes in a later task.
    await new Promise((resolve) => setImmediate(resolve));
    await reopened.replacePost({ ...a, title: 'Post a, edited' });
    const documentFolder = path.dirname(path.dirname(chunkFilesHolding(dir, 'b')[0]));
    const monthUrl = `automerge:${path.basename(path.dirname(documentFolder))}${path.basename(documentFolder)}`;
    expect(find.mock.calls.filter(([url]) => String(url) === monthUrl)).toEqual([]);
    await reopened.close();
    const next = await AutomergeRepository.open({ dir, now, locale: 'fi-FI' });
    expect((await next.postsBetween(localDate('2026-03-01'), localDate('2026-03-31'))).map((found) => found.title)).toEqual(['Post a, edited', 'Post b']);
    await next.close();
  });

  it("answers a month's first read before writing its cache, and writes it right after", async () => {
    // Writing the cache (JSON of the month and a file) was a tenth of a month's first read on this laptop.
    const { dir, reopened } = await twoPostsWithoutCache();
    expect((await reopened.postsBetween(localDate('2026-03-01'), localDate('2026-03-31'))).map((found) => found.id)).toEqual(['a', 'b']);
    const holdsMonth = () => fs.existsSync(path.join(dir, 'cache')) && readCacheFiles(dir).some((name) => (JSON.parse(fs.readFileSync(path.join(dir, 'cache', name), 'utf8')) as { value: Partial<Month> }).value.posts?.a);
    expect(holdsMonth()).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(holdsMonth()).toBe(true);
    await reopened.close();
  });

  it('records in the post index the months read from the cache, so the next session finds a post by id without reading other months', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPosts([post('a'), newPost({ title: 'Post b', date: localDate('2027-05-10') }, 'b', now().toISOString())]);
    await repo.close();
    fs.rmSync(path.join(dir, 'cache', 'post-index.json'));

    const reading = await open(dir);
    await reading.allPosts();
    await reading.close();
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'cache', 'post-index.json'), 'utf8')) as Record<string, { ids: string[] }>;
    expect(Object.values(index).map((entry) => entry.ids).sort()).toEqual([['a'], ['b']]);
  });
});
