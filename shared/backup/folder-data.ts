import type { MainDocument, TrashedPost } from '../domain/documents';
import type { Post } from '../domain/post';

/** Everything a data folder holds, as records: what a backup carries and an import writes. */
export interface FolderData {
  main: MainDocument;
  /** Every post, dated or not. */
  posts: Post[];
  trash: TrashedPost[];
}

/** JSON with object keys sorted, so two records compare equal whatever order their fields were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export function sameRecord(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
