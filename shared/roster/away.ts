import { addDays, dayCount } from './days';
import type { LocalDate } from '../domain/local-time';
import type { AwayPeriod, Volunteer } from '../domain/volunteer';

/*
 * Away periods. A one-off period covers its dates. A yearly one ("every July",
 * "every Christmas from 20.12. to 6.1.") covers the same days of the year in its
 * own year and every later year — never earlier years, so that saying "from now on
 * I'm away every July" does not mark last July's duties as conflicts. Days are
 * compared as month-day strings, so 29.2. simply does not occur in other years.
 */

/** A yearly period this long or longer covers the whole year. */
const WHOLE_YEAR_DAYS = 365;

const monthDay = (date: LocalDate) => date.slice(5);
const yearOf = (date: LocalDate) => Number(date.slice(0, 4));

/** True when the period covers the given day. */
export function awayOn(period: AwayPeriod, day: LocalDate): boolean {
  if (!period.yearly) return period.from <= day && day <= period.to;
  if (day < period.from) return false;
  if (dayCount(period.from, period.to) + 1 >= WHOLE_YEAR_DAYS) return true;
  const [start, end, md] = [monthDay(period.from), monthDay(period.to), monthDay(day)];
  if (start <= end) return start <= md && md <= end;
  // The period crosses the new year: 20.12.–6.1. covers late December and early January,
  // but the January part starts only in the year after the first December.
  return md >= start || (md <= end && yearOf(day) > yearOf(period.from));
}

/** The volunteer's away periods that touch any day from `from` to `to` (inclusive). */
export function awayPeriodsDuring(volunteer: Pick<Volunteer, 'away'>, from: LocalDate, to: LocalDate): AwayPeriod[] {
  if (volunteer.away.length === 0 || to < from) return [];
  return volunteer.away.filter((period) => {
    if (!period.yearly) return period.from <= to && from <= period.to;
    // Duties are short (days or weeks); walking the days keeps the yearly rule in one place.
    for (let day = from; day <= to; day = addDays(day, 1)) if (awayOn(period, day)) return true;
    return false;
  });
}

export function isAwayDuring(volunteer: Pick<Volunteer, 'away'>, from: LocalDate, to: LocalDate): boolean {
  return awayPeriodsDuring(volunteer, from, to).length > 0;
}

export function isAwayOn(volunteer: Pick<Volunteer, 'away'>, day: LocalDate): boolean {
  return volunteer.away.some((period) => awayOn(period, day));
}

/** The runs of days from `from` to `to` on which the volunteer is away: what a duty's holder cannot keep. */
export function awayDaysWithin(volunteer: Pick<Volunteer, 'away'>, from: LocalDate, to: LocalDate): { from: LocalDate; to: LocalDate }[] {
  const runs: { from: LocalDate; to: LocalDate }[] = [];
  if (volunteer.away.length === 0) return runs;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (!isAwayOn(volunteer, day)) continue;
    const last = runs.at(-1);
    if (last && addDays(last.to, 1) === day) last.to = day;
    else runs.push({ from: day, to: day });
  }
  return runs;
}
