import { z } from 'zod';

/**
 * Posts are planned in the association's own wall-clock time: a calendar date
 * ("2026-03-30") and an optional time of day ("09:00") in the time zone from
 * Settings. Storing wall-clock values rather than instants is what keeps a
 * 09:00 post at 09:00 when it is moved across a daylight-saving change.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date in yyyy-MM-dd form: 2024-02-29 yes, 2026-02-30 no. */
export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isLocalTime(value: string): boolean {
  return LOCAL_TIME.test(value);
}

export const LocalDate = z
  .string()
  .refine(isLocalDate, { error: 'v.dateInvalid' })
  .brand<'LocalDate'>();
export type LocalDate = z.infer<typeof LocalDate>;

export const LocalTime = z
  .string()
  .refine(isLocalTime, { error: 'v.timeInvalid' })
  .brand<'LocalTime'>();
export type LocalTime = z.infer<typeof LocalTime>;

/** A moment in time (UTC, ISO 8601 with milliseconds), used for created/updated stamps. */
export const Instant = z.iso.datetime({ error: 'v.instantInvalid' });
export type Instant = z.infer<typeof Instant>;

/** Trusted conversion for values the code itself produced (date-fns output, constants). */
export function localDate(value: string): LocalDate {
  if (!isLocalDate(value)) throw new RangeError(`Not a calendar date: ${value}`);
  return value as LocalDate;
}

export function localTime(value: string): LocalTime {
  if (!isLocalTime(value)) throw new RangeError(`Not a time of day: ${value}`);
  return value as LocalTime;
}

/** "2026-11" — the month a date belongs to; posts are stored one file per month. */
export function monthKey(date: LocalDate): string {
  return date.slice(0, 7);
}

/** Every month key from the month of `from` to the month of `to`, inclusive. */
export function monthKeysBetween(from: LocalDate, to: LocalDate): string[] {
  const keys: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = monthKey(to);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    keys.push(key);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return keys;
}
