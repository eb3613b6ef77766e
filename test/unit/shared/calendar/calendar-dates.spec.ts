import { describe, expect, it } from 'vitest';
import { daysBetween, groupByWeek, isoWeekOf, isoWeeksFrom, plusDays, todayIn } from '../../../../shared/calendar/calendar-dates';
import { localDate } from '../../../../shared/domain/local-time';

describe('ISO weeks', () => {
  it('puts 2026-12-31 in week 53 of 2026', () => {
    expect(isoWeekOf(localDate('2026-12-31'))).toEqual({ year: 2026, week: 53, start: '2026-12-28', end: '2027-01-03' });
  });

  it('puts 2027-01-01 in week 53 of 2026, not week 1 of 2027', () => {
    expect(isoWeekOf(localDate('2027-01-01'))).toMatchObject({ year: 2026, week: 53 });
  });

  it('starts 2027 week 1 on Monday 4 January', () => {
    expect(isoWeekOf(localDate('2027-01-04'))).toMatchObject({ year: 2027, week: 1, start: '2027-01-04' });
  });

  it('puts 2025-12-29 in week 1 of 2026', () => {
    expect(isoWeekOf(localDate('2025-12-29'))).toMatchObject({ year: 2026, week: 1 });
  });

  it('lists consecutive weeks from any day of the first one', () => {
    expect(isoWeeksFrom(localDate('2026-12-30'), 3).map((w) => `${w.year}-${w.week}`)).toEqual(['2026-53', '2027-1', '2027-2']);
  });

  it('groups posts into their weeks and keeps empty weeks', () => {
    const weeks = isoWeeksFrom(localDate('2026-11-23'), 2);
    const grouped = groupByWeek(weeks, [{ date: localDate('2026-11-29') }, { date: null }]);
    expect(grouped.map((g) => g.items.length)).toEqual([1, 0]);
  });
});

describe('day arithmetic', () => {
  it('adds days across the March daylight-saving change without losing one', () => {
    expect(plusDays(localDate('2026-03-28'), 2)).toBe('2026-03-30');
    expect(daysBetween(localDate('2026-03-28'), localDate('2026-03-30'))).toBe(2);
  });

  it('adds days across the October change and leap years', () => {
    expect(plusDays(localDate('2026-10-24'), 2)).toBe('2026-10-26');
    expect(plusDays(localDate('2028-02-28'), 1)).toBe('2028-02-29');
  });

  it('knows that 00:30 in Helsinki is already tomorrow while it is still today in UTC', () => {
    const now = new Date('2026-03-29T22:30:00Z');
    expect(todayIn('Europe/Helsinki', now)).toBe('2026-03-30');
    expect(todayIn('UTC', now)).toBe('2026-03-29');
  });
});
