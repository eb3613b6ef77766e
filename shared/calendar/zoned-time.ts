import { TZDate } from '@date-fns/tz';
import type { LocalDate, LocalTime } from '../domain/local-time';
import { localDate, localTime } from '../domain/local-time';

/*
 * From the association's wall clock to moments in time and back. Posts are stored as
 * wall-clock date + time, so the moment a post goes out follows its zone's summer
 * time: 09:00 Helsinki is 07:00 UTC in winter and 06:00 UTC in summer. Exports and
 * reminders convert here; the calendar itself never needs to.
 */

/** The moment (UTC, ISO 8601) at which the wall clock of `timeZone` shows `date` `time`. */
export function instantOf(date: LocalDate, time: LocalTime, timeZone: string): string {
  const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))];
  const [hours, minutes] = [Number(time.slice(0, 2)), Number(time.slice(3, 5))];
  return new Date(new TZDate(year, month, day, hours, minutes, timeZone).getTime()).toISOString();
}

/** What the wall clock of `timeZone` shows at a moment. */
export function wallClockOf(instant: string, timeZone: string): { date: LocalDate; time: LocalTime } {
  const zoned = new TZDate(Date.parse(instant), timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    date: localDate(`${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`),
    time: localTime(`${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`),
  };
}

/** Minutes the zone is ahead of UTC on that wall-clock moment (Helsinki: 120 in winter, 180 in summer). */
export function utcOffsetMinutes(date: LocalDate, time: LocalTime, timeZone: string): number {
  const instant = Date.parse(instantOf(date, time, timeZone));
  const asIfUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asIfUtc - instant) / 60_000);
}
