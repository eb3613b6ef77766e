import { describe, expect, it } from 'vitest';
import { MAX_CSV_ROWS } from '../../../../../shared/backup/csv-import';
import { validationMessage } from '../../../../../shared/i18n/validation-messages';
import { backendOn } from '../../../../support/backend';
import { uploadFile } from '../../../../support/backup-files';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';

const header = 'Id,Title,Date (ISO),Time,Channel,Status,Text';

/** `count` rows of one post, one per (repeated) channel: the shape that made the grouping quadratic. */
function rowsOfOnePost(id: string, count: number): string {
  return [header, ...Array.from({ length: count }, () => `${id},Kevättalkoot,2026-03-28,09:00,Facebook,Draft,Tervetuloa`)].join('\n');
}

describe('a large spreadsheet', () => {
  it('60,000 rows of one post are read in seconds (linear grouping), as one post', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir);
    await backend.call('channels:create', { kind: 'facebook-page', name: 'Facebook', url: '', goal: '', responsibleVolunteerId: null });
    const post = await backend.call('posts:create', { title: 'Kevättalkoot', date: '2026-03-28', time: '09:00' });
    const content = rowsOfOnePost(post.id, 60_000);
    const uploadId = await uploadFile(backend, 'plan.csv', Buffer.from(content));
    const started = performance.now();
    const summary = await backend.call('import:check', { uploadId });
    const seconds = (performance.now() - started) / 1000;
    console.log(`csv import: 60,000 rows of one post checked in ${seconds.toFixed(2)} s`);
    // Linear grouping takes about a second; quadratic took minutes. 5 s failed at load 20 with nothing wrong.
    expect(seconds).toBeLessThan(20);
    // One post, whatever the merge then makes of it (same clock here, so it reads as changed on both sides).
    const { new: added, updated, conflicting } = summary.counts.posts;
    expect({ added, changed: updated + conflicting }).toEqual({ added: 0, changed: 1 });
  }, 30_000);

  it(`more than ${MAX_CSV_ROWS.toLocaleString('en')} rows are refused with the limit named, and nothing changes`, async () => {
    const dir = tempDir();
    const backend = await backendOn(dir);
    const before = snapshotFolder(dir);
    const content = [header, ...Array.from({ length: MAX_CSV_ROWS + 1 }, (_, index) => `,Idea ${index},,,,Idea,`)].join('\n');
    const result = await backend.dispatch('import:check', { uploadId: await uploadFile(backend, 'plan.csv', Buffer.from(content)) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ message: `v.csvTooManyRows?max=${MAX_CSV_ROWS}` }] } });
    if (!result.ok) expect(validationMessage(result.error.issues[0].message, 'en')).toBe('At most 100,000 rows can be imported at once; this file has more. Split it into smaller files.');
    expect(snapshotFolder(dir)).toEqual(before);
  }, 30_000);
});
