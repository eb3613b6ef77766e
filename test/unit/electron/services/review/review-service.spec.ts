import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';

const readMonth = (dir: string, month: string) => JSON.parse(fs.readFileSync(path.join(dir, 'posts', `${month}.json`), 'utf8')).posts;

async function inReview() {
  const dir = tempDir();
  const backend = await backendOn(dir, () => new Date('2026-11-25T10:00:00Z'));
  const post = await backend.call('posts:create', { title: 'Joulumyyjäiset', date: '2026-11-28', time: '10:00', status: 'in-review' });
  return { dir, backend, post };
}

describe('the review workflow in the services', () => {
  it('approving records the name from Settings and the time, on disk', async () => {
    const { dir, backend, post } = await inReview();
    await backend.call('settings:update', { userName: 'Maija Virtanen' });
    const approved = await backend.call('posts:approve', { id: post.id });
    expect(approved).toMatchObject({ status: 'approved', approval: { by: 'Maija Virtanen', at: '2026-11-25T10:00:00.000Z' } });
    expect(readMonth(dir, '2026-11')[post.id].approval).toEqual({ by: 'Maija Virtanen', at: '2026-11-25T10:00:00.000Z' });
  });

  it('refuses to approve while Settings has no name, and changes nothing', async () => {
    const { dir, backend, post } = await inReview();
    const before = snapshotFolder(dir);
    const result = await backend.dispatch('posts:approve', { id: post.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ path: 'userName', message: 'v.userNameRequired' }] } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses to approve a published post', async () => {
    const { backend } = await inReview();
    await backend.call('settings:update', { userName: 'Maija' });
    const published = await backend.call('posts:create', { title: 'Vanha', status: 'published' });
    expect(await backend.dispatch('posts:approve', { id: published.id })).toMatchObject({ ok: false, error: { issues: [{ message: 'v.cannotApprove' }] } });
  });

  it('does not let an edit approve a post, and an edit back to draft drops the approval', async () => {
    const { dir, backend, post } = await inReview();
    const refused = await backend.dispatch('posts:update', { id: post.id, changes: { status: 'approved' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ path: 'changes.status', message: 'v.approveWithAction' }] } });
    expect(readMonth(dir, '2026-11')[post.id].status).toBe('in-review');

    await backend.call('settings:update', { userName: 'Maija' });
    await backend.call('posts:approve', { id: post.id });
    const edited = await backend.call('posts:update', { id: post.id, changes: { text: 'Tervetuloa!' } });
    expect(edited.approval?.by).toBe('Maija');
    const sentBack = await backend.call('posts:update', { id: post.id, changes: { status: 'draft' } });
    expect(sentBack.approval).toBeNull();
  });

  it('keeps comments with author and time, and removes one', async () => {
    const { dir, backend, post } = await inReview();
    await backend.call('settings:update', { userName: 'Liisa Nieminen' });
    const commented = await backend.call('posts:comment', { id: post.id, text: '  Lisää kuvaan alt-teksti.  ' });
    expect(commented.comments).toEqual([{ id: expect.any(String), author: 'Liisa Nieminen', at: '2026-11-25T10:00:00.000Z', text: 'Lisää kuvaan alt-teksti.' }]);
    expect(readMonth(dir, '2026-11')[post.id].comments).toHaveLength(1);
    const removed = await backend.call('posts:deleteComment', { id: post.id, commentId: commented.comments[0].id });
    expect(removed.comments).toEqual([]);
  });

  it('refuses an empty comment', async () => {
    const { backend, post } = await inReview();
    await backend.call('settings:update', { userName: 'Liisa' });
    expect(await backend.dispatch('posts:comment', { id: post.id, text: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'text', message: 'v.required' }] } });
  });
});
