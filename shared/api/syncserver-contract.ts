import { z } from 'zod';
import { isSyncServerAddress, SYNC_SECRET_MIN_LENGTH } from '../sync-server/server-address';
import { channel } from './contract-kit';

/*
 * Settings › Share this plan › Sync server (issue 13 item 5): this laptop joins the plan to
 * an Automerge sync server with the plan's shared secret. Kept on this laptop for this plan;
 * the secret is never sent back (state says only whether one is saved).
 */

const NoInput = z.strictObject({});

const SyncServerState = z.strictObject({
  address: z.string().nullable(),
  secretSaved: z.boolean(),
  /** False: the secret is on disk protected by the file's mode only (browser mode). */
  secretEncrypted: z.boolean(),
  /** off: not joined; refused: the server said the secret is wrong; unreachable: no answer (address, network, server down). */
  status: z.enum(['off', 'connecting', 'connected', 'unreachable', 'refused']),
});
export type SyncServerState = z.infer<typeof SyncServerState>;

const Connect = z.strictObject({
  address: z
    .string()
    .trim()
    .max(2000, { error: 'v.syncServerAddress' })
    .refine(isSyncServerAddress, { error: 'v.syncServerAddress' }),
  /** Empty: keep the secret saved before. */
  secret: z
    .string()
    .max(1000)
    .refine((secret) => secret === '' || secret.length >= SYNC_SECRET_MIN_LENGTH, { error: 'v.syncServerSecret' }),
});

export const syncserverContract = {
  'syncserver:state': channel(NoInput, SyncServerState),
  'syncserver:connect': channel(Connect, SyncServerState),
  'syncserver:disconnect': channel(NoInput, SyncServerState),
};
