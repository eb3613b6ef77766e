import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../../../shared/api/contract-kit';
import type { ImportResult } from '../../../../../shared/api/export-contract';
import type { ImportSummary } from '../../../../../shared/backup/import-plan';
import type { TestBackend } from '../../../../support/backend';
import { backendOn } from '../../../../support/backend';
import { exportBackup, uploadFile, zipEntries } from '../../../../support/backup-files';
import { seedExportFolder } from '../../../../support/export-seed';
import { pngImage } from '../../../../support/images';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';
import { planFile } from '../../../../support/plan-on-disk';

const everything = { from: '2026-01-01', to: '2026-12-31', channelIds: [], statuses: [], volunteerIds: [], includePosts: true, includeDuties: true };
const later = () => new Date('2026-03-05T10:00:00Z');

/** The backup's JSON (backup.json of the zip main makes). */
async function backupOf(dir: string): Promise<string> {
  const zip = await exportBackup(await backendOn(dir, later));
  return (await zipEntries(zip.path)).get('backup.json')?.bytes.toString('utf8') ?? '';
}

type Backend = TestBackend;
const check = async (backend: Backend, fileName: string, content: string | Buffer) => backend.call('import:check', { uploadId: await uploadFile(backend, fileName, Buffer.from(content)) });
const apply = async (backend: Backend, fileName: string, content: string | Buffer, mode: 'replace' | 'merge', conflicts: 'keep' | 'overwrite') =>
  backend.call('import:apply', { uploadId: await uploadFile(backend, fileName, Buffer.from(content)), mode, conflicts });

