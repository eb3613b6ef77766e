import { stepDate } from '../../../shared/calendar/calendar-range';
import { todayIn } from '../../../shared/calendar/calendar-dates';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { CalendarView } from '../../../shared/domain/preferences';
import { usePreferences, useUpdatePreferences } from '../../api/preferences-queries';
import { useSettings } from '../../api/settings-queries';

/** Stepping shows at once; where the calendar was left is written once the stepping pauses. */
const SAVE_POSITION_AFTER_MS = 300;

/**
 * The calendar's view and day, kept in main's preferences so that both survive a
 * restart. A day of null follows today; "today" itself is the date in the time zone
 * from Settings, not the computer's.
 */
export function useCalendarPosition() {
  const preferences = usePreferences();
  const update = useUpdatePreferences({ saveAfterMs: SAVE_POSITION_AFTER_MS });
  const settings = useSettings().data;
  const timeZone = settings?.timeZone ?? 'Europe/Helsinki';
  const today = todayIn(timeZone, new Date());
  const view: CalendarView = preferences.data?.calendarView ?? 'month';
  const date: LocalDate = preferences.data?.calendarDate ?? today;
  const goTo = (day: LocalDate | null) => update.mutate({ calendarDate: day === today ? null : day });
  return {
    ready: preferences.data !== undefined,
    error: preferences.error,
    view,
    date,
    today,
    timeZone,
    reviewWeeks: preferences.data?.reviewWeeks ?? 4,
    showsToday: (preferences.data?.calendarDate ?? null) === null,
    setView: (next: CalendarView) => update.mutate({ calendarView: next }),
    goTo,
    goToday: () => update.mutate({ calendarDate: null }),
    step: (direction: -1 | 1) => goTo(stepDate(view, date, direction)),
    setReviewWeeks: (weeks: number) => update.mutate({ reviewWeeks: weeks }),
  };
}

export type CalendarPosition = ReturnType<typeof useCalendarPosition>;
