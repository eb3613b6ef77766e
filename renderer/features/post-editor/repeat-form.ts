import { formatDateInput, parseDateInput } from '../../../shared/calendar/date-input';
import type { Language } from '../../../shared/domain/settings';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { Ends, Repeat } from '../../../shared/domain/series';
import { weekdays } from '../../../shared/domain/series';

/*
 * The editor's Repeat section as typed (numbers and dates are text until saved), and the
 * one translation of it into the series rule `series:create` takes.
 */

export type Weekday = (typeof weekdays)[number];
export type Position = 1 | 2 | 3 | 4 | -1;
export const positions: readonly Position[] = [1, 2, 3, 4, -1];

export interface RepeatForm {
  every: 'none' | Repeat['every'];
  interval: string;
  weekdays: Weekday[];
  monthBy: 'day' | 'position';
  monthDay: string;
  position: Position;
  weekday: Weekday;
  ends: Ends['kind'];
  endDate: string;
  count: string;
}

export interface RepeatRule {
  repeat: Repeat;
  ends: Ends;
}

function weekdayOf(date: LocalDate): Weekday {
  return weekdays[(new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7];
}

/** "Does not repeat"; when chosen, the rule starts from the post's day: its weekday, its day of the month. */
export function repeatFormFor(date: LocalDate | null): RepeatForm {
  const day = date ? Number(date.slice(8, 10)) : 1;
  const weekday = date ? weekdayOf(date) : 'MO';
  return { every: 'none', interval: '1', weekdays: [weekday], monthBy: 'day', monthDay: String(day), position: day > 28 ? -1 : ((Math.ceil(day / 7) as Position)), weekday, ends: 'never', endDate: '', count: '10' };
}

/** A stored series' rule as the section shows it, to be changed from its editor. */
export function repeatFormFromRule({ repeat, ends }: RepeatRule, start: LocalDate, language: Language): RepeatForm {
  const form: RepeatForm = { ...repeatFormFor(start), every: repeat.every, interval: String(repeat.interval), ends: ends.kind };
  if (repeat.every === 'week') form.weekdays = [...repeat.weekdays];
  if (repeat.every === 'month') {
    if ('day' in repeat.on) Object.assign(form, { monthBy: 'day', monthDay: String(repeat.on.day) });
    else Object.assign(form, { monthBy: 'position', position: repeat.on.position, weekday: repeat.on.weekday });
  }
  if (ends.kind === 'on') form.endDate = formatDateInput(ends.date, language);
  if (ends.kind === 'after') form.count = String(ends.count);
  return form;
}

/** Whether two rules are the same, whatever the order of their keys (the stored one comes back with them sorted). */
export function sameRule(a: RepeatRule, b: RepeatRule): boolean {
  const canonical = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : 1)).map(([key, inner]) => [key, canonical(inner)])) : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

export type RepeatField = 'interval' | 'weekdays' | 'monthDay' | 'endDate' | 'count';

/** The rule, or the field to fix with its message key (the `v` namespace). */
export function ruleFromForm(form: RepeatForm): { ok: true; rule: RepeatRule | null } | { ok: false; field: RepeatField; message: 'required' | 'dateInvalid' } {
  if (form.every === 'none') return { ok: true, rule: null };
  const whole = (text: string, min: number, max: number) => (/^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max ? Number(text) : null);
  const interval = whole(form.interval, 1, 52);
  if (interval === null) return { ok: false, field: 'interval', message: 'required' };
  let repeat: Repeat;
  if (form.every === 'week') {
    if (!form.weekdays.length) return { ok: false, field: 'weekdays', message: 'required' };
    repeat = { every: 'week', interval, weekdays: weekdays.filter((day) => form.weekdays.includes(day)) };
  } else if (form.every === 'month') {
    const day = whole(form.monthDay, 1, 31);
    if (form.monthBy === 'day' && day === null) return { ok: false, field: 'monthDay', message: 'required' };
    repeat = { every: 'month', interval, on: form.monthBy === 'day' ? { day: day ?? 1 } : { position: form.position, weekday: form.weekday } };
  } else {
    repeat = { every: 'year', interval };
  }
  if (form.ends === 'never') return { ok: true, rule: { repeat, ends: { kind: 'never' } } };
  if (form.ends === 'after') {
    const count = whole(form.count, 1, 500);
    return count === null ? { ok: false, field: 'count', message: 'required' } : { ok: true, rule: { repeat, ends: { kind: 'after', count } } };
  }
  const end = parseDateInput(form.endDate);
  if (!end.ok) return { ok: false, field: 'endDate', message: 'dateInvalid' };
  return end.value ? { ok: true, rule: { repeat, ends: { kind: 'on', date: end.value } } } : { ok: false, field: 'endDate', message: 'required' };
}

type Words = (key: string, values?: Record<string, string | number>) => string;

/**
 * The rule in one line, as the editor shows it under the choices: "Joka torstai klo 18.00,
 * 10 kertaa". `words` is the recurrence namespace; dates and times come worded.
 */
export function repeatSummary(rule: RepeatRule, words: Words, worded: { time: string; date: (date: LocalDate) => string; dayMonth: string }): string {
  const { repeat, ends } = rule;
  const weekday = (day: Weekday) => words(`weekday.${day}`);
  const many = repeat.interval > 1 ? 'Interval' : '';
  let line: string;
  if (repeat.every === 'week') {
    const names = repeat.weekdays.map(weekday);
    const days = names.length > 1 ? `${names.slice(0, -1).join(', ')} ${words('summary.and')} ${names[names.length - 1]}` : names[0];
    line = words(`summary.week${many}`, { days, interval: repeat.interval });
  } else if (repeat.every === 'month') {
    line =
      'day' in repeat.on
        ? words(`summary.monthDay${many}`, { day: repeat.on.day, interval: repeat.interval })
        : words(`summary.monthPosition${many}`, { position: words(`position.${repeat.on.position}`), weekday: weekday(repeat.on.weekday), interval: repeat.interval });
  } else {
    line = words(`summary.year${many}`, { date: worded.dayMonth, interval: repeat.interval });
  }
  if (worded.time) line = words('summary.time', { rule: line, time: worded.time });
  if (ends.kind === 'after') return words('summary.count', { rule: line, count: ends.count });
  if (ends.kind === 'on') return words('summary.until', { rule: line, date: worded.date(ends.date) });
  return line;
}
