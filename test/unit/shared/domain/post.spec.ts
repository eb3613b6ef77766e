import { describe, expect, it } from 'vitest';
import { applyPostChanges, comparePosts, NewPostFields, newPost, Post, PostFields } from '../../../../shared/domain/post';

const now = '2026-11-25T10:00:00.000Z';

describe('post schema', () => {
  it('gives a new post sensible defaults: an idea, no date, no channels', () => {
    const post = newPost({ title: 'Kevättalkoot' }, 'p1', now);
    expect(Post.parse(post)).toMatchObject({ title: 'Kevättalkoot', status: 'idea', date: null, time: null, channelIds: [], marketing: false, createdAt: now });
  });

  it('needs a title', () => {
    const result = NewPostFields.safeParse({ title: '   ' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['title', 'v.required']]);
  });

  it('refuses unknown fields', () => {
    const result = NewPostFields.safeParse({ title: 'x', colour: 'red' });
    expect(result.error?.issues[0].code).toBe('unrecognized_keys');
  });

  it('refuses a time without a date', () => {
    const result = PostFields.safeParse({ ...newPost({ title: 'x' }, 'p', now), time: '09:00' });
    expect(result.success).toBe(false);
  });

  it('refuses 2026-02-30 as a post date', () => {
    expect(NewPostFields.safeParse({ title: 'x', date: '2026-02-30' }).error?.issues[0]).toMatchObject({ path: ['date'], message: 'v.dateInvalid' });
  });

  it('clears the time when a post is unscheduled, and stamps the change', () => {
    const post = newPost({ title: 'x', date: '2026-03-30' as Post['date'], time: '09:00' as Post['time'] }, 'p', now);
    const later = '2026-11-26T08:00:00.000Z';
    expect(applyPostChanges(post, { date: null }, later)).toMatchObject({ date: null, time: null, updatedAt: later, createdAt: now });
  });

  it('orders posts by date, untimed first within a day, then by time', () => {
    const make = (id: string, date: string | null, time: string | null) => newPost({ title: id, date: date as Post['date'], time: time as Post['time'] }, id, now);
    const posts = [make('c', '2026-03-30', '12:00'), make('a', '2026-03-29', null), make('b', '2026-03-30', null), make('d', '2026-03-30', '09:00')];
    expect(posts.sort(comparePosts).map((post) => post.id)).toEqual(['a', 'b', 'd', 'c']);
  });
});
