import type { Channel } from '../domain/channel';
import { daysInMonth } from '../domain/local-time';
import { weeklyTarget } from '../rhythm/cadence-weeks';
import type { ChannelResults, MonthNumbers, ResultMetric } from './channel-results';
import { monthsOf } from './channel-results';

/*
 * A channel's year at a glance, against its goal: the goal in words (seed 004: each
 * channel its own goal) beside what was counted, and the posts against the channel's
 * cadence over the months entered. Sums count only the months where a number is known;
 * followers are a level, so the year shows where it began and ended.
 */

export interface YearSummary {
  year: number;
  goal: string;
  /** Months with any number entered. */
  months: number;
  followersFirst: number | null;
  followersLast: number | null;
  newFollowers: number | null;
  posts: number | null;
  /** Posts the cadence asks for over the months entered (weeks in them × posts a week), null without a cadence. */
  postsTarget: number | null;
  commentsPositive: number | null;
  commentsNegative: number | null;
  messagesAnswered: number | null;
  reach: number | null;
}

function sum(months: readonly MonthNumbers[], metric: ResultMetric): number | null {
  const known = months.map((numbers) => numbers[metric]).filter((value): value is number => value !== null);
  return known.length ? known.reduce((total, value) => total + value, 0) : null;
}

export function yearSummary(channel: Pick<Channel, 'id' | 'goal' | 'postsPerWeek'>, results: ChannelResults, year: number): YearSummary {
  const entries = monthsOf(results, channel.id).filter(([month]) => month.startsWith(`${year}-`));
  const numbers = entries.map(([, values]) => values);
  const followers = numbers.map((values) => values.followers).filter((value): value is number => value !== null);
  const target = weeklyTarget(channel);
  const days = entries.reduce((total, [month]) => total + daysInMonth(year, Number(month.slice(5, 7))), 0);
  return {
    year,
    goal: channel.goal,
    months: entries.length,
    followersFirst: followers.length ? followers[0] : null,
    followersLast: followers.length ? followers[followers.length - 1] : null,
    newFollowers: sum(numbers, 'newFollowers'),
    posts: sum(numbers, 'posts'),
    postsTarget: target === null || entries.length === 0 ? null : Math.round((days / 7) * target),
    commentsPositive: sum(numbers, 'commentsPositive'),
    commentsNegative: sum(numbers, 'commentsNegative'),
    messagesAnswered: sum(numbers, 'messagesAnswered'),
    reach: sum(numbers, 'reach'),
  };
}
