import { MAX_IMAGE_BYTES } from '../checklist/cover-image-rule';

/*
 * A backup is a zip holding backup.json (the backup format, without pictures) and
 * the cover images as media/<name>, stored as they are (JPEG and PNG are compressed
 * already). Reading one trusts nothing in it: only these names, each once, with
 * sizes within bounds, so that a hostile or damaged zip is refused before anything
 * is written.
 */

export const BACKUP_ENTRY = 'backup.json';
export const MEDIA_ENTRY_PREFIX = 'media/';

/** Names the app itself gives cover images (media-files.ts): a UUID and the type's extension. */
/** The names the app gives images: the SHA-256 of the bytes (since issue 13), or a UUID before. */
const MEDIA_NAME = /^(?:[a-f0-9]{64}|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})\.(jpg|png|webp|gif)$/;

export const ARCHIVE_LIMITS = {
  /** One image per post at most, with room to spare. */
  entries: 200_001,
  /** backup.json is read whole: far beyond any plan, well within what a string can hold. */
  backupJsonBytes: 400 * 1024 * 1024,
  mediaBytes: MAX_IMAGE_BYTES,
} as const;

export type ArchiveEntry = { kind: 'backup' } | { kind: 'media'; file: string };

/** What an entry is, or the validation key saying why it has no place in a backup. */
export function classifyEntry(name: string, uncompressedBytes: number): ArchiveEntry | { kind: 'refused'; message: string } {
  if (name === BACKUP_ENTRY) return uncompressedBytes <= ARCHIVE_LIMITS.backupJsonBytes ? { kind: 'backup' } : { kind: 'refused', message: 'v.zipEntryTooLarge' };
  if (name.startsWith(MEDIA_ENTRY_PREFIX) && MEDIA_NAME.test(name.slice(MEDIA_ENTRY_PREFIX.length))) {
    return uncompressedBytes <= ARCHIVE_LIMITS.mediaBytes ? { kind: 'media', file: name.slice(MEDIA_ENTRY_PREFIX.length) } : { kind: 'refused', message: 'v.imageTooLarge' };
  }
  return { kind: 'refused', message: 'v.zipUnknownEntry' };
}
