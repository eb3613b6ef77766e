import { describe, expect, it } from 'vitest';
import { instantOf } from '../../../../shared/calendar/zoned-time';
import { localDate as d, localTime } from '../../../../shared/domain/local-time';
import type { Ends, Repeat } from '../../../../shared/domain/series';
import { cancelOccurrences, editSeries, ideasAfterSplit, withOccurrenceReview } from '../../../../shared/recurrence/series-edits';
import type { Idea } from '../../../../shared/domain/idea';
import type { Series } from '../../../../shared/domain/series';
import { Series as SeriesSchema } from '../../../../shared/domain/series';
import { parseOccurrenceId } from '../../../../shared/recurrence/occurrence-id';
import { occurrencesBetween } from '../../../../shared/recurrence/series';
import { postDefaults } from '../../../../shared/domain/post';

const created = '2026-01-01T08:00:00.000Z';
const later = '2026-06-01T08:00:00.000Z';
const { date: _date, ...seriesDefaults } = postDefaults;

function series(start: string, repeat: Repeat, ends: Ends = { kind: 'never' }): Series {
  return SeriesSchema.parse({
    id: 's1',
    fields: { ...seriesDefaults, title: 'Viikkokuulumiset', time: '09:00', status: 'draft' },
    start,
    repeat,
    ends,
    overrides: {},
    cancelled: [],
    createdAt: created,
    updatedAt: created,
  });
}

const days = (s: Series, from: string, to: string) => occurrencesBetween(s, d(from), d(to)).map((o) => o.date);
const weekly = (...weekdays: Repeat extends infer R ? (R extends { weekdays: infer W } ? W : never) : never): Repeat => ({ every: 'week', interval: 1, weekdays });

describe('the days a series falls on', () => {
  it('weekly on Monday runs across month and year ends', () => {
    expect(days(series('2026-12-21', weekly('MO')), '2026-12-01', '2027-01-31')).toEqual([
      '2026-12-21',
      '2026-12-28',
      '2027-01-04',
      '2027-01-11',
      '2027-01-18',
      '2027-01-25',
    ]);
  });

  it('every 2 weeks on Tuesday and Thursday counts weeks from Monday', () => {
    expect(days(series('2026-12-01', { every: 'week', interval: 2, weekdays: ['TH', 'TU'] }), '2026-12-01', '2027-01-10')).toEqual([
      '2026-12-01',
      '2026-12-03',
      '2026-12-15',
      '2026-12-17',
      '2026-12-29',
      '2026-12-31',
    ]);
  });

  it('a 09:00 weekly post stays at 09:00 on the wall clock across both changes of summer time', () => {
    const s = series('2026-03-23', weekly('MO'));
    const occurrences = occurrencesBetween(s, d('2026-03-23'), d('2026-04-06'));
    expect(occurrences.map((o) => `${o.date} ${o.time}`)).toEqual(['2026-03-23 09:00', '2026-03-30 09:00', '2026-04-06 09:00']);
    // 07:00 UTC before the clocks go forward on 29 March, 06:00 UTC after.
    expect(occurrences.map((o) => instantOf(o.date, localTime(o.time ?? ''), 'Europe/Helsinki'))).toEqual([
      '2026-03-23T07:00:00.000Z',
      '2026-03-30T06:00:00.000Z',
      '2026-04-06T06:00:00.000Z',
    ]);
    const autumn = occurrencesBetween(series('2026-10-19', weekly('MO')), d('2026-10-19'), d('2026-10-26'));
    expect(autumn.map((o) => instantOf(o.date, localTime(o.time ?? ''), 'Europe/Helsinki'))).toEqual(['2026-10-19T06:00:00.000Z', '2026-10-26T07:00:00.000Z']);
  });

  it('monthly on the first Monday and on the last Monday', () => {
    const first = series('2026-01-05', { every: 'month', interval: 1, on: { position: 1, weekday: 'MO' } });
    expect(days(first, '2026-01-01', '2026-06-30')).toEqual(['2026-01-05', '2026-02-02', '2026-03-02', '2026-04-06', '2026-05-04', '2026-06-01']);
    const last = series('2026-01-26', { every: 'month', interval: 1, on: { position: -1, weekday: 'MO' } });
    expect(days(last, '2026-01-01', '2026-06-30')).toEqual(['2026-01-26', '2026-02-23', '2026-03-30', '2026-04-27', '2026-05-25', '2026-06-29']);
  });

  it('monthly on the 31st skips the months without one, as RFC 5545 and calendar apps do', () => {
    const s = series('2026-01-31', { every: 'month', interval: 1, on: { day: 31 } });
    expect(days(s, '2026-01-01', '2026-12-31')).toEqual(['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31', '2026-08-31', '2026-10-31', '2026-12-31']);
  });

  it('yearly from 29 February comes in leap years only, never on 1 March', () => {
    const s = series('2024-02-29', { every: 'year', interval: 1 });
    expect(days(s, '2024-01-01', '2033-12-31')).toEqual(['2024-02-29', '2028-02-29', '2032-02-29']);
    expect(days(series('2026-12-31', { every: 'year', interval: 2 }), '2026-01-01', '2031-12-31')).toEqual(['2026-12-31', '2028-12-31', '2030-12-31']);
  });

  it('ends on a date (included) or after N times', () => {
    expect(days(series('2026-12-07', weekly('MO'), { kind: 'on', date: d('2026-12-21') }), '2026-12-01', '2027-12-31')).toEqual([
      '2026-12-07',
      '2026-12-14',
      '2026-12-21',
    ]);
    expect(days(series('2026-12-01', weekly('TU', 'FR'), { kind: 'after', count: 3 }), '2026-12-01', '2027-12-31')).toEqual([
      '2026-12-01',
      '2026-12-04',
      '2026-12-08',
    ]);
  });

  it('a range in the middle of a series that never ends has just its own occurrences', () => {
    expect(days(series('2026-01-05', weekly('MO')), '2030-06-01', '2030-06-15')).toEqual(['2030-06-03', '2030-06-10']);
  });

  it('occurrences are posts with their own ids that name the series and the rule day', () => {
    const [first] = occurrencesBetween(series('2026-12-07', weekly('MO')), d('2026-12-07'), d('2026-12-07'));
    expect(first).toMatchObject({ id: 's1_2026-12-07', title: 'Viikkokuulumiset', status: 'draft', series: { id: 's1', date: '2026-12-07' } });
    expect(parseOccurrenceId(first.id)).toEqual({ seriesId: 's1', date: '2026-12-07' });
    expect(parseOccurrenceId('a-one-off-post')).toBeNull();
  });
});

