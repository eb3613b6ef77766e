import { describe, expect, it } from 'vitest';
import type { PlanRepository } from '../../electron/storage/plan-repository';
import { checkFolder } from '../../shared/backup/backup-checks';
import { canonicalJson } from '../../shared/backup/folder-data';
import { localDate } from '../../shared/domain/local-time';
import type { Post } from '../../shared/domain/post';
import { newPost } from '../../shared/domain/post';
import { PostVersion } from '../../shared/domain/post-history';
import { checked } from './checked-folder';
import { tempDir } from './temp-dir';

/**
 * What every storage under the services must do, whatever it keeps on disk: run it
 * against an implementation with `describePlanRepository('automerge', open)`. `open`
 * opens (or creates) the plan in `dir` with the given clock; every check reopens the
 * folder after close(), so what is asserted is what another session would see.
 */
export type OpenPlan = (dir: string, now: () => Date) => Promise<PlanRepository>;

const now = () => new Date('2026-11-25T10:00:00Z');
const later = (minutes: number) => new Date(now().getTime() + minutes * 60_000).toISOString();
const post = (id: string, date: string | null, fields: Partial<Post> = {}): Post => ({
  ...newPost({ title: `Postaus ${id} – ä ö å`, date: date === null ? null : localDate(date) }, id, now().toISOString()),
  ...fields,
});

export function describePlanRepository(name: string, open: OpenPlan): void {
  const reopen = async (repo: PlanRepository) => {
    await repo.close();
    return open(repo.dir, now);
  };

  describe(`the plan repository (${name})`, () => {
    it('keeps posts by month and undated, sorted, and finds each by id after reopening', async () => {
      const repo = await open(tempDir(), now);
      await repo.insertPost(post('b', '2026-04-02'));
      await repo.insertPosts([post('a', '2026-03-30'), post('c', null), post('d', '2027-01-05')]);
      const again = await reopen(repo);
      expect((await again.postsBetween(localDate('2026-03-01'), localDate('2026-04-30'))).map((p) => p.id)).toEqual(['a', 'b']);
      expect((await again.undatedPosts()).map((p) => p.id)).toEqual(['c']);
      expect((await again.allPosts()).map((p) => p.id).sort()).toEqual(['a', 'b', 'c', 'd']);
      expect(await again.findPost('d')).toEqual(post('d', '2027-01-05'));
      expect(await again.findPost('nobody')).toBeUndefined();
      await again.close();
    });

    it('replaces a post, moving it between months, and refuses to replace one that is not there', async () => {
      const repo = await open(tempDir(), now);
      await repo.insertPost(post('a', '2026-03-30'));
      const moved = post('a', '2026-05-02', { title: 'Siirretty', updatedAt: later(5) });
      expect(await repo.replacePost(moved)).toEqual(moved);
      await expect(repo.replacePost(post('ghost', '2026-03-01'))).rejects.toThrow(RangeError);
      const again = await reopen(repo);
      expect(await again.postsBetween(localDate('2026-03-01'), localDate('2026-03-31'))).toEqual([]);
      expect(await again.findPost('a')).toEqual(moved);
      expect(await again.findPost('ghost')).toBeUndefined();
      await again.close();
    });

    it('moves a post to the trash and back, adjusted, and rewrites trashed posts on request', async () => {
      const repo = await open(tempDir(), now);
      const stored = await repo.insertPost(post('a', '2026-03-30', { channelIds: [] }));
      await repo.insertPost(post('b', '2026-03-31'));
      expect(await repo.trashPost('a')).toEqual(stored);
      expect(await repo.trashPost('nobody')).toBeUndefined();
      await repo.trashPost('b');
      await repo.updateTrashedPosts((trashed) => ({ ...trashed, tags: ['roskis'] }));
      let again = await reopen(repo);
      expect(await again.findPost('a')).toBeUndefined();
      expect((await again.snapshot()).trash.map((entry) => [entry.post.id, entry.post.tags])).toEqual(
        expect.arrayContaining([
          ['a', ['roskis']],
          ['b', ['roskis']],
        ]),
      );
      expect(await again.restorePost('a', (trashed) => ({ ...trashed, title: 'Palautettu' }))).toMatchObject({ id: 'a', title: 'Palautettu', tags: ['roskis'] });
      expect(await again.restorePost('a')).toBeUndefined();
      again = await reopen(again);
      expect(await again.findPost('a')).toMatchObject({ title: 'Palautettu' });
      expect((await again.snapshot()).trash.map((entry) => entry.post.id)).toEqual(['b']);
      await again.close();
    });

    it('validates the main document it is given and keeps the last valid one', async () => {
      const repo = await open(tempDir(), now);
      const named = await repo.updateMain((main) => ({ ...main, association: { ...main.association, name: 'Kylä ry' } }));
      expect(repo.main()).toEqual(named);
      await expect(repo.updateMain((main) => ({ ...main, channels: [{ id: '__proto__' }] }) as never)).rejects.toThrow();
      const again = await reopen(repo);
      expect(again.main().association.name).toBe('Kylä ry');
      await again.close();
    });

    it('replaces everything at once, as a restore does, and gives it back in a snapshot', async () => {
      const source = await open(tempDir(), now);
      await source.updateMain((main) => ({ ...main, association: { ...main.association, name: 'Lähde ry' } }));
      await source.insertPosts([post('a', '2026-03-30'), post('b', null)]);
      await source.insertPost(post('c', '2026-06-01'));
      await source.trashPost('c');
      const data = await source.snapshot();
      await source.close();

      const target = await open(tempDir(), now);
      await target.insertPost(post('old', '2025-01-01'));
      await target.replaceContents(checked(data));
      // A post twice never reaches the storage: the one check refuses it, and the type refuses anything unchecked.
      const twice = { ...data, posts: [...data.posts, data.posts[0]] };
      expect(checkFolder(twice)).toMatchObject({ ok: false, issues: [{ message: 'v.importDuplicateId', received: data.posts[0].id }] });
      // @ts-expect-error replaceContents takes only checked contents (CheckedFolderData), so it need not parse them again.
      const unchecked: Parameters<PlanRepository['replaceContents']>[0] = twice;
      expect(unchecked).toBe(twice);
      const again = await reopen(target);
      const sorted = (folder: typeof data) => canonicalJson({ ...folder, posts: [...folder.posts].sort((x, y) => x.id.localeCompare(y.id)) });
      expect(sorted(await again.snapshot())).toBe(sorted(data));
      expect(await again.findPost('old')).toBeUndefined();
      await again.close();
    });

    it('lists a post’s versions, newest first, and gives each version back; a trashed post’s too', async () => {
      const repo = await open(tempDir(), now);
      await repo.insertPost(post('a', '2026-03-30'));
      const edited = await repo.replacePost(post('a', '2026-03-30', { title: 'Muokattu', updatedAt: later(1) }));
      const history = PostVersion.array().parse(await repo.postHistory('a'));
      expect(history.length).toBeGreaterThan(0);
      expect([...history].sort((x, y) => y.at.localeCompare(x.at))).toEqual(history);
      expect(await repo.postAtVersion('a', history[0].version)).toEqual(edited);
      expect(await repo.postAtVersion('a', 'no-such-version')).toBeUndefined();
      await repo.trashPost('a');
      const again = await reopen(repo);
      expect((await again.postHistory('a')).length).toBeGreaterThan(0);
      expect(await again.postHistory('nobody')).toEqual([]);
      await again.close();
    });
  });
}
