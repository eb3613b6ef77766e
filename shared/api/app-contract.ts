import { z } from 'zod';
import { SCHEMA_VERSION } from '../domain/documents';
import { channel } from './contract-kit';

const NoInput = z.strictObject({});

/** Something found wrong with the data folder when it was opened, and what was done about it. */
export const StorageProblem = z.strictObject({
  file: z.string(),
  kind: z.enum(['corrupt', 'invalid', 'newer-version', 'migrated', 'import-finished', 'import-rolled-back']),
  detail: z.string(),
  /** Where the unreadable file was moved so that nothing is lost. */
  movedTo: z.string().nullable(),
});
export type StorageProblem = z.infer<typeof StorageProblem>;

export const AppStatus = z.strictObject({
  dataDir: z.string(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  problems: z.array(StorageProblem),
});
export type AppStatus = z.infer<typeof AppStatus>;

export const appContract = {
  'app:status': channel(NoInput, AppStatus),
};
export { NoInput };
