import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Replaces a cache file whole: a temp beside it, renamed into place, not flushed. A cache
 * lost or emptied by a power cut is a shortcut lost (its readers take an unreadable one as
 * none); the flush would cost every write. The temp is named by process and thread
 * (`.<pid><thread>.tmp`, which removeLeftovers deletes after a kill), so that the main thread
 * and the worker never write into one temp. Throws as fs does: each cache says what a failed
 * write costs it.
 */
export function replaceCacheFile(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}${threadId}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}
