import type { ChannelHealth, ChecklistOverview } from '../../../shared/api/checklist-contract';
import type { DateRange } from '../../../shared/domain/date-range';
import { plusDays } from '../../../shared/calendar/calendar-dates';
import { wallClockOf } from '../../../shared/calendar/zoned-time';
import { channelHealth } from '../../../shared/checklist/channel-health';
import type { PostChecklist } from '../../../shared/checklist/checklist-result';
import { marketingShares } from '../../../shared/checklist/marketing-share';
import { channelStaleness, isPlanned, wentOut } from '../../../shared/checklist/staleness';
import { staleAfterDaysFor } from '../../../shared/rhythm/cadence-weeks';
import type { Channel } from '../../../shared/domain/channel';
import type { LocalDate } from '../../../shared/domain/local-time';
import { daysInMonth, localDate, monthKeysBetween } from '../../../shared/domain/local-time';
import type { Id } from '../../../shared/domain/ids';
import { monthRange } from '../../../shared/export/export-selection';
import type { Post } from '../../../shared/domain/post';
import type { PlanRepository } from '../../storage/plan-repository';
import type { Clock } from '../clock';
import { todayOf } from './checklist-context';
import { ownEntry } from '../../../shared/domain/ids';
import { postsWithOccurrences } from '../series/plan-posts';
import { occurrencesBetween } from '../../../shared/recurrence/series';
import type { PostFact } from '../../../shared/checklist/post-fact';
import { postFactsOf } from './post-facts';

/** How far back a channel's last post and forward its next one are looked for. */
const STALENESS_LOOKAROUND_DAYS = 366;

function monthStart(date: LocalDate): LocalDate {
  return localDate(`${date.slice(0, 7)}-01`);
}

function monthEnd(date: LocalDate): LocalDate {
  return localDate(`${date.slice(0, 7)}-${String(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, '0')}`);
}

function healthOf(repo: PlanRepository, channel: Channel, posts: readonly PostFact[], today: LocalDate): ChannelHealth {
  const { association, volunteers, settings, channelChecks } = repo.main();
  // A channel with a weekly cadence goes stale by its own rhythm (shared/rhythm/cadence-weeks.ts).
  const staleAfterDays = staleAfterDaysFor(channel, settings.staleAfterDays);
  const staleness = channelStaleness(channel.id, posts, today, staleAfterDays);
  const items = channelHealth(channel, {
    association,
    volunteers,
    checks: ownEntry(channelChecks, channel.id) ?? {},
    dateOf: (stamp) => wallClockOf(stamp.at, settings.timeZone).date,
    today,
    checkMonths: settings.channelCheckMonths,
    staleAfterDays,
    staleness,
  });
  return { channelId: channel.id, items, staleness };
}

/** The month keys from `date`'s month to `limit`'s, stepping `by` (1: forward, -1: back). */
function monthsTowards(date: LocalDate, by: 1 | -1, limit: LocalDate): string[] {
  const keys = by > 0 ? monthKeysBetween(date, limit) : monthKeysBetween(limit, date).reverse();
  return keys;
}

/** A month's facts within [from, to]. */
function factsOfMonth(repo: PlanRepository, month: string, from: LocalDate, to: LocalDate): Promise<PostFact[]> {
  const { from: first, to: last } = monthRange(month);
  return postFactsOf(repo).between(first > from ? first : from, last < to ? last : to);
}

/**
 * Enough of the posts around today for each channel's last post that went out and its
 * next one planned (channelStaleness), as the year each way would give them: months are
 * read back from today's until every channel's last is found, and forward until every
 * next is (an older month cannot hold a later post). Issue 14: a year each way was read
 * and scanned for every overview, 20,000 posts at 50,000.
 */
async function postsAround(repo: PlanRepository, today: LocalDate, channelIds: readonly Id[]): Promise<PostFact[]> {
  const [from, to] = [plusDays(today, -STALENESS_LOOKAROUND_DAYS), plusDays(today, STALENESS_LOOKAROUND_DAYS)];
  const read = new Map<string, PostFact[]>();
  for (const [by, limit, counts] of [
    [-1, from, (post: PostFact) => wentOut(post, today)],
    [1, to, (post: PostFact) => isPlanned(post, today)],
  ] as const) {
    const missing = new Set(channelIds);
    for (const month of monthsTowards(today, by, limit)) {
      if (missing.size === 0) break;
      const posts = read.get(month) ?? (await factsOfMonth(repo, month, from, to));
      read.set(month, posts);
      for (const post of posts) if (counts(post)) for (const id of post.channelIds) missing.delete(id);
    }
  }
  return [...read.values()].flat();
}

/**
 * The posts marketingShares judges the range's months by, as the year before them would
 * give them: months before the range are read back only until every line judged (all
 * channels, and each channel with posts in the range) has twelve posts going out, since
 * only each line's last twelve count. Months stay in date order (ties keep their order).
 */
async function marketingFacts(repo: PlanRepository, range: DateRange): Promise<PostFact[]> {
  const [start, end] = [plusDays(monthStart(range.from), -366), monthEnd(range.to)];
  const occurrences = repo.main().series.flatMap((series) => occurrencesBetween(series, start, end));
  const inRange = await postFactsOf(repo).between(monthStart(range.from), end);
  const going = (post: PostFact) => post.date !== null && post.status !== 'cancelled';
  const needed = new Map<Id | null, number>([[null, 0], ...[...inRange, ...occurrences].filter((post) => going(post) && post.date !== null && post.date >= monthStart(range.from)).flatMap((post) => post.channelIds.map((id): [Id, number] => [id, 0]))]);
  const before: PostFact[][] = [];
  for (const month of monthsTowards(plusDays(monthStart(range.from), -1), -1, start)) {
    if ([...needed.values()].every((count) => count >= 12)) break;
    const posts = await factsOfMonth(repo, month, start, end);
    before.unshift(posts);
    for (const post of posts.filter(going)) for (const id of [null, ...post.channelIds]) if (needed.has(id)) needed.set(id, (needed.get(id) ?? 0) + 1);
  }
  return [...before.flat(), ...inRange, ...occurrences];
}

export async function channelHealthOf(repo: PlanRepository, clock: Clock, channel: Channel): Promise<ChannelHealth> {
  const today = todayOf(repo, clock);
  return healthOf(repo, channel, await postsAround(repo, today, [channel.id]), today);
}

/** Everything that needs attention in a range: the posts' checklists, each channel's health, the marketing share of the months it touches. */
export async function overviewOf(
  repo: PlanRepository,
  clock: Clock,
  range: DateRange,
  evaluate: (posts: readonly Post[]) => Promise<PostChecklist[]>,
): Promise<ChecklistOverview> {
  const today = todayOf(repo, clock);
  const inRange = (await postsWithOccurrences(repo, range.from, range.to)).filter((post) => post.status !== 'published' && post.status !== 'cancelled');
  const checklists = await evaluate(inRange);
  const around = await postsAround(repo, today, repo.main().channels.map((channel) => channel.id));
  return {
    today,
    from: range.from,
    to: range.to,
    posts: inRange.map((post, index) => ({ post, checklist: checklists[index] })),
    channels: repo.main().channels.map((channel) => healthOf(repo, channel, around, today)),
    // A year before the first month fills each channel's last twelve posts (the span the checklist context reads too).
    marketing: marketingShares(await marketingFacts(repo, range), range.from.slice(0, 7)),
  };
}
