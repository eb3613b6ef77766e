import fs from 'node:fs';
import path from 'node:path';
import * as A from '@automerge/automerge';
import type { AutomergeUrl } from '@automerge/automerge-repo';
import type { CheckedFolderData } from '../../../shared/backup/backup-checks';
import type { FolderData } from '../../../shared/backup/folder-data';
import { sameRecord } from '../../../shared/backup/folder-data';
import { safetyCopyLabel } from '../../../shared/backup/safety-copies';
import type { PostBucket } from '../../../shared/domain/documents';
import { bucketOf, MainDocument, TrashedPost, withoutDeviceState } from '../../../shared/domain/documents';
import type { Id } from '../../../shared/domain/ids';
import { ownEntry } from '../../../shared/domain/ids';
import type { LocalDate } from '../../../shared/domain/local-time';
import { monthKeysBetween } from '../../../shared/domain/local-time';
import { comparePosts, Post } from '../../../shared/domain/post';
import type { ChangeAuthor, PostVersion } from '../../../shared/domain/post-history';
import type { StorageProblem } from '../../../shared/domain/storage-problem';
import type { SaveFailure } from '../../../shared/api/events-contract';
import type { PlanRepository } from '../plan-repository';
import { StorageError, writeFailureKey } from '../storage-error';
import { automaticCopyDue, BACKUPS_DIR, PARTIAL_COPY_PREFIX, takeSnapshotCopy } from '../safety-copies';
import { assignInto, plain } from './assign';
import { removeDeadTemps } from './chunk-files';
import type { ChangeNote } from './plan-engine';
import { documentIdOf, NotArrivedError, noteOf, PlanEngine } from './plan-engine';
import { CacheWarmUp } from './cache-warm-up';
import type { PostsDocument, RootDocument, TrashDocument } from './plan-documents';
import { documentsOfMonth, monthsOf } from './plan-documents';
import { chunksDirOf, linkPlanFolder, planDirOf, readCopiesDirOf, readPlanFile } from './plan-folder';
import { createPlan, writeContents } from './create-plan';
import { hasJsonFolder, migrateJsonFolder } from './migrate-json-folder';
import { removeLeftovers } from '../leftovers';
import { postAtVersion, postHistory } from './post-history';
import { OutsideChunks } from './outside-chunks';
import type { PlanWatcher, PlanWatcherOptions } from './plan-watcher';
import { watchPlanFolder } from './plan-watcher';
import type { PlanActivityState } from './plan-activity';
import { PlanActivity } from './plan-activity';
import type { EditWhileDeleted, FieldConflict, MonthConflicts, MovedWhileDeleted, SharedConflicts } from './conflicts';
import { Authorship, conflictsOf, conflictValue, fieldConflictsOf, lastWriterOf, removalsOf, shownVersion, trashedAtOnce, versionsOf } from './conflicts';
import { PostIndex } from './post-index';
import { ConflictsCache, conflictsDirOf } from './conflicts-cache';
import { DeviceStore } from '../device-store';
import type { AlbumFact } from '../../../shared/checklist/album-index';
import { albumNameKey } from '../../../shared/checklist/album-index';
import type { StoredFact } from './post-facts-index';
import { PostFactsIndex, storedFactOf } from './post-facts-index';
import type { PostFact } from '../../../shared/checklist/post-fact';
import { postFactOf } from '../../../shared/checklist/post-fact';

export interface AutomergeRepositoryOptions {
  /** The device folder: lock, read cache, safety copies, media. */
  dir: string;
  /** The shared plan folder; `<dir>/plan` unless given (two "laptops" in tests share one). */
  planDir?: string;
  now: () => Date;
  /** The system locale, for the language of a brand-new plan. */
  locale: string;
  /** Who is making changes on this laptop; signed into every change. */
  author?: () => ChangeAuthor | null;
  /**
   * This laptop's id (DeviceStore#laptopId), signed into every change: the status line counts
   * laptops by it. Not given (tools, tests), the device folder's own is taken at the first change.
   */
  laptop?: string;
  /**
   * The device read cache (cache/, electron/storage/README.md): on in the app (openBackend).
   * Off unless asked for: a reader that must see the chunks themselves (the migration's
   * check, planOnDisk in tests) goes through the engine.
   */
  readCache?: boolean;
  /** Watch the plan folder and merge other laptops' chunks as they arrive (issue 13 item 2); off unless given. */
  watch?: PlanWatcherOptions;
  /**
   * With `readCache`: after open, cache every month document that has no current cache, nearest
   * to today first, in a worker thread (cache-warm-up.ts), and those another laptop changes
   * later; on in the app (openBackend). A month's first read is then its cache, not Automerge's load.
   */
  warmUp?: { log?: (error: unknown) => void };
  /**
   * A session that reads once and changes nothing (the CLI's export): it neither writes nor
   * clears the plan-open marker, so a killed session's marker and chunk temps stay for the next
   * session that writes, and a run that fails or is stopped leaves no marker behind.
   */
  oneShot?: boolean;
}

/** What another laptop's changes, merged while the plan is open, changed here (issue 13 item 2). */
export interface OutsideChange {
  /** Posts added, changed or gone (trashed, restored, moved) in the months held in memory or in the trash. */
  posts: Id[];
  main: boolean;
  trash: boolean;
  /** Counts every merge that changed something: a renderer polling it learns of outside changes. */
  version: number;
}

export interface PlanStatus extends PlanActivityState {
  planDir: string;
  version: number;
}

/** Concurrent values the plan holds, named by who wrote each (issue 13 item 3). */
export interface PlanConflicts {
  posts: { postId: Id; fields: FieldConflict[] }[];
  /** Duties whose volunteer (or other field) two laptops set at once: a duty taken by two people. */
  duties: { dutyId: Id; fields: FieldConflict[] }[];
  /** Trashed posts edited on another laptop that had not seen the delete. */
  editedWhileDeleted: ({ postId: Id } & EditWhileDeleted)[];
  /** Posts in two months at once (two laptops moved it at once, or a move was interrupted): the newer is shown. */
  copies: { postId: Id; copies: { month: PostBucket; updatedAt: string; title: string }[] }[];
  /** Posts moved on one laptop while trashed on another: shown in `month` and also in the trash, until deleted again or kept. */
  movedWhileDeleted: ({ postId: Id; title: string; month: PostBucket } & Omit<MovedWhileDeleted, 'movedTo'>)[];
}

/** Where a conflict is: a post's field, or a duty's. */
export type ConflictTarget = { postId: Id } | { dutyId: Id };

/** A disk operation failed (permissions, full disk): dispatch reports it as a storage failure. */
class PlanStorageError extends StorageError {}

const CACHE_REFRESH_MS = 1500;
const WARM_UP_AFTER_MS = 500;
/** No request for this long: the daily copy's reading goes on (a user between two edits, not typing). */
const REQUESTS_PAUSED_MS = 1000;
/**
 * No request for this long: a month read for a screen is loaded into the engine (warmWhenIdle). Longer than the gaps
 * inside a screen's burst of requests (its reads, then the months either side it asks ahead), shorter than a user
 * takes to drag a post or open the editor and type: the first edit finds its month loaded (issue 12: a save ≤ 30 ms).
 */
const LOAD_AFTER_PAUSE_MS = 300;
/** A listing of at most this many months (a month view, six weeks of agenda) loads them into the engine in the background. */
const WARM_MONTHS_AT_MOST = 3;

const cacheDirOf = (dir: string) => path.join(dir, 'cache');
/** There while a session of this device folder has the plan open: found at open, the last one was killed. */
const sessionMarkerOf = (dir: string) => path.join(dir, 'plan-open');

/**
 * Deletes the chunk temps a killed session left (removeDeadTemps), only when the last
 * session of this device folder did not close: walking every document's folders was half
 * of opening the plan (3 ms of 6.6 at 10,000 posts), and a session that closed left none.
 */
function removeTempsOfKilledSession(dir: string, planDir: string): void {
  const marker = sessionMarkerOf(dir);
  if (fs.existsSync(marker)) for (const folder of [chunksDirOf(planDir), readCopiesDirOf(planDir)]) removeDeadTemps(folder);
  fs.writeFileSync(marker, String(process.pid));
}

/**
 * The plan in Automerge documents (plan-documents.ts) behind the same interface as the
 * JSON folder. Reads come from plain JSON kept in memory (read from the device-local
 * cache, or the engine when the cache is behind); a write is one signed Automerge
 * change per document it touches, on disk before the promise resolves. Writes run one
 * at a time, in the order they were asked for.
 */
