import { z } from 'zod';
import type { ApiIssue } from '../domain/issues';
import { MainDocument, SCHEMA_VERSION, TrashedPost } from '../domain/documents';
import { Instant } from '../domain/local-time';
import { comparePosts, CoverImage, Post } from '../domain/post';
import type { JsonObject } from '../migrations/data-set';
import { isJsonObject } from '../migrations/data-set';
import { migrateToCurrent } from '../migrations/migrations';
import type { FolderData } from './folder-data';
import { issuesOf, referenceIssues } from './backup-checks';

/*
 * A backup's JSON (backup.json in a backup zip, or a whole .json file from earlier
 * versions) holds everything in the folder and two versions: the
 * file format's own (how a backup is laid out) and the data's schema version (how
 * each record is shaped). An older schema is brought up to date by the same
 * migrations the data folder uses; a newer one is refused.
 */

const BACKUP_FORMAT = 'somevuoro-backup';
const BACKUP_FORMAT_VERSION = 1;

/** The main document's records (derived from it, so a new field is backed up too), plus every post and the trash. */
const BackupData = MainDocument.omit({ schemaVersion: true }).extend({
  posts: z.array(Post),
  trash: z.array(TrashedPost),
});

/** Cover images by file name, base64: how JSON backups of earlier versions carried them (zips carry media/ entries). */
const BackupMedia = z.record(CoverImage.shape.file, z.base64());
type BackupMedia = z.infer<typeof BackupMedia>;

const Backup = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  schemaVersion: z.literal(SCHEMA_VERSION),
  exportedAt: Instant,
  data: BackupData,
  // Backups made before images were carried have none.
  media: BackupMedia.default({}),
});
type Backup = z.infer<typeof Backup>;

/** The cover image files the posts (trash included) of a folder use. */
export function mediaFilesOf(folder: Pick<FolderData, 'posts' | 'trash'>): string[] {
  const files = [...folder.posts, ...folder.trash.map((entry) => entry.post)].flatMap((post) => (post.coverImage ? [post.coverImage.file] : []));
  return [...new Set(files)].sort();
}

/** The backup of a folder; its pictures travel beside it (media/ in the zip), not inside. */
function makeBackup(folder: FolderData, exportedAt: string): Backup {
  const { schemaVersion: _version, ...main } = folder.main;
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt,
    data: { ...main, posts: [...folder.posts].sort(comparePosts), trash: folder.trash },
    media: {},
  };
}

export function backupJson(folder: FolderData, exportedAt: string): string {
  return `${JSON.stringify(makeBackup(folder, exportedAt), null, 2)}\n`;
}

export type ParsedBackup = { ok: true; data: FolderData; media: BackupMedia; exportedAt: string } | { ok: false; issues: ApiIssue[] };

const refuse = (message: string, received?: string, path = ''): ParsedBackup => ({
  ok: false,
  issues: [received === undefined ? { path, message } : { path, message, received }],
});

/** Brings a backup written with an older schema up to the current one, through the folder migrations. */
function migrated(raw: JsonObject, schemaVersion: number, nowIso: string): JsonObject {
  if (schemaVersion === SCHEMA_VERSION || !isJsonObject(raw.data)) return raw;
  const { posts, trash, ...main } = raw.data;
  const result = migrateToCurrent(
    { main: { ...main, schemaVersion }, posts: Array.isArray(posts) ? posts.filter(isJsonObject) : [], trash: Array.isArray(trash) ? trash.filter(isJsonObject) : [] },
    nowIso,
  );
  const { schemaVersion: _version, ...currentMain } = result.main;
  return { ...raw, schemaVersion: SCHEMA_VERSION, data: { ...currentMain, posts: result.posts, trash: result.trash } };
}

/**
 * Reads a backup file: it must be JSON, ours, of a version this app reads, every
 * record valid, no id twice, every reference resolvable. All problems are listed
 * (up to a limit), so the user sees at once what is wrong with the file.
 */
export function parseBackup(text: string, nowIso: string): ParsedBackup {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return refuse('v.importEmpty');
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return refuse('v.importNotJson', (error as Error).message.slice(0, 80));
  }
  if (!isJsonObject(value) || value.format !== BACKUP_FORMAT) return refuse('v.importForeign');
  const { formatVersion, schemaVersion } = value;
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) return refuse('v.importVersionInvalid', String(formatVersion), 'formatVersion');
  if (formatVersion > BACKUP_FORMAT_VERSION) return refuse('v.importNewer', String(formatVersion), 'formatVersion');
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 0) return refuse('v.importVersionInvalid', String(schemaVersion), 'schemaVersion');
  if (schemaVersion > SCHEMA_VERSION) return refuse('v.importNewer', String(schemaVersion), 'schemaVersion');

  let candidate: JsonObject;
  try {
    candidate = migrated(value, schemaVersion, nowIso);
  } catch (error) {
    return refuse('v.importVersionInvalid', (error as Error).message.slice(0, 80), 'schemaVersion');
  }
  const parsed = Backup.safeParse(candidate, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };

  const { posts, trash, ...main } = parsed.data.data;
  const folder: FolderData = { main: MainDocument.parse({ schemaVersion: SCHEMA_VERSION, ...main }), posts, trash };
  const problems = referenceIssues(folder);
  return problems.length ? { ok: false, issues: problems } : { ok: true, data: folder, media: parsed.data.media, exportedAt: parsed.data.exportedAt };
}
