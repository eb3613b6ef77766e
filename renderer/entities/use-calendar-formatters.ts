import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { toCalendarDate } from '../../shared/calendar/calendar-dates';
import { formatDateInput, formatTime } from '../../shared/calendar/date-input';
import { wallClockOf } from '../../shared/calendar/zoned-time';
import type { LocalDate, LocalTime } from '../../shared/domain/local-time';
import type { Language } from '../../shared/domain/settings';
import { dateLocales } from '../i18n/i18n';

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * The calendar's dates in the UI language, names from date-fns: "Maaliskuu 2026",
 * "ma 30.3.", "maanantai 30.3.2026" (Finnish and Swedish d.M.yyyy; English "Monday
 * 30 March 2026"), 24-hour times.
 */
export function useCalendarFormatters() {
  const { i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? 'en') as Language;
  const locale = dateLocales[language];
  const english = language === 'en';
  const on = (date: LocalDate, pattern: string) => format(toCalendarDate(date), pattern, { locale });
  return {
    language,
    /** Month heading, in the nominative: "Maaliskuu 2026", "Mars 2026", "March 2026". */
    monthTitle: (date: LocalDate) => capitalise(on(date, 'LLLL yyyy')),
    /** Column headings: "ma", "må", "Mon". */
    weekdayShort: (date: LocalDate) => on(date, english ? 'EEE' : 'cccccc'),
    weekdayLong: (date: LocalDate) => on(date, 'cccc'),
    /** "ma 30.3." / "Mon 30/3". */
    dayHeader: (date: LocalDate) => on(date, english ? 'EEE d/M' : 'cccccc d.M.'),
    /** For screen readers and dialogs: "maanantai 30.3.2026", "Monday 30 March 2026". */
    dayLabel: (date: LocalDate) => (english ? on(date, 'EEEE d MMMM yyyy') : `${on(date, 'cccc')} ${formatDateInput(date, language)}`),
    date: (date: LocalDate) => formatDateInput(date, language),
    dayMonth: (date: LocalDate) => on(date, english ? 'd/M' : 'd.M.'),
    dayNumber: (date: LocalDate) => String(Number(date.slice(8, 10))),
    time: (time: LocalTime | null) => formatTime(time, language),
    /** A stamp (approval, comment) on the association's wall clock: "25.11.2026 12.05". */
    stamp: (instant: string, timeZone: string) => {
      const { date, time } = wallClockOf(instant, timeZone);
      return `${formatDateInput(date, language)} ${formatTime(time, language)}`;
    },
  };
}

export type CalendarFormatters = ReturnType<typeof useCalendarFormatters>;
