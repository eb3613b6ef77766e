import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, isoWeekOf, plusDays } from '../../../../shared/calendar/calendar-dates';
import { monthGrid } from '../../../../shared/calendar/calendar-range';
import type { LocalDate } from '../../../../shared/domain/local-time';
import { localDate } from '../../../../shared/domain/local-time';

/* The day arithmetic counts whole days; date-fns on time-zone-aware dates (what it used before) is the reference; a Helsinki reference would itself be a day off where the zone's offset changed, as in May 1921. */

const zoned = (date: LocalDate) => new TZDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 'UTC');
const text = (date: Date) => format(date, 'yyyy-MM-dd');
const anyDate = fc.date({ min: new Date('1903-01-01T00:00:00Z'), max: new Date('2197-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => localDate(date.toISOString().slice(0, 10)));

describe('day arithmetic without time zones', () => {
  it('agrees with date-fns on UTC dates (the way it was computed before) for plusDays, daysBetween and ISO weeks, 1903–2197 (dates live in 1900–2200)', () => {
    fc.assert(
      fc.property(anyDate, anyDate, fc.integer({ min: -800, max: 800 }), (date, other, days) => {
        expect(plusDays(date, days)).toBe(text(addDays(zoned(date), days)));
        expect(daysBetween(date, other)).toBe(differenceInCalendarDays(zoned(other), zoned(date)));
        const week = isoWeekOf(date);
        expect(week).toEqual({ year: getISOWeekYear(zoned(date)), week: getISOWeek(zoned(date)), start: text(startOfISOWeek(zoned(date))), end: text(addDays(startOfISOWeek(zoned(date)), 6)) });
      }),
      { numRuns: 2000 },
    );
  });

  it('steps over the daylight-saving weeks one whole day at a time', () => {
    expect(plusDays(localDate('2026-03-28'), 1)).toBe('2026-03-29');
    expect(plusDays(localDate('2026-03-29'), 1)).toBe('2026-03-30');
    expect(daysBetween(localDate('2026-03-23'), localDate('2026-04-06'))).toBe(14);
    expect(isoWeekOf(localDate('2026-10-25'))).toEqual({ year: 2026, week: 43, start: '2026-10-19', end: '2026-10-25' });
  });

  it('knows the years with a week 53 (2020, 2026, 2032) and the years without', () => {
    expect(isoWeekOf(localDate('2020-12-31')).week).toBe(53);
    expect(isoWeekOf(localDate('2021-01-03'))).toMatchObject({ year: 2020, week: 53 });
    expect(isoWeekOf(localDate('2032-12-31'))).toMatchObject({ year: 2032, week: 53 });
    expect(isoWeekOf(localDate('2025-12-28'))).toMatchObject({ year: 2025, week: 52 });
  });

  it('gives the same month grid every time it is asked, computed once', () => {
    const january = monthGrid(localDate('2027-01-15'));
    expect(monthGrid(localDate('2027-01-01'))).toBe(january);
    expect(january.map((week) => `${week.year}-${week.week}`)).toEqual(['2026-53', '2027-1', '2027-2', '2027-3', '2027-4']);
    expect(january[0].days).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
  });
});
