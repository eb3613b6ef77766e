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

export interface ConflictValue {
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
 * Whether `posts[id]` of a month document was edited concurrently with the change that
 * deleted it (trashed or moved on one laptop, edited on another): the edit is lost from
 * the post and must be shown. Changes after the delete that name the post and are not
 * its descendants are the concurrent edits.
 */
export function editsWhileDeleted(doc: A.Doc<unknown>, changes: readonly A.ChangeMetadata[], id: string): EditWhileDeleted | null {
  const naming = changes.filter((change) => readNote(change.message)?.posts?.includes(id) ?? true);
  const deletion = [...naming].reverse().find((change) => A.diff(doc, change.deps, [change.hash]).some((patch) => patch.path.length === 2 && patch.path[0] === 'posts' && patch.path[1] === id && patch.action === 'del'));
  if (!deletion) return null;
  const notAfter = new Set(A.getChangesMetaSince(doc, [deletion.hash]).map((change) => change.hash));
  const descendants = new Set<string>();
  for (const change of changes) if (notAfter.has(change.hash) && change.deps.some((dep) => dep === deletion.hash || descendants.has(dep))) descendants.add(change.hash);
  const concurrent = naming.filter((change) => notAfter.has(change.hash) && !descendants.has(change.hash));
  if (concurrent.length === 0) return null;
  const note = readNote(deletion.message);
  return {
    deletedBy: note?.author ?? null,
    deletedAt: note?.at ?? null,
    editedBy: concurrent.map((change) => {
      const edit = readNote(change.message);
      return { author: edit?.author ?? null, at: edit?.at ?? null };
    }),
  };
}
