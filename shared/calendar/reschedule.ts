import type { LocalDate, LocalTime } from '../domain/local-time';
import type { Post, PostChanges } from '../domain/post';
import { comparePosts } from '../domain/post';
import type { CalendarView } from '../domain/preferences';
import type { DateRange } from '../domain/date-range';
import { isInRange } from './calendar-range';
import { plusDays } from './calendar-dates';

/*
 * Moving a post to another day. Only its date changes: the wall-clock time stays, so
 * a post at 09:00 is still at 09:00 Helsinki time after a move across a
 * daylight-saving change (the moment in UTC moves by an hour, as it should).
 */

export interface Move {
  post: Post;
  /** null: back to the unscheduled posts (its time goes too: a time needs a date). */
  to: LocalDate | null;
  /** The time it gets, when that changes too (an undo puts back the time an unscheduling took). */
  time?: LocalTime | null;
}

/** Where a post was, so that a move can be undone exactly (an unscheduled move also drops the time). */
export interface Placement {
  date: LocalDate | null;
  time: LocalTime | null;
}

export function placementOf(post: Pick<Post, 'date' | 'time'>): Placement {
  return { date: post.date, time: post.time };
}

/** The change that moves a post: the date only, or no change at all for the same day. */
export function moveChanges(post: Pick<Post, 'date'>, to: LocalDate | null): PostChanges | null {
  if (post.date === to) return null;
  return { date: to };
}

/** The change that puts a post back where it was. */
export function restoreChanges(placement: Placement): PostChanges {
  return { date: placement.date, time: placement.date ? placement.time : null };
}

/** The post as it will be after the move (for showing a move at once, before the services answer). */
export function movedPost(post: Post, to: LocalDate | null, time: LocalTime | null = post.time): Post {
  return { ...post, date: to, time: to ? time : null };
}

/**
 * The posts a view shows while moves are on their way: a moved post leaves its old
 * day and appears on its new one, or leaves the range altogether.
 */
export function withPendingMoves(posts: Post[], moves: Move[], range: DateRange | 'undated'): Post[] {
  if (moves.length === 0) return posts;
  const movedIds = new Set(moves.map((move) => move.post.id));
  const kept = posts.filter((post) => !movedIds.has(post.id));
  const arriving = moves
    .filter((move) => (range === 'undated' ? move.to === null : isInRange(move.to, range)))
    .map((move) => movedPost(move.post, move.to, move.time));
  const unique = new Map(arriving.map((post) => [post.id, post]));
  return [...kept, ...unique.values()].sort(comparePosts);
}

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export function isArrowKey(key: string): key is ArrowKey {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown';
}

/** The day an arrow key moves to: a day left or right; a week up or down in the month grid and the week view. */
export function dayInDirection(date: LocalDate, key: ArrowKey, view: CalendarView): LocalDate {
  const vertical = view === 'month' || view === 'week' ? 7 : 1;
  const steps: Record<ArrowKey, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -vertical, ArrowDown: vertical };
  return plusDays(date, steps[key]);
}
