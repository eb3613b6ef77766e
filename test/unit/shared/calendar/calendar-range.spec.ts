import { describe, expect, it } from 'vitest';
import { firstOfMonth, monthGrid, plusMonths, stepDate, visibleRange, weekDays } from '../../../../shared/calendar/calendar-range';
import { localDate } from '../../../../shared/domain/local-time';

const d = localDate;

describe('the month grid', () => {
  it('starts on the Monday before the 1st and ends on the Sunday after the last day', () => {
    const weeks = monthGrid(d('2026-03-17'));
    expect(weeks[0].days[0]).toBe('2026-02-23');
    expect(weeks.at(-1)?.days[6]).toBe('2026-04-05');
    expect(weeks.map((week) => week.week)).toEqual([9, 10, 11, 12, 13, 14]);
  });

  it('numbers the weeks of December 2026 up to week 53, which ends in January 2027', () => {
    const weeks = monthGrid(d('2026-12-01'));
    expect(weeks.map((week) => week.week)).toEqual([49, 50, 51, 52, 53]);
    expect(weeks.at(-1)).toMatchObject({ year: 2026, week: 53, start: '2026-12-28', end: '2027-01-03' });
  });

  it('starts January 2027 with week 53 of 2026, because 1 January is a Friday', () => {
    const weeks = monthGrid(d('2027-01-20'));
    expect(weeks[0]).toMatchObject({ year: 2026, week: 53 });
    expect(weeks[1]).toMatchObject({ year: 2027, week: 1, start: '2027-01-04' });
  });

  it('needs only four rows for February 2027, which starts on a Monday', () => {
    expect(monthGrid(d('2027-02-10'))).toHaveLength(4);
  });

  it('has seven days in every row, Monday first', () => {
    for (const week of monthGrid(d('2026-11-25'))) {
      expect(week.days).toHaveLength(7);
      expect(week.days[0]).toBe(week.start);
    }
  });
});

describe('moving through months and weeks', () => {
  it('keeps the day inside shorter months', () => {
    expect(plusMonths(d('2026-01-31'), 1)).toBe('2026-02-28');
    expect(plusMonths(d('2028-01-31'), 1)).toBe('2028-02-29');
    expect(plusMonths(d('2026-12-15'), 1)).toBe('2027-01-15');
    expect(plusMonths(d('2026-01-15'), -1)).toBe('2025-12-15');
  });

  it('steps a month view by months, a week view by weeks and the agenda by six weeks', () => {
    expect(stepDate('month', d('2026-03-17'), 1)).toBe('2026-04-01');
    expect(stepDate('month', d('2026-03-17'), -1)).toBe('2026-02-01');
    expect(stepDate('week', d('2026-03-19'), 1)).toBe('2026-03-23');
    expect(stepDate('agenda', d('2026-03-19'), -1)).toBe('2026-02-02');
  });

  it('lists Monday to Sunday of a week, across the turn of the year', () => {
    expect(weekDays(d('2027-01-01'))).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
  });

  it('finds the first of the month', () => {
    expect(firstOfMonth(d('2026-03-31'))).toBe('2026-03-01');
  });
});

describe('the range a view loads', () => {
  it('is the whole grid for a month, one week for a week, six weeks for the agenda', () => {
    expect(visibleRange('month', d('2026-11-25'), 4)).toEqual({ from: '2026-10-26', to: '2026-12-06' });
    expect(visibleRange('week', d('2026-11-25'), 4)).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(visibleRange('agenda', d('2026-11-25'), 4)).toEqual({ from: '2026-11-23', to: '2027-01-03' });
  });

  it('is today and the next N weeks for the review view', () => {
    expect(visibleRange('review', d('2026-11-25'), 2)).toEqual({ from: '2026-11-25', to: '2026-12-08' });
  });
});
