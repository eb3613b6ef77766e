import { describe, expect, it } from 'vitest';
import { awayDaysWithin, awayOn, awayPeriodsDuring, isAwayDuring, isAwayOn } from '../../../../shared/roster/away';
import { away, d, volunteer } from './builders';

describe('away periods', () => {
  it('covers the days of a one-off period, both ends included, and nothing else', () => {
    const period = away('2026-12-07', '2026-12-13');
    expect(awayOn(period, d('2026-12-06'))).toBe(false);
    expect(awayOn(period, d('2026-12-07'))).toBe(true);
    expect(awayOn(period, d('2026-12-13'))).toBe(true);
    expect(awayOn(period, d('2026-12-14'))).toBe(false);
    expect(awayOn(period, d('2027-12-10'))).toBe(false);
  });

  it('repeats a yearly period ("every July") in later years but not earlier ones', () => {
    const july = away('2026-07-01', '2026-07-31', true);
    expect(awayOn(july, d('2026-07-15'))).toBe(true);
    expect(awayOn(july, d('2029-07-01'))).toBe(true);
    expect(awayOn(july, d('2029-08-01'))).toBe(false);
    expect(awayOn(july, d('2025-07-15'))).toBe(false);
  });

  it('repeats a yearly period over the new year: late December and the following early January', () => {
    const christmas = away('2026-12-20', '2027-01-06', true);
    expect(awayOn(christmas, d('2026-12-24'))).toBe(true);
    expect(awayOn(christmas, d('2027-01-06'))).toBe(true);
    expect(awayOn(christmas, d('2027-01-07'))).toBe(false);
    expect(awayOn(christmas, d('2027-12-31'))).toBe(true);
    expect(awayOn(christmas, d('2028-01-02'))).toBe(true);
    // Not in the January before the first Christmas.
    expect(awayOn(christmas, d('2026-01-02'))).toBe(false);
  });

  it('treats a yearly period of a whole year or longer as always away from its start', () => {
    const always = away('2026-03-01', '2027-03-01', true);
    expect(awayOn(always, d('2030-09-09'))).toBe(true);
    expect(awayOn(always, d('2026-02-28'))).toBe(false);
  });

  it('finds the periods that touch a duty, even by a single day', () => {
    const aino = volunteer('Aino', { away: [away('2026-12-13', '2026-12-20'), away('2026-07-01', '2026-07-31', true)] });
    expect(awayPeriodsDuring(aino, d('2026-12-07'), d('2026-12-13')).map((p) => p.from)).toEqual(['2026-12-13']);
    expect(isAwayDuring(aino, d('2027-06-28'), d('2027-07-04'))).toBe(true);
    expect(isAwayDuring(aino, d('2027-06-21'), d('2027-06-27'))).toBe(false);
    expect(isAwayOn(aino, d('2026-12-21'))).toBe(false);
  });

  it('gives the days of a duty its holder is away as runs, a yearly Christmas across the new year included', () => {
    const christmas = { away: [away('2025-12-20', '2026-01-06', true), away('2027-01-10', '2027-01-10')] };
    expect(awayDaysWithin(christmas, d('2026-12-28'), d('2027-01-10'))).toEqual([
      { from: '2026-12-28', to: '2027-01-06' },
      { from: '2027-01-10', to: '2027-01-10' },
    ]);
    expect(awayDaysWithin(christmas, d('2027-01-07'), d('2027-01-09'))).toEqual([]);
  });
});
