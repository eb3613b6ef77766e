import type { ChannelHealth, ChecklistOverview, PostAttention } from '../api/checklist-contract';
import type { PostStatus } from '../domain/post';
import type { LocalDate } from '../domain/local-time';
import { plusDays } from '../calendar/calendar-dates';
import { blockingItems } from './approval-gate';
import type { ChecklistItemResult } from './checklist-result';
import { openItems } from './evaluate-checklist';

/*
 * What needs attention in the coming weeks. A post "needs fixing" when open required
 * items hold back its next step (approval, then publishing) and nobody has let it
 * through with a written reason; open advisory items are advice. The navigation's
 * badge counts what must be done — posts to fix, channels with an open health item,
 * channel-months over the marketing rule — with the same functions the checklist
 * screen lists them by, so the two always agree.
 */

/** How many weeks ahead the checklist screen looks when the app opens (and so the navigation's badge, which the page carries). */
export const COMING_WEEKS = 4;

/** Today through `weeks` weeks: the days the checklist screen and the badge look at. */
export function comingWeeks(today: LocalDate, weeks: number): { from: LocalDate; to: LocalDate } {
  return { from: today, to: plusDays(today, weeks * 7 - 1) };
}

const nextGate: Partial<Record<PostStatus, PostStatus>> = { idea: 'approved', draft: 'approved', 'in-review': 'approved', approved: 'published' };

export function heldBackBy<I extends Pick<ChecklistItemResult, 'state' | 'requiredFor'>>(entry: { post: Pick<PostAttention['post'], 'status' | 'checklistOverride'>; checklist: { items: readonly I[] } }): I[] {
  const gate = nextGate[entry.post.status];
  if (!gate || entry.post.checklistOverride) return [];
  return blockingItems(entry.checklist, gate);
}

export function postsNeedingFix(overview: Pick<ChecklistOverview, 'posts'>): PostAttention[] {
  return overview.posts.filter((entry) => heldBackBy(entry).length > 0);
}

/** Posts whose open items are all advice. */
export function postsWithAdvice(overview: Pick<ChecklistOverview, 'posts'>): PostAttention[] {
  return overview.posts.filter((entry) => heldBackBy(entry).length === 0 && openItems(entry.checklist).length > 0);
}

export function openHealthItems(health: ChannelHealth): ChannelHealth['items'] {
  return health.items.filter((item) => item.state === 'open');
}

function marketingOver(overview: Pick<ChecklistOverview, 'marketing'>): ChecklistOverview['marketing'] {
  return overview.marketing.filter((share) => share.over && share.channelId !== null);
}

export function attentionCount(overview: Pick<ChecklistOverview, 'posts' | 'channels' | 'marketing'>): number {
  return postsNeedingFix(overview).length + overview.channels.filter((health) => openHealthItems(health).length > 0).length + marketingOver(overview).length;
}
