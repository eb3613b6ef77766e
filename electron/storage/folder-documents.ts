import fs from 'node:fs';
import path from 'node:path';
import type { StorageProblem } from '../../shared/domain/storage-problem';
import type { PostBucket } from '../../shared/domain/documents';
import { bucketOf, MainDocument, PostBucket as BucketSchema, PostsDocument, SCHEMA_VERSION, TrashedPost } from '../../shared/domain/documents';
import { Post } from '../../shared/domain/post';
import type { JsonObject, RawDataSet } from '../../shared/migrations/data-set';
import { isJsonObject, versionOf } from '../../shared/migrations/data-set';
import { migrateToCurrent, NewerSchemaError } from '../../shared/migrations/migrations';
import type { DocumentFileFactory } from './document-file';
import { writeSafetyCopy } from './safety-copies';
import { stampOf } from '../../shared/backup/safety-copies';

/*
 * Reading is done here, by the repository itself, so that a damaged file can be
 * recognised and moved aside before anything is written; writing always goes
 * through conf / electron-store (atomic). Nothing found on disk is ever deleted.
 */

export const fileOf = (name: string) => `${name}.json`;

/** Moves an unreadable document into corrupt/ and says so. */
export function quarantine(dir: string, name: string, kind: 'corrupt' | 'invalid', detail: string, now: Date): StorageProblem {
  const from = path.join(dir, fileOf(name));
  const to = path.join(dir, 'corrupt', `${name.replaceAll('/', '_')}.${stampOf(now)}.json`);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.renameSync(from, to);
  return { file: fileOf(name), kind, detail: truncate(detail), movedTo: path.relative(dir, to) };
}

/** Keeps a copy of a document whose readable part is used, the rest being dropped. */
export function keepCopy(dir: string, name: string, detail: string, now: Date): StorageProblem {
  const to = path.join(dir, 'corrupt', `${name.replaceAll('/', '_')}.${stampOf(now)}.json`);
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(path.join(dir, fileOf(name)), to);
  return { file: fileOf(name), kind: 'invalid', detail: truncate(detail), movedTo: path.relative(dir, to) };
}

