import path from 'node:path';

/*
 * Cover images live in the data folder's media/ under names the app made: a random
 * UUID and the extension of the image's real type. Only such names are ever served
 * or read, so a request can never reach outside media/.
 */

const MEDIA_FOLDER = 'media';

const mediaTypes: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
};

const MEDIA_NAME = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}\.(jpg|png|webp|gif)$/;

export function mediaDirOf(dataDir: string): string {
  return path.join(dataDir, MEDIA_FOLDER);
}

/** The file for a media name, or null for anything that is not a name the app made. */
export function resolveMediaFile(mediaDir: string, name: string): { file: string; type: string } | null {
  const match = MEDIA_NAME.exec(name);
  if (!match) return null;
  const file = path.resolve(mediaDir, name);
  if (path.dirname(file) !== path.resolve(mediaDir)) return null;
  return { file, type: mediaTypes[match[1]] };
}
