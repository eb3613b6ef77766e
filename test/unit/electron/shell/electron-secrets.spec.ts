import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConnectedAccounts } from '../../../../electron/services/publishing/connected-accounts';
import type { SafeStorageLike } from '../../../../electron/shell/electron-secrets';
import { electronSecretSealer } from '../../../../electron/shell/electron-secrets';
import { tempDir } from '../../../support/temp-dir';

/*
 * The glue between Electron's safeStorage and the accounts file, with a stand-in for
 * safeStorage (the Electron binary is not available to tests): what reaches the disk, and
 * what happens when the operating system offers no key.
 */

const token = 'mastodon-access-token-7f3a';
const account = { channelId: 'channel-1', network: 'mastodon', server: 'https://kyla.social', account: 'yhdistys@kyla.social', connectedAt: '2026-11-25T10:00:00.000Z' } as const;

/** A safeStorage that "encrypts" by XOR with a key only it holds, as the OS keychain would keep its key. */
function stubSafeStorage({ available = true, backend = 'gnome_libsecret' } = {}): SafeStorageLike & { decrypted: number } {
  const key = 0x5a;
  const stub = {
    decrypted: 0,
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text: string) => Buffer.from(Buffer.from(`v10${text}`, 'utf8').map((byte) => byte ^ key)),
    decryptString: (sealed: Buffer) => {
      stub.decrypted++;
      return Buffer.from(sealed.map((byte) => byte ^ key)).toString('utf8').replace(/^v10/, '');
    },
  };
  return stub;
}

function secretsFile(dir: string): string {
  return path.join(dir, 'device', 'publishing-accounts.json');
}

describe('accounts’ secrets sealed with safeStorage', () => {
  it('are encrypted on disk (never the plain token, the file 0600) and opened again through safeStorage', () => {
    const dir = tempDir();
    const safeStorage = stubSafeStorage();
    const sealer = electronSecretSealer(safeStorage);
    expect(sealer?.encrypts).toBe(true);
    const accounts = new ConnectedAccounts(dir, sealer ?? fail());
    accounts.save(account, token);

    const onDisk = fs.readFileSync(secretsFile(dir), 'utf8');
    expect(onDisk).not.toContain(token);
    expect(onDisk).not.toContain(Buffer.from(token).toString('base64'));
    expect(fs.statSync(secretsFile(dir)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(onDisk)).toMatchObject({ accounts: [{ ...account, encrypted: true }] });
    expect(accounts.encrypts).toBe(true);

    // Another start of the app: the same OS key opens it.
    expect(new ConnectedAccounts(dir, electronSecretSealer(safeStorage) ?? fail()).find(account.channelId)?.secret).toBe(token);
    expect(safeStorage.decrypted).toBe(1);
  });

  it('without an OS key (encryption unavailable, or Linux’s fixed basic_text key) are not claimed as encrypted: the UI warns, the file is 0600', () => {
    expect(electronSecretSealer(stubSafeStorage({ available: false }))).toBeUndefined();
    if (process.platform === 'linux') expect(electronSecretSealer(stubSafeStorage({ backend: 'basic_text' }))).toBeUndefined();
  });

  it('a secret the OS key no longer opens (another profile, a reinstalled system) counts as not connected, so posting asks to connect again', () => {
    const dir = tempDir();
    const accounts = new ConnectedAccounts(dir, electronSecretSealer(stubSafeStorage()) ?? fail());
    accounts.save(account, token);
    const broken: SafeStorageLike = { ...stubSafeStorage(), decryptString: () => { throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.'); } };
    const later = new ConnectedAccounts(dir, electronSecretSealer(broken) ?? fail());
    expect(later.list()).toEqual([account]);
    expect(later.find(account.channelId)).toBeNull();
  });
});

function fail(): never {
  throw new Error('expected a sealer');
}
