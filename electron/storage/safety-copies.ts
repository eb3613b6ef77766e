import fs from 'node:fs';
import path from 'node:path';
import type { SafetyCopyKind, SafetyCopyLabel, SafetyCopyRole } from '../../shared/backup/safety-copies';
import type { JsonObject, RawDataSet } from '../../shared/migrations/data-set';
import { isJsonObject } from '../../shared/migrations/data-set';
import { copiesToPrune, hasAutomaticCopyOn, parseSafetyCopyLabel, retentionRoles, safetyCopyLabel } from '../../shared/backup/safety-copies';
import type { FolderData } from '../../shared/backup/folder-data';
import { bucketOf, SCHEMA_VERSION } from '../../shared/domain/documents';
import type { Post } from '../../shared/domain/post';
import { copyFileDurably, syncFolder, writeFileDurably } from './durable-files';

/*
 * backups/<label>/ holds a copy of the folder's documents, laid out as the folder is
 * (somevuoro.json, trash.json, posts/…). A copy is written into a temp folder, flushed
 * and renamed into place, so it is complete or absent; the retention rule in
 * shared/backup/safety-copies.ts prunes the rest.
 */

export const BACKUPS_DIR = 'backups';
/** A copy being written; one left by a killed process is deleted when the folder opens. */
export const PARTIAL_COPY_PREFIX = '.partial-';

export interface SafetyCopyInfo {
  label: string;
  takenAt: Date;
  role: SafetyCopyRole;
  /** Bytes of its documents. */
  size: number;
}

/** The documents a copy carries, relative to the data folder. */
function documentsOf(dir: string): string[] {
  const top = fs.readdirSync(dir).filter((name) => name.endsWith('.json'));
  const postsDir = path.join(dir, 'posts');
  const posts = fs.existsSync(postsDir) ? fs.readdirSync(postsDir).filter((name) => name.endsWith('.json')).map((name) => path.join('posts', name)) : [];
  return [...top, ...posts];
}

/** Fills backups/<label>/ (label-2… when taken) through a temp folder, complete or absent; returns the folder. */
function writeCopy(dir: string, label: string, fill: (partial: string) => string[]): string {
  const backups = path.join(dir, BACKUPS_DIR);
  fs.mkdirSync(backups, { recursive: true });
  let target = path.join(backups, label);
  for (let attempt = 2; fs.existsSync(target); attempt++) target = path.join(backups, `${label}-${attempt}`);
  const partial = path.join(backups, `${PARTIAL_COPY_PREFIX}${path.basename(target)}`);
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  const written = fill(partial);
  for (const folder of new Set(written.map((relative) => path.dirname(path.join(partial, relative))))) syncFolder(folder);
  syncFolder(partial);
  fs.renameSync(partial, target);
  syncFolder(backups);
  return target;
}

/** Copies every JSON document of the folder into backups/<label>/ (label-2… when taken); returns the folder. */
export function writeSafetyCopy(dir: string, label: string): string {
  return writeCopy(dir, label, (partial) => {
    const documents = documentsOf(dir);
    for (const relative of documents) copyFileDurably(path.join(dir, relative), path.join(partial, relative));
    return documents;
  });
}

/**
 * Writes `data` (the plan as records) into backups/<label>/ in the JSON folder layout
 * (somevuoro.json, trash.json, posts/<month>.json): the portable format, read back by
 * readSafetyCopy, whatever stores the live plan.
 */
function writeSnapshotCopy(dir: string, label: string, data: FolderData): string {
  return writeCopy(dir, label, (partial) => {
    const documents = new Map<string, object>();
    documents.set('somevuoro.json', data.main);
    documents.set('trash.json', { schemaVersion: SCHEMA_VERSION, posts: Object.fromEntries(data.trash.map((entry) => [entry.post.id, entry])) });
    const months = new Map<string, Record<string, Post>>();
    for (const post of data.posts) months.set(bucketOf(post), { ...months.get(bucketOf(post)), [post.id]: post });
    for (const [bucket, posts] of months) documents.set(path.join('posts', `${bucket}.json`), { schemaVersion: SCHEMA_VERSION, bucket, posts });
    for (const [relative, content] of documents) writeFileDurably(path.join(partial, relative), JSON.stringify(content, undefined, '\t'));
    return [...documents.keys()];
  });
}

