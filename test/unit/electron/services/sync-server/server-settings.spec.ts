import { describe, expect, it } from 'vitest';
import { ServerSettings } from '../../../../../electron/services/sync-server/server-settings';
import type { SecretSealer } from '../../../../../electron/storage/secret-file';
import { tempDir } from '../../../../support/temp-dir';

const sealing: SecretSealer = { encrypts: true, seal: (secret) => Buffer.from(secret).toString('base64'), open: (sealed) => Buffer.from(sealed, 'base64').toString() };

describe('the sync server kept on this laptop', () => {
  it('a secret the OS key no longer opens (another profile, a reinstalled system) counts as not set, so the app does not fail at start and asks for it again', () => {
    const dir = tempDir();
    new ServerSettings(dir, sealing).save('automerge:plan', { address: 'wss://sync.example.fi/', secret: 'kylä-ry-7f3a9c2e51d84b60', on: true });
    expect(new ServerSettings(dir, sealing).find('automerge:plan')).toEqual({ address: 'wss://sync.example.fi/', secret: 'kylä-ry-7f3a9c2e51d84b60', on: true });
    const lostKey: SecretSealer = { ...sealing, open: () => { throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.'); } };
    expect(new ServerSettings(dir, lostKey).find('automerge:plan')).toBeNull();
  });
});
