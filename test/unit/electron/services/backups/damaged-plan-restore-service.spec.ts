import fs from 'node:fs';
import path from 'node:path';
import type { StorageKey } from '@automerge/automerge-repo';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { damagedPlanDispatch, isDamagedPlan } from '../../../../../electron/api/damaged-plan';
import { openBackend } from '../../../../../electron/api/handlers';
import { DeviceStore } from '../../../../../electron/storage/device-store';
import { ChunkFiles } from '../../../../../electron/storage/plan/chunk-files';
import type { StorageError } from '../../../../../electron/storage/storage-error';
import type { ApiResult } from '../../../../../shared/api/contract-kit';
import type { OutputOf } from '../../../../../shared/api/contract';
import { safetyCopyLabel } from '../../../../../shared/backup/safety-copies';
import { backendOn, closeBackendsOn } from '../../../../support/backend';
import { filesOf, foreignDocument, planWithDamagedMain } from '../../../../support/damaged-plan';

/*
 * The damaged-plan screen's restore, through the dispatch main serves a damaged plan on: this
 * computer's safety copies are listed with whose plan and how many posts; one restored becomes a new
 * plan in the folder's place that opens with the copy's posts, the damaged folder kept whole beside
 * it. Every refusal (no such copy, an unreadable copy, a disk that fails, a payload that is not a
 * copy's name) leaves the plan folder, its parent and the copies as they were.
 */

const now = () => new Date('2026-11-25T12:00:00Z');
const copyLabel = safetyCopyLabel('import', new Date('2026-11-20T09:00:00Z'));

afterEach(() => {
  vi.restoreAllMocks();
});

/** "Kylä ry" with three posts, a safety copy of them, then a fourth post after it; its main document replaced by a foreign one. */
async function damagedPlanWithCopy() {
  const { dir, planDir } = await planWithDamagedMain(foreignDocument, undefined, async (backend) => {
    for (const [title, date] of [['Kevätmyyjäiset', '2026-04-11'], ['Kesäjuhla', '2026-06-20'], ['Syystalkoot', '2026-09-12']]) await backend.call('posts:create', { title, date });
    await backend.repo.backup(copyLabel);
    await backend.call('posts:create', { title: 'Kopion jälkeen', date: '2026-10-01' });
  });
  const error = await openBackend({ dataDir: dir, clock: now, locale: 'fi-FI', log: () => {} }).then(
    () => {
      throw new Error('The damaged plan opened');
    },
    (failure: unknown) => failure,
  );
  if (!isDamagedPlan(error)) throw error;
  const switched: string[] = [];
  const dispatch = damagedPlanDispatch(error as StorageError, dir, DeviceStore.open(dir), (to) => Promise.resolve(void switched.push(to)), now);
  const call = async <T>(channel: string, payload: unknown) => (await dispatch(channel, payload)) as ApiResult<T>;
  return { dir, planDir, call, switched };
}

/** Everything beside the plan folder and in it, and the copies: what a refusal must leave as it was. */
function disk(dir: string, planDir: string) {
  return { beside: fs.readdirSync(path.dirname(planDir)).sort(), plan: filesOf(planDir), backups: filesOf(path.join(dir, 'backups')) };
}

