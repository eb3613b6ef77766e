import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { isStandIn, showNewPost, showStoredPost, storedIdOf } from '../../../../renderer/api/posts-cache';
import { queryKeys } from '../../../../renderer/api/query-keys';
import type { Post } from '../../../../shared/domain/post';
import { comparePosts, newPost } from '../../../../shared/domain/post';
import { localDate, localTime } from '../../../../shared/domain/local-time';

const post = (id: string, title: string, date: string | null, time: string | null = null): Post => ({
  ...newPost({ title, date: date === null ? null : localDate(date), time: time === null ? null : localTime(time) }, id, '2026-12-01T08:00:00.000Z'),
});

const titles = (client: QueryClient, key: readonly unknown[]) => client.getQueryData<Post[]>(key)?.map((listed) => listed.title);

describe('a stored post in the cached lists', () => {
  const december = queryKeys.posts.range('2026-12-01', '2026-12-31');
  const january = queryKeys.posts.range('2027-01-01', '2027-01-31');
  const listed = [post('a', 'Aamu', '2026-12-03', '08:00'), post('b', 'Ilta', '2026-12-03', '18:00'), post('c', 'Joulu', '2026-12-24'), post('d', 'Uusi vuosi', '2026-12-31')].sort(comparePosts);

  const client = () => {
    const made = new QueryClient();
    made.setQueryData(december, listed);
    made.setQueryData(january, [post('e', 'Loppiainen', '2027-01-06')]);
    return made;
  };

  it('takes the place the server would sort it into, by day, time and title', () => {
    const cache = client();
    showStoredPost(cache, { ...listed[0], time: localTime('12:00'), title: 'Päivä' });
    expect(titles(cache, december)).toEqual(['Päivä', 'Ilta', 'Joulu', 'Uusi vuosi']);
    showStoredPost(cache, post('f', 'Aatto', '2026-12-24'));
    expect(titles(cache, december)).toEqual(['Päivä', 'Ilta', 'Aatto', 'Joulu', 'Uusi vuosi']);
    expect(cache.getQueryData<Post[]>(december)).toEqual([...(cache.getQueryData<Post[]>(december) ?? [])].sort(comparePosts));
  });

  it('leaves the month it was moved out of and enters the one it was moved to, first and last places included', () => {
    const cache = client();
    showStoredPost(cache, { ...listed[3], date: localDate('2027-01-01') });
    expect(titles(cache, december)).toEqual(['Aamu', 'Ilta', 'Joulu']);
    expect(titles(cache, january)).toEqual(['Uusi vuosi', 'Loppiainen']);
    showStoredPost(cache, { ...listed[0], date: localDate('2027-01-31') });
    expect(titles(cache, january)).toEqual(['Uusi vuosi', 'Loppiainen', 'Aamu']);
  });

  it('shows a new post before main answers under a stand-in, which main’s answer or a refusal takes away', async () => {
    const cache = client();
    const shown = await showNewPost(cache, { title: 'Kuoro', date: localDate('2026-12-24') });
    expect(titles(cache, december)).toEqual(['Aamu', 'Ilta', 'Joulu', 'Kuoro', 'Uusi vuosi']);
    expect(titles(cache, january)).toEqual(['Loppiainen']);
    // An editor opened on the stand-in waits for the id main gives it.
    const standIn = cache.getQueryData<Post[]>(december)?.find((listed) => listed.title === 'Kuoro')?.id ?? '';
    expect(isStandIn(standIn)).toBe(true);
    const stored = storedIdOf(standIn);
    // Main's answer: the stand-in goes, the stored post (its own id) takes the place.
    shown.answered?.(post('g', 'Kuoro', '2026-12-24'));
    showStoredPost(cache, post('g', 'Kuoro', '2026-12-24'));
    expect(cache.getQueryData<Post[]>(december)?.filter((listed) => listed.title === 'Kuoro').map((listed) => listed.id)).toEqual(['g']);
    expect(await stored).toBe('g');
    expect(await storedIdOf(standIn)).toBe('g');

    const refused = await showNewPost(cache, { title: 'Bändi', date: localDate('2027-01-06') });
    expect(titles(cache, january)).toEqual(['Bändi', 'Loppiainen']);
    const refusedId = storedIdOf(cache.getQueryData<Post[]>(january)?.[0].id ?? '');
    refused.undo();
    expect(titles(cache, january)).toEqual(['Loppiainen']);
    expect(await refusedId).toBeNull();
  });
});
