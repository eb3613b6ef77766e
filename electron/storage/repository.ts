import type { AlbumFact } from '../../shared/checklist/album-index';
import { albumNameKey } from '../../shared/checklist/album-index';
import type { PostFact } from '../../shared/checklist/post-fact';
import { postFactOf } from '../../shared/checklist/post-fact';
import fs from 'node:fs';
import path from 'node:path';
import type { StorageProblem } from '../../shared/domain/storage-problem';
import type { PostBucket, TrashDocument, TrashedPost } from '../../shared/domain/documents';
import { bucketOf, MainDocument, SCHEMA_VERSION, TrashDocument as TrashSchema, withoutDeviceState } from '../../shared/domain/documents';
import type { Id } from '../../shared/domain/ids';
import { ownEntry } from '../../shared/domain/ids';
import type { LocalDate } from '../../shared/domain/local-time';
import { monthKeysBetween } from '../../shared/domain/local-time';
import { comparePosts, Post } from '../../shared/domain/post';
import type { ChangeAuthor, PostVersion } from '../../shared/domain/post-history';
import type { DocumentFile, DocumentFileFactory } from './document-file';
import type { PlanRepository } from './plan-repository';
import type { CheckedFolderData } from '../../shared/backup/backup-checks';
import type { PlanConflicts, PlanStatus } from './plan/automerge-repository';
import type { FolderData } from '../../shared/backup/folder-data';
import { sameRecord } from '../../shared/backup/folder-data';
import { fileOf, listBuckets, loadPostsDocument, migrateFolderIfNeeded, postsName, quarantine, readDocument, refuseNewerDocuments } from './folder-documents';
import { removeLeftovers } from './leftovers';
import { openMainDocument } from './main-document';
import { takeAutomaticCopyIfDue, takeSafetyCopy } from './safety-copies';
import type { StagedDocument } from './staged-replace';
import { recoverInterruptedReplace, replaceDocuments } from './staged-replace';
import { StorageError, writeFailureKey } from './storage-error';

export interface RepositoryOptions {
  dir: string;
  files: DocumentFileFactory;
  now: () => Date;
  /** The system locale, for the language of a brand-new data folder. */
  locale: string;
  /** Who is making changes on this laptop; JSON keeps no history, so it is accepted and not stored. */
  author?: () => ChangeAuthor | null;
}


const MAIN = 'somevuoro';
const TRASH = 'trash';

export { newMainDocument } from './main-document';

/**
 * The data folder, in memory and on disk. Posts live in one document per month and
 * are read a month at a time when first asked for, so opening a folder with tens of
 * thousands of posts reads only the main document, and saving a post rewrites only
 * its month. Writes go through conf / electron-store, which writes atomically.
 *
 * Validation happens once on the way in and once on read: the contract parses every
 * payload in dispatch, and a service validates a post it builds when the result is not
 * valid by construction (an edit merged into a post, a comment added); the repository
 * stores the typed `Post` it is given and checks documents when it reads them from disk.
 * The main document (`updateMain`) is still parsed here: it is the only check it gets. A
 * whole replacement (`replaceContents`) comes checked once by its caller (`checkFolder`).
 */
export class Repository implements PlanRepository {
  readonly problems: StorageProblem[] = [];
  private mainDoc: MainDocument;
  private trashDoc: TrashDocument;
  /** Writers, opened on first write (conf reads the file once when it opens). */
  private readonly writers = new Map<string, DocumentFile>();
  private readonly buckets = new Map<PostBucket, Map<Id, Post>>();
  /** Which loaded bucket holds each post. */
  private readonly bucketOfId = new Map<Id, PostBucket>();
  private readonly bucketsOnDisk: Set<PostBucket>;
  /** The (UTC) day for which the automatic copy was looked after. */
  private dailyCopyDay: string | null = null;

  private constructor(private readonly options: RepositoryOptions) {
    const { dir, files, locale } = options;
    const now = options.now();
    fs.mkdirSync(dir, { recursive: true });
    refuseNewerDocuments(dir);
    this.problems.push(...migrateFolderIfNeeded(dir, files, now));

    const main = openMainDocument(dir, locale, now);
    this.problems.push(...main.problems);
    this.mainDoc = main.main;
    if (main.write) this.write(MAIN, this.mainDoc);

    const trash = readDocument(dir, TRASH, now);
    if (trash.problem) this.problems.push(trash.problem);
    const parsedTrash = trash.raw ? TrashSchema.safeParse(trash.raw) : null;
    if (parsedTrash && !parsedTrash.success) this.problems.push(quarantine(dir, TRASH, 'invalid', parsedTrash.error.message, now));
    this.trashDoc = parsedTrash?.success ? parsedTrash.data : { schemaVersion: SCHEMA_VERSION, posts: {} };

    this.bucketsOnDisk = new Set(listBuckets(dir));
  }

