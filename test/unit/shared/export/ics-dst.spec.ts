import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../../../shared/calendar/zoned-time';
import { localDate, localTime } from '../../../../shared/domain/local-time';
import type { LocalDate, LocalTime } from '../../../../shared/domain/local-time';
import type { Post } from '../../../../shared/domain/post';
import { newPost } from '../../../../shared/domain/post';
import { selectExportData } from '../../../../shared/export/export-data';
import { toCsv } from '../../../../shared/export/csv-export';
import { toScheduleHtml } from '../../../../shared/export/html-schedule';
import { toIcs } from '../../../../shared/export/ics-export';
import { parseTimeInput } from '../../../../shared/calendar/date-input';
import Papa from 'papaparse';
import { duties, now, selection } from '../../../support/export-fixture';
import { parseWithPython } from '../../../support/python-icalendar';

/*
 * Around the changes of summer time two calendar parsers written by others
 * (Mozilla's ical.js and python-icalendar) must read the same moments from the
 * file: a repeated autumn time as its first occurrence (RFC 5545 §3.3.5), the end
 * half an hour after the start in real time, never before it.
 */

const HALF_HOUR = 30 * 60_000;

function postsAround(days: string[]): Post[] {
  return days.flatMap((date) =>
    Array.from({ length: 96 }, (_, quarter) => {
      const time = `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
      return { ...newPost({ title: `${date} ${time}` }, `p-${date}-${time.replace(':', '')}`, now), date: localDate(date), time: localTime(time), updatedAt: now };
    }),
  );
}

function calendarOf(posts: Post[], zone: string, from: string, to: string) {
  const data = selectExportData(
    { association: { name: 'Kylä ry', description: '', website: '', email: '', phone: '', address: '' }, channels: [], volunteers: [], posts, duties, timeZone: zone },
    selection({ from: localDate(from), to: localDate(to) }),
    'fi',
    now,
  );
  return toIcs(data);
}

function icalJsEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

const cases = [
  { zone: 'Europe/Helsinki', days: ['2026-03-29', '2026-10-25'], from: '2026-03-01', to: '2026-11-30' },
  { zone: 'America/New_York', days: ['2026-03-08', '2026-11-01'], from: '2026-03-01', to: '2026-11-30' },
];

describe('calendar events around the changes of summer time', () => {
  for (const { zone, days, from, to } of cases) {
    it(`${zone}: both parsers read every quarter hour of both change days as the app does, with DTEND after DTSTART`, () => {
      // Times in the gap are refused by the services, but a folder from before the check can hold them.
      const posts = postsAround(days);
      const ics = calendarOf(posts, zone, from, to);
      const expected = new Map(posts.map((post) => [`post-${post.id}@somevuoro`, instantOf(post.date as LocalDate, post.time as LocalTime, zone)]));
      const python = new Map(parseWithPython(ics).events.map((event) => [event.uid, event]));
      const icalJs = new Map(icalJsEvents(ics).map((event) => [event.uid, event]));
      for (const [uid, start] of expected) {
        const end = new Date(Date.parse(start) + HALF_HOUR).toISOString();
        expect({ uid, start: python.get(uid)?.start, end: python.get(uid)?.end }).toEqual({ uid, start, end });
        const event = icalJs.get(uid);
        expect({ uid, start: event?.startDate.toJSDate().toISOString(), end: event?.endDate.toJSDate().toISOString() }).toEqual({ uid, start, end });
      }
    });
  }

  it('writes 25.10.2026 03:30 Helsinki as its first occurrence, 00:30 UTC, in both parsers', () => {
    const post = { ...newPost({ title: 'Yökahvit' }, 'autumn', now), date: localDate('2026-10-25'), time: localTime('03:30'), updatedAt: now };
    const ics = calendarOf([post], 'Europe/Helsinki', '2026-10-01', '2026-10-31');
    // A wall-clock 03:30 would be read as 00:30 UTC by ical.js and as 01:30 UTC by python-icalendar: both ends are written in UTC.
    expect(ics).toContain('DTSTART:20261025T003000Z');
    expect(ics).toContain('DTEND:20261025T010000Z');
    expect(parseWithPython(ics).events[0]).toMatchObject({ start: '2026-10-25T00:30:00.000Z', end: '2026-10-25T01:00:00.000Z' });
    const [event] = icalJsEvents(ics);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-10-25T01:00:00.000Z');
  });

  it('shows the same moment in the spreadsheet and the web page (PDF): the wall-clock 03.30 whose first occurrence the calendar file gives', () => {
    const post = { ...newPost({ title: 'Yökahvit' }, 'autumn', now), date: localDate('2026-10-25'), time: localTime('03:30'), updatedAt: now };
    const data = selectExportData({ association: { name: 'Kylä ry', description: '', website: '', email: '', phone: '', address: '' }, channels: [], volunteers: [], posts: [post], duties: [], timeZone: 'Europe/Helsinki' }, selection({ from: localDate('2026-10-01'), to: localDate('2026-10-31') }), 'fi', now);
    const calendarStart = icalJsEvents(toIcs(data))[0].startDate.toJSDate().toISOString();
    const [row] = Papa.parse<Record<string, string>>(toCsv(data, ';').slice(1), { header: true, delimiter: ';', skipEmptyLines: true }).data;
    const sheetTime = parseTimeInput(row.Kello);
    if (!sheetTime.ok || !sheetTime.value) throw new Error(`no time in the sheet: ${row.Kello}`);
    expect(instantOf(localDate(row['Päivä (ISO)']), sheetTime.value, 'Europe/Helsinki')).toBe(calendarStart);
    expect(calendarStart).toBe('2026-10-25T00:30:00.000Z');
    expect(toScheduleHtml(data)).toContain('3.30');
  });

  it('ends every event after it starts: timed posts, all-day posts and duties', () => {
    const allDay = { ...newPost({ title: 'Koko päivä' }, 'allday', now), date: localDate('2026-03-29'), updatedAt: now };
    const ics = calendarOf([...postsAround(['2026-03-29', '2026-10-25']), allDay], 'Europe/Helsinki', '2026-03-01', '2026-11-30');
    const events = parseWithPython(ics).events;
    expect(events.length).toBe(2 * 96 + 1 + duties.length);
    for (const event of events) expect(event.end > event.start, `${event.uid}: ${event.start} → ${event.end}`).toBe(true);
    for (const event of icalJsEvents(ics)) expect(event.endDate.compare(event.startDate), event.uid).toBe(1);
  });
});
