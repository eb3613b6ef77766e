import ICAL from 'ical.js';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredFile } from '../../../../../shared/api/export-contract';
import type { FileSource } from '../../../../../electron/services/export/file-host';
import { storedFilePath } from '../../../../../electron/storage/transfer-folders';
import { openBackend } from '../../../../../electron/api/handlers';
import { backendOn } from '../../../../support/backend';
import { seedExportFolder } from '../../../../support/export-seed';
import { tempDir } from '../../../../support/temp-dir';

const march = { from: '2026-03-01', to: '2026-04-30', channelIds: [], statuses: [], volunteerIds: [], includePosts: true, includeDuties: true };
const later = () => new Date('2026-03-05T10:00:00Z');

describe('export service', () => {
  it('applies one selection to every format: filters by channel, status and person, duties optional', async () => {
    const dir = tempDir();
    const { channels } = await seedExportFolder(dir);
    const backend = await backendOn(dir, later);
    expect(await backend.call('export:count', march)).toEqual({ posts: 2, duties: 2 });
    expect(await backend.call('export:count', { ...march, channelIds: [channels.ig.id] })).toEqual({ posts: 1, duties: 2 });
    expect(await backend.call('export:count', { ...march, statuses: ['draft'], includeDuties: false })).toEqual({ posts: 1, duties: 0 });
    expect(await backend.call('export:count', { ...march, volunteerIds: ['anna'] })).toEqual({ posts: 1, duties: 1 });

    const ics = await backend.call('export:create', { format: 'ics', selection: { ...march, channelIds: [channels.ig.id] } });
    const events = new ICAL.Component(ICAL.parse(ics.content)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e).summary);
    expect(events).toEqual(['Kevättalkoot (Instagram)', 'Kuvaus: Bo Åström', 'Vastauspäivystys: Anna Äijälä']);
    expect(ics).toMatchObject({ fileName: 'kyla-ry-2026-03-01_2026-04-30.ics', mimeType: 'text/calendar; charset=utf-8', encoding: 'utf8' });

    const html = await backend.call('export:create', { format: 'html', selection: march, language: 'sv' });
    expect(html.content).toContain('<html lang="sv">');
    expect(html.content).toContain('Schema för sociala medier');
    expect(html.content).not.toMatch(/<script|<link|src=|https?:\/\/(?!kyla)/i);
    expect(html.bytes).toBe(Buffer.byteLength(html.content));
  });

  it('names a per-volunteer duty calendar after the volunteer, and a backup after the day', async () => {
    const dir = tempDir();
    await seedExportFolder(dir);
    const backend = await backendOn(dir, later);
    const duty = await backend.call('export:create', { format: 'ics', selection: { ...march, includePosts: false, volunteerIds: ['anna'] } });
    expect(duty.fileName).toBe('kyla-ry-anna-aijala-2026-03-01_2026-04-30.ics');
    expect((await backend.call('export:backup', {})).fileName).toBe('somevuoro-backup-kyla-ry-2026-03-05.zip');
  });

  it('says clearly when this host cannot make a PDF, and passes the schedule to one that can', async () => {
    const dir = tempDir();
    await seedExportFolder(dir);
    expect(await (await backendOn(dir, later)).dispatch('export:create', { format: 'pdf', selection: march })).toMatchObject({ ok: false, error: { code: 'rejected', message: /cannot make PDF files/ } });

    const printed: string[] = [];
    const withPdf = await openBackend({ dataDir: dir, clock: later, locale: 'fi-FI', pdf: async (html) => (printed.push(html), new TextEncoder().encode('%PDF-1.7 fake')) });
    const result = await withPdf.dispatch('export:create', { format: 'pdf', selection: march });
    expect(result).toMatchObject({ ok: true, value: { encoding: 'base64', mimeType: 'application/pdf', fileName: 'kyla-ry-2026-03-01_2026-04-30.pdf', bytes: 13 } });
    expect(result.ok && Buffer.from((result.value as { content: string }).content, 'base64').toString()).toBe('%PDF-1.7 fake');
    expect(printed[0]).toContain('Somejulkaisujen aikataulu');
  });

  it('answers "download" for saving where there is no save dialog, and reveals nothing it did not save', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir, later);
    expect(await backend.call('files:save', { fileName: 'a.ics', mimeType: 'text/calendar', encoding: 'utf8', content: 'x', bytes: 1 })).toEqual({ outcome: 'download' });
    expect(await backend.call('files:reveal', { path: '/etc/passwd' })).toEqual({ shown: false });
  });

  it('keeps a backup zip in .tmp/exports/ only until it is saved, and names only files it made', async () => {
    const dir = tempDir();
    await seedExportFolder(dir);
    const saved: string[] = [];
    const host = { save: async (_file: unknown, source: FileSource) => (saved.push('path' in source ? fs.readFileSync(source.path, 'latin1').slice(0, 2) : ''), { outcome: 'saved' as const, path: '/x.zip' }), reveal: () => {} };
    const backend = await openBackend({ dataDir: dir, clock: later, locale: 'fi-FI', fileHost: host });
    const made = await backend.dispatch('export:backup', {});
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const file = made.value as StoredFile;
    expect(fs.readdirSync(path.join(dir, '.tmp', 'exports'))).toEqual([file.fileId]);
    expect(await backend.dispatch('files:save', file)).toEqual({ ok: true, value: { outcome: 'saved', path: '/x.zip' } });
    expect(saved).toEqual(['PK']);
    expect(fs.readdirSync(path.join(dir, '.tmp', 'exports'))).toEqual([]);
    expect(await backend.dispatch('files:save', file)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await backend.dispatch('files:save', { ...file, fileId: '../somevuoro.json' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // The bridge and the CLI find a backup by id the same way: only names main gives out.
    expect(fs.existsSync(path.join(dir, '.tmp', 'exports', '..', '..', 'plan', 'plan.json'))).toBe(true);
    expect(storedFilePath(dir, '../../plan/plan.json')).toBeNull();
  });

  it('clears backups and uploads an earlier session left behind when the folder opens, and nothing else in .tmp/', async () => {
    const dir = tempDir();
    await seedExportFolder(dir);
    const backend = await backendOn(dir, later);
    await backend.call('export:backup', {});
    await backend.call('uploads:begin', { fileName: 'b.zip', bytes: 10 });
    fs.writeFileSync(path.join(dir, '.tmp', 'other-work'), 'x');
    await backendOn(dir, later);
    expect(fs.readdirSync(path.join(dir, '.tmp'))).toEqual(['other-work']);
  });
});
