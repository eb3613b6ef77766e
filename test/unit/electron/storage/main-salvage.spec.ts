import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confDocumentFiles } from '../../../../electron/storage/document-file';
import { Repository } from '../../../../electron/storage/repository';
import { defaultTemplates } from '../../../../shared/checklist/default-templates';
import { localDate } from '../../../../shared/domain/local-time';
import { newPost } from '../../../../shared/domain/post';
import { channels, duties, volunteers } from '../../../support/export-fixture';
import { snapshotFolder, tempDir } from '../../../support/temp-dir';

const now = () => new Date('2026-11-25T10:00:00Z');
const open = (dir: string) => Repository.open({ dir, files: confDocumentFiles(dir), now, locale: 'fi-FI' });
const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const mainFile = (dir: string) => path.join(dir, 'somevuoro.json');

/** A folder with an association, three channels, Anna and Bo, three duties, templates and settings. */
async function association(dir: string): Promise<void> {
  await (await open(dir)).updateMain((main) => ({
    ...main,
    association: { ...main.association, name: 'Kylä ry', email: 'hallitus@kyla.example.fi' },
    channels,
    volunteers,
    duties,
    checklistTemplates: defaultTemplates('fi').slice(0, 2),
    settings: { ...main.settings, language: 'sv', userName: 'Anna' },
    channelChecks: { fb: { 'about-contact': { by: 'Anna', at: '2026-11-20T10:00:00.000Z' } } },
  }));
}

/** Bo's e-mail address is damaged on disk (as a hand edit or a bad sync would leave it). */
function damageBo(dir: string): string {
  const doc = readJson(mainFile(dir));
  doc.volunteers[1].email = 'bo at kyla';
  const text = JSON.stringify(doc, null, '\t');
  fs.writeFileSync(mainFile(dir), text);
  return text;
}

function safetyCopy(dir: string, label: string, change: (doc: { volunteers: { name: string }[] }) => void, mtime: Date): void {
  const doc = readJson(mainFile(dir));
  change(doc);
  fs.mkdirSync(path.join(dir, 'backups', label), { recursive: true });
  fs.writeFileSync(path.join(dir, 'backups', label, 'somevuoro.json'), JSON.stringify(doc));
  fs.utimesSync(path.join(dir, 'backups', label, 'somevuoro.json'), mtime, mtime);
}

describe('a main document with one bad field', () => {
  it('keeps every other record, leaves out the bad volunteer and the duty naming them, and keeps the damaged file in corrupt/', async () => {
    const dir = tempDir();
    await association(dir);
    const damaged = damageBo(dir);

    const repo = await open(dir);
    const main = repo.main();
    expect(main.association).toMatchObject({ name: 'Kylä ry', email: 'hallitus@kyla.example.fi' });
    expect(main.channels).toEqual(channels);
    expect(main.volunteers.map((v) => v.name)).toEqual(['Anna Äijälä']);
    expect(main.duties.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(main.checklistTemplates).toEqual(defaultTemplates('fi').slice(0, 2));
    expect(main.settings).toMatchObject({ language: 'sv', userName: 'Anna' });
    expect(main.channelChecks).toEqual({ fb: { 'about-contact': { by: 'Anna', at: '2026-11-20T10:00:00.000Z' } } });

    expect(repo.problems).toEqual([expect.objectContaining({ file: 'somevuoro.json', kind: 'invalid', dropped: 2, movedTo: expect.stringMatching(/^corrupt\/somevuoro\..*\.json$/) })]);
    expect(repo.problems[0].restoredFrom).toBeUndefined();
    expect(fs.readFileSync(path.join(dir, repo.problems[0].movedTo ?? ''), 'utf8')).toBe(damaged);
    // What was kept is written back, so the next start finds a sound document and says nothing.
    expect(readJson(mainFile(dir)).volunteers.map((v: { name: string }) => v.name)).toEqual(['Anna Äijälä']);
    expect((await open(dir)).problems).toEqual([]);
  });

  it('takes the lost volunteer from the newest safety copy in backups/, so nothing is lost', async () => {
    const dir = tempDir();
    await association(dir);
    safetyCopy(dir, 'before-import-2026-10-01T08-00-00-000Z', (doc) => (doc.volunteers[1].name = 'Bo (October)'), new Date('2026-10-01T08:00:00Z'));
    safetyCopy(dir, 'before-import-2026-11-24T08-00-00-000Z', () => {}, new Date('2026-11-24T08:00:00Z'));
    damageBo(dir);

    const repo = await open(dir);
    expect(repo.main().volunteers).toEqual(volunteers);
    expect(repo.main().duties).toEqual(duties);
    expect(repo.problems).toEqual([
      expect.objectContaining({ kind: 'invalid', dropped: 0, restored: 1, restoredFrom: 'backups/before-import-2026-11-24T08-00-00-000Z', movedTo: expect.stringMatching(/^corrupt\//) }),
    ]);
    expect(readJson(mainFile(dir)).volunteers[1]).toEqual(volunteers[1]);
  });

  it('rebuilds a main document that is not JSON at all from the safety copy, moving the damaged file aside', async () => {
    const dir = tempDir();
    await association(dir);
    safetyCopy(dir, 'before-import-2026-11-24T08-00-00-000Z', () => {}, new Date('2026-11-24T08:00:00Z'));
    const expected = (await open(dir)).main();
    fs.writeFileSync(mainFile(dir), '{"schemaVersion": 1, "association": {');

    const repo = await open(dir);
    expect(repo.main()).toEqual(expected);
    expect(repo.problems).toEqual([expect.objectContaining({ kind: 'corrupt', restoredFrom: 'backups/before-import-2026-11-24T08-00-00-000Z' })]);
    expect(repo.problems[0].restored).toBeGreaterThan(5);
    expect(fs.readFileSync(path.join(dir, repo.problems[0].movedTo ?? ''), 'utf8')).toBe('{"schemaVersion": 1, "association": {');
  });
});

describe('documents written by a newer Somevuoro', () => {
  const newer = (dir: string, file: string) => {
    const doc = readJson(path.join(dir, file));
    fs.writeFileSync(path.join(dir, file), JSON.stringify({ ...doc, schemaVersion: 2, addedLater: true }, null, '\t'));
  };

  it('does not open a folder whose month of posts is newer, and changes nothing in it', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPost(newPost({ title: 'Talkoot', date: localDate('2026-03-30') }, 'p1', now().toISOString()));
    await repo.insertPost(newPost({ title: 'Kokous', date: localDate('2026-04-02') }, 'p2', now().toISOString()));
    newer(dir, 'posts/2026-03.json');
    const before = snapshotFolder(dir);
    await expect(open(dir)).rejects.toThrow('posts/2026-03.json in this data was written by a newer Somevuoro (schema version 2');
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('does not open a folder whose trash is newer, and changes nothing in it', async () => {
    const dir = tempDir();
    const repo = await open(dir);
    await repo.insertPost(newPost({ title: 'Talkoot', date: localDate('2026-03-30') }, 'p1', now().toISOString()));
    await repo.trashPost('p1');
    newer(dir, 'trash.json');
    const before = snapshotFolder(dir);
    await expect(open(dir)).rejects.toThrow(/trash\.json in this data was written by a newer Somevuoro/);
    expect(snapshotFolder(dir)).toEqual(before);
  });
});
