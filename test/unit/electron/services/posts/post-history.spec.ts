import { describe, expect, it, vi } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';

describe('a post’s history through the contract (on the plan, which keeps every version)', () => {
  it('lists the current version, restores it as a new change with the same id, and refuses a version it does not know', async () => {
    let clock = new Date('2026-11-25T10:00:00Z');
    const dir = tempDir();
    const backend = await backendOn(dir, () => clock);
    const post = await backend.call('posts:create', { title: 'Joulumyyjäiset', date: '2026-12-05' });
    clock = new Date('2026-11-25T11:00:00Z');
    await backend.call('posts:update', { id: post.id, changes: { title: 'Joulumyyjäiset 2026' } });
    const versions = await backend.call('posts:history', { id: post.id });
    expect(versions).toEqual([
      { version: expect.any(String), at: '2026-11-25T11:00:00.000Z', author: null, fields: expect.arrayContaining(['title']) },
      { version: expect.any(String), at: post.updatedAt, author: null, fields: ['created'] },
    ]);

    clock = new Date('2026-11-26T08:00:00Z');
    const restored = await backend.call('posts:restoreVersion', { id: post.id, version: versions[1].version });
    expect(restored).toMatchObject({ id: post.id, title: 'Joulumyyjäiset', date: '2026-12-05', updatedAt: '2026-11-26T08:00:00.000Z' });
    expect(await backend.call('posts:history', { id: post.id })).toHaveLength(3);

    const before = snapshotFolder(dir);
    expect(await backend.dispatch('posts:restoreVersion', { id: post.id, version: '1999-01-01T00:00:00.000Z' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', issues: [{ path: 'version', message: 'v.versionUnknown' }] },
    });
    expect(await backend.dispatch('posts:history', { id: 'no-such-post' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await backend.dispatch('posts:restoreVersion', { id: post.id })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('lists the trash newest deletion first, keeps a deleted post’s history readable, and brings one back', async () => {
    let clock = new Date('2026-11-25T10:00:00Z');
    const backend = await backendOn(tempDir(), () => clock);
    const first = await backend.call('posts:create', { title: 'Poistuva' });
    const second = await backend.call('posts:create', { title: 'Toinen' });
    await backend.call('posts:delete', { id: first.id });
    clock = new Date('2026-11-25T11:00:00Z');
    await backend.call('posts:delete', { id: second.id });
    expect((await backend.call('posts:trash', {})).map(({ post, deletedAt }) => [post.title, deletedAt])).toEqual([
      ['Toinen', '2026-11-25T11:00:00.000Z'],
      ['Poistuva', '2026-11-25T10:00:00.000Z'],
    ]);
    expect((await backend.call('posts:history', { id: first.id })).map((version) => version.fields)).toEqual([['deleted'], ['created']]);
    await backend.call('posts:restore', { id: first.id });
    expect((await backend.call('posts:trash', {})).map(({ post }) => post.title)).toEqual(['Toinen']);
  });

  it('opens the trash from the trash document alone, without reading a month of posts', async () => {
    const dir = tempDir();
    const first = await backendOn(dir);
    for (const date of ['2026-10-05', '2026-11-05', '2026-12-05', null]) await first.call('posts:create', { title: `Postaus ${date}`, date });
    const gone = await first.call('posts:create', { title: 'Roskiin', date: '2027-01-05' });
    await first.call('posts:delete', { id: gone.id });
    await first.repo.close();

    const reopened = await backendOn(dir);
    const monthReads = [vi.spyOn(reopened.repo, 'allPosts'), vi.spyOn(reopened.repo, 'postsBetween'), vi.spyOn(reopened.repo, 'undatedPosts'), vi.spyOn(reopened.repo, 'snapshot')];
    expect((await reopened.call('posts:trash', {})).map(({ post }) => post.title)).toEqual(['Roskiin']);
    for (const read of monthReads) expect(read).not.toHaveBeenCalled();
    await reopened.repo.close();
  });
});
