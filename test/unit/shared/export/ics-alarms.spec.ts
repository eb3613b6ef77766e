import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Duty } from '../../../../shared/domain/duty';
import { localDate } from '../../../../shared/domain/local-time';
import { selectExportData } from '../../../../shared/export/export-data';
import { toIcs } from '../../../../shared/export/ics-export';
import { channels, duties, now, selection, volunteers } from '../../../support/export-fixture';
import { parseWithPython } from '../../../support/python-icalendar';

/*
 * Duty reminders without a server: a volunteer's own duty calendar rings the evening
 * before at 18:00 Helsinki time and when the duty starts, read alike by two parsers
 * written by others (ical.js and python-icalendar). Summer time starts on Sunday
 * 29 March 2026 and ends on Sunday 25 October: 18:00 is 15:00 UTC in summer, 16:00 in winter.
 */

const november: Duty = { id: 'd4', type: 'response', volunteerId: 'anna', from: localDate('2026-10-26'), to: localDate('2026-11-01'), channelIds: [], note: '' };
const declined: Duty = { id: 'd5', type: 'response', volunteerId: 'anna', from: localDate('2026-11-02'), to: localDate('2026-11-08'), channelIds: [], note: '', answer: 'declined' };

function dutyCalendar(includePosts = false) {
  const data = selectExportData(
    { association: { name: 'Kylä ry', description: '', website: '', email: '', phone: '', address: '' }, channels, volunteers, posts: [], duties: [...duties, november, declined], timeZone: 'Europe/Helsinki' },
    selection({ from: localDate('2026-03-01'), to: localDate('2026-11-30'), includePosts, includeDuties: true, volunteerIds: ['anna'] }),
    'fi',
    now,
  );
  return toIcs(data);
}

/** Each event's alarms as ical.js reads them: an absolute trigger as a UTC instant, a relative one in seconds. */
function icalJsAlarms(ics: string): Record<string, (string | number)[]> {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return Object.fromEntries(
    calendar.getAllSubcomponents('vevent').map((vevent) => [
      String(vevent.getFirstPropertyValue('uid')),
      vevent.getAllSubcomponents('valarm').map((alarm) => {
        const trigger = alarm.getFirstPropertyValue('trigger');
        return trigger instanceof ICAL.Time ? trigger.toJSDate().toISOString() : (trigger as ICAL.Duration).toSeconds();
      }),
    ]),
  );
}

describe('duty reminders in a volunteer’s duty calendar', () => {
  it('ring the evening before at 18:00 Helsinki time and at the start, in ical.js and python-icalendar alike', () => {
    const ics = dutyCalendar();
    const expected = {
      // Monday 30 March: the evening before is the first day of summer time.
      'duty-d1@somevuoro': ['2026-03-29T15:00:00.000Z', 0],
      // Monday 26 October: the evening before is the last day of summer time, gone at 04:00 that night.
      'duty-d4@somevuoro': ['2026-10-25T16:00:00.000Z', 0],
      'duty-d5@somevuoro': [],
    };
    expect(icalJsAlarms(ics)).toEqual(expected);
    const python = parseWithPython(ics);
    expect(Object.fromEntries(python.events.map((event) => [event.uid, event.alarms]))).toEqual(expected);
    expect(python.components.filter((name) => name === 'VALARM')).toHaveLength(4);
  });

  it('marks a declined duty cancelled, without reminders', () => {
    const ics = dutyCalendar();
    const event = ics.split('BEGIN:VEVENT').find((part) => part.includes('UID:duty-d5@somevuoro'))!;
    expect(event).toContain('STATUS:CANCELLED');
    expect(event).not.toContain('VALARM');
  });

  it('leaves reminders out of the schedule with posts (the board’s calendar does not ring)', () => {
    expect(dutyCalendar(true)).not.toContain('BEGIN:VALARM');
  });
});
