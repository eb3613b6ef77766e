import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { exportBackup, uploadFile } from '../../../../support/backup-files';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';
import { planFile, planOnDisk } from '../../../../support/plan-on-disk';

const at = (hour: number) => () => new Date(`2026-11-25T${String(hour).padStart(2, '0')}:00:00Z`);

/** A folder that had "Ennen" and then took "Jälkeen" by a replace import (so backups/ has the copy from before). */
async function importedFolder() {
  const other = tempDir();
  const source = await backendOn(other, at(8));
  await source.call('association:update', { name: 'Jälkeen ry' });
  await source.call('posts:create', { title: 'Jälkeen', date: '2026-06-01' });
  const backup = fs.readFileSync((await exportBackup(source)).path);

  const dir = tempDir();
  const here = await backendOn(dir, at(9));
  await here.call('association:update', { name: 'Ennen ry' });
  await here.call('posts:create', { title: 'Ennen', date: '2026-03-01' });
  const importing = await backendOn(dir, at(10));
  await importing.call('import:apply', { uploadId: await uploadFile(importing, 'b.zip', backup), mode: 'replace', conflicts: 'keep' });
  return dir;
}

describe('the Backups list', () => {
  it('lists the safety copies newest first, with kind, time and size', async () => {
    const dir = await importedFolder();
    const tomorrow = await backendOn(dir, () => new Date('2026-11-26T07:00:00Z'));
    await tomorrow.call('association:update', { name: 'Huomenna ry' });
    // The daily copy is written once edits pause, at the latest when the plan closes.
    await tomorrow.repo.close();
    const list = await (await backendOn(dir, at(11))).call('backups:list', {});
    expect(list.map((copy) => [copy.kind, copy.takenAt])).toEqual([
      ['daily', '2026-11-26T07:00:00.000Z'],
      ['import', '2026-11-25T10:00:00.000Z'],
    ]);
    const copy = path.join(dir, 'backups', list[1].id);
    expect(fs.readdirSync(copy, { recursive: true }).map(String).sort()).toEqual(['posts', 'posts/2026-03.json', 'somevuoro.json', 'trash.json']);
    const size = ['somevuoro.json', 'posts/2026-03.json', 'trash.json'].reduce((sum, file) => sum + fs.statSync(path.join(copy, file)).size, 0);
    expect(list[1].size).toBe(size);
  });

  it('restores a copy: the data from before the import is back, and the data it replaced is kept as "before restore"', async () => {
    const dir = await importedFolder();
    const backend = await backendOn(dir, at(12));
    const [beforeImport] = await backend.call('backups:list', {});
    const { restored, keptAs } = await backend.call('backups:restore', { id: beforeImport.id });
    expect(restored.id).toBe(beforeImport.id);
    expect(keptAs).toMatchObject({ kind: 'restore', takenAt: '2026-11-25T12:00:00.000Z' });

    expect((await backend.repo.allPosts()).map((post) => post.title)).toEqual(['Ennen']);
    const reopened = await backendOn(dir, at(13));
    expect(reopened.repo.main().association.name).toBe('Ennen ry');
    expect((await reopened.repo.allPosts()).map((post) => post.title)).toEqual(['Ennen']);
    expect([...(await planOnDisk(dir)).keys()].filter((file) => file.startsWith('posts/'))).toEqual(['posts/2026-03.json']);
    const kept = JSON.parse(fs.readFileSync(path.join(dir, 'backups', keptAs.id, 'somevuoro.json'), 'utf8'));
    expect(kept.association.name).toBe('Jälkeen ry');
  });

  it('refuses a name that is not one of its copies, and changes nothing', async () => {
    const dir = await importedFolder();
    const backend = await backendOn(dir, at(12));
    fs.mkdirSync(path.join(dir, 'outside'));
    fs.writeFileSync(path.join(dir, 'outside', 'somevuoro.json'), JSON.stringify(await planFile(dir, 'somevuoro.json')));
    const before = snapshotFolder(dir);
    for (const id of ['../outside', 'outside', '../../etc', 'before-import-2020-01-01T00-00-00-000Z', 'before-import-2026-11-25T10-00-00-000Z/../../outside', '']) {
      const result = await backend.dispatch('backups:restore', { id });
      expect(result.ok, id).toBe(false);
      if (!result.ok) expect(['invalid-input', 'not-found']).toContain(result.error.code);
    }
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses a damaged copy before taking anything, and changes nothing', async () => {
    const dir = await importedFolder();
    const backend = await backendOn(dir, at(12));
    const [beforeImport] = await backend.call('backups:list', {});
    fs.writeFileSync(path.join(dir, 'backups', beforeImport.id, 'posts', '2026-03.json'), '{"schemaVersion":1,"posts":{"x":{"id":');
    const before = snapshotFolder(dir);
    const result = await backend.dispatch('backups:restore', { id: beforeImport.id });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('rejected');
    expect(snapshotFolder(dir)).toEqual(before);
  });
});
