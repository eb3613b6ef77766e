import type { Id } from '../domain/ids';
import type { Post } from '../domain/post';

/*
 * At most one message in twelve may be marketing (seed 004). Counted per channel and
 * calendar month over the posts that go out (not cancelled): marketing posts / all
 * posts. Twelve posts with one marketing post are within the rule; a thirteenth that
 * is marketing too tips it over (2/13 > 1/12).
 */

const MARKETING_ONE_IN = 12;

export interface MarketingShare {
  /** "2026-03". */
  month: string;
  /** null: all the association's posts together, each counted once. */
  channelId: Id | null;
  marketing: number;
  total: number;
  over: boolean;
}

export function isOverMarketingLimit(marketing: number, total: number): boolean {
  return marketing * MARKETING_ONE_IN > total;
}

type Counted = Pick<Post, 'date' | 'status' | 'channelIds' | 'marketing'>;

/** Shares per month and channel (channels in first-seen order, the all-channels line first), for months that have posts. */
export function marketingShares(posts: readonly Counted[]): MarketingShare[] {
  const counts = new Map<string, { month: string; channelId: Id | null; marketing: number; total: number }>();
  const count = (month: string, channelId: Id | null, marketing: boolean) => {
    const key = `${month}|${channelId ?? ''}`;
    const entry = counts.get(key) ?? { month, channelId, marketing: 0, total: 0 };
    entry.total += 1;
    if (marketing) entry.marketing += 1;
    counts.set(key, entry);
  };
  for (const post of posts) {
    if (!post.date || post.status === 'cancelled') continue;
    const month = post.date.slice(0, 7);
    count(month, null, post.marketing);
    for (const channelId of new Set(post.channelIds)) count(month, channelId, post.marketing);
  }
  return [...counts.values()]
    .map((entry) => ({ ...entry, over: isOverMarketingLimit(entry.marketing, entry.total) }))
    .sort((a, b) => a.month.localeCompare(b.month) || (a.channelId === null ? -1 : b.channelId === null ? 1 : 0));
}

/** How many more ordinary posts the month needs before its marketing posts fit the rule. */
export function postsNeededToFit(marketing: number, total: number): number {
  return Math.max(0, marketing * MARKETING_ONE_IN - total);
}
