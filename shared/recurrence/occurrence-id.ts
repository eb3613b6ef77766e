import type { Id } from '../domain/ids';
import { LocalDate } from '../domain/local-time';
import type { SeriesId } from '../domain/series';
import { SeriesId as SeriesIdSchema } from '../domain/series';

/*
 * An occurrence's id, `<series>_<rule day>`, on its own: the calendar's first screen marks
 * series posts by it without loading the rule maths (ical.js) of series.ts.
 */

export function occurrenceId(seriesId: SeriesId, date: LocalDate): Id {
  return `${seriesId}_${date}`;
}

/** The series and rule day an occurrence id names, or null for a one-off post's id. */
export function parseOccurrenceId(id: string): { seriesId: SeriesId; date: LocalDate } | null {
  const match = /^(.+)_(\d{4}-\d{2}-\d{2})$/.exec(id);
  if (!match) return null;
  const seriesId = SeriesIdSchema.safeParse(match[1]);
  const date = LocalDate.safeParse(match[2]);
  return seriesId.success && date.success ? { seriesId: seriesId.data, date: date.data } : null;
}
