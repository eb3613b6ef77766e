import { z } from 'zod';
import { Id } from '../domain/ids';
import type { Post } from '../domain/post';
import { PostStatus } from '../domain/post';

/*
 * The calendar's filters: by channel, status, author, responder, tag and free text.
 * Values within one kind are alternatives (Instagram or the Facebook page); kinds
 * combine (Instagram and in review). Every view applies the same filter.
 */

export const PostFilter = z.strictObject({
  channelIds: z.array(Id),
  statuses: z.array(PostStatus),
  authorIds: z.array(Id),
  responderIds: z.array(Id),
  tags: z.array(z.string()),
  text: z.string(),
});
export type PostFilter = z.infer<typeof PostFilter>;

export const filterKinds = ['channelIds', 'statuses', 'authorIds', 'responderIds', 'tags'] as const;
export type FilterKind = (typeof filterKinds)[number];

export const emptyFilter: PostFilter = { channelIds: [], statuses: [], authorIds: [], responderIds: [], tags: [], text: '' };

/** "nobody": the filter value that finds posts without an author / responder. */
export const NOBODY = '-';

function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('fi');
}

function matchesPerson(id: string | null, wanted: string[]): boolean {
  return wanted.length === 0 || wanted.includes(id ?? NOBODY);
}

function matchesFilter(post: Post, filter: PostFilter): boolean {
  if (filter.channelIds.length && !post.channelIds.some((id) => filter.channelIds.includes(id))) return false;
  if (filter.statuses.length && !filter.statuses.includes(post.status)) return false;
  if (!matchesPerson(post.authorId, filter.authorIds) || !matchesPerson(post.responderId, filter.responderIds)) return false;
  if (filter.tags.length) {
    const tags = post.tags.map((tag) => tag.toLocaleLowerCase('fi'));
    if (!filter.tags.some((tag) => tags.includes(tag.toLocaleLowerCase('fi')))) return false;
  }
  const words = normalise(filter.text).split(/\s+/).filter(Boolean);
  if (words.length) {
    const haystack = normalise([post.title, post.text, ...Object.values(post.variants), post.albumName, ...post.tags].join('\n'));
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

export function filterPosts(posts: Post[], filter: PostFilter): Post[] {
  return isFilterEmpty(filter) ? posts : posts.filter((post) => matchesFilter(post, filter));
}

export function isFilterEmpty(filter: PostFilter): boolean {
  return filterKinds.every((kind) => filter[kind].length === 0) && filter.text.trim() === '';
}

export function toggleFilterValue(filter: PostFilter, kind: FilterKind, value: string): PostFilter {
  const values: string[] = filter[kind];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...filter, [kind]: next };
}

/** Every tag used by the given posts, once, in alphabetical order (Finnish collation). */
export function tagsOf(posts: Post[]): string[] {
  const byKey = new Map<string, string>();
  for (const tag of posts.flatMap((post) => post.tags)) {
    const key = tag.toLocaleLowerCase('fi');
    if (!byKey.has(key)) byKey.set(key, tag);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'fi'));
}
