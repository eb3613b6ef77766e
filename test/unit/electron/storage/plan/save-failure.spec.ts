import path from 'node:path';
import type { StorageKey } from '@automerge/automerge-repo';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../../../../electron/api/events';
import { ChunkFiles } from '../../../../../electron/storage/plan/chunk-files';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { localDate } from '../../../../../shared/domain/local-time';
import type { Post } from '../../../../../shared/domain/post';
import { newPost } from '../../../../../shared/domain/post';
import { backendOn, closeBackendsOn } from '../../../../support/backend';
import { planFile } from '../../../../support/plan-on-disk';
import { tempDir } from '../../../../support/temp-dir';

/*
 * A disk that fails a save (no permission, full, read-only) never ends the process: automerge-repo
 * starts its own saves with nobody to catch them. A request's edit is refused in the user's words and
 * is not written later with the next edit; a save nobody waits for (a merge of another laptop's
 * changes) is pushed to the renderer as plan:saveFailed. The disk fails in the storage adapter, not
 * the file system: as root here, chmod does not make EACCES.
 */

const now = () => new Date('2026-11-25T10:00:00Z');
const failures = { EACCES: 'v.storageNoPermission', ENOSPC: 'v.storageDiskFull', EROFS: 'v.storageReadOnly' } as const;
type Code = keyof typeof failures;

/** The adapter's save fails with `code` for one document (the first the next save writes) while `failing` is set. */
const disk = { failing: null as Code | null, document: null as string | null, brief: null as Code | null };
const save = ChunkFiles.prototype.save;
vi.spyOn(ChunkFiles.prototype, 'save').mockImplementation(function (this: ChunkFiles, key: StorageKey, data: Uint8Array) {
  if (disk.failing && key.length === 3) {
    disk.document ??= key[0];
    if (key[0] === disk.document) return Promise.reject(Object.assign(new Error(`${disk.failing}: failed, open '${this.pathOf(key)}'`), { code: disk.failing, syscall: 'open' }));
  }
  return save.call(this, key, data);
});

/**
 * A brief failure (`brief`): the next chunk write fails, a few milliseconds into it as a real disk's does, and the disk
 * is back for the write after. Failed in the write itself, behind ChunkFiles' queue of saves of one chunk (saveAfterOthers).
 */
type Durable = { saveDurably: (key: StorageKey, data: Uint8Array) => Promise<void> };
const saveDurably = (ChunkFiles.prototype as unknown as Durable).saveDurably;
vi.spyOn(ChunkFiles.prototype as unknown as Durable, 'saveDurably').mockImplementation(async function (this: ChunkFiles, key: StorageKey, data: Uint8Array) {
  const code = disk.brief;
  if (code && key.length === 3) {
    disk.brief = null;
    await new Promise((resolve) => setTimeout(resolve, 20));
    throw Object.assign(new Error(`${code}: failed, open '${this.pathOf(key)}'`), { code, syscall: 'open' });
  }
  return saveDurably.call(this, key, data);
});

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);
afterEach(() => {
  disk.failing = null;
  disk.document = null;
  disk.brief = null;
});

