import { format } from 'date-fns';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isoWeekOf } from '../../shared/calendar/calendar-dates';
import { visibleRange } from '../../shared/calendar/calendar-range';
import { formatDateInput, formatTime } from '../../shared/calendar/date-input';
import { wallClockOf } from '../../shared/calendar/zoned-time';
import type { LocalDate, LocalTime } from '../../shared/domain/local-time';
import type { CalendarView } from '../../shared/domain/preferences';
import type { Language } from '../../shared/domain/settings';
import { dateLocales } from '../i18n/i18n';

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

const worded = new Map<string, string>();
const WORDED_KEPT = 5000;

/**
 * A day worded with a date-fns pattern of date parts only. The day is a plain Date at the
 * browser's local noon, whose local fields are that day wherever the browser is: a time-zone-aware
 * date object made every field lookup an Intl call, most of a month change's time. A month
 * repeats the same few hundred words (day labels, weekday names), so they are kept.
 */
function wordDay(day: LocalDate, pattern: string, language: Language): string {
  const key = `${language} ${pattern} ${day}`;
  let words = worded.get(key);
  if (words === undefined) {
    words = format(new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12), pattern, { locale: dateLocales[language] });
    if (worded.size >= WORDED_KEPT) worded.clear();
    worded.set(key, words);
  }
  return words;
}

/**
 * Dates and times in the UI language, names from date-fns: "Maaliskuu 2026", "ma 30.3.",
 * "maanantai 30.3.2026" (Finnish and Swedish d.M.yyyy; English "Monday 30 March 2026"),
 * 24-hour times ("9.30" / "09:30"). The one place a date is worded for the screen.
 */
export function useFormatters() {
  const { t, i18n } = useTranslation('calendar');
  const language = (i18n.resolvedLanguage ?? 'en') as Language;
  // The same object while the language is the same, so that what takes it as a prop can skip rendering.
  return useMemo(() => formattersIn(language, t), [language, t]);
}

/** Exported for its test; the screens take it through useFormatters. */
export function formattersIn(language: Language, t: ReturnType<typeof useTranslation<'calendar'>>['t']) {
  const english = language === 'en';
  const on = (date: LocalDate, pattern: string) => wordDay(date, pattern, language);
  const date = (day: LocalDate) => formatDateInput(day, language);
  const dayMonth = (day: LocalDate) => on(day, english ? 'd/M' : 'd.M.');
  // Swedish writes a month in lower case even at the head of a line ("december 2026"); Finnish and English begin it with a capital.
  const month = (day: LocalDate) => (language === 'sv' ? on(day, 'LLLL yyyy') : capitalise(on(day, 'LLLL yyyy')));
  return {
    language,
    /** Month heading, in the nominative: "Maaliskuu 2026", "mars 2026", "March 2026". */
    monthTitle: month,
    /** Column headings: "ma", "må", "Mon". */
    weekdayShort: (day: LocalDate) => on(day, english ? 'EEE' : 'cccccc'),
    weekdayLong: (day: LocalDate) => on(day, 'cccc'),
    /** A day in a heading or a row: "ma 30.3." / "Mon 30/3". */
    dayHeader: (day: LocalDate) => on(day, english ? 'EEE d/M' : 'cccccc d.M.'),
    /** For screen readers and dialogs: "maanantai 30.3.2026", "Monday 30 March 2026". */
    dayLabel: (day: LocalDate) => (english ? on(day, 'EEEE d MMMM yyyy') : `${on(day, 'cccc')} ${date(day)}`),
    /** As typed in a date field: "30.3.2026" / "30/3/2026". */
    date,
    dayMonth,
    dayNumber: (day: LocalDate) => String(Number(day.slice(8, 10))),
    time: (time: LocalTime | null) => formatTime(time, language),
    /** A stamp (approval, comment) on the association's wall clock: "25.11.2026 12.05". */
    stamp: (instant: string, timeZone: string) => {
      const clock = wallClockOf(instant, timeZone);
      return `${date(clock.date)} ${formatTime(clock.time, language)}`;
    },
    /** What a calendar view shows, in words: "Marraskuu 2026", "Viikko 48 · 23.11.–29.11.2026"… */
    period: (view: CalendarView, day: LocalDate, today: LocalDate, reviewWeeks: number): string => {
      const range = visibleRange(view, view === 'review' ? today : day, reviewWeeks);
      switch (view) {
        case 'month':
          return month(day);
        case 'week':
          return `${t('period.week', { week: isoWeekOf(day).week })} · ${dayMonth(range.from)}–${date(range.to)}`;
        case 'agenda':
          return `${t('period.weeks', { from: isoWeekOf(range.from).week, to: isoWeekOf(range.to).week })} · ${date(range.from)} – ${date(range.to)}`;
        case 'review':
          return `${t('period.review')} · ${date(range.from)} – ${date(range.to)}`;
      }
    },
  };
}

export type Formatters = ReturnType<typeof formattersIn>;
