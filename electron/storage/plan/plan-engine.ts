import { createHash } from 'node:crypto';
import fs from 'node:fs';
import * as A from '@automerge/automerge';
import type { AutomergeUrl, DocHandle, DocumentId } from '@automerge/automerge-repo';
import { parseAutomergeUrl, Repo } from '@automerge/automerge-repo';
import type { ChangeAuthor } from '../../../shared/domain/post-history';
import { plain, plainCopy } from './assign';
import type { OutsideChunk } from './chunk-files';
import { ChunkFiles } from './chunk-files';
import { handOver, loadChunks } from './quick-load';
import type { CacheFile } from './read-cache-file';
import { cacheFileOf, isUsable, loadChunkFiles, readCacheFile, writeCacheFile, writeEngineCacheFile } from './read-cache-file';
import { ReadCopies } from './read-copies';

/*
 * The plan's documents through automerge-repo, with the two things the repository
 * needs on top: every change signed (who, when, which posts), and acknowledged only
 * once on disk; and a device-local read cache so that a document nobody changed is
 * read as JSON (a readdir and a file read) instead of being loaded into the engine,
 * which costs ten times more for a month of 800 posts.
 */

/** What each change carries in its message (JSON): issue 12 items 4 and 5. */
export interface ChangeNote {
  author: ChangeAuthor | null;
  /** ISO time, to the millisecond (Automerge's own change time is in seconds). */
  at: string;
  /** Posts the change touched, when few: history diffs only the changes that name a post (absent: diff it). */
  posts?: string[];
  /** Posts the change removed from a month document (trashed, moved away): with `posts`, how an edit lost to a delete is found (issue 13 item 3). */
  removed?: string[];
  /** With `removed`: the removed posts live on in this month (a move; absent: they went to the trash), so a lost edit is worded as a move. */
  movedTo?: string;
  /** A post moved here from another month document: that document and its heads just before the move, so that history reads on there. */
  movedFrom?: { url: string; heads: string[] };
  /**
   * The laptop that made the change (its device folder's id): automerge-repo gives every session
   * its own engine actor, so the status line counts laptops by this, not by actors.
   */
  laptop?: string;
}

const NAMED_POSTS_AT_MOST = 50;
/** Incremental chunks a document may gather before this process folds them into one snapshot (PlanEngine#compact). */
const INCREMENTALS_AT_MOST = 32;

export function noteOf(author: ChangeAuthor | null, at: Date, posts?: string[], laptop?: string): ChangeNote {
  return { author, at: at.toISOString(), ...(posts && posts.length <= NAMED_POSTS_AT_MOST ? { posts } : {}), ...(laptop ? { laptop } : {}) };
}

export function readNote(message: string | null): ChangeNote | null {
  if (!message) return null;
  try {
    const value = JSON.parse(message) as Partial<ChangeNote>;
    if (typeof value.at !== 'string') return null;
    return { author: value.author ?? null, at: value.at, ...(Array.isArray(value.posts) ? { posts: value.posts } : {}), ...(Array.isArray(value.removed) ? { removed: value.removed } : {}), ...(typeof value.movedTo === 'string' ? { movedTo: value.movedTo } : {}), ...(movedFromOf(value.movedFrom) ?? {}), ...(typeof value.laptop === 'string' ? { laptop: value.laptop } : {}) };
  } catch {
    return null;
  }
}

function movedFromOf(value: unknown): { movedFrom: NonNullable<ChangeNote['movedFrom']> } | null {
  if (!value || typeof value !== 'object') return null;
  const { url, heads } = value as { url?: unknown; heads?: unknown };
  return typeof url === 'string' && Array.isArray(heads) && heads.every((head) => typeof head === 'string') ? { movedFrom: { url, heads } } : null;
}

const optionsOf = (note: ChangeNote) => ({ message: JSON.stringify(note), time: Math.floor(Date.parse(note.at) / 1000) });

/*
 * automerge-repo also saves a changed document by itself, 100 ms after a change, with
 * the document object of that change. Its listener stays. Removing it once a handle was
 * made or loaded left the save already queued holding that first object; it ran after a
 * later change had been flushed, named a snapshot by the first object's heads but wrote
 * the engine's current state (or, when a file of that name was still there, wrote
 * nothing) and then deleted the newer snapshot: two laptops lost a month from the root,
 * 2 runs in 40 under load, and the read cache saw names holding other bytes. Left on, the
 * queued save always has the newest object, which our flush has already written.
 */

