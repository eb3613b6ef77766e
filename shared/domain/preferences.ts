import { z } from 'zod';
import { LocalDate } from './local-time';
import { Language } from './settings';

/*
 * What the app remembers about how it was left: the calendar's view and the day it
 * showed. Kept on disk in the main document (the web bridge's port, and so the
 * browser's storage, changes on every start). Every field has a default so that
 * documents written before a field existed still load.
 */

export const calendarViews = ['month', 'week', 'agenda', 'review'] as const;
export const CalendarView = z.enum(calendarViews);
export type CalendarView = z.infer<typeof CalendarView>;

export const Preferences = z.strictObject({
  calendarView: CalendarView.default('month'),
  /** The day the calendar shows; null follows today. */
  calendarDate: LocalDate.nullable().default(null),
  /** How many weeks ahead the Review view looks. */
  reviewWeeks: z.int().min(1).max(12).default(4),
  /** The first-run welcome was put aside ("later"). */
  welcomeDismissed: z.boolean().default(false),
  /**
   * The UI language on this laptop (each laptop its own). Null until first set: the plan's
   * language (settings.language, which also names exports and checklist templates) is
   * taken over when the plan is first opened by this version.
   */
  language: Language.nullable().default(null),
});
export type Preferences = z.infer<typeof Preferences>;

export function defaultPreferences(): Preferences {
  return Preferences.parse({});
}
