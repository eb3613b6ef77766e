import { z } from 'zod';
import { SCHEMA_VERSION } from '../domain/documents';
import { StorageProblem } from '../domain/storage-problem';
import { channel } from './contract-kit';

const NoInput = z.strictObject({});


const AppStatus = z.strictObject({
  dataDir: z.string(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  problems: z.array(StorageProblem),
});
type AppStatus = z.infer<typeof AppStatus>;

export const appContract = {
  'app:status': channel(NoInput, AppStatus),
};
export { NoInput };
