import * as A from '@automerge/automerge';
import type { AutomergeUrl } from '@automerge/automerge-repo';
import type { Id } from '../../../shared/domain/ids';
import { Post } from '../../../shared/domain/post';
import type { PostVersion } from '../../../shared/domain/post-history';
import type { PlanEngine } from './plan-engine';
import { documentIdOf, readNote } from './plan-engine';

/*
 * A post's history from the engine (issue 12 item 5): every change of its month's
 * documents and of the trash that touched posts[id], with who and when from the
 * change's note and which fields from a diff of the change against its parents.
 * A change whose note lists the posts it touched is diffed only when it names this one.
 * A version is "<document id>:<change hash>": the post as of that change is a view of
 * the document at that hash.
 */

const MAX_FIELDS = 64;

export async function postHistory(engine: PlanEngine, urls: AutomergeUrl[], trashUrl: AutomergeUrl, id: Id): Promise<PostVersion[]> {
  const found: (Omit<PostVersion, 'fields'> & { fields: Set<string>; order: number })[] = [];
  const docOf = async (url: AutomergeUrl) => {
    try {
      return (await engine.handle<unknown>(url)).doc();
    } catch {
      return null; // a month not (yet) here: its versions are not either
    }
  };
  // Grows as moves are found: the month a post came from holds its versions before the move.
  const queue = [...new Set(urls)];
  const moves: { from: AutomergeUrl; heads: string[]; fields: Set<string>; after: unknown }[] = [];
  for (const url of queue) {
    const doc = await docOf(url);
    if (!doc) continue;
    const inTrash = url === trashUrl;
    // Whether posts[id] exists in this document before each change (changes come parents first).
    let present = false;
    let seenBefore = false;
    A.getChangesMetaSince(doc, []).forEach((change, order) => {
      const note = readNote(change.message);
      if (note?.posts && !note.posts.includes(id)) return;
      const touched = A.diff(doc, change.deps, [change.hash]).filter((patch) => patch.path[0] === 'posts' && patch.path[1] === id);
      if (touched.length === 0) return;
      const fields = new Set<string>();
      if (touched.some((patch) => patch.path.length === 2 && patch.action === 'del')) {
        // Left this document: trashed or moved (shown by the trash), or restored (shown by its month).
        present = false;
        return;
      }
      // A whole new object over an older copy left here (a move back in: automerge-repository.ts#put) arrives as a move or a restore would.
      if (present && touched.some((patch) => patch.path.length === 2 && patch.action === 'put')) present = false;
      if (!present && note?.movedFrom) {
        const from = note.movedFrom.url as AutomergeUrl;
        if (!queue.includes(from)) queue.push(from);
        moves.push({ from, heads: note.movedFrom.heads, fields, after: A.view(doc as A.Doc<{ posts: Record<string, unknown> }>, [change.hash]).posts[id] });
        present = true;
      } else if (!present) {
        fields.add(inTrash ? 'deleted' : seenBefore ? 'restored' : 'created');
        present = true;
      } else {
        for (const patch of touched) {
          const field = inTrash ? (patch.path[2] === 'post' ? patch.path[3] : undefined) : patch.path[2];
          if (typeof field === 'string') fields.add(field);
        }
      }
      if (fields.size === 0 && !note?.movedFrom) return;
      seenBefore = true;
      found.push({
        version: `${documentIdOf(url)}:${change.hash}`,
        at: note?.at ?? new Date(change.time * 1000).toISOString(),
        author: note?.author ?? null,
        fields,
        order,
      });
    });
  }
  // A move's version names what changed with it (the date, at least), compared with the post just before it left.
  for (const move of moves) {
    const source = await docOf(move.from);
    const before = source ? (viewAt(source, move.heads)?.[id] as Record<string, unknown> | undefined) : undefined;
    const after = move.after as Record<string, unknown> | undefined;
    for (const key of new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])) {
      if (key !== 'updatedAt' && JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key])) move.fields.add(key);
    }
    if (move.fields.size === 0) move.fields.add('date');
  }
  return found
    .sort((a, b) => (a.at === b.at ? b.order - a.order : a.at < b.at ? 1 : -1))
    .map(({ order: _order, fields, ...version }) => ({ ...version, fields: [...fields].slice(0, MAX_FIELDS) }));
}

/** A document's posts as of `heads`; undefined when those changes are not (yet) in this folder. */
function viewAt(doc: A.Doc<unknown>, heads: string[]): Record<string, unknown> | undefined {
  try {
    return (A.view(doc as A.Doc<{ posts?: Record<string, unknown> }>, heads).posts ?? undefined) as Record<string, unknown> | undefined;
  } catch {
    return undefined;
  }
}

export async function postAtVersion(engine: PlanEngine, id: Id, version: string): Promise<Post | undefined> {
  const match = /^([1-9A-HJ-NP-Za-km-z]+):([0-9a-f]{64})$/.exec(version);
  if (!match) return undefined;
  const url = `automerge:${match[1]}` as AutomergeUrl;
  let value: unknown;
  try {
    const doc = (await engine.handle<{ posts?: Record<string, unknown> }>(url)).doc();
    const posts = A.view(doc, [match[2]]).posts;
    const entry = posts?.[id] as { post?: unknown } | undefined;
    value = entry && typeof entry === 'object' && 'post' in entry ? entry.post : entry;
    value = value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
  } catch {
    return undefined; // not a version of this plan
  }
  const parsed = Post.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
