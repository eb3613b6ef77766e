/** A disk operation failed (permissions, full disk); nothing in memory changed. */
export class StorageError extends Error {}
