import { describe, expect, it } from 'vitest';
import { isLocalDate, isLocalTime, LocalDate, monthKeysBetween, localDate } from '../../../../shared/domain/local-time';

describe('local dates', () => {
  it('accepts real calendar dates, leap days included', () => {
    expect(['2026-01-01', '2024-02-29', '2026-12-31', '2000-02-29'].every(isLocalDate)).toBe(true);
  });

  it('refuses impossible dates such as 30 February', () => {
    for (const bad of ['2026-02-30', '2025-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '26-1-1', '2026-1-1', '', '2026-01-01T00:00']) {
      expect(isLocalDate(bad), bad).toBe(false);
    }
  });

  it('reports an impossible date with the dateInvalid message key', () => {
    const result = LocalDate.safeParse('2026-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('v.dateInvalid');
  });

  it('accepts 24-hour times only', () => {
    expect(['00:00', '09:30', '23:59'].every(isLocalTime)).toBe(true);
    expect(['24:00', '9:30', '12:60', '12.30', ''].some(isLocalTime)).toBe(false);
  });

  it('lists the months a range touches, across a year boundary', () => {
    expect(monthKeysBetween(localDate('2026-11-20'), localDate('2027-02-01'))).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthKeysBetween(localDate('2026-03-05'), localDate('2026-03-06'))).toEqual(['2026-03']);
  });
});
