import fs from 'node:fs';
import type { AutomergeUrl } from '@automerge/automerge-repo';
import type { Id } from '../../../shared/domain/ids';
import type { ChunkFiles } from './chunk-files';
import { replaceCacheFile } from '../replace-cache-file';
import { documentIdOf } from './plan-engine';

/*
 * Which post ids each month document holds, so that finding a post by id loads its
 * month instead of every month (a cold get-by-id at 10,000 posts loaded ~40 documents:
 * 21.8 s). It is derived from the documents and kept in the device folder
 * (cache/post-index.json, beside the read cache), never in the plan: an entry counts only while the document's
 * chunk files on disk are exactly those (names and bytes) the ids were read from, as
 * the read cache is keyed; a document without a current entry is loaded to find out.
 * So a stale or lost index costs time, never a wrong answer.
 */

interface Entry {
  /** The document's chunks as `<kind>/<name>@<SHA-256>`, sorted (ChunkFiles#contentName). */
  chunks: string[];
  ids: Id[];
}

type Entries = Record<string, Entry>;

export class PostIndex {
  /** Read on first use, not at open: parsing and checking it (10,000 ids at 10,000 posts) was a fifth of opening the plan. */
  private read: Entries | null = null;
  private changed = false;

  constructor(
    private readonly file: string,
    private readonly chunks: ChunkFiles,
  ) {}

  private get entries(): Entries {
    this.read ??= readEntries(this.file);
    return this.read;
  }

  private set entries(entries: Entries) {
    this.read = entries;
  }

  /**
   * The documents among `urls` that may hold `id`: those whose current entry lists it,
   * and those with no current entry (changed since, by this laptop or another).
   */
  documentsFor(urls: AutomergeUrl[], id: Id): AutomergeUrl[] {
    return urls.filter((url) => this.current(url)?.ids.includes(id) ?? true);
  }

  /** Of `ids`, those some document among `urls` may hold (as documentsFor answers for each, reading each entry once). */
  mayHold(urls: AutomergeUrl[], ids: ReadonlySet<Id>): Set<Id> {
    const found = new Set<Id>();
    for (const url of urls) {
      const entry = this.current(url);
      if (!entry) return new Set(ids);
      for (const id of entry.ids) if (ids.has(id)) found.add(id);
    }
    return found;
  }

  /** The document's entry while its chunk files on disk are those it was read from. */
  private current(url: AutomergeUrl): Entry | undefined {
    const entry = this.entries[documentIdOf(url)] as Entry | undefined;
    return entry && entry.chunks.join('\n') === this.chunks.chunkContentsOf(documentIdOf(url)).join('\n') ? entry : undefined;
  }

  /** `url` holds exactly `ids` as read from `chunks` (PlanEngine#contentsReadFrom; none: not recorded). */
  record(url: AutomergeUrl, ids: Iterable<Id>, chunks: string[]): void {
    if (chunks.length === 0) return;
    this.entries[documentIdOf(url)] = { chunks, ids: [...ids].sort() };
    this.changed = true;
  }

  /** Writes the index (temp and rename, not flushed: a lost index is only rebuilt), keeping entries of `current` documents only. */
  save(current: AutomergeUrl[]): void {
    if (!this.changed) return;
    const keep = new Set<string>(current.map(documentIdOf));
    this.entries = Object.fromEntries(Object.entries(this.entries).filter(([documentId]) => keep.has(documentId)));
    try {
      replaceCacheFile(this.file, JSON.stringify(this.entries));
      this.changed = false;
    } catch {
      // A shortcut only: without it, months are loaded to find a post.
    }
  }
}

function readEntries(file: string): Entries {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    const entries: Entries = {};
    for (const [documentId, entry] of Object.entries(raw as Record<string, unknown>)) {
      const { chunks, ids } = (entry ?? {}) as Partial<Entry>;
      if (Array.isArray(chunks) && Array.isArray(ids) && chunks.every((chunk) => typeof chunk === 'string') && ids.every((id) => typeof id === 'string')) entries[documentId] = { chunks, ids };
    }
    return entries;
  } catch {
    return {};
  }
}
