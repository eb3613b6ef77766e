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

type Backend = ReturnType<typeof A.getBackend>;

/** A record's versions: the ids of the objects at one key, the shown one first, in the document they live in. */
export interface RecordVersions {
  backend: Backend;
  objects: string[];
}

/**
 * The versions of `map[key]` (`map` an object of `doc`): one object, or several when laptops
 * each wrote a whole new object there at once (two laptops moved a post into the same
 * month document). Automerge shows one of them everywhere; the others' fields are not
 * conflicts of the shown object, so a title edited before such a move would vanish unlisted.
 */
export function versionsOf(doc: A.Doc<unknown>, map: unknown, key: string | number): RecordVersions {
  const backend = A.getBackend(doc);
  const mapId = A.getObjectId(map);
  const objects = mapId === null ? [] : backend.getAll(mapId, key).flatMap((entry) => (entry[0] === 'map' ? [entry[1]] : []));
  return { backend, objects: objects.sort(compareOps).reverse() };
}

/** The values of one field of one version: [operation id, plain value], shown first. */
function fieldValues(backend: Backend, object: string, field: string): [string, unknown][] {
  return backend
    .getAll(object, field)
    .map((entry): [string, unknown] => (entry.length === 3 ? [entry[2], entry[1]] : [entry[1], readPlain(backend.materialize(entry[1]))]))
    .sort(([a], [b]) => compareOps(b, a));
}

/** The conflicting top-level fields of a record (all its versions), shown value first. */
export function conflictsOf({ backend, objects }: RecordVersions, authorship: Authorship): FieldConflict[] {
  const found: FieldConflict[] = [];
  for (const field of [...new Set(objects.flatMap((object) => backend.keys(object)))].sort()) {
    if (BOOKKEEPING.has(field)) continue;
    const values: ConflictValue[] = [];
    const seen = new Set<string>();
    objects.forEach((object, index) => {
      fieldValues(backend, object, field).forEach(([choice, value], rank) => {
        // The same value in two versions (a field neither laptop changed) is one value; so are two laptops that wrote the same.
        const key = JSON.stringify(value);
        if (seen.has(key)) return;
        seen.add(key);
        values.push({ choice, value, ...authorship.of(choice), shown: index === 0 && rank === 0 });
      });
    });
    if (values.length > 1) found.push({ field, values });
  }
  return found;
}

/** The value of a conflict `choice` (an operation id from conflictsOf) among a record's versions, or undefined when it is no longer among them. */
export function conflictValue({ backend, objects }: RecordVersions, field: string, choice: string): { value: unknown } | undefined {
  const values = objects.flatMap((object) => fieldValues(backend, object, field));
  // One value left: someone chose already.
  if (values.length < 2) return undefined;
  const found = values.find(([op]) => op === choice);
  return found && { value: found[1] };
}

/** The shown version as plain JSON. */
export function shownVersion({ backend, objects }: RecordVersions): Record<string, unknown> {
  return readPlain(backend.materialize(objects[0]));
}

/** Changes by their note's time, then hash: the same order on every laptop, whatever order it merged them in. */
const byNoteTime = (a: { at?: string | null; hash: string }, b: { at?: string | null; hash: string }) => (a.at ?? '').localeCompare(b.at ?? '') || a.hash.localeCompare(b.hash);

export interface EditWhileDeleted {
  /** The post's title when it was deleted (or moved away): the laptop may hold it nowhere else to name it by. */
  title: string | null;
  deletedBy: ChangeAuthor | null;
  deletedAt: string | null;
  /** The month (or "undated") the post was moved to by that change, which is then no delete; null: it went to the trash. */
  movedTo: string | null;
  /** Who edited the post without having seen the delete: their edit is only in its history. */
  editedBy: { author: ChangeAuthor | null; at: string | null }[];
}

/**
 * Whether `posts[id]` of a month document was edited concurrently with a change that
 * deleted it (trashed or moved on one laptop, edited on another): the edit is lost from
 * the post and must be shown, even when the post came back later. An edit is lost when
 * it is neither before nor after some deletion, even one it is before another deletion
 * of: a comment made and then trashed on one laptop while the other moved the post is
 * only in the trashed copy, while the moved one stays live without it (the two-laptop
 * soak found that). Deletions are the changes whose note lists the post as removed, so no
 * change is diffed. Changes are ordered byNoteTime, so every laptop names the same
 * deletion and edits.
 */
