import { createHash } from 'node:crypto';
import fs from 'node:fs';
import * as A from '@automerge/automerge';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { localDate } from '../../../../../shared/domain/local-time';
import type { Post } from '../../../../../shared/domain/post';
import { newPost } from '../../../../../shared/domain/post';
import type { ChangeAuthor } from '../../../../../shared/domain/post-history';
import { checked } from '../../../../support/checked-folder';
import { tempDir } from '../../../../support/temp-dir';

const now = () => new Date('2026-11-25T10:00:00Z');
const open = (dir: string, planDir?: string, author: ChangeAuthor | null = null) => AutomergeRepository.open({ dir, planDir, now, locale: 'fi-FI', author: () => author });
const post = (id: string, date: string | null): Post => newPost({ title: `Post ${id}`, date: date === null ? null : localDate(date) }, id, now().toISOString());

/** Every chunk file of a plan with its inode and modification time. */
function chunkStats(planDir: string): Map<string, string> {
  const stats = new Map<string, string>();
  for (const entry of fs.readdirSync(path.join(planDir, 'automerge'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const stat = fs.statSync(file);
    stats.set(file, `${stat.ino}:${stat.mtimeMs}`);
  }
  return stats;
}

/**
 * Snapshot files whose name is not the hash of the heads they hold (automerge-repo names
 * a snapshot by its heads). A name that lies lets a stale save skip writing, or delete the newer file.
 */
function misnamedSnapshots(planDir: string): string[] {
  return fs.readdirSync(path.join(planDir, 'automerge'), { recursive: true, withFileTypes: true }).flatMap((entry) => {
    if (!entry.isFile() || path.basename(entry.parentPath) !== 'snapshot') return [];
    const heads = A.getHeads(A.load(fs.readFileSync(path.join(entry.parentPath, entry.name))));
    const digest = createHash('sha256').update(Buffer.concat(heads.map((head) => Buffer.from(head)))).digest('hex');
    return digest === entry.name ? [] : [entry.name];
  });
}

describe('the plan on Automerge', { timeout: 30_000 }, () => {
  it('makes a plan folder with plan.json naming its root, and keeps device files outside it', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPost(post('a', '2026-03-30'));
    await repo.close();
    expect(fs.readdirSync(path.join(dir, 'plan')).sort()).toEqual(['automerge', 'plan.json']);
    const plan = JSON.parse(fs.readFileSync(path.join(dir, 'plan', 'plan.json'), 'utf8'));
    expect(plan).toMatchObject({ format: 2, root: expect.stringMatching(/^automerge:/) });
    // The device's own files (the post index and the read cache in cache/, the laptop id its changes are signed with in device/) stay beside the plan folder, never in it.
    expect(fs.readdirSync(dir).filter((name) => name !== 'cache' && name !== 'device').sort()).toEqual(['plan']);
    expect(fs.readdirSync(path.join(dir, 'cache'))).toContain('post-index.json');
  });

  it('stores posts, moves them between months, trashes and restores them, and reads it all back after reopening', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    expect(repo.main().settings.language).toBe('fi');
    await repo.insertPosts([post('a', '2026-03-30'), post('b', '2026-04-02'), post('c', null)]);
    await repo.replacePost({ ...post('a', '2026-04-10'), title: 'Moved' });
    await repo.trashPost('b');
    await repo.updateMain((main) => ({ ...main, association: { ...main.association, name: 'Kyläyhdistys' } }));
    await repo.close();

    const reopened = await open(dir);
    expect((await reopened.postsBetween(localDate('2026-03-01'), localDate('2026-04-30'))).map((p) => [p.id, p.title])).toEqual([['a', 'Moved']]);
    expect((await reopened.undatedPosts()).map((p) => p.id)).toEqual(['c']);
    expect(reopened.main().association.name).toBe('Kyläyhdistys');
    expect((await reopened.snapshot()).trash.map((entry) => entry.post.id)).toEqual(['b']);
    expect(await reopened.restorePost('b')).toMatchObject({ id: 'b' });
    await reopened.close();
    const again = await open(dir);
    expect((await again.allPosts()).map((p) => p.id).sort()).toEqual(['a', 'b', 'c']);
    expect((await again.snapshot()).trash).toEqual([]);
    await again.close();
  });

  it('never rewrites an existing chunk file: 100 edits and a reopen leave every earlier chunk as it was, or removed by compaction', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPost(post('a', '2026-03-30'));
    const before = chunkStats(path.join(dir, 'plan'));
    for (let i = 0; i < 100; i++) await repo.replacePost({ ...post('a', '2026-03-30'), title: `Edit ${i}` });
    await repo.close();
    const reopened = await open(dir);
    expect((await reopened.findPost('a'))?.title).toBe('Edit 99');
    await reopened.close();
    const after = chunkStats(path.join(dir, 'plan'));
    for (const [file, stat] of before) if (after.has(file)) expect(after.get(file), file).toBe(stat);
    expect(fs.readdirSync(path.join(dir, 'plan', 'automerge'), { recursive: true }).filter((name) => String(name).endsWith('.tmp'))).toEqual([]);
  });

  it('two laptops sharing one plan folder each keep the month document they created, and both see all posts', async () => {
    const planDir = path.join(tempDir(), 'shared-plan');
    const first = await open(tempDir(), planDir);
    await first.close();
    const anna = await open(tempDir(), planDir);
    const ben = await open(tempDir(), planDir);
    await anna.insertPost(post('from-anna', '2027-01-05'));
    await ben.insertPost(post('from-ben', '2027-01-06'));
    await anna.close();
    await ben.close();
    const third = await open(tempDir(), planDir);
    expect((await third.postsBetween(localDate('2027-01-01'), localDate('2027-01-31'))).map((p) => p.id)).toEqual(['from-anna', 'from-ben']);
    await third.close();
  });

  it('keeps on disk, under its own name, a change made just after opening, before automerge-repo’s own delayed save (a kill then loses nothing)', async () => {
    const dir = tempDir();
    const before = await open(dir);
    await before.insertPost(post('earlier', '2027-01-05'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const afterFirst = path.join(tempDir(), 'copy');
    fs.cpSync(dir, afterFirst, { recursive: true }); // the folder as a kill would leave it: no close
    await before.close();
    const repo = await open(dir);
    // Inside automerge-repo's 100 ms save delay after the root was loaded: that save must neither put the older root back nor write the newer one under the older name.
    await repo.insertPost(post('soon', '2027-02-01'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const afterSecond = path.join(tempDir(), 'copy');
    fs.cpSync(dir, afterSecond, { recursive: true });
    await repo.close();
    for (const [copy, expected] of [[afterFirst, ['earlier']], [afterSecond, ['earlier', 'soon']]] as const) {
      expect(misnamedSnapshots(path.join(copy, 'plan'))).toEqual([]);
      const killed = await open(copy);
      expect((await killed.allPosts()).map((p) => p.id)).toEqual(expected);
      await killed.close();
    }
  });

  it('deletes at open the temp files a killed process left in its read cache', async () => {
    const dir = tempDir();
    await (await open(dir)).close();
    fs.mkdirSync(path.join(dir, 'cache'), { recursive: true });
    const temp = path.join(dir, 'cache', 'sazuhZRyyu7fe1W9EN8bDqF9You.json.6296.tmp');
    fs.writeFileSync(temp, '{"chunks":');
    await (await open(dir)).close();
    expect(fs.existsSync(temp)).toBe(false);
  });

  it('replaces everything in one switch of the root, keeping the old documents', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPost(post('old', '2026-03-30'));
    const data = await repo.snapshot();
    await repo.replaceContents(checked({ ...data, posts: [post('new', '2026-05-01')] }));
    expect((await repo.allPosts()).map((p) => p.id)).toEqual(['new']);
    await repo.close();
    const reopened = await open(dir);
    expect((await reopened.allPosts()).map((p) => p.id)).toEqual(['new']);
    await reopened.close();
  });

  it('tells a post’s history: who changed which fields, newest first, and any version can be read back', async () => {
    const dir = tempDir();
    let author: ChangeAuthor | null = { volunteerId: null, name: 'Anna' };
    let second = 0;
    const ticking = () => new Date(Date.parse('2026-11-25T10:00:00Z') + 1000 * second++);
    const repo = await AutomergeRepository.open({ dir, now: ticking, locale: 'fi-FI', author: () => author });
    await repo.insertPost(post('a', '2026-03-30'));
    author = { volunteerId: null, name: 'Ben' };
    await repo.replacePost({ ...post('a', '2026-03-30'), title: 'Middle' });
    author = { volunteerId: null, name: 'Anna' };
    await repo.replacePost({ ...post('a', '2026-03-30'), title: 'Last', text: 'Body' });
    const history = await repo.postHistory('a');
    expect(history.map((version) => [version.author?.name, version.fields])).toEqual([
      ['Anna', ['text', 'title']],
      ['Ben', ['title']],
      ['Anna', ['created']],
    ]);
    expect((await repo.postAtVersion('a', history[1].version))?.title).toBe('Middle');
    expect(await repo.postAtVersion('a', 'nonsense')).toBeUndefined();
    await repo.trashPost('a');
    expect((await repo.postHistory('a')).map((version) => version.fields)).toEqual([['deleted'], ['text', 'title'], ['title'], ['created']]);
    await repo.restorePost('a');
    expect((await repo.postHistory('a'))[0].fields).toEqual(['restored']);
    await repo.close();
  });
});
