import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import * as A from '@automerge/automerge';
import { plainCopy } from './assign';
import type { ChunkFiles } from './chunk-files';
import { contentName } from './chunk-files';

/*
 * A document's read cache in the device folder (cache/<documentId>.json): its value as
 * plain JSON and the chunks it was made from, each as `<kind>/<name>@<SHA-256 of the bytes>`
 * (ChunkFiles#chunkContentsOf). Written by the main process (PlanEngine) and by the warm-up
 * worker (warm-up-worker.ts), read by the main process, which trusts one only while the
 * document's chunk files on disk are exactly those: whoever wrote it and whenever, a cache is
 * never served for other bytes than the ones it was made from. Two writers of one file
 * race harmlessly: each renames a whole file into place, keyed by what it read.
 */

export interface CacheFile {
  chunks: string[];
  value: unknown;
}

export const cacheFileOf = (cacheDir: string, documentId: string) => path.join(cacheDir, `${documentId}.json`);

const KEY_START = '{"chunks":[';

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** True when the cache `text` was made from exactly the chunks `current` (sorted). The chunk list is written first and its names hold no ']': a stale cache is known without parsing its month. */
function isKeyedBy(text: string, current: string[]): boolean {
  const keyEnd = text.indexOf(']');
  if (current.length === 0 || !text.startsWith(KEY_START) || keyEnd < 0) return false;
  try {
    return (JSON.parse(text.slice(KEY_START.length - 1, keyEnd + 1)) as string[]).join('\n') === current.join('\n');
  } catch {
    return false;
  }
}

/** The cache in `file` when it was made from exactly the chunks `current` (sorted), else undefined. */
export function readCacheFile(file: string, current: string[]): CacheFile | undefined {
  const text = readText(file);
  if (text === undefined || !isKeyedBy(text, current)) return undefined;
  try {
    return JSON.parse(text) as CacheFile;
  } catch {
    return undefined;
  }
}

/** True when `file` holds a cache made from exactly the chunks `current` (its month is not parsed). */
export const hasCurrentCache = (file: string, current: string[]) => {
  const text = readText(file);
  return text !== undefined && isKeyedBy(text, current);
};

/**
 * Writes a cache: a temp file beside it, renamed into place, not flushed (a cache lost to a
 * power cut is only read from the chunks again). The temp is named by process and thread
 * (`.<pid><thread>.tmp`: removeLeftovers deletes one a kill left), so that the main thread
 * and the worker never write into one temp.
 */
export function writeCacheFile(file: string, cache: CacheFile): void {
  if (cache.chunks.length === 0) return;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}${threadId}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify({ chunks: cache.chunks, value: cache.value } satisfies CacheFile));
    fs.renameSync(temporary, file);
  } catch {
    // A cache is a shortcut: without it the document is read from its chunks.
  }
}

/**
 * A document read straight from its whole chunk files with Automerge's own load, as plain
 * values, with the chunks it was read from (as a cache is keyed). Undefined when nothing
 * usable is there yet (no whole chunk, or none whose parents have arrived). automerge-repo's
 * load builds the document from patches and then diffs it against the empty document for its
 * change event: 3–5× the cost for a month (electron/storage/README.md, "The read cache").
 */
export async function loadChunkFiles<T>(chunks: ChunkFiles, documentId: string): Promise<{ value: T; chunks: string[] } | undefined> {
  const keys = (await chunks.keysUnder([documentId])).filter((key) => key[1] === 'snapshot' || key[1] === 'incremental');
  const read = (await Promise.all(keys.map((key) => chunks.readOutside(key)))).filter((chunk) => chunk !== undefined);
  if (read.length === 0) return undefined;
  try {
    const doc = A.load<T>(Buffer.concat(read.map((chunk) => chunk.data)), { allowMissingChanges: true });
    if (!isUsable(doc)) return undefined;
    return { value: plainCopy<T>(doc), chunks: read.map((chunk) => contentName(chunk.key, chunk.data)).sort() };
  } catch {
    return undefined;
  }
}

/**
 * At least one change applied: a change is applied only once all its parents are, so
 * the document's first change is there. (Later changes still waiting for parents are fine.)
 */
export const isUsable = (doc: A.Doc<unknown>) => A.getHeads(doc).length > 0;
