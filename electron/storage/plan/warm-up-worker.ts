import { parentPort, workerData } from 'node:worker_threads';
import { ChunkFiles } from './chunk-files';
import { monthConflictsOf } from './conflicts';
import { ConflictsCache, conflictsDirOf } from './conflicts-cache';
import { cacheFileOf, hasCurrentCache, loadChunkFiles, writeCacheFile } from './read-cache-file';

/*
 * The warm-up worker (cache-warm-up.ts): caches documents that have no current read cache
 * (or no current kept conflicts, conflicts-cache.ts),
 * one at a time, in the order asked, off the main thread: Automerge's load of a month (30 ms
 * at 10,000 posts, 0.3–1.5 s at 50,000) never holds up a request. It only reads chunk files
 * and writes cache files, never the engine: each cache is keyed by the bytes it was read from,
 * so a chunk written or merged meanwhile (by main, or another laptop) makes it untrusted, never wrong.
 */

export interface WarmUpData {
  chunksDir: string;
  cacheDir: string;
}

/** Main → worker: documents to cache, first first; `asked` counts the requests, so that main knows which its idle report covers. */
export interface WarmUpRequest {
  documentIds: string[];
  asked: number;
}

/** Worker → main: one document done (cached: its cache is current now), or every request up to `asked` done. */
export type WarmUpReport = { documentId: string; cached: boolean } | { idle: number };

const { chunksDir, cacheDir } = workerData as WarmUpData;
const chunks = new ChunkFiles(chunksDir);
/** Every document asked for is a month's: what conflicts() lists of it is kept beside its cache, so that no month is loaded for it in main. */
const conflicts = new ConflictsCache(conflictsDirOf(cacheDir), chunks);
const queue: string[] = [];
let running = false;
let asked = 0;

async function warm(documentId: string): Promise<boolean> {
  const file = cacheFileOf(cacheDir, documentId);
  if (hasCurrentCache(file, chunks, documentId) && conflicts.has(documentId)) return true;
  const read = await loadChunkFiles(chunks, documentId);
  if (!read) return false;
  writeCacheFile(file, chunks, documentId, read);
  conflicts.write(documentId, monthConflictsOf(read.doc), read.chunks);
  return true;
}

async function run(): Promise<void> {
  if (running) return;
  running = true;
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const cached = await warm(next).catch(() => false);
    parentPort?.postMessage({ documentId: next, cached } satisfies WarmUpReport);
  }
  running = false;
  parentPort?.postMessage({ idle: asked } satisfies WarmUpReport);
}

parentPort?.on('message', (request: WarmUpRequest) => {
  asked = request.asked;
  for (const id of request.documentIds) if (!queue.includes(id)) queue.push(id);
  void run();
});
