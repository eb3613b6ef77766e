import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confDocumentFiles } from '../../../../../electron/storage/document-file';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { canonicalSnapshot } from '../../../../../electron/storage/plan/migrate-json-folder';
import { Repository } from '../../../../../electron/storage/repository';
import { backupJson } from '../../../../../shared/backup/backup-format';
import { localDate } from '../../../../../shared/domain/local-time';
import { newPost } from '../../../../../shared/domain/post';
import { tempDir } from '../../../../support/temp-dir';

const now = () => new Date('2026-11-25T10:00:00Z');
const fixture = path.join(import.meta.dirname, '../../../../fixtures/data-v1-1000');
const openPlan = (dir: string) => AutomergeRepository.open({ dir, now, locale: 'fi-FI' });

/** A JSON (schema v1) folder with posts over several months, an undated one, a trashed one and a named association. */
async function seedJsonFolder(dir: string, count = 60) {
  const json = await Repository.open({ dir, files: confDocumentFiles(dir), now, locale: 'fi-FI' });
  await json.updateMain((main) => ({ ...main, association: { ...main.association, name: 'Kylä ry' } }));
  const posts = Array.from({ length: count }, (_, i) =>
    newPost({ title: `Julkaisu ${i}`, text: `Teksti ${i}`, date: i % 10 === 0 ? null : localDate(`2026-${String(1 + (i % 12)).padStart(2, '0')}-1${i % 10}`), tags: ['talkoot'] }, `post-${i}`, now().toISOString()),
  );
  await json.insertPosts(posts);
  await json.trashPost('post-3');
  return json.snapshot();
}

describe('moving a JSON data folder to the plan', { timeout: 30_000 }, () => {
  it('converts on first open: the plan holds the same data field by field, the JSON files go into the safety copy', async () => {
    const dir = tempDir();
    const before = await seedJsonFolder(dir);
    const repo = await openPlan(dir);
    expect(repo.problems.map((problem) => problem.kind)).toEqual(['migrated']);
    expect(canonicalSnapshot(await repo.snapshot())).toBe(canonicalSnapshot(before));
    await repo.close();
    expect(fs.existsSync(path.join(dir, 'somevuoro.json'))).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'posts'))).toEqual([]);
    const copy = path.join(dir, repo.problems[0].movedTo ?? '');
    expect(path.basename(copy)).toMatch(/^before-v2-from-v1-/);
    expect(JSON.parse(fs.readFileSync(path.join(copy, 'somevuoro.json'), 'utf8')).association.name).toBe('Kylä ry');

    const reopened = await openPlan(dir);
    expect(reopened.problems).toEqual([]);
    expect(canonicalSnapshot(await reopened.snapshot())).toBe(canonicalSnapshot(before));
    await reopened.close();
  });

  it('redoes a migration that was interrupted before plan.json: the half-written plan documents are removed', async () => {
    const dir = tempDir();
    const before = await seedJsonFolder(dir, 12);
    const stray = path.join(dir, 'plan', 'automerge', 'ab', 'cdef', 'snapshot', 'f'.repeat(64));
    fs.mkdirSync(path.dirname(stray), { recursive: true });
    fs.writeFileSync(stray, 'half a document');
    const repo = await openPlan(dir);
    expect(fs.existsSync(stray)).toBe(false);
    expect(canonicalSnapshot(await repo.snapshot())).toBe(canonicalSnapshot(before));
    await repo.close();
  });

  it('brings a version 0 folder through version 1 to the plan', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'somevuoro.json'), fs.readFileSync(path.join(__dirname, '../../../../fixtures/data-v0/somevuoro.json')));
    const repo = await openPlan(dir);
    expect(repo.problems.map((problem) => problem.kind)).toEqual(['migrated', 'migrated']);
    expect(repo.main().association.name).toBe('Kylä ry');
    expect((await repo.allPosts()).map((post) => [post.id, post.date, post.time])).toEqual([
      ['v0-3', null, null],
      ['v0-1', '2026-04-18', '09:00'],
      ['v0-2', '2026-05-04', null],
    ]);
    await repo.close();
  });

  it('migrates the v1 fixture of 1,000 posts: the backup.json export of the plan is byte for byte the one taken before, also after reopening', async () => {
    const dir = tempDir();
    fs.cpSync(fixture, dir, { recursive: true });
    const at = '2026-12-01T09:00:00.000Z';
    const json = await Repository.open({ dir, files: confDocumentFiles(dir), now, locale: 'fi-FI' });
    const before = backupJson(await json.snapshot(), at);

    const migrated = await AutomergeRepository.open({ dir, now, locale: 'fi-FI', readCache: true });
    expect(migrated.problems.map((problem) => problem.kind)).toEqual(['migrated']);
    const after = backupJson(await migrated.snapshot(), at);
    await migrated.close();
    expect(JSON.parse(after).data.posts).toHaveLength(1000);
    expect(JSON.parse(after).data.trash).toHaveLength(12);
    expect(after).toBe(before);

    // Read again from the device read cache, and with no cache at all (as another laptop would).
    const reopened = await AutomergeRepository.open({ dir, now, locale: 'fi-FI', readCache: true });
    expect(fs.readdirSync(path.join(dir, 'cache')).length).toBeGreaterThan(0);
    expect(backupJson(await reopened.snapshot(), at)).toBe(before);
    await reopened.close();
    fs.rmSync(path.join(dir, 'cache'), { recursive: true, force: true });
    const uncached = await openPlan(dir);
    expect(backupJson(await uncached.snapshot(), at)).toBe(before);
    await uncached.close();
  }, 120_000);
});
