import type { DateRange } from '../domain/date-range';
import type { LocalDate } from '../domain/local-time';
import { daysInMonth, localDate } from '../domain/local-time';
import type { CalendarView, Preferences } from '../domain/preferences';
import type { IsoWeek } from './calendar-dates';
import { isoWeekOf, isoWeeksFrom, plusDays } from './calendar-dates';

/*
 * What each calendar view shows for a given day: the month grid (Monday-first whole
 * ISO weeks), the week, the agenda's weeks, the review window. The renderer asks the
 * services for exactly this range, so a view never loads more than it shows.
 */

/** The agenda shows this many weeks from the week of its day. */
export const AGENDA_WEEKS = 6;

export function firstOfMonth(date: LocalDate): LocalDate {
  return localDate(`${date.slice(0, 7)}-01`);
}

/** The same day `months` months later, kept inside the month: 31.1. + 1 month = 28.2. (or 29.2.). */
export function plusMonths(date: LocalDate, months: number): LocalDate {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return localDate(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

export interface MonthWeek extends IsoWeek {
  days: LocalDate[];
}

// A month's grid never changes, and every render and range asks for it: keep the ones seen.
const grids = new Map<string, readonly MonthWeek[]>();
const GRIDS_KEPT = 120;

/** The weeks of a month view: every ISO week that has a day of the month, Monday first (4 to 6 rows). */
export function monthGrid(date: LocalDate): readonly MonthWeek[] {
  const month = date.slice(0, 7);
  const kept = grids.get(month);
  if (kept) return kept;
  if (grids.size >= GRIDS_KEPT) grids.clear();
  const grid = Object.freeze(computeMonthGrid(date));
  grids.set(month, grid);
  return grid;
}

function computeMonthGrid(date: LocalDate): MonthWeek[] {
  const first = firstOfMonth(date);
  const last = plusDays(plusMonths(first, 1), -1);
  const weeks: MonthWeek[] = [];
  for (let monday = isoWeekOf(first).start; monday <= last; monday = plusDays(monday, 7)) {
    const week = isoWeekOf(monday);
    weeks.push({ ...week, days: weekDays(monday) });
  }
  return weeks;
}

/** Monday to Sunday of the ISO week of `date`. */
export function weekDays(date: LocalDate): LocalDate[] {
  const monday = isoWeekOf(date).start;
  return Array.from({ length: 7 }, (_, index) => plusDays(monday, index));
}

/** The days whose posts a view shows (and asks the services for). */
export function visibleRange(view: CalendarView, date: LocalDate, reviewWeeks: number): DateRange {
  switch (view) {
    case 'month': {
      const weeks = monthGrid(date);
      return { from: weeks[0].start, to: weeks[weeks.length - 1].end };
    }
    case 'week': {
      const week = isoWeekOf(date);
      return { from: week.start, to: week.end };
    }
    case 'agenda': {
      const weeks = isoWeeksFrom(date, AGENDA_WEEKS);
      return { from: weeks[0].start, to: weeks[weeks.length - 1].end };
    }
    case 'review':
      return { from: date, to: plusDays(date, reviewWeeks * 7 - 1) };
  }
}

/** The range the calendar shows for the saved preferences: the review window always starts today. */
export function rangeOfPreferences(preferences: Pick<Preferences, 'calendarView' | 'calendarDate' | 'reviewWeeks'>, today: LocalDate): DateRange {
  const view = preferences.calendarView;
  return visibleRange(view, view === 'review' ? today : (preferences.calendarDate ?? today), preferences.reviewWeeks);
}

/** Previous / next: a month, a week, or the agenda's six weeks; the review window always starts today. */
export function stepDate(view: CalendarView, date: LocalDate, direction: -1 | 1): LocalDate {
  switch (view) {
    case 'month':
      return plusMonths(firstOfMonth(date), direction);
    case 'week':
      return plusDays(isoWeekOf(date).start, 7 * direction);
    case 'agenda':
      return plusDays(isoWeekOf(date).start, 7 * AGENDA_WEEKS * direction);
    case 'review':
      return date;
  }
}

export function isInRange(date: LocalDate | null, range: DateRange): boolean {
  return date !== null && date >= range.from && date <= range.to;
}