export const documentIdOf = (url: AutomergeUrl): DocumentId => parseAutomergeUrl(url).documentId;

/** A document named (by the root) whose chunks have not reached this plan folder yet: another laptop's sync tool is still bringing them. */
export class NotArrivedError extends Error {
  constructor(readonly url: AutomergeUrl) {
    super(`Document ${url} has not arrived in the plan folder yet`);
  }
}

const usable = (handle: DocHandle<unknown>) => handle.isReady() && isUsable(handle.doc());

export class PlanEngine {
  readonly chunks: ChunkFiles;
  /** Made on first use: a plan opened from its read caches needs no engine until a write or a load (its making was a tenth of opening). */
  private made: Repo | null = null;
  private readonly handles = new Map<AutomergeUrl, Promise<DocHandle<unknown>>>();
  private readonly loaded = new Map<AutomergeUrl, DocHandle<unknown>>();
  /** Documents whose cache is behind the engine, written when the engine is idle or closed. */
  private readonly staleCaches = new Set<AutomergeUrl>();
  /** Documents holding something that failed its check: never cached. */
  private readonly unchecked = new Set<AutomergeUrl>();
  /** Loaded before all their chunks arrived: merged into as chunks come, read once usable. */
  private readonly incomplete = new Set<AutomergeUrl>();
  /** The chunks (ChunkFiles#contentName) each document's last value read or written came from: what the post index keys ids by. */
  private readonly readFrom = new Map<AutomergeUrl, string[]>();
  /** Caches of documents just read, written once the read has answered (writeCacheSoon). */
  private readonly pendingCaches = new Map<AutomergeUrl, { value: unknown; chunks: string[] }>();
  private cacheWriter: NodeJS.Immediate | null = null;
  /**
   * Told a document's changes when it is first usable here, whatever loaded it (a read, a write,
   * a merge): who made them, for the status line (PlanActivity). Documents made here are not told.
   */
  onLoaded: ((url: AutomergeUrl, changes: A.ChangeMetadata[]) => void) | null = null;
  private readonly told = new Set<AutomergeUrl>();
  /**
   * Documents handed to automerge-repo by loadQuickly, with the heads on disk: automerge-repo
   * does not know them (quick-load.ts) and would write such a document whole at its first save
   * (A.save of a month and a new snapshot: 20–60 ms of CPU at 10,000 posts, the first edit's
   * main cost once the load is off its path), so these are saved here, as incrementals since
   * those heads (saveQuick), never by automerge-repo.
   */
  private readonly quick = new Map<AutomergeUrl, A.Heads>();
  /** Documents loaded through automerge-repo's own load (repo.find) rather than loadQuickly: what tests count. */
  repoLoads = 0;
  /**
   * Told when a save nobody waits for failed (automerge-repo's own delayed save, a save at close, a
   * merge's, a compaction after the change was on disk): the user hears of it (AutomergeRepository).
   * What failed is still unsaved in automerge-repo's eyes, so the next save writes it again.
   */
  onSaveFailed: ((error: unknown) => void) | null = null;
  /** automerge-repo's save of one document, unwrapped (saveNow): it rejects, and the change is refused. */
  private saveDoc: ((documentId: DocumentId, doc: A.Doc<unknown>) => Promise<void>) | null = null;
  /** Each document's save for a request (create, change) in flight, settled only once a refused change is taken back: automerge-repo's own saves wait for it (catchOwnSaves). */
  private readonly ownSaves = new Map<DocumentId, Promise<void>>();

  /** The plan's documents as plain JSON for a first read here (read-copies.ts): null, none read or written. */
  private readonly copies: ReadCopies | null;
  /** False for a session that changes nothing in the plan folder (the CLI's export): copies are read, never written. */
  private readonly writesCopies: boolean;
  /** Documents made or changed here this session: their read copy replaces the others at close. */
  private readonly changedHere = new Set<AutomergeUrl>();

  /** `cacheDir` null: no read cache, every document is read through the engine. */
  constructor(
    chunksDir: string,
    private readonly cacheDir: string | null,
    copies: { dir: string; write: boolean } | null = null,
  ) {
    fs.mkdirSync(chunksDir, { recursive: true });
    this.chunks = new ChunkFiles(chunksDir);
    this.copies = copies ? new ReadCopies(copies.dir, this.chunks) : null;
    this.writesCopies = copies?.write ?? false;
  }

