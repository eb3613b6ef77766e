import path from 'node:path';
import { z } from 'zod';
import type { PublishNetwork } from '../../../shared/api/publish-contract';
import { PublishAccount } from '../../../shared/api/publish-contract';
import { deviceDirOf } from '../../storage/device-store';
import type { SecretSealer } from '../../storage/secret-file';
import { SecretFile } from '../../storage/secret-file';

/*
 * The accounts this laptop posts with, one per channel, and their secrets (a Mastodon access
 * token, a Bluesky app password). They stay on this laptop, in the device folder, never in
 * the shared plan folder, an export or a backup, and never in an answer to the renderer:
 * `list()` leaves the secret out. The file is readable by its owner only (0600); in the
 * app each secret is also encrypted with the operating system's key (Electron's safeStorage).
 */

export type Network = PublishNetwork;
type ConnectedAccount = PublishAccount;

const StoredAccount = PublishAccount.extend({ sealed: z.string(), encrypted: z.boolean() });
type StoredAccount = z.infer<typeof StoredAccount>;
const StoredFile = z.object({ accounts: z.array(StoredAccount) });
type StoredFile = z.infer<typeof StoredFile>;

const FILE = 'publishing-accounts.json';

export class ConnectedAccounts {
  // A spoiled file loses the connections (the volunteer connects again), never the plan.
  private readonly file: SecretFile<StoredFile>;

  constructor(dataDir: string, sealer: SecretSealer) {
    this.file = new SecretFile(path.join(deviceDirOf(dataDir), FILE), sealer, StoredFile, { accounts: [] });
  }

  /** Whether a secret is encrypted at rest here (the UI warns when it is not). */
  get encrypts(): boolean {
    return this.file.encrypts;
  }

  list(): ConnectedAccount[] {
    return this.read().map(({ sealed: _secret, encrypted: _how, ...account }) => account);
  }

  find(channelId: string): { account: ConnectedAccount; secret: string } | null {
    const stored = this.read().find((candidate) => candidate.channelId === channelId);
    if (!stored) return null;
    const { sealed, encrypted, ...account } = stored;
    // Sealed with a key this system no longer has: as if never connected, so the volunteer is asked to connect again.
    const secret = this.file.open({ sealed, encrypted });
    return secret === null ? null : { account, secret };
  }

  save(account: ConnectedAccount, secret: string): void {
    const others = this.read().filter((candidate) => candidate.channelId !== account.channelId);
    this.write([...others, { ...account, ...this.file.seal(secret) }]);
  }

  remove(channelId: string): void {
    this.write(this.read().filter((candidate) => candidate.channelId !== channelId));
  }

  private read(): StoredAccount[] {
    return this.file.read().accounts;
  }

  private write(accounts: StoredAccount[]): void {
    this.file.write({ accounts });
  }
}
