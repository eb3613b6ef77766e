import { z } from 'zod';
import { Id } from '../domain/ids';
import { ChangeAuthor } from '../domain/post-history';
import { Name } from '../domain/text';
import { NoInput } from './app-contract';
import { channel } from './contract-kit';

/**
 * Who the person at this laptop is in this plan: one of the volunteers, or someone new
 * added as a volunteer at once. Kept on the laptop (the device store), not in the plan.
 * Approvals, comments, ticks and every change record it. It is trust-based attribution,
 * not access control: anyone at the laptop can say they are anyone.
 */
export const IdentityChoice = z.union([z.strictObject({ volunteerId: Id }), z.strictObject({ newVolunteer: z.strictObject({ name: Name }) })], {
  error: 'v.identityChoice',
});
export type IdentityChoice = z.infer<typeof IdentityChoice>;

/** `me` is null until the person has said who they are (or after their volunteer was removed). */
export const Identity = z.strictObject({ me: ChangeAuthor.nullable() });
export type Identity = z.infer<typeof Identity>;

export const identityContract = {
  'identity:get': channel(NoInput, Identity),
  'identity:set': channel(IdentityChoice, Identity),
};
