import { addDays } from './days';
import type { Duty } from '../domain/duty';
import type { Id } from '../domain/ids';
import type { LocalDate } from '../domain/local-time';
import type { Post } from '../domain/post';
import type { Volunteer } from '../domain/volunteer';
import { isAwayOn } from './away';

/*
 * Coverage: every post that goes out needs someone answering on each of its channels
 * for the first hours after publishing (48 by default). A day of that window is
 * covered for a channel when someone active and not away that day holds a response
 * duty for the channel (a duty without channels covers them all), or is named as the
 * post's own responder. Duties are whole days, so the window is counted in the
 * association's wall-clock hours: a post at 9.00 needs its day and the two after
 * it, an untimed one its day and the next.
 */

const DEFAULT_RESPONSE_WINDOW_HOURS = 48;

interface UncoveredChannel {
  /** null for a post without channels: any response duty would do. */
  channelId: Id | null;
  days: LocalDate[];
}

export interface PostCoverage {
  postId: Id;
  covered: boolean;
  /** The days someone must be answering; null for a post that does not go out. */
  window: { from: LocalDate; to: LocalDate } | null;
  uncovered: UncoveredChannel[];
  /** Who is on response duty (or the named responder) at publishing time, for showing. */
  responders: Id[];
}

/** Posts that go out: they have a day and are not cancelled. */
function needsCoverage(post: Pick<Post, 'date' | 'status'>): post is Pick<Post, 'status'> & { date: LocalDate } {
  return post.date !== null && post.status !== 'cancelled';
}

export function responseWindow(date: LocalDate, time: string | null, hours: number): { from: LocalDate; to: LocalDate } {
  const startMinute = time ? Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) : 0;
  const lastDay = Math.floor((startMinute + hours * 60 - 1) / 1440);
  return { from: date, to: addDays(date, Math.max(0, lastDay)) };
}

/** The fields of a post its coverage reads: an edit that changes none of them leaves coverage as it was. */
export const coverageFields = ['date', 'time', 'status', 'channelIds', 'responderId'] as const satisfies readonly (keyof Post)[];

/** Coverage of one post; posts that do not go out are always covered. */
export function postCoverage(
  post: Pick<Post, 'id' | (typeof coverageFields)[number]>,
  duties: readonly Duty[],
  volunteers: readonly Volunteer[],
  hours = DEFAULT_RESPONSE_WINDOW_HOURS,
): PostCoverage {
  if (!needsCoverage(post)) return { postId: post.id, covered: true, window: null, uncovered: [], responders: [] };
  const window = responseWindow(post.date, post.time, hours);
  const byId = new Map(volunteers.map((volunteer) => [volunteer.id, volunteer]));
  const answering = (volunteerId: Id | null, day: LocalDate) => {
    const volunteer = volunteerId ? byId.get(volunteerId) : undefined;
    return volunteer !== undefined && volunteer.active && !isAwayOn(volunteer, day);
  };
  // A declined duty is a gap, as one nobody holds.
  const responseDuties = duties.filter((duty) => duty.type === 'response' && duty.volunteerId && duty.answer !== 'declined' && duty.from <= window.to && window.from <= duty.to);
  const coversOn = (channelId: Id | null, day: LocalDate) =>
    answering(post.responderId, day) ||
    responseDuties.some(
      (duty) => duty.from <= day && day <= duty.to && (duty.channelIds.length === 0 || channelId === null || duty.channelIds.includes(channelId)) && answering(duty.volunteerId, day),
    );

  const days: LocalDate[] = [];
  for (let day = window.from; day <= window.to; day = addDays(day, 1)) days.push(day);
  const channels: (Id | null)[] = post.channelIds.length ? post.channelIds : [null];
  const uncovered = channels
    .map((channelId) => ({ channelId, days: days.filter((day) => !coversOn(channelId, day)) }))
    .filter((channel) => channel.days.length > 0);

  const responders = new Set<Id>();
  if (post.responderId && answering(post.responderId, window.from)) responders.add(post.responderId);
  for (const duty of responseDuties) {
    if (duty.from <= window.from && window.from <= duty.to && answering(duty.volunteerId, window.from)) responders.add(duty.volunteerId as Id);
  }
  return { postId: post.id, covered: uncovered.length === 0, window, uncovered, responders: [...responders].sort() };
}

/** What a view shows of its posts' coverage: how many go out, and those with a gap (a covered post shows nothing). */
export interface CoverageGaps {
  goingOut: number;
  gaps: PostCoverage[];
}

/**
 * Every post that goes out is counted, in the posts' order; `coverageOf` is postCoverage or a kept one.
 * Issue 14: the calendar's flags and the roster name only posts with a gap; a covered one is
 * counted ("all 12 posts going out have a responder") and nothing more, so it is not sent.
 */
export function coverageGaps(posts: readonly Post[], duties: readonly Duty[], volunteers: readonly Volunteer[], hours = DEFAULT_RESPONSE_WINDOW_HOURS, coverageOf = postCoverage): CoverageGaps {
  const all = posts.filter(needsCoverage).map((post) => coverageOf(post, duties, volunteers, hours));
  return { goingOut: all.length, gaps: all.filter((coverage) => !coverage.covered) };
}
