import { TZDate, tzOffset } from '@date-fns/tz';
import type { LocalDate, LocalTime } from '../domain/local-time';
import { localDate, localTime } from '../domain/local-time';

/*
 * From the association's wall clock to moments in time and back. Posts are stored as
 * wall-clock date + time, so the moment a post goes out follows its zone's summer
 * time: 09:00 Helsinki is 07:00 UTC in winter and 06:00 UTC in summer. Exports and
 * reminders convert here; the calendar itself never needs to.
 */

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

/** How a wall-clock time exists in a zone: once, twice (the autumn hour) or not at all (the spring gap). */
export type WallClockTime =
  | {
      kind: 'once' | 'repeated';
      /** The first occurrence, as RFC 5545 §3.3.5 reads a repeated time. */
      instant: string;
    }
  | {
      kind: 'gap';
      /** RFC 5545's reading of a time in a gap: the offset before it (03:30 → 04:30 in Helsinki). */
      instant: string;
      /** The first time after the gap: the nearest time that exists (04:00 in Helsinki). */
      next: { date: LocalDate; time: LocalTime };
    };

/**
 * The moments at which the zone's clock shows a wall-clock time. The offsets of the day
 * before and the day after are the only candidates; a candidate counts when the zone
 * really has that offset at the moment it gives.
 */
export function resolveWallClock(date: LocalDate, time: LocalTime, timeZone: string): WallClockTime {
  const asIfUtc = Date.parse(`${date}T${time}:00Z`);
  const offsetAt = (millis: number) => tzOffset(timeZone, new Date(millis));
  const before = offsetAt(asIfUtc - DAY);
  const after = offsetAt(asIfUtc + DAY);
  const instants = [...new Set([before, after])]
    .map((offset) => asIfUtc - offset * MINUTE)
    .filter((instant) => asIfUtc - offsetAt(instant) * MINUTE === instant)
    .sort((a, b) => a - b);
  if (instants.length) return { kind: instants.length > 1 ? 'repeated' : 'once', instant: new Date(instants[0]).toISOString() };
  // In a gap: the change happened between these two moments; find its minute.
  let early = asIfUtc - after * MINUTE;
  let late = asIfUtc - before * MINUTE;
  while (late - early > MINUTE) {
    const middle = early + Math.floor((late - early) / 2 / MINUTE) * MINUTE;
    if (offsetAt(middle) === before) early = middle;
    else late = middle;
  }
  const instant = new Date(asIfUtc - before * MINUTE).toISOString();
  return { kind: 'gap', instant, next: wallClockOf(new Date(late).toISOString(), timeZone) };
}

/** The moment (UTC, ISO 8601) at which the wall clock of `timeZone` shows `date` `time`; the first one for a repeated time. */
export function instantOf(date: LocalDate, time: LocalTime, timeZone: string): string {
  return resolveWallClock(date, time, timeZone).instant;
}

/** What the wall clock of `timeZone` shows at a moment. */
export function wallClockOf(instant: string, timeZone: string): { date: LocalDate; time: LocalTime } {
  const zoned = new TZDate(Date.parse(instant), timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    date: localDate(`${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`),
    time: localTime(`${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`),
  };
}

/** Minutes the zone is ahead of UTC on that wall-clock moment (Helsinki: 120 in winter, 180 in summer). */
export function utcOffsetMinutes(date: LocalDate, time: LocalTime, timeZone: string): number {
  const instant = Date.parse(instantOf(date, time, timeZone));
  const asIfUtc = Date.parse(`${date}T${time}:00Z`);
  return Math.round((asIfUtc - instant) / 60_000);
}

/**
 * A post cannot be placed at a time its zone skips (Helsinki 29.3.2026 03:00–03:59):
 * the problem as a validation key with the values it names, or null when the time
 * exists. The services refuse with it and the editor shows it before saving.
 */
export function timeGapIssue(date: LocalDate | null, time: LocalTime | null, timeZone: string): { message: 'v.timeInGap'; params: Record<'date' | 'time' | 'next', string> } | null {
  if (!date || !time) return null;
  const resolved = resolveWallClock(date, time, timeZone);
  if (resolved.kind !== 'gap') return null;
  const { next } = resolved;
  return { message: 'v.timeInGap', params: { date, time, next: next.date === date ? next.time : `${next.date}T${next.time}` } };
}
