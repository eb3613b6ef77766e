import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShareService } from '../../../../../electron/services/share/share-service';
import { backendOn } from '../../../../support/backend';
import { actAs } from '../../../../support/identity';
import { pngImage } from '../../../../support/images';
import { planFile } from '../../../../support/plan-on-disk';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';

const readPost = async (dir: string, id: string) => (await planFile(dir, 'posts/2026-11.json')).posts[id];

async function approvedPost() {
  const dir = tempDir();
  const backend = await backendOn(dir, () => new Date('2026-11-25T10:00:00Z'));
  const group = await backend.call('channels:create', { kind: 'facebook-group', name: 'Kyläryhmä', url: '', goal: '', responsibleVolunteerId: null });
  const toot = await backend.call('channels:create', { kind: 'mastodon', name: 'Mastodon', url: 'https://mastodon.social/@kyla', goal: '', responsibleVolunteerId: null });
  const created = await backend.call('posts:create', { title: 'Joulumyyjäiset', date: '2026-11-28', time: '10:00', status: 'in-review', channelIds: [group.id, toot.id] });
  await actAs(backend.call, 'Anna Äijälä');
  const post = await backend.call('posts:approve', { id: created.id, overrideReason: 'Testi' });
  return { dir, backend, post, group, toot };
}

describe('mark as published, in the services', () => {
  it('records the address, who (the person at this laptop) and when on disk; the post is published when every channel is', async () => {
    const { dir, backend, post, group, toot } = await approvedPost();
    const first = await backend.call('share:markPublished', { id: post.id, channelId: group.id, url: 'https://www.facebook.com/groups/kyla/posts/1' });
    expect(first.status).toBe('approved');
    const both = await backend.call('share:markPublished', { id: post.id, channelId: toot.id, url: 'mastodon.social/@kyla/1' });
    expect(both.status).toBe('published');
    const onDisk = await readPost(dir, post.id);
    expect(onDisk.status).toBe('published');
    expect(onDisk.publications).toEqual({
      [group.id]: { url: 'https://www.facebook.com/groups/kyla/posts/1', by: 'Anna Äijälä', at: '2026-11-25T10:00:00.000Z', via: 'share-kit' },
      [toot.id]: { url: 'https://mastodon.social/@kyla/1', by: 'Anna Äijälä', at: '2026-11-25T10:00:00.000Z', via: 'share-kit' },
    });

    const undone = await backend.call('share:unmarkPublished', { id: post.id, channelId: toot.id });
    expect(undone.status).toBe('approved');
    expect(Object.keys((await readPost(dir, post.id)).publications)).toEqual([group.id]);
  });

  it('refuses an address that is not https, a channel the post does not go to and a post not approved, and changes nothing', async () => {
    const { dir, backend, post, group } = await approvedPost();
    const other = await backend.call('channels:create', { kind: 'x', name: 'X', url: '', goal: '', responsibleVolunteerId: null });
    const draft = await backend.call('posts:create', { title: 'Luonnos', date: '2026-11-29', channelIds: [group.id] });
    const before = snapshotFolder(dir);
    expect(await backend.dispatch('share:markPublished', { id: post.id, channelId: group.id, url: 'http://www.facebook.com/1' })).toMatchObject({ ok: false, error: { issues: [{ path: 'url', message: 'v.urlNotHttps' }] } });
    expect(await backend.dispatch('share:markPublished', { id: post.id, channelId: group.id, url: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: { issues: [{ path: 'url' }] } });
    expect(await backend.dispatch('share:markPublished', { id: post.id, channelId: other.id, url: '' })).toMatchObject({ ok: false, error: { issues: [{ path: 'channelId', message: 'v.shareNotChannelOfPost' }] } });
    expect(await backend.dispatch('share:markPublished', { id: draft.id, channelId: group.id, url: '' })).toMatchObject({ ok: false, error: { issues: [{ message: 'v.shareNotApproved' }] } });
    expect(await backend.dispatch('share:unmarkPublished', { id: post.id, channelId: group.id })).toMatchObject({ ok: false, error: { issues: [{ message: 'v.shareNotPublished' }] } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it("shows only the post's own cover image in the file manager, and nothing where the host has none", async () => {
    const { backend, post } = await approvedPost();
    const image = await backend.call('media:importImage', { fileName: 'kansi.png', data: pngImage(40, 30).toString('base64') });
    await backend.call('posts:update', { id: post.id, changes: { coverImage: { ...image, alt: 'Myyjäiset' } } });
    expect(await backend.call('share:showImage', { id: post.id })).toEqual({ shown: false });

    const revealed: string[] = [];
    const service = new ShareService(backend.repo, () => new Date(), () => 'Anna', backend.media, { reveal: (file) => revealed.push(file) });
    expect(await service.shareShowImage({ id: post.id })).toEqual({ shown: true });
    expect(revealed).toEqual([path.join(backend.repo.planDir, 'media', image.file)]);
  });
});
