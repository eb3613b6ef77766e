import type { AutomergeUrl } from '@automerge/automerge-repo';
import { stringifyAutomergeUrl } from '@automerge/automerge-repo';
import type { DocumentId } from '@automerge/automerge-repo';
import type { ChunkFiles } from './chunk-files';
import { stampOf } from './chunk-files';

/*
 * Which chunk files in the plan folder are new since we last looked (issue 13 item 2):
 * a file is read again only when its size, modification time or inode changed (a sync
 * tool completing a partial copy changes them). Chunks this process loaded or wrote are
 * not merged: their changes are in the engine already.
 */

export interface ArrivedChunks {
  /** Whole chunks of documents in the engine, to merge into them. */
  loaded: Map<AutomergeUrl, Uint8Array[]>;
  /** Documents not in the engine that got files: read through the engine when someone holds them. */
  unloaded: Set<AutomergeUrl>;
  /**
   * Documents whose new files a load read from disk before we looked (the engine loading a
   * document the plan had read from its chunks, as idle warming does): their changes are in the
   * engine, not in what was read of them, so they are read again like documents that merged.
   */
  loadedMeanwhile: Set<AutomergeUrl>;
}

export class OutsideChunks {
  private readonly stamps = new Map<string, string>();

  constructor(private readonly chunks: ChunkFiles) {}

  /**
   * Takes every chunk file on disk now as seen: taken at open, before any document is read, so
   * that the first rescan finds only what arrived since. Without it that rescan took every file
   * as new and loaded every month document into the engine, holding requests up behind it
   * (plan:conflicts after opening 10,000 posts waited 43–86 s under load).
   */
  async seeAll(): Promise<void> {
    for (const { file, stamp } of await this.chunks.allChunkFiles()) this.stamps.set(file, stamp);
  }

  /** The named files (watcher events), or every chunk file (a rescan), that changed since last seen. */
  async collect(isLoaded: (url: AutomergeUrl) => boolean, files?: string[]): Promise<ArrivedChunks> {
    const arrived: ArrivedChunks = { loaded: new Map(), unloaded: new Set(), loadedMeanwhile: new Set() };
    const candidates = files
      ? await Promise.all(
          files.map(async (file) => {
            const key = this.chunks.keyOfFile(file);
            const stamp = key && (await stampOf(file));
            return key && stamp ? [{ file, key, stamp }] : [];
          }),
        ).then((found) => found.flat())
      : await this.chunks.allChunkFiles();
    for (const { file, key, stamp } of candidates) {
      const seenBefore = this.stamps.has(file);
      if (this.stamps.get(file) === stamp) continue;
      this.stamps.set(file, stamp);
      const url = stringifyAutomergeUrl({ documentId: key[0] as DocumentId });
      if (this.chunks.isKnown(key)) {
        if (!seenBefore && !this.chunks.wrote(key)) arrived.loadedMeanwhile.add(url);
        continue;
      }
      if (!isLoaded(url)) {
        arrived.unloaded.add(url);
        continue;
      }
      const chunk = await this.chunks.readOutside(key);
      // Not whole yet (still being copied): its stamp changes when the copy completes.
      if (!chunk) continue;
      arrived.loaded.set(url, [...(arrived.loaded.get(url) ?? []), chunk.data]);
    }
    return arrived;
  }
}
