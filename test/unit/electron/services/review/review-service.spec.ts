import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { actAs } from '../../../../support/identity';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';
import { planFile } from '../../../../support/plan-on-disk';

const readMonth = async (dir: string, month: string) => (await planFile(dir, `posts/${month}.json`)).posts;

async function inReview() {
  const dir = tempDir();
  const backend = await backendOn(dir, () => new Date('2026-11-25T10:00:00Z'));
  const post = await backend.call('posts:create', { title: 'Joulumyyjäiset', date: '2026-11-28', time: '10:00', status: 'in-review' });
  return { dir, backend, post };
}

describe('the review workflow in the services', () => {
  it('approving records the name of the volunteer picked as who I am, and the time, on disk', async () => {
    const { dir, backend, post } = await inReview();
    await actAs(backend.call, 'Maija Virtanen');
    const approved = await backend.call('posts:approve', { id: post.id });
    expect(approved).toMatchObject({ status: 'approved', approval: { by: 'Maija Virtanen', at: '2026-11-25T10:00:00.000Z' } });
    expect((await readMonth(dir, '2026-11'))[post.id].approval).toEqual({ by: 'Maija Virtanen', at: '2026-11-25T10:00:00.000Z' });
  });

  it('refuses to approve until the user has said who they are, and changes nothing', async () => {
    const { dir, backend, post } = await inReview();
    const before = snapshotFolder(dir);
    const result = await backend.dispatch('posts:approve', { id: post.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ path: 'identity', message: 'v.identityRequired' }] } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses to approve a published post', async () => {
    const { backend } = await inReview();
    await actAs(backend.call, 'Maija');
    const published = await backend.call('posts:create', { title: 'Vanha', status: 'published' });
    expect(await backend.dispatch('posts:approve', { id: published.id })).toMatchObject({ ok: false, error: { issues: [{ message: 'v.cannotApprove' }] } });
  });

  it('does not let an edit approve a post, and an edit back to draft drops the approval', async () => {
    const { dir, backend, post } = await inReview();
    const refused = await backend.dispatch('posts:update', { id: post.id, changes: { status: 'approved' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ path: 'changes.status', message: 'v.approveWithAction' }] } });
    expect((await readMonth(dir, '2026-11'))[post.id].status).toBe('in-review');

    await actAs(backend.call, 'Maija');
    await backend.call('posts:approve', { id: post.id });
    const edited = await backend.call('posts:update', { id: post.id, changes: { text: 'Tervetuloa!' } });
    expect(edited.approval?.by).toBe('Maija');
    const sentBack = await backend.call('posts:update', { id: post.id, changes: { status: 'draft' } });
    expect(sentBack.approval).toBeNull();
  });

  it('keeps comments with author and time, and removes one', async () => {
    const { dir, backend, post } = await inReview();
    await actAs(backend.call, 'Liisa Nieminen');
    const commented = await backend.call('posts:comment', { id: post.id, text: '  Lisää kuvaan alt-teksti.  ' });
    expect(commented.comments).toEqual([{ id: expect.any(String), author: 'Liisa Nieminen', at: '2026-11-25T10:00:00.000Z', text: 'Lisää kuvaan alt-teksti.' }]);
    expect((await readMonth(dir, '2026-11'))[post.id].comments).toHaveLength(1);
    const removed = await backend.call('posts:deleteComment', { id: post.id, commentId: commented.comments[0].id });
    expect(removed.comments).toEqual([]);
  });

  it('refuses an empty comment', async () => {
    const { backend, post } = await inReview();
    await actAs(backend.call, 'Liisa');
    expect(await backend.dispatch('posts:comment', { id: post.id, text: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'text', message: 'v.required' }] } });
  });
});
