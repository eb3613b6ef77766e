import { plusDays } from '../calendar/calendar-dates';
import { instantOf, resolveWallClock, wallClockOf } from '../calendar/zoned-time';
import type { Duty } from '../domain/duty';
import type { LocalDate, LocalTime } from '../domain/local-time';
import { localTime } from '../domain/local-time';
import type { Post, PostStatus } from '../domain/post';
import { hasControlCharacter } from '../domain/text';
import type { ExportData } from './export-data';
import { channelNameOf, nameOf } from './export-data';
import { exportLabels } from './export-labels';
import { channelsShown } from './export-selection';
import { holderAwayNote } from './duty-away';
import { contentLine, escapeText, joinLines } from './ics-lines';
import { vtimezone } from './ics-timezone';
import { ownEntry } from '../domain/ids';
import { toRrule } from '../recurrence/repeat-rule';
import type { Series } from '../domain/series';
import { parseOccurrenceId } from '../recurrence/occurrence-id';
import { changedOccurrences, seriesPost } from '../recurrence/series';

/*
 * iCalendar (RFC 5545) of a selection: one VEVENT per post and one per duty. UIDs
 * come from the records' ids, so importing a newer export updates the events
 * instead of adding copies. Timed posts carry TZID and a VTIMEZONE; posts without a
 * time and duties are all-day events; a volunteer's duty calendar carries reminders.
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
function utcStamp(instant: string): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * A moment as the zone's wall clock (TZID), which keeps the event at its local time in
 * every calendar; in UTC when that wall-clock time happens twice (the repeated autumn
 * hour). RFC 5545 §3.3.5 reads a repeated time as its first occurrence, but not every
 * parser does (python-icalendar takes the second), and UTC leaves nothing to choose.
 */
function zonedLine(name: string, instant: string, zone: string): string {
  const wall = wallClockOf(instant, zone);
  if (resolveWallClock(wall.date, wall.time, zone).kind !== 'once') return contentLine(name, utcStamp(instant));
  return contentLine(name, `${compactDate(wall.date)}T${wall.time.replace(':', '')}00`, { TZID: zone });
}

/**
 * The event's start is the post's moment (the first one of a repeated time; a time in
 * the spring gap, which the services refuse but an older folder may hold, as §3.3.5
 * reads it) written as a time that exists, and its end half an hour later in real
 * time, so that DTEND is after DTSTART and every parser reads the same moments.
 */
/** A day or a moment as DTSTART writes it: EXDATE and RECURRENCE-ID must name an occurrence in the same form. */
function momentLine(name: string, date: LocalDate, time: LocalTime | null, zone: string): string {
  if (!time) return contentLine(name, compactDate(date), { VALUE: 'DATE' });
  return zonedLine(name, instantOf(date, time, zone), zone);
}

function whenLines(date: LocalDate, time: LocalTime | null, zone: string): string[] {
  if (!time) {
    return [contentLine('DTSTART', compactDate(date), { VALUE: 'DATE' }), contentLine('DTEND', compactDate(plusDays(date, 1)), { VALUE: 'DATE' })];
  }
  const start = instantOf(date, time, zone);
  const end = new Date(Date.parse(start) + POST_MINUTES * 60_000).toISOString();
  return [zonedLine('DTSTART', start, zone), zonedLine('DTEND', end, zone)];
}

