import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { instantOf } from '../../../../shared/calendar/zoned-time';
import { localDate as d, localTime } from '../../../../shared/domain/local-time';
import { postDefaults } from '../../../../shared/domain/post';
import { selectExportData } from '../../../../shared/export/export-data';
import { toCsv } from '../../../../shared/export/csv-export';
import { toIcs } from '../../../../shared/export/ics-export';
import { cancelOccurrences, editSeries } from '../../../../shared/recurrence/series-edits';
import type { Series } from '../../../../shared/domain/series';
import { Series as SeriesSchema } from '../../../../shared/domain/series';
import { occurrencesBetween } from '../../../../shared/recurrence/series';
import { now, selection } from '../../../support/export-fixture';
import { expandWithPython } from '../../../support/python-icalendar';

/*
 * A series goes into the calendar file as calendar apps keep one: one VEVENT with RRULE,
 * EXDATE for a cancelled occurrence and a RECURRENCE-ID event for a changed one. Two
 * parsers written by others (Mozilla's ical.js and python's recurring_ical_events) must
 * expand it to the very occurrences the app shows, across the October change of summer time.
 */

const { date: _date, ...fields } = postDefaults;
const edited = '2026-09-01T08:00:00.000Z';

function weekly(): Series {
  const series = SeriesSchema.parse({
    id: 'viikko',
    fields: { ...fields, title: 'Viikkokuulumiset', time: '09:00', status: 'approved' },
    start: '2026-10-05',
    repeat: { every: 'week', interval: 1, weekdays: ['MO'] },
    ends: { kind: 'after', count: 8 },
    overrides: {},
    cancelled: [],
    createdAt: now,
    updatedAt: now,
  });
  const moved = editSeries(series, d('2026-10-19'), 'this', { changes: { title: 'Siirretty', date: d('2026-10-21'), time: localTime('18:00') } }, 'x', edited).series ?? series;
  return cancelOccurrences(moved, d('2026-11-02'), 'this', edited) ?? moved;
}

function monthly(): Series {
  return SeriesSchema.parse({
    id: 'kuukausi',
    fields: { ...fields, title: 'Kuukauden kuva', status: 'draft' },
    start: '2026-10-26',
    repeat: { every: 'month', interval: 1, on: { position: -1, weekday: 'MO' } },
    ends: { kind: 'on', date: '2027-01-25' },
    overrides: {},
    cancelled: [],
    createdAt: now,
    updatedAt: now,
  });
}

/** Timed and ending on a day: UNTIL is then a UTC moment (RFC 5545 §3.3.10), the last day included. */
function fortnightly(): Series {
  return { ...monthly(), id: 'kaksi', fields: { ...monthly().fields, title: 'Treenit', time: localTime('18:30') }, start: d('2026-10-06'), repeat: { every: 'week', interval: 2, weekdays: ['TU', 'TH'] }, ends: { kind: 'on', date: d('2026-11-19') } };
}

const association = { name: 'Kylä ry', description: '', website: '', email: '', phone: '', address: '' };
const range = { from: d('2026-10-01'), to: d('2027-03-31') };

function exported() {
  return selectExportData({ association, channels: [], volunteers: [], posts: [], series: [weekly(), monthly(), fortnightly()], duties: [], timeZone: 'Europe/Helsinki' }, selection({ ...range, includeDuties: false }), 'fi', now);
}

/** What the app shows, as the parsers report it: UTC for a timed post, the day for an all-day one. */
function appInstances() {
  return [weekly(), monthly(), fortnightly()]
    .flatMap((series) => occurrencesBetween(series, range.from, range.to).map((o) => ({ uid: `series-${series.id}@somevuoro`, summary: o.title, start: o.time ? instantOf(o.date, o.time, 'Europe/Helsinki') : o.date })))
    .sort((a, b) => a.start.localeCompare(b.start));
}

function icalJsInstances(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  const masters = events.filter((event) => !event.isRecurrenceException());
  for (const exception of events.filter((event) => event.isRecurrenceException())) masters.find((master) => master.uid === exception.uid)?.relateException(exception);
  return masters
    .flatMap((master) => {
      const found = [];
      const iterator = master.iterator();
      for (let next = iterator.next(); next; next = iterator.next()) {
        const details = master.getOccurrenceDetails(next);
        const start = details.startDate;
        found.push({ uid: master.uid, summary: details.item.summary, start: start.isDate ? start.toString() : start.toJSDate().toISOString() });
      }
      return found;
    })
    .sort((a, b) => a.start.localeCompare(b.start));
}

describe('a series in the calendar file', () => {
  it('is one event with its rule, a cancelled day and a changed occurrence', () => {
    const ics = toIcs(exported());
    const unfolded = ics.replaceAll('\r\n ', '');
    expect(unfolded.match(/^UID:series-viikko@somevuoro\r$/gm)).toHaveLength(2);
    expect(unfolded).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;COUNT=8;WKST=MO\r\n');
    expect(unfolded).toContain('EXDATE;TZID=Europe/Helsinki:20261102T090000\r\n');
    expect(unfolded).toContain('RECURRENCE-ID;TZID=Europe/Helsinki:20261019T090000\r\n');
    expect(unfolded).toContain('RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY=-1MO;UNTIL=20270125;WKST=MO\r\n');
  });

  it('gives the same instances in ical.js and python recurring_ical_events as in the app', () => {
    const ics = toIcs(exported());
    const app = appInstances();
    expect(app.filter((one) => one.summary === 'Treenit').map((one) => one.start)).toEqual([
      '2026-10-06T15:30:00.000Z',
      '2026-10-08T15:30:00.000Z',
      '2026-10-20T15:30:00.000Z',
      '2026-10-22T15:30:00.000Z',
      '2026-11-03T16:30:00.000Z',
      '2026-11-05T16:30:00.000Z',
      '2026-11-17T16:30:00.000Z',
      '2026-11-19T16:30:00.000Z',
    ]);
    expect(app.filter((one) => one.summary !== 'Treenit').map((one) => `${one.start} ${one.summary}`)).toEqual([
      '2026-10-05T06:00:00.000Z Viikkokuulumiset',
      '2026-10-12T06:00:00.000Z Viikkokuulumiset',
      '2026-10-21T15:00:00.000Z Siirretty',
      '2026-10-26 Kuukauden kuva',
      // After the change to winter time 09:00 Helsinki is 07:00 UTC.
      '2026-10-26T07:00:00.000Z Viikkokuulumiset',
      '2026-11-09T07:00:00.000Z Viikkokuulumiset',
      '2026-11-16T07:00:00.000Z Viikkokuulumiset',
      '2026-11-23T07:00:00.000Z Viikkokuulumiset',
      // Eight times counts the cancelled 2 November too (RFC 5545: EXDATE is taken out after COUNT).
      '2026-11-30 Kuukauden kuva',
      '2026-12-28 Kuukauden kuva',
      '2027-01-25 Kuukauden kuva',
    ]);
    expect(icalJsInstances(ics)).toEqual(app);
    const python = expandWithPython(ics, '2026-01-01', '2028-01-01').sort((a, b) => a.start.localeCompare(b.start));
    expect(python).toEqual(app);
  });

  it('is expanded in the spreadsheet: one row per occurrence, the moved one on its new day, none for the cancelled one', () => {
    const csv = toCsv(exported());
    expect(csv.match(/Viikkokuulumiset/g)).toHaveLength(6);
    expect(csv).toContain('Siirretty');
    expect(csv).not.toContain('2.11.2026');
    expect(csv).toContain('21.10.2026');
  });
});
