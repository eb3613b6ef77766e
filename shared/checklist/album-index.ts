import type { Post } from '../domain/post';

/*
 * The albums a request compares against, keyed by the name as sameAlbumName sees it.
 * Built once per request, so checking a month of posts costs one lookup each instead
 * of comparing every post with every album of the year around it.
 */

export type AlbumPost = Pick<Post, 'id' | 'title' | 'date' | 'albumName' | 'status'>;

/** What the album-name index keeps of a post: AlbumPost, `time` to sort as postsBetween, `updatedAt` to choose between two copies of a moved post. */
export type AlbumFact = AlbumPost & Pick<Post, 'time' | 'updatedAt'>;

/** Keys worked out so far: a plan has a few hundred album names, each looked up for every post of every range read. */
const keys = new Map<string, string>();

/** What sameAlbumName compares: case, spacing and the way ä was typed do not matter; '' for no name. */
export function albumNameKey(name: string): string {
  if (name === '') return '';
  let key = keys.get(name);
  if (key === undefined) {
    // Issue 14: lower-casing through ICU for each post of each range was ~12 % of the month view's server calls' CPU at 50,000 posts.
    key = name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');
    // Bounded: names typed into the editor one key at a time are looked up too.
    if (keys.size >= 10_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

export interface AlbumIndex<P extends AlbumPost = AlbumPost> {
  /** Posts whose album has this key, in the order given (cancelled posts left out: their albums clash with nothing). */
  readonly byKey: ReadonlyMap<string, readonly P[]>;
}

export function albumIndex<P extends AlbumPost>(posts: readonly P[]): AlbumIndex<P> {
  const byKey = new Map<string, P[]>();
  for (const post of posts) {
    if (post.status === 'cancelled') continue;
    const key = albumNameKey(post.albumName);
    if (key === '') continue;
    const same = byKey.get(key);
    if (same) same.push(post);
    else byKey.set(key, [post]);
  }
  return { byKey };
}

/** The first other post whose album would have the same name as `name`. */
export function albumTwin(index: AlbumIndex, post: Pick<AlbumPost, 'id'>, name: string): AlbumPost | undefined {
  const key = albumNameKey(name);
  if (key === '') return undefined;
  return index.byKey.get(key)?.find((other) => other.id !== post.id);
}
