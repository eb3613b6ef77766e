import { describe, expect, it } from 'vitest';
import { isoWeeksFrom } from '../../../../shared/calendar/calendar-dates';
import { monthGrid } from '../../../../shared/calendar/calendar-range';
import { localDate } from '../../../../shared/domain/local-time';
import { staleAfterDaysFor, weeksBelowCadence } from '../../../../shared/rhythm/cadence-weeks';
import { post } from '../checklist/builders';

const d = localDate;
const facebook = { id: 'fb', name: 'Facebook-sivu', postsPerWeek: 2 };
const instagram = { id: 'ig', name: 'Instagram', postsPerWeek: 1 };
const newsletter = { id: 'nl', name: 'Uutiskirje', postsPerWeek: null };

describe('cadence: the calendar marks weeks below a channel’s target', () => {
  it('names the channel and “1 of 2” for a week with one post of two', () => {
    const weeks = isoWeeksFrom(d('2026-06-01'), 1);
    const posts = [post({ id: 'a', date: d('2026-06-02'), channelIds: ['fb', 'ig'], status: 'published' })];
    const below = weeksBelowCadence(weeks, [facebook, instagram, newsletter], posts, d('2026-06-01'));
    expect(below.get(d('2026-06-01'))).toEqual([{ channelId: 'fb', channelName: 'Facebook-sivu', count: 1, target: 2 }]);
  });

  it('leaves out weeks on target and channels without a target', () => {
    const weeks = isoWeeksFrom(d('2026-06-01'), 2);
    const posts = ['2026-06-01', '2026-06-04', '2026-06-09', '2026-06-11'].map((date, index) => post({ id: `p${index}`, date: d(date), channelIds: ['fb'], status: 'draft' }));
    expect([...weeksBelowCadence(weeks, [facebook, newsletter], posts, d('2026-05-30')).keys()]).toEqual([]);
  });

  it('counts a week across the year end once: 2026’s week 53 runs from Monday 28 December to Sunday 3 January 2027', () => {
    const grid = monthGrid(d('2026-12-01'));
    const last = grid[grid.length - 1];
    expect([last.year, last.week, last.start, last.end]).toEqual([2026, 53, '2026-12-28', '2027-01-03']);
    const posts = [post({ id: 'a', date: d('2026-12-29'), channelIds: ['fb'] }), post({ id: 'b', date: d('2027-01-02'), channelIds: ['fb'] })];
    // January's grid starts with the same week: it is on target there too.
    const january = monthGrid(d('2027-01-01'));
    expect(january[0].start).toBe('2026-12-28');
    expect(weeksBelowCadence(grid, [facebook], posts, d('2026-12-01')).has(d('2026-12-28'))).toBe(false);
    expect(weeksBelowCadence(january, [facebook], posts, d('2026-12-01')).has(d('2026-12-28'))).toBe(false);
    // Week 1 of 2027 starts on Monday 4 January and has none.
    expect(weeksBelowCadence(january, [facebook], posts, d('2026-12-01')).get(d('2027-01-04'))).toEqual([{ channelId: 'fb', channelName: 'Facebook-sivu', count: 0, target: 2 }]);
  });

  it('puts 1 January 2026 in week 1 (it starts on Monday 29 December 2025) and 2020’s 31 December in week 53', () => {
    const posts = [post({ id: 'a', date: d('2025-12-29'), channelIds: ['ig'] })];
    const first = isoWeeksFrom(d('2026-01-01'), 1);
    expect(first[0]).toMatchObject({ year: 2026, week: 1, start: '2025-12-29' });
    expect(weeksBelowCadence(first, [instagram], posts, d('2025-12-01')).size).toBe(0);
    expect(isoWeeksFrom(d('2020-12-31'), 1)[0]).toMatchObject({ year: 2020, week: 53, start: '2020-12-28' });
  });

  it('counts a past day only for posts that went out, and never a cancelled post', () => {
    const weeks = isoWeeksFrom(d('2026-06-01'), 1);
    const posts = [
      post({ id: 'a', date: d('2026-06-02'), channelIds: ['fb'], status: 'draft' }),
      post({ id: 'b', date: d('2026-06-03'), channelIds: ['fb'], status: 'published' }),
      post({ id: 'c', date: d('2026-06-06'), channelIds: ['fb'], status: 'cancelled' }),
    ];
    expect(weeksBelowCadence(weeks, [facebook], posts, d('2026-06-05')).get(d('2026-06-01'))?.[0].count).toBe(1);
    // Seen on the Monday before, the draft still counts: there is time to get it out.
    expect(weeksBelowCadence(weeks, [facebook], posts, d('2026-06-01')).has(d('2026-06-01'))).toBe(false);
  });
});

describe('cadence: staleness by the channel’s own rhythm', () => {
  it('goes stale after two of the channel’s intervals without a post, never later than the setting', () => {
    expect(staleAfterDaysFor({ postsPerWeek: 2 }, 14)).toBe(8);
    expect(staleAfterDaysFor({ postsPerWeek: 1 }, 14)).toBe(14);
    expect(staleAfterDaysFor({ postsPerWeek: 1 }, 10)).toBe(10);
    expect(staleAfterDaysFor({ postsPerWeek: 7 }, 14)).toBe(2);
    expect(staleAfterDaysFor({ postsPerWeek: null }, 14)).toBe(14);
    expect(staleAfterDaysFor({}, 21)).toBe(21);
  });
});
