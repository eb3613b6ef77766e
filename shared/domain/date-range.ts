import { z } from 'zod';
import { LocalDate } from './local-time';

/** A range of days, both ends included; long enough for a year's export, short enough to stay fast. */
export const DateRange = z
  .strictObject({ from: LocalDate, to: LocalDate })
  .refine((r) => r.from <= r.to, { error: 'v.rangeReversed', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 1000 * 86_400_000, { error: 'v.rangeTooLong', path: ['to'] });
export type DateRange = z.infer<typeof DateRange>;