  private get repo(): Repo {
    if (!this.made) {
      this.made = new Repo({ storage: this.chunks, network: [], sharePolicy: () => Promise.resolve(false) });
      this.catchOwnSaves(this.made);
    }
    return this.made;
  }

  /**
   * automerge-repo saves a changed document by itself (100 ms after each change or merge, and in
   * flush) and starts that promise with nobody to catch it (`void fn(…)` in Repo): a failing disk
   * (no permission, full, read-only) was an unhandled rejection, which ends a Node process and
   * would end main. Its saves go through `storageSubsystem.saveDoc`, looked up at each call, so a
   * failure of theirs is told (onSaveFailed) instead; ours (saveNow) call the original and refuse.
   */
  private catchOwnSaves(repo: Repo): void {
    const storage = repo.storageSubsystem;
    if (!storage) return;
    const save = storage.saveDoc.bind(storage);
    this.saveDoc = save;
    storage.saveDoc = async (documentId, doc) => {
      // automerge-repo's delayed save holds the document of the change that scheduled it, and starts at once when the last
      // one was over 100 ms ago: beside a request's save of that change. When the request's save failed and the disk was
      // back for this one, it wrote the change the user was told was not made (save-failure.spec.ts, "a disk failing one
      // write"). So it waits for the request's save and its take-back, then saves what the document holds now.
      for (let own = this.ownSaves.get(documentId); own; own = this.ownSaves.get(documentId)) await own.catch(() => undefined);
      const handle = repo.handles[documentId] as DocHandle<unknown> | undefined;
      await save(documentId, handle?.isReady() ? handle.doc() : doc).catch((error: unknown) => this.onSaveFailed?.(error));
    };
  }

  /** `save` as the document's request save (ownSaves), until it and `refused` (the take-back) have run. */
  private async saveForRequest(handle: DocHandle<unknown>, save: () => Promise<void>, refused: () => void = () => {}): Promise<void> {
    const saving = save().catch((error: unknown) => {
      refused();
      throw error;
    });
    this.ownSaves.set(handle.documentId, saving);
    try {
      await saving;
    } finally {
      if (this.ownSaves.get(handle.documentId) === saving) this.ownSaves.delete(handle.documentId);
    }
  }

  /** A new document holding `initial`, its first change signed, on disk before this returns. */
  async create<T extends object>(initial: T, note: ChangeNote): Promise<AutomergeUrl> {
    const doc = A.change(A.init<T>(), optionsOf(note), (draft) => Object.assign(draft, plain(initial)));
    const handle = this.repo.import<T>(A.save(doc));
    this.handles.set(handle.url, Promise.resolve(handle as DocHandle<unknown>));
    this.changedHere.add(handle.url);
    this.told.add(handle.url);
    this.loaded.set(handle.url, handle as DocHandle<unknown>);
    await this.saveForRequest(handle as DocHandle<unknown>, () => this.saveOwn(handle as DocHandle<unknown>));
    await this.chunks.settled();
    this.readFrom.set(handle.url, this.chunks.knownContentsOf(handle.documentId));
    this.writeCache(handle.url, plainCopy(handle.doc()));
    return handle.url;
  }

  isLoaded(url: AutomergeUrl): boolean {
    return this.handles.has(url);
  }

  /** The document in the engine (loaded from its chunks on first use). */
  async handle<T>(url: AutomergeUrl): Promise<DocHandle<T>> {
    let found = this.handles.get(url);
    if (!found) {
      found = this.find(url);
      this.handles.set(url, found);
      found.then(
        (handle) => this.loaded.set(url, handle),
        () => this.handles.delete(url),
      );
    }
    const handle = (await found) as DocHandle<T>;
    // What is on disk now is read into a handle that is not usable, on every ask: automerge-repo
    // never reads a document again once its load found nothing (a chunk seen above gone when it
    // read: the sync tool carried over another laptop's compaction) or failed.
    if (!usable(handle)) await this.readChunksInto(handle);
    // Chunks whose parents have not arrived wait inside Automerge: until they have, the document is not usable.
    if (!usable(handle)) {
      this.incomplete.add(url);
      throw new NotArrivedError(url);
    }
    this.incomplete.delete(url);
    if (!this.told.has(url)) {
      this.told.add(url);
      this.onLoaded?.(url, A.getChangesMetaSince(handle.doc(), []));
    }
    return handle;
  }

