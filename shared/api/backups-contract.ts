import { z } from 'zod';
import { parseSafetyCopyLabel } from '../backup/safety-copies';
import { Instant } from '../domain/local-time';
import { channel } from './contract-kit';

/*
 * The safety copies in the data folder's backups/ (taken before an import or a
 * restore, and daily), listed newest first; restoring one first takes a "before
 * restore" copy of the current data, then switches the copy in (staged, all or nothing).
 */

/** A copy's folder name; only names of the app's own copies, so never a path. */
export const SafetyCopyId = z
  .string()
  .max(100)
  .refine((id) => parseSafetyCopyLabel(id) !== null, { error: 'v.backupUnknown' });

export const SafetyCopy = z.strictObject({
  id: SafetyCopyId,
  takenAt: Instant,
  /** Why it was taken, or for automatic copies the period it is kept for. */
  kind: z.enum(['import', 'restore', 'upgrade', 'daily', 'weekly', 'monthly']),
  /** Bytes of its documents. */
  size: z.number().int().nonnegative(),
});
export type SafetyCopy = z.infer<typeof SafetyCopy>;

export const backupsContract = {
  'backups:list': channel(z.strictObject({}), z.array(SafetyCopy)),
  'backups:restore': channel(z.strictObject({ id: SafetyCopyId }), z.strictObject({ restored: SafetyCopy, keptAs: SafetyCopy })),
};
