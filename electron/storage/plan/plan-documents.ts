import type { AutomergeUrl } from '@automerge/automerge-repo';
import type { PostBucket, TrashedPost } from '../../../shared/domain/documents';
import type { Id } from '../../../shared/domain/ids';
import type { Post } from '../../../shared/domain/post';

/*
 * The kinds of document in a plan (electron/storage/README.md). automerge-repo cannot
 * list documents, so the root names every other one. A month may have several
 * documents: two laptops that both start a new month each create one, and the root
 * keeps both (a set of URLs per month, never one URL that a concurrent write would
 * overwrite); reading a month merges them.
 */

export interface RootDocument {
  format: number;
  /** The main document: association, channels, volunteers, duties, templates, settings. */
  shared: AutomergeUrl;
  trash: AutomergeUrl;
  /**
   * Document → the month ("2027-01", or "undated") whose posts it holds. Keyed by
   * document so that two laptops adding a document for the same new month add two
   * keys (both kept), where a map per month created by each would be one conflicting key.
   */
  months: Record<AutomergeUrl, PostBucket>;
}

export interface PostsDocument {
  posts: Record<Id, Post>;
}

export interface TrashDocument {
  posts: Record<Id, TrashedPost>;
}

/** The documents of a month, sorted. */
export function documentsOfMonth(root: RootDocument, bucket: PostBucket): AutomergeUrl[] {
  return (Object.entries(root.months) as [AutomergeUrl, PostBucket][]).flatMap(([url, month]) => (month === bucket ? [url] : [])).sort();
}

export const monthsOf = (root: RootDocument): PostBucket[] => [...new Set(Object.values(root.months))];