function editsWhileDeleted(doc: A.Doc<unknown>, changes: readonly A.ChangeMetadata[], id: string): EditWhileDeleted | null {
  // Changes that name their posts only: one that touched more (an import) is not an edit of this post.
  const naming = changes.filter((change) => readNote(change.message)?.posts?.includes(id) ?? false);
  const deletions = naming.filter((change) => readNote(change.message)?.removed?.includes(id) ?? false);
  if (deletions.length === 0) return null;
  const edits = naming.filter((change) => !deletions.includes(change));
  // Per deletion, the changes it had (its ancestors) and those made after it (its descendants).
  const laterThan = (change: A.ChangeMetadata) => new Set(A.getChangesMetaSince(doc, [change.hash]).map((later) => later.hash));
  const ancestorsOf = (change: A.ChangeMetadata, later: Set<string>) => new Set(changes.filter((other) => !later.has(other.hash) && other.hash !== change.hash).map((other) => other.hash));
  const concurrent = deletions.map((deletion) => {
    const later = laterThan(deletion);
    const before = ancestorsOf(deletion, later);
    const after = new Set<string>();
    for (const change of changes) if (change.deps.some((dep) => after.has(dep) || dep === deletion.hash)) after.add(change.hash);
    return { deletion, lost: edits.filter((edit) => !before.has(edit.hash) && !after.has(edit.hash)) };
  }).filter(({ lost }) => lost.length > 0);
  if (concurrent.length === 0) return null;
  const noted = (change: A.ChangeMetadata) => {
    const note = readNote(change.message);
    return { author: note?.author ?? null, at: note?.at ?? null, hash: change.hash, deps: change.deps };
  };
  const deletion = concurrent.map(({ deletion }) => ({ ...noted(deletion), movedTo: readNote(deletion.message)?.movedTo ?? null })).sort(byNoteTime).at(-1);
  const lost = [...new Set(concurrent.flatMap(({ lost }) => lost))];
  // The document as the deleting change found it: every laptop names the post alike.
  const before = deletion && (A.view(doc, deletion.deps) as { posts?: Record<string, { title?: unknown }> });
  const title = before?.posts?.[id]?.title;
  return {
    title: title === undefined || title === null ? null : String(title),
    deletedBy: deletion?.author ?? null,
    deletedAt: deletion?.at ?? null,
    movedTo: deletion?.movedTo ?? null,
    editedBy: lost
      .map(noted)
      .sort(byNoteTime)
      .map(({ author, at }) => ({ author, at })),
  };
}

/**
 * Posts two laptops trashed at once: each wrote a whole trash entry and Automerge shows one
 * of them everywhere. When the other entry's post differs (its laptop had commented on it or
 * moved it first), what only that version held is lost to the shown delete: listed as edits
 * lost to a delete, by the laptop whose entry is not shown (from the change that wrote it).
 */
export function trashedAtOnce(doc: A.Doc<unknown>, posts: unknown, authorship: Authorship): ({ postId: string } & EditWhileDeleted)[] {
  const found: ({ postId: string } & EditWhileDeleted)[] = [];
  for (const id of Object.keys(posts ?? {}).sort()) {
    const { backend, objects } = versionsOf(doc, posts, id);
    if (objects.length < 2) continue;
    const entries = objects.map((object) => readPlain<{ post?: Record<string, unknown>; deletedAt?: string }>(backend.materialize(object)));
    // updatedAt is bookkeeping: two laptops trashing the same version lose nothing.
    const postOf = (entry: (typeof entries)[number]) => JSON.stringify({ ...entry.post, updatedAt: null });
    const lost = objects.filter((_object, index) => index > 0 && postOf(entries[index]) !== postOf(entries[0]));
    if (lost.length === 0) continue;
    const shown = authorship.of(objects[0]);
    found.push({
      postId: id,
      title: typeof entries[0].post?.title === 'string' ? entries[0].post.title : null,
      deletedBy: shown.author,
      deletedAt: entries[0].deletedAt ?? shown.at,
      movedTo: null,
      editedBy: lost.map((object) => authorship.of(object)).sort((a, b) => (a.at ?? '').localeCompare(b.at ?? '')),
    });
  }
  return found;
}

export interface MovedWhileDeleted {
  /** Where the move took the post (the month document it lives on in, or "undated"). */
  movedTo: string;
  movedBy: ChangeAuthor | null;
  movedAt: string | null;
  deletedBy: ChangeAuthor | null;
  deletedAt: string | null;
}

/**
 * Whether `posts[id]` of a month document was moved away on one laptop while another
 * trashed it (neither change before the other): the move wrote the post into its new
 * month and the delete wrote it into the trash, so it is in both. Which laptop wins is
 * no rule a user could guess, so nothing is undone here: the post stays shown, and the
 * pair is listed (the latest, by note time and hash, the same on every laptop) so that
 * a person deletes it again or keeps it.
 */
function movedWhileDeleted(doc: A.Doc<unknown>, changes: readonly A.ChangeMetadata[], id: string): MovedWhileDeleted | null {
  const deletions = changes.filter((change) => readNote(change.message)?.removed?.includes(id) ?? false);
  const moves = deletions.filter((change) => readNote(change.message)?.movedTo !== undefined);
  const trashes = deletions.filter((change) => readNote(change.message)?.movedTo === undefined);
  if (moves.length === 0 || trashes.length === 0) return null;
  // The changes a change had not seen (after it or beside it): two changes are concurrent when neither had seen the other.
  const unseenBy = new Map(deletions.map((change) => [change.hash, new Set(A.getChangesMetaSince(doc, [change.hash]).map((other) => other.hash))]));
  const concurrent = (a: A.ChangeMetadata, b: A.ChangeMetadata) => (unseenBy.get(a.hash)?.has(b.hash) ?? false) && (unseenBy.get(b.hash)?.has(a.hash) ?? false);
  const noted = (change: A.ChangeMetadata) => ({ ...readNote(change.message), hash: change.hash });
  const pairs = moves.flatMap((move) => trashes.filter((trash) => concurrent(move, trash)).map((trash) => ({ move: noted(move), trash: noted(trash) })));
  const last = pairs.sort((a, b) => byNoteTime(a.trash, b.trash) || byNoteTime(a.move, b.move)).at(-1);
  if (!last) return null;
  return { movedTo: String(last.move.movedTo), movedBy: last.move.author ?? null, movedAt: last.move.at ?? null, deletedBy: last.trash.author ?? null, deletedAt: last.trash.at ?? null };
}

