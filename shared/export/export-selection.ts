import { z } from 'zod';
import { plusDays } from '../calendar/calendar-dates';
import type { Channel } from '../domain/channel';
import type { Duty } from '../domain/duty';
import { Id } from '../domain/ids';
import type { LocalDate } from '../domain/local-time';
import { daysInMonth, LocalDate as LocalDateSchema, localDate } from '../domain/local-time';
import type { Post } from '../domain/post';
import { PostStatus, postStatuses } from '../domain/post';
import { limits, tooMany } from '../domain/limits';

/**
 * What to export: one choice (range, filters, duties or not) that drives every
 * format alike, so the calendar file, the spreadsheet and the PDF of one choice
 * always hold the same posts.
 */
export const ExportSelection = z
  .strictObject({
    from: LocalDateSchema,
    to: LocalDateSchema,
    /** Empty means every channel. */
    channelIds: z.array(Id).max(limits.channelRefs, tooMany),
    /** Empty means every status. */
    statuses: z.array(PostStatus).max(postStatuses.length, tooMany),
    /** Empty means everyone; otherwise posts they write or answer for, and their duties. */
    volunteerIds: z.array(Id).max(limits.volunteers, tooMany),
    includePosts: z.boolean(),
    includeDuties: z.boolean(),
  })
  .refine((s) => s.from <= s.to, { error: 'v.rangeReversed', path: ['to'] })
  .refine((s) => Date.parse(s.to) - Date.parse(s.from) <= 1000 * 86_400_000, { error: 'v.rangeTooLong', path: ['to'] });
export type ExportSelection = z.infer<typeof ExportSelection>;

const DEFAULT_WEEKS = 4;

/** The default: today and the next four weeks (28 days). */
export function nextWeeksRange(today: LocalDate, weeks = DEFAULT_WEEKS): { from: LocalDate; to: LocalDate } {
  return { from: today, to: plusDays(today, weeks * 7 - 1) };
}

/** A whole calendar month, "2026-03" → 1.3.–31.3.2026. */
export function monthRange(month: string): { from: LocalDate; to: LocalDate } {
  const [year, monthNumber] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return { from: localDate(`${month}-01`), to: localDate(`${month}-${String(daysInMonth(year, monthNumber)).padStart(2, '0')}`) };
}

/** The channels of a post that the selection shows (all of them when no channel is chosen). */
export function channelsShown(post: Pick<Post, 'channelIds'>, selection: Pick<ExportSelection, 'channelIds'>): Id[] {
  return selection.channelIds.length ? post.channelIds.filter((id) => selection.channelIds.includes(id)) : post.channelIds;
}

export function postMatches(post: Post, selection: ExportSelection): boolean {
  if (!selection.includePosts || !post.date || post.date < selection.from || post.date > selection.to) return false;
  if (selection.statuses.length && !selection.statuses.includes(post.status)) return false;
  if (selection.channelIds.length && channelsShown(post, selection).length === 0) return false;
  const people = selection.volunteerIds;
  return people.length === 0 || people.some((id) => id === post.authorId || id === post.responderId);
}

/** A duty overlapping the range; a duty for "every channel" matches any channel filter. */
export function dutyMatches(duty: Duty, selection: ExportSelection): boolean {
  if (!selection.includeDuties || duty.to < selection.from || duty.from > selection.to) return false;
  if (selection.volunteerIds.length && (duty.volunteerId === null || !selection.volunteerIds.includes(duty.volunteerId))) return false;
  return !selection.channelIds.length || !duty.channelIds.length || duty.channelIds.some((id) => selection.channelIds.includes(id));
}

export function dutyOrder(a: Duty, b: Duty): number {
  return a.from.localeCompare(b.from) || a.type.localeCompare(b.type) || a.id.localeCompare(b.id);
}

/** Channels named in the export, in the association's own order. */
export function channelsUsed(channels: Channel[], posts: Post[], selection: ExportSelection): Channel[] {
  const used = new Set(posts.flatMap((post) => channelsShown(post, selection)));
  return channels.filter((channel) => used.has(channel.id));
}
