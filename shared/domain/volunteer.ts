import { z } from 'zod';
import { Id } from './ids';
import { LocalDate } from './local-time';
import { Email, Line, Name } from './text';
import { limits, tooMany } from './limits';

export const volunteerRoles = ['poster', 'responder', 'photographer', 'moderator'] as const;
export const VolunteerRole = z.enum(volunteerRoles);
export type VolunteerRole = z.infer<typeof VolunteerRole>;

/** A stretch of days a volunteer cannot take duties; `yearly` repeats it every year ("every July"). */
export const AwayPeriod = z
  .strictObject({
    id: Id,
    from: LocalDate,
    to: LocalDate,
    yearly: z.boolean(),
    note: Line,
  })
  .refine((p) => p.from <= p.to, { error: 'v.rangeReversed', path: ['to'] });
export type AwayPeriod = z.infer<typeof AwayPeriod>;

export const VolunteerFields = z.strictObject({
  name: Name,
  email: Email,
  phone: Line,
  roles: z.array(VolunteerRole).max(volunteerRoles.length, tooMany),
  channelIds: z.array(Id).max(limits.channelRefs, tooMany),
  away: z.array(AwayPeriod).max(limits.awayPeriods, tooMany),
  /** "At most N duties a month"; null means no limit. */
  maxDutiesPerMonth: z.int().min(0).max(31).nullable(),
  /** Volunteers come and go; an inactive one keeps their history. */
  active: z.boolean(),
});
export type VolunteerFields = z.infer<typeof VolunteerFields>;

export const Volunteer = VolunteerFields.extend({ id: Id });
export type Volunteer = z.infer<typeof Volunteer>;