describe('backup and restore', () => {
  it('round trip: export a zip, then import it into an empty folder, gives identical data', async () => {
    const source = tempDir();
    const { backend } = await seedExportFolder(source);
    const zip = await exportBackup(await backendOn(source, later));
    expect(zip.file).toMatchObject({ fileName: 'somevuoro-backup-kyla-ry-2026-03-05.zip', mimeType: 'application/zip', bytes: fs.statSync(zip.path).size });
    const zipBytes = fs.readFileSync(zip.path);
    const json = (await zipEntries(zip.path)).get('backup.json')?.bytes.toString('utf8') ?? '';
    expect(JSON.parse(json)).toMatchObject({ format: 'somevuoro-backup', formatVersion: 1, schemaVersion: 1 });

    const target = tempDir();
    const restored = await backendOn(target, later);
    const uploadId = await uploadFile(restored, zip.file.fileName, zipBytes);
    const summary = await restored.call('import:check', { uploadId });
    expect(summary.counts.posts).toEqual({ new: 3, updated: 0, unchanged: 0, conflicting: 0, onlyHere: 0 });
    expect(summary.counts.duties.new).toBe(2);
    expect(summary.counts.trash.new).toBe(1);
    const result = await restored.call('import:apply', { uploadId, mode: 'replace', conflicts: 'keep' });
    expect(fs.existsSync(path.join(target, result.backupDir, 'somevuoro.json'))).toBe(true);
    // What arrived and what was staged is gone once imported.
    expect(fs.readdirSync(path.join(target, '.tmp', 'uploads'))).toEqual([]);

    const reopened = await backendOn(target, later);
    expect(await reopened.repo.snapshot()).toEqual(await backend.repo.snapshot());
    const again = JSON.parse(await backupOf(target));
    expect(again.data).toEqual(JSON.parse(json).data);
    expect(again.data.posts.find((p: { title: string }) => p.title === 'Kevättalkoot')).toMatchObject({
      checklist: { 'cover-alt': { by: 'Anna Äijälä' } },
      approval: { by: 'Bo Åström' },
      checklistOverride: { reason: 'Kuva tulee myöhemmin' },
    });
    // Importing the same file again changes nothing.
    expect((await check(reopened, zip.file.fileName, zipBytes)).counts.posts).toEqual({ new: 0, updated: 0, unchanged: 3, conflicting: 0, onlyHere: 0 });
  });

  it('carries cover images as media/ entries, stored as they are: restored into an empty folder, the picture is there byte for byte', async () => {
    const source = tempDir();
    const { backend, posts } = await seedExportFolder(source);
    const png = pngImage(1200, 630);
    const image = await backend.call('media:importImage', { fileName: 'talkoot.png', data: png.toString('base64') });
    const { file, ...rest } = image;
    await backend.call('posts:update', { id: posts.kokous.id, changes: { coverImage: { file, ...rest, alt: 'Haravat rivissä' } } });
    const zip = await exportBackup(await backendOn(source, later));
    const entries = await zipEntries(zip.path);
    expect([...entries.keys()].sort()).toEqual(['backup.json', `media/${file}`]);
    expect(entries.get(`media/${file}`)).toEqual({ bytes: png, stored: true });
    expect(JSON.parse(entries.get('backup.json')?.bytes.toString('utf8') ?? '').media).toEqual({});

    const target = tempDir();
    const restored = await backendOn(target, later);
    const uploadId = await uploadFile(restored, 'backup.zip', fs.readFileSync(zip.path));
    await restored.call('import:check', { uploadId });
    // Checked, the picture waits beside the upload; media/ is untouched until the import is confirmed.
    expect(fs.existsSync(path.join(target, 'plan', 'media'))).toBe(false);
    await restored.call('import:apply', { uploadId, mode: 'replace', conflicts: 'keep' });
    expect(fs.readFileSync(path.join(target, 'plan', 'media', file))).toEqual(png);
    expect((await (await backendOn(target, later)).repo.findPost(posts.kokous.id))?.coverImage).toMatchObject({ file, alt: 'Haravat rivissä', width: 1200 });
  });

  it('still restores a JSON backup of earlier versions, its pictures inside as base64, uploaded in small chunks', async () => {
    const source = tempDir();
    const { backend, posts } = await seedExportFolder(source);
    const png = pngImage(800, 600);
    const image = await backend.call('media:importImage', { fileName: 'talkoot.png', data: png.toString('base64') });
    const { file, ...rest } = image;
    await backend.call('posts:update', { id: posts.kokous.id, changes: { coverImage: { file, ...rest, alt: 'Haravat rivissä' } } });
    // What versions before the zip wrote: one JSON file, the picture under "media".
    const old = { ...JSON.parse(await backupOf(source)), media: { [file]: png.toString('base64') } };
    const oldFile = Buffer.from(`${JSON.stringify(old, null, 2)}\n`);

    const target = tempDir();
    const restored = await backendOn(target, later);
    const uploadId = await uploadFile(restored, 'somevuoro-backup-kyla-ry-2026-03-05.json', oldFile, 1000);
    expect((await restored.call('import:check', { uploadId })).counts.posts.new).toBe(3);
    await restored.call('import:apply', { uploadId, mode: 'replace', conflicts: 'keep' });
    expect(fs.readFileSync(path.join(target, 'plan', 'media', file))).toEqual(png);
    expect(await (await backendOn(target, later)).repo.snapshot()).toEqual(await (await backendOn(source, later)).repo.snapshot());
  });

  it('refuses a backup whose picture is not an image, and changes nothing', async () => {
    const source = tempDir();
    await seedExportFolder(source);
    const backup = JSON.parse(await backupOf(source));
    backup.media = { '0f8c1a2e-3b4d-4c5e-8f90-a1b2c3d4e5f6.png': Buffer.from('#!/bin/sh\necho hello').toString('base64') };
    const target = tempDir();
    const restored = await backendOn(target, later);
    const before = snapshotFolder(target);
    const result = await restored.dispatch('import:apply', { uploadId: await uploadFile(restored, 'backup.json', Buffer.from(JSON.stringify(backup))), mode: 'replace', conflicts: 'keep' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'media.0f8c1a2e-3b4d-4c5e-8f90-a1b2c3d4e5f6.png', message: 'v.imageType' }] } });
    expect(snapshotFolder(target)).toEqual(before);
  });

  it('summarises a merge: newer copies update, copies changed here conflict, and only what was asked is written', async () => {
    const dir = tempDir();
    const { backend, posts } = await seedExportFolder(dir);
    const older = await backupOf(dir);
    const clock = (iso: string) => () => new Date(iso);
    await (await backendOn(dir, clock('2026-03-06T10:00:00Z'))).call('posts:update', { id: posts.kokous.id, changes: { title: 'Kokouskutsu (muutettu tiedostossa)' } });
    const newer = await backupOf(dir);
    const here = await backendOn(dir, clock('2026-03-07T10:00:00Z'));
    await here.call('posts:update', { id: posts.kokous.id, changes: { title: 'Kokouskutsu (muutettu täällä)' } });
    await here.call('posts:create', { title: 'Vain täällä', date: '2026-05-01' });

    const fromOlder = await check(here, 'older.json', older);
    expect(fromOlder.counts.posts).toEqual({ new: 0, updated: 0, unchanged: 2, conflicting: 1, onlyHere: 1 });
    expect(fromOlder.conflicts).toEqual([{ kind: 'posts', id: posts.kokous.id, label: 'Kokouskutsu' }]);

    const target = tempDir();
    const other = await backendOn(target, later);
    await apply(other, 'older.json', older, 'replace', 'keep');
    const update = await check(other, 'newer.json', newer);
    expect(update.counts.posts).toEqual({ new: 0, updated: 1, unchanged: 2, conflicting: 0, onlyHere: 0 });
    await apply(other, 'newer.json', newer, 'merge', 'keep');
    expect((await (await backendOn(target, later)).repo.findPost(posts.kokous.id))?.title).toBe('Kokouskutsu (muutettu tiedostossa)');

    // Merge keeps this folder's copy of a conflict unless told to take the file's.
    await apply(here, 'older.json', older, 'merge', 'keep');
    expect((await (await backendOn(dir, later)).repo.findPost(posts.kokous.id))?.title).toBe('Kokouskutsu (muutettu täällä)');
    expect((await (await backendOn(dir, later)).repo.allPosts()).map((p) => p.title)).toContain('Vain täällä');
    await apply(await backendOn(dir, later), 'older.json', older, 'merge', 'overwrite');
    expect((await (await backendOn(dir, later)).repo.findPost(posts.kokous.id))?.title).toBe('Kokouskutsu');
    expect(backend.repo.dir).toBe(dir);
  });

  it('takes a copy of the current data before any import', async () => {
    const dir = tempDir();
    await seedExportFolder(dir);
    const json = await backupOf(dir);
    const mainBefore = await planFile(dir, 'somevuoro.json');
    const { backupDir } = await apply(await backendOn(dir, later), 'b.json', json, 'merge', 'keep');
    expect(backupDir).toMatch(/^backups[/\\]before-import-2026-03-05T10-00-00-000Z$/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, backupDir, 'somevuoro.json'), 'utf8'))).toEqual(mainBefore);
    // The copy holds the months that have posts (2026-02's only post is in the trash).
    expect(fs.readdirSync(path.join(dir, backupDir, 'posts')).sort()).toEqual(['2026-03.json', '2026-04.json', 'undated.json']);
  });
});