  /** Finishes or undoes an interrupted import and clears temp leftovers first; callers hold the folder lock. */
  static async open(options: RepositoryOptions): Promise<Repository> {
    fs.mkdirSync(options.dir, { recursive: true });
    const recovered = recoverInterruptedReplace(options.dir);
    removeLeftovers(options.dir);
    const repository = new Repository(options);
    repository.problems.unshift(...recovered);
    return repository;
  }

  get dir(): string {
    return this.options.dir;
  }

  /** A JSON folder is its own plan: one laptop, one folder. */
  get planDir(): string {
    return path.resolve(this.options.dir);
  }

  get planId(): string {
    return this.planDir;
  }

  main(): MainDocument {
    return this.mainDoc;
  }

  /** Replaces the main document with `change(current)`, validated; throws on invalid results. */
  async updateMain(change: (current: MainDocument) => MainDocument): Promise<MainDocument> {
    const next = withoutDeviceState(MainDocument.parse(change(this.mainDoc)));
    this.write(MAIN, next);
    this.mainDoc = next;
    return next;
  }

  async postsBetween(from: LocalDate, to: LocalDate): Promise<Post[]> {
    const found: Post[] = [];
    for (const month of monthKeysBetween(from, to)) {
      for (const post of this.bucket(month).values()) {
        if (post.date && post.date >= from && post.date <= to) found.push(post);
      }
    }
    return found.sort(comparePosts);
  }

  async undatedPosts(): Promise<Post[]> {
    return [...this.bucket('undated').values()].sort(comparePosts);
  }

  async postFactsBetween(from: LocalDate, to: LocalDate): Promise<PostFact[]> {
    return (await this.postsBetween(from, to)).map(postFactOf);
  }

  async undatedPostFacts(): Promise<PostFact[]> {
    return (await this.undatedPosts()).map(postFactOf);
  }

  async albumFactsBetween(keys: ReadonlySet<string>, from: LocalDate, to: LocalDate): Promise<AlbumFact[]> {
    return [...(await this.postsBetween(from, to)), ...(await this.undatedPosts())].filter((post) => keys.has(albumNameKey(post.albumName)));
  }

  async allPosts(): Promise<Post[]> {
    return this.everyPost();
  }

  async findPost(id: Id): Promise<Post | undefined> {
    return this.found(id);
  }

  /** Stores a post that does not exist yet (its id is fresh, so no other month is read). */
  async insertPost(post: Post): Promise<Post> {
    return this.insert(post);
  }

  /** Stores many new posts, writing each month's file once (the sample association, imports). */
  async insertPosts(posts: Post[]): Promise<Post[]> {
    const byBucket = new Map<PostBucket, Post[]>();
    for (const post of posts) byBucket.set(bucketOf(post), [...(byBucket.get(bucketOf(post)) ?? []), post]);
    for (const [bucket, bucketPosts] of byBucket) {
      this.writeBucket(bucket, (stored) => bucketPosts.forEach((post) => stored.set(post.id, post)));
      for (const post of bucketPosts) this.bucketOfId.set(post.id, bucket);
    }
    return posts;
  }

  /** Replaces an existing post; a post whose date moved to another month moves file too. */
  async replacePost(valid: Post): Promise<Post> {
    const previous = this.found(valid.id) ? this.bucketOfId.get(valid.id) : undefined;
    if (previous === undefined) throw new RangeError(`No post ${valid.id}`);
    const target = bucketOf(valid);
    // The new month is written before the post leaves the old one: a crash in between
    // leaves two copies (the newer wins when both are read), never none.
    this.writeBucket(target, (posts) => posts.set(valid.id, valid));
    if (previous !== target) this.writeBucket(previous, (posts) => posts.delete(valid.id));
    this.bucketOfId.set(valid.id, target);
    return valid;
  }

