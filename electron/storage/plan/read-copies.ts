import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import type { ChunkFiles } from './chunk-files';
import { tempFileOf } from './chunk-files';
import { syncFolder } from '../durable-files';

/*
 * Issue 12: a month's first read on a laptop that has not cached it yet is Automerge's own
 * load, 4–8× the JSON folder's read (a new laptop's first seconds, before the warm-up worker
 * has cached every month): the load is 3 ms and making JS objects of the month 6–9 more, at
 * 10,000 posts. So the plan carries its documents as plain JSON too, for such a first read:
 * plan/read-copies/<documentId>/<SHA-256 of the chunk list>, gzipped `{ chunks, value }`.
 *
 * A copy is named by the chunks it was made from (`<kind>/<name>@<SHA-256 of the bytes>`, as
 * the read cache is keyed), so it is read only while the document's chunk files on disk are
 * exactly those, bytes included: a chunk still arriving or a change not in it, and the copy is
 * not read. Being named by what it holds, it is never rewritten (no conflicted copies for a
 * sync tool to make); at close a laptop writes one for each document in its engine that has
 * none for the chunks on disk (PlanEngine#writeReadCopies), and deletes the document's older
 * copies when it changed the document.
 * It is derived data: trusted as the chunks are (anyone who can write the folder can write
 * changes), checked as every read is, and lost or damaged it costs a load, never a wrong read.
 */

const gzipped = promisify(gzip);
const COPY_NAME = /^[0-9a-f]{64}$/;
/**
 * A copy bigger than this, unpacked, is not read (the document is loaded): a file made to unpack
 * to gigabytes must not take the memory. A month of 800 posts at 50,000 is under 1 MB.
 */
const COPY_AT_MOST = 64 * 1024 * 1024;

interface Copy {
  chunks: string[];
  value: unknown;
}

export class ReadCopies {
  constructor(
    private readonly dir: string,
    private readonly chunks: ChunkFiles,
  ) {}

  /** The copy of the document made from exactly its chunk files on disk now, or undefined. */
  read(documentId: string): Copy | undefined {
    // A document with no copy at all (a plan made before them) is read from its chunks next: no hashing of them here first.
    if (!fs.existsSync(path.join(this.dir, documentId))) return undefined;
    try {
      const chunks = this.chunks.chunkContentsOf(documentId);
      if (chunks.length === 0) return undefined;
      const copy = JSON.parse(gunzipSync(fs.readFileSync(this.fileOf(documentId, chunks)), { maxOutputLength: COPY_AT_MOST }).toString('utf8')) as Partial<Copy>;
      // The list inside is what the name was hashed from: a file copied under another name is not taken.
      if (!Array.isArray(copy.chunks) || copy.chunks.join('\n') !== chunks.join('\n') || copy.value === undefined) return undefined;
      return { chunks, value: copy.value };
    } catch {
      // None, or not whole (a sync tool still bringing it, a power cut): the document is loaded.
      return undefined;
    }
  }

  /** True when the document has a copy of `chunks` (whole or not: it is never written again). */
  has(documentId: string, chunks: readonly string[]): boolean {
    return fs.existsSync(this.fileOf(documentId, chunks));
  }

  /**
   * Writes the document's copy of `chunks` (flushed before its rename: a torn one would stay, as it
   * is never rewritten); `replacing`, deletes its other copies (the laptop that changed it: they are older).
   */
  async write(documentId: string, chunks: string[], value: unknown, replacing: boolean): Promise<void> {
    const file = this.fileOf(documentId, chunks);
    const folder = path.dirname(file);
    await fs.promises.mkdir(folder, { recursive: true });
    if (!this.has(documentId, chunks)) {
      const bytes = await gzipped(JSON.stringify({ chunks, value } satisfies Copy));
      const temp = tempFileOf(file);
      const handle = await fs.promises.open(temp, 'wx');
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.promises.rename(temp, file);
    }
    for (const name of replacing ? await fs.promises.readdir(folder) : []) {
      if (COPY_NAME.test(name) && name !== path.basename(file)) await fs.promises.rm(path.join(folder, name), { force: true });
    }
    syncFolder(folder);
  }

  private fileOf(documentId: string, chunks: readonly string[]): string {
    return path.join(this.dir, documentId, createHash('sha256').update(chunks.join('\n')).digest('hex'));
  }
}
