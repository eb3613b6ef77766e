import { TZDate } from '@date-fns/tz';
import { plusDays } from '../calendar/calendar-dates';
import type { Duty } from '../domain/duty';
import type { LocalDate, LocalTime } from '../domain/local-time';
import type { Post, PostStatus } from '../domain/post';
import type { ExportData } from './export-data';
import { channelNameOf, nameOf } from './export-data';
import { exportLabels } from './export-labels';
import { channelsShown } from './export-selection';
import { contentLine, escapeText, joinLines } from './ics-lines';
import { vtimezone } from './ics-timezone';
import { ownEntry } from '../domain/ids';

/*
 * iCalendar (RFC 5545) of a selection: one VEVENT per post and one per duty. UIDs
 * come from the records' ids, so importing a newer export updates the events
 * instead of adding copies. Timed posts carry TZID and a VTIMEZONE; posts without a
 * time and duties are all-day events.
 */

/** A post is shown as a half-hour slot: long enough to see, short enough not to hide others. */
const POST_MINUTES = 30;

const icsStatus: Record<PostStatus, 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED'> = {
  idea: 'TENTATIVE',
  draft: 'TENTATIVE',
  'in-review': 'TENTATIVE',
  approved: 'CONFIRMED',
  published: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

const compactDate = (date: LocalDate) => date.replaceAll('-', '');

/** 2026-11-25T10:00:00.000Z → 20261125T100000Z */
export function utcStamp(instant: string): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function addMinutes(date: LocalDate, time: LocalTime, minutes: number): { date: LocalDate; stamp: string } {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  const day = plusDays(date, Math.floor(total / 1440));
  const inDay = total % 1440;
  const stamp = `${String(Math.floor(inDay / 60)).padStart(2, '0')}${String(inDay % 60).padStart(2, '0')}00`;
  return { date: day, stamp: `${compactDate(day)}T${stamp}` };
}

function whenLines(date: LocalDate, time: LocalTime | null, zone: string): string[] {
  if (!time) {
    return [contentLine('DTSTART', compactDate(date), { VALUE: 'DATE' }), contentLine('DTEND', compactDate(plusDays(date, 1)), { VALUE: 'DATE' })];
  }
  const start = `${compactDate(date)}T${time.replace(':', '')}00`;
  return [contentLine('DTSTART', start, { TZID: zone }), contentLine('DTEND', addMinutes(date, time, POST_MINUTES).stamp, { TZID: zone })];
}

function postEvent(post: Post & { date: LocalDate }, data: ExportData): string[] {
  const labels = exportLabels[data.language];
  const channels = channelsShown(post, data.selection).map((id) => channelNameOf(data.channels, id));
  const summary = channels.length ? `${post.title} (${channels.join(', ')})` : post.title;
  const details = [
    `${labels.statusLabel}: ${labels.status[post.status]}`,
    channels.length ? `${labels.channels}: ${channels.join(', ')}` : '',
    post.responderId ? `${labels.responder}: ${nameOf(data.volunteers, post.responderId)}` : '',
    post.authorId ? `${labels.author}: ${nameOf(data.volunteers, post.authorId)}` : '',
  ].filter(Boolean);
  const variants = channelsShown(post, data.selection)
    .filter((id) => ownEntry(post.variants, id) !== undefined)
    .map((id) => `— ${channelNameOf(data.channels, id)} —\n${post.variants[id]}`);
  const description = [post.text, ...variants, details.join('\n')].filter((part) => part !== '').join('\n\n');
  return [
    'BEGIN:VEVENT',
    contentLine('UID', `post-${post.id}@somevuoro`),
    contentLine('DTSTAMP', utcStamp(data.generatedAt)),
    contentLine('LAST-MODIFIED', utcStamp(post.updatedAt)),
    ...whenLines(post.date, post.time, data.timeZone),
    contentLine('SUMMARY', escapeText(summary)),
    contentLine('DESCRIPTION', escapeText(description)),
    ...(post.tags.length ? [contentLine('CATEGORIES', post.tags.map(escapeText).join(','))] : []),
    contentLine('STATUS', icsStatus[post.status]),
    ...(post.publishedUrl ? [contentLine('URL', post.publishedUrl)] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

function dutyEvent(duty: Duty, data: ExportData): string[] {
  const labels = exportLabels[data.language];
  const who = duty.volunteerId ? nameOf(data.volunteers, duty.volunteerId) : labels.unassigned;
  const channels = duty.channelIds.length ? duty.channelIds.map((id) => channelNameOf(data.channels, id)).join(', ') : labels.everyChannel;
  const description = [duty.note, `${labels.channels}: ${channels}`].filter(Boolean).join('\n\n');
  return [
    'BEGIN:VEVENT',
    contentLine('UID', `duty-${duty.id}@somevuoro`),
    contentLine('DTSTAMP', utcStamp(data.generatedAt)),
    contentLine('DTSTART', compactDate(duty.from), { VALUE: 'DATE' }),
    contentLine('DTEND', compactDate(plusDays(duty.to, 1)), { VALUE: 'DATE' }),
    contentLine('SUMMARY', escapeText(`${labels.dutyType[duty.type]}: ${who}`)),
    contentLine('DESCRIPTION', escapeText(description)),
    contentLine('CATEGORIES', escapeText(labels.dutyType[duty.type])),
    'STATUS:CONFIRMED',
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The calendar's name as clients show it: "Kylä ry – Somejulkaisujen aikataulu". */
export function calendarName(data: ExportData, dutiesOnly = false): string {
  const labels = exportLabels[data.language];
  const title = dutiesOnly ? labels.dutyCalendarTitle : labels.scheduleTitle;
  return data.association.name ? `${data.association.name} – ${title}` : title;
}

export function toIcs(data: ExportData): string {
  const dated = data.posts.filter((post): post is Post & { date: LocalDate } => post.date !== null);
  const timed = dated.some((post) => post.time !== null);
  const fromYear = Number(data.selection.from.slice(0, 4));
  const toYear = Number(data.selection.to.slice(0, 4));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Somevuoro//Somevuoro//${data.language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine('X-WR-CALNAME', escapeText(calendarName(data, !data.selection.includePosts))),
    contentLine('X-WR-TIMEZONE', data.timeZone),
    ...(timed ? vtimezone(data.timeZone, fromYear, toYear) : []),
    ...dated.flatMap((post) => postEvent(post, data)),
    ...data.duties.flatMap((duty) => dutyEvent(duty, data)),
    'END:VCALENDAR',
  ];
  return joinLines(lines);
}

/** For tests and tools: the UTC instant of a wall-clock time in a zone. */
export function wallClockToUtc(date: LocalDate, time: LocalTime, zone: string): Date {
  return new Date(new TZDate(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), Number(time.slice(0, 2)), Number(time.slice(3, 5)), zone).getTime());
}