  /**
   * automerge-repo's handle of the document, after its load from the chunks: "unavailable" when
   * the load found nothing. A load whose storage read failed (too many open files under load)
   * leaves its handle "loading" for good, and finding it again waits 60 s for it: that handle is
   * taken as it is, and what is on disk is read into it (readChunksInto).
   */
  private async find(url: AutomergeUrl): Promise<DocHandle<unknown>> {
    const stuck = (): DocHandle<unknown> | undefined => this.repo.handles[documentIdOf(url)];
    const known = stuck();
    if (known) return known;
    const quick = await this.loadQuickly(url);
    if (quick) return quick;
    // automerge-repo would mark a document it found nothing of "unavailable".
    if (!(await this.hasWholeChunk(url))) throw new NotArrivedError(url);
    this.repoLoads++;
    try {
      return await this.repo.find<unknown>(url, { allowableStates: ['ready', 'unavailable'] });
    } catch (error) {
      const handle = stuck();
      if (!handle) throw error;
      return handle;
    }
  }

  /** A document read from its chunk files (read), put into the engine as loadQuickly would have loaded it. */
  private takeLoaded(url: AutomergeUrl, doc: A.Doc<unknown>, read: OutsideChunk[]): void {
    this.chunks.takeAsLoaded(read);
    const handle = this.handOverQuickly(url, doc);
    this.handles.set(url, Promise.resolve(handle));
    this.loaded.set(url, handle);
  }

  /**
   * The document loaded with Automerge's own `A.load` of its whole chunks and handed to
   * automerge-repo ready (quick-load.ts): a fifth of the CPU of automerge-repo's load, which
   * the first edit of a month read from the cache pays. Undefined when nothing usable is
   * there (no whole chunk, or none whose parents have arrived): automerge-repo's load decides.
   * The chunks are read as automerge-repo's load reads them (remembered as loaded: its
   * compaction may delete them).
   */
  private async loadQuickly(url: AutomergeUrl): Promise<DocHandle<unknown> | undefined> {
    const documentId = documentIdOf(url);
    let doc: A.Doc<unknown> | undefined;
    try {
      doc = loadChunks([...(await this.chunks.loadRange([documentId, 'snapshot'])), ...(await this.chunks.loadRange([documentId, 'incremental']))]);
    } catch {
      // A read error (too many open files under load): automerge-repo's load, and what find does when that fails too.
      return undefined;
    }
    return doc && this.handOverQuickly(url, doc);
  }

  /** `doc` handed to automerge-repo ready, remembered with its heads until its first save here (`quick`). */
  private handOverQuickly(url: AutomergeUrl, doc: A.Doc<unknown>): DocHandle<unknown> {
    const handle = handOver(this.repo, documentIdOf(url), doc);
    if (handle.doc() === doc) this.quick.set(url, A.getHeads(doc));
    return handle;
  }

  /** Merges the document's whole chunks on disk into its handle, as automerge-repo's load does; a handle not ready becomes ready once they hold a change. */
  private async readChunksInto(handle: DocHandle<unknown>): Promise<void> {
    const chunks = [...(await this.chunks.loadRange([handle.documentId, 'snapshot'])), ...(await this.chunks.loadRange([handle.documentId, 'incremental']))];
    if (chunks.length === 0) return;
    handle.update((doc) => chunks.reduce((merged, chunk) => (chunk.data ? A.loadIncremental(merged, chunk.data) : merged), doc));
  }

  /** The document as plain JSON: from the read cache when its chunks are the ones it was made from, else from the engine. */
  async read<T>(url: AutomergeUrl): Promise<T> {
    return (await this.readWithSource<T>(url)).value;
  }