/** `identity`: the UID (and RECURRENCE-ID) lines; `rule`: a series' RRULE and EXDATE lines. */
function postEvent(post: Post & { date: LocalDate }, data: ExportData, identity = [contentLine('UID', `post-${post.id}@somevuoro`)], rule: string[] = []): string[] {
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
    ...identity,
    contentLine('DTSTAMP', utcStamp(data.generatedAt)),
    contentLine('LAST-MODIFIED', utcStamp(post.updatedAt)),
    ...whenLines(post.date, post.time, data.timeZone),
    ...rule,
    contentLine('SUMMARY', escapeText(summary)),
    contentLine('DESCRIPTION', escapeText(description)),
    ...(post.tags.length ? [contentLine('CATEGORIES', post.tags.map(escapeText).join(','))] : []),
    contentLine('STATUS', icsStatus[post.status]),
    // A URI is written as it is (§3.3.13): one carrying a control character is left out.
    ...(post.publishedUrl && !hasControlCharacter(post.publishedUrl) ? [contentLine('URL', post.publishedUrl)] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The evening before a duty, when its holder is reminded first (the association's wall clock). */
const REMINDER_EVENING: LocalTime = localTime('18:00');

/**
 * Reminders without a server (issue 16 item 6): a volunteer's own duty calendar rings on
 * their phone the evening before, at 18:00 in the association's zone (an absolute UTC
 * time, so a phone elsewhere rings at the same moment), and when the duty starts. Only
 * in a duty calendar (no posts), only for a duty someone holds and has not declined.
 */
function dutyAlarms(duty: Duty, data: ExportData, summary: string): string[] {
  if (data.selection.includePosts || duty.volunteerId === null || duty.answer === 'declined') return [];
  const evening = instantOf(plusDays(duty.from, -1), REMINDER_EVENING, data.timeZone);
  const alarm = (trigger: string) => ['BEGIN:VALARM', 'ACTION:DISPLAY', contentLine('DESCRIPTION', escapeText(summary)), trigger, 'END:VALARM'];
  return [...alarm(contentLine('TRIGGER', utcStamp(evening), { VALUE: 'DATE-TIME' })), ...alarm('TRIGGER;RELATED=START:PT0S')];
}

/**
 * A series as calendar apps keep one: an event with the rule (RRULE), the cancelled days
 * (EXDATE) and, under the same UID, one event per occurrence changed on its own, named by
 * the moment the rule gave it (RECURRENCE-ID).
 */
function seriesEvents(series: Series, data: ExportData): string[] {
  const zone = data.timeZone;
  const time = series.fields.time;
  const uid = contentLine('UID', `series-${series.id}@somevuoro`);
  const until = (date: LocalDate) => (time ? utcStamp(instantOf(date, time, zone)) : compactDate(date));
  const rule = [
    contentLine('RRULE', toRrule(series.repeat, series.ends, series.start, until)),
    ...series.cancelled.map((date) => momentLine('EXDATE', date, time, zone)),
  ];
  return [
    ...postEvent(seriesPost(series), data, [uid], rule),
    ...changedOccurrences(series).flatMap((occurrence) =>
      postEvent(occurrence, data, [uid, momentLine('RECURRENCE-ID', occurrence.series.date, time, zone)]),
    ),
  ];
}

function dutyEvent(duty: Duty, data: ExportData): string[] {
  const labels = exportLabels[data.language];
  const who = duty.volunteerId ? nameOf(data.volunteers, duty.volunteerId) : labels.unassigned;
  const channels = duty.channelIds.length ? duty.channelIds.map((id) => channelNameOf(data.channels, id)).join(', ') : labels.everyChannel;
  const away = holderAwayNote(duty, data);
  const description = [away ? `${who}: ${away}` : '', duty.note, `${labels.channels}: ${channels}`].filter(Boolean).join('\n\n');
  const summary = `${labels.dutyType[duty.type]}: ${who}${away ? ` (${away})` : ''}`;
  return [
    'BEGIN:VEVENT',
    contentLine('UID', `duty-${duty.id}@somevuoro`),
    contentLine('DTSTAMP', utcStamp(data.generatedAt)),
    contentLine('DTSTART', compactDate(duty.from), { VALUE: 'DATE' }),
    contentLine('DTEND', compactDate(plusDays(duty.to, 1)), { VALUE: 'DATE' }),
    contentLine('SUMMARY', escapeText(summary)),
    contentLine('DESCRIPTION', escapeText(description)),
    contentLine('CATEGORIES', escapeText(labels.dutyType[duty.type])),
    // A declined duty stays in the file, cancelled, so that the calendar that had it drops it.
    duty.answer === 'declined' ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED',
    'TRANSP:TRANSPARENT',
    ...dutyAlarms(duty, data, summary),
    'END:VEVENT',
  ];
}

/** The calendar's name as clients show it: "Kylä ry – Somejulkaisujen aikataulu". */
function calendarName(data: ExportData, dutiesOnly = false): string {
  const labels = exportLabels[data.language];
  const title = dutiesOnly ? labels.dutyCalendarTitle : labels.scheduleTitle;
  return data.association.name ? `${data.association.name} – ${title}` : title;
}

export function toIcs(data: ExportData): string {
  const series = data.series ?? [];
  // A series' occurrences are its rule's, not events of their own.
  const seriesIds = new Set<string>(series.map((one) => one.id));
  const ofSeries = (post: Post) => seriesIds.has(parseOccurrenceId(post.id)?.seriesId ?? '');
  const dated = data.posts.filter((post): post is Post & { date: LocalDate } => post.date !== null && !ofSeries(post));
  const timed = dated.some((post) => post.time !== null) || series.some((one) => one.fields.time !== null);
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
    ...series.flatMap((one) => seriesEvents(one, data)),
    ...data.duties.flatMap((duty) => dutyEvent(duty, data)),
    'END:VCALENDAR',
  ];
  return joinLines(lines);
}
