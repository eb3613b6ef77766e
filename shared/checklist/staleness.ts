import { daysBetween } from '../calendar/calendar-dates';
import type { Id } from '../domain/ids';
import type { LocalDate } from '../domain/local-time';
import type { Post } from '../domain/post';

/*
 * Fresh content at a steady pace: a page silent for months looks dead (seeds 000,
 * 004). For each channel: the days since the last post that went out, and the gap to
 * the next one planned, against a threshold (14 days unless Settings say otherwise).
 */

type StalenessState = 'ok' | 'stale' | 'will-go-stale' | 'never-posted';

export interface Staleness {
  lastPost: LocalDate | null;
  nextPost: LocalDate | null;
  daysSince: number | null;
  daysUntilNext: number | null;
  state: StalenessState;
}

type Dated = Pick<Post, 'date' | 'status' | 'channelIds'>;

/** A post went out if it is marked published, or was approved for a day that has passed. */
export function wentOut(post: Dated, today: LocalDate): boolean {
  if (!post.date || post.date > today) return false;
  return post.status === 'published' || (post.status === 'approved' && post.date < today);
}

/** A post still to come: dated today or later, neither out yet nor cancelled. */
export function isPlanned(post: Dated, today: LocalDate): boolean {
  return post.date !== null && post.date >= today && post.status !== 'cancelled' && !wentOut(post, today);
}

export function staleness(lastPost: LocalDate | null, nextPost: LocalDate | null, today: LocalDate, thresholdDays: number): Staleness {
  const daysSince = lastPost ? daysBetween(lastPost, today) : null;
  const daysUntilNext = nextPost ? daysBetween(today, nextPost) : null;
  let state: StalenessState = 'ok';
  if (daysSince === null) state = daysUntilNext === null || daysUntilNext > thresholdDays ? 'never-posted' : 'ok';
  else if (daysSince > thresholdDays) state = 'stale';
  else if (daysUntilNext === null || daysSince + daysUntilNext > thresholdDays) state = 'will-go-stale';
  return { lastPost, nextPost, daysSince, daysUntilNext, state };
}

/** Staleness of one channel from the posts around today (the caller passes enough of them, e.g. a year each way). */
export function channelStaleness(channelId: Id, posts: readonly Dated[], today: LocalDate, thresholdDays: number): Staleness {
  let lastPost: LocalDate | null = null;
  let nextPost: LocalDate | null = null;
  for (const post of posts) {
    if (!post.date || !post.channelIds.includes(channelId)) continue;
    if (wentOut(post, today) && (lastPost === null || post.date > lastPost)) lastPost = post.date;
    if (isPlanned(post, today) && (nextPost === null || post.date < nextPost)) nextPost = post.date;
  }
  return staleness(lastPost, nextPost, today, thresholdDays);
}
