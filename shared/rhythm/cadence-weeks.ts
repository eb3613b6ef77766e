import type { IsoWeek } from '../calendar/calendar-dates';
import { isoWeekOf } from '../calendar/calendar-dates';
import { wentOut } from '../checklist/staleness';
import type { Channel } from '../domain/channel';
import type { LocalDate } from '../domain/local-time';
import type { Post } from '../domain/post';

/*
 * Fresh content at a steady pace (seed 004): each channel may have a target of posts
 * per ISO week. A week falls short for a channel when fewer of its posts count than the
 * target. A day that has passed counts only posts that went out; today and later count
 * every post still planned (not cancelled), so the calendar warns while there is time.
 */

type Counted = Pick<Post, 'date' | 'status' | 'channelIds'>;
type WithCadence = Pick<Channel, 'id' | 'name' | 'postsPerWeek'>;

export interface CadenceShortfall {
  channelId: string;
  channelName: string;
  /** Posts that count in the week. */
  count: number;
  target: number;
}

function counts(post: Counted, today: LocalDate): boolean {
  if (!post.date || post.status === 'cancelled') return false;
  return post.date < today ? wentOut(post, today) : true;
}

/** A channel's target per week, or null when it has none. */
export function weeklyTarget(channel: Pick<Channel, 'postsPerWeek'>): number | null {
  return channel.postsPerWeek ? channel.postsPerWeek : null;
}

/** For each given week (by its Monday), the channels below their target; weeks where all are on target are left out. */
export function weeksBelowCadence(weeks: readonly Pick<IsoWeek, 'start' | 'end'>[], channels: readonly WithCadence[], posts: readonly Counted[], today: LocalDate): Map<LocalDate, CadenceShortfall[]> {
  const targeted = channels.filter((channel) => weeklyTarget(channel) !== null);
  const perWeek = new Map<LocalDate, Map<string, number>>();
  for (const post of posts) {
    if (!counts(post, today)) continue;
    const monday = isoWeekOf(post.date!).start;
    const byChannel = perWeek.get(monday) ?? new Map<string, number>();
    for (const id of post.channelIds) byChannel.set(id, (byChannel.get(id) ?? 0) + 1);
    perWeek.set(monday, byChannel);
  }
  const result = new Map<LocalDate, CadenceShortfall[]>();
  for (const week of weeks) {
    const monday = isoWeekOf(week.start).start;
    const shortfalls = targeted
      .map((channel) => ({ channelId: channel.id, channelName: channel.name, count: perWeek.get(monday)?.get(channel.id) ?? 0, target: weeklyTarget(channel)! }))
      .filter((entry) => entry.count < entry.target);
    if (shortfalls.length > 0) result.set(week.start, shortfalls);
  }
  return result;
}

/**
 * How many days without a post make a channel look dead. With a cadence the channel's
 * own rhythm decides: two of its intervals without a post (2 a week: 8 days; 1 a week:
 * 14), one missed post being forgiven; never longer than the general setting.
 */
export function staleAfterDaysFor(channel: Pick<Channel, 'postsPerWeek'>, settingDays: number): number {
  const target = weeklyTarget(channel);
  if (target === null) return settingDays;
  return Math.min(settingDays, 2 * Math.ceil(7 / target));
}
