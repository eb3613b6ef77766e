import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../support/backend';
import { snapshotFolder, tempDir } from '../../../support/temp-dir';
import { volunteerInput } from '../../../support/volunteer-input';
import { planFile } from '../../../support/plan-on-disk';

const readJson = (dir: string, file: string) => planFile(dir, file);

async function folder() {
  const dir = tempDir();
  const backend = await backendOn(dir);
  const facebook = await backend.call('channels:create', { kind: 'facebook-page', name: 'Facebook', url: '', goal: '', responsibleVolunteerId: null });
  const instagram = await backend.call('channels:create', { kind: 'instagram', name: 'Instagram', url: '', goal: '', responsibleVolunteerId: null });
  const aino = await backend.call('volunteers:create', volunteerInput('Aino', { channelIds: [instagram.id] }));
  const post = await backend.call('posts:create', { title: 'Kevättalkoot', date: '2026-03-28', channelIds: [facebook.id, instagram.id], variants: { [instagram.id]: 'Kuvia' }, authorId: aino.id, responderId: aino.id });
  return { dir, backend, facebook, instagram, aino, post };
}

describe('records that refer to each other', () => {
  it('deleting a channel used only by a trashed post takes it out of that post in trash.json, and restoring brings the post back without it', async () => {
    const { dir, backend, facebook, instagram, aino, post } = await folder();
    await backend.call('posts:delete', { id: post.id });
    await backend.call('channels:delete', { id: instagram.id });
    const trashed = (await readJson(dir, 'trash.json')).posts[post.id].post;
    expect(trashed).toMatchObject({ channelIds: [facebook.id], variants: {} });
    expect((await readJson(dir, 'somevuoro.json')).volunteers.find((v: { id: string }) => v.id === aino.id).channelIds).toEqual([]);
    const restored = await backend.call('posts:restore', { id: post.id });
    expect(restored).toMatchObject({ channelIds: [facebook.id], variants: {}, authorId: aino.id });
  });

  it('deleting a volunteer named only by a trashed post clears them from it', async () => {
    const { dir, backend, aino, instagram, post } = await folder();
    await backend.call('volunteers:update', { id: aino.id, changes: { channelIds: [] } });
    await backend.call('posts:delete', { id: post.id });
    await backend.call('volunteers:delete', { id: aino.id });
    expect((await readJson(dir, 'trash.json')).posts[post.id].post).toMatchObject({ authorId: null, responderId: null });
    expect(await backend.call('posts:restore', { id: post.id })).toMatchObject({ authorId: null, responderId: null, channelIds: expect.arrayContaining([instagram.id]) });
  });

  it('a post restored from a trash written before this rule (pointing at a channel and a person that are gone) comes back without them', async () => {
    const { dir, backend, facebook, post } = await folder();
    await backend.call('posts:delete', { id: post.id });
    // Stored as an older version would have left it, straight through the storage.
    await backend.repo.updateTrashedPosts((trashed) => ({ ...trashed, channelIds: [facebook.id, 'gone-channel'], variants: { 'gone-channel': 'x' }, authorId: 'gone-person' }));
    await backend.repo.close();
    const reopened = await backendOn(dir);
    const restored = await reopened.call('posts:restore', { id: post.id });
    expect(restored).toMatchObject({ channelIds: [facebook.id], variants: {}, authorId: null });
    expect((await readJson(dir, 'posts/2026-03.json')).posts[post.id]).toMatchObject({ channelIds: [facebook.id], authorId: null });
  });

  it('a channel that duties still name is not deleted, with a message in every language', async () => {
    const { dir, backend, facebook, post } = await folder();
    await backend.call('posts:delete', { id: post.id });
    await backend.call('duties:create', { type: 'response', volunteerId: null, from: '2026-03-16', to: '2026-03-22', channelIds: [facebook.id], note: '' });
    const before = snapshotFolder(dir);
    expect(await backend.dispatch('channels:delete', { id: facebook.id })).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ message: 'v.channelInUse' }] } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('undoing a rota with a duty listed twice is refused and changes nothing', async () => {
    const { dir, backend, aino } = await folder();
    const duty = await backend.call('duties:create', { type: 'response', volunteerId: aino.id, from: '2026-03-16', to: '2026-03-22', channelIds: [], note: '' });
    await backend.call('duties:delete', { id: duty.id });
    const before = snapshotFolder(dir);
    const result = await backend.dispatch('roster:undoAccept', { savedIds: [], replaced: [duty, duty] });
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ path: 'replaced.1.id', message: 'v.duplicateId' }] } });
    expect(snapshotFolder(dir)).toEqual(before);
  });
});
