import { describe, expect, it } from 'vitest';
import { plusDays } from '../../../../shared/calendar/calendar-dates';
import { instantOf, utcOffsetMinutes, wallClockOf } from '../../../../shared/calendar/zoned-time';
import { localDate, localTime } from '../../../../shared/domain/local-time';

const HELSINKI = 'Europe/Helsinki';

describe('wall-clock time in the association’s time zone', () => {
  it('is 07:00 UTC for 09:00 Helsinki in winter and 06:00 UTC in summer', () => {
    expect(instantOf(localDate('2026-03-27'), localTime('09:00'), HELSINKI)).toBe('2026-03-27T07:00:00.000Z');
    expect(instantOf(localDate('2026-03-30'), localTime('09:00'), HELSINKI)).toBe('2026-03-30T06:00:00.000Z');
  });

  it('changes the offset on the last Sunday of March at 03:00 and of October at 04:00', () => {
    expect(utcOffsetMinutes(localDate('2026-03-29'), localTime('02:30'), HELSINKI)).toBe(120);
    expect(utcOffsetMinutes(localDate('2026-03-29'), localTime('05:00'), HELSINKI)).toBe(180);
    expect(utcOffsetMinutes(localDate('2026-10-25'), localTime('02:00'), HELSINKI)).toBe(180);
    expect(utcOffsetMinutes(localDate('2026-10-25'), localTime('05:00'), HELSINKI)).toBe(120);
  });

  it('reads back the same wall clock after moving a 09:00 post a day at a time through both changes', () => {
    for (const start of ['2026-03-25', '2026-10-22']) {
      for (let day = 0; day < 7; day += 1) {
        const date = plusDays(localDate(start), day);
        expect(wallClockOf(instantOf(date, localTime('09:00'), HELSINKI), HELSINKI)).toEqual({ date, time: '09:00' });
      }
    }
  });

  it('follows Stockholm’s zone when Settings say so (one hour behind Helsinki)', () => {
    expect(instantOf(localDate('2026-07-01'), localTime('09:00'), 'Europe/Stockholm')).toBe('2026-07-01T07:00:00.000Z');
  });

  it('shows the Helsinki date of a moment that is still the previous day in UTC', () => {
    expect(wallClockOf('2026-12-31T22:30:00.000Z', HELSINKI)).toEqual({ date: '2027-01-01', time: '00:30' });
  });
});
