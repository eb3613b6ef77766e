import type { LocalDate } from '../domain/local-time';

/*
 * Day steps for the roster's inner loops. The rota generator and the coverage check
 * walk days thousands of times per run; calendar-dates' plusDays (date-fns with a
 * time-zone-aware date, ~50 µs a call) is right for the UI but too slow there.
 * A LocalDate read as UTC midnight has no daylight-saving change to trip over.
 */

const DAY_MS = 86_400_000;

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10) as LocalDate;
}

export function dayCount(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}
