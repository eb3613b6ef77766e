import { useMemo } from 'react';
import { visibleRange, stepDate } from '../../../shared/calendar/calendar-range';
import { todayIn } from '../../../shared/calendar/calendar-dates';
import type { DateRange } from '../../../shared/domain/date-range';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { CalendarView, Preferences } from '../../../shared/domain/preferences';
import { usePreferences } from '../../api/preferences-queries';
import { useSettings } from '../../api/settings-queries';
import { useCalendarMoves } from './calendar-moves';

/*
 * The calendar's view and day, kept in main's preferences so that both survive a restart. A day of null follows
 * today; "today" itself is the date in the time zone from Settings, not the computer's. Each part of the screen reads
 * only what it shows (issue 14, a month change in one frame): a step to another month renders the parts that show
 * the day (the toolbar's title, the month, the filters' counts, the marketing summary), not the screen around them.
 */

// Module constants: a selector that stays the same is run again only when the preferences change.
const viewOf = (preferences: Preferences) => preferences.calendarView;
const dayOf = (preferences: Preferences) => preferences.calendarDate;
const reviewWeeksOf = (preferences: Preferences) => preferences.reviewWeeks;
const noDay = () => null;

/** The last answer of todayIn: the parts that read the day ask for today in each render, and a zoned date is not cheap. */
let known = { timeZone: '', minute: -1, today: '' as LocalDate };

function todayNow(timeZone: string): LocalDate {
  const now = new Date();
  const minute = Math.floor(now.getTime() / 60_000);
  if (known.timeZone !== timeZone || known.minute !== minute) known = { timeZone, minute, today: todayIn(timeZone, now) };
  return known.today;
}

function useToday(): { today: LocalDate } {
  return { today: todayNow(useSettings().data?.timeZone ?? 'Europe/Helsinki') };
}

/** The view, without the day: renders again when the view changes, not when the day does. */
export function useCalendarView() {
  const view = usePreferences(viewOf);
  const reviewWeeks = usePreferences(reviewWeeksOf).data ?? 4;
  const { today } = useToday();
  return { ready: view.data !== undefined, view: view.data ?? 'month', reviewWeeks, today };
}

/**
 * The view, the day and the days it shows. `follow` false: the day is not read (nor rendered for when it changes),
 * for a part that has nothing to show in the current view.
 */
export function useShownRange(follow = true): { view: CalendarView; date: LocalDate; today: LocalDate; reviewWeeks: number; range: DateRange } {
  const { view, reviewWeeks, today } = useCalendarView();
  const date = usePreferences(follow ? dayOf : noDay).data ?? today;
  const range = useMemo(() => visibleRange(view, view === 'review' ? today : date, reviewWeeks), [view, date, today, reviewWeeks]);
  return { view, date, today, reviewWeeks, range };
}

/** Everything about where the calendar is, and the moves from there (the toolbar). */
export function useCalendarPosition() {
  const move = useCalendarMoves();
  const preferences = usePreferences();
  const { today } = useToday();
  const view: CalendarView = preferences.data?.calendarView ?? 'month';
  const date: LocalDate = preferences.data?.calendarDate ?? today;
  const goTo = (day: LocalDate | null) => move({ calendarDate: day === today ? null : day });
  return {
    view,
    date,
    today,
    reviewWeeks: preferences.data?.reviewWeeks ?? 4,
    showsToday: (preferences.data?.calendarDate ?? null) === null,
    goTo,
    goToday: () => move({ calendarDate: null }),
    step: (direction: -1 | 1) => goTo(stepDate(view, date, direction)),
  };
}
