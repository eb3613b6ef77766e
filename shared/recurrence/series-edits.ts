import { plusDays } from '../calendar/calendar-dates';
import type { Idea } from '../domain/idea';
import { limits } from '../domain/limits';
import type { Instant } from '../domain/local-time';
import { LocalDate } from '../domain/local-time';
import type { Post, PostChanges } from '../domain/post';
import type { Ends, OccurrenceOverride, Repeat, Series, SeriesFields, SeriesId } from '../domain/series';
import { firstDate, ruleDates } from './repeat-rule';
import { beforeApproval } from '../review/review-rules';

import { ruleDaysOf } from './series';

/*
 * Editing an occurrence asks what calendar apps ask ("This event / This and following
 * events / All events"): the one occurrence gets its own changes; "this and following"
 * ends the series the day before and starts a new one from here; "all" changes the series.
 * Pure: the service hands in ids and clocks and stores what comes back.
 */

export type EditScope = 'this' | 'following' | 'all';

export interface SeriesEdit {
  /** Field changes; for "this" a new date or time moves the occurrence, otherwise the date picks where the series starts. */
  changes: PostChanges;
  repeat?: Repeat;
  ends?: Ends;
}

/** What to store: the series as it is now (null when nothing is left of it) and a new series split off. */
export interface SeriesEditResult {
  series: Series | null;
  added: Series | null;
}

function fieldChanges(changes: PostChanges): Partial<SeriesFields> {
  const { date: _date, ...fields } = changes;
  return fields;
}

/** An occurrence sent back to work loses its approval and the checklist override that came with it, as a single post does (review-rules). */
function reopened(override: OccurrenceOverride, status: PostChanges['status']): OccurrenceOverride {
  if (!status || !beforeApproval.includes(status) || !(override.approval || override.checklistOverride)) return override;
  return { ...override, approval: null, checklistOverride: null };
}

/** Overrides keep only the fields the series edit did not set: "all" means all, except where the occurrence was moved. */
function without(overrides: Record<string, OccurrenceOverride>, changes: PostChanges): Record<string, OccurrenceOverride> {
  const changed = new Set(Object.keys(fieldChanges(changes)));
  return Object.fromEntries(
    Object.entries(overrides)
      .map(([day, override]): [string, OccurrenceOverride] => [
        day,
        reopened({ ...override, changes: Object.fromEntries(Object.entries(override.changes).filter(([key]) => !changed.has(key))) }, changes.status),
      ])
      .filter(([, override]) => Object.keys(override.changes).length > 0 || Object.keys(override.checklist).length > 0 || hasReview(override)),
  );
}

function hasReview(override: OccurrenceOverride): boolean {
  return Boolean(override.approval || override.checklistOverride || override.comments?.length);
}

function editThis(series: Series, date: LocalDate, changes: PostChanges, now: Instant): Series {
  const before = Object.hasOwn(series.overrides, date) ? series.overrides[date] : undefined;
  const override: OccurrenceOverride = { ...before, changes: { ...before?.changes, ...changes }, checklist: before?.checklist ?? {}, updatedAt: now };
  return { ...series, overrides: { ...series.overrides, [date]: reopened(override, changes.status) }, updatedAt: now };
}

/**
 * Under a new rule (weekday, interval, end), what was done to one occurrence stays with it
 * while the new rule still gives its day: its own changes, its approval, its cancellation.
 * A day the new rule no longer gives is gone, and so is what was done to it.
 */
function stillGiven(series: Series): Series {
  const days = [...Object.keys(series.overrides), ...series.cancelled].sort();
  if (!days.length) return series;
  const given = new Set<string>(ruleDates(series.repeat, series.ends, series.start, LocalDate.parse(days[days.length - 1])));
  return { ...series, overrides: Object.fromEntries(Object.entries(series.overrides).filter(([day]) => given.has(day))), cancelled: series.cancelled.filter((day) => given.has(day)) };
}

function editAll(series: Series, edit: SeriesEdit, now: Instant): Series {
  const repeat = edit.repeat ?? series.repeat;
  const ruleChanged = edit.repeat !== undefined;
  const start = ruleChanged ? (firstDate(repeat, series.start) ?? series.start) : series.start;
  return stillGiven({
    ...series,
    fields: { ...series.fields, ...fieldChanges(edit.changes) },
    start,
    repeat,
    ends: edit.ends ?? series.ends,
    overrides: without(series.overrides, edit.changes),
    updatedAt: now,
  });
}

function splitAt(series: Series, date: LocalDate, edit: SeriesEdit, newId: SeriesId, now: Instant): SeriesEditResult {
  const before = ruleDaysOf(series, plusDays(date, -1));
  const repeat = edit.repeat ?? series.repeat;
  const from = edit.changes.date ?? date;
  // "Ends after 10 times" counts the whole series: what is left of the ten goes on.
  const countedBefore = ruleDates(series.repeat, series.ends, series.start, plusDays(date, -1)).length;
  const ends: Ends =
    edit.ends ?? (series.ends.kind === 'after' ? { kind: 'after', count: Math.max(1, series.ends.count - countedBefore) } : series.ends);
  const pick = <T>(record: Record<string, T>, later: boolean) => Object.fromEntries(Object.entries(record).filter(([day]) => (day >= date) === later));
  const kept: Series = {
    ...series,
    ends: { kind: 'on', date: plusDays(date, -1) },
    overrides: pick(series.overrides, false),
    cancelled: series.cancelled.filter((day) => day < date),
    updatedAt: now,
  };
  const added: Series = {
    ...series,
    id: newId,
    fields: { ...series.fields, ...fieldChanges(edit.changes) },
    start: firstDate(repeat, from) ?? from,
    repeat,
    ends,
    overrides: without(pick(series.overrides, true), edit.changes),
    cancelled: series.cancelled.filter((day) => day >= date),
    createdAt: now,
    updatedAt: now,
  };
  return { series: before.length ? kept : null, added: stillGiven(added) };
}

