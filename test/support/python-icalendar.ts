import { execFileSync } from 'node:child_process';

/*
 * The second iCalendar parser: Debian's python3-icalendar (/usr/bin/python3; the
 * python3 on PATH may be another interpreter without it). It reads the file as
 * python-icalendar does (str.splitlines, its own unescaping) and resolves TZID times
 * through the file's VTIMEZONE.
 */

interface PythonEvent {
  uid: string;
  summary: string;
  description: string;
  categories: string[];
  url: string | null;
  /** UTC, ISO 8601; dates of all-day events as yyyy-mm-dd. */
  start: string;
  end: string;
  /** Each VALARM's trigger: a UTC instant (absolute) or seconds from the start (relative). */
  alarms: (string | number)[];
}

export interface PythonCalendar {
  /** Every component in the file by name, VEVENT and VALARM included. */
  components: string[];
  events: PythonEvent[];
}

const script = String.raw`
import json, sys, datetime
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.buffer.read())
def when(value):
    dt = value.dt
    if isinstance(dt, datetime.datetime):
        return dt.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000Z')
    return dt.isoformat()
def cats(event):
    value = event.get('categories')
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [str(c) for item in items for c in item.cats]
def trigger(alarm):
    dt = alarm['trigger'].dt
    if isinstance(dt, datetime.datetime):
        return dt.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000Z')
    return int(dt.total_seconds())
events = [{
    'uid': str(e.get('uid')),
    'summary': str(e.get('summary', '')),
    'description': str(e.get('description', '')),
    'categories': cats(e),
    'url': str(e['url']) if 'url' in e else None,
    'start': when(e['dtstart']),
    'end': when(e['dtend']),
    'alarms': [trigger(a) for a in e.walk('VALARM')],
} for e in cal.walk('VEVENT')]
print(json.dumps({'components': [c.name for c in cal.walk()], 'events': events}))
`;

export function parseWithPython(ics: string): PythonCalendar {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], { input: ics, encoding: 'utf8' })) as PythonCalendar;
}

/** One instance of an event as python's recurring_ical_events expands it. */
export interface PythonInstance {
  uid: string;
  summary: string;
  /** UTC, ISO 8601; an all-day instance as yyyy-mm-dd. */
  start: string;
}

const expandScript = String.raw`
import json, sys, datetime
from icalendar import Calendar
import recurring_ical_events
cal = Calendar.from_ical(sys.stdin.buffer.read())
start, end = (datetime.date.fromisoformat(day) for day in sys.argv[1:3])
def when(dt):
    if isinstance(dt, datetime.datetime):
        return dt.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000Z')
    return dt.isoformat()
events = recurring_ical_events.of(cal).between(start, end)
print(json.dumps([{'uid': str(e.get('uid')), 'summary': str(e.get('summary', '')), 'start': when(e['dtstart'].dt)} for e in events]))
`;

/** Every instance from `from` up to (not including) `to`, RRULE, EXDATE and RECURRENCE-ID applied, by Debian's python3-recurring-ical-events. */
export function expandWithPython(ics: string, from: string, to: string): PythonInstance[] {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', expandScript, from, to], { input: ics, encoding: 'utf8' })) as PythonInstance[];
}
