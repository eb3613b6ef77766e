import ICAL from 'ical.js';
import type { LocalDate } from '../domain/local-time';
import { localDate } from '../domain/local-time';
import type { Ends, Repeat } from '../domain/series';
import { weekdays } from '../domain/series';

/*
 * How a series repeats, in the words a volunteer chooses ("every 2 weeks on Tuesday
 * and Thursday", "monthly on the last Monday", "ends after 10 times"), and the one
 * translation of it into an RFC 5545 RRULE. The rule maths is ical.js's RecurIterator
 * (the same library the .ics tests read our files with); dates are the association's
 * wall-clock days, so a 09:00 post stays at 09:00 across summer time.
 */

/**
 * The RRULE value (without "RRULE:"): every part explicit, weeks from Monday, so that every
 * parser expands it alike. `until` writes the end day as the file needs it (a timed series
 * ends at a UTC moment, RFC 5545 §3.3.10); by default as a date.
 */
export function toRrule(repeat: Repeat, ends: Ends, start: LocalDate, until: (date: LocalDate) => string = (date) => date.replaceAll('-', '')): string {
  const parts: string[] = [];
  if (repeat.every === 'week') {
    parts.push('FREQ=WEEKLY', `INTERVAL=${repeat.interval}`, `BYDAY=${weekdays.filter((day) => repeat.weekdays.includes(day)).join(',')}`);
  } else if (repeat.every === 'month') {
    parts.push('FREQ=MONTHLY', `INTERVAL=${repeat.interval}`);
    parts.push('day' in repeat.on ? `BYMONTHDAY=${repeat.on.day}` : `BYDAY=${repeat.on.position}${repeat.on.weekday}`);
  } else {
    // Spelled out: ical.js moves a plain FREQ=YEARLY from 29 February to 1 March in other years.
    parts.push('FREQ=YEARLY', `INTERVAL=${repeat.interval}`, `BYMONTH=${Number(start.slice(5, 7))}`, `BYMONTHDAY=${Number(start.slice(8, 10))}`);
  }
  if (ends.kind === 'on') parts.push(`UNTIL=${until(ends.date)}`);
  if (ends.kind === 'after') parts.push(`COUNT=${ends.count}`);
  parts.push('WKST=MO');
  return parts.join(';');
}

/** The rule's name of a day's weekday ("TH"). */
export function weekdayOf(date: LocalDate): (typeof weekdays)[number] {
  return weekdays[(new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7];
}

/** Far enough for any plan; stops a rule that never matches (the 31st every 12 months from April) from looping. */
const MAX_STEPS = 20_000;

/**
 * The days the rule gives from `start` up to `until` (included), in order. The start
 * day counts only when the rule gives it (a series saved from the editor starts on
 * its first occurrence, see `firstDate`).
 */
export function ruleDates(repeat: Repeat, ends: Ends, start: LocalDate, until: LocalDate): LocalDate[] {
  const iterator = ICAL.Recur.fromString(toRrule(repeat, ends, start)).iterator(ICAL.Time.fromDateString(start));
  const dates: LocalDate[] = [];
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const next = iterator.next();
    if (!next) break;
    const date = localDate(next.toString().slice(0, 10));
    if (date > until) break;
    dates.push(date);
  }
  return dates;
}

/** The first day on or after `from` that the rule gives (ignoring its end), or null when there is none within ten years. */
export function firstDate(repeat: Repeat, from: LocalDate): LocalDate | null {
  const tenYears = localDate(`${Number(from.slice(0, 4)) + 10}${from.slice(4, 8)}01`);
  return ruleDates(repeat, { kind: 'after', count: 1 }, from, tenYears)[0] ?? null;
}