export class AutomergeRepository implements PlanRepository {
  readonly problems: StorageProblem[] = [];
  private readonly months = new Map<PostBucket, Map<Id, Post>>();
  /** Each month's shown posts as last read and sorted (sortedShown). */
  private readonly sortedMonths = new Map<PostBucket, { shown: Post[]; sorted: Post[] }>();
  /** Which loaded month, and which of its documents, holds each post. */
  private readonly placeOf = new Map<Id, { bucket: PostBucket; url: AutomergeUrl }>();
  /** Older copies of a post (a move that a kill interrupted, two laptops moving it at once): never read, deleted when the post is trashed, so they never come back. */
  private readonly staleCopies = new Map<Id, { bucket: PostBucket; url: AutomergeUrl }[]>();
  private queue: Promise<unknown> = Promise.resolve();
  private requests: Promise<unknown> = Promise.resolve();
  private readonly background = new Set<Promise<unknown>>();
  /** Documents to load into the engine when requests pause (warm), first asked first. */
  private readonly toWarm = new Set<AutomergeUrl>();
  private warming: Promise<void> | null = null;
  /** Months being read in the background (readAhead): a request for one waits for that read. */
  private readonly readingAhead = new Map<PostBucket, Promise<unknown>>();
  private readonly aheadQueued = new Set<PostBucket>();
  private closing = false;
  /** When a month was last read or a write asked for: the daily copy reads its months while there are none. */
  private lastRequestAt = 0;
  private dailyCopyDay: string | null = null;
  /** Writes today's copy from the links taken before the day's first change (takeDailyCopy); run once writes pause. */
  private dailyCopy: (() => Promise<void>) | null = null;
  private cacheTimer: NodeJS.Timeout | null = null;
  private warmUpTimer: NodeJS.Timeout | null = null;
  /** Resolves once the warm-up after open has started (or will not: the plan closed first). */
  private warmUpStarted: Promise<void> = Promise.resolve();
  private startedWarmUp = () => {};
  private readonly activity = new PlanActivity();
  private readonly listeners = new Set<(change: OutsideChange) => void>();
  private readonly saveFailureListeners = new Set<(failure: SaveFailure) => void>();
  private version = 0;
  private watcher: PlanWatcher | null = null;
  /**
   * Posts that left the month they were shown from and have not arrived anywhere else yet
   * (the other laptop's sync tool brought the move's removal before its write into the new
   * month, or the delete's removal before its trash entry): still shown where they were, so
   * that a post never shows zero times; gone once the post is elsewhere or in the trash.
   */
  private readonly inFlight = new Set<Id>();
  /**
   * A merge reading the months it changed again (refresh): they and their posts' places are out
   * of memory until it has. Reads are not held off by merges (only requests that write are), so
   * a read that overlapped one answers once it is over (afterMerge): a post read just before was
   * "not found" (CI, under load), and a month on screen lost its posts until the next read.
   */
  private merging: Promise<unknown> | null = null;
  /** The laptop id changes are signed with (laptopOf), once the first is. */
  private laptop: string | undefined;
  /** Documents a merge is loading (loadCounted): their changes came from another laptop. */
  private readonly loadingFromOutside = new Set<AutomergeUrl>();
  /** Documents named by the root whose chunks had not arrived when their month was read. */
  private readonly notArrived = new Set<AutomergeUrl>();
  private readonly lostEdits = new Map<AutomergeUrl, { heads: string; found: PlanConflicts['editedWhileDeleted']; moved: ({ postId: Id } & MovedWhileDeleted)[] }>();
  /** Months whose facts were read from their documents (postFactsBetween): a document the root adds to one changes them. */
  private readonly factMonths = new Set<PostBucket>();
  /** Each month document's conflicts at its heads: every status poll asks, and a document only changes by a write or a merge. */
  private readonly docConflicts = new Map<AutomergeUrl, { heads: string; posts: PlanConflicts['posts']; titles: [Id, { updatedAt: string; title: string }][] }>();
  /** Caches month documents in a worker thread (options.warmUp). */
  private readonly cacheWarmUp: CacheWarmUp | null;
  /** What conflicts() found in each month document, kept on disk by its chunks (with the read cache): open reads these instead of loading the months. */
  private readonly conflictsCache: ConflictsCache<MonthConflicts> | null;
  /** The main document's and the trash's, in the same folder: the first screen's conflicts then load neither (issue 14). */
  private readonly sharedConflictsCache: ConflictsCache<SharedConflicts> | null;
  /** The heads each month document's conflicts were last kept for. */
  private readonly conflictsKept = new Map<AutomergeUrl, string>();

  private constructor(
    private readonly options: AutomergeRepositoryOptions,
    private readonly engine: PlanEngine,
    private readonly rootUrl: AutomergeUrl,
    private root: RootDocument,
    private mainDoc: MainDocument,
    private trash: Record<Id, TrashedPost>,
    private readonly index: PostIndex,
    /** What the checklists read of the posts of months not held in memory (post-facts-index.ts). */
    private readonly facts: PostFactsIndex,
    /** Chunk files not seen before (another laptop's), for takeOutsideChanges. */
    private readonly outside: OutsideChunks,
  ) {
    this.conflictsCache = options.readCache ? new ConflictsCache(conflictsDirOf(cacheDirOf(options.dir)), engine.chunks) : null;
    this.sharedConflictsCache = options.readCache ? new ConflictsCache(conflictsDirOf(cacheDirOf(options.dir)), engine.chunks) : null;
    this.activity.record([rootUrl, root.shared, root.trash].flatMap((url) => engine.changesOf(url)), false);
    // Whatever loads a document first (a read, a write, a merge), its earlier changes are counted as a read's are.
    engine.onLoaded = (url, changes) => this.activity.record(changes, this.loadingFromOutside.has(url));
    engine.onSaveFailed = (error) => this.tellSaveFailure(error);
    this.cacheWarmUp = options.readCache && options.warmUp ? new CacheWarmUp({ chunksDir: engine.chunks.baseDirectory, cacheDir: cacheDirOf(options.dir) }, options.warmUp.log) : null;
  }

  /** Opens (or makes) the plan; callers hold the device folder's lock. */
  static async open(options: AutomergeRepositoryOptions): Promise<AutomergeRepository> {
    fs.mkdirSync(options.dir, { recursive: true });
    removeLeftovers(options.dir);
    const planDir = planDirOf(options.dir, options.planDir);
    let plan = readPlanFile(planDir);
    const problems: StorageProblem[] = [];
    // Documents of a migration that did not reach plan.json are not the plan: it runs again.
    if (!plan && hasJsonFolder(options.dir)) fs.rmSync(chunksDirOf(planDir), { recursive: true, force: true });
    if (!options.oneShot) removeTempsOfKilledSession(options.dir, planDir);
    const engine = new PlanEngine(chunksDirOf(planDir), options.readCache ? cacheDirOf(options.dir) : null, options.readCache ? { dir: readCopiesDirOf(planDir), write: !options.oneShot } : null);
    if (!plan && hasJsonFolder(options.dir)) {
      const migrated = await migrateJsonFolder(options.dir, planDir, engine, { ...options, laptop: laptopOf(options) });
      plan = migrated.plan;
      problems.push(...migrated.problems);
    }
    const created = !plan;
    if (!plan) plan = await createPlan(engine, planDir, { ...options, laptop: laptopOf(options) });
    const rootUrl = plan.root as AutomergeUrl;
    // Files there before anything is read are no arrival: the watcher's first rescan looks for what came since.
    const outside = new OutsideChunks(engine.chunks);
    if (options.watch) await outside.seeAll();
    const root = await planDocument(planDir, () => engine.read<RootDocument>(rootUrl));
    const main = MainDocument.safeParse(await planDocument(planDir, () => engine.read<unknown>(root.shared)));
    if (!main.success) throw new PlanStorageError(`The plan's main document does not validate: ${main.error.message.slice(0, 600)}`, 'v.storagePlanInvalid', { folder: planDir });
    const trash = await engine.read<TrashDocument>(root.trash);
    const index = new PostIndex(path.join(cacheDirOf(options.dir), 'post-index.json'), engine.chunks);
    const facts = new PostFactsIndex(path.join(cacheDirOf(options.dir), 'facts'), engine.chunks);
    const repository = new AutomergeRepository(options, engine, rootUrl, root, main.data, readTrash(trash, problems), index, facts, outside);
    repository.problems.push(...problems);
    // A plan made just now has nothing to keep a copy of today.
    if (created) repository.dailyCopyDay = options.now().toISOString().slice(0, 10);
    repository.warmUp();
    if (options.watch) {
      repository.watcher = watchPlanFolder(chunksDirOf(planDir), repository, options.watch);
      await repository.watcher.ready;
    }
    return repository;
  }

  get dir(): string {
    return this.options.dir;
  }

  main(): MainDocument {
    return this.mainDoc;
  }

  async updateMain(change: (current: MainDocument) => MainDocument): Promise<MainDocument> {
    return this.write(async () => {
      // What an older version kept in the main document about one laptop leaves the plan at its first change.
      const next = withoutDeviceState(MainDocument.parse(change(this.mainDoc)));
      if (sameRecord(next, this.mainDoc)) return this.mainDoc;
      await this.engine.change<MainDocument>(this.root.shared, this.note(), (doc) => assignInto(doc, next));
      this.mainDoc = next;
      return next;
    });
  }

  async postsBetween(from: LocalDate, to: LocalDate): Promise<Post[]> {
    const found: Post[] = [];
    const months = monthKeysBetween(from, to);
    // A month or an agenda on screen is loaded into the engine for its edits; the year a checklist reads for album names is not (25 loads held up edits for seconds at 50,000 posts).
    const warm = months.length <= WARM_MONTHS_AT_MOST;
    for (const month of months) await this.month(month, warm);
    let inOrder = true;
    await this.afterMerge(() => {
      // Months in date order, each sorted: the range is in calendar order when each month's last post comes before the next one's first.
      for (const month of months) {
        const start = found.length;
        for (const post of this.sortedShown(month)) {
          if (post.date && post.date >= from && post.date <= to) found.push(post);
        }
        if (start > 0 && found.length > start && comparePosts(found[start - 1], found[start]) > 0) inOrder = false;
      }
    });
    // No read ahead of the months either side: the renderer asks for them itself once its screen is in, and the warm-up
    // worker caches every month; read here too, each read ahead ran between back-to-back first reads (2.5× the JSON's).
    // A post held in a month its date is not in (between a move's two writes) is put in its place.
    return inOrder ? found : found.sort(comparePosts);
  }

  /**
   * A month's posts shown from it, in calendar order, sorted again only when they are other objects (a post is
   * replaced, never changed, when it changes). Issue 14: sorting a month of 800 posts (comparePosts: titles by
   * localeCompare) was ~3 ms of each range read at 50,000 posts, and the month view reads four ranges.
   */
  private sortedShown(bucket: PostBucket): Post[] {
    const shown = this.shown(bucket, this.months.get(bucket) ?? new Map<Id, Post>());
    const kept = this.sortedMonths.get(bucket);
    if (kept && kept.shown.length === shown.length && kept.shown.every((post, index) => post === shown[index])) return kept.sorted;
    const sorted = [...shown].sort(comparePosts);
    this.sortedMonths.set(bucket, { shown, sorted });
    return sorted;
  }

  async undatedPosts(): Promise<Post[]> {
    await this.month('undated', true);
    return this.afterMerge(() => this.shown('undated', this.months.get('undated') ?? new Map<Id, Post>()).sort(comparePosts));
  }

  /**
   * postsBetween's posts, only what the checklists read of them, without holding their
   * months in memory: a month held is read from memory, another from the facts kept for
   * its documents (read from the documents once, then kept until they change).
   */
  async postFactsBetween(from: LocalDate, to: LocalDate): Promise<PostFact[]> {
    // A merge takes the months it reads again out of memory for a moment (as postsBetween, it is waited for).
    await this.afterMerge(() => undefined);
    const found: StoredPlaced[] = [];
    for (const month of monthKeysBetween(from, to)) {
      for (const placed of await this.monthFacts(month)) if (placed.fact.date && placed.fact.date >= from && placed.fact.date <= to) found.push(placed);
    }
    return this.shownFacts(found);
  }

