import fs from 'node:fs';
import path from 'node:path';
import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
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
    for (const name of fs.readdirSync(cacheDir)) {
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
});
