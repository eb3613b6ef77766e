import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../../../../shared/domain/local-time';
import type { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import type { TestBackend } from '../../../../support/backend';
import { closeBackendsOn } from '../../../../support/backend';
import { backendsPerTest } from '../../../../support/backends-per-test';
import { carryNewFiles } from '../../../../support/folder-sync';
import { tempDir } from '../../../../support/temp-dir';

/*
 * Issue 14: a month's album checks read the plan-wide album-name index (cache/album-names.txt,
 * electron/storage/plan/album-names-index.ts), not two years of every post. The flag on a
 * January post whose album was already used in March of the year before depends on a post far
 * outside the month shown: it must stay right after an edit, after another laptop's change,
 * and when the index file is gone or damaged.
 */

const NOW = new Date('2026-06-10T09:00:00Z');
const JANUARY = { from: localDate('2027-01-01'), to: localDate('2027-01-31') };
const ALBUM = '2027-01-16 Talvirieha';

const open = backendsPerTest(NOW);

/** What the user sees of the January post's album: the calendar's badge (is the item open?) and the editor's finding (which post has the album). */
async function albumFlag(backend: TestBackend, id: string) {
  const badge = (await backend.call('checklist:range', JANUARY)).find((entry) => entry.postId === id);
  const open = badge?.items.some((item) => item.rule === 'album-name') ?? false;
  const item = (await backend.call('checklist:post', { id })).items.find((candidate) => candidate.rule === 'album-name');
  const twin = item?.findings.find((finding) => finding.key === 'albumDuplicate')?.params ?? null;
  return { open, twin };
}

const indexFile = (dir: string) => path.join(dir, 'cache', 'album-names.txt');

describe('the album-name index', { timeout: 120_000 }, () => {
  it('keeps the flag of an album used in another year right after edits, another laptop’s change, and a lost or damaged index', async () => {
    const [dirA, dirB] = [tempDir(), tempDir()];
    const [planA, planB] = [path.join(tempDir(), 'plan'), path.join(tempDir(), 'plan')];
    const setUp = await open(dirA, planA);
    const channel = await setUp.call('channels:create', { kind: 'facebook-page', name: 'Facebook-sivu', url: '', goal: 'Näkyvyys', responsibleVolunteerId: null });
    const shown = await setUp.call('posts:create', { title: 'Talvirieha', date: localDate('2027-01-16'), contentType: 'event', channelIds: [channel.id], albumName: ALBUM });
    const far = await setUp.call('posts:create', { title: 'Kevään talkoot', date: localDate('2026-03-10'), contentType: 'event', channelIds: [channel.id], albumName: ALBUM });
    await closeBackendsOn(dirA);
    fs.cpSync(planA, planB, { recursive: true });
    const [anna, firstBen] = [await open(dirA, planA), await open(dirB, planB)];
    expect(await albumFlag(firstBen, shown.id)).toEqual({ open: true, twin: { title: 'Kevään talkoot', date: '2026-03-10' } });

    // Edits on this laptop to the post outside the month, and back (March is then held in memory).
    await firstBen.call('posts:update', { id: far.id, changes: { albumName: '2026-03-10 Kevään talkoot' } });
    expect(await albumFlag(firstBen, shown.id)).toEqual({ open: false, twin: null });
    await firstBen.call('posts:update', { id: far.id, changes: { albumName: ALBUM.toUpperCase() } });
    expect(await albumFlag(firstBen, shown.id)).toEqual({ open: true, twin: { title: 'Kevään talkoot', date: '2026-03-10' } });
    await closeBackendsOn(dirB);
    carryNewFiles(planB, planA);
    await (anna.repo as AutomergeRepository).takeOutsideChanges();

    // Reopened, March is known from the index only. Another laptop renames that album and uses the name again in May:
    // Ben learns both by the folder's merge alone.
    const ben = await open(dirB, planB);
    expect(await albumFlag(ben, shown.id)).toEqual({ open: true, twin: { title: 'Kevään talkoot', date: '2026-03-10' } });
    await anna.call('posts:update', { id: far.id, changes: { albumName: '2026-03-10 Kevään talkoot' } });
    carryNewFiles(planA, planB);
    await (ben.repo as AutomergeRepository).takeOutsideChanges();
    expect(await albumFlag(ben, shown.id)).toEqual({ open: false, twin: null });
    await anna.call('posts:create', { title: 'Toukokuun retki', date: localDate('2026-05-20'), channelIds: [channel.id], albumName: ALBUM });
    carryNewFiles(planA, planB);
    await (ben.repo as AutomergeRepository).takeOutsideChanges();
    expect(await albumFlag(ben, shown.id)).toEqual({ open: true, twin: { title: 'Toukokuun retki', date: '2026-05-20' } });
    await closeBackendsOn(dirB);
    expect(fs.existsSync(indexFile(dirB))).toBe(true);

    // Reopened with the index as left, without it, and with it damaged two ways: the same flag, and the index written again.
    const damages: [string, () => void][] = [
      ['as left', () => {}],
      ['deleted', () => fs.rmSync(indexFile(dirB))],
      ['cut short', () => fs.writeFileSync(indexFile(dirB), fs.readFileSync(indexFile(dirB), 'utf8').slice(0, 200))],
      ['not an index', () => fs.writeFileSync(indexFile(dirB), '{"version":1,"documents":{')],
      ['entries of the wrong shape', () => fs.writeFileSync(indexFile(dirB), fs.readFileSync(indexFile(dirB), 'utf8').replace(/\t.*/g, '\t{"chunks":"all","facts":[{"id":1}]}'))],
    ];
    for (const [name, damage] of damages) {
      damage();
      const reopened = await open(dirB, planB);
      expect(await albumFlag(reopened, shown.id), name).toEqual({ open: true, twin: { title: 'Toukokuun retki', date: '2026-05-20' } });
      await closeBackendsOn(dirB);
      expect(fs.readFileSync(indexFile(dirB), 'utf8'), name).toContain('"title":"Toukokuun retki"');
    }
  });

  it('answers a reopened month’s album checks from the index, without reading the other months’ facts', async () => {
    const dir = tempDir();
    const planDir = path.join(tempDir(), 'plan');
    const setUp = await open(dir, planDir);
    const shown = await setUp.call('posts:create', { title: 'Talvirieha', date: localDate('2027-01-16'), contentType: 'event', channelIds: [], albumName: ALBUM });
    await setUp.call('posts:create', { title: 'Kevään talkoot', date: localDate('2026-03-10'), contentType: 'event', channelIds: [], albumName: ALBUM });
    await setUp.call('posts:create', { title: 'Syysretki', date: localDate('2026-09-10'), contentType: 'event', channelIds: [], albumName: '2026-09-10 Syysretki' });
    expect(await albumFlag(setUp, shown.id)).toMatchObject({ open: true });
    await closeBackendsOn(dir);
    // The facts kept per month document are what reading the months around January would fill again.
    fs.rmSync(path.join(dir, 'cache', 'facts'), { recursive: true, force: true });
    const reopened = await open(dir, planDir);
    expect((await reopened.call('checklist:range', JANUARY)).find((entry) => entry.postId === shown.id)?.items.some((item) => item.rule === 'album-name')).toBe(true);
    await closeBackendsOn(dir);
    expect(fs.existsSync(path.join(dir, 'cache', 'facts'))).toBe(false);
  });
});