  async undatedPostFacts(): Promise<PostFact[]> {
    await this.afterMerge(() => undefined);
    return this.shownFacts(await this.monthFacts('undated'));
  }

  /**
   * postFactsBetween's and then undatedPostFacts' posts whose album name has one of `keys`,
   * from the album-name index (album-names-index.ts): a month's checks read their own names,
   * not two years of facts. A month held is read from memory, as postFactsBetween does.
   */
  async albumFactsBetween(keys: ReadonlySet<string>, from: LocalDate, to: LocalDate): Promise<AlbumFact[]> {
    await this.afterMerge(() => undefined);
    const named = async (bucket: PostBucket, inRange: (fact: AlbumFact) => boolean): Promise<StoredPlaced<AlbumFact>[]> => {
      await this.readingAhead.get(bucket);
      const held = this.months.get(bucket);
      // The held post itself, not a copy of its facts: the same object until it changes (checklist-memo.ts).
      if (held) return this.shown(bucket, held).flatMap((post) => (keys.has(albumNameKey(post.albumName)) && inRange(post) ? [{ ...this.heldPlaced(post), fact: post }] : []));
      this.factMonths.add(bucket);
      const placed: StoredPlaced<AlbumFact>[] = [];
      for (const url of documentsOfMonth(this.root, bucket)) {
        if (!this.facts.albums.trusted(url)) await this.documentFacts(url);
        for (const key of keys) for (const fact of this.facts.albums.named(url, key)) if (inRange(fact)) placed.push({ fact, url, inFlight: false });
      }
      return placed;
    };
    const dated: StoredPlaced<AlbumFact>[] = [];
    for (const month of monthKeysBetween(from, to)) dated.push(...(await named(month, (fact) => fact.date !== null && fact.date >= from && fact.date <= to)));
    return [...this.kept(this.chosenCopies(dated)), ...this.kept(this.chosenCopies(await named('undated', () => true)))];
  }

  async allPosts(): Promise<Post[]> {
    await this.loadAllMonths();
    return this.afterMerge(() => [...this.months].flatMap(([bucket, posts]) => this.shown(bucket, posts)).sort(comparePosts));
  }

  /** Loads only the months the post index names for `id` (and those it cannot vouch for), not every month. */
  async findPost(id: Id): Promise<Post | undefined> {
    // A user in the editor (its checklist asks as they type): background work waits for them to pause.
    this.lastRequestAt = performance.now();
    if (!this.placeOf.has(id)) {
      const buckets = new Set(this.index.documentsFor(this.unreadDocuments(), id).map((url) => this.root.months[url]));
      for (const bucket of buckets) await this.month(bucket);
    }
    return this.afterMerge(() => {
      const place = this.placeOf.get(id);
      if (place) this.loadForEdit(place.url);
      return place && this.months.get(place.bucket)?.get(id);
    });
  }

  /** The month documents of months not in memory. */
  private unreadDocuments(): AutomergeUrl[] {
    return (Object.keys(this.root.months) as AutomergeUrl[]).filter((url) => !this.months.has(this.root.months[url]));
  }

  async insertPost(post: Post): Promise<Post> {
    return this.write(async () => {
      await this.put(bucketOf(post), [post]);
      return post;
    });
  }

  async insertPosts(posts: Post[]): Promise<Post[]> {
    return this.write(async () => {
      const byBucket = new Map<PostBucket, Post[]>();
      for (const post of posts) byBucket.set(bucketOf(post), [...(byBucket.get(bucketOf(post)) ?? []), post]);
      for (const [bucket, bucketPosts] of byBucket) await this.put(bucket, bucketPosts);
      return posts;
    });
  }

  async replacePost(valid: Post): Promise<Post> {
    return this.write(async () => {
      const shown = await this.findPost(valid.id);
      if (!shown) throw new RangeError(`No post ${valid.id}`);
      this.refuseInFlight(shown);
      // Older copies (an interrupted move, or two laptops moving the post at once) stay until it is
      // trashed: each laptop dropping the copy it thinks older, at once, would leave none.
      const place = this.placeOf.get(valid.id);
      if (!place) throw new RangeError(`No post ${valid.id}`);
      const target = bucketOf(valid);
      if (target === place.bucket) {
        await this.engine.change<PostsDocument>(place.url, this.note([valid.id]), (doc) => {
          const stored = doc.posts[valid.id] as Post | undefined;
          if (stored) assignInto(stored, valid);
          else doc.posts[valid.id] = plain(valid);
        });
        this.months.get(place.bucket)?.set(valid.id, inSchemaOrder(valid));
        return valid;
      }
      // The new month is written before the post leaves the old one: a kill in between
      // leaves two copies (the newer wins when both are read), never none. The new copy's
      // note names where it came from, so that its history goes on before the move.
      const source = this.engine.docOf<PostsDocument>(place.url);
      await this.put(target, [valid], source && { url: place.url, heads: A.getHeads(source) });
      await this.remove(place, valid.id, target);
      return valid;
    });
  }

  async trashPost(id: Id): Promise<Post | undefined> {
    return this.write(async () => {
      const post = await this.findPost(id);
      const place = this.placeOf.get(id);
      if (!post || !place) return undefined;
      this.refuseInFlight(post);
      await this.dropStaleCopies(id);
      const entry: TrashedPost = { post, deletedAt: this.options.now().toISOString() };
      await this.engine.change<TrashDocument>(this.root.trash, this.note([id]), (doc) => {
        doc.posts[id] = plain(entry);
      });
      this.trash = { ...this.trash, [id]: entry };
      await this.remove(place, id);
      return post;
    });
  }

  async restorePost(id: Id, adjust: (post: Post) => Post = (post) => post): Promise<Post | undefined> {
    return this.write(async () => {
      const trashed = ownEntry(this.trash, id);
      if (!trashed) return undefined;
      let restored = await this.findPost(id);
      if (!restored) {
        restored = adjust(trashed.post);
        await this.put(bucketOf(restored), [restored]);
      }
      await this.engine.change<TrashDocument>(this.root.trash, this.note([id]), (doc) => {
        delete doc.posts[id];
      });
      const { [id]: _restored, ...rest } = this.trash;
      this.trash = rest;
      return restored;
    });
  }

  async trashedPosts(): Promise<TrashedPost[]> {
    return Object.values(this.trash);
  }

  async updateTrashedPosts(change: (post: Post) => Post): Promise<void> {
    return this.write(async () => {
      const changed = Object.entries(this.trash).flatMap(([id, entry]) => {
        const post = change(entry.post);
        return sameRecord(post, entry.post) ? [] : [[id, { ...entry, post }] as const];
      });
      if (changed.length === 0) return;
      await this.engine.change<TrashDocument>(this.root.trash, this.note(changed.map(([id]) => id)), (doc) => {
        for (const [id, entry] of changed) assignInto(doc.posts[id] as unknown as Record<string, unknown>, entry);
      });
      this.trash = { ...this.trash, ...Object.fromEntries(changed) };
    });
  }

  async snapshot(): Promise<FolderData> {
    // Trash by id, as a reopened plan reads it (Automerge keeps a map's keys sorted): the same data, the same order.
    const trash = Object.values(this.trash).sort((a, b) => (a.post.id < b.post.id ? -1 : a.post.id > b.post.id ? 1 : 0));
    return { main: this.mainDoc, posts: await this.allPosts(), trash };
  }

  async backup(label: string): Promise<string> {
    return takeSnapshotCopy(this.options.dir, label, await this.snapshot());
  }

  /**
   * Makes the plan hold exactly `next` (an import, a restore). The new documents are
   * written and flushed first; then one change of the root switches to them: a kill
   * before it leaves everything old, after it everything new. The old documents stay
   * in storage (their history is kept).
   */
  async replaceContents(next: CheckedFolderData): Promise<void> {
    // Its caller has just taken a copy of what it replaces (before-import, before-restore): no daily copy of the same.
    return this.write(async () => {
      const { main, posts, trash } = next;
      const note = this.note();
      const contents = await writeContents(this.engine, { main, posts, trash }, note);
      await this.engine.change<RootDocument>(this.rootUrl, note, (doc) => {
        doc.shared = plain(contents.shared);
        doc.trash = plain(contents.trash);
        doc.months = plain(contents.months);
      });
      this.root = await this.engine.read<RootDocument>(this.rootUrl);
      this.months.clear();
      this.placeOf.clear();
      this.facts.forgetAll();
      this.mainDoc = main;
      this.trash = Object.fromEntries(trash.map((entry) => [entry.post.id, entry]));
    }, false);
  }

  async postHistory(id: Id): Promise<PostVersion[]> {
    await this.findPost(id);
    // A trashed post's month is where its versions before the trash are.
    const trashed = ownEntry(this.trash, id);
    const bucket = this.placeOf.get(id)?.bucket ?? (trashed ? bucketOf(trashed.post) : undefined);
    const urls = [...(bucket === undefined ? [] : documentsOfMonth(this.root, bucket)), this.root.trash];
    return postHistory(this.engine, urls, this.root.trash, id);
  }

  async postAtVersion(id: Id, version: string): Promise<Post | undefined> {
    return postAtVersion(this.engine, id, version);
  }

  get planDir(): string {
    return path.resolve(planDirOf(this.options.dir, this.options.planDir));
  }

  get planId(): string {
    return this.rootUrl;
  }

