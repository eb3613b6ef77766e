import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { confDocumentFiles } from '../../../../electron/storage/document-file';
import { Repository } from '../../../../electron/storage/repository';
import type { FolderData } from '../../../../shared/backup/folder-data';
import { backendOn } from '../../../support/backend';
import { tempDir } from '../../../support/temp-dir';

const day = (n: number) => () => new Date(Date.UTC(2026, 10, n, 10));
const open = (dir: string, now = day(25)) => Repository.open({ dir, files: confDocumentFiles(dir), now, locale: 'fi-FI' });

async function folderWith(titles: Record<string, string>): Promise<string> {
  const dir = tempDir();
  const backend = await backendOn(dir, day(25));
  await backend.call('association:update', { name: `Yhdistys ${Object.values(titles)[0]}` });
  for (const [date, title] of Object.entries(titles)) await backend.call('posts:create', { title, date });
  return dir;
}

/** Data for the old folder to take: another association with posts in other months. */
async function otherData(): Promise<FolderData> {
  return await (await open(await folderWith({ '2027-01-10': 'Uusi tammikuu', '2027-02-10': 'Uusi helmikuu' }))).snapshot();
}

const titles = async (repo: Repository) => (await repo.allPosts()).map((post) => post.title);
const files = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).filter((name) => !name.startsWith('backups')).sort();

/** Fails the `n`th fs.renameSync from now on, as a kill at that moment would leave things. */
function interruptAtRename(n: number) {
  const rename = fs.renameSync;
  let count = 0;
  vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
    if (++count === n) throw new Error('killed');
    rename(from, to);
  });
}
afterEach(() => vi.restoreAllMocks());

describe('replacing the whole folder (import, restore)', () => {
  it('writes exactly the new data and removes months it does not have', async () => {
    const dir = await folderWith({ '2026-03-01': 'Vanha maaliskuu', '2026-04-01': 'Vanha huhtikuu' });
    const next = await otherData();
    await (await open(dir)).replaceContents(next);
    const reopened = await open(dir);
    expect(await reopened.snapshot()).toEqual(next);
    expect(fs.readdirSync(path.join(dir, 'posts')).sort()).toEqual(['2027-01.json', '2027-02.json']);
    expect(reopened.problems).toEqual([]);
  });

  it('switches nothing in when a staged file does not read back as written', async () => {
    const dir = await folderWith({ '2026-03-01': 'Vanha maaliskuu' });
    const before = await (await open(dir)).snapshot();
    const next = await otherData();
    const repo = await open(dir);
    const read = fs.readFileSync;
    vi.spyOn(fs, 'readFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, options?: BufferEncoding) =>
      String(file).includes('.import-staging') && String(file).endsWith('somevuoro.json') ? '{"schemaVersion":1}' : read(file, options)) as typeof fs.readFileSync);
    await expect(repo.replaceContents(next)).rejects.toThrow(/does not read back/);
    vi.restoreAllMocks();
    expect(fs.existsSync(path.join(dir, 'somevuoro.import-journal'))).toBe(false);
    expect(fs.existsSync(path.join(dir, '.import-staging'))).toBe(false);
    expect(await (await open(dir)).snapshot()).toEqual(before);
  });

  it('finishes an import killed while switching the files in, and says so', async () => {
    const dir = await folderWith({ '2026-03-01': 'Vanha maaliskuu', '2026-04-01': 'Vanha huhtikuu' });
    const next = await otherData();
    const repo = await open(dir);
    // Rename 1 puts the journal in place; rename 3 is the second document.
    interruptAtRename(3);
    await expect(repo.replaceContents(next)).rejects.toThrow(/killed/);
    vi.restoreAllMocks();
    expect(fs.existsSync(path.join(dir, 'somevuoro.import-journal'))).toBe(true);

    const reopened = await open(dir);
    expect(await reopened.snapshot()).toEqual(next);
    expect(reopened.problems).toEqual([expect.objectContaining({ kind: 'import-finished' })]);
    expect(files(dir)).not.toContain('.import-staging');
    expect(files(dir)).not.toContain('somevuoro.import-journal');
  });

  it('undoes an import killed before its data was ready, and says so', async () => {
    const dir = await folderWith({ '2026-03-01': 'Vanha maaliskuu' });
    const before = await (await open(dir)).snapshot();
    const next = await otherData();
    const repo = await open(dir);
    interruptAtRename(1);
    await expect(repo.replaceContents(next)).rejects.toThrow(/killed/);
    vi.restoreAllMocks();
    expect(fs.existsSync(path.join(dir, '.import-staging'))).toBe(true);

    const reopened = await open(dir);
    expect(await reopened.snapshot()).toEqual(before);
    expect(await titles(reopened)).toEqual(['Vanha maaliskuu']);
    expect(reopened.problems).toEqual([expect.objectContaining({ kind: 'import-rolled-back' })]);
    expect(files(dir)).not.toContain('.import-staging');
  });
});

