import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { plain, plainCopy, readPlain } from '../../../../../electron/storage/plan/assign';
import { localDate } from '../../../../../shared/domain/local-time';
import { newPost } from '../../../../../shared/domain/post';

describe('plainCopy (a month document read without a JSON round trip)', () => {
  it('gives what the JSON round trip gave, key order included, for a month as the plan writes it', () => {
    const posts = [
      { ...newPost({ title: 'Kesäjuhla – tervetuloa!', text: 'Rivi 1\nRivi 2 "lainaus" ✓', channelIds: ['ch-a', 'ch-b'], variants: { 'ch-a': 'Lyhyt' }, tags: ['talkoot'], date: localDate('2026-03-30') }, 'p1', '2026-01-01T00:00:00.000Z'), comments: [{ id: 'c1', author: 'Aino Äijälä', at: '2026-01-02T08:00:00.000Z', text: 'Hyvä!' }] },
      newPost({ title: 'Ingen dag', date: null }, 'p2', '2026-01-01T00:00:00.000Z'),
    ];
    const doc = A.change(A.init<{ posts: Record<string, unknown>; count?: number; flags?: unknown[] }>(), (draft) => {
      draft.posts = plain(Object.fromEntries(posts.map((post) => [post.id, post])));
      draft.count = 2.5;
      draft.flags = [true, false, null, 0];
    });
    const loaded = A.load(A.save(doc));
    const copied = plainCopy(loaded);
    expect(copied).toEqual(readPlain(loaded));
    // The same bytes once written (the read cache, a JSON backup): the key order matters too.
    expect(JSON.stringify(copied)).toBe(JSON.stringify(readPlain(loaded)));
    expect(typeof (copied as { posts: Record<string, { title: unknown }> }).posts.p1.title).toBe('string');
  });
});