/** Who last wrote post `id` in a document (its latest change naming the post without removing it, by note time and hash: the same on every laptop). */
export function lastWriterOf(changes: readonly A.ChangeMetadata[], id: string): { author: ChangeAuthor | null; at: string | null } {
  const writes = changes.flatMap((change) => {
    const note = readNote(change.message);
    return note?.posts?.includes(id) && !note.removed?.includes(id) ? [{ author: note.author, at: note.at, hash: change.hash }] : [];
  });
  const last = writes.sort(byNoteTime).at(-1);
  return { author: last?.author ?? null, at: last?.at ?? null };
}

/** What a month document holds of conflicts (conflicts-cache.ts keeps it per document, keyed by its chunks). */
export interface MonthConflicts {
  /** The document's heads it was found at (A.getHeads joined). */
  heads: string;
  posts: { postId: string; fields: FieldConflict[] }[];
  /** Every post's title and updatedAt: a post in two months is listed from these. */
  titles: [string, { updatedAt: string; title: string }][];
  found: ({ postId: string } & EditWhileDeleted)[];
  moved: ({ postId: string } & MovedWhileDeleted)[];
}

/** What the main document (its duties) or the trash (posts trashed on two laptops at once) holds of conflicts, kept as a month's are. */
export interface SharedConflicts {
  heads: string;
  duties: { dutyId: string; fields: FieldConflict[] }[];
  trashed: ({ postId: string } & EditWhileDeleted)[];
}

/**
 * True when no two changes are concurrent: each change's one parent is the change before
 * it (`changes` parents first, as A.getChangesMetaSince gives them). Automerge keeps two
 * values of a field (or two objects at a key) only for operations neither of which had seen
 * the other, and an edit is lost to a delete only when neither had seen the other: such a
 * history holds none, and every post need not be walked. A plan written on one laptop at a
 * time (each session its own actor) has one; `conflicts.spec.ts` checks both sides.
 */
export function isLinear(changes: readonly A.ChangeMetadata[]): boolean {
  return changes.every((change, index) => (index === 0 ? change.deps.length === 0 : change.deps.length === 1 && change.deps[0] === changes[index - 1].hash));
}

interface PostsDoc {
  posts?: Record<string, { updatedAt?: unknown; title?: unknown }>;
}

/** The conflicting fields of every post of a month document, and its posts' titles. */
export function fieldConflictsOf(doc: A.Doc<unknown>, changes: readonly A.ChangeMetadata[]): Pick<MonthConflicts, 'posts' | 'titles'> {
  const posts = (doc as PostsDoc).posts ?? {};
  const titles = Object.entries(posts).map(([id, post]): [string, { updatedAt: string; title: string }] => [id, { updatedAt: String(post.updatedAt), title: String(post.title) }]);
  if (isLinear(changes)) return { posts: [], titles };
  const authorship = new Authorship(changes);
  const found: MonthConflicts['posts'] = [];
  for (const id of Object.keys(posts).sort()) {
    const fields = conflictsOf(versionsOf(doc, posts, id), authorship);
    if (fields.length > 0) found.push({ postId: id, fields });
  }
  return { posts: found, titles };
}

/**
 * Posts that left a month document (trashed, or moved to another month) while another
 * laptop edited them there: the edit is only in history.
 */
export function removalsOf(doc: A.Doc<unknown>, changes: readonly A.ChangeMetadata[]): Pick<MonthConflicts, 'found' | 'moved'> {
  if (isLinear(changes)) return { found: [], moved: [] };
  const removed = [...new Set(changes.flatMap((change) => readNote(change.message)?.removed ?? []))];
  const found = removed.flatMap((id) => {
    const lost = editsWhileDeleted(doc, changes, id);
    return lost ? [{ postId: id, ...lost }] : [];
  });
  const moved = removed.flatMap((id) => {
    const pair = movedWhileDeleted(doc, changes, id);
    return pair ? [{ postId: id, ...pair }] : [];
  });
  return { found, moved };
}

/** Everything conflicts() lists from one month document (the warm-up worker finds it as main does). */
export function monthConflictsOf(doc: A.Doc<unknown>): MonthConflicts {
  const changes = A.getChangesMetaSince(doc, []);
  return { heads: A.getHeads(doc).join(), ...fieldConflictsOf(doc, changes), ...removalsOf(doc, changes) };
}