/** The validator's findings, one per line ("volunteers.1.email: v.emailInvalid"), for the details of a problem. */
export function findings(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`).join('\n');
}

function truncate(text: string): string {
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

export interface ReadResult {
  /** null when the file does not exist, or was moved aside. */
  raw: JsonObject | null;
  problem: StorageProblem | null;
}

/** Reads one document as JSON; a file that is not a JSON object is moved aside. */
export function readDocument(dir: string, name: string, now: Date): ReadResult {
  const file = path.join(dir, fileOf(name));
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { raw: null, problem: null };
    throw error;
  }
  try {
    const value: unknown = JSON.parse(text);
    if (isJsonObject(value)) return { raw: value, problem: null };
    return { raw: null, problem: quarantine(dir, name, 'corrupt', 'The file holds JSON but not a document.', now) };
  } catch (error) {
    return { raw: null, problem: quarantine(dir, name, 'corrupt', `Not valid JSON: ${(error as Error).message}`, now) };
  }
}

function peekDocument(file: string): JsonObject | null {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return isJsonObject(value) ? value : null;
  } catch {
    return null;
  }
}

export function listBuckets(dir: string): PostBucket[] {
  const postsDir = path.join(dir, 'posts');
  if (!fs.existsSync(postsDir)) return [];
  return fs
    .readdirSync(postsDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .filter((name) => BucketSchema.safeParse(name).success);
}

export const postsName = (bucket: PostBucket) => `posts/${bucket}`;

/**
 * The posts of one month. A document with some unreadable posts keeps the readable
 * ones and a copy of the whole file in corrupt/, so one bad entry hides nothing else.
 */
export function loadPostsDocument(dir: string, bucket: PostBucket, now: Date): { posts: Post[]; problems: StorageProblem[] } {
  const name = postsName(bucket);
  const { raw, problem } = readDocument(dir, name, now);
  if (!raw) return { posts: [], problems: problem ? [problem] : [] };
  const parsed = PostsDocument.safeParse(raw);
  if (parsed.success) return { posts: Object.values(parsed.data.posts), problems: [] };

  const entries = isJsonObject(raw.posts) ? Object.values(raw.posts) : [];
  const posts = entries.flatMap((entry) => {
    const post = Post.safeParse(entry);
    return post.success ? [post.data] : [];
  });
  const dropped = entries.length - posts.length;
  const detail = `${dropped} unreadable post(s) left out; ${posts.length} kept.\n${findings(parsed.error)}`;
  return { posts, problems: [{ ...keepCopy(dir, name, detail, now), dropped }] };
}

class MigrationError extends Error {}

/**
 * Brings an older data folder up to SCHEMA_VERSION: a copy of every document goes to
 * backups/ first, the pure migrations in shared/migrations run on the whole data set,
 * the result is validated, and only then is anything written.
 */
export function migrateFolderIfNeeded(dir: string, files: DocumentFileFactory, now: Date): StorageProblem[] {
  // An unreadable main document is left for openMainDocument, which salvages it.
  const main = { raw: peekDocument(path.join(dir, fileOf('somevuoro'))) };
  if (!main.raw) return [];
  const from = versionOf(main.raw);
  if (from >= SCHEMA_VERSION) return [];

  const problems: StorageProblem[] = [];
  const buckets = listBuckets(dir);
  const raw: RawDataSet = { main: main.raw, posts: [], trash: [] };
  for (const bucket of buckets) {
    const doc = readDocument(dir, postsName(bucket), now);
    if (doc.problem) problems.push(doc.problem);
    if (doc.raw && isJsonObject(doc.raw.posts)) raw.posts.push(...Object.values(doc.raw.posts).filter(isJsonObject));
  }
  const trash = readDocument(dir, 'trash', now);
  if (trash.problem) problems.push(trash.problem);
  if (trash.raw && isJsonObject(trash.raw.posts)) raw.trash.push(...Object.values(trash.raw.posts).filter(isJsonObject));

  const backupDir = writeSafetyCopy(dir, `before-v${SCHEMA_VERSION}-from-v${from}-${stampOf(now)}`);
  const migrated = migrateToCurrent(raw, now.toISOString());
  const mainDoc = MainDocument.safeParse(migrated.main);
  const posts = migrated.posts.map((post) => Post.safeParse(post));
  const trashed = migrated.trash.map((entry) => TrashedPost.safeParse(entry));
  const failed = [mainDoc, ...posts, ...trashed].find((result) => !result.success);
  if (failed && !failed.success) {
    throw new MigrationError(
      `Could not upgrade the data in ${dir} from schema version ${from}: ${truncate(failed.error.message)}. Nothing was changed; a copy is in ${backupDir}.`,
    );
  }

  const byBucket = new Map<PostBucket, Record<string, Post>>(buckets.map((bucket) => [bucket, {}]));
  for (const result of posts) {
    if (!result.success) continue;
    const bucket = bucketOf(result.data);
    byBucket.set(bucket, { ...byBucket.get(bucket), [result.data.id]: result.data });
  }
  for (const [bucket, bucketPosts] of byBucket) {
    files(postsName(bucket)).store = { schemaVersion: SCHEMA_VERSION, bucket, posts: bucketPosts };
  }
  const trashPosts = Object.fromEntries(trashed.flatMap((r) => (r.success ? [[r.data.post.id, r.data]] : [])));
  files('trash').store = { schemaVersion: SCHEMA_VERSION, posts: trashPosts };
  files('somevuoro').store = { ...mainDoc.data };

  problems.push({
    file: fileOf('somevuoro'),
    kind: 'migrated',
    detail: `Upgraded the data from schema version ${from} to ${SCHEMA_VERSION}.`,
    movedTo: path.relative(dir, backupDir),
    version: from,
  });
  return problems;
}

/** The schemaVersion a document declares, read from its first bytes (written first) or, failing that, the whole file. */
function declaredVersion(file: string): number {
  const fd = fs.openSync(file, 'r');
  let head: string;
  try {
    const buffer = Buffer.alloc(256);
    head = buffer.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
  const found = /^\{\s*"schemaVersion"\s*:\s*(\d+)\s*,/.exec(head);
  if (found) return Number(found[1]);
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return isJsonObject(value) ? versionOf(value) : 0;
  } catch {
    return 0; // not JSON: quarantined when read
  }
}

/**
 * A month or the trash written by a newer Somevuoro would be rewritten in this
 * version's shape (and lose what it added) on the first save: the folder is not
 * opened at all, as for a newer main document, and nothing is changed.
 */
export function refuseNewerDocuments(dir: string): void {
  const names = [...listBuckets(dir).map(postsName), 'trash'];
  for (const name of names) {
    const file = path.join(dir, fileOf(name));
    if (!fs.existsSync(file)) continue;
    const version = declaredVersion(file);
    if (version > SCHEMA_VERSION) throw new NewerSchemaError(version, fileOf(name));
  }
}
