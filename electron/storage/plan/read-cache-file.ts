import fs from 'node:fs';
import path from 'node:path';
import * as A from '@automerge/automerge';
import { replaceCacheFile } from '../replace-cache-file';
import { plainCopy } from './assign';
import type { ChunkFiles, OutsideChunk, Verified } from './chunk-files';
import { contentName } from './chunk-files';

/*
 * A document's read cache in the device folder (cache/<documentId>.json): its value as
 * plain JSON and the chunks it was made from, each as `<kind>/<name>@<SHA-256 of the bytes>`
 * (ChunkFiles#chunkContentsOf) with the stamp each file had then. Written by the main process (PlanEngine) and by the warm-up
 * worker (warm-up-worker.ts), read by the main process, which trusts one only while the
 * document's chunk files on disk are exactly those: whoever wrote it and whenever, a cache is
 * never served for other bytes than the ones it was made from. Two writers of one file
 * race harmlessly: each renames a whole file into place, keyed by what it read.
 */

export interface CacheFile {
  chunks: string[];
  /**
   * Each chunk's stamp (size:mtimeMs:inode) when its bytes were hashed, '' when unknown: a chunk
   * whose file still has it is not hashed again (ChunkFiles#chunkContentsOf). Absent in caches
   * written before stamps: every chunk is hashed.
   */
  stamps?: string[];
  value: unknown;
}

export const cacheFileOf = (cacheDir: string, documentId: string) => path.join(cacheDir, `${documentId}.json`);

const KEY_START = '{"chunks":[';
const STAMPS_START = ',"stamps":[';

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The chunk list (and stamps) a cache `text` was made from, written first and holding no ']': known without parsing its month. */
function keyOf(text: string): { chunks: string[]; claims: Map<string, Verified> } | undefined {
  const keyEnd = text.indexOf(']');
  if (!text.startsWith(KEY_START) || keyEnd < 0) return undefined;
  try {
    const chunks = JSON.parse(text.slice(KEY_START.length - 1, keyEnd + 1)) as string[];
    const claims = new Map<string, Verified>();
    if (text.startsWith(STAMPS_START, keyEnd + 1)) {
      const stampsEnd = text.indexOf(']', keyEnd + 1);
      const stamps = JSON.parse(text.slice(keyEnd + STAMPS_START.length, stampsEnd + 1)) as string[];
      chunks.forEach((content, i) => {
        const at = content.lastIndexOf('@');
        if (stamps[i]) claims.set(content.slice(0, at), { stamp: stamps[i], digest: content.slice(at + 1) });
      });
    }
    return { chunks, claims };
  } catch {
    return undefined;
  }
}

/** True when the cache `text` was made from exactly the chunk files of `documentId` on disk now (bytes included). */
function isCurrent(text: string, chunks: ChunkFiles, documentId: string): boolean {
  const key = keyOf(text);
  if (!key || key.chunks.length === 0) return false;
  return key.chunks.join('\n') === chunks.chunkContentsOf(documentId, key.claims).join('\n');
}

/** The cache in `file` when it was made from exactly the chunk files of `documentId` on disk now, else undefined. */
export function readCacheFile(file: string, chunks: ChunkFiles, documentId: string): CacheFile | undefined {
  const text = readText(file);
  if (text === undefined || !isCurrent(text, chunks, documentId)) return undefined;
  try {
    return JSON.parse(text) as CacheFile;
  } catch {
    return undefined;
  }
}

/** True when `file` holds a cache made from exactly the chunk files of `documentId` on disk now (its month is not parsed). */
export const hasCurrentCache = (file: string, chunks: ChunkFiles, documentId: string) => {
  const text = readText(file);
  return text !== undefined && isCurrent(text, chunks, documentId);
};

/** Writes a cache (replaceCacheFile), each chunk's stamp taken with it (ChunkFiles#stampsOf). */
export function writeCacheFile(file: string, chunks: ChunkFiles, documentId: string, cache: Omit<CacheFile, 'stamps'>): void {
  if (cache.chunks.length === 0) return;
  try {
    const stamps = chunks.stampsOf(documentId, cache.chunks);
    replaceCacheFile(file, JSON.stringify({ chunks: cache.chunks, stamps, value: cache.value } satisfies CacheFile));
  } catch {
    // A cache is a shortcut: without it the document is read from its chunks.
  }
}

/**
 * Writes a cache of a document as the engine holds it, keyed by the chunks this process
 * loaded or wrote, only when those are the chunks on disk: a document holding another
 * laptop's changes merged from chunks it never loaded whole matches no set of chunks it could
 * name, so such a cache would never be read, and it would replace the warm-up worker's, made
 * from the chunks on disk (takeOutsideChanges). Used for the read cache and the kept conflicts.
 */
export function writeEngineCacheFile(file: string, chunks: ChunkFiles, documentId: string, value: unknown): void {
  const known = chunks.knownContentsOf(documentId);
  if (known.join('\n') !== chunks.chunkContentsOf(documentId).join('\n')) return;
  writeCacheFile(file, chunks, documentId, { chunks: known, value });
}

/**
 * A document read straight from its whole chunk files with Automerge's own load, as plain
 * values, with the chunks it was read from (as a cache is keyed). Undefined when nothing
 * usable is there yet (no whole chunk, or none whose parents have arrived). automerge-repo's
 * load builds the document from patches and then diffs it against the empty document for its
 * change event: 3–5× the cost for a month (electron/storage/README.md, "The read cache").
 */
export async function loadChunkFiles<T>(chunks: ChunkFiles, documentId: string): Promise<{ value: T; chunks: string[]; doc: A.Doc<T>; read: OutsideChunk[] } | undefined> {
  const keys = (await chunks.keysUnder([documentId])).filter((key) => key[1] === 'snapshot' || key[1] === 'incremental');
  const read = (await Promise.all(keys.map((key) => chunks.readOutside(key)))).filter((chunk) => chunk !== undefined);
  if (read.length === 0) return undefined;
  try {
    const doc = A.load<T>(Buffer.concat(read.map((chunk) => chunk.data)), { allowMissingChanges: true });
    if (!isUsable(doc)) return undefined;
    return { value: plainCopy<T>(doc), chunks: read.map((chunk) => contentName(chunk.key, chunk.data)).sort(), doc, read };
  } catch {
    return undefined;
  }
}

/**
 * At least one change applied: a change is applied only once all its parents are, so
 * the document's first change is there. (Later changes still waiting for parents are fine.)
 */
export const isUsable = (doc: A.Doc<unknown>) => A.getHeads(doc).length > 0;
