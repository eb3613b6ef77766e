import fs from 'node:fs';
import type { AutomergeUrl } from '@automerge/automerge-repo';
import type { AlbumFact } from '../../../shared/checklist/album-index';
import { albumNameKey } from '../../../shared/checklist/album-index';
import { postStatuses } from '../../../shared/domain/post';
import type { ChunkFiles, Verified } from './chunk-files';
import { replaceCacheFile } from '../replace-cache-file';
import { documentIdOf } from './plan-engine';

/*
 * Issue 14: a month's checklists look for albums of the same name within a year either way.
 * That read two years of every post's facts (25 month documents' facts files) before the
 * first badge. This index keeps, plan-wide, only the posts that have an album name, keyed by
 * the name (albumNameKey), each under the month document it came from: a month's checks look
 * up their own names and never read another month.
 *
 * On disk (cache/album-names.txt, device-local like cache/facts/) each document's entries
 * carry the chunks they were read from, with each chunk's stamp, so checking that they still
 * hold costs a directory listing, not a hash. An entry counts only while the document's chunk
 * files are exactly those: a stale, lost or damaged file costs a read of that document's facts
 * (which then refills it), never a wrong answer. In memory an entry holds until the document
 * changes: post-facts-index.ts records what each read of a document's facts found, and the
 * repository forgets the documents another laptop's changes touched.
 */

export function albumFactOf(post: AlbumFact): AlbumFact {
  const { id, title, date, time, albumName, status, updatedAt } = post;
  return { id, title, date, time, albumName, status, updatedAt };
}

interface Entry {
  chunks: string[];
  stamps: string[];
  facts: AlbumFact[];
}

const HEADER = 'somevuoro album names 1';
const isString = (value: unknown): value is string => typeof value === 'string';
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
const statuses = new Set<unknown>(postStatuses);

/** A device-local cache is checked by hand, field by field: zod took most of a month's first check (37 of 90 ms at 10,000 posts). */
function isFact(value: unknown): value is AlbumFact {
  if (!value || typeof value !== 'object') return false;
  const fact = value as Record<string, unknown>;
  return (
    isString(fact.id) &&
    isString(fact.title) &&
    (fact.date === null || isString(fact.date)) &&
    (fact.time === null || isString(fact.time)) &&
    isString(fact.albumName) &&
    statuses.has(fact.status) &&
    isString(fact.updatedAt)
  );
}

function isEntry(value: unknown): value is Entry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  return isStrings(entry.chunks) && isStrings(entry.stamps) && Array.isArray(entry.facts) && entry.facts.every(isFact);
}

