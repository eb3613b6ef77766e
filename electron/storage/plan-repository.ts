import type { AlbumFact } from '../../shared/checklist/album-index';
import type { PostFact } from '../../shared/checklist/post-fact';
import type { CheckedFolderData } from '../../shared/backup/backup-checks';
import type { FolderData } from '../../shared/backup/folder-data';
import type { MainDocument, TrashedPost } from '../../shared/domain/documents';
import type { Id } from '../../shared/domain/ids';
import type { LocalDate } from '../../shared/domain/local-time';
import type { Post } from '../../shared/domain/post';
import type { PostVersion } from '../../shared/domain/post-history';
import type { StorageProblem } from '../../shared/domain/storage-problem';
import type { ConflictTarget, PlanConflicts, PlanStatus } from './plan/automerge-repository';
import type { SaveFailure } from '../../shared/api/events-contract';

/**
 * The plan as services see it, whatever stores it (today's JSON folder, repository.ts;
 * the Automerge engine): services, the bridge, the CLI and tests depend on this type,
 * never on a class, so a second storage slots in under them. Reads are asynchronous
 * because a storage may load a month in the background; the main document is loaded
 * when the plan opens, so it stays synchronous.
 */
export interface PlanRepository {
  readonly problems: StorageProblem[];
  /** The device folder (lock, caches, safety copies). */
  readonly dir: string;
  /** The folder the plan itself lives in (what a sync tool shares). */
  readonly planDir: string;
  /** The same for this plan on every laptop and at any path (the root document's URL); another plan has another. */
  readonly planId: string;
  main(): MainDocument;
  /** Replaces the main document with `change(current)`, validated; throws on invalid results. */
  updateMain(change: (current: MainDocument) => MainDocument): Promise<MainDocument>;
  postsBetween(from: LocalDate, to: LocalDate): Promise<Post[]>;
  undatedPosts(): Promise<Post[]>;
  allPosts(): Promise<Post[]>;
  /** postsBetween's posts, only what the checklists read across posts (issue 14), without holding their months whole. */
  postFactsBetween(from: LocalDate, to: LocalDate): Promise<PostFact[]>;
  undatedPostFacts(): Promise<PostFact[]>;
  /** postFactsBetween's and then undatedPostFacts' posts whose albumNameKey is one of `keys` (an album-name index, not a scan). */
  albumFactsBetween(keys: ReadonlySet<string>, from: LocalDate, to: LocalDate): Promise<AlbumFact[]>;
  findPost(id: Id): Promise<Post | undefined>;
  /** Stores a post that does not exist yet. */
  insertPost(post: Post): Promise<Post>;
  /** Stores many new posts at once (the sample association, imports). */
  insertPosts(posts: Post[]): Promise<Post[]>;
  /** Replaces an existing post; throws a RangeError if there is none. */
  replacePost(post: Post): Promise<Post>;
  /** Moves a post to the trash, from where restorePost brings it back; undefined if there is no such post. */
  trashPost(id: Id): Promise<Post | undefined>;
  /** Brings a post back from the trash; `adjust` fixes what changed meanwhile (a channel deleted). */
  restorePost(id: Id, adjust?: (post: Post) => Post): Promise<Post | undefined>;
  /** The trash alone (the trash document), without reading any month. */
  trashedPosts(): Promise<TrashedPost[]>;
  /** Rewrites every trashed post with `change` (a channel or volunteer they name is going). */
  updateTrashedPosts(change: (post: Post) => Post): Promise<void>;
  /** Everything in the plan: what a backup carries. */
  snapshot(): Promise<FolderData>;
  /** A safety copy of the folder in backups/<label>/; returns its folder. */
  backup(label: string): Promise<string>;
  /** Makes the plan hold exactly `next` (an import, a restore), all or nothing; `next` was checked once (checkFolder) and is not parsed again. */
  replaceContents(next: CheckedFolderData): Promise<void>;
  /** Issue 12 item 5: versions of one post, newest first (a trashed post's too). */
  postHistory(id: Id): Promise<PostVersion[]>;
  /** The post as it was at `version` (a PostVersion.version), or undefined. */
  postAtVersion(id: Id, version: string): Promise<Post | undefined>;
  /**
   * Runs a request (a service's read, then its write) with nothing merged from other
   * laptops in between; a storage of one laptop merges nothing and just runs it.
   */
  exclusive<T>(run: () => Promise<T>): Promise<T>;
  /** The status line's facts (issue 13 item 4); a storage of one laptop has seen no one. */
  status(waitingAfterMs: number): PlanStatus;
  /** Counts merges of other laptops' changes that changed something. */
  changeVersion(): number;
  /** Calls `listener` after each such merge (main tells the renderer); returns how to stop. A storage of one laptop never calls it. */
  onOutsideChange(listener: (change: { version: number }) => void): () => void;
  /**
   * Calls `listener` when a save nobody was waiting for failed (the engine's own delayed save, a merge's):
   * no request can be refused for it, so main tells the renderer (plan:saveFailed). Returns how to stop.
   */
  onSaveFailure(listener: (failure: SaveFailure) => void): () => void;
  /** Concurrent values and copies the plan holds (issue 13 item 3); none in a storage of one laptop. */
  conflicts(): Promise<PlanConflicts>;
  /** Keeps `choice` of a field's concurrent values as a new change; false when there is no such conflict. */
  resolveConflict(target: ConflictTarget, field: string, choice: string): Promise<boolean>;
  /** Releases what the storage holds open; the repository is not used afterwards. */
  close(): Promise<void>;
}