describe('restoring a safety copy from the damaged-plan screen', () => {
  it('lists the copies with the association and the number of posts each holds', async () => {
    const { call } = await damagedPlanWithCopy();
    const listed = await call<OutputOf<'damaged:backups'>>('damaged:backups', {});
    expect(listed.ok && listed.value.find((copy) => copy.id === copyLabel)).toMatchObject({ id: copyLabel, kind: 'import', name: 'Kylä ry', posts: 3 });
  });

  it("makes a new plan of the copy in the folder's place, keeps the damaged folder whole beside it, and opens it as a recent plan", async () => {
    const { dir, planDir, call, switched } = await damagedPlanWithCopy();
    // A post's image (media/, written once under its content's name) is in the damaged folder only.
    fs.mkdirSync(path.join(planDir, 'media'), { recursive: true });
    fs.writeFileSync(path.join(planDir, 'media', 'kansikuva.png'), 'kuvan tavut');
    const damaged = filesOf(planDir);
    const restored = await call<OutputOf<'damaged:restore'>>('damaged:restore', { id: copyLabel });
    expect(restored).toMatchObject({ ok: true, value: { planDir, posts: 3 } });
    if (!restored.ok) return;
    expect(path.dirname(restored.value.keptAside)).toBe(path.dirname(planDir));
    expect(path.basename(restored.value.keptAside)).toBe('plan.damaged-2026-11-25T12-00-00-000Z');
    expect(filesOf(restored.value.keptAside)).toEqual(damaged);
    expect(fs.readdirSync(path.dirname(planDir)).filter((name) => /^plan(\.|$)/.test(name)).sort()).toEqual(['plan', 'plan.damaged-2026-11-25T12-00-00-000Z']);
    expect(fs.readFileSync(path.join(planDir, 'media', 'kansikuva.png'), 'utf8')).toBe('kuvan tavut');

    // plans:open (the screen's "Open the restored plan") opens it: the desktop app restarts on it.
    expect(await call('plans:open', { planDir })).toEqual({ ok: true, value: { opening: true } });
    expect(switched).toEqual([planDir]);
    const reopened = await backendOn(dir, now);
    expect(reopened.repo.main().association.name).toBe('Kylä ry');
    expect((await reopened.repo.allPosts()).map((post) => post.title).sort()).toEqual(['Kesäjuhla', 'Kevätmyyjäiset', 'Syystalkoot']);
    await closeBackendsOn(dir);
  });

  it('refuses a second restore: the first one put the damaged folder aside already', async () => {
    const { dir, planDir, call } = await damagedPlanWithCopy();
    await call('damaged:restore', { id: copyLabel });
    const before = disk(dir, planDir);
    expect(await call('damaged:restore', { id: copyLabel })).toMatchObject({ ok: false, error: { issues: [{ message: 'v.planRestoredAlready', params: { folder: planDir } }] } });
    expect(disk(dir, planDir)).toEqual(before);
  });

  it.each([
    ['a copy that is not there', { id: safetyCopyLabel('import', new Date('2020-01-01T00:00:00Z')) }, 'v.backupUnknown'],
    ['a path instead of a copy', { id: '../../plan' }, 'v.backupUnknown'],
    ['no copy named at all', {}, undefined],
  ])('refuses %s and changes nothing', async (_, payload, message) => {
    const { dir, planDir, call } = await damagedPlanWithCopy();
    const before = disk(dir, planDir);
    const refused = await call('damaged:restore', payload);
    expect(refused.ok).toBe(false);
    if (message && !refused.ok) expect(refused.error.issues?.[0]?.message).toBe(message);
    expect(disk(dir, planDir)).toEqual(before);
  });

  it('refuses a copy that cannot be read and changes nothing', async () => {
    const { dir, planDir, call } = await damagedPlanWithCopy();
    fs.writeFileSync(path.join(dir, 'backups', copyLabel, 'posts', '2026-06.json'), '{ "schemaVersion": 7, "posts": { "p1": ');
    const before = disk(dir, planDir);
    const listed = await call<OutputOf<'damaged:backups'>>('damaged:backups', {});
    expect(listed.ok && listed.value.find((copy) => copy.id === copyLabel)).toMatchObject({ name: null, posts: null });
    expect(await call('damaged:restore', { id: copyLabel })).toMatchObject({ ok: false, error: { issues: [{ message: 'v.safetyCopyUnreadable' }] } });
    expect(disk(dir, planDir)).toEqual(before);
  });

  it('refuses when the disk is full while the new plan is written, and leaves no half-written plan', async () => {
    const { dir, planDir, call } = await damagedPlanWithCopy();
    const before = disk(dir, planDir);
    vi.spyOn(ChunkFiles.prototype, 'save').mockImplementation(function (this: ChunkFiles, key: StorageKey) {
      return Promise.reject(Object.assign(new Error(`ENOSPC: no space left on device, write '${this.pathOf(key)}'`), { code: 'ENOSPC', syscall: 'write' }));
    });
    expect(await call('damaged:restore', { id: copyLabel })).toMatchObject({ ok: false, error: { code: 'storage', issues: [{ message: 'v.storageDiskFull', params: { folder: path.dirname(planDir) } }] } });
    vi.restoreAllMocks();
    expect(disk(dir, planDir)).toEqual(before);
  });

  it('is refused by an open plan, whose copies Settings restores', async () => {
    const { dir, call } = await damagedPlanWithCopy();
    await call('damaged:restore', { id: copyLabel });
    const open = await backendOn(dir, now);
    expect(await open.dispatch('damaged:restore', { id: copyLabel })).toMatchObject({ ok: false, error: { issues: [{ message: 'v.planNotDamaged' }] } });
    await closeBackendsOn(dir);
  });
});
