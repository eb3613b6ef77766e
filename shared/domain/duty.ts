import { z } from 'zod';
import { Id } from './ids';
import { LocalDate } from './local-time';
import { Line } from './text';
import { limits, tooMany } from './limits';

export const dutyTypes = ['response', 'posting', 'photography', 'moderation'] as const;
export const DutyType = z.enum(dutyTypes);
export type DutyType = z.infer<typeof DutyType>;

/** Default length of one duty period, in days: response duty goes by the week. */
export const defaultDutyDays: Record<DutyType, number> = {
  response: 7,
  posting: 7,
  photography: 1,
  moderation: 7,
};

const dutyShape = {
  type: DutyType,
  /** null marks a gap nobody could take. */
  volunteerId: Id.nullable(),
  from: LocalDate,
  to: LocalDate,
  /** Empty means every channel. */
  channelIds: z.array(Id).max(limits.channelRefs, tooMany),
  note: Line,
  /** The holder's answer (issue 16 item 6); absent or null until they give one. A declined duty covers nothing: coverage shows a gap. */
  answer: z.enum(['accepted', 'declined']).nullable().optional(),
};
const fromBeforeTo = (d: { from: string; to: string }) => d.from <= d.to;
const rangeReversed = { error: 'v.rangeReversed', path: ['to'] };

export const DutyFields = z.strictObject(dutyShape).refine(fromBeforeTo, rangeReversed);
export type DutyFields = z.infer<typeof DutyFields>;

export const Duty = z.strictObject({ id: Id, ...dutyShape }).refine(fromBeforeTo, rangeReversed);
export type Duty = z.infer<typeof Duty>;