/** Takes a copy of `data` (kept under `label`, or label-2…) and prunes the others. */
export function takeSnapshotCopy(dir: string, label: string, data: FolderData): string {
  const target = writeSnapshotCopy(dir, label, data);
  pruneSafetyCopies(dir, path.basename(target));
  return target;
}

/** True when the automatic copy of `now`'s day has not been taken yet. */
export function automaticCopyDue(dir: string, now: Date): boolean {
  return !hasAutomaticCopyOn(labelsIn(dir), now);
}

function labelsIn(dir: string): string[] {
  const backups = path.join(dir, BACKUPS_DIR);
  if (!fs.existsSync(backups)) return [];
  return fs.readdirSync(backups, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() && parseSafetyCopyLabel(entry.name) ? [entry.name] : []));
}

/** Deletes the copies the retention rule does not keep, never `justTaken`. */
function pruneSafetyCopies(dir: string, justTaken: string | null): void {
  for (const label of copiesToPrune(labelsIn(dir), justTaken)) fs.rmSync(path.join(dir, BACKUPS_DIR, label), { recursive: true, force: true });
}

/** Takes a copy (kept under `label`, or label-2… when taken) and prunes the others. */
export function takeSafetyCopy(dir: string, label: string): string {
  const target = writeSafetyCopy(dir, label);
  pruneSafetyCopies(dir, path.basename(target));
  return target;
}

function takeSafetyCopyOfKind(dir: string, kind: Exclude<SafetyCopyKind, 'upgrade'>, now: Date): string {
  return takeSafetyCopy(dir, safetyCopyLabel(kind, now));
}

/** The daily automatic copy, taken before the first change of a day that has none yet. */
export function takeAutomaticCopyIfDue(dir: string, now: Date): void {
  if (!hasAutomaticCopyOn(labelsIn(dir), now)) takeSafetyCopyOfKind(dir, 'automatic', now);
}

function sizeOf(folder: string): number {
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true }).reduce((total, entry) => (entry.isFile() ? total + fs.statSync(path.join(entry.parentPath, entry.name)).size : total), 0);
}

/** The app's complete copies that hold a main document, newest first (by the time their label names). */
export function restorableCopies(dir: string): SafetyCopyLabel[] {
  return labelsIn(dir)
    .filter((label) => fs.existsSync(path.join(dir, BACKUPS_DIR, label, 'somevuoro.json')))
    .flatMap((label) => parseSafetyCopyLabel(label) ?? [])
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || (a.label < b.label ? 1 : -1));
}

/** The copies that can be restored, newest first, with why each is kept and its size. */
export function listSafetyCopies(dir: string): SafetyCopyInfo[] {
  const copies = restorableCopies(dir);
  const roles = retentionRoles(copies.map((copy) => copy.label));
  return copies.flatMap(({ label, kind, takenAt }) => {
    const role = roles.get(label)?.[0] ?? (kind === 'automatic' ? 'daily' : kind);
    return [{ label, takenAt, role, size: sizeOf(path.join(dir, BACKUPS_DIR, label)) }];
  });
}

/** The folder of an existing copy, or null: `label` comes from outside and is never a path. */
export function safetyCopyDir(dir: string, label: string): string | null {
  if (!parseSafetyCopyLabel(label)) return null;
  return labelsIn(dir).includes(label) ? path.join(dir, BACKUPS_DIR, label) : null;
}

function readJson(file: string): JsonObject | null {
  if (!fs.existsSync(file)) return null;
  const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (!isJsonObject(value)) throw new Error(`${path.basename(file)} is not a document`);
  return value;
}

/** A copy's documents as raw JSON in whatever schema version they were written; throws if a file is unreadable. */
export function readSafetyCopy(folder: string): RawDataSet {
  const main = readJson(path.join(folder, 'somevuoro.json'));
  if (!main) throw new Error('somevuoro.json is missing');
  const entries = (document: JsonObject | null) => (document && isJsonObject(document.posts) ? Object.values(document.posts).filter(isJsonObject) : []);
  const postsDir = path.join(folder, 'posts');
  const months = fs.existsSync(postsDir) ? fs.readdirSync(postsDir).filter((name) => name.endsWith('.json')) : [];
  return {
    main,
    posts: months.flatMap((name) => entries(readJson(path.join(postsDir, name)))),
    trash: entries(readJson(path.join(folder, 'trash.json'))),
  };
}
