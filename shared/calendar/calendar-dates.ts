import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import type { LocalDate } from '../domain/local-time';
import { localDate } from '../domain/local-time';

/*
 * Calendar arithmetic on wall-clock dates. Each LocalDate is handled as midnight UTC
 * so that neither the machine's time zone nor a daylight-saving change can shift a
 * day; the association's time zone matters only for "today" and for exports.
 */

export function toCalendarDate(date: LocalDate): TZDate {
  return new TZDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 'UTC');
}

export function fromCalendarDate(date: Date): LocalDate {
  return localDate(format(date, 'yyyy-MM-dd'));
}

export function plusDays(date: LocalDate, days: number): LocalDate {
  return fromCalendarDate(addDays(toCalendarDate(date), days));
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return differenceInCalendarDays(toCalendarDate(to), toCalendarDate(from));
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
  const day = toCalendarDate(date);
  const start = fromCalendarDate(startOfISOWeek(day));
  return { year: getISOWeekYear(day), week: getISOWeek(day), start, end: plusDays(start, 6) };
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
