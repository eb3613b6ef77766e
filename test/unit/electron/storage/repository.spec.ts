import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confDocumentFiles } from '../../../../electron/storage/document-file';
import { Repository } from '../../../../electron/storage/repository';
import { localDate } from '../../../../shared/domain/local-time';
import type { Post } from '../../../../shared/domain/post';
import { newPost } from '../../../../shared/domain/post';
import { PostVersion } from '../../../../shared/domain/post-history';
import { tempDir } from '../../../support/temp-dir';

const now = () => new Date('2026-11-25T10:00:00Z');
const open = (dir: string) => Repository.open({ dir, files: confDocumentFiles(dir), now, locale: 'fi-FI' });
const post = (id: string, date: string | null, time: string | null = null): Post =>
  newPost({ title: `Post ${id}`, date: date === null ? null : localDate(date), time: time as Post['time'] }, id, now().toISOString());
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));

describe('repository on conf', () => {
  it('starts a new folder with a main document in the system language', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    expect(repo.main().settings).toEqual({
      language: 'fi',
      timeZone: 'Europe/Helsinki',
      weekStartsOn: 1,
      userName: '',
      responseWindowHours: 48,
      albumPattern: '{yyyy}-{MM}-{dd} {event}',
      staleAfterDays: 14,
      channelCheckMonths: 6,
    });
    expect(readJson(path.join(dir, 'somevuoro.json')).schemaVersion).toBe(1);
  });

  it('reads a main document written before the checklist’s settings and channel checks existed, with their defaults', async () => {
    const dir = tempDir();
    const older = (await open(dir)).main();
    const { channelChecks: _checks, ...withoutChecks } = older;
    const { albumPattern: _pattern, staleAfterDays: _stale, channelCheckMonths: _months, ...oldSettings } = older.settings;
    fs.writeFileSync(path.join(dir, 'somevuoro.json'), JSON.stringify({ ...withoutChecks, settings: oldSettings }));
    const reopened = await open(dir);
    expect(reopened.problems).toEqual([]);
    expect(reopened.main()).toMatchObject({ channelChecks: {}, checklistTemplates: [], settings: { albumPattern: '{yyyy}-{MM}-{dd} {event}', staleAfterDays: 14, channelCheckMonths: 6 } });
  });

  it('writes posts one file per month, and reads them back after reopening', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPost(post('a', '2026-03-30', '09:00'));
    await repo.insertPost(post('b', '2026-04-02'));
    await repo.insertPost(post('c', null));
    expect(fs.readdirSync(path.join(dir, 'posts')).sort()).toEqual(['2026-03.json', '2026-04.json', 'undated.json']);
    expect(readJson(path.join(dir, 'posts/2026-03.json')).posts.a).toMatchObject({ title: 'Post a', date: '2026-03-30', time: '09:00' });

    const reopened = await open(dir);
    expect((await reopened.postsBetween(localDate('2026-03-01'), localDate('2026-04-30'))).map((p) => p.id)).toEqual(['a', 'b']);
    expect((await reopened.undatedPosts()).map((p) => p.id)).toEqual(['c']);
  });

  it('moves a post between month files when its date changes, leaving no copy behind', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPost(post('a', '2026-03-30'));
    await repo.replacePost({ ...post('a', '2026-05-02'), updatedAt: '2026-11-25T11:00:00.000Z' });
    expect(readJson(path.join(dir, 'posts/2026-03.json')).posts).toEqual({});
    expect(Object.keys(readJson(path.join(dir, 'posts/2026-05.json')).posts)).toEqual(['a']);
    expect((await (await open(dir)).findPost('a'))?.date).toBe('2026-05-02');
  });

  it('keeps the newer copy when an interrupted move left a post in two months', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPost(post('a', '2026-03-30'));
    const march = fs.readFileSync(path.join(dir, 'posts/2026-03.json'));
    await repo.replacePost({ ...post('a', '2026-05-02'), updatedAt: '2026-11-25T11:00:00.000Z' });
    fs.writeFileSync(path.join(dir, 'posts/2026-03.json'), march); // as if the crash came before the old month was rewritten
    const reopened = await open(dir);
    expect((await reopened.allPosts()).map((p) => [p.id, p.date])).toEqual([['a', '2026-05-02']]);
  });

  it('moves a deleted post to the trash and restores it unchanged', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    const original = await repo.insertPost(post('a', '2026-03-30', '09:00'));
    await repo.trashPost('a');
    expect(await (await open(dir)).findPost('a')).toBeUndefined();
    expect(readJson(path.join(dir, 'trash.json')).posts.a.post.title).toBe('Post a');
    expect(await (await open(dir)).restorePost('a')).toEqual(original);
    expect(await (await open(dir)).findPost('a')).toEqual(original);
    expect(readJson(path.join(dir, 'trash.json')).posts).toEqual({});
  });

  it('gives one version of a post as its history (JSON keeps no more), a trashed post’s too, and that version back', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    const stored = await repo.insertPost(post('a', '2026-03-30'));
    const only = { version: stored.updatedAt, at: stored.updatedAt, author: null, fields: ['created'] };
    expect(await repo.postHistory('a')).toEqual([only]);
    expect(PostVersion.array().parse(await repo.postHistory('a'))).toEqual([only]);
    expect(await repo.postAtVersion('a', stored.updatedAt)).toEqual(stored);
    expect(await repo.postAtVersion('a', '2020-01-01T00:00:00.000Z')).toBeUndefined();
    await repo.trashPost('a');
    expect(await (await open(dir)).postHistory('a')).toEqual([only]);
    expect(await repo.postHistory('nobody')).toEqual([]);
    expect(await repo.postAtVersion('nobody', stored.updatedAt)).toBeUndefined();
    await repo.close();
  });

  it('moves a corrupt main document aside, reports it, and starts afresh', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'somevuoro.json'), '{"schemaVersion": 1, "association": {');
    const repo = await open(dir);
    expect(repo.problems).toHaveLength(1);
    expect(repo.problems[0]).toMatchObject({ file: 'somevuoro.json', kind: 'corrupt' });
    const kept = path.join(dir, repo.problems[0].movedTo ?? '');
    expect(fs.readFileSync(kept, 'utf8')).toBe('{"schemaVersion": 1, "association": {');
    expect(readJson(path.join(dir, 'somevuoro.json')).schemaVersion).toBe(1);
  });

  it('keeps the readable posts of a month with one damaged entry, and a copy of the file', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPost(post('good', '2026-03-30'));
    await repo.insertPost(post('bad', '2026-03-31'));
    const file = path.join(dir, 'posts/2026-03.json');
    const doc = readJson(file);
    doc.posts.bad.date = '2026-02-30';
    fs.writeFileSync(file, JSON.stringify(doc));
    const reopened = await open(dir);
    expect((await reopened.postsBetween(localDate('2026-03-01'), localDate('2026-03-31'))).map((p) => p.id)).toEqual(['good']);
    expect(reopened.problems[0]).toMatchObject({ file: 'posts/2026-03.json', kind: 'invalid' });
    expect(readJson(path.join(dir, reopened.problems[0].movedTo ?? '')).posts.bad.date).toBe('2026-02-30');
  });

  it('migrates a version 0 folder, keeping a backup of the original', async () => {
    const dir = tempDir();
    const original = fs.readFileSync(path.join(__dirname, '../../../fixtures/data-v0/somevuoro.json'), 'utf8');
    fs.writeFileSync(path.join(dir, 'somevuoro.json'), original);
    const repo = await open(dir);
    expect(repo.problems.map((p) => p.kind)).toEqual(['migrated']);
    expect(repo.main().association.name).toBe('Kylä ry');
    expect((await repo.allPosts()).map((p) => [p.id, p.date, p.time])).toEqual([
      ['v0-3', null, null],
      ['v0-1', '2026-04-18', '09:00'],
      ['v0-2', '2026-05-04', null],
    ]);
    expect(readJson(path.join(dir, 'somevuoro.json'))).not.toHaveProperty('posts');
    expect(fs.readFileSync(path.join(dir, repo.problems[0].movedTo ?? '', 'somevuoro.json'), 'utf8')).toBe(original);
    expect((await open(dir)).problems).toEqual([]);
  });

  it('refuses to open data from a newer version and changes nothing', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'somevuoro.json'), '{"schemaVersion": 7}');
    await expect(open(dir)).rejects.toThrow(/newer Somevuoro/);
    expect(fs.readFileSync(path.join(dir, 'somevuoro.json'), 'utf8')).toBe('{"schemaVersion": 7}');
  });
});
