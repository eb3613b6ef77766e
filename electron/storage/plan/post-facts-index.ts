import fs from 'node:fs';
import path from 'node:path';
import type { AutomergeUrl } from '@automerge/automerge-repo';
import { z } from 'zod';
import type { PostFact } from '../../../shared/checklist/post-fact';
import { Post } from '../../../shared/domain/post';
import { AlbumNamesIndex } from './album-names-index';
import type { ChunkFiles } from './chunk-files';
import { replaceCacheFile } from '../replace-cache-file';
import { documentIdOf } from './plan-engine';

/*
 * Issue 14: a month's checklists compare its albums with those of the year around it, and
 * the overview reads each channel's last post and the marketing share's last twelve. That
 * read the year's months whole (25 at a time, their texts, images and comments), held them
 * in memory for good and made conflicts() load every one into the engine. The few fields
 * those rules read (PostFact) are kept here per month document instead, with `updatedAt` to
 * choose between two copies of a moved post as a month read does.
 *
 * In memory, an entry holds until the document changes: the repository forgets it when
 * another laptop's changes to it are merged, and never reads it for a month it holds (its
 * own writes go there). On disk (cache/facts/<documentId>.json, device-local as the read
 * cache) an entry counts only while the document's chunk files are exactly those (names
 * and bytes) it was read from; so a stale or lost file costs a read, never a wrong answer.
 */

export type StoredFact = PostFact & Pick<Post, 'updatedAt'>;

const { id, title, date, time, albumName, status, channelIds, marketing, updatedAt } = Post.shape;
const StoredFact = z.object({ id, title, date, time, albumName, status, channelIds, marketing, updatedAt });
const FactsFile = z.object({ chunks: z.array(z.string()), facts: z.array(StoredFact) });

export function storedFactOf(post: Post): StoredFact {
  const { id, title, date, time, albumName, status, channelIds, marketing, updatedAt } = post;
  return { id, title, date, time, albumName, status, channelIds, marketing, updatedAt };
}

export class PostFactsIndex {
  private readonly keptFacts = new Map<AutomergeUrl, readonly StoredFact[]>();
  /** Entries read from the documents since the last save, with the chunks they were read from. */
  private readonly unsaved = new Map<AutomergeUrl, { chunks: string[]; facts: readonly StoredFact[] }>();

  /** Beside the facts (cache/album-names.txt): the posts with an album, by name, fed by every read of a document's facts. */
  readonly albums: AlbumNamesIndex;

  constructor(
    private readonly dir: string,
    private readonly chunks: ChunkFiles,
  ) {
    this.albums = new AlbumNamesIndex(path.join(path.dirname(dir), 'album-names.txt'), chunks);
  }

  /** The facts held in memory for the document (none: not read, or forgotten). */
  kept(url: AutomergeUrl): readonly StoredFact[] | undefined {
    return this.keptFacts.get(url);
  }

  /** The document's facts, kept or read from its chunks before (on disk, or not saved yet) for its current chunks; undefined: read the document. */
  get(url: AutomergeUrl): readonly StoredFact[] | undefined {
    const kept = this.keptFacts.get(url);
    if (kept) return kept;
    const documentId = documentIdOf(url);
    let file: z.infer<typeof FactsFile> | undefined = this.unsaved.get(url) as z.infer<typeof FactsFile> | undefined;
    try {
      if (!file) {
        const parsed = FactsFile.safeParse(JSON.parse(fs.readFileSync(path.join(this.dir, `${documentId}.json`), 'utf8')));
        if (!parsed.success) return undefined;
        file = parsed.data;
      }
    } catch {
      return undefined;
    }
    const current = this.chunks.chunkContentsOf(documentId);
    if (current.length === 0 || current.join('\n') !== file.chunks.join('\n')) return undefined;
    this.keptFacts.set(url, file.facts);
    if (!this.albums.trusted(url)) this.albums.record(url, file.facts, file.chunks);
    return file.facts;
  }

  /** `facts` are what the document held as read from `chunks` (PlanEngine#contentsReadFrom; none: kept in memory only). */
  record(url: AutomergeUrl, facts: readonly StoredFact[], chunks: string[]): void {
    this.keptFacts.set(url, facts);
    if (chunks.length > 0) this.unsaved.set(url, { chunks, facts });
    this.albums.record(url, facts, chunks);
  }

  /** The document may have changed (another laptop's chunks came): its facts count again only for the chunks they were read from. */
  forget(url: AutomergeUrl): void {
    this.keptFacts.delete(url);
    this.albums.forget(url);
  }

  forgetAll(): void {
    this.keptFacts.clear();
    this.unsaved.clear();
    this.albums.forgetAll();
  }

  /** Writes the entries read since the last save (replaceCacheFile: a lost one is only read again); drops files of documents no longer in the plan. */
  save(current: AutomergeUrl[]): void {
    this.albums.save(current);
    try {
      for (const [url, entry] of this.unsaved) replaceCacheFile(path.join(this.dir, `${documentIdOf(url)}.json`), JSON.stringify(entry));
      this.unsaved.clear();
      if (!fs.existsSync(this.dir)) return;
      const keep = new Set(current.map((url) => `${documentIdOf(url)}.json`));
      for (const name of fs.readdirSync(this.dir)) if (name.endsWith('.json') && !keep.has(name)) fs.rmSync(path.join(this.dir, name), { force: true });
    } catch {
      // A shortcut only: without it, documents are read to learn their facts.
    }
  }
}
