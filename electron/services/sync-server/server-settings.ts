import path from 'node:path';
import { z } from 'zod';
import { deviceDirOf } from '../../storage/device-store';
import type { SecretSealer } from '../../storage/secret-file';
import { openSecret, readSecretFile, sealSecret, writeSecretFile } from '../../storage/secret-file';

/*
 * Which sync server this laptop joins each plan to, with the plan's secret: device-local (the
 * device folder, never the plan folder, an export or a backup), keyed by the plan's root URL,
 * in a secret file as the publishing accounts are (storage/secret-file.ts).
 */

const StoredServer = z.object({ address: z.string(), sealed: z.string(), encrypted: z.boolean(), on: z.boolean() });
const StoredFile = z.object({ plans: z.record(z.string(), StoredServer) });

export interface ServerSetting {
  address: string;
  secret: string;
  /** False once the user disconnected: not joined at the next start. */
  on: boolean;
}

const FILE = 'sync-servers.json';

export class ServerSettings {
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly sealer: SecretSealer,
  ) {
    this.file = path.join(deviceDirOf(dataDir), FILE);
  }

  get encrypts(): boolean {
    return this.sealer.encrypts;
  }

  find(planId: string): ServerSetting | null {
    const stored = Object.hasOwn(this.read(), planId) ? this.read()[planId] : undefined;
    const secret = stored ? openSecret(this.sealer, stored) : null;
    return stored && secret !== null ? { address: stored.address, secret, on: stored.on } : null;
  }

  save(planId: string, setting: ServerSetting): void {
    this.write({ ...this.read(), [planId]: { address: setting.address, ...sealSecret(this.sealer, setting.secret), on: setting.on } });
  }

  private read(): Record<string, z.infer<typeof StoredServer>> {
    return readSecretFile(this.file, StoredFile, { plans: {} }).plans;
  }

  private write(plans: Record<string, z.infer<typeof StoredServer>>): void {
    writeSecretFile(this.file, { plans });
  }
}
