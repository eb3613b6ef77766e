import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { localDate } from '../../../../../shared/domain/local-time';
import type { Post } from '../../../../../shared/domain/post';
import { newPost } from '../../../../../shared/domain/post';
import { seededRandom } from '../../../../support/seeded-random';
import { tempDir } from '../../../../support/temp-dir';

const now = () => new Date('2026-11-25T10:00:00Z');
const open = (dir: string) => AutomergeRepository.open({ dir, now, locale: 'fi-FI', readCache: true });
const next = seededRandom(12);
/** A post with 400 characters no other post has (a snapshot of like texts compresses to next to nothing). */
const post = (n: number): Post => newPost({ title: `Julkaisu ${n}`, text: Array.from({ length: 400 }, () => 'abcdefghijklmnopqrstuvwxyzåäö .,'[Math.floor(next() * 32)]).join(''), date: localDate('2027-03-10') }, `p${n}`, now().toISOString());

/** The chunk files of each plan document, by document folder. */
function chunkFilesByDocument(dir: string): Map<string, number> {
  const root = path.join(dir, 'plan', 'automerge');
  const counts = new Map<string, number>();
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/^[0-9a-f]{64}$/.test(entry.name)) continue;
    const document = path.relative(root, entry.parentPath).split(path.sep).slice(0, 2).join('/');
    counts.set(document, (counts.get(document) ?? 0) + 1);
  }
  return counts;
}

describe('compaction of the plan folder', { timeout: 120_000 }, () => {
  it('keeps a month that is edited 120 times to a few dozen files, and every edit is there after a reopen', async () => {
    // automerge-repo alone folds incrementals only once they outweigh the snapshot: for this
    // month (60 posts) that is well over a hundred one-edit files for the sync tool to carry.
    const dir = tempDir();
    const repo = await open(dir);
    const posts = Array.from({ length: 60 }, (_, n) => post(n));
    await repo.insertPosts(posts);
    let most = 0;
    for (let i = 0; i < 120; i++) {
      await repo.replacePost({ ...posts[i % 60], title: `Muokattu ${i}` });
      most = Math.max(most, ...chunkFilesByDocument(dir).values());
    }
    await repo.close();
    console.info(`compaction: at most ${most} chunk files in one document during 120 edits`);
    expect(most).toBeLessThanOrEqual(34);

    const reopened = await open(dir);
    const titles = new Map((await reopened.allPosts()).map((found) => [found.id, found.title]));
    expect(titles.size).toBe(60);
    expect(titles.get('p59')).toBe('Muokattu 119');
    expect(titles.get('p0')).toBe('Muokattu 60');
    await reopened.close();
  });
});