  /**
   * As read, saying whether the value came from the cache. A cache holds only what was
   * checked when it was written (`check`, for a document read from the engine); a
   * document that failed it is never cached, so it is checked (and reported) every time.
   */
  async readWithSource<T>(url: AutomergeUrl, check: (value: T) => boolean = () => true, keep = false): Promise<{ value: T; cached: boolean }> {
    if (!this.staleCaches.has(url)) {
      const cached = this.readCache(url);
      if (cached) {
        this.readFrom.set(url, cached.chunks);
        return { value: cached.value as T, cached: true };
      }
    }
    // Not cached here yet: the copy another laptop (or this one) left in the plan, checked by the caller as a cache is.
    const copy = this.cacheDir && !this.handles.has(url) ? this.copies?.read(documentIdOf(url)) : undefined;
    if (copy) {
      this.readFrom.set(url, copy.chunks);
      this.writeCacheSoon(url, copy.value, copy.chunks);
      return { value: copy.value as T, cached: true };
    }
    // A document the engine has not loaded is read from its chunk files (not remembered as loaded: never deleted for it).
    const direct = this.cacheDir && !this.handles.has(url) ? await loadChunkFiles<T>(this.chunks, documentIdOf(url)) : undefined;
    const value = direct ? direct.value : plainCopy<T>((await this.handle<T>(url)).doc());
    this.readFrom.set(url, direct ? direct.chunks : this.chunks.knownContentsOf(documentIdOf(url)));
    // A month someone looks at (`keep`) is loaded into the engine for its first edit: what was just loaded goes there, at no further cost.
    // Right after the answer, as the cache is written: handing it to automerge-repo cost the read a third more (10k, nothing cached).
    if (direct && keep && !this.handles.has(url)) {
      const { doc, read } = direct;
      setImmediate(() => {
        if (!this.handles.has(url)) this.takeLoaded(url, doc as A.Doc<unknown>, read);
      });
    }
    if (!check(value)) this.unchecked.add(url);
    else if (direct) this.writeCacheSoon(url, value, direct.chunks);
    else if (!this.staleCaches.has(url)) this.writeCacheSoon(url, value, this.chunks.knownContentsOf(documentIdOf(url)));
    return { value, cached: false };
  }

  /** Applies `change` as one signed change and resolves once it is on disk: an acknowledged change survives a kill. */
  async change<T>(url: AutomergeUrl, note: ChangeNote, change: (doc: T) => void): Promise<A.Doc<T>> {
    const handle = await this.handle<T>(url);
    const before = A.getHeads(handle.doc() as A.Doc<unknown>);
    handle.change((doc) => change(doc as T), optionsOf(note));
    this.changedHere.add(url);
    await this.saveForRequest(
      handle as DocHandle<unknown>,
      () => this.saveNow(url, handle as DocHandle<unknown>),
      () => this.takeBack(handle as DocHandle<unknown>, before),
    );
    this.staleCaches.add(url);
    this.readFrom.set(url, this.chunks.knownContentsOf(handle.documentId));
    return handle.doc();
  }

  /**
   * A change refused because its save failed leaves the document: told "nothing was changed", the
   * user must not find it written with the next edit once the disk is back (automerge-repo would
   * save everything since the last save). The copy at the heads before it has a new actor, so the
   * refused change's number is never given to another change.
   */
  private takeBack(handle: DocHandle<unknown>, heads: A.Heads): void {
    if (A.getHeads(handle.doc()).join() === heads.join()) return;
    handle.update((doc) => A.clone(A.view(doc, heads)));
  }

  /** repo.flush([id]) with the save that rejects (catchOwnSaves): a change is acknowledged only once this resolved. */
  private saveOwn(handle: DocHandle<unknown>): Promise<void> {
    const repo = this.repo; // made first: making it sets saveDoc
    return this.saveDoc ? this.saveDoc(handle.documentId, handle.doc()) : repo.flush([handle.documentId]);
  }

  /** Writes what the document holds that is not on disk yet, and resolves once nothing more is written for it. */
  private async saveNow(url: AutomergeUrl, handle: DocHandle<unknown>): Promise<void> {
    if (this.quick.has(url)) await this.saveQuick(url, handle);
    else await this.saveOwn(handle);
    // The change is on disk by now: a compaction that fails leaves more files, told, not the change refused.
    await this.compact(handle).catch((error: unknown) => this.onSaveFailed?.(error));
    // automerge-repo's own save, started beside the flush, may still be writing: acknowledged means nothing more is written for it.
    await this.chunks.settled();
  }

  /** A quickly loaded document's changes since the heads on disk, as one incremental named by the SHA-256 of its bytes (as automerge-repo names one). */
  private async saveQuick(url: AutomergeUrl, handle: DocHandle<unknown>): Promise<void> {
    const doc = handle.doc();
    const saved = this.quick.get(url) ?? [];
    const heads = A.getHeads(doc);
    if (heads.join() === saved.join()) return;
    const bytes = A.saveSince(doc, saved);
    await this.chunks.save([handle.documentId, 'incremental', createHash('sha256').update(bytes).digest('hex')], bytes);
    this.quick.set(url, heads);
  }

