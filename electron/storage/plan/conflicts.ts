import * as A from '@automerge/automerge';
import type { ChangeAuthor } from '../../../shared/domain/post-history';
import { readPlain } from './assign';
import { readNote } from './plan-engine';

/*
 * Concurrent values the engine kept (issue 13 item 3). When two laptops set the same
 * field without seeing each other's change, Automerge shows the same winner everywhere
 * and keeps the other value (`getConflicts`); here each value is named with who wrote
 * it, from the signed note of the change that holds its operation. Everything is read
 * from the merged documents, so every laptop lists the same conflicts.
 */

interface ConflictValue {
  /** Opaque: pass back to choose this value. */
  choice: string;
  value: unknown;
  author: ChangeAuthor | null;
  at: string | null;
  /** The value every laptop shows until someone chooses. */
  shown: boolean;
}

export interface FieldConflict {
  field: string;
  values: ConflictValue[];
}

/** Fields every edit sets (bookkeeping), never shown as a conflict: two edits of different fields both set them. */
const BOOKKEEPING = new Set(['updatedAt']);

/** Who wrote an operation ("<counter>@<actor>"): the note of the change whose operations include it. */
export class Authorship {
  private readonly byActor = new Map<string, A.ChangeMetadata[]>();

  constructor(changes: readonly A.ChangeMetadata[]) {
    for (const change of changes) this.byActor.set(change.actor, [...(this.byActor.get(change.actor) ?? []), change]);
  }

  of(opId: string): { author: ChangeAuthor | null; at: string | null } {
    const [counter, actor] = opId.split('@');
    const op = Number(counter);
    const change = this.byActor.get(actor)?.find((candidate) => candidate.startOp <= op && op <= candidate.maxOp);
    const note = readNote(change?.message ?? null);
    return { author: note?.author ?? null, at: note?.at ?? null };
  }
}

/** Lamport order of operation ids: the greatest is the value Automerge shows. */
function compareOps(a: string, b: string): number {
  const [counterA, actorA] = a.split('@');
  const [counterB, actorB] = b.split('@');
  return Number(counterA) - Number(counterB) || actorA.localeCompare(actorB);
}

/** The conflicting top-level fields of `object` (an Automerge map inside a document), shown value first. */
export function conflictsOf(object: Record<string, unknown>, authorship: Authorship): FieldConflict[] {
  const found: FieldConflict[] = [];
  for (const field of Object.keys(object).sort()) {
    if (BOOKKEEPING.has(field)) continue;
    const conflicts = A.getConflicts(object as A.Doc<Record<string, unknown>>, field);
    if (!conflicts || Object.keys(conflicts).length < 2) continue;
    const ops = Object.keys(conflicts).sort(compareOps).reverse();
    const values = ops.map((choice, index) => ({ choice, value: readPlain(conflicts[choice]), ...authorship.of(choice), shown: index === 0 }));
    // Two laptops that wrote the same value disagree about nothing.
    if (new Set(values.map((entry) => JSON.stringify(entry.value))).size < 2) continue;
    found.push({ field, values });
  }
  return found;
}

/** The value of a conflict `choice` (an operation id from conflictsOf), or undefined when it is no longer among them. */
export function conflictValue(object: Record<string, unknown>, field: string, choice: string): { value: unknown } | undefined {
  const conflicts = A.getConflicts(object as A.Doc<Record<string, unknown>>, field);
  return conflicts && choice in conflicts ? { value: readPlain(conflicts[choice]) } : undefined;
}

export interface EditWhileDeleted {
  deletedBy: ChangeAuthor | null;
  deletedAt: string | null;
  /** Who edited the post without having seen the delete: their edit is only in its history. */
  editedBy: { author: ChangeAuthor | null; at: string | null }[];
}

/**
 * Whether `posts[id]` of a month document was edited concurrently with a change that
 * deleted it (trashed or moved on one laptop, edited on another): the edit is lost from
 * the post and must be shown, even when the post came back later. An edit is lost when
 * it is neither before a deletion (the deleting laptop had it) nor after one. Deletions
 * are the changes whose note lists the post as removed, so no change is diffed. Changes are ordered by their note's time and
 * hash, so every laptop names the same deletion and edits whatever order it merged them in.
 */
export function editsWhileDeleted(doc: A.Doc<unknown>, changes: readonly A.ChangeMetadata[], id: string): EditWhileDeleted | null {
  // Changes that name their posts only: one that touched more (an import) is not an edit of this post.
  const naming = changes.filter((change) => readNote(change.message)?.posts?.includes(id) ?? false);
  const deletions = naming.filter((change) => readNote(change.message)?.removed?.includes(id) ?? false);
  if (deletions.length === 0) return null;
  const hashes = new Set(changes.map((change) => change.hash));
  const ancestorsOf = (change: A.ChangeMetadata) => {
    const notBefore = new Set(A.getChangesMetaSince(doc, [change.hash]).map((later) => later.hash));
    return new Set([...hashes].filter((hash) => !notBefore.has(hash) && hash !== change.hash));
  };
  const before = deletions.map(ancestorsOf);
  const after = new Set<string>();
  for (const change of changes) if (change.deps.some((dep) => after.has(dep) || deletions.some((deletion) => deletion.hash === dep))) after.add(change.hash);
  const lost = naming.filter((change) => !deletions.includes(change) && !after.has(change.hash) && !before.some((ancestors) => ancestors.has(change.hash)));
  if (lost.length === 0) return null;
  const order = (a: { at: string | null; hash: string }, b: { at: string | null; hash: string }) => (a.at ?? '').localeCompare(b.at ?? '') || a.hash.localeCompare(b.hash);
  const noted = (change: A.ChangeMetadata) => {
    const note = readNote(change.message);
    return { author: note?.author ?? null, at: note?.at ?? null, hash: change.hash };
  };
  const deletion = deletions.map(noted).sort(order).at(-1);
  return {
    deletedBy: deletion?.author ?? null,
    deletedAt: deletion?.at ?? null,
    editedBy: lost
      .map(noted)
      .sort(order)
      .map(({ author, at }) => ({ author, at })),
  };
}
