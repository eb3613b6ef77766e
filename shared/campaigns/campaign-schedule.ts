import { daysBetween, plusDays } from '../calendar/calendar-dates';
import type { Campaign, CampaignStep } from '../domain/campaign';
import type { LocalDate, LocalTime } from '../domain/local-time';
import type { Post } from '../domain/post';

/*
 * A campaign's posts are placed by whole days from its key date, at the step's wall-clock
 * time in the association's zone: a −7 post at 18:00 is at 18:00 Helsinki time whether or
 * not the clocks change in between (dates are wall-clock days, never instants; see
 * calendar-dates.ts).
 */

export interface PlacedStep {
  step: CampaignStep;
  date: LocalDate;
  time: LocalTime | null;
}

export function placeSteps(keyDate: LocalDate, steps: readonly CampaignStep[]): PlacedStep[] {
  return [...steps].sort((a, b) => a.offsetDays - b.offsetDays).map((step) => ({ step, date: plusDays(keyDate, step.offsetDays), time: step.time }));
}

/**
 * Moving the key date moves every post of the campaign by the same number of days, each
 * from where it is now (a post moved by hand keeps its distance), keeping its time; an
 * undated post stays undated. Undo is the move back.
 */
export function shiftedDates(posts: readonly Pick<Post, 'id' | 'date'>[], from: LocalDate, to: LocalDate): { id: string; date: LocalDate }[] {
  const days = daysBetween(from, to);
  if (days === 0) return [];
  return posts.flatMap((post) => (post.date ? [{ id: post.id, date: plusDays(post.date, days) }] : []));
}

export interface CampaignProgress {
  /** Posts of the campaign still in the plan (a deleted one no longer counts). */
  total: number;
  /** Approved, waiting for their moment. */
  ready: number;
  published: number;
  /** Raised against the target, 0–1 (more than 1 when the target was passed); null without a target. */
  raisedShare: number | null;
}

export function campaignProgress(campaign: Pick<Campaign, 'posts' | 'kind' | 'targetAmount' | 'raisedAmount'>, posts: readonly Pick<Post, 'id' | 'status'>[]): CampaignProgress {
  const ids = new Set(campaign.posts.map((entry) => entry.postId));
  const own = posts.filter((post) => ids.has(post.id) && post.status !== 'cancelled');
  const target = campaign.kind === 'fundraiser' ? campaign.targetAmount : null;
  return {
    total: own.length,
    ready: own.filter((post) => post.status === 'approved').length,
    published: own.filter((post) => post.status === 'published').length,
    raisedShare: target ? (campaign.raisedAmount ?? 0) / target : null,
  };
}
