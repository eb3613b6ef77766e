import { applyPostChanges, postDefaults } from '../domain/post';
import type { Post } from '../domain/post';
import { ownEntry } from '../domain/ids';
import { LocalDate } from '../domain/local-time';
import type { Series, SeriesId } from '../domain/series';
import { occurrenceId } from './occurrence-id';
import { ruleDates } from './repeat-rule';

/*
 * A recurring post is stored once: the post's fields, the rule, the occurrences changed
 * on their own (keyed by the day the rule gives them) and the days cancelled. The
 * occurrences are computed for the range a view shows, never stored as posts, so a
 * series that never ends costs the same as one that ends next week.
 */

/** An occurrence is a post to every view, rule and export; `series` says which one and which day of its rule. */
export type Occurrence = Post & { date: LocalDate; series: { id: SeriesId; date: LocalDate } };

/** How far past the day asked for the rule is worked out at once: stepping month by month then reads what is kept. */
const RULE_DAYS_AHEAD = 400;

/** The days worked out per series (ical.js, from the series' start on: the costly part of listing a month), while its rule stays the same. */
const ruleDaysKept = new Map<SeriesId, { rule: string; until: LocalDate; days: LocalDate[] }>();

/** Every day the rule gives, up to `until`, without the cancelled ones. */
export function ruleDaysOf(series: Series, until: LocalDate): LocalDate[] {
  const rule = JSON.stringify([series.repeat, series.ends, series.start, series.cancelled]);
  let kept = ruleDaysKept.get(series.id);
  if (!kept || kept.rule !== rule || kept.until < until) {
    const ahead = LocalDate.parse(new Date(Date.parse(`${until}T00:00:00Z`) + RULE_DAYS_AHEAD * 86_400_000).toISOString().slice(0, 10));
    const cancelled = new Set<string>(series.cancelled);
    kept = { rule, until: ahead, days: ruleDates(series.repeat, series.ends, series.start, ahead).filter((date) => !cancelled.has(date)) };
    ruleDaysKept.set(series.id, kept);
  }
  const days = kept.days;
  let end = days.length;
  while (end > 0 && days[end - 1] > until) end--;
  return end === days.length ? [...days] : days.slice(0, end);
}

/** The occurrence the rule gives on `date`, with its own changes, as a post. */
function occurrenceOn(series: Series, date: LocalDate): Occurrence {
  const override = ownEntry(series.overrides, date);
  const base: Post = {
    ...postDefaults,
    ...series.fields,
    id: occurrenceId(series.id, date),
    date,
    checklist: override?.checklist ?? {},
    checklistOverride: override?.checklistOverride ?? null,
    approval: override?.approval ?? null,
    comments: override?.comments ?? [],
    createdAt: series.createdAt,
    updatedAt: series.updatedAt,
  };
  const post = override ? applyPostChanges(base, override.changes, override.updatedAt > series.updatedAt ? override.updatedAt : series.updatedAt) : base;
  // An occurrence keeps a day: "unscheduling" one is cancelling it.
  return { ...post, date: post.date ?? date, time: post.date ? post.time : base.time, series: { id: series.id, date } };
}

/**
 * The occurrences on the days `from`–`to` (included), in the association's wall-clock
 * time: a 09:00 weekly post is at 09:00 in summer and in winter. One moved into the
 * range from a rule day outside it is there; one moved out of it is not.
 */
export function occurrencesBetween(series: Series, from: LocalDate, to: LocalDate): Occurrence[] {
  if (series.start > to && Object.keys(series.overrides).length === 0) return [];
  const moved = Object.keys(series.overrides).filter((day) => day > to);
  const until = moved.length ? moved.reduce((a, b) => (a > b ? a : b)) : to;
  // Only the rule days in the range, and the days changed on their own (one may have moved into it), become posts.
  return ruleDaysOf(series, LocalDate.parse(until))
    .filter((date) => (date >= from && date <= to) || ownEntry(series.overrides, date) !== undefined)
    .map((date) => occurrenceOn(series, date))
    .filter((occurrence) => occurrence.date >= from && occurrence.date <= to);
}

/** The series' own fields on its first day: the calendar event that carries the rule. */
export function seriesPost(series: Series): Occurrence {
  return occurrenceOn({ ...series, overrides: {} }, series.start);
}

/** The occurrences with changes of their own (a calendar file's RECURRENCE-ID events); changes of a day the rule no longer gives are left out. */
export function changedOccurrences(series: Series): Occurrence[] {
  const days = Object.keys(series.overrides).sort();
  if (!days.length) return [];
  const given = new Set<string>(ruleDaysOf(series, LocalDate.parse(days[days.length - 1])));
  return days.filter((day) => given.has(day)).map((day) => occurrenceOn(series, LocalDate.parse(day)));
}

/** The occurrence of the rule day `date`, or undefined when the series does not give it (ended, cancelled, another rule). */
export function occurrencesOn(series: Series, date: LocalDate): Occurrence | undefined {
  return ruleDaysOf(series, date).includes(date) ? occurrenceOn(series, date) : undefined;
}
