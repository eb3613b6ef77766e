import * as A from '@automerge/automerge';
import type { Chunk, DocumentId, Repo } from '@automerge/automerge-repo';
import { DocHandle } from '@automerge/automerge-repo';
import { isUsable } from './read-cache-file';

/*
 * A document put into automerge-repo at the cost of Automerge's own `A.load` of its chunks.
 * automerge-repo's load (`repo.find` → storage → handle ready) builds the document from
 * patches (`loadIncremental` into an empty document) and its handle diffs it against the
 * empty document for a change event nobody here listens to: a month at 10,000 posts cost
 * 100–110 ms of CPU that way against 24 for `A.load` (load 8–16; README, "The first edit
 * after a first read"). So the handle is made here from `A.load`'s document, ready, and put
 * in the repo's cache of handles, where `repo.find` and `repo.flush` find it.
 *
 * What this gives up, and why that is fine for the plan:
 * - automerge-repo does not know which heads are on disk, so its first save of the
 *   document would write it whole: PlanEngine saves such a document itself instead, as
 *   incrementals since the heads it loaded (PlanEngine#saveQuick);
 * - the handle is not registered for automerge-repo's delayed save: every change here is
 *   flushed by PlanEngine.change, and a merged chunk is on disk already;
 * - no "change" event for the load (DocHandle's diff of it is answered empty).
 */

/** Never called: the plan does not use automerge-repo's refs. */
const noRefs: ConstructorParameters<typeof DocHandle>[1] = () => {
  throw new Error('Refs are not used by the plan');
};

/** Automerge keeps the document's metadata under this symbol, with the last patches it made (`mostRecentPatch`), which `A.diff` answers from. */
const STATE = Symbol.for('_am_meta');

/** The chunks loaded as one document (undefined when nothing usable is there: the caller then loads as automerge-repo does). */
export function loadChunks(chunks: Chunk[]): A.Doc<unknown> | undefined {
  const data = chunks.flatMap((chunk) => (chunk.data ? [chunk.data] : []));
  if (data.length === 0) return undefined;
  try {
    const doc = A.load<unknown>(Buffer.concat(data), { allowMissingChanges: true });
    return isUsable(doc) ? doc : undefined;
  } catch {
    return undefined;
  }
}

/** A ready handle of `doc` in `repo`'s cache (the one there already, if one was made meanwhile). */
export function handOver(repo: Repo, documentId: DocumentId, doc: A.Doc<unknown>): DocHandle<unknown> {
  const existing = repo.handles[documentId] as DocHandle<unknown> | undefined;
  if (existing) return existing;
  const handle = new DocHandle<unknown>(documentId, noRefs);
  const state = Reflect.get(doc, STATE) as { mostRecentPatch?: unknown } | undefined;
  const before = state?.mostRecentPatch;
  // The handle diffs the document from no heads to its heads for its change event: told there is nothing to tell.
  if (state) state.mostRecentPatch = { before: [], after: A.getHeads(doc), patches: [] };
  try {
    handle.update(() => doc);
  } finally {
    // Only that one diff: history asks A.diff of this document for real patches later.
    if (state) state.mostRecentPatch = before;
  }
  handle.doneLoading();
  repo.handles[documentId] = handle;
  return handle;
}