  /** Moves a post to the trash, from where restorePost brings it back. */
  async trashPost(id: Id): Promise<Post | undefined> {
    const post = this.found(id);
    const bucket = this.bucketOfId.get(id);
    if (!post || bucket === undefined) return undefined;
    const deletedAt = this.options.now().toISOString();
    this.writeTrash({ ...this.trashDoc.posts, [id]: { post, deletedAt } });
    this.writeBucket(bucket, (posts) => posts.delete(id));
    this.bucketOfId.delete(id);
    return post;
  }

  /** Brings a post back from the trash; `adjust` fixes what changed meanwhile (a channel deleted). */
  async restorePost(id: Id, adjust: (post: Post) => Post = (post) => post): Promise<Post | undefined> {
    const trashed = ownEntry(this.trashDoc.posts, id);
    if (!trashed) return undefined;
    const restored = this.found(id) ?? this.insert(adjust(trashed.post));
    const { [id]: _restored, ...rest } = this.trashDoc.posts;
    this.writeTrash(rest);
    return restored;
  }

  /** Rewrites every trashed post with `change` in one write (a channel or volunteer they name is going). */
  async updateTrashedPosts(change: (post: Post) => Post): Promise<void> {
    const posts = Object.fromEntries(Object.entries(this.trashDoc.posts).map(([id, entry]) => [id, { ...entry, post: change(entry.post) }]));
    if (!sameRecord(posts, this.trashDoc.posts)) this.writeTrash(posts);
  }

  /** Everything in the folder (every month is read): what a backup carries. */
  async snapshot(): Promise<FolderData> {
    return { main: this.mainDoc, posts: this.everyPost(), trash: Object.values(this.trashDoc.posts) };
  }

  /** Copies every document into backups/<label>/ (before an import), complete or not at all, and prunes old copies; returns the folder. */
  async backup(label: string): Promise<string> {
    return takeSafetyCopy(this.options.dir, label);
  }

  /**
   * Makes the folder hold exactly `next` (an import, a restore), all or nothing even
   * across a kill (staged-replace.ts). `next` was checked before it came here;
   * months the new data does not have are removed (the safety copy taken before has them).
   */
  async replaceContents(next: CheckedFolderData): Promise<void> {
    const { main, posts } = next;
    const trash: TrashDocument = { schemaVersion: SCHEMA_VERSION, posts: Object.fromEntries(next.trash.map((entry) => [entry.post.id, entry])) };
    const wanted = new Map<PostBucket, Map<Id, Post>>();
    for (const post of posts) {
      const bucket = bucketOf(post);
      wanted.set(bucket, (wanted.get(bucket) ?? new Map()).set(post.id, post));
    }
    const documents: StagedDocument[] = [
      ...[...wanted].map(([bucket, bucketPosts]) => ({ file: fileOf(postsName(bucket)), content: { schemaVersion: SCHEMA_VERSION, bucket, posts: Object.fromEntries(bucketPosts) } })),
      { file: fileOf(TRASH), content: trash },
      { file: fileOf(MAIN), content: main },
    ];
    const gone = listBuckets(this.options.dir).filter((bucket) => !wanted.has(bucket));
    try {
      replaceDocuments(this.options.dir, documents, gone.map((bucket) => fileOf(postsName(bucket))));
    } catch (error) {
      throw new StorageError(`Could not replace the data in ${this.options.dir}: ${(error as Error).message}`, writeFailureKey(error), { folder: this.options.dir });
    }
    this.buckets.clear();
    this.bucketOfId.clear();
    this.bucketsOnDisk.clear();
    for (const [bucket, bucketPosts] of wanted) {
      this.buckets.set(bucket, bucketPosts);
      this.bucketsOnDisk.add(bucket);
      for (const id of bucketPosts.keys()) this.bucketOfId.set(id, bucket);
    }
    this.trashDoc = trash;
    this.mainDoc = main;
  }

  /** JSON keeps no history: the one version there is, the post as it is now (or as it was trashed). */
  async postHistory(id: Id): Promise<PostVersion[]> {
    const post = this.found(id) ?? ownEntry(this.trashDoc.posts, id)?.post;
    return post ? [{ version: post.updatedAt, at: post.updatedAt, author: null, fields: ['created'] }] : [];
  }

  async postAtVersion(id: Id, version: string): Promise<Post | undefined> {
    const post = this.found(id) ?? ownEntry(this.trashDoc.posts, id)?.post;
    return post?.updatedAt === version ? post : undefined;
  }

  async trashedPosts(): Promise<TrashedPost[]> {
    return Object.values(this.trashDoc.posts);
  }

