import { z } from 'zod';
import { NoInput } from './app-contract';
import { SafetyCopy, SafetyCopyId } from './backups-contract';
import { channel } from './contract-kit';

/*
 * The damaged-plan screen (a plan whose main document does not validate is not opened:
 * electron/api/damaged-plan.ts): this computer's safety copies with how many posts each
 * holds, and restoring one into a new plan in the folder's place, the damaged folder kept
 * beside it under another name. An open plan refuses both: Settings restores its copies.
 */

export const DamagedPlanBackup = SafetyCopy.extend({
  /** The association's name in the copy (this computer's copies may be of several plans); null when the copy cannot be read. */
  name: z.string().nullable(),
  /** Posts in the copy; null when it cannot be read (restoring it is refused). */
  posts: z.number().int().nonnegative().nullable(),
});
export type DamagedPlanBackup = z.infer<typeof DamagedPlanBackup>;

export const damagedContract = {
  'damaged:backups': channel(NoInput, z.array(DamagedPlanBackup)),
  'damaged:restore': channel(
    z.strictObject({ id: SafetyCopyId }),
    z.strictObject({
      /** The plan's folder, now holding the restored plan (plans:open opens it). */
      planDir: z.string(),
      /** Where the damaged folder was moved, whole. */
      keptAside: z.string(),
      posts: z.number().int().nonnegative(),
    }),
  ),
};
