import { z } from 'zod';
import { Id } from './ids';
import { atMostEntries, limits, tooMany } from './limits';
import { Instant, LocalDate } from './local-time';
import { ChecklistOverride, Comment, PostChanges, postFieldShape, Stamp } from './post';

/*
 * A recurring post as stored (shared/recurrence/ computes its occurrences): the post's
 * fields once, the rule in the words a volunteer chooses ("every 2 weeks on Tuesday and
 * Thursday", "monthly on the last Monday", "ends after 10 times"), the occurrences changed
 * on their own keyed by the day the rule gives them, and the cancelled days.
 */

export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const Weekday = z.enum(weekdays);
type Weekday = z.infer<typeof Weekday>;

const Interval = z.int({ error: 'v.required' }).min(1, { error: 'v.required' }).max(52);

/** 1–4: the first to fourth weekday of the month; -1: the last one. */
const WeekdayPosition = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]);

export const Repeat = z.discriminatedUnion('every', [
  z.strictObject({
    every: z.literal('week'),
    interval: Interval,
    weekdays: z.array(Weekday).min(1, { error: 'v.required' }).max(7),
  }),
  z.strictObject({
    every: z.literal('month'),
    interval: Interval,
    /** A day of the month (a month without it is skipped, as in RFC 5545) or "the last Monday". */
    on: z.union([
      z.strictObject({ day: z.int().min(1).max(31) }),
      z.strictObject({ position: WeekdayPosition, weekday: Weekday }),
    ]),
  }),
  /** On the start date's day and month; a series started on 29 February comes in leap years only. */
  z.strictObject({ every: z.literal('year'), interval: Interval }),
]);
export type Repeat = z.infer<typeof Repeat>;

const MAX_COUNT = 500;

export const Ends = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('never') }),
  /** The last day an occurrence may fall on, included. */
  z.strictObject({ kind: z.literal('on'), date: LocalDate }),
  z.strictObject({ kind: z.literal('after'), count: z.int().min(1, { error: 'v.required' }).max(MAX_COUNT) }),
]);
export type Ends = z.infer<typeof Ends>;

/** Short enough that an occurrence's id (`<series>_<yyyy-mm-dd>`) is still an Id. */
export const SeriesId = Id.refine((id) => id.length <= 48 && !id.includes('_'), { error: 'v.idInvalid' });
export type SeriesId = z.infer<typeof SeriesId>;

const { date: _date, ...seriesFieldShape } = postFieldShape;
/** A post's fields without its date: the rule gives the dates; the time is every occurrence's. */
export const SeriesFields = z.strictObject(seriesFieldShape);
export type SeriesFields = z.infer<typeof SeriesFields>;

const ticks = atMostEntries(limits.checklistTicks);

/**
 * What one occurrence has of its own: changed fields (a new date or time moves it), checklist
 * ticks, and its review (who approved it, the comments on it); absent in plans made before.
 */
export const OccurrenceOverride = z.strictObject({
  changes: PostChanges,
  checklist: z.record(Id, Stamp).refine(ticks.check, ticks.error),
  approval: Stamp.nullable().optional(),
  checklistOverride: ChecklistOverride.nullable().optional(),
  comments: z.array(Comment).max(limits.comments, tooMany).optional(),
  updatedAt: Instant,
});
export type OccurrenceOverride = z.infer<typeof OccurrenceOverride>;

const overrideCount = atMostEntries(MAX_COUNT);

export const Series = z.strictObject({
  id: SeriesId,
  fields: SeriesFields,
  /** The first occurrence: the editor saves the first day the rule gives on or after the chosen day. */
  start: LocalDate,
  repeat: Repeat,
  ends: Ends,
  overrides: z.record(LocalDate, OccurrenceOverride).refine(overrideCount.check, overrideCount.error),
  cancelled: z.array(LocalDate).max(MAX_COUNT, tooMany),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Series = z.infer<typeof Series>;


/** Creating a series needs a title; the other fields default as a post's do. */
export const NewSeriesFields = SeriesFields.partial().required({ title: true });
