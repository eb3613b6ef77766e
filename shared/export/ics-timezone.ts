import { tzOffset, tzScan } from '@date-fns/tz';

/*
 * A VTIMEZONE for the association's zone, so that a 09:00 post stays at 09:00
 * Helsinki time in any calendar, on either side of a daylight-saving change.
 * The Nordic zones follow the EU rule (last Sunday of March and of October at
 * 01:00 UTC), written as two yearly rules; any other zone gets its actual
 * transitions for the years exported, listed one by one.
 */

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** A UTC instant shown as floating local time with the given offset: 20260329T030000. */
function localStamp(utcMillis: number, offsetMinutes: number): string {
  const d = new Date(utcMillis + offsetMinutes * 60_000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
}

function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

function offsetAt(zone: string, millis: number): number {
  return tzOffset(zone, new Date(millis));
}

/** True when the zone changed exactly by the EU rule in each of these years. */
function followsEuRule(zone: string, years: number[], standard: number, daylight: number): boolean {
  return years.every((year) => {
    const spring = lastSundayAtOneUtc(year, 3);
    const autumn = lastSundayAtOneUtc(year, 10);
    return (
      offsetAt(zone, spring - 60_000) === standard &&
      offsetAt(zone, spring) === daylight &&
      offsetAt(zone, autumn - 60_000) === daylight &&
      offsetAt(zone, autumn) === standard
    );
  });
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: string, from: number, to: number, extra: string[] = []): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${start}`, `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`, ...extra, `END:${kind}`];
}

/** The VTIMEZONE lines for `zone`, valid at least for the given years. */
export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  const winter = offsetAt(zone, Date.UTC(fromYear, 0, 15));
  const summer = offsetAt(zone, Date.UTC(fromYear, 6, 15));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];

  if (winter !== summer && followsEuRule(zone, years, winter, summer)) {
    // 1970's last Sundays: 29 March and 25 October, the conventional anchor.
    lines.push(
      ...observance('DAYLIGHT', localStamp(Date.UTC(1970, 2, 29, 1), winter), winter, summer, ['RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU']),
      ...observance('STANDARD', localStamp(Date.UTC(1970, 9, 25, 1), summer), summer, winter, ['RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU']),
    );
    return [...lines, 'END:VTIMEZONE'];
  }

  const start = Date.UTC(fromYear - 1, 0, 1);
  const changes = tzScan(zone, { start: new Date(start), end: new Date(Date.UTC(toYear + 1, 11, 31)) });
  const initial = offsetAt(zone, start);
  lines.push(...observance('STANDARD', localStamp(start, initial), initial, initial));
  for (const change of changes) {
    const before = change.offset - change.change;
    const kind = change.change > 0 ? 'DAYLIGHT' : 'STANDARD';
    lines.push(...observance(kind, localStamp(change.date.getTime(), before), before, change.offset));
  }
  return [...lines, 'END:VTIMEZONE'];
}
