import { createHash } from 'node:crypto';
import * as A from '@automerge/automerge';
import type { AutomergeUrl, DocHandle, DocumentId } from '@automerge/automerge-repo';
import { isValidAutomergeUrl, parseAutomergeUrl, stringifyAutomergeUrl } from '@automerge/automerge-repo';
import { ChunkFiles } from '../../storage/plan/chunk-files';
import { chunksDirOf, readPlanFile } from '../../storage/plan/plan-folder';
import { EveryChangeRepo } from './every-change-repo';
import { SyncServerClient } from './server-client';

/*
 * A plan folder joined to a sync server (issue 13 item 5), as a sync tool joins two folders:
 * what the laptop's engine writes into the folder is read back here and sent to the server;
 * what the server brings is written into the folder as a new chunk, which the engine's
 * folder watcher merges like any other laptop's (electron/storage/README.md, "Live merging").
 * The storage itself does not change; the folder stays the one truth, and can still be
 * shared by a folder sync tool as well.
 */

const SCAN_MS = 500;

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const sameHeads = (a: A.Heads, b: A.Heads) => a.length === b.length && a.every((head, i) => head === b[i]);

interface RootShape {
  shared?: unknown;
  trash?: unknown;
  months?: Record<string, string>;
}

export interface ServerLink {
  /** The last connection failure (a wrong secret: "Unexpected server response: 401"), null when connected. */
  lastError(): string | null;
  status(): ReturnType<SyncServerClient['status']>;
  close(): Promise<void>;
}

class Link implements ServerLink {
  private readonly repo: EveryChangeRepo;
  private readonly client: SyncServerClient;
  private readonly chunks: ChunkFiles;
  /** Each document as the folder holds it (every chunk read there or written from here). */
  private readonly inFolder = new Map<DocumentId, A.Doc<unknown>>();
  private readonly handles = new Map<DocumentId, DocHandle<unknown>>();
  private readonly asked = new Map<DocumentId, Promise<unknown>>();
  /** Chunk files already read, by name and size. */
  private readonly seen = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    planDir: string,
    private readonly rootUrl: AutomergeUrl,
    server: string,
    secret: string,
    private readonly log: (error: unknown) => void,
  ) {
    this.chunks = new ChunkFiles(chunksDirOf(planDir));
    this.client = new SyncServerClient(server, secret, 1000);
    this.repo = new EveryChangeRepo({ network: [this.client], sharePolicy: () => Promise.resolve(true) });
    this.tick();
  }

  lastError(): string | null {
    return this.client.lastError;
  }

  status(): ReturnType<SyncServerClient['status']> {
    return this.client.status();
  }

  private tick(): void {
    this.running = this.step()
      .catch((error: unknown) => this.log(error))
      .finally(() => {
        if (!this.closed) this.timer = setTimeout(() => this.tick(), SCAN_MS);
      });
  }

  /** The documents the plan names: its root, and what the root names. */
  private documents(): DocumentId[] {
    const rootId = parseAutomergeUrl(this.rootUrl).documentId;
    const root = (this.handles.get(rootId)?.doc() ?? this.inFolder.get(rootId)) as RootShape | undefined;
    // Automerge 3 gives a string written as a whole value back as an ImmutableString, not a
    // string: filtering by typeof left the main document and the trash out of every sync.
    const named = root ? [root.shared, root.trash, ...Object.keys(root.months ?? {})].flatMap((url) => (url === undefined || url === null ? [] : [String(url)])) : [];
    return [rootId, ...named.filter(isValidAutomergeUrl).map((url) => parseAutomergeUrl(url).documentId)];
  }

  private async step(): Promise<void> {
    for (const documentId of this.documents()) {
      await this.fromFolder(documentId);
      this.toFolder(documentId);
    }
    // A month another laptop added is named by the root only once the root has come.
    for (const documentId of this.documents()) {
      if (!this.handles.has(documentId)) continue;
      await this.fromFolder(documentId);
      this.toFolder(documentId);
    }
  }

  /** Chunks the folder holds that were not read yet go into the document the server sees. */
  private async fromFolder(documentId: DocumentId): Promise<void> {
    const keys = (await this.chunks.keysUnder([documentId])).filter((key) => key[1] === 'snapshot' || key[1] === 'incremental');
    let doc = this.inFolder.get(documentId) ?? A.init<unknown>();
    const fresh: Uint8Array[] = [];
    for (const key of keys) {
      const chunk = await this.chunks.readOutside(key);
      if (!chunk) continue;
      const name = `${key.join('/')}:${chunk.data.byteLength}`;
      if (this.seen.has(name)) continue;
      this.seen.add(name);
      fresh.push(chunk.data);
    }
    if (fresh.length > 0) {
      doc = fresh.reduce((merged, data) => A.loadIncremental(merged, data), doc);
      this.inFolder.set(documentId, doc);
    }
    const handle = this.handles.get(documentId);
    if (handle) {
      if (fresh.length > 0) handle.update((current) => A.merge(current, A.clone(doc)));
      return;
    }
    if (A.getHeads(doc).length > 0) {
      this.handles.set(documentId, this.repo.import(A.save(doc), { docId: documentId }));
      return;
    }
    // Not in the folder: ask the server (again, while it has not got it).
    if (this.asked.has(documentId)) return;
    const asking = this.repo
      .find<unknown>(stringifyAutomergeUrl({ documentId }), { allowableStates: ['ready', 'unavailable'] })
      .then((found) => {
        if (found.isReady()) this.handles.set(documentId, found);
      })
      .catch(() => undefined)
      .finally(() => setTimeout(() => this.asked.delete(documentId), 2000));
    this.asked.set(documentId, asking);
  }

  /** What the server brought and the folder lacks is written there as one new chunk. */
  private toFolder(documentId: DocumentId): void {
    const handle = this.handles.get(documentId);
    if (!handle?.isReady()) return;
    const server = handle.doc();
    const folder = this.inFolder.get(documentId) ?? A.init<unknown>();
    if (sameHeads(A.getHeads(server), A.getHeads(folder))) return;
    const merged = A.merge(A.clone(folder), A.clone(server));
    if (sameHeads(A.getHeads(merged), A.getHeads(folder))) return;
    const bytes = A.getHeads(folder).length > 0 ? A.saveSince(server, A.getHeads(folder)) : A.save(server);
    if (bytes.byteLength === 0) return;
    const key = [documentId, 'incremental', sha256(bytes)];
    this.seen.add(`${key.join('/')}:${bytes.byteLength}`);
    this.inFolder.set(documentId, merged);
    void this.chunks.save(key, bytes).catch((error: unknown) => this.log(error));
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.repo.shutdown();
  }
}

/** Joins the plan in `planDir` to the sync server at `server` (ws:// or wss://) with the plan's secret. */
export function linkToServer(planDir: string, server: string, secret: string, log: (error: unknown) => void = () => {}): ServerLink {
  const plan = readPlanFile(planDir);
  if (!plan) throw new Error(`No plan in ${planDir}`);
  return new Link(planDir, plan.root as AutomergeUrl, server, secret, log);
}
