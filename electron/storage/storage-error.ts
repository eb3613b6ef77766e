/** What failed, as a key the renderer words in the user's language (shared/locales/<language>/v.json), naming `params`. */
export type StorageProblemKey = WriteFailureKey | 'v.storagePlanInvalid' | 'v.storageFolderBusy' | 'v.postArriving';
/** What a failed write is told as (writeFailureKey). */
type WriteFailureKey = 'v.storageNoPermission' | 'v.storageDiskFull' | 'v.storageReadOnly' | 'v.storageWriteFailed';

/**
 * A disk operation failed (permissions, full disk); nothing in memory changed. The message is
 * English for the log and the CLI; the user is told `key` in their language (dispatch.ts
 * passes it as the refusal's issue), so that no English detail reaches a Finnish screen.
 */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly key: StorageProblemKey = 'v.storageWriteFailed',
    readonly params: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** A write refused because another laptop's move of the post has half arrived here (AutomergeRepository#refuseInFlight). */
export function isPostArriving(error: unknown): boolean {
  return error instanceof StorageError && error.key === 'v.postArriving';
}

/** The key for a failed write, from its system error code. */
export function writeFailureKey(error: unknown): WriteFailureKey {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'EACCES':
    case 'EPERM':
      return 'v.storageNoPermission';
    case 'ENOSPC':
      return 'v.storageDiskFull';
    case 'EROFS':
      return 'v.storageReadOnly';
    default:
      return 'v.storageWriteFailed';
  }
}