/**
 * The ideas once "this and following" split series `from` (`result` of editSeries). An idea
 * that became the series became both parts: the later part is the same recurring post from
 * a date on (a new time, a new text), so the backlog shows both and the later occurrences
 * still say which idea they came from. When nothing is left of the first part, the link
 * moves to the new one. An idea already at its most links keeps those it has.
 */
export function ideasAfterSplit(ideas: readonly Idea[], from: SeriesId, result: SeriesEditResult, now: Instant): Idea[] {
  const added = result.added;
  if (!added) return [...ideas];
  const isFrom = (link: Idea['links'][number]) => link.kind === 'series' && link.id === from;
  return ideas.map((idea) => {
    if (!idea.links.some(isFrom)) return idea;
    if (!result.series) return { ...idea, links: idea.links.map((link) => (isFrom(link) ? { kind: 'series', id: added.id } : link)), updatedAt: now };
    if (idea.links.length >= limits.ideaLinks) return idea;
    return { ...idea, links: [...idea.links, { kind: 'series', id: added.id }], updatedAt: now };
  });
}

/** Applies an edit of the occurrence the rule gives on `date`. */
export function editSeries(series: Series, date: LocalDate, scope: EditScope, edit: SeriesEdit, newId: SeriesId, now: Instant): SeriesEditResult {
  if (scope === 'this') return { series: editThis(series, date, edit.changes, now), added: null };
  if (scope === 'following' && date > series.start) return splitAt(series, date, edit, newId, now);
  return { series: editAll(series, edit, now), added: null };
}

/** Cancels the occurrence on `date` ("this"), it and the later ones ("following"), or the whole series ("all": null). */
export function cancelOccurrences(series: Series, date: LocalDate, scope: EditScope, now: Instant): Series | null {
  if (scope === 'all' || (scope === 'following' && date <= series.start)) return null;
  if (scope === 'following') {
    const kept = Object.fromEntries(Object.entries(series.overrides).filter(([day]) => day < date));
    return { ...series, ends: { kind: 'on', date: plusDays(date, -1) }, overrides: kept, cancelled: series.cancelled.filter((day) => day < date), updatedAt: now };
  }
  const { [date]: _dropped, ...overrides } = series.overrides;
  return { ...series, overrides, cancelled: [...new Set([...series.cancelled, date])].sort(), updatedAt: now };
}

/** The checklist ticks of the occurrence on `date`: each occurrence is checked on its own. */
export function withOccurrenceChecklist(series: Series, date: LocalDate, checklist: OccurrenceOverride['checklist'], now: Instant): Series {
  const before = Object.hasOwn(series.overrides, date) ? series.overrides[date] : undefined;
  return { ...series, overrides: { ...series.overrides, [date]: { ...before, changes: before?.changes ?? {}, checklist, updatedAt: now } }, updatedAt: now };
}

/** An occurrence's review as the review rules left it (status, approval, comments): kept with that occurrence alone. */
export function withOccurrenceReview(series: Series, date: LocalDate, reviewed: Pick<Post, 'status' | 'approval' | 'checklistOverride' | 'comments'>, now: Instant): Series {
  const before = Object.hasOwn(series.overrides, date) ? series.overrides[date] : undefined;
  const { status, approval, checklistOverride, comments } = reviewed;
  const override: OccurrenceOverride = { changes: { ...before?.changes, status }, checklist: before?.checklist ?? {}, approval, checklistOverride, comments, updatedAt: now };
  return { ...series, overrides: { ...series.overrides, [date]: override }, updatedAt: now };
}

/**
 * Undoes cancelOccurrences(before, date, scope): what that cancel changed is taken back from
 * `before`, and anything else changed since (on this or another laptop) is kept. `current` is
 * the series as it is now (null: "all" removed it).
 */
export function uncancelOccurrences(current: Series | null, before: Series, date: LocalDate, scope: EditScope, now: Instant): Series {
  if (current === null) return { ...before, updatedAt: now };
  if (scope === 'all') return current;
  const cancelledFrom = (day: string) => (scope === 'this' ? day === date : day >= date);
  const overrides = { ...current.overrides, ...Object.fromEntries(Object.entries(before.overrides).filter(([day]) => cancelledFrom(day))) };
  const cancelled = [...new Set([...current.cancelled.filter((day) => !cancelledFrom(day)), ...before.cancelled.filter(cancelledFrom)])].sort();
  return { ...current, ends: scope === 'following' ? before.ends : current.ends, overrides, cancelled, updatedAt: now };
}
