import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { deviceDirOf } from '../../storage/device-store';
import { syncFolder } from '../../storage/durable-files';
import type { SecretSealer } from '../publishing/connected-accounts';

/*
 * Which sync server this laptop joins each plan to, with the plan's secret: device-local (the
 * device folder, never the plan folder, an export or a backup), keyed by the plan's root URL,
 * as the publishing accounts are kept (connected-accounts.ts): a 0600 file, the secret also
 * sealed with the operating system's key in the desktop app.
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
const OWNER_ONLY = 0o600;

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
    if (!stored) return null;
    return { address: stored.address, secret: stored.encrypted ? this.sealer.open(stored.sealed) : stored.sealed, on: stored.on };
  }

  save(planId: string, setting: ServerSetting): void {
    this.write({ ...this.read(), [planId]: { address: setting.address, sealed: this.sealer.seal(setting.secret), encrypted: this.sealer.encrypts, on: setting.on } });
  }

  private read(): Record<string, z.infer<typeof StoredServer>> {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    // A spoiled file loses the setting (typed again), never the plan.
    try {
      const parsed = StoredFile.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data.plans : {};
    } catch {
      return {};
    }
  }

  /** Temp file created 0600, flushed, renamed over: the secret is never readable by others, not even for a moment. */
  private write(plans: Record<string, z.infer<typeof StoredServer>>): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const fd = fs.openSync(temporary, 'w', OWNER_ONLY);
    try {
      fs.fchmodSync(fd, OWNER_ONLY);
      fs.writeFileSync(fd, JSON.stringify({ plans }, null, 2));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, this.file);
    syncFolder(path.dirname(this.file));
  }
}
