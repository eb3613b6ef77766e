import { sameRecord } from '../../../shared/backup/folder-data';

/*
 * Services hand the repository whole immutable values (a new Post, a new main
 * document). Writing them into an Automerge document as "replace everything" would
 * make every save touch every field, so two laptops editing different fields of one
 * post would overwrite each other and the history could not say what changed. This
 * writes only the difference: objects key by key, arrays of records with an `id`
 * matched by id, other arrays and scalars replaced when they differ; undefined is
 * left out (Automerge has no undefined). It is glue, not a CRDT: Automerge merges.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Target = Record<string, unknown>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasIds = (list: unknown[]): list is { id: string }[] => list.every((item) => isObject(item) && typeof item.id === 'string') && new Set(list.map((item) => (item as { id: string }).id)).size === list.length;

/** `value` without undefined anywhere (what JSON.stringify would keep), as Automerge accepts it. */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Makes the Automerge object `target` (inside a change callback) equal `next`, touching only what differs. */
export function assignInto(target: Target, next: Record<string, unknown>): void {
  for (const key of Object.keys(target)) {
    if (next[key] === undefined) delete target[key];
  }
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined) continue;
    assignKey(target, key, value);
  }
}

function assignKey(target: Target, key: string, value: unknown): void {
  const current = target[key];
  if (isObject(value) && isObject(current)) {
    assignInto(current, value);
    return;
  }
  if (Array.isArray(value) && Array.isArray(current)) {
    if (sameRecord(toPlain(current), value)) return;
    if (hasIds(value) && hasIds(current as unknown[])) {
      assignById(current as Target[], value as Record<string, unknown>[]);
      return;
    }
    target[key] = plain(value) as unknown;
    return;
  }
  if (current === value) return;
  target[key] = isObject(value) || Array.isArray(value) ? (plain(value) as unknown) : value;
}

/** A list of records (channels, volunteers, duties…): each record edited in place by id, the order made to match. */
function assignById(current: Target[], next: Record<string, unknown>[]): void {
  const wanted = new Set(next.map((item) => item.id as string));
  for (let i = current.length - 1; i >= 0; i--) {
    if (!wanted.has(current[i].id as string)) current.splice(i, 1);
  }
  next.forEach((item, index) => {
    const at = current.findIndex((existing) => existing.id === item.id);
    if (at === index) {
      assignInto(current[index], item);
      return;
    }
    if (at >= 0) current.splice(at, 1); // moved: re-inserted at its new place below
    current.splice(index, 0, plain(item));
  });
}

/** An Automerge value read inside a change, as plain JSON (strings may be text objects). */
function toPlain(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}
