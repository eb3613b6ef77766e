import { z } from 'zod';
import { Id } from '../domain/ids';
import type { ApiIssue } from '../domain/issues';
import type { LocalDate } from '../domain/local-time';
import { messageWith } from '../domain/limits';

/*
 * What a channel achieved, per month, as the association counts it by hand from the
 * network's own statistics (seed 004: measure new followers, page views, comments
 * positive and negative, messages answered). A number not known is null, never 0:
 * "no reach figure" and "reached nobody" are different things.
 */

export const resultMetrics = ['followers', 'newFollowers', 'posts', 'commentsPositive', 'commentsNegative', 'messagesAnswered', 'reach'] as const;
export type ResultMetric = (typeof resultMetrics)[number];

const MAX_COUNT = 1_000_000_000;

const Count = z
  .int({ error: 'v.wholeNumber' })
  .min(0, { error: 'v.resultNegative' })
  .max(MAX_COUNT, { error: messageWith('v.resultTooLarge', { max: MAX_COUNT }) })
  .nullable();

/** "2026-10". */
export const ResultMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'v.resultMonthInvalid' });
export type ResultMonth = z.infer<typeof ResultMonth>;

export const MonthNumbers = z.strictObject(Object.fromEntries(resultMetrics.map((metric) => [metric, Count])) as Record<ResultMetric, typeof Count>);
export type MonthNumbers = z.infer<typeof MonthNumbers>;

/** The main document's results: channel id → month → numbers. Keyed so that two laptops entering different months both keep theirs. */
export const ChannelResults = z.record(Id, z.record(ResultMonth, MonthNumbers));
export type ChannelResults = z.infer<typeof ChannelResults>;

export const MonthResult = z.strictObject({ channelId: Id, month: ResultMonth, numbers: MonthNumbers });
export type MonthResult = z.infer<typeof MonthResult>;

export const emptyNumbers: MonthNumbers = Object.fromEntries(resultMetrics.map((metric) => [metric, null])) as MonthNumbers;

export function hasNumbers(numbers: MonthNumbers): boolean {
  return resultMetrics.some((metric) => numbers[metric] !== null);
}

/** Results of a month still to come are refused: they cannot have been counted yet. */
export function futureMonthIssue(month: ResultMonth, today: LocalDate): ApiIssue | null {
  return month > today.slice(0, 7) ? { path: 'month', message: 'v.resultFutureMonth', received: month } : null;
}

/** The months of a channel in order, oldest first. */
export function monthsOf(results: ChannelResults, channelId: string): [ResultMonth, MonthNumbers][] {
  const months = Object.hasOwn(results, channelId) ? results[channelId] : {};
  return Object.entries(months).sort(([a], [b]) => a.localeCompare(b));
}