describe('safety copies', () => {
  it('are complete or absent: a copy interrupted before its rename is not in backups/, and is cleared on open', async () => {
    const dir = await folderWith({ '2026-03-01': 'Vanha maaliskuu' });
    const repo = await open(dir);
    interruptAtRename(1);
    await expect(repo.backup('before-import-2026-11-25T10-00-00-000Z')).rejects.toThrow(/killed/);
    vi.restoreAllMocks();
    expect(fs.existsSync(path.join(dir, 'backups', 'before-import-2026-11-25T10-00-00-000Z'))).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toContain('.partial-before-import-2026-11-25T10-00-00-000Z');
    await open(dir);
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('keep the folder’s layout, byte for byte', async () => {
    const dir = await folderWith({ '2026-03-01': 'Vanha maaliskuu' });
    const copy = await (await open(dir)).backup('before-import-2026-11-25T10-00-00-000Z');
    for (const file of ['somevuoro.json', 'posts/2026-03.json']) expect(fs.readFileSync(path.join(copy, file), 'utf8')).toBe(fs.readFileSync(path.join(dir, file), 'utf8'));
  });

  it('keep the last 10 taken before an import; a clash of names gets its own folder', async () => {
    const dir = await folderWith({ '2026-03-01': 'Vanha maaliskuu' });
    const repo = await open(dir);
    for (let n = 1; n <= 12; n++) await repo.backup(`before-import-2026-11-${String(n).padStart(2, '0')}T10-00-00-000Z`);
    expect(path.basename(await repo.backup('before-import-2026-11-12T10-00-00-000Z'))).toBe('before-import-2026-11-12T10-00-00-000Z-2');
    const imports = fs.readdirSync(path.join(dir, 'backups')).filter((name) => name.startsWith('before-import')).sort();
    expect(imports).toHaveLength(10);
    expect(imports[0]).toBe('before-import-2026-11-04T10-00-00-000Z');
  });

  it('are taken automatically before the first change of each day, not when the folder is only read', async () => {
    const dir = await folderWith({ '2026-03-01': 'Vanha maaliskuu' });
    const automatic = () => (fs.existsSync(path.join(dir, 'backups')) ? fs.readdirSync(path.join(dir, 'backups')).filter((name) => name.startsWith('auto-')).sort() : []);
    // A brand-new folder has nothing to copy; opening and reading takes nothing.
    expect(automatic()).toEqual([]);
    const before = fs.readFileSync(path.join(dir, 'posts', '2026-03.json'), 'utf8');
    await (await open(dir)).allPosts();
    expect(automatic()).toEqual([]);

    await (await backendOn(dir, day(25))).call('posts:create', { title: 'Uusi', date: '2026-03-02' });
    expect(automatic()).toEqual(['auto-2026-11-25T10-00-00-000Z']);
    expect(fs.readFileSync(path.join(dir, 'backups', automatic()[0], 'posts', '2026-03.json'), 'utf8')).toBe(before);
    await (await backendOn(dir, day(25))).call('posts:create', { title: 'Toinen', date: '2026-03-03' });
    const backend = await backendOn(dir, day(26));
    await backend.call('posts:create', { title: 'Kolmas', date: '2026-03-04' });
    await backend.call('posts:create', { title: 'Neljäs', date: '2026-03-05' });
    expect(automatic()).toEqual(['auto-2026-11-25T10-00-00-000Z', 'auto-2026-11-26T10-00-00-000Z']);
  });
});

describe('leftovers of interrupted writes', () => {
  it('are deleted when the folder opens; anything else stays', async () => {
    const dir = await folderWith({ '2026-03-01': 'Vanha maaliskuu' });
    const leftovers = ['somevuoro.json.tmp-1764669999abcdef', 'posts/2026-03.json.tmp-17646699990f0f0f', 'somevuoro.import-journal.4242.tmp', 'media/abc.png.4242.tmp'];
    const kept = ['notes.txt', 'media/abc.png', 'posts/2026-03.json'];
    for (const file of [...leftovers, ...kept]) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      if (!fs.existsSync(path.join(dir, file))) fs.writeFileSync(path.join(dir, file), 'x');
    }
    await open(dir);
    for (const file of leftovers) expect(fs.existsSync(path.join(dir, file)), file).toBe(false);
    for (const file of kept) expect(fs.existsSync(path.join(dir, file)), file).toBe(true);
  });
});