  /** Calls `listener` after each merge of another laptop's changes that changed something; returns how to stop. */
  onOutsideChange(listener: (change: OutsideChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onSaveFailure(listener: (failure: SaveFailure) => void): () => void {
    this.saveFailureListeners.add(listener);
    return () => this.saveFailureListeners.delete(listener);
  }

  private tellSaveFailure(error: unknown): void {
    const problem = writeFailureKey(error);
    for (const listener of this.saveFailureListeners) listener({ problem, folder: this.planDir });
  }

  /** Counts merges that changed something (OutsideChange.version). */
  changeVersion(): number {
    return this.version;
  }

  /**
   * Merges what other laptops' sync tools brought into the plan folder: the named files
   * (watcher events), or every chunk file that changed since last seen (a rescan).
   * Documents in the engine take the new chunks' changes; the root, the main document,
   * the trash and the months held in memory are read again from the merged documents.
   * Returns what changed (null: nothing new), after telling the listeners.
   */
  async takeOutsideChanges(files?: string[]): Promise<OutsideChange | null> {
    return this.exclusive(() => this.serial(async () => {
      const arrived = await this.outside.collect((url) => this.engine.isLoaded(url), files);
      const touched = new Set<AutomergeUrl>([...arrived.unloaded, ...arrived.loadedMeanwhile]);
      let merged = false;
      // Documents a month was read without (not arrived then) that have since: a read may have loaded them meanwhile.
      for (const url of [...this.notArrived]) {
        if (!this.engine.isLoaded(url) && !(await this.engine.hasWholeChunk(url))) continue;
        this.notArrived.delete(url);
        touched.add(url);
      }
      for (const [url, chunks] of arrived.loaded) {
        const changes = await this.engine.mergeOutside(url, chunks);
        if (changes.length === 0) continue;
        merged = true;
        this.activity.record(changes, true);
        touched.add(url);
      }
      // A document only ever read from its chunk files or the read cache is not in the engine:
      // the changes that came to it would name nobody on the status line (a laptop that only
      // reads what arrives said "no changes yet"). Loaded now, later ones merge as above. Loading
      // is no merge: the first rescan after opening finds every such document, and telling the
      // renderer so made it read the whole screen again a second after it opened.
      for (const url of touched) if (!this.engine.isLoaded(url)) await this.loadCounted(url, true);
      if (touched.size === 0) return null;
      const rootBefore = this.root;
      // Months another laptop changed: their next first read (here, or in the next session) is a cache again, and their
      // conflicts are kept for the chunks on disk now (the engine's merged document matches no set of chunks it could name).
      this.warmCaches([...touched].filter((url) => this.root.months[url] !== undefined));
      // Changes that leave every value as shown (the other laptop's title lost to ours) still
      // bring a conflict to show and a last change to name: the renderer must hear of them.
      const refreshing = this.refresh(touched);
      this.merging = refreshing;
      const shown = await refreshing.finally(() => {
        this.merging = null;
      });
      // So do changes to months whose facts a checklist read (albums, last posts) but nobody holds.
      const factsChanged = await this.factsChanged(touched, rootBefore);
      const change = shown ?? (factsChanged || merged ? { posts: [], main: false, trash: false, version: ++this.version } : null);
      if (!change) return null;
      this.activity.arrived(this.options.now());
      for (const listener of this.listeners) listener(change);
      return change;
    }));
  }

  /**
   * Runs a request (a service's read, then its write) with no outside merge in between:
   * a service writes back the whole post it read, so a comment merged from another
   * laptop between its read and its write would be written away. Dispatch runs each
   * request through this; merges wait for the request, requests for the merge.
   */
  exclusive<T>(run: () => Promise<T>): Promise<T> {
    const result = this.requests.then(run);
    this.requests = result.catch(() => undefined);
    return result;
  }

  /** Reads again what `touched` documents feed (root, main, trash, months in memory); null when nothing a user sees changed. */
  private async refresh(touched: Set<AutomergeUrl>): Promise<OutsideChange | null> {
    const posts = new Set<Id>();
    const before = this.root;
    if (touched.has(this.rootUrl)) this.root = await this.engine.read<RootDocument>(this.rootUrl);
    let main = false;
    if (touched.has(this.root.shared) || this.root.shared !== before.shared) {
      const parsed = MainDocument.safeParse(await this.engine.read<unknown>(this.root.shared));
      if (!parsed.success) {
        this.problems.push({ file: 'plan:shared', kind: 'invalid', detail: `Changes from another laptop left the main document invalid; kept what was shown: ${parsed.error.message.slice(0, 300)}`, movedTo: null });
      } else if (!sameRecord(parsed.data, this.mainDoc)) {
        this.mainDoc = parsed.data;
        main = true;
      }
    }
    let trash = false;
    if (touched.has(this.root.trash) || this.root.trash !== before.trash) {
      const next = readTrash(await this.engine.read<TrashDocument>(this.root.trash), []);
      for (const id of new Set([...Object.keys(next), ...Object.keys(this.trash)])) {
        const [was, is] = [ownEntry(this.trash, id), ownEntry(next, id)];
        if (!was || !is || !sameRecord(was, is)) posts.add(id);
      }
      trash = !sameRecord(next, this.trash);
      this.trash = next;
    }
    const changed = new Set([...this.months.keys()].filter((bucket) => {
      const [was, is] = [documentsOfMonth(before, bucket), documentsOfMonth(this.root, bucket)];
      return was.join() !== is.join() || is.some((url) => touched.has(url));
    }));
    const olds = new Map<PostBucket, Map<Id, Post>>();
    const shownFrom = new Map<Id, { bucket: PostBucket; url: AutomergeUrl }>();
    for (const bucket of this.withCopies(changed)) {
      olds.set(bucket, this.months.get(bucket) ?? new Map<Id, Post>());
      for (const [id, place] of this.placeOf) if (place.bucket === bucket) shownFrom.set(id, place);
      this.months.delete(bucket);
      for (const [id, place] of [...this.placeOf]) if (place.bucket === bucket) this.placeOf.delete(id);
      for (const [id, copies] of [...this.staleCopies]) {
        const left = copies.filter((copy) => copy.bucket !== bucket);
        if (left.length > 0) this.staleCopies.set(id, left);
        else this.staleCopies.delete(id);
      }
    }
    for (const bucket of olds.keys()) await this.month(bucket);
    for (const [id, place] of shownFrom) {
      const post = olds.get(place.bucket)?.get(id);
      if (!post || this.placeOf.has(id) || ownEntry(this.trash, id)) continue;
      this.months.get(place.bucket)?.set(id, post);
      this.placeOf.set(id, place);
      this.inFlight.add(id);
    }
    for (const id of [...this.inFlight]) if (ownEntry(this.trash, id)) this.dropInFlight(id);
    // A post in flight has arrived once the month it went to is read (adopt): a changed month nobody holds is read for
    // it, or the post stayed shown where it was, and refused every edit, until someone paged to its new month.
    const flying = new Set(this.inFlight);
    if (flying.size > 0) {
      for (const url of touched) {
        const bucket = this.root.months[url];
        if (bucket !== undefined && !this.months.has(bucket)) await this.month(bucket);
      }
      for (const id of flying) if (!this.inFlight.has(id)) posts.add(id);
    }
    // Compared once all are read: a copy read later can take a post over from a month read before.
    for (const [bucket, old] of olds) {
      const fresh = this.months.get(bucket) ?? new Map<Id, Post>();
      for (const id of new Set([...old.keys(), ...fresh.keys()])) {
        const [was, is] = [old.get(id), fresh.get(id)];
        if (!was || !is || !sameRecord(was, is)) posts.add(id);
      }
    }
    if (posts.size === 0 && !main && !trash) return null;
    this.version += 1;
    return { posts: [...posts].sort(), main, trash, version: this.version };
  }

  /**
   * A post in flight (another laptop's move of it half arrived) is not written: written back into the month it left, it
   * became a second copy beside the one on its way, and what was only in one of the two (a comment, a title) was lost
   * when either laptop trashed the post or dropped the older copy (the two-laptop soak, one run in ten). Nothing is
   * changed; the user is told to try again once it has arrived.
   */
  private refuseInFlight(post: Post): void {
    if (this.inFlight.has(post.id)) throw new StorageError(`Post ${post.id} is being moved on another laptop and has not arrived here yet.`, 'v.postArriving', { title: post.title });
  }

  /** A post in flight that has arrived (elsewhere, or in the trash): its old copy goes. */
  private dropInFlight(id: Id): void {
    if (!this.inFlight.delete(id)) return;
    const place = this.placeOf.get(id);
    if (place) this.months.get(place.bucket)?.delete(id);
    this.placeOf.delete(id);
  }

  /**
   * `buckets` and every month in memory holding another copy of a post in them (a move
   * that two laptops made at once, or that a kill interrupted): which copy is shown is
   * decided across them, so they are read again together. A month left out would keep
   * hiding its older copy after the shown one left (trashed by a laptop that never read
   * it), while a laptop reading that month afresh shows it: the two would differ.
   */
  private withCopies(buckets: Set<PostBucket>): Set<PostBucket> {
    for (let grew = true; grew; ) {
      grew = false;
      for (const [id, copies] of this.staleCopies) {
        const shown = this.placeOf.get(id);
        const places = shown ? [...copies, shown] : copies;
        if (!places.some((place) => buckets.has(place.bucket))) continue;
        for (const place of places) {
          if (buckets.has(place.bucket) || !this.months.has(place.bucket)) continue;
          buckets.add(place.bucket);
          grew = true;
        }
      }
    }
    return buckets;
  }

  /** The status line's facts: last change and by whom, people seen, own changes waiting (issue 13 item 4). */
  status(waitingAfterMs: number): PlanStatus {
    return { ...this.activity.state(this.options.now(), waitingAfterMs), planDir: this.planDir, version: this.version };
  }

  /**
   * Every conflict in the documents held in the engine: the months in memory, the main
   * document's duties, and trashed posts edited while they were being deleted.
   */
  async conflicts(): Promise<PlanConflicts> {
    // One document per step: a save asked for meanwhile waits for one month's load, not
    // for all of them (25 months and the trash's took 12–31 s on a loaded machine).
    // A month whose conflicts are kept for its chunks on disk is not loaded (conflicts-cache.ts).
    const kept = new Map<AutomergeUrl, MonthConflicts>();
    const keptShared = new Map<AutomergeUrl, SharedConflicts>();
    for (const url of this.conflictDocuments().filter((url) => !this.engine.docOf(url))) {
      const found = this.keptConflicts(url);
      const shared = found ? undefined : this.keptSharedConflicts(url);
      if (found) kept.set(url, found);
      else if (shared) keptShared.set(url, shared);
      else await this.serial(() => this.loadIntoEngine([url]));
    }
    return this.serial(async () => {
      const buckets = this.conflictBuckets();
      // Whatever a save or a merge brought in between the steps above (a kept month that changed meanwhile is loaded).
      for (const url of this.conflictDocuments()) {
        if (this.engine.docOf(url)) {
          // Loaded meanwhile (the months on screen are, for their edits): conflictsIn answers what was kept while its heads are the engine's.
          kept.delete(url);
          keptShared.delete(url);
          continue;
        }
        // A month read meanwhile (the first screen's, asked beside this) is listed from its kept entry too.
        const found = this.keptConflicts(url);
        const shared = found ? undefined : this.keptSharedConflicts(url);
        if (found) kept.set(url, found);
        else if (shared) keptShared.set(url, shared);
        else {
          kept.delete(url);
          keptShared.delete(url);
          await this.loadIntoEngine([url]);
        }
      }
      const found: PlanConflicts = { posts: [], duties: [], editedWhileDeleted: [], copies: [], movedWhileDeleted: [] };
      const copies = new Map<Id, PlanConflicts['copies'][number]['copies']>();
      for (const bucket of this.months.keys()) {
        for (const url of documentsOfMonth(this.root, bucket)) {
          const known = kept.get(url) ?? this.conflictsIn(url);
          if (!known) continue;
          for (const [id, copy] of known.titles) {
            const listed = copies.get(id);
            if (listed) listed.push({ month: bucket, ...copy });
            else copies.set(id, [{ month: bucket, ...copy }]);
          }
          found.posts.push(...known.posts);
        }
      }
      const main = this.engine.docOf<MainDocument>(this.root.shared);
      if (main) {
        const authorship = new Authorship(this.engine.changesOf(this.root.shared));
        for (const [index, duty] of (main.duties ?? []).entries()) {
          const fields = conflictsOf(versionsOf(main, main.duties, index), authorship);
          if (fields.length > 0) found.duties.push({ dutyId: String(duty.id), fields });
        }
        this.keepSharedConflicts(this.root.shared, { duties: found.duties, trashed: [] });
      } else found.duties.push(...(keptShared.get(this.root.shared)?.duties ?? []));
      const moved: ({ postId: Id } & MovedWhileDeleted)[] = [];
      for (const bucket of buckets) {
        for (const url of documentsOfMonth(this.root, bucket)) {
          const removals = kept.get(url) ?? this.removalsIn(url);
          found.editedWhileDeleted.push(...removals.found);
          moved.push(...removals.moved);
        }
      }
      for (const bucket of new Set([...this.months.keys(), ...buckets])) for (const url of documentsOfMonth(this.root, bucket)) this.keepConflicts(url);
      found.movedWhileDeleted = await this.trashedAndShown(moved);
      const trash = this.engine.docOf<TrashDocument>(this.root.trash);
      // A post already listed from its month document is listed once.
      const listed = new Set(found.editedWhileDeleted.map((entry) => entry.postId));
      const trashed = trash ? trashedAtOnce(trash, trash.posts, new Authorship(this.engine.changesOf(this.root.trash))) : (keptShared.get(this.root.trash)?.trashed ?? []);
      if (trash) this.keepSharedConflicts(this.root.trash, { duties: [], trashed });
      found.editedWhileDeleted.push(...trashed.filter((entry) => !listed.has(entry.postId)));
      for (const [postId, found_] of [...copies].sort(([a], [b]) => a.localeCompare(b))) {
        if (found_.length > 1) found.copies.push({ postId, copies: found_.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.month.localeCompare(b.month)) });
      }
      // Months are held in the order each laptop read them: listed by post, every laptop lists the same.
      found.posts.sort((a, b) => a.postId.localeCompare(b.postId));
      found.editedWhileDeleted.sort((a, b) => a.postId.localeCompare(b.postId) || (a.deletedAt ?? '').localeCompare(b.deletedAt ?? ''));
      return found;
    });
  }

  /** The months held in memory and those the trash's posts came from. */
  private conflictBuckets(): Set<string> {
    return new Set([...this.months.keys(), ...Object.values(this.trash).map((entry) => bucketOf(entry.post))]);
  }

  /** The documents conflicts() reads: main, trash, and every document of those months. */
  private conflictDocuments(): AutomergeUrl[] {
    return [this.root.shared, this.root.trash, ...[...this.conflictBuckets()].flatMap((bucket) => documentsOfMonth(this.root, bucket))];
  }

  /**
   * Conflicts live in the engine's documents, not in what a month read from its chunks
   * gives: a document this laptop only read (never wrote) would list nothing, while the
   * laptop that wrote it lists its conflicts, so the two would differ for good.
   */
  private async loadIntoEngine(urls: AutomergeUrl[]): Promise<void> {
    for (const url of urls) if (!this.engine.docOf(url)) await this.loadCounted(url, false);
  }

  /**
   * Loads a document into the engine, which gives its changes to the status line (who changed
   * the plan, the laptops seen: engine.onLoaded): read from the cache or its chunk files, nothing named them.
   * False when its chunks have not arrived yet (another laptop's new month): counted once they have.
   */
  private async loadCounted(url: AutomergeUrl, fromOutside: boolean): Promise<boolean> {
    if (fromOutside) this.loadingFromOutside.add(url);
    try {
      await this.engine.handle(url);
    } catch (error) {
      if (!(error instanceof NotArrivedError)) throw error;
      return false;
    } finally {
      this.loadingFromOutside.delete(url);
    }
    return this.engine.changesOf(url).length > 0;
  }

  /** A month document's conflicts kept for exactly its chunk files on disk (not loaded), else undefined. */
  private keptConflicts(url: AutomergeUrl): MonthConflicts | undefined {
    if (!this.conflictsCache || this.root.shared === url || this.root.trash === url) return undefined;
    const found = this.conflictsCache.read(documentIdOf(url));
    if (!found) return undefined;
    // Once the engine loads the document at these heads, conflictsIn and removalsIn answer from it, and it is not kept again.
    this.docConflicts.set(url, { heads: found.heads, posts: found.posts, titles: found.titles });
    this.lostEdits.set(url, { heads: `${url}@${found.heads}`, found: found.found, moved: found.moved });
    this.conflictsKept.set(url, found.heads);
    return found;
  }

  /** The main document's or the trash's conflicts kept for exactly its chunk files on disk (not loaded), else undefined. */
  private keptSharedConflicts(url: AutomergeUrl): SharedConflicts | undefined {
    if (!this.sharedConflictsCache || (url !== this.root.shared && url !== this.root.trash)) return undefined;
    const found = this.sharedConflictsCache.read(documentIdOf(url));
    return found && Array.isArray(found.duties) && Array.isArray(found.trashed) ? found : undefined;
  }

  /** Keeps what conflicts() found in the main document or the trash as the engine holds it, once per heads. */
  private keepSharedConflicts(url: AutomergeUrl, found: Omit<SharedConflicts, 'heads'>): void {
    const doc = this.engine.docOf(url);
    if (!this.sharedConflictsCache || !doc) return;
    const heads = A.getHeads(doc).join();
    if (this.conflictsKept.get(url) === heads) return;
    this.sharedConflictsCache.write(documentIdOf(url), { heads, ...found });
    this.conflictsKept.set(url, heads);
  }

  /** Keeps what conflicts() found in a month document in the engine, once per heads, for the next session to read instead of loading it. */
  private keepConflicts(url: AutomergeUrl): void {
    const doc = this.engine.docOf<PostsDocument>(url);
    if (!this.conflictsCache || !doc) return;
    const heads = A.getHeads(doc).join();
    if (this.conflictsKept.get(url) === heads) return;
    const fields = this.conflictsIn(url);
    if (!fields) return;
    const { found, moved } = this.removalsIn(url);
    this.conflictsCache.write(documentIdOf(url), { heads, posts: fields.posts, titles: fields.titles, found, moved });
    this.conflictsKept.set(url, heads);
  }

  /** A month document's conflicting fields and its posts' titles, read again only when its heads moved. */
  private conflictsIn(url: AutomergeUrl) {
    const doc = this.engine.docOf<PostsDocument>(url);
    if (!doc) return undefined;
    const heads = A.getHeads(doc).join();
    const known = this.docConflicts.get(url);
    if (known?.heads === heads) return known;
    const found = { heads, ...fieldConflictsOf(doc, this.engine.changesOf(url)) };
    this.docConflicts.set(url, found);
    return found;
  }

  /** Posts that left a month document while another laptop edited them there (conflicts.ts#removalsOf), kept per document and heads. */
  private removalsIn(url: AutomergeUrl): { found: PlanConflicts['editedWhileDeleted']; moved: ({ postId: Id } & MovedWhileDeleted)[] } {
    const doc = this.engine.docOf<PostsDocument>(url);
    if (!doc) return { found: [], moved: [] };
    const heads = `${url}@${A.getHeads(doc).join()}`;
    const known = this.lostEdits.get(url);
    if (known?.heads === heads) return known;
    const { found, moved } = removalsOf(doc, this.engine.changesOf(url));
    this.lostEdits.set(url, { heads, found, moved });
    return { found, moved };
  }

  /**
   * Of the posts moved on one laptop while trashed on another, those still both in the
   * trash and shown in a month (where they are now: they may have moved on). Deleting the
   * post again, or keeping it (restoring its trash entry, which keeps the shown post as it
   * is), ends it on every laptop.
   */
  private async trashedAndShown(moved: ({ postId: Id } & MovedWhileDeleted)[]): Promise<PlanConflicts['movedWhileDeleted']> {
    const latest = new Map<Id, { postId: Id } & MovedWhileDeleted>();
    for (const entry of moved) {
      const known = latest.get(entry.postId);
      if (!known || (known.deletedAt ?? '') < (entry.deletedAt ?? '')) latest.set(entry.postId, entry);
    }
    // A post in the trash and shown with no move beside the delete in one document: a delete cut short between its two
    // writes (a kill), or a post in flight written back into the month it left before such edits were refused (the
    // two-laptop soak). The delete and the shown post are in different documents; what only the trashed copy holds is
    // lost unless listed.
    const trashed = new Set(Object.keys(this.trash).filter((id) => !latest.has(id)));
    const maybeShown = new Set([...[...trashed].filter((id) => this.placeOf.has(id)), ...this.index.mayHold(this.unreadDocuments(), trashed)]);
    let trashAuthorship: Authorship | undefined;
    for (const postId of [...maybeShown].sort()) {
      if (!(await this.findPost(postId))) continue;
      const place = this.placeOf.get(postId);
      if (!place || this.inFlight.has(postId)) continue;
      await this.loadIntoEngine([place.url, this.root.trash]);
      const trash = this.engine.docOf<TrashDocument>(this.root.trash);
      trashAuthorship ??= new Authorship(this.engine.changesOf(this.root.trash));
      const deleted = trash ? trashAuthorship.of(versionsOf(trash, trash.posts, postId).objects[0] ?? '') : { author: null, at: null };
      const written = lastWriterOf(this.engine.changesOf(place.url), postId);
      latest.set(postId, { postId, movedTo: place.bucket, movedBy: written.author, movedAt: written.at, deletedBy: deleted.author, deletedAt: ownEntry(this.trash, postId)?.deletedAt ?? deleted.at });
    }
    const found: PlanConflicts['movedWhileDeleted'] = [];
    for (const { postId, movedTo: _movedTo, ...who } of [...latest.values()].sort((a, b) => a.postId.localeCompare(b.postId))) {
      if (!ownEntry(this.trash, postId)) continue;
      const post = await this.findPost(postId);
      const place = this.placeOf.get(postId);
      if (post && place) found.push({ postId, title: post.title, month: place.bucket, ...who });
    }
    return found;
  }

  /**
   * Keeps one of a field's concurrent values (a `choice` from conflicts()) as a new change
   * that every laptop merges: the conflict is gone everywhere. False when there is no
   * such conflict any more (someone chose already).
   */
  async resolveConflict(target: ConflictTarget, field: string, choice: string): Promise<boolean> {
    return this.write(async () => {
      if ('postId' in target) {
        await this.findPost(target.postId);
        const place = this.placeOf.get(target.postId);
        const doc = place && this.engine.docOf<PostsDocument>(place.url);
        const versions = doc && versionsOf(doc, doc.posts, target.postId);
        const chosen = versions && conflictValue(versions, field, choice);
        if (!place || !chosen) return false;
        await this.engine.change<PostsDocument>(place.url, this.note([target.postId]), (draft) => {
          // Several versions (two laptops moved the post here at once): one new post replaces
          // them all, the chosen value and the shown version's other fields.
          if (versions.objects.length > 1) draft.posts[target.postId] = plain({ ...shownVersion(versions), [field]: chosen.value } as Post);
          else (draft.posts[target.postId] as unknown as Record<string, unknown>)[field] = plain(chosen.value);
        });
        const post = Post.safeParse(readPlainPost(this.engine.docOf<PostsDocument>(place.url), target.postId));
        if (post.success) this.months.get(place.bucket)?.set(target.postId, post.data);
        return true;
      }
      const main = this.engine.docOf<MainDocument>(this.root.shared);
      const index = main?.duties.findIndex((duty) => String(duty.id) === target.dutyId) ?? -1;
      const chosen = main && index >= 0 ? conflictValue(versionsOf(main, main.duties, index), field, choice) : undefined;
      if (!chosen) return false;
      await this.engine.change<MainDocument>(this.root.shared, this.note(), (draft) => {
        (draft.duties[index] as unknown as Record<string, unknown>)[field] = plain(chosen.value);
      });
      const next = MainDocument.safeParse(await this.engine.read<unknown>(this.root.shared));
      if (next.success) this.mainDoc = next.data;
      return true;
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    this.listeners.clear();
    this.cacheWarmUp?.close();
    await this.watcher?.close();
    if (this.cacheTimer) clearTimeout(this.cacheTimer);
    if (this.warmUpTimer) clearTimeout(this.warmUpTimer);
    this.startedWarmUp();
    await this.queue.catch(() => undefined);
    if (this.dailyCopy) this.inBackground(this.dailyCopy());
    await Promise.allSettled([...this.background]);
    this.saveIndex();
    await this.engine.close();
    if (!this.options.oneShot) fs.rmSync(sessionMarkerOf(this.options.dir), { force: true });
  }

  /** Runs `run` after every write asked for before it, and before any asked for after (reading what writes change). */
  private serial<T>(run: () => Promise<T>): Promise<T> {
    const result = this.queue.then(run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Runs writes one at a time; the automatic daily copy goes before the first write of a day (`daily`). */
  private write<T>(run: () => Promise<T>, daily = true): Promise<T> {
    this.lastRequestAt = performance.now();
    const result = this.queue.then(async () => {
      if (daily) await this.takeDailyCopy();
      try {
        return await run();
      } catch (error) {
        // Any system call that failed (no permission, a full or read-only disk, a folder turned into a file): told as storage, in the user's language.
        if (typeof (error as NodeJS.ErrnoException).syscall === 'string') {
          throw new PlanStorageError(`Could not save the plan in ${this.options.dir}: ${(error as Error).message}`, writeFailureKey(error), { folder: this.planDir });
        }
        throw error;
      }
    });
    this.queue = result.catch(() => undefined);
    void result.then(
      () => {
        this.activity.wrote(this.options.now(), this.options.author?.() ?? null);
        this.scheduleCacheRefresh();
      },
      () => undefined,
    );
    return result;
  }

  /** The read caches of changed documents are rewritten once writes pause, not after each one (a month is rewritten whole). */
  private scheduleCacheRefresh(): void {
    if (this.cacheTimer) return;
    this.cacheTimer = setTimeout(() => {
      this.cacheTimer = null;
      // Once requests pause: run in the write queue, it held up a save arriving then (the post index, the facts and
      // the caches of months changed: a first edit 1.5 s after a month's first read cost 40–90 ms at 10,000 posts).
      const refresh = this.requestsPaused().then(() => {
        if (this.closing) return;
        this.queue = this.queue.then(() => {
          this.engine.refreshCaches();
          this.saveIndex();
          if (this.dailyCopy) this.inBackground(this.dailyCopy());
        });
      });
      this.inBackground(refresh);
    }, CACHE_REFRESH_MS);
    this.cacheTimer.unref();
  }

  /** Records in the post index which ids each document of the months read holds (the engine's state: run in the queue or at close). */
  private saveIndex(): void {
    const idsOf = new Map<AutomergeUrl, Id[]>();
    const add = (url: AutomergeUrl, id: Id) => (idsOf.get(url) ?? idsOf.set(url, []).get(url))?.push(id);
    for (const [id, place] of this.placeOf) add(place.url, id);
    for (const [id, places] of this.staleCopies) for (const place of places) add(place.url, id);
    for (const bucket of this.months.keys()) for (const url of documentsOfMonth(this.root, bucket)) this.index.record(url, idsOf.get(url) ?? [], this.engine.contentsReadFrom(url));
    this.recordHeldAlbums();
    this.index.save(Object.keys(this.root.months) as AutomergeUrl[]);
    this.facts.save(Object.keys(this.root.months) as AutomergeUrl[]);
  }

  /** The album-name index learns this laptop's writes from the months held (their documents as saved): the next session need not read them. */
  private recordHeldAlbums(): void {
    const factsOf = new Map<AutomergeUrl, StoredFact[]>();
    for (const [bucket, posts] of this.months) {
      for (const url of documentsOfMonth(this.root, bucket)) factsOf.set(url, []);
      for (const post of posts.values()) factsOf.get(this.placeOf.get(post.id)?.url ?? ('' as AutomergeUrl))?.push(storedFactOf(post));
    }
    for (const [url, facts] of factsOf) this.facts.albums.record(url, facts, this.engine.contentsReadFrom(url));
  }

  private note(posts?: Id[]): ChangeNote {
    return noteOf(this.options.author?.() ?? null, this.options.now(), posts, (this.laptop ??= laptopOf(this.options)));
  }

  /**
   * The daily automatic copy, of the plan as it was before the first change of a day that
   * has none: a session that only reads (an export from the command line) changes nothing.
   * Reading every month and writing it as JSON took seconds at 10,000 posts in front of
   * that change; hard links to the chunk files (never rewritten) hold the same state at
   * once, so the change goes ahead and the JSON copy is made from the links in the
   * background. It is complete or absent as every copy; links a kill left are deleted at open.
   */
  private async takeDailyCopy(): Promise<void> {
    const now = this.options.now();
    const day = now.toISOString().slice(0, 10);
    if (this.dailyCopyDay === day) return;
    this.dailyCopyDay = day;
    if (!automaticCopyDue(this.options.dir, now)) return;
    const label = safetyCopyLabel('automatic', now);
    const linked = path.join(this.options.dir, BACKUPS_DIR, `${PARTIAL_COPY_PREFIX}${label}-plan`);
    fs.rmSync(linked, { recursive: true, force: true, maxRetries: 5 });
    linkPlanFolder(this.planDir, linked);
    // Reading every month and writing the JSON holds up requests while it runs: it waits until edits pause (or the plan closes).
    this.dailyCopy = async () => {
      this.dailyCopy = null;
      try {
        takeSnapshotCopy(this.options.dir, label, await AutomergeRepository.snapshotOfPlan(linked, this.options, () => this.requestsPaused()));
      } catch {
        // No copy today (its links are deleted below): the backups screen shows the last one taken.
      } finally {
        fs.rmSync(linked, { recursive: true, force: true, maxRetries: 5 });
      }
    };
  }

  /** The plan in `planDir` as records, read as a second laptop would (its read cache and index beside it, deleted with it). */
  private static async snapshotOfPlan(planDir: string, options: AutomergeRepositoryOptions, paused: () => Promise<void>): Promise<FolderData> {
    // Without plan.json the reader would make a new, empty plan there.
    if (!readPlanFile(planDir)) throw new Error(`No plan in ${planDir}`);
    const reader = await AutomergeRepository.open({ dir: path.join(planDir, '.reader'), planDir, now: options.now, locale: options.locale, readCache: true });
    // It edits nothing and reads every month once: loading documents into its engine or reading ahead would be work thrown away.
    if (reader.warmUpTimer) clearTimeout(reader.warmUpTimer);
    try {
      // A month is a synchronous Automerge load (0.3–1.5 s at 50,000 posts): one at a time, only while nobody is asking for anything.
      for (const bucket of monthsOf(reader.root)) {
        await paused();
        await reader.month(bucket);
      }
      return await reader.snapshot();
    } finally {
      await reader.close();
    }
  }

  /** Adds or overwrites `posts` (all of month `bucket`) in the month's writable document, creating it when the month has none. */
  private async put(bucket: PostBucket, posts: Post[], movedFrom?: ChangeNote['movedFrom']): Promise<void> {
    const stored = await this.month(bucket);
    const ids = posts.map((post) => post.id);
    let url = await this.writableDocumentOf(bucket);
    // A post not shown from this document (moving in, restored) is written as a new object, never
    // into an older copy of it left here: another laptop removing that copy at the same moment
    // (its own move away) would delete the post with it, and nobody would have deleted it.
    const shownHere = (id: Id) => url !== undefined && this.placeOf.get(id)?.url === url;
    const leftHere = url ? ids.filter((id) => !shownHere(id) && this.engine.docOf<PostsDocument>(url as AutomergeUrl)?.posts[id] !== undefined) : [];
    // The older copies replaced here live on in this month: a move in, as far as an edit lost with them is concerned.
    const signed = leftHere.length > 0 ? { ...this.note(ids), removed: leftHere, movedTo: bucket } : this.note(ids);
    const note = movedFrom ? { ...signed, movedFrom } : signed;
    if (!url) {
      url = await this.engine.create<PostsDocument>(({ posts: Object.fromEntries(posts.map((post) => [post.id, post])) }), note);
      const created = url;
      await this.engine.change<RootDocument>(this.rootUrl, this.note(), (doc) => {
        doc.months[created] = plain(bucket);
      });
      this.root = { ...this.root, months: { ...this.root.months, [created]: bucket } };
    } else {
      await this.engine.change<PostsDocument>(url, note, (doc) => {
        for (const post of posts) {
          const existing = doc.posts[post.id] as Post | undefined;
          if (existing && shownHere(post.id)) assignInto(existing, post);
          else doc.posts[post.id] = plain(post);
        }
      });
    }
    for (const post of posts) {
      stored.set(post.id, inSchemaOrder(post));
      this.placeOf.set(post.id, { bucket, url });
    }
  }

  /** The month's first document that has arrived in this plan folder (the same on every laptop once all have). */
  private async writableDocumentOf(bucket: PostBucket): Promise<AutomergeUrl | undefined> {
    for (const url of documentsOfMonth(this.root, bucket)) {
      try {
        await this.engine.handle(url);
        return url;
      } catch (error) {
        if (!(error instanceof NotArrivedError)) throw error;
      }
    }
    return undefined;
  }

  private async dropStaleCopies(id: Id): Promise<void> {
    for (const stale of this.staleCopies.get(id) ?? []) {
      await this.engine.change<PostsDocument>(stale.url, { ...this.note([id]), removed: [id] }, (doc) => {
        delete doc.posts[id];
      });
    }
    this.staleCopies.delete(id);
  }

  /** Removes the post from the document it is shown from: trashed, or moved to month `movedTo` (named in the note). */
  private async remove(place: { bucket: PostBucket; url: AutomergeUrl }, id: Id, movedTo?: PostBucket): Promise<void> {
    await this.engine.change<PostsDocument>(place.url, { ...this.note([id]), removed: [id], ...(movedTo ? { movedTo } : {}) }, (doc) => {
      delete doc.posts[id];
    });
    this.months.get(place.bucket)?.delete(id);
    const now = this.placeOf.get(id);
    if (now && now.bucket === place.bucket && now.url === place.url) this.placeOf.delete(id);
  }

  /**
   * A month's posts, merged from its documents (read from the cache when it is current).
   * A month someone is looking at (`warm`) is also loaded into the engine in the
   * background, so that editing it does not wait for that.
   */
  private async month(bucket: PostBucket, warm = false): Promise<Map<Id, Post>> {
    this.lastRequestAt = performance.now();
    // Being read ahead: wait for that read rather than loading the same documents twice.
    await this.readingAhead.get(bucket);
    return this.readMonth(bucket, warm);
  }

  private async readMonth(bucket: PostBucket, warm = false): Promise<Map<Id, Post>> {
    // Loading into the engine starts once the month is read: it would hold up the read, from the cache or not.
    const loaded = this.months.get(bucket);
    if (loaded) {
      if (warm) this.warm(documentsOfMonth(this.root, bucket));
      return loaded;
    }
    const posts = new Map<Id, Post>();
    for (const url of documentsOfMonth(this.root, bucket)) {
      // Every post is checked, from the cache too: the check also gives each post the
      // schema's key order (Automerge's and the cache's are alphabetical), so a JSON backup
      // is the same bytes whatever storage it came from.
      const checked = new Map<string, Post>();
      const check = (doc: PostsDocument) => {
        checked.clear();
        for (const [id, raw] of Object.entries(doc.posts ?? {})) {
          const parsed = Post.safeParse(raw);
          if (parsed.success) checked.set(id, parsed.data);
          else this.problems.push({ file: `plan:${url}`, kind: 'invalid', detail: `A post in ${bucket} does not validate and was left out.`, movedTo: null, dropped: 1 });
        }
        return checked.size === Object.keys(doc.posts ?? {}).length;
      };
      try {
        const read = await this.engine.readWithSource<PostsDocument>(url, check, warm);
        if (read.cached) check(read.value);
      } catch (error) {
        // Named by the root before its chunks arrived (another laptop's new month): read once they have.
        if (error instanceof NotArrivedError) {
          this.notArrived.add(url);
          continue;
        }
        this.problems.push({ file: `plan:${url}`, kind: 'corrupt', detail: `Month ${bucket} could not be read: ${(error as Error).message}`, movedTo: null });
        continue;
      }
      for (const post of checked.values()) this.adopt(posts, bucket, url, post);
    }
    if (!this.months.has(bucket)) this.months.set(bucket, posts);
    if (warm) this.warm(documentsOfMonth(this.root, bucket));
    // The post index learns this month's documents when writes pause (or at close).
    this.scheduleCacheRefresh();
    return this.months.get(bucket) ?? posts;
  }

  /**
   * A month's posts that are shown from it: a post is in two months while it moves
   * (between the move's two writes, or after a kill or two laptops' moves), and is
   * shown once, from the copy `adopt` chose.
   */
  private shown(bucket: PostBucket, posts: Map<Id, Post>): Post[] {
    return [...posts.values()].filter((post) => this.placeOf.get(post.id)?.bucket === bucket);
  }

  /**
   * Takes a post read from a document into memory; of two copies (an interrupted move,
   * two laptops moving it at once) the newer wins, and on a tie the one in the document
   * with the greater URL: the same choice on every laptop, whichever month it read first.
   */
  private adopt(posts: Map<Id, Post>, bucket: PostBucket, url: AutomergeUrl, post: Post): void {
    this.dropInFlight(post.id);
    const other = this.placeOf.get(post.id);
    const existing = other && (other.bucket === bucket ? posts.get(post.id) : this.months.get(other.bucket)?.get(post.id));
    if (other && existing) {
      if (existing.updatedAt > post.updatedAt || (existing.updatedAt === post.updatedAt && other.url >= url)) {
        this.addStaleCopy(post.id, { bucket, url });
        return;
      }
      if (other.bucket !== bucket) this.months.get(other.bucket)?.delete(post.id);
      this.addStaleCopy(post.id, other);
    }
    posts.set(post.id, post);
    this.placeOf.set(post.id, { bucket, url });
  }

  private addStaleCopy(id: Id, place: { bucket: PostBucket; url: AutomergeUrl }): void {
    const copies = this.staleCopies.get(id) ?? [];
    if (!copies.some((copy) => copy.url === place.url)) this.staleCopies.set(id, [...copies, place]);
  }

  /**
   * Whether merged changes changed the facts kept for months not held (read again now, so
   * that a checklist asking next sees them): documents touched whose facts were kept, and
   * documents the root names anew in months whose facts were read. A document whose chunks
   * are the ones its facts were read from (the first rescan finds every file it never
   * loaded) keeps them without a read.
   */
  private async factsChanged(touched: Set<AutomergeUrl>, rootBefore: RootDocument): Promise<boolean> {
    let changed = (Object.keys(this.root.months) as AutomergeUrl[]).some((url) => !(url in rootBefore.months) && this.factMonths.has(this.root.months[url]));
    for (const url of touched) {
      const before = this.facts.kept(url);
      // The album-name index may know a document whose facts were never read this session.
      const albumsBefore = this.facts.albums.albumsOf(url);
      this.facts.forget(url);
      if (!before && !albumsBefore) continue;
      const after = await this.documentFacts(url);
      if (before ? JSON.stringify(after) !== JSON.stringify(before) : JSON.stringify(this.facts.albums.albumsOf(url) ?? []) !== JSON.stringify(albumsBefore)) changed = true;
    }
    return changed;
  }

  /** A month's facts and where each came from: from memory when the month is held (what postsBetween shows), else from its documents' kept facts. */
  private async monthFacts(bucket: PostBucket): Promise<StoredPlaced[]> {
    this.lastRequestAt = performance.now();
    await this.readingAhead.get(bucket);
    const held = this.months.get(bucket);
    if (held) return this.shown(bucket, held).map((post) => this.heldPlaced(post));
    const placed: StoredPlaced[] = [];
    this.factMonths.add(bucket);
    for (const url of documentsOfMonth(this.root, bucket)) for (const fact of await this.documentFacts(url)) placed.push({ fact, url, inFlight: false });
    return placed;
  }

  private heldPlaced(post: Post): StoredPlaced {
    return { fact: storedFactOf(post), url: this.placeOf.get(post.id)?.url ?? ('' as AutomergeUrl), inFlight: this.inFlight.has(post.id) };
  }

  /**
   * Of two copies of a post (a move interrupted, or made on two laptops at once) the one
   * reading their months would show (adopt): the newer, on a tie the one in the greater
   * URL; a post shown in flight loses to any copy. A copy shown from a month held in memory
   * outside the range counts too. Sorted as postsBetween.
   */
  private shownFacts(placed: StoredPlaced[]): PostFact[] {
    return this.kept(this.chosenCopies(placed)).map(postFactOf);
  }

  private chosenCopies<F extends AlbumFact>(placed: StoredPlaced<F>[]): Iterable<StoredPlaced<F>> {
    const beats = (a: StoredPlaced<AlbumFact>, b: StoredPlaced<AlbumFact>) => b.inFlight || (!a.inFlight && (a.fact.updatedAt > b.fact.updatedAt || (a.fact.updatedAt === b.fact.updatedAt && a.url > b.url)));
    const chosen = new Map<Id, StoredPlaced<F>>();
    for (const candidate of placed) {
      const place = this.placeOf.get(candidate.fact.id);
      const shown = place && this.months.get(place.bucket)?.get(candidate.fact.id);
      const other = chosen.get(candidate.fact.id) ?? (shown && this.heldPlaced(shown));
      if (other && other.url !== candidate.url && !beats(candidate, other)) continue;
      chosen.set(candidate.fact.id, candidate);
    }
    return chosen.values();
  }

  /** The facts as they are held (the same objects until they change: checklist-memo.ts keeps a checklist while its album's posts are), sorted as postsBetween. */
  private kept<F extends AlbumFact>(chosen: Iterable<StoredPlaced<F>>): F[] {
    return [...chosen].map((entry) => entry.fact).sort(comparePosts);
  }

  /** A month document's posts' facts, kept, or read from the document (through the read cache) and kept. */
  private async documentFacts(url: AutomergeUrl): Promise<readonly StoredFact[]> {
    const kept = this.facts.get(url);
    if (kept) return kept;
    // As readMonth checks them: a post that does not validate is left out (the month's read reports it).
    const valid = (doc: PostsDocument) =>
      Object.values(doc.posts ?? {}).flatMap((raw) => {
        const parsed = Post.safeParse(raw);
        return parsed.success ? [parsed.data] : [];
      });
    let facts: StoredFact[];
    try {
      let checked: Post[] = [];
      const read = await this.engine.readWithSource<PostsDocument>(url, (doc) => {
        checked = valid(doc);
        return checked.length === Object.keys(doc.posts ?? {}).length;
      });
      if (read.cached) checked = valid(read.value);
      facts = checked.map(storedFactOf);
    } catch (error) {
      // Not arrived yet, or unreadable: the month's read says so; its facts are none until then.
      if (error instanceof NotArrivedError) this.notArrived.add(url);
      return [];
    }
    this.facts.record(url, facts, this.engine.contentsReadFrom(url));
    this.scheduleCacheRefresh();
    return facts;
  }

  private async loadAllMonths(): Promise<void> {
    for (const bucket of monthsOf(this.root)) await this.month(bucket);
  }

  /**
   * Reads months into memory (and their read caches) in the background, one at a time
   * between requests and merges (`exclusive`, `serial`: a merge never sees a half-read
   * month), so that the first read of a month a user pages to is not Automerge's load of
   * its chunks (a month of 800 posts: 0.3–0.6 s). Months come from the documents as any
   * read: another laptop's change merged later reads them again as it does any month held.
   */
  private readAhead(buckets: PostBucket[]): void {
    for (const bucket of buckets) {
      if (this.months.has(bucket) || this.aheadQueued.has(bucket) || documentsOfMonth(this.root, bucket).length === 0) continue;
      this.aheadQueued.add(bucket);
      // A request waits only for a read ahead already running: one still queued behind other work is overtaken (it then finds the month read).
      const read = this.exclusive(() => this.serial(async () => {
        if (this.closing || this.months.has(bucket)) return;
        const reading = this.readMonth(bucket);
        this.readingAhead.set(bucket, reading.catch(() => undefined));
        await reading;
      })).finally(() => {
        this.readingAhead.delete(bucket);
        this.aheadQueued.delete(bucket);
      });
      this.inBackground(read);
    }
  }

  /**
   * A post read alone is one about to be edited: the editor reads it when it opens on data older
   * than its staleness and as the user types (`checklist:preview`), a drag or a save reads it first.
   * Its document is loaded right after this answer instead of once requests pause (warmWhenIdle),
   * so that the save that follows does not pay Automerge's load (~25 ms of CPU at 10,000 posts,
   * issue 12: a save ≤ 30 ms). Within a write the change itself is loading it: nothing to do.
   */
  private loadForEdit(url: AutomergeUrl): void {
    if (this.engine.isLoaded(url) || this.closing) return;
    const load = new Promise((resolve) => setImmediate(resolve)).then(() => (this.closing || this.engine.isLoaded(url) ? false : this.loadCounted(url, false)));
    this.inBackground(load);
  }

  /** Loads documents into the engine in the background once requests pause (warmWhenIdle), so that the first change to them is quick. */
  private warm(urls: AutomergeUrl[]): void {
    for (const url of urls) if (!this.engine.isLoaded(url)) this.toWarm.add(url);
    if (this.toWarm.size === 0 || this.warming || this.closing) return;
    this.warming = this.warmWhenIdle().finally(() => {
      this.warming = null;
      this.warm([]);
    });
    this.inBackground(this.warming);
  }

  /**
   * Loads the documents asked for one at a time, each once no request has come for
   * LOAD_AFTER_PAUSE_MS. A load runs on the main thread (Automerge's own since 3 Dec night, quick-load.ts:
   * ~25 ms of CPU for a month at 10,000 posts, was ~100 through automerge-repo) and holds up every request arriving meanwhile: loaded
   * right after each read, back-to-back first reads of months waited behind the one before
   * (2.6× the JSON folder's at 10,000 posts). A change asked for sooner loads its document itself.
   */
  private async warmWhenIdle(): Promise<void> {
    for (;;) {
      await this.requestsPaused(LOAD_AFTER_PAUSE_MS);
      const [url] = this.toWarm;
      if (this.closing || url === undefined) return;
      this.toWarm.delete(url);
      if (!this.engine.isLoaded(url)) await this.loadCounted(url, false).catch(() => false);
    }
  }

  /** Resolves once no request has come for `pause` ms (at once when closing): when background reading holds nobody up. */
  private async requestsPaused(pause = REQUESTS_PAUSED_MS): Promise<void> {
    while (!this.closing && performance.now() - this.lastRequestAt < pause) {
      await new Promise((resolve) => setTimeout(resolve, pause / 4));
    }
  }

  /** `answer`, from months and places no merge is reading again (merging): called as soon as none is. */
  private async afterMerge<T>(answer: () => T): Promise<T> {
    while (this.merging) await this.merging.catch(() => undefined);
    return answer();
  }

  /** Work that close() waits for. */
  private inBackground(work: Promise<unknown>): void {
    // Background work reports nothing to a request: a failure must not end the process as an unhandled rejection.
    const settled = work.catch(() => undefined).finally(() => this.background.delete(settled));
    this.background.add(settled);
  }

  /** Shortly after open (what the first screen asks for goes first): the main document, the trash and the months around today. */
  private warmUp(): void {
    this.warmUpStarted = new Promise((resolve) => (this.startedWarmUp = resolve));
    this.warmUpTimer = setTimeout(() => {
      this.warmUpTimer = null;
      this.warmAroundToday();
      this.startedWarmUp();
    }, WARM_UP_AFTER_MS);
    this.warmUpTimer.unref();
  }

  private warmAroundToday(): void {
    const today = this.options.now().toISOString().slice(0, 7);
    const around = [1, 0, -1].map((by) => monthBefore(today, by));
    this.readAhead(around);
    this.warm([this.rootUrl, this.root.shared, this.root.trash, ...around.flatMap((bucket) => documentsOfMonth(this.root, bucket))]);
    // Every other month, nearest to today first (undated posts as near as next month): where a user goes first is cached first.
    const distance = (bucket: PostBucket) => (bucket === 'undated' ? 1 : Math.abs(monthIndex(bucket) - monthIndex(today)));
    // The months around today first: read ahead here, their conflicts are found there (warm-up-worker.ts), not by loading them here.
    const months = monthsOf(this.root).filter((bucket) => !this.months.has(bucket) || around.includes(bucket));
    this.warmCaches(months.sort((a, b) => distance(a) - distance(b) || a.localeCompare(b)).flatMap((bucket) => documentsOfMonth(this.root, bucket)));
  }

  /** Caches documents in the worker (options.warmUp), when on. */
  private warmCaches(urls: AutomergeUrl[]): void {
    this.cacheWarmUp?.warm(urls.map(documentIdOf));
  }

  /** Resolves once the warm-up worker has gone through every document asked so far (the bench, tests); the documents it cached. */
  async cachesWarmed(): Promise<ReadonlySet<string>> {
    // Waited for, the warm-up's timer keeps the process alive.
    this.warmUpTimer?.ref();
    await this.warmUpStarted;
    await this.cacheWarmUp?.settled();
    return this.cacheWarmUp?.cached ?? new Set();
  }
}

/** The laptop id given, or the one kept in the device folder (as openBackend's DeviceStore keeps it outside Electron): no change goes unsigned. */
const laptopOf = (options: AutomergeRepositoryOptions): string => options.laptop ?? DeviceStore.open(options.dir).laptopId();

/** A post's facts and the document they came from; `inFlight`: shown from a month held in memory that it has left (inFlight). */
interface StoredPlaced<F extends AlbumFact = StoredFact> {
  fact: F;
  url: AutomergeUrl;
  inFlight: boolean;
}

/**
 * A post as written here, in the schema's key order, as every other laptop reads it from
 * the documents: kept in the order a service built it, a post this laptop wrote made its
 * backup (and the soak's comparison) differ in bytes from the other laptop's, for good,
 * since a merge that changes no value does not read the post again.
 */
const inSchemaOrder = (post: Post): Post => Post.parse(post);

/** Months since year 0 of "2026-03": the distance between two months. */
function monthIndex(bucket: string): number {
  const [year, month] = bucket.split('-').map(Number);
  return year * 12 + month - 1;
}

/** The month `by` months before `bucket` ("2026-03", 1 → "2026-02"; -1: after). */
function monthBefore(bucket: string, by = 1): PostBucket {
  const [year, month] = bucket.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 - by, 1)).toISOString().slice(0, 7);
}

function readPlainPost(doc: PostsDocument | undefined, id: Id): unknown {
  return doc ? JSON.parse(JSON.stringify(doc.posts[id] ?? null)) : null;
}

function readTrash(doc: TrashDocument, problems: StorageProblem[]): Record<Id, TrashedPost> {
  const trash: Record<Id, TrashedPost> = {};
  for (const [id, raw] of Object.entries(doc.posts ?? {})) {
    const parsed = TrashedPost.safeParse(raw);
    if (parsed.success) trash[id] = parsed.data;
    else problems.push({ file: 'plan:trash', kind: 'invalid', detail: `A trashed post (${id}) does not validate and was left out.`, movedTo: null, dropped: 1 });
  }
  return trash;
}

/**
 * The root or the main document read at open; one that cannot be read at all (garbage bytes in its
 * chunk files, none of them whole, a root naming no main document) is a damaged plan, as one that
 * does not validate: shown on its screen (electron/api/damaged-plan.ts), never written. A failing
 * system call (no permission to read) stays what it is.
 */
async function planDocument<T>(planDir: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (typeof (error as NodeJS.ErrnoException).syscall === 'string') throw error;
    throw new PlanStorageError(`The plan's documents cannot be read: ${(error as Error).message}`, 'v.storagePlanInvalid', { folder: planDir });
  }
}
