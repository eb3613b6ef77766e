import { describe, expect, it } from 'vitest';
import { emptyFilter, filterPosts, isFilterEmpty, NOBODY, tagsOf, toggleFilterValue } from '../../../../shared/calendar/post-filter';
import type { PostFields } from '../../../../shared/domain/post';
import { newPost } from '../../../../shared/domain/post';

const NOW = '2026-03-01T10:00:00.000Z';
const make = (id: string, fields: Partial<PostFields>) => newPost({ title: id, ...fields }, id, NOW);
const posts = [
  make('fair', { title: 'Joulumyyjäiset', channelIds: ['fb'], status: 'approved', authorId: 'maija', tags: ['Joulu', 'tori'] }),
  make('photos', { title: 'Talkookuvat', channelIds: ['ig'], status: 'draft', responderId: 'juha', tags: ['talkoot'] }),
  make('meeting', { title: 'Syyskokous', text: 'Hallituksen valinta', channelIds: ['fb', 'group'], status: 'in-review', authorId: 'juha' }),
];
const ids = (filter: typeof emptyFilter) => filterPosts(posts, filter).map((post) => post.id);

describe('calendar filters', () => {
  it('shows everything when empty', () => {
    expect(isFilterEmpty(emptyFilter)).toBe(true);
    expect(ids(emptyFilter)).toEqual(['fair', 'photos', 'meeting']);
  });

  it('treats values of one kind as alternatives', () => {
    expect(ids({ ...emptyFilter, statuses: ['draft', 'in-review'] })).toEqual(['photos', 'meeting']);
    expect(ids({ ...emptyFilter, channelIds: ['group', 'ig'] })).toEqual(['photos', 'meeting']);
  });

  it('combines kinds: Facebook page and in review', () => {
    expect(ids({ ...emptyFilter, channelIds: ['fb'], statuses: ['in-review'] })).toEqual(['meeting']);
  });

  it('finds posts by author, by responder, and posts with nobody on response duty', () => {
    expect(ids({ ...emptyFilter, authorIds: ['juha'] })).toEqual(['meeting']);
    expect(ids({ ...emptyFilter, responderIds: ['juha'] })).toEqual(['photos']);
    expect(ids({ ...emptyFilter, responderIds: [NOBODY] })).toEqual(['fair', 'meeting']);
  });

  it('matches tags without regard to case', () => {
    expect(ids({ ...emptyFilter, tags: ['joulu'] })).toEqual(['fair']);
  });

  it('searches title and text for every word, ignoring case and accents', () => {
    expect(ids({ ...emptyFilter, text: 'JOULUMYYJAISET' })).toEqual(['fair']);
    expect(ids({ ...emptyFilter, text: 'hallituksen syys' })).toEqual(['meeting']);
    expect(ids({ ...emptyFilter, text: 'hallituksen kevät' })).toEqual([]);
  });

  it('adds and removes a value', () => {
    const once = toggleFilterValue(emptyFilter, 'statuses', 'draft');
    expect(once.statuses).toEqual(['draft']);
    expect(toggleFilterValue(once, 'statuses', 'draft')).toEqual(emptyFilter);
  });

  it('lists each tag once, alphabetically', () => {
    expect(tagsOf(posts)).toEqual(['Joulu', 'talkoot', 'tori']);
  });
});
