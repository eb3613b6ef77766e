import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { localDate } from '../../../../../shared/domain/local-time';
import type { Post } from '../../../../../shared/domain/post';
import { newPost } from '../../../../../shared/domain/post';
import { tempDir } from '../../../../support/temp-dir';

const now = () => new Date('2026-11-25T10:00:00Z');
const open = (dir: string, planDir?: string) => AutomergeRepository.open({ dir, planDir, now, locale: 'fi-FI' });
const post = (id: string, date: string): Post => newPost({ title: `Post ${id}`, date: localDate(date) }, id, now().toISOString());
/** One post in each month of 2027 (away from the months around "today", which are loaded in the background). */
const yearOfPosts = () => Array.from({ length: 12 }, (_, month) => post(`p${month + 1}`, `2027-${String(month + 1).padStart(2, '0')}-10`));

/** The plan documents whose chunks are read from disk while `run` runs (the engine loads them with fs.promises.readFile). */
async function documentsLoadedBy(planDir: string, run: () => Promise<unknown>): Promise<Set<string>> {
  const chunks = path.join(planDir, 'automerge');
  const loaded = new Set<string>();
  const readFile = fs.promises.readFile.bind(fs.promises);
  vi.spyOn(fs.promises, 'readFile').mockImplementation(((file: fs.PathLike, options?: unknown) => {
    const relative = path.relative(chunks, String(file));
    if (!relative.startsWith('..')) loaded.add(relative.split(path.sep).slice(0, 2).join('/'));
    return readFile(file, options as BufferEncoding);
  }) as typeof fs.promises.readFile);
  try {
    await run();
  } finally {
    vi.restoreAllMocks();
  }
  return loaded;
}

afterEach(() => vi.restoreAllMocks());

describe('finding a post by id (the post index)', { timeout: 30_000 }, () => {
  it('reads only the post’s own month after reopening, not all twelve', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPosts(yearOfPosts());
    await repo.close();
    expect(fs.existsSync(path.join(dir, 'cache', 'post-index.json'))).toBe(true);

    const reopened = await open(dir);
    let found: Post | undefined;
    const loaded = await documentsLoadedBy(path.join(dir, 'plan'), async () => (found = await reopened.findPost('p7')));
    expect(found?.date).toBe('2027-07-10');
    expect(loaded.size).toBe(1);
    // An id no month holds (a trashed post, a wrong link) is answered without reading any.
    expect(await documentsLoadedBy(path.join(dir, 'plan'), () => reopened.findPost('nobody'))).toEqual(new Set());
    expect(await reopened.findPost('nobody')).toBeUndefined();
    await reopened.close();
  });

  it('does not trust an entry whose month changed since: a post another laptop added there is found', async () => {
    const planDir = path.join(tempDir(), 'shared-plan');
    const anna = tempDir();
    const first = await open(anna, planDir);
    await first.insertPosts(yearOfPosts());
    await first.close();
    // Ben adds a post to March while Anna's index still describes March as it was.
    const ben = await open(tempDir(), planDir);
    await ben.insertPost(post('from-ben', '2027-03-20'));
    await ben.close();

    const again = await open(anna, planDir);
    expect((await again.findPost('from-ben'))?.title).toBe('Post from-ben');
    expect((await again.findPost('p3'))?.title).toBe('Post p3');
    await again.close();
  });

  it('finds posts the same way when the index is damaged or gone', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPosts(yearOfPosts());
    await repo.close();
    fs.writeFileSync(path.join(dir, 'cache', 'post-index.json'), '{"broken');
    const damaged = await open(dir);
    expect((await damaged.findPost('p11'))?.date).toBe('2027-11-10');
    await damaged.close();
    fs.rmSync(path.join(dir, 'cache', 'post-index.json'));
    const gone = await open(dir);
    expect((await gone.findPost('p2'))?.date).toBe('2027-02-10');
    expect(await gone.findPost('nobody')).toBeUndefined();
    await gone.close();
  });

  it('follows a post moved to another month after the index was written', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPosts(yearOfPosts());
    await repo.close();
    const mover = await open(dir);
    const p5 = await mover.findPost('p5');
    if (!p5) throw new Error('p5 is missing');
    await mover.replacePost({ ...p5, date: localDate('2027-09-01') });
    // Killed before the index was written again: the index still says May.
    fs.copyFileSync(path.join(dir, 'cache', 'post-index.json'), path.join(dir, 'index-before'));
    await mover.close();
    fs.copyFileSync(path.join(dir, 'index-before'), path.join(dir, 'cache', 'post-index.json'));
    const reopened = await open(dir);
    expect((await reopened.findPost('p5'))?.date).toBe('2027-09-01');
    await reopened.close();
  });
});
