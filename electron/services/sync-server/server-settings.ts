import path from 'node:path';
import { z } from 'zod';
import { deviceDirOf } from '../../storage/device-store';
import type { SecretSealer } from '../../storage/secret-file';
import { SecretFile } from '../../storage/secret-file';

/*
 * Which sync server this laptop joins each plan to, with the plan's secret: device-local (the
 * device folder, never the plan folder, an export or a backup), keyed by the plan's root URL,
 * in a secret file as the publishing accounts are (storage/secret-file.ts).
 */

const StoredServer = z.object({ address: z.string(), sealed: z.string(), encrypted: z.boolean(), on: z.boolean() });
const StoredFile = z.object({ plans: z.record(z.string(), StoredServer) });
type StoredFile = z.infer<typeof StoredFile>;

export interface ServerSetting {
  address: string;
  secret: string;
  /** False once the user disconnected: not joined at the next start. */
  on: boolean;
}

const FILE = 'sync-servers.json';

export class ServerSettings {
  private readonly file: SecretFile<StoredFile>;

  constructor(dataDir: string, sealer: SecretSealer) {
    this.file = new SecretFile(path.join(deviceDirOf(dataDir), FILE), sealer, StoredFile, { plans: {} });
  }

  get encrypts(): boolean {
    return this.file.encrypts;
  }

  find(planId: string): ServerSetting | null {
    const stored = Object.hasOwn(this.read(), planId) ? this.read()[planId] : undefined;
    const secret = stored ? this.file.open(stored) : null;
    return stored && secret !== null ? { address: stored.address, secret, on: stored.on } : null;
  }

  save(planId: string, setting: ServerSetting): void {
    this.write({ ...this.read(), [planId]: { address: setting.address, ...this.file.seal(setting.secret), on: setting.on } });
  }

  private read(): StoredFile['plans'] {
    return this.file.read().plans;
  }

  private write(plans: StoredFile['plans']): void {
    this.file.write({ plans });
  }
}
