import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { LocalDate } from '../domain/local-time';
import { localDate } from '../domain/local-time';

/*
 * Calendar arithmetic on wall-clock dates. Each LocalDate is handled as midnight UTC
 * so that neither the machine's time zone nor a daylight-saving change can shift a
 * day; the association's time zone matters only for "today" and for exports.
 *
 * The arithmetic the calendar does on every render (days, ISO weeks) counts whole days
 * since 1970-01-01 instead: time-zone-aware date objects cost most of a month view's time.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (negative before). */
function dayNumber(date: LocalDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function fromDayNumber(day: number): LocalDate {
  const utc = new Date(day * DAY_MS);
  const pad = (value: number, length: number) => String(value).padStart(length, '0');
  return localDate(`${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1, 2)}-${pad(utc.getUTCDate(), 2)}`);
}

export function toCalendarDate(date: LocalDate): TZDate {
  return new TZDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 'UTC');
}

export function fromCalendarDate(date: Date): LocalDate {
  return localDate(format(date, 'yyyy-MM-dd'));
}

export function plusDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + Math.trunc(days));
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date it is now in the given time zone (a volunteer in Helsinki at 00:30 is already in tomorrow). */
export function todayIn(timeZone: string, now: Date): LocalDate {
  return localDate(format(new TZDate(now.getTime(), timeZone), 'yyyy-MM-dd'));
}

export interface IsoWeek {
  /** The ISO week-numbering year: 2027-01-01 belongs to 2026's week 53. */
  year: number;
  week: number;
  /** Monday. */
  start: LocalDate;
  /** Sunday. */
  end: LocalDate;
}

export function isoWeekOf(date: LocalDate): IsoWeek {
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday; 0 is Monday.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const monday = day - weekday;
  // An ISO week belongs to the year of its Thursday, and week 1 is the one with January's first Thursday.
  const year = new Date((monday + 3) * DAY_MS).getUTCFullYear();
  const week = Math.floor((monday + 3 - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1;
  return { year, week, start: fromDayNumber(monday), end: fromDayNumber(monday + 6) };
}

/** Consecutive ISO weeks starting with the week that contains `from`. */
export function isoWeeksFrom(from: LocalDate, count: number): IsoWeek[] {
  const first = isoWeekOf(from).start;
  return Array.from({ length: count }, (_, index) => isoWeekOf(plusDays(first, index * 7)));
}

/** Groups items that have a date into the given weeks; weeks without items stay, empty. */
export function groupByWeek<T extends { date: LocalDate | null }>(weeks: IsoWeek[], items: T[]): { week: IsoWeek; items: T[] }[] {
  return weeks.map((week) => ({
    week,
    items: items.filter((item) => item.date !== null && item.date >= week.start && item.date <= week.end),
  }));
}