describe('editing occurrences: this one, this and following, all', () => {
  const s = series('2026-12-07', weekly('MO'));

  it('this one: a moved and retitled occurrence; the rest keep the series', () => {
    const { series: edited, added } = editSeries(s, d('2026-12-14'), 'this', { changes: { title: 'Joulukuulumiset', date: d('2026-12-16'), time: localTime('18:00') } }, 'unused', later);
    expect(added).toBeNull();
    const shown = occurrencesBetween(edited ?? s, d('2026-12-01'), d('2026-12-31'));
    expect(shown.map((o) => `${o.date} ${o.time} ${o.title}`)).toEqual([
      '2026-12-07 09:00 Viikkokuulumiset',
      '2026-12-16 18:00 Joulukuulumiset',
      '2026-12-21 09:00 Viikkokuulumiset',
      '2026-12-28 09:00 Viikkokuulumiset',
    ]);
    // Moved out of a range, it is not there; moved into one from a later rule day, it is.
    expect(days(edited ?? s, '2026-12-14', '2026-12-15')).toEqual([]);
    const early = editSeries(s, d('2027-01-04'), 'this', { changes: { date: d('2026-12-30') } }, 'unused', later).series ?? s;
    expect(days(early, '2026-12-28', '2026-12-31')).toEqual(['2026-12-28', '2026-12-30']);
  });

  it('this and following: the old series ends the day before, the new one goes on with the change', () => {
    const { series: kept, added } = editSeries(s, d('2026-12-21'), 'following', { changes: { title: 'Uusi nimi', time: localTime('10:30') } }, 's2', later);
    expect(kept?.ends).toEqual({ kind: 'on', date: '2026-12-20' });
    expect(added).toMatchObject({ id: 's2', start: '2026-12-21' });
    const shown = [kept, added].flatMap((one) => (one ? occurrencesBetween(one, d('2026-12-01'), d('2027-01-10')) : []));
    expect(shown.map((o) => `${o.date} ${o.time} ${o.title}`)).toEqual([
      '2026-12-07 09:00 Viikkokuulumiset',
      '2026-12-14 09:00 Viikkokuulumiset',
      '2026-12-21 10:30 Uusi nimi',
      '2026-12-28 10:30 Uusi nimi',
      '2027-01-04 10:30 Uusi nimi',
    ]);
  });

  it('this and following: an idea linked to the series is linked to both parts, or to the new one when nothing is left of the first', () => {
    const idea = (id: string): Idea => ({ id, title: id, description: '', proposer: '', tags: [], status: 'planned', statusReason: '', supporters: [], links: [{ kind: 'series', id: 's1' }], createdAt: created, updatedAt: created });
    const other: Idea = { ...idea('other'), links: [{ kind: 'post', id: 'p1' }] };
    const split = editSeries(s, d('2026-12-21'), 'following', { changes: { title: 'Uusi nimi' } }, 's2', later);
    expect(ideasAfterSplit([idea('a'), other], 's1', split, later).map((entry) => entry.links)).toEqual([
      [{ kind: 'series', id: 's1' }, { kind: 'series', id: 's2' }],
      [{ kind: 'post', id: 'p1' }],
    ]);
    expect(ideasAfterSplit([idea('a')], 's1', { series: null, added: split.added }, later)[0].links).toEqual([{ kind: 'series', id: 's2' }]);
    // "This and following" on the first day changes the whole series: nothing to follow.
    expect(ideasAfterSplit([idea('a')], 's1', editSeries(s, d('2026-12-07'), 'following', { changes: { title: 'B' } }, 's2', later), later)[0].links).toEqual([{ kind: 'series', id: 's1' }]);
  });

  it('this and following keeps the total of "ends after N times"', () => {
    const counted = series('2026-12-07', weekly('MO'), { kind: 'after', count: 5 });
    const { series: kept, added } = editSeries(counted, d('2026-12-21'), 'following', { changes: { title: 'B' } }, 's2', later);
    const all = [kept, added].flatMap((one) => (one ? days(one, '2026-12-01', '2027-12-31') : []));
    expect(all).toEqual(['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04']);
  });

  it('this and following on the first occurrence changes the whole series, splitting nothing', () => {
    const { series: edited, added } = editSeries(s, d('2026-12-07'), 'following', { changes: { title: 'B' } }, 's2', later);
    expect(added).toBeNull();
    expect(edited?.fields.title).toBe('B');
  });

  it('all: every occurrence changes, except a field an occurrence changed that the edit leaves alone', () => {
    const moved = editSeries(s, d('2026-12-14'), 'this', { changes: { date: d('2026-12-15'), title: 'Oma' } }, 'unused', later).series ?? s;
    const { series: edited } = editSeries(moved, d('2026-12-21'), 'all', { changes: { title: 'Kaikki' } }, 'unused', later);
    expect(occurrencesBetween(edited ?? s, d('2026-12-01'), d('2026-12-22')).map((o) => `${o.date} ${o.title}`)).toEqual([
      '2026-12-07 Kaikki',
      '2026-12-15 Kaikki',
      '2026-12-21 Kaikki',
    ]);
  });

  it('all with a new rule starts on the first day the new rule gives', () => {
    const { series: edited } = editSeries(s, d('2026-12-21'), 'all', { changes: {}, repeat: weekly('WE') }, 'unused', later);
    expect(days(edited ?? s, '2026-12-01', '2026-12-20')).toEqual(['2026-12-09', '2026-12-16']);
  });

  it('cancelling one occurrence, the following ones, or all', () => {
    expect(days(cancelOccurrences(s, d('2026-12-14'), 'this', later) ?? s, '2026-12-01', '2026-12-31')).toEqual(['2026-12-07', '2026-12-21', '2026-12-28']);
    expect(days(cancelOccurrences(s, d('2026-12-21'), 'following', later) ?? s, '2026-12-01', '2027-03-31')).toEqual(['2026-12-07', '2026-12-14']);
    expect(cancelOccurrences(s, d('2026-12-21'), 'all', later)).toBeNull();
  });

  it('a new rule keeps what was done to an occurrence while its day is still given; a day no longer given goes with its edits', () => {
    const retitled = editSeries(s, d('2026-12-14'), 'this', { changes: { title: 'Oma' } }, 'unused', later).series ?? s;
    const edited = cancelOccurrences(retitled, d('2026-12-21'), 'this', later) ?? s;
    // Monday and Wednesday: the 14th keeps its title, the 21st stays cancelled.
    const both = editSeries(edited, d('2026-12-07'), 'all', { changes: {}, repeat: weekly('MO', 'WE') }, 'unused', later).series ?? s;
    expect(occurrencesBetween(both, d('2026-12-07'), d('2026-12-23')).map((o) => `${o.date} ${o.title}`)).toEqual([
      '2026-12-07 Viikkokuulumiset',
      '2026-12-09 Viikkokuulumiset',
      '2026-12-14 Oma',
      '2026-12-16 Viikkokuulumiset',
      '2026-12-23 Viikkokuulumiset',
    ]);
    // Wednesday only: Mondays are no longer given, and nothing of theirs is kept.
    const wednesdays = editSeries(edited, d('2026-12-07'), 'all', { changes: {}, repeat: weekly('WE') }, 'unused', later).series ?? s;
    expect(wednesdays.overrides).toEqual({});
    expect(wednesdays.cancelled).toEqual([]);
    expect(days(wednesdays, '2026-12-01', '2026-12-23')).toEqual(['2026-12-09', '2026-12-16', '2026-12-23']);
  });

  it('a new end: "all" ends the series after 3 times, "this and following" every 2 weeks from the 21st', () => {
    const three = editSeries(s, d('2026-12-14'), 'all', { changes: {}, ends: { kind: 'after', count: 3 } }, 'unused', later).series ?? s;
    expect(days(three, '2026-12-01', '2027-03-31')).toEqual(['2026-12-07', '2026-12-14', '2026-12-21']);
    const { series: kept, added } = editSeries(s, d('2026-12-21'), 'following', { changes: {}, repeat: { every: 'week', interval: 2, weekdays: ['MO'] } }, 's2', later);
    const all = [kept, added].flatMap((one) => (one ? days(one, '2026-12-01', '2027-01-31') : []));
    expect(all).toEqual(['2026-12-07', '2026-12-14', '2026-12-21', '2027-01-04', '2027-01-18']);
  });

  it('an approved occurrence sent back to draft loses its approval, alone or with the whole series', () => {
    const approved = withOccurrenceReview(s, d('2026-12-14'), { status: 'approved', approval: { by: 'Aino', at: later }, checklistOverride: null, comments: [] }, later);
    const approval = (one: Series) => occurrencesBetween(one, d('2026-12-14'), d('2026-12-14'))[0];
    expect(approval(approved)).toMatchObject({ status: 'approved', approval: { by: 'Aino' } });
    const alone = editSeries(approved, d('2026-12-14'), 'this', { changes: { status: 'draft' } }, 'unused', later).series ?? s;
    expect(approval(alone)).toMatchObject({ status: 'draft', approval: null });
    const all = editSeries(approved, d('2026-12-07'), 'all', { changes: { status: 'draft' } }, 'unused', later).series ?? s;
    expect(approval(all)).toMatchObject({ status: 'draft', approval: null });
    // Another field changed alone keeps the approval.
    const retitled = editSeries(approved, d('2026-12-14'), 'this', { changes: { title: 'Uusi' } }, 'unused', later).series ?? s;
    expect(approval(retitled)).toMatchObject({ status: 'approved', approval: { by: 'Aino' } });
  });
});

describe('the rule days kept between listings', () => {
  it('a series changed under the same id, or listed years further on, gives the days of its rule as it now is', () => {
    const mondays = series('2021-12-06', weekly('MO'));
    expect(days(mondays, '2026-12-01', '2026-12-10')).toEqual(['2026-12-07']);
    expect(days({ ...mondays, repeat: weekly('TU') }, '2026-12-01', '2026-12-10')).toEqual(['2026-12-01', '2026-12-08']);
    expect(days({ ...mondays, cancelled: [d('2026-12-07')] }, '2026-12-01', '2026-12-10')).toEqual([]);
    expect(days(mondays, '2031-12-01', '2031-12-10')).toEqual(['2031-12-01', '2031-12-08']);
    expect(days(mondays, '2021-12-01', '2021-12-10')).toEqual(['2021-12-06']);
  });
});
