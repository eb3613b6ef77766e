import type { ChannelHealth, ChecklistOverview } from '../../../shared/api/checklist-contract';
import type { DateRange } from '../../../shared/domain/date-range';
import { plusDays } from '../../../shared/calendar/calendar-dates';
import { wallClockOf } from '../../../shared/calendar/zoned-time';
import { channelHealth } from '../../../shared/checklist/channel-health';
import type { PostChecklist } from '../../../shared/checklist/checklist-result';
import { marketingShares } from '../../../shared/checklist/marketing-share';
import { channelStaleness } from '../../../shared/checklist/staleness';
import { staleAfterDaysFor } from '../../../shared/rhythm/cadence-weeks';
import type { Channel } from '../../../shared/domain/channel';
import type { LocalDate } from '../../../shared/domain/local-time';
import { daysInMonth, localDate } from '../../../shared/domain/local-time';
import type { Post } from '../../../shared/domain/post';
import type { PlanRepository } from '../../storage/plan-repository';
import type { Clock } from '../clock';
import { todayOf } from './checklist-context';
import { ownEntry } from '../../../shared/domain/ids';
import { postsWithOccurrences } from '../series/plan-posts';
import { occurrencesBetween } from '../../../shared/recurrence/series';
import type { PostFact } from '../../../shared/checklist/post-fact';
import { postFactsOf } from './post-facts';

/** postsWithOccurrences, lean: the stored posts' kept facts, then every series' occurrences. */
async function factsWithOccurrences(repo: PlanRepository, from: LocalDate, to: LocalDate): Promise<PostFact[]> {
  const occurrences = repo.main().series.flatMap((series) => occurrencesBetween(series, from, to));
  return [...(await postFactsOf(repo).between(from, to)), ...occurrences];
}

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

function postsAround(repo: PlanRepository, today: LocalDate): Promise<PostFact[]> {
  return postFactsOf(repo).between(plusDays(today, -STALENESS_LOOKAROUND_DAYS), plusDays(today, STALENESS_LOOKAROUND_DAYS));
}

export async function channelHealthOf(repo: PlanRepository, clock: Clock, channel: Channel): Promise<ChannelHealth> {
  const today = todayOf(repo, clock);
  return healthOf(repo, channel, await postsAround(repo, today), today);
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
  const around = await postsAround(repo, today);
  return {
    today,
    from: range.from,
    to: range.to,
    posts: inRange.map((post, index) => ({ post, checklist: checklists[index] })),
    channels: repo.main().channels.map((channel) => healthOf(repo, channel, around, today)),
    // A year before the first month fills each channel's last twelve posts (the span the checklist context reads too).
    marketing: marketingShares(await factsWithOccurrences(repo, plusDays(monthStart(range.from), -366), monthEnd(range.to)), range.from.slice(0, 7)),
  };
}
