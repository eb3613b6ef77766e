import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import type { LocalDate, LocalTime } from '../../shared/domain/local-time';
import { toCalendarDate } from '../../shared/calendar/calendar-dates';
import { formatDateInput, formatTime } from '../../shared/calendar/date-input';
import type { Language } from '../../shared/domain/settings';
import { dateLocales } from '../i18n/i18n';

/** Dates and times in the UI language: "ma 30.3." / "Mon 30/3", "9.30" / "09:30". */
export function useFormatters() {
  const { i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? 'en') as Language;
  const locale = dateLocales[language];
  const dayMonth = language === 'en' ? 'd/M' : 'd.M.';
  return {
    language,
    date: (date: LocalDate) => formatDateInput(date, language),
    shortDay: (date: LocalDate) => format(toCalendarDate(date), `EEEEEE ${dayMonth}`, { locale }),
    dayMonth: (date: LocalDate) => format(toCalendarDate(date), dayMonth, { locale }),
    longDay: (date: LocalDate) => format(toCalendarDate(date), 'cccc d. MMMM yyyy', { locale }),
    time: (time: LocalTime | null) => formatTime(time, language),
  };
}
