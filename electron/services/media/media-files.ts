import { createHash } from 'node:crypto';
import path from 'node:path';

/*
 * A post's images live in the plan folder's media/ (issue 13), so that the sync tool that
 * carries the plan carries them. A file is named by the SHA-256 of its bytes and the
 * extension of its real type: two laptops adding the same picture write the same name and
 * the same bytes, a file is never written again once there, and a copy still arriving is
 * known by its bytes not hashing to its name. Names made before (a random UUID) stay valid:
 * posts name them. Only such names are ever served or read, so a request can never reach
 * outside media/.
 */

const MEDIA_FOLDER = 'media';

const mediaTypes: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
};

const CONTENT_NAME = /^([a-f0-9]{64})\.(jpg|png|webp|gif)$/;
const UUID_NAME = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}\.(jpg|png|webp|gif)$/;

/** media/ inside a folder: the plan folder's holds the images, a data folder's those from before issue 13. */
export function mediaDirOf(folder: string): string {
  return path.join(folder, MEDIA_FOLDER);
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The name an image with these bytes is stored under. */
export const contentNameOf = (bytes: Uint8Array, ext: string) => `${sha256Of(bytes)}.${ext}`;

export interface MediaFile {
  file: string;
  type: string;
  /** The SHA-256 its bytes must have (the name), or null for a name made before issue 13. */
  sha256: string | null;
}

/** The file for a media name, or null for anything that is not a name the app made. */
export function resolveMediaFile(mediaDir: string, name: string): MediaFile | null {
  const content = CONTENT_NAME.exec(name);
  const match = content ?? UUID_NAME.exec(name);
  if (!match) return null;
  const file = path.resolve(mediaDir, name);
  if (path.dirname(file) !== path.resolve(mediaDir)) return null;
  return { file, type: mediaTypes[match[match.length - 1]], sha256: content ? content[1] : null };
}

/** The whole stored image for a media name (of `bytes` bytes when the page says how many), or null. */
export type MediaLookup = (name: string, bytes?: number) => { file: string; type: string } | null;

/** `?bytes=N` from a post's cover image record: a file of another size is still arriving. */
export function expectedBytes(given: string | null): number | undefined {
  return given !== null && /^\d{1,12}$/.test(given) ? Number(given) : undefined;
}
