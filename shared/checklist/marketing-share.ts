import type { Id } from '../domain/ids';
import type { Post } from '../domain/post';

/*
 * At most one message in twelve may be marketing (seed 004), judged over a channel's last
 * twelve posts that go out (not cancelled), whichever months they fall in: one marketing
 * post among nine is within the rule; a second one while the first is still among the
 * last twelve tips it over. Each month is judged at its end.
 */

const WINDOW = 12;
const ALLOWED = 1;

export interface MarketingShare {
  /** "2026-03": judged over the posts up to the end of this month. */
  month: string;
  /** null: all the association's posts together, each counted once. */
  channelId: Id | null;
  /** Marketing posts among the last `total` posts (at most twelve). */
  marketing: number;
  total: number;
  over: boolean;
  /** Ordinary posts it takes before the marketing posts fit the rule again (0 when they do). */
  neededToFit: number;
}

type Counted = Pick<Post, 'date' | 'time' | 'status' | 'channelIds' | 'marketing'>;

const byTime = (a: Counted, b: Counted) => (a.date ?? '').localeCompare(b.date ?? '') || (a.time ?? '').localeCompare(b.time ?? '');

function judged(month: string, channelId: Id | null, line: readonly Counted[]): MarketingShare {
  const window = line.slice(-WINDOW);
  // How far back each marketing post is (0: the newest post); the second newest must slide out of the twelve.
  const back = window.flatMap((post, index) => (post.marketing ? [window.length - 1 - index] : [])).reverse();
  const marketing = back.length;
  const over = marketing > ALLOWED;
  return { month, channelId, marketing, total: window.length, over, neededToFit: over ? WINDOW - back[ALLOWED] : 0 };
}

/**
 * The rule judged at the end of each month that has posts (from `fromMonth` on; earlier
 * posts fill the twelve), for all channels together and each channel with posts that
 * month (in first-seen order).
 */
export function marketingShares(posts: readonly Counted[], fromMonth = ''): MarketingShare[] {
  const going = posts.filter((post) => post.date && post.status !== 'cancelled').sort(byTime);
  const monthOf = (post: Counted) => (post.date ?? '').slice(0, 7);
  const months = [...new Set(going.map(monthOf))].filter((month) => month >= fromMonth);
  return months.flatMap((month) => {
    const upTo = going.filter((post) => monthOf(post) <= month);
    const channels = [...new Set(upTo.filter((post) => monthOf(post) === month).flatMap((post) => post.channelIds))];
    return [judged(month, null, upTo), ...channels.map((channelId) => judged(month, channelId, upTo.filter((post) => post.channelIds.includes(channelId))))];
  });
}
