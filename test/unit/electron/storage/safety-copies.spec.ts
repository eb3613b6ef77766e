import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AutomergeRepository } from '../../../../electron/storage/plan/automerge-repository';
import { readSafetyCopy } from '../../../../electron/storage/safety-copies';
import { backendOn } from '../../../support/backend';
import { planFile } from '../../../support/plan-on-disk';
import { tempDir } from '../../../support/temp-dir';

const day = (n: number) => () => new Date(Date.UTC(2026, 10, n, 10));
const open = (dir: string, now = day(25)) => AutomergeRepository.open({ dir, now, locale: 'fi-FI' });

async function folderWith(titles: Record<string, string>): Promise<string> {
  const dir = tempDir();
  const backend = await backendOn(dir, day(25));
  await backend.call('association:update', { name: `Yhdistys ${Object.values(titles)[0]}` });
  for (const [date, title] of Object.entries(titles)) await backend.call('posts:create', { title, date });
  return dir;
}

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

  it('hold the plan as another laptop reads it, in the portable JSON layout', async () => {
    const dir = await folderWith({ '2026-03-01': 'Vanha maaliskuu' });
    const copy = await (await open(dir)).backup('before-import-2026-11-25T10-00-00-000Z');
    for (const file of ['somevuoro.json', 'posts/2026-03.json']) expect(JSON.parse(fs.readFileSync(path.join(copy, file), 'utf8'))).toEqual(await planFile(dir, file));
    expect(readSafetyCopy(copy).posts).toMatchObject([{ title: 'Vanha maaliskuu' }]);
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
    // A brand-new plan has nothing to copy; opening and reading takes nothing.
    expect(automatic()).toEqual([]);
    const before = await planFile(dir, 'posts/2026-03.json');
    await (await open(dir)).allPosts();
    expect(automatic()).toEqual([]);

    // The change does not wait for the copy: it is written in the background from hard links
    // to the chunk files taken just before the change, so it holds the plan as it was then,
    // even when it is read only after the change is on disk (held back here until then).
    let changed = () => {};
    const changeDone = new Promise<void>((resolve) => (changed = resolve));
    const openPlan = AutomergeRepository.open.bind(AutomergeRepository);
    vi.spyOn(AutomergeRepository, 'open').mockImplementation(async (options) => {
      if (options.dir.endsWith('.reader')) await changeDone;
      return openPlan(options);
    });
    await (await backendOn(dir, day(25))).call('posts:create', { title: 'Uusi', date: '2026-03-02' });
    expect(automatic()).toEqual([]);
    changed();
    await vi.waitFor(() => expect(automatic()).toEqual(['auto-2026-11-25T10-00-00-000Z']), { timeout: 20_000 });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'backups', automatic()[0], 'posts', '2026-03.json'), 'utf8'))).toEqual(before);
    await (await backendOn(dir, day(25))).call('posts:create', { title: 'Toinen', date: '2026-03-03' });
    const backend = await backendOn(dir, day(26));
    await backend.call('posts:create', { title: 'Kolmas', date: '2026-03-04' });
    await backend.call('posts:create', { title: 'Neljäs', date: '2026-03-05' });
    await backend.repo.close();
    expect(automatic()).toEqual(['auto-2026-11-25T10-00-00-000Z', 'auto-2026-11-26T10-00-00-000Z']);
    // Nothing of the links is left.
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((name) => name.startsWith('.'))).toEqual([]);
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
