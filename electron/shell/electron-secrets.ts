import type { SecretSealer } from '../storage/secret-file';

/** The part of Electron's safeStorage the app uses (a stand-in in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(sealed: Buffer): string;
  getSelectedStorageBackend?(): string;
}

/**
 * Accounts' secrets encrypted with the operating system's key (Keychain, DPAPI, the Linux
 * secret service). Without one, or with Linux's fixed fallback key ('basic_text', no real
 * protection), none: the file's 0600 mode is then all, and the UI says so.
 */
export function electronSecretSealer(safeStorage: SafeStorageLike): SecretSealer | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return undefined;
  return {
    encrypts: true,
    seal: (secret) => safeStorage.encryptString(secret).toString('base64'),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