  /** One laptop's folder: nothing is merged from outside, so a request needs no guard. */
  exclusive<T>(run: () => Promise<T>): Promise<T> {
    return run();
  }

  status(): PlanStatus {
    return { planDir: this.options.dir, version: 0, lastChange: null, people: [], laptops: 0, waiting: null, lastArrivalAt: null };
  }

  changeVersion(): number {
    return 0;
  }

  onOutsideChange(): () => void {
    return () => {};
  }

  /** Every save here is a request's, refused when it fails. */
  onSaveFailure(): () => void {
    return () => {};
  }

  async conflicts(): Promise<PlanConflicts> {
    return { posts: [], duties: [], editedWhileDeleted: [], copies: [], movedWhileDeleted: [] };
  }

  async resolveConflict(): Promise<boolean> {
    return false;
  }

  /** conf holds no file open between writes: there is nothing to release. */
  async close(): Promise<void> {}

  private everyPost(): Post[] {
    this.loadAllBuckets();
    return [...this.buckets.values()].flatMap((posts) => [...posts.values()]).sort(comparePosts);
  }

  private found(id: Id): Post | undefined {
    if (!this.bucketOfId.has(id)) this.loadAllBuckets();
    const bucket = this.bucketOfId.get(id);
    return bucket === undefined ? undefined : this.buckets.get(bucket)?.get(id);
  }

  private insert(post: Post): Post {
    const target = bucketOf(post);
    this.writeBucket(target, (posts) => posts.set(post.id, post));
    this.bucketOfId.set(post.id, target);
    return post;
  }

  private writeTrash(posts: TrashDocument['posts']): void {
    const next: TrashDocument = { schemaVersion: SCHEMA_VERSION, posts };
    this.write(TRASH, next);
    this.trashDoc = next;
  }

  private bucket(bucket: PostBucket): Map<Id, Post> {
    const loaded = this.buckets.get(bucket);
    if (loaded) return loaded;
    const posts = new Map<Id, Post>();
    this.buckets.set(bucket, posts);
    if (!this.bucketsOnDisk.has(bucket)) return posts;
    const found = loadPostsDocument(this.options.dir, bucket, this.options.now());
    this.problems.push(...found.problems);
    for (const post of found.posts) this.adopt(bucket, post);
    return posts;
  }

  /** Takes a post read from disk into memory, resolving a copy left behind by an interrupted move. */
  private adopt(bucket: PostBucket, post: Post): void {
    const other = this.bucketOfId.get(post.id);
    const existing = other === undefined ? undefined : this.buckets.get(other)?.get(post.id);
    if (other !== undefined && existing) {
      if (existing.updatedAt >= post.updatedAt) return;
      this.buckets.get(other)?.delete(post.id);
    }
    this.buckets.get(bucket)?.set(post.id, post);
    this.bucketOfId.set(post.id, bucket);
  }

  private loadAllBuckets(): void {
    for (const bucket of this.bucketsOnDisk) this.bucket(bucket);
  }

  private writeBucket(bucket: PostBucket, change: (posts: Map<Id, Post>) => void): void {
    const next = new Map(this.bucket(bucket));
    change(next);
    this.write(postsName(bucket), { schemaVersion: SCHEMA_VERSION, bucket, posts: Object.fromEntries(next) });
    this.buckets.set(bucket, next);
    this.bucketsOnDisk.add(bucket);
  }

  /**
   * The first change of each day is preceded by the automatic copy of the folder as it
   * was, if there is none for today: a session that only reads (an export from the
   * command line) changes nothing, and a brand-new folder has nothing to copy.
   */
  private takeDailyCopy(): void {
    const now = this.options.now();
    const day = now.toISOString().slice(0, 10);
    if (this.dailyCopyDay === day) return;
    this.dailyCopyDay = day;
    if (fs.existsSync(path.join(this.options.dir, fileOf(MAIN)))) takeAutomaticCopyIfDue(this.options.dir, now);
  }

  private write(name: string, document: object): void {
    this.takeDailyCopy();
    try {
      let writer = this.writers.get(name);
      if (!writer) {
        writer = this.options.files(name);
        this.writers.set(name, writer);
      }
      writer.store = { ...document };
    } catch (error) {
      throw new StorageError(`Could not save ${name}.json in ${this.options.dir}: ${(error as Error).message}`, writeFailureKey(error), { folder: this.options.dir });
    }
  }
}
