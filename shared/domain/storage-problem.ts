import { z } from 'zod';

/** Something found wrong with the data folder when it was opened, and what was done about it. */
export const StorageProblem = z.strictObject({
  file: z.string(),
  kind: z.enum(['corrupt', 'invalid', 'newer-version', 'migrated', 'import-finished', 'import-rolled-back']),
  /** Technical detail, in English (the validator's findings); the renderer words the rest. */
  detail: z.string(),
  /** Where the unreadable file was moved so that nothing is lost. */
  movedTo: z.string().nullable(),
  /** Records (posts, people, duties…) left out because neither the file nor a safety copy had them readable. */
  dropped: z.int().min(0).optional(),
  /** Records taken from the safety copy `restoredFrom` (a folder under backups/). */
  restored: z.int().min(0).optional(),
  restoredFrom: z.string().optional(),
  /** The schema version found (newer-version) or upgraded from (migrated). */
  version: z.int().min(0).optional(),
});
export type StorageProblem = z.infer<typeof StorageProblem>;
