import { describe, expect, it } from 'vitest';
import { newPost, Post } from '../../../../shared/domain/post';
import { Publication } from '../../../../shared/domain/publication';
import { allChannelsPublished, markPublished, unmarkPublished } from '../../../../shared/share/publications';

const at = '2026-12-02T10:00:00.000Z';
const approved = newPost({ title: 'Joulumyyjäiset', status: 'approved', channelIds: ['fb', 'toot'] }, 'p1', at);
const mark = (url: string): Publication => ({ url, by: 'Anna Äijälä', at, via: 'share-kit' });

describe('mark as published, per channel', () => {
  it('keeps the post approved until its last channel is marked, then makes it published', () => {
    const one = markPublished(approved, 'fb', mark('https://facebook.com/groups/1/posts/2'), at);
    expect(one.ok && one.post.status).toBe('approved');
    if (!one.ok) return;
    const both = markPublished(one.post, 'toot', mark('https://mastodon.social/@a/1'), at);
    expect(both.ok && both.post.status).toBe('published');
    expect(both.ok && Object.keys(both.post.publications ?? {})).toEqual(['fb', 'toot']);
    if (both.ok) expect(Post.safeParse(both.post).success).toBe(true);
  });

  it('undo takes a published post back to approved; undoing a channel never marked changes nothing', () => {
    const one = markPublished(approved, 'fb', mark(''), at);
    const both = one.ok ? markPublished(one.post, 'toot', mark(''), at) : one;
    if (!both.ok) throw new Error('not marked');
    const undone = unmarkPublished(both.post, 'toot', at);
    expect(undone?.status).toBe('approved');
    expect(undone && allChannelsPublished(undone)).toBe(false);
    expect(undone?.publications).toEqual({ fb: mark('') });
    expect(unmarkPublished(approved, 'fb', at)).toBeNull();
  });

  it('refuses a post not approved yet, and a channel the post does not go to', () => {
    expect(markPublished({ ...approved, status: 'draft' }, 'fb', mark(''), at)).toEqual({ ok: false, problem: 'notShareable' });
    expect(markPublished(approved, 'x', mark(''), at)).toEqual({ ok: false, problem: 'notChannelOfPost' });
  });

  it('stores only an https address as where it went out (or none)', () => {
    expect(Publication.safeParse(mark('https://bsky.app/profile/a/post/1')).success).toBe(true);
    expect(Publication.safeParse(mark('')).success).toBe(true);
    for (const url of ['http://example.fi/1', 'javascript:alert(1)', 'file:///etc/passwd', 'https://a.fi/\nx']) expect(Publication.safeParse(mark(url)).success).toBe(false);
  });

  it('reads posts stored before the share kit (no publications) as they were', () => {
    const { publications: _none, ...older } = approved;
    expect(Post.safeParse(older).success).toBe(true);
    expect(allChannelsPublished(older)).toBe(false);
  });
});
