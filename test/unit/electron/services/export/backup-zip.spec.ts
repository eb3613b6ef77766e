import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import type { ApiResult } from '../../../../../shared/api/contract-kit';
import { ARCHIVE_LIMITS } from '../../../../../shared/backup/backup-archive';
import { validationMessage } from '../../../../../shared/i18n/validation-messages';
import { backendOn } from '../../../../support/backend';
import { exportBackup, uploadFile, zipEntries, zipOf } from '../../../../support/backup-files';
import { seedExportFolder } from '../../../../support/export-seed';
import { pngImage } from '../../../../support/images';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';

const later = () => new Date('2026-03-05T10:00:00Z');
const PICTURE = '0f8c1a2e-3b4d-4c5e-8f90-a1b2c3d4e5f6.png';

/** A folder with a post and its cover image, and the backup.json of it. */
async function seeded() {
  const dir = tempDir();
  const { backend, posts } = await seedExportFolder(dir);
  const image = await backend.call('media:importImage', { fileName: 'kuva.png', data: pngImage(64, 48).toString('base64') });
  await backend.call('posts:update', { id: posts.kokous.id, changes: { coverImage: { ...image, alt: 'Kuva' } } });
  const zip = await exportBackup(await backendOn(dir, later));
  const entries = await zipEntries(zip.path);
  return { dir, zipBytes: fs.readFileSync(zip.path), json: entries.get('backup.json')?.bytes ?? Buffer.alloc(0), media: image.file };
}

/** Sets a 4-byte little-endian field of every header (local or central) naming `name`. */
function claimSize(zip: Buffer, name: string, bytes: number): Buffer {
  const out = Buffer.from(zip);
  const target = Buffer.from(name, 'latin1');
  for (let at = 0; at < out.length - 46; at++) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x04034b50 && out.subarray(at + 30, at + 30 + target.length).equals(target)) out.writeUInt32LE(bytes, at + 22);
    if (signature === 0x02014b50 && out.subarray(at + 46, at + 46 + target.length).equals(target)) out.writeUInt32LE(bytes, at + 24);
  }
  return out;
}

/** A zip with every entry deflated (where sizes can lie without the zip being plainly broken). */
async function deflated(entries: [string, Buffer][]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name, { compress: true });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

type Case = { name: string; fileName?: string; make: (seed: Awaited<ReturnType<typeof seeded>>) => Promise<Buffer> | Buffer; expect: RegExp };

const cases: Case[] = [
  { name: 'an entry climbing out of the folder (../x)', make: ({ json }) => zipOf([['backup.json', json], ['../x', Buffer.from('x')]]), expect: /\.\.\/x: v\.zipUnknownEntry/ },
  { name: 'an absolute path (/abs)', make: ({ json }) => zipOf([['backup.json', json], ['/abs', Buffer.from('x')]]), expect: /\/abs: v\.zipUnknownEntry/ },
  { name: 'a picture climbing out of media/', make: ({ json }) => zipOf([['backup.json', json], ['media/../../x', pngImage(2, 2)]]), expect: /media\/\.\.\/\.\.\/x: v\.zipUnknownEntry/ },
  { name: 'a picture under a name the app did not make', make: ({ json }) => zipOf([['backup.json', json], ['media/evil.sh.png', pngImage(2, 2)]]), expect: /media\/evil\.sh\.png: v\.zipUnknownEntry/ },
  { name: 'a Windows-style path', make: ({ json }) => zipOf([['backup.json', json], [`media\\${PICTURE}`, pngImage(2, 2)]]), expect: /v\.zipUnknownEntry/ },
  { name: 'the same entry twice', make: ({ json }) => zipOf([['backup.json', json], ['backup.json', Buffer.from('{}')]]), expect: /backup\.json: v\.zipDuplicateEntry/ },
  { name: 'the same picture twice', make: ({ json }) => zipOf([['backup.json', json], [`media/${PICTURE}`, pngImage(2, 2)], [`media/${PICTURE}`, pngImage(3, 3)]]), expect: /v\.zipDuplicateEntry/ },
  { name: 'an entry that has no place in a backup', make: ({ json }) => zipOf([['backup.json', json], ['notes.txt', Buffer.from('hello')]]), expect: /notes\.txt: v\.zipUnknownEntry/ },
  { name: 'a foreign zip (no backup.json)', make: () => zipOf([[`media/${PICTURE}`, pngImage(2, 2)]]), expect: /v\.zipNoBackup/ },
  { name: 'a zip whose backup.json is another program’s', make: () => zipOf([['backup.json', Buffer.from('{"name":"my-app"}')]]), expect: /v\.importForeign/ },
  { name: 'a truncated zip', make: ({ zipBytes }) => zipBytes.subarray(0, Math.floor(zipBytes.length / 2)), expect: /v\.zipDamaged/ },
  { name: 'a zip cut just before its end', make: ({ zipBytes }) => zipBytes.subarray(0, zipBytes.length - 10), expect: /v\.zipDamaged/ },
  { name: 'a text file named .zip', make: () => Buffer.from('This is not a zip file at all.\n'), expect: /v\.zipDamaged/ },
  { name: 'an empty .zip', make: () => Buffer.alloc(0), expect: /v\.zipDamaged/ },
  { name: 'a backup.json claiming 500 MB', make: ({ zipBytes }) => claimSize(zipBytes, 'backup.json', 500 * 1024 * 1024), expect: /backup\.json: v\.zipEntryTooLarge/ },
  { name: 'a picture claiming 11 MB', make: async ({ json }) => claimSize(await deflated([['backup.json', json], [`media/${PICTURE}`, pngImage(2, 2)]]), `media/${PICTURE}`, 11 * 1024 * 1024), expect: /v\.imageTooLarge/ },
  {
    name: 'a zip bomb (backup.json inflating far beyond the size it claims)',
    make: async ({ json }) => claimSize(await deflated([['backup.json', Buffer.concat([json, Buffer.alloc(40 * 1024 * 1024, 0x20)])]]), 'backup.json', json.length),
    expect: /v\.zipDamaged/,
  },
  { name: 'a picture that is a shell script', make: ({ json }) => zipOf([['backup.json', json], [`media/${PICTURE}`, Buffer.from('#!/bin/sh\necho hello\n')]]), expect: new RegExp(`media\\.${PICTURE.replace(/\./g, '\\.')}: v\\.imageType`) },
];

