import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../../../shared/api/contract-kit';
import { backendOn } from '../../../../support/backend';
import { exportBackup, uploadFile, zipEntries } from '../../../../support/backup-files';
import { seedExportFolder } from '../../../../support/export-seed';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';

/*
 * A URL carrying CR/LF passed validation (new URL drops them) and went raw into the
 * .ics. Now every way in refuses it and changes nothing: the API, a JSON backup and
 * a spreadsheet.
 */

const everything = { from: '2026-01-01', to: '2026-12-31', channelIds: [], statuses: [], volunteerIds: [], includePosts: true, includeDuties: true };
const later = () => new Date('2026-03-05T10:00:00Z');
const injected = 'https://example.fi/tapahtuma\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5M\r\nEND:VALARM';

function refusal(result: ApiResult<unknown>) {
  if (result.ok) throw new Error('accepted');
  return result.error;
}

/** The issue messages of a refused import. */
function refusedIssues(result: ApiResult<unknown>): string[] {
  return refusal(result).issues.map((issue) => issue.message);
}

describe('a URL with a control character is refused everywhere and changes nothing', () => {
  it('through the API: a post, a channel and the association', async () => {
    const dir = tempDir();
    const { backend, posts, channels } = await seedExportFolder(dir);
    const before = snapshotFolder(dir);
    const attempts = [
      backend.dispatch('posts:create', { title: 'Kutsu', publishedUrl: injected }),
      backend.dispatch('posts:update', { id: posts.kokous.id, changes: { publishedUrl: 'https://example.fi/\u2028x' } }),
      backend.dispatch('channels:update', { id: channels.fb.id, changes: { url: 'https://facebook.com/kyla\nX' } }),
      backend.dispatch('association:update', { website: 'https://kyla.example.fi/\u0085' }),
    ];
    for (const result of await Promise.all(attempts)) {
      const error = refusal(result);
      expect(error.code).toBe('invalid-input');
      expect(error.issues.map((issue) => issue.message)).toContain('v.urlControlCharacter');
      expect(error.message).toContain('An address cannot contain line breaks or other control characters.');
    }
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('in a JSON backup: check and apply both refuse, the folder keeps every byte', async () => {
    const source = tempDir();
    const { posts } = await seedExportFolder(source);
    const zip = await zipEntries((await exportBackup(await backendOn(source, later))).path);
    const backup = JSON.parse(zip.get('backup.json')?.bytes.toString('utf8') ?? '{}');
    backup.data.posts.find((post: { id: string }) => post.id === posts.kokous.id).publishedUrl = injected;
    const content = Buffer.from(JSON.stringify(backup));

    const target = tempDir();
    const { backend } = await seedExportFolder(target);
    const before = snapshotFolder(target);
    expect(refusedIssues(await backend.dispatch('import:check', { uploadId: await uploadFile(backend, 'varmuuskopio.json', content) }))).toContain('v.urlControlCharacter');
    for (const mode of ['replace', 'merge'] as const) {
      const uploadId = await uploadFile(backend, 'varmuuskopio.json', content);
      expect(refusedIssues(await backend.dispatch('import:apply', { uploadId, mode, conflicts: 'overwrite' }))).toContain('v.urlControlCharacter');
    }
    expect(snapshotFolder(target)).toEqual(before);
  });

  it('in a spreadsheet: the import refuses the row, the folder keeps every byte', async () => {
    const dir = tempDir();
    const { backend } = await seedExportFolder(dir);
    const csv = (await backend.call('export:create', { format: 'csv', selection: everything, language: 'en', csvSeparator: ',' })).content;
    const row = `Post,12/5/2026,2026-05-12,10.00,Kesä,Instagram,Draft,Event,Teksti,,,,,,,"${injected}",,,\r\n`;
    const content = Buffer.from(csv + row);
    const before = snapshotFolder(dir);
    expect(refusedIssues(await backend.dispatch('import:check', { uploadId: await uploadFile(backend, 'plan.csv', content) }))).toContain('v.urlControlCharacter');
    const uploadId = await uploadFile(backend, 'plan.csv', content);
    expect(refusedIssues(await backend.dispatch('import:apply', { uploadId, mode: 'merge', conflicts: 'keep' }))).toContain('v.urlControlCharacter');
    expect(snapshotFolder(dir)).toEqual(before);
  });
});