/** One line a document (`<documentId>\t<entry as JSON>`): a month's first check parses the documents of its two years only, not the plan's. */
function parseEntry(raw: unknown): Entry | undefined {
  if (!isString(raw)) return isEntry(raw) ? raw : undefined;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isEntry(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export class AlbumNamesIndex {
  /** Documents whose entries are what their chunks hold now (checked, or recorded this session). */
  private readonly trustedDocs = new Set<AutomergeUrl>();
  /** Each document's entry: as read from the file (not parsed yet) or as recorded. */
  private entries: Map<string, string | Entry> | null = null;
  /** albumNameKey → document → its posts with that album name. */
  private readonly byKey = new Map<string, Map<AutomergeUrl, AlbumFact[]>>();
  private readonly keysOf = new Map<AutomergeUrl, Set<string>>();
  private changed = false;
  /** What each trusted document's entries were last recorded or checked for: its chunks and album facts. */
  private readonly recordedAs = new Map<AutomergeUrl, string>();

  constructor(
    private readonly file: string,
    private readonly chunks: ChunkFiles,
  ) {}

  /** Whether the document's entries may be used; false: read its facts (which records them here). */
  trusted(url: AutomergeUrl): boolean {
    if (this.trustedDocs.has(url)) return true;
    const entry = parseEntry(this.load().get(documentIdOf(url)));
    if (!entry || entry.chunks.length === 0) return false;
    const claims = new Map<string, Verified>();
    entry.chunks.forEach((content, i) => {
      const at = content.lastIndexOf('@');
      if (entry.stamps[i]) claims.set(content.slice(0, at), { stamp: entry.stamps[i], digest: content.slice(at + 1) });
    });
    if (this.chunks.chunkContentsOf(documentIdOf(url), claims).join('\n') !== entry.chunks.join('\n')) return false;
    this.index(url, entry.facts);
    this.recordedAs.set(url, JSON.stringify([entry.chunks, entry.facts]));
    this.trustedDocs.add(url);
    return true;
  }

  /** The document's posts whose album name has `key` (trusted documents only). */
  named(url: AutomergeUrl, key: string): readonly AlbumFact[] {
    return this.byKey.get(key)?.get(url) ?? [];
  }

  /** The album facts last trusted for the document (undefined: none trusted). */
  albumsOf(url: AutomergeUrl): AlbumFact[] | undefined {
    if (!this.trustedDocs.has(url)) return undefined;
    return [...(this.keysOf.get(url) ?? [])].flatMap((key) => this.named(url, key));
  }

  /** `facts`: all the document's posts as read from `chunks` (none: known in memory only, not kept on disk). */
  record(url: AutomergeUrl, facts: readonly AlbumFact[], chunks: readonly string[]): void {
    const named = facts.flatMap((fact) => (albumNameKey(fact.albumName) !== '' ? [albumFactOf(fact)] : []));
    // The months held are recorded at every cache refresh: only a change is indexed and written.
    const as = JSON.stringify([chunks, named]);
    if (this.trustedDocs.has(url) && this.recordedAs.get(url) === as) return;
    this.recordedAs.set(url, as);
    this.index(url, named);
    this.trustedDocs.add(url);
    const documentId = documentIdOf(url);
    // Known in memory only (no chunks to check it by later): what the file said of the document no longer holds.
    if (chunks.length === 0) this.load().delete(documentId);
    else this.load().set(documentId, { chunks: [...chunks], stamps: this.chunks.stampsOf(documentId, chunks), facts: named });
    this.changed = true;
  }

  /** The document may have changed: its entries count again only once its chunks are checked or it is read. */
  forget(url: AutomergeUrl): void {
    this.trustedDocs.delete(url);
  }

  forgetAll(): void {
    this.trustedDocs.clear();
  }

  /** Writes the index when it changed (temp and rename: a lost write is only read again); drops documents no longer in the plan. */
  save(current: readonly AutomergeUrl[]): void {
    if (!this.changed || !this.entries) return;
    const keep = new Set<string>(current.map(documentIdOf));
    const lines = [...this.entries].flatMap(([documentId, entry]) => (keep.has(documentId) ? [`${documentId}\t${isString(entry) ? entry : JSON.stringify(entry)}`] : []));
    try {
      replaceCacheFile(this.file, [HEADER, ...lines].join('\n'));
      this.changed = false;
    } catch {
      // A shortcut only: without it, documents' facts are read to learn their albums.
    }
  }

  /** The file read once a session; a missing or damaged one is an empty index, rebuilt as documents are read. */
  private load(): Map<string, string | Entry> {
    if (this.entries) return this.entries;
    this.entries = new Map();
    let text = '';
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      // Missing: as empty.
    }
    const lines = text.split('\n');
    if (lines[0] !== HEADER) return this.entries;
    for (const line of lines.slice(1)) {
      const tab = line.indexOf('\t');
      if (tab > 0) this.entries.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return this.entries;
  }

  private index(url: AutomergeUrl, facts: readonly AlbumFact[]): void {
    for (const key of this.keysOf.get(url) ?? []) this.byKey.get(key)?.delete(url);
    const keys = new Set<string>();
    this.keysOf.set(url, keys);
    for (const fact of facts) {
      const key = albumNameKey(fact.albumName);
      keys.add(key);
      const documents = this.byKey.get(key) ?? this.byKey.set(key, new Map()).get(key);
      const list = documents?.get(url) ?? documents?.set(url, []).get(url);
      list?.push(fact);
    }
  }
}