  /**
   * automerge-repo compacts a document only once its incrementals outweigh its snapshot:
   * a month of a few hundred posts gathers hundreds of one-edit files first, each one a
   * file for the sync tool to carry. Past INCREMENTALS_AT_MOST of the chunks this process
   * loaded or wrote, the document is saved whole as one snapshot (on disk first, named by
   * its heads as automerge-repo names one), then those chunks are deleted, as automerge-repo's
   * own compaction does; chunks of another laptop not loaded here stay.
   */
  private async compact(handle: DocHandle<unknown>): Promise<void> {
    const own = this.chunks.knownKeysOf(handle.documentId);
    if (own.filter((key) => key[1] === 'incremental').length <= INCREMENTALS_AT_MOST) return;
    const doc = handle.doc();
    const snapshot = [handle.documentId, 'snapshot', createHash('sha256').update(A.getHeads(doc).join('')).digest('hex')];
    if (!own.some((key) => key.join('/') === snapshot.join('/'))) await this.chunks.save(snapshot, A.save(doc));
    for (const key of own) if (key.join('/') !== snapshot.join('/')) await this.chunks.remove(key);
  }

  /**
   * Merges chunks another laptop wrote (read by ChunkFiles.readOutside) into the loaded
   * document, the way automerge-repo takes changes from a peer (`handle.update`); returns
   * the changes that were new here, parents first (none: this laptop had them all).
   * Changes whose parents have not arrived wait inside Automerge until they do.
   */
  async mergeOutside(url: AutomergeUrl, chunks: Uint8Array[]): Promise<A.ChangeMetadata[]> {
    const handle = this.loaded.get(url) ?? (await this.handles.get(url)) ?? (await this.handle<unknown>(url));
    const before = this.incomplete.has(url) ? [] : A.getHeads(handle.doc());
    handle.update((doc) => chunks.reduce((merged, data) => A.loadIncremental(merged, data), doc));
    if (!handle.isReady()) return [];
    const after = handle.doc();
    if (this.incomplete.has(url)) {
      if (!isUsable(after)) return [];
      this.incomplete.delete(url);
    }
    if (A.getHeads(after).join() === before.join()) return [];
    // Saved now, not when automerge-repo's throttle or the close gets to it: what is kept for this month
    // (the warm-up worker's caches after takeOutsideChanges) is keyed by the chunks on disk, which that save changes.
    // The merged changes are on disk already (the other laptop's chunks): a save failing here loses nothing, it is told.
    await this.saveNow(url, handle).catch((error: unknown) => this.onSaveFailed?.(error));
    this.staleCaches.add(url);
    // Merged chunks are not among those loaded: no key fits what the engine holds now.
    this.readFrom.delete(url);
    return A.getChangesMetaSince(after, before);
  }

  /** True when a whole chunk of the document is on disk: it can be loaded (one that has not arrived yet would be "unavailable" for good). */
  async hasWholeChunk(url: AutomergeUrl): Promise<boolean> {
    const documentId = documentIdOf(url);
    for (const key of await this.chunks.keysUnder([documentId])) if (await this.chunks.readOutside(key)) return true;
    return false;
  }

  /** Every change of a loaded document (signed notes and actors), parents first. */
  changesOf(url: AutomergeUrl): A.ChangeMetadata[] {
    const doc = this.docOf(url);
    return doc ? A.getChangesMetaSince(doc, []) : [];
  }

  /** The chunks the document's last value read or written here came from ([] when unknown). */
  contentsReadFrom(url: AutomergeUrl): string[] {
    return this.readFrom.get(url) ?? [];
  }

  /** The loaded document (undefined when it is not in the engine). */
  docOf<T>(url: AutomergeUrl): A.Doc<T> | undefined {
    if (this.incomplete.has(url)) return undefined;
    return this.loaded.get(url)?.doc() as A.Doc<T> | undefined;
  }

  /** Brings the read caches of changed documents up to date (off the interactive path). */
  refreshCaches(): void {
    for (const url of [...this.staleCaches]) {
      const handle = this.loaded.get(url);
      if (handle) this.writeCache(url, plainCopy(handle.doc()));
      this.staleCaches.delete(url);
    }
  }

  private readCache(url: AutomergeUrl): CacheFile | undefined {
    if (!this.cacheDir) return undefined;
    // Read again before its cache is written: the pending one, under the same check.
    const pending = this.pendingCaches.get(url);
    if (pending) return pending.chunks.join('\n') === this.chunks.chunkContentsOf(documentIdOf(url)).join('\n') ? pending : undefined;
    return readCacheFile(cacheFileOf(this.cacheDir, documentIdOf(url)), this.chunks, documentIdOf(url));
  }

