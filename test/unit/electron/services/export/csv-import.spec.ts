import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { TestBackend } from '../../../../support/backend';
import { backendOn } from '../../../../support/backend';
import { uploadFile } from '../../../../support/backup-files';
import { seedExportFolder } from '../../../../support/export-seed';
import { tempDir } from '../../../../support/temp-dir';

const everything = { from: '2026-01-01', to: '2026-12-31', channelIds: [], statuses: [], volunteerIds: [], includePosts: true, includeDuties: true };
const later = () => new Date('2026-03-05T10:00:00Z');

/** Edits a cell as a person would in a spreadsheet program: parse, change, write back. */
function editCell(csv: string, separator: string, match: (row: Record<string, string>) => boolean, column: string, value: string): string {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, delimiter: separator, skipEmptyLines: true });
  for (const row of parsed.data) if (match(row)) row[column] = value;
  return `\uFEFF${Papa.unparse(parsed.data, { delimiter: separator, newline: '\r\n' })}\r\n`;
}

const checkCsv = async (backend: TestBackend, csv: string) => backend.call('import:check', { uploadId: await uploadFile(backend, 'plan.csv', Buffer.from(csv)) });

describe('importing a spreadsheet back into posts', () => {
  for (const csvSeparator of [';', ','] as const) {
    it(`finds nothing to change in the app’s own export ("${csvSeparator}"), skipping the duty rows`, async () => {
      const dir = tempDir();
      await seedExportFolder(dir);
      const backend = await backendOn(dir, later);
      const csv = (await backend.call('export:create', { format: 'csv', selection: everything, csvSeparator })).content;
      const summary = await checkCsv(backend, csv);
      expect(summary).toMatchObject({ source: 'csv', skippedRows: 2, modes: ['merge'] });
      expect(summary.counts.posts).toEqual({ new: 0, updated: 0, unchanged: 2, conflicting: 0, onlyHere: 1 });
    });
  }

  it('updates a post edited in Excel and adds a row typed in by hand, on disk', async () => {
    const dir = tempDir();
    const { posts } = await seedExportFolder(dir);
    const backend = await backendOn(dir, later);
    const csv = (await backend.call('export:create', { format: 'csv', selection: everything, language: 'en', csvSeparator: ',' })).content;
    let edited = editCell(csv, ',', (row) => row.Id === posts.kokous.id, 'Text', 'Kokous 10.3. klo 18.30;\nkahvia "tarjolla"');
    edited += 'Post,12/5/2026,2026-05-12,10.00,Kesäkausi alkaa,Instagram,Draft,Event,Tervetuloa!,,,Anna Äijälä,"kesä, kausi",yes,,,,,\r\n';
    const summary = await checkCsv(backend, edited);
    expect(summary.counts.posts).toEqual({ new: 1, updated: 1, unchanged: 1, conflicting: 0, onlyHere: 1 });

    await backend.call('import:apply', { uploadId: await uploadFile(backend, 'plan.csv', Buffer.from(edited)), mode: 'merge', conflicts: 'keep' });
    const reopened = await backendOn(dir, later);
    expect(await reopened.repo.findPost(posts.kokous.id)).toMatchObject({ text: 'Kokous 10.3. klo 18.30;\nkahvia "tarjolla"', updatedAt: '2026-03-05T10:00:00.000Z', authorId: 'bo' });
    const added = (await reopened.repo.allPosts()).find((post) => post.title === 'Kesäkausi alkaa');
    expect(added).toMatchObject({ date: '2026-05-12', time: '10:00', status: 'draft', contentType: 'event', responderId: 'anna', tags: ['kesä', 'kausi'], marketing: true, channelIds: [reopened.repo.main().channels[1].id] });
    // Checklist state that a spreadsheet does not carry is kept.
    expect((await reopened.repo.findPost(posts.talkoot.id))?.approval).toMatchObject({ by: 'Bo Åström' });
  });

  it('calls a post changed in the app since the sheet was made a conflict', async () => {
    const dir = tempDir();
    const { posts } = await seedExportFolder(dir);
    const csv = (await (await backendOn(dir, later)).call('export:create', { format: 'csv', selection: everything })).content;
    await (await backendOn(dir, () => new Date('2026-03-06T10:00:00Z'))).call('posts:update', { id: posts.kokous.id, changes: { status: 'in-review' } });
    const edited = editCell(csv, ';', (row) => row.Tunniste === posts.kokous.id, 'Otsikko', 'Kokouskutsu!');
    const summary = await checkCsv(await backendOn(dir, later), edited);
    expect(summary.counts.posts.conflicting).toBe(1);
    expect(summary.conflicts).toEqual([{ kind: 'posts', id: posts.kokous.id, label: 'Kokouskutsu!' }]);
  });

  it('refuses to replace everything with a spreadsheet', async () => {
    const dir = tempDir();
    await seedExportFolder(dir);
    const backend = await backendOn(dir, later);
    const csv = (await backend.call('export:create', { format: 'csv', selection: everything })).content;
    const result = await backend.dispatch('import:apply', { uploadId: await uploadFile(backend, 'plan.csv', Buffer.from(csv)), mode: 'replace', conflicts: 'keep' });
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected', message: /only be merged/ } });
  });
});