/** Twenty broken files: each is refused with a message that names the problem, and the folder stays byte for byte the same. */
describe('refusing malformed files', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case breaks a different field of the parsed JSON on purpose
  const edit = (json: string, change: (backup: Record<string, any>) => void) => {
    const backup = JSON.parse(json);
    change(backup);
    return JSON.stringify(backup);
  };
  const csvOf = async (dir: string) => (await (await backendOn(dir, later)).call('export:create', { format: 'csv', selection: everything })).content;

  const cases: { name: string; file: string; make: (json: string, csv: string) => string; expect: RegExp }[] = [
    { name: 'an empty file', file: 'b.json', make: () => '', expect: /v\.importEmpty/ },
    { name: 'truncated JSON', file: 'b.json', make: (json) => json.slice(0, json.length / 2), expect: /v\.importNotJson/ },
    { name: 'text that is not JSON', file: 'b.json', make: () => 'hello, world', expect: /v\.importNotJson/ },
    { name: 'a JSON array', file: 'b.json', make: () => '[1, 2, 3]', expect: /v\.importForeign/ },
    { name: 'another program’s JSON', file: 'settings.json', make: () => '{"name": "my-app", "version": "1.0.0"}', expect: /v\.importForeign/ },
    { name: 'a newer backup format', file: 'b.json', make: (json) => edit(json, (b) => (b.formatVersion = 2)), expect: /formatVersion.*v\.importNewer/ },
    { name: 'a version that is not a number', file: 'b.json', make: (json) => edit(json, (b) => (b.formatVersion = '1')), expect: /v\.importVersionInvalid/ },
    { name: 'a newer schema version', file: 'b.json', make: (json) => edit(json, (b) => (b.schemaVersion = 99)), expect: /schemaVersion.*v\.importNewer/ },
    { name: 'a title of the wrong type', file: 'b.json', make: (json) => edit(json, (b) => (b.data.posts[0].title = 42)), expect: /data\.posts\.0\.title: v\.importWrongType \(got 42\)/ },
    { name: 'posts that are not a list', file: 'b.json', make: (json) => edit(json, (b) => (b.data.posts = {})), expect: /data\.posts: v\.importWrongType \(got \{\}\)/ },
    { name: 'a date that does not exist', file: 'b.json', make: (json) => edit(json, (b) => (b.data.posts[1].date = '2026-02-30')), expect: /data\.posts\.1\.date: v\.dateInvalid/ },
    { name: 'two posts with the same id', file: 'b.json', make: (json) => edit(json, (b) => (b.data.posts[1].id = b.data.posts[0].id)), expect: /data\.posts\.1\.id: v\.importDuplicateId/ },
    { name: 'two channels with the same id', file: 'b.json', make: (json) => edit(json, (b) => (b.data.channels[1].id = b.data.channels[0].id)), expect: /data\.channels\.1\.id: v\.importDuplicateId/ },
    { name: 'a post on a channel that is not in the file', file: 'b.json', make: (json) => edit(json, (b) => (b.data.posts[1].channelIds = ['nowhere'])), expect: /v\.unknownChannel/ },
    { name: 'an unknown field', file: 'b.json', make: (json) => edit(json, (b) => (b.data.posts[0].colour = 'red')), expect: /data\.posts\.0: v\.importUnknownField \(got colour\)/ },
    { name: 'missing settings', file: 'b.json', make: (json) => edit(json, (b) => delete b.data.settings), expect: /data\.settings: v\.required/ },
    { name: 'a time without a date', file: 'b.json', make: (json) => edit(json, (b) => (b.data.posts.find((p: { date: string | null }) => p.date === null).time = '09:00')), expect: /v\.timeWithoutDate/ },
    { name: 'a CSV with a missing column', file: 'p.csv', make: (_json, csv) => csv.replace('Otsikko', 'Otsake'), expect: /header: v\.csvMissingColumn \(got Otsikko \/ Rubrik \/ Title\)/ },
    { name: 'a CSV naming an unknown channel', file: 'p.csv', make: (_json, csv) => csv.replace(';Instagram;', ';TikTok;'), expect: /channel: v\.unknownChannel \(got TikTok\)/ },
    { name: 'a CSV with an unknown status', file: 'p.csv', make: (_json, csv) => csv.replace(';Hyväksytty;', ';Valmis;'), expect: /status: v\.csvUnknownValue \(got Valmis\)/ },
    { name: 'a CSV with an unclosed quote', file: 'p.csv', make: (_json, csv) => `${csv}Julkaisu;1.5.2026;2026-05-01;;"Auki jäänyt\r\n`, expect: /Not a readable CSV file/ },
    { name: 'a CSV whose rows of one post disagree', file: 'p.csv', make: (_json, csv) => csv.replace(/(Kevättalkoot)(?![\s\S]*Kevättalkoot)/, 'Syystalkoot'), expect: /title: v\.csvRowsDisagree \(got Syystalkoot\)/ },
  ];

  it('has at least twenty cases', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  for (const testCase of cases) {
    it(`refuses ${testCase.name}`, async () => {
      const dir = tempDir();
      await seedExportFolder(dir);
      const content = testCase.make(await backupOf(dir), await csvOf(dir));
      const before = snapshotFolder(dir);
      const backend = await backendOn(dir, later);
      const checked = (await backend.dispatch('import:check', { uploadId: await uploadFile(backend, testCase.file, Buffer.from(content)) })) as ApiResult<ImportSummary>;
      expect(checked.ok).toBe(false);
      if (checked.ok) return;
      expect(checked.error.code).toBe('invalid-input');
      expect(checked.error.message).toContain('cannot be imported; nothing was changed');
      expect(checked.error.issues.map((issue) => `${issue.path}: ${issue.message}${issue.received ? ` (got ${issue.received})` : ''}`).join('\n')).toMatch(testCase.expect);
      for (const mode of ['replace', 'merge'] as const) {
        const applied = (await backend.dispatch('import:apply', { uploadId: await uploadFile(backend, testCase.file, Buffer.from(content)), mode, conflicts: 'overwrite' })) as ApiResult<ImportResult>;
        expect(applied.ok).toBe(false);
      }
      expect(snapshotFolder(dir)).toEqual(before);
    });
  }
});
