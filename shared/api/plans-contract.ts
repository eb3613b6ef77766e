import { z } from 'zod';
import { NoInput } from './app-contract';
import { channel } from './contract-kit';

/*
 * Plans this laptop opened recently (kept in its device store, not in any plan): the
 * folder, the association's name when it was last open, when, and whether the folder
 * is still there. Opening another plan restarts the desktop app on it; where the host
 * cannot (the web bridge serves the one folder it was started on) `canSwitch` is false.
 */

const RecentPlan = z.strictObject({
  planDir: z.string(),
  /** The association's name when the plan was last open; '' when an older version did not keep it. */
  name: z.string(),
  /** '' when an older version did not keep it. */
  openedAt: z.string(),
  current: z.boolean(),
  /** Not found at its folder (moved, renamed, a drive not connected). */
  missing: z.boolean(),
});

export const plansContract = {
  'plans:recent': channel(NoInput, z.strictObject({ plans: z.array(RecentPlan), canSwitch: z.boolean() })),
  'plans:open': channel(z.strictObject({ planDir: z.string().min(1).max(4096) }), z.strictObject({ opening: z.literal(true) })),
};
