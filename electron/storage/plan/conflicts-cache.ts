import path from 'node:path';
import type { ChunkFiles } from './chunk-files';
import { hasCurrentCache, readCacheFile, writeCacheFile, writeEngineCacheFile } from './read-cache-file';

/** Where a device folder's cache directory keeps the conflicts of its month documents. */
export const conflictsDirOf = (cacheDir: string) => path.join(cacheDir, 'conflicts');

/*
 * What conflicts() found in one month document (its conflicting fields, its posts' titles,
 * edits lost to a delete), kept in the device folder (cache/conflicts/<documentId>.json)
 * keyed by the chunks it was computed from, as the read cache is (read-cache-file.ts): a
 * month whose chunk files on disk are exactly those is listed from this small file, without
 * loading it into Automerge and walking every post. The renderer asks for conflicts on its
 * first screen: at 50,000 posts that walk of the months on screen took 7–9 s under load.
 * Derived from the documents, never a second source of truth: a stale, broken or missing
 * file costs the load, never a wrong list (another laptop's chunk changes the key). Read and
 * written with the read cache's own functions, so it is trusted by the same rule (names and stamps).
 */
export class ConflictsCache<T> {
  constructor(
    private readonly dir: string,
    private readonly chunks: ChunkFiles,
  ) {}

  /** The entry computed from exactly the document's chunk files on disk now, else undefined. */
  read(documentId: string): T | undefined {
    return readCacheFile(this.fileOf(documentId), this.chunks, documentId)?.value as T | undefined;
  }

  /** True when an entry computed from exactly the document's chunk files on disk now is kept (not parsed). */
  has(documentId: string): boolean {
    return hasCurrentCache(this.fileOf(documentId), this.chunks, documentId);
  }

  /**
   * Keeps `value`, computed from the document as it was loaded from `chunks`: by default
   * those the engine loaded or wrote; the warm-up worker gives those it read.
   */
  write(documentId: string, value: T, chunks?: string[]): void {
    if (chunks) writeCacheFile(this.fileOf(documentId), this.chunks, documentId, { chunks, value });
    else writeEngineCacheFile(this.fileOf(documentId), this.chunks, documentId, value);
  }

  private fileOf(documentId: string): string {
    return path.join(this.dir, `${documentId}.json`);
  }
}
