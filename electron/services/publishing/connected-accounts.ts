import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { PublishNetwork } from '../../../shared/api/publish-contract';
import { PublishAccount } from '../../../shared/api/publish-contract';
import { deviceDirOf } from '../../storage/device-store';
import { syncFolder } from '../../storage/durable-files';

/*
 * The accounts this laptop posts with, one per channel, and their secrets (a Mastodon access
 * token, a Bluesky app password). They stay on this laptop, in the device folder, never in
 * the shared plan folder, an export or a backup, and never in an answer to the renderer:
 * `list()` leaves the secret out. The file is readable by its owner only (0600); in the
 * app each secret is also encrypted with the operating system's key (Electron's safeStorage).
 */

/** How a secret is sealed before it reaches the disk; main.ts passes Electron's safeStorage, browser mode and the CLI none. */
export interface SecretSealer {
  /** False: the secret is on disk as is, protected by the file's mode only (the UI says so). */
  readonly encrypts: boolean;
  seal(secret: string): string;
  open(sealed: string): string;
}

export const noSealing: SecretSealer = { encrypts: false, seal: (secret) => secret, open: (sealed) => sealed };

export type Network = PublishNetwork;
type ConnectedAccount = PublishAccount;

const StoredAccount = PublishAccount.extend({ sealed: z.string(), encrypted: z.boolean() });
type StoredAccount = z.infer<typeof StoredAccount>;
const StoredFile = z.object({ accounts: z.array(StoredAccount) });

const FILE = 'publishing-accounts.json';
const OWNER_ONLY = 0o600;

export class ConnectedAccounts {
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly sealer: SecretSealer,
  ) {
    this.file = path.join(deviceDirOf(dataDir), FILE);
  }

  /** Whether a secret is encrypted at rest here (the UI warns when it is not). */
  get encrypts(): boolean {
    return this.sealer.encrypts;
  }

  list(): ConnectedAccount[] {
    return this.read().map(({ sealed: _secret, encrypted: _how, ...account }) => account);
  }

  find(channelId: string): { account: ConnectedAccount; secret: string } | null {
    const stored = this.read().find((candidate) => candidate.channelId === channelId);
    if (!stored) return null;
    const { sealed, encrypted, ...account } = stored;
    if (!encrypted) return { account, secret: sealed };
    try {
      return { account, secret: this.sealer.open(sealed) };
    } catch {
      // Sealed with a key this system no longer has (another user profile, a reinstalled system): as if never connected, so the volunteer is asked to connect again.
      return null;
    }
  }

  save(account: ConnectedAccount, secret: string): void {
    const others = this.read().filter((candidate) => candidate.channelId !== account.channelId);
    this.write([...others, { ...account, sealed: this.sealer.seal(secret), encrypted: this.sealer.encrypts }]);
  }

  remove(channelId: string): void {
    this.write(this.read().filter((candidate) => candidate.channelId !== channelId));
  }

  private read(): StoredAccount[] {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    // A spoiled file loses the connections (the volunteer connects again), never the plan.
    const parsed = StoredFile.safeParse(safeJson(text));
    return parsed.success ? parsed.data.accounts : [];
  }

  /** Temp file created 0600 (never readable by others, not even for a moment), flushed, renamed over. */
  private write(accounts: StoredAccount[]): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const fd = fs.openSync(temporary, 'w', OWNER_ONLY);
    try {
      fs.fchmodSync(fd, OWNER_ONLY);
      fs.writeFileSync(fd, JSON.stringify({ accounts }, null, 2));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, this.file);
    syncFolder(path.dirname(this.file));
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