/** Waits (generously) until `check` holds: automerge-repo's own save runs 100 ms after a change. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !check(); waited += 20) {
    if (waited > 10_000) throw new Error(`Still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a disk that fails a save', { timeout: 60_000 }, () => {
  it('refuses the edit with what failed, keeps the process alive, and after the disk is back keeps every acknowledged edit and no refused one', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir);
    const planDir = path.join(dir, 'plan');
    const post = await backend.call('posts:create', { title: 'Syysretki', date: localDate('2027-03-10') });
    // In the same month document: its edit after the disk is back writes whatever that document holds unsaved.
    const neighbour = await backend.call('posts:create', { title: 'Talkoot', date: localDate('2027-03-20') });
    await backend.call('posts:update', { id: post.id, changes: { title: 'Syysretki, ilmoittautuminen' } });
    for (const code of Object.keys(failures) as Code[]) {
      disk.failing = code;
      disk.document = null;
      const refused = await backend.dispatch('posts:update', { id: post.id, changes: { title: `Ei tallennettu ${code}` } });
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      expect(refused.error.code).toBe('storage');
      expect(refused.error.issues).toEqual([{ path: '', message: failures[code], params: { folder: planDir } }]);
      // What is shown is what is saved: the refused title is not the post's.
      expect((await backend.call('posts:get', { id: post.id })).title).toBe('Syysretki, ilmoittautuminen');
    }
    // Past automerge-repo's own delayed save (100 ms) of the refused change: nothing unhandled.
    await new Promise((resolve) => setTimeout(resolve, 300));
    disk.failing = null;
    await backend.call('posts:update', { id: neighbour.id, changes: { text: 'Tuo omat hanskat.' } });
    await backend.call('posts:update', { id: post.id, changes: { text: 'Lähtö kello 9.' } });
    await closeBackendsOn(dir);
    expect(unhandled).toEqual([]);
    // Read back by a fresh repository from the files: the acknowledged edits, none of the refused ones.
    const month = await planFile(dir, 'posts/2027-03.json');
    expect(month.posts[post.id]).toMatchObject({ title: 'Syysretki, ilmoittautuminen', text: 'Lähtö kello 9.' });
    expect(month.posts[neighbour.id]).toMatchObject({ title: 'Talkoot', text: 'Tuo omat hanskat.' });
    const reopened = await backendOn(dir);
    // One rename in its history, the acknowledged one: the refused ones were not written with the neighbour's edit.
    expect((await reopened.call('posts:history', { id: post.id })).filter((version) => version.fields.includes('title'))).toHaveLength(1);
    await closeBackendsOn(dir);
  });

  it('a disk failing one write: the refused edit is not written by the save automerge-repo had scheduled, the disk back', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir);
    // Its month document made in this session: automerge-repo saves such a document by itself too, 100 ms after a change.
    const post = await backend.call('posts:create', { title: 'Syysretki', date: localDate('2027-03-10') });
    // The last save over 100 ms ago: automerge-repo's save of the next change starts at once, beside ours.
    await new Promise((resolve) => setTimeout(resolve, 300));
    disk.brief = 'EACCES';
    const refused = await backend.dispatch('posts:update', { id: post.id, changes: { title: 'Ei tallennettu' } });
    expect(refused.ok).toBe(false);
    expect(disk.brief).toBeNull();
    expect((await backend.call('posts:get', { id: post.id })).title).toBe('Syysretki');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await closeBackendsOn(dir);
    expect(unhandled).toEqual([]);
    // Read back by a fresh repository from the files: the refused title is nowhere, not even in history.
    expect((await planFile(dir, 'posts/2027-03.json')).posts[post.id]).toMatchObject({ title: 'Syysretki' });
    const reopened = await backendOn(dir);
    expect((await reopened.call('posts:history', { id: post.id })).filter((version) => version.fields.includes('title'))).toEqual([]);
    await closeBackendsOn(dir);
  });

  it("tells the renderer when the save of another laptop's merged changes fails, and saves them once the disk is back", async () => {
    const dir = tempDir();
    const backend = await backendOn(dir);
    const planDir = path.join(dir, 'plan');
    const events: AppEvent[] = [];
    backend.onEvent((event) => events.push(event));
    const post = await backend.call('posts:create', { title: 'Kevätkokous', date: localDate('2027-03-10') });
    await backend.call('posts:list', { from: localDate('2027-03-01'), to: localDate('2027-03-31') });
    // The other laptop writes into the same month document; this one merges it while its disk refuses writes.
    const other = await AutomergeRepository.open({ dir: tempDir(), planDir, now, locale: 'fi-FI' });
    const stored = (await other.postsBetween(localDate('2027-03-01'), localDate('2027-03-31'))).find((found) => found.id === post.id) as Post;
    await other.replacePost({ ...stored, title: 'Kevätkokous, esityslista' });
    await other.insertPost(newPost({ title: 'Kevätkokous, pöytäkirja', date: localDate('2027-03-12') }, 'p-other', now().toISOString()));
    await other.close();
    disk.failing = 'ENOSPC';
    await (backend.repo as unknown as AutomergeRepository).takeOutsideChanges();
    await until(() => events.some((event) => event.name === 'plan:saveFailed'), 'plan:saveFailed');
    expect(events.find((event) => event.name === 'plan:saveFailed')?.payload).toEqual({ problem: 'v.storageDiskFull', folder: planDir });
    // Shown all the same: the merged changes are on disk, in the other laptop's chunks.
    expect((await backend.call('posts:get', { id: post.id })).title).toBe('Kevätkokous, esityslista');
    await new Promise((resolve) => setTimeout(resolve, 300));
    disk.failing = null;
    await backend.call('posts:update', { id: post.id, changes: { text: 'Kokous alkaa kello 18.' } });
    await closeBackendsOn(dir);
    expect(unhandled).toEqual([]);
    const month = await planFile(dir, 'posts/2027-03.json');
    expect(month.posts[post.id]).toMatchObject({ title: 'Kevätkokous, esityslista', text: 'Kokous alkaa kello 18.' });
    expect(month.posts['p-other']).toMatchObject({ title: 'Kevätkokous, pöytäkirja' });
  });
});
