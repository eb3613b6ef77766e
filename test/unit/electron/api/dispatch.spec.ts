import { describe, expect, it } from 'vitest';
import { channelNames, contract } from '../../../../shared/api/contract';
import { backendOn } from '../../../support/backend';
import { snapshotFolder, tempDir } from '../../../support/temp-dir';
import { planFile } from '../../../support/plan-on-disk';

async function seeded() {
  const dir = tempDir();
  const backend = await backendOn(dir);
  const channel = await backend.call('channels:create', { kind: 'facebook-page', name: 'Kylä ry', url: '', goal: 'Näkyvyys', responsibleVolunteerId: null });
  const post = await backend.call('posts:create', { title: 'Kevättalkoot', date: '2026-03-28', time: '09:00', channelIds: [channel.id] });
  return { dir, backend, channel, post };
}

describe('every channel refuses bad input and leaves the data folder byte-for-byte unchanged', () => {
  const badPayloads: unknown[] = [null, 42, 'posts', [], true, { __unknown__: 1 }];
  for (const name of channelNames) {
    it(name, async () => {
      const { dir, backend } = await seeded();
      const before = snapshotFolder(dir);
      for (const payload of badPayloads) {
        const result = await backend.dispatch(name, payload);
        expect(result.ok, JSON.stringify(payload)).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('invalid-input');
          expect(result.error.message).toMatch(new RegExp(`^Invalid input for ${name}: .+`));
        }
      }
      expect(snapshotFolder(dir)).toEqual(before);
    });
  }
});

describe('post channels', () => {
  it('refuses impossible dates with a message naming the field and value', async () => {
    const { dir, backend, post } = await seeded();
    const before = snapshotFolder(dir);
    const attempts = [
      backend.dispatch('posts:create', { title: 'x', date: '2026-02-30' }),
      backend.dispatch('posts:update', { id: post.id, changes: { date: '2026-02-30' } }),
      backend.dispatch('posts:list', { from: '2026-02-30', to: '2026-03-31' }),
      backend.dispatch('posts:create', { title: 'x', date: '2026-03-01', time: '25:00' }),
    ];
    for (const result of await Promise.all(attempts)) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(/(date|from): Not a real date\. \(got 2026-02-30\)|time: Not a time of day/);
    }
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses wrong types and unknown fields in a change, naming them', async () => {
    const { dir, backend, post } = await seeded();
    const before = snapshotFolder(dir);
    const wrongType = await backend.dispatch('posts:update', { id: post.id, changes: { marketing: 'yes' } });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'changes.marketing' }] } });
    const unknown = await backend.dispatch('posts:update', { id: post.id, changes: { colour: 'red' } });
    expect(unknown).toMatchObject({ ok: false, error: { issues: [{ path: 'changes', message: 'Unknown field(s): colour' }] } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses a time added to an unscheduled post', async () => {
    const { dir, backend } = await seeded();
    const idea = await backend.call('posts:create', { title: 'Idea' });
    const before = snapshotFolder(dir);
    const result = await backend.dispatch('posts:update', { id: idea.id, changes: { time: '09:00' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'changes.time', message: 'v.timeWithoutDate' }] } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('refuses references to channels and volunteers that do not exist', async () => {
    const { dir, backend } = await seeded();
    const before = snapshotFolder(dir);
    const result = await backend.dispatch('posts:create', { title: 'x', channelIds: ['nope'], authorId: 'nobody' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'rejected', issues: [{ path: 'channelIds.0', message: 'v.unknownChannel' }, { path: 'authorId', message: 'v.unknownVolunteer' }] },
    });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('answers not-found for unknown ids without touching anything', async () => {
    const { dir, backend } = await seeded();
    const before = snapshotFolder(dir);
    expect(await backend.dispatch('posts:delete', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await backend.dispatch('posts:restore', { id: 'missing' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('answers unknown channels with a clear error', async () => {
    const { backend } = await seeded();
    expect(await backend.dispatch('posts:drop', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('creates, edits, deletes and restores a post, and what it returns matches the contract', async () => {
    const { dir, backend, post } = await seeded();
    expect(contract['posts:create'].output.parse(post)).toEqual(post);
    const edited = await backend.call('posts:update', { id: post.id, changes: { title: 'Kevättalkoot 2026', date: '2026-04-04' } });
    expect(edited).toMatchObject({ title: 'Kevättalkoot 2026', date: '2026-04-04', time: '09:00' });
    const listed = await backend.call('posts:list', { from: '2026-04-01', to: '2026-04-30' });
    expect(contract['posts:list'].output.parse(listed).map((p) => p.title)).toEqual(['Kevättalkoot 2026']);
    await backend.call('posts:delete', { id: post.id });
    expect(await backend.call('posts:list', { from: '2026-04-01', to: '2026-04-30' })).toEqual([]);
    await backend.call('posts:restore', { id: post.id });
    const onDisk = await planFile(dir, 'posts/2026-04.json');
    expect(onDisk.posts[post.id].title).toBe('Kevättalkoot 2026');
  });

  it('will not delete a channel that posts still use', async () => {
    const { backend, channel } = await seeded();
    expect(await backend.dispatch('channels:delete', { id: channel.id })).toMatchObject({ ok: false, error: { code: 'rejected' } });
  });
});