describe('hostile and damaged backup zips', () => {
  for (const testCase of cases) {
    it(`refuses ${testCase.name} with a clear message, changing no byte of the data folder`, async () => {
      const seed = await seeded();
      const bytes = await testCase.make(seed);
      const backend = await backendOn(seed.dir, later);
      const before = snapshotFolder(seed.dir);
      const checked = (await backend.dispatch('import:check', { uploadId: await uploadFile(backend, testCase.fileName ?? 'backup.zip', bytes) })) as ApiResult<unknown>;
      expect(checked.ok).toBe(false);
      if (checked.ok) return;
      expect(checked.error).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('“backup.zip” cannot be imported; nothing was changed.') });
      const listed = checked.error.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
      expect(listed).toMatch(testCase.expect);
      // Every key has words in each language.
      for (const issue of checked.error.issues) for (const language of ['fi', 'sv', 'en'] as const) expect(validationMessage(issue.message, language)).not.toMatch(/^v\./);
      for (const mode of ['replace', 'merge'] as const) {
        const applied = (await backend.dispatch('import:apply', { uploadId: await uploadFile(backend, 'backup.zip', bytes), mode, conflicts: 'overwrite' })) as ApiResult<unknown>;
        expect(applied.ok).toBe(false);
      }
      expect(snapshotFolder(seed.dir)).toEqual(before);
    });
  }

  it('refuses a zip with more entries than any backup holds before reading one', async () => {
    const seed = await seeded();
    const limits = ARCHIVE_LIMITS as { entries: number };
    const entries = limits.entries;
    limits.entries = 2;
    try {
      const backend = await backendOn(seed.dir, later);
      const before = snapshotFolder(seed.dir);
      const many = await zipOf([['backup.json', seed.json], [`media/${PICTURE}`, pngImage(2, 2)], [`media/${PICTURE.replace('0f8c', '1f8c')}`, pngImage(2, 2)]]);
      const checked = await backend.dispatch('import:check', { uploadId: await uploadFile(backend, 'backup.zip', many) });
      expect(checked).toMatchObject({ ok: false, error: { issues: [{ message: 'v.zipTooManyEntries', received: '3' }] } });
      expect(snapshotFolder(seed.dir)).toEqual(before);
    } finally {
      limits.entries = entries;
    }
  });

  it('refuses an upload whose chunks come out of order or run past the announced size', async () => {
    const backend = await backendOn(tempDir(), later);
    const { uploadId } = await backend.call('uploads:begin', { fileName: 'b.zip', bytes: 10 });
    expect(await backend.dispatch('uploads:chunk', { uploadId, offset: 5, data: Buffer.from('hello').toString('base64') })).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(await backend.dispatch('uploads:chunk', { uploadId, offset: 0, data: Buffer.from('hello world!').toString('base64') })).toMatchObject({ ok: false, error: { code: 'rejected' } });
    await backend.call('uploads:chunk', { uploadId, offset: 0, data: Buffer.from('hello').toString('base64') });
    expect(await backend.dispatch('import:check', { uploadId })).toMatchObject({ ok: false, error: { code: 'rejected', message: /has not arrived in full \(5 of 10 bytes\)/ } });
    expect(await backend.dispatch('uploads:begin', { fileName: 'huge.zip', bytes: 9 * 1024 ** 3 })).toMatchObject({ ok: false, error: { issues: [{ message: 'v.uploadTooLarge' }] } });
  });
});