  /**
   * A cache made by a read is written after the read has answered (the next turn of the
   * event loop), not in front of it: JSON of a month and a file write, ~10% of a month's
   * first read. Keyed by the chunks the value was read from, it is never wrong, only
   * useless, if the document changes before it is written; a newer cache of the document
   * written meanwhile (a change, refreshCaches) is not overwritten.
   */
  private writeCacheSoon(url: AutomergeUrl, value: unknown, chunks: string[]): void {
    if (!this.cacheDir || this.unchecked.has(url) || chunks.length === 0) return;
    this.pendingCaches.set(url, { value, chunks });
    this.cacheWriter ??= setImmediate(() => this.writePendingCaches());
  }

  private writePendingCaches(): void {
    if (this.cacheWriter) clearImmediate(this.cacheWriter);
    this.cacheWriter = null;
    for (const [url, { value, chunks }] of this.pendingCaches) this.writeCache(url, value, chunks);
    this.pendingCaches.clear();
  }

  /** Keyed by the chunks (name and bytes) the engine read or wrote: a chunk still arriving is not among them, so the cache is not trusted until it is. */
  private writeCache(url: AutomergeUrl, value: unknown, chunks?: string[]): void {
    this.pendingCaches.delete(url);
    if (!this.cacheDir || this.unchecked.has(url)) return;
    const file = cacheFileOf(this.cacheDir, documentIdOf(url));
    if (chunks) writeCacheFile(file, this.chunks, documentIdOf(url), { chunks, value });
    else writeEngineCacheFile(file, this.chunks, documentIdOf(url), value);
  }

  async close(): Promise<void> {
    // Quickly loaded documents are saved here, never by automerge-repo (which, not knowing their heads on disk, would write them whole).
    // A failing disk here is told like automerge-repo's own saves at close (catchOwnSaves), not thrown out of the shutdown.
    for (const [url, handle] of this.loaded) if (this.quick.has(url)) await this.saveQuick(url, handle).catch((error: unknown) => this.onSaveFailed?.(error));
    const quick = new Set([...this.quick.keys()].map(documentIdOf));
    if (this.made) await flushReady(this.made, quick);
    await this.chunks.settled();
    this.writePendingCaches();
    this.refreshCaches();
    await this.writeReadCopies();
  }

  /**
   * A read copy of each document in the engine that has none for its chunks on disk: the documents
   * changed here (their copy replaces the document's others), and those read here that a plan made
   * before copies, or a session that was killed, left without one (it replaces none: the others may
   * be of chunks still on their way here). Made from what the engine holds when that is exactly the
   * chunks on disk; else (another laptop's chunks arrived that the engine has not taken in yet) from
   * the chunks on disk, read as a first read reads them.
   */
  private async writeReadCopies(): Promise<void> {
    if (!this.copies || !this.writesCopies) return;
    for (const [url, handle] of this.loaded) {
      if (!handle.isReady() || this.unchecked.has(url) || this.incomplete.has(url)) continue;
      const documentId = documentIdOf(url);
      try {
        const onDisk = this.chunks.chunkContentsOf(documentId);
        if (this.copies.has(documentId, onDisk)) continue;
        const known = this.chunks.knownContentsOf(documentId);
        const copy = known.join('\n') === onDisk.join('\n') ? { chunks: known, value: plainCopy(handle.doc()) } : await loadChunkFiles(this.chunks, documentId);
        if (copy) await this.copies.write(documentId, copy.chunks, copy.value, this.changedHere.has(url));
      } catch {
        // A copy is a shortcut for other laptops: without it, their first read loads the document.
      }
    }
  }
}

/**
 * Saves every document the engine holds but those it saves itself (`quick`). A handle that is not ready (a document not arrived,
 * a load still running when a request gave up) holds nothing to save, and automerge-repo's
 * flush of all handles (shutdown too: it has no network to disconnect) throws on it.
 */
async function flushReady(repo: Repo, savedHere: ReadonlySet<DocumentId>): Promise<void> {
  await repo.flush(Object.values(repo.handles).flatMap((handle) => (handle.isReady() && !savedHere.has(handle.documentId) ? [handle.documentId] : [])));
}
