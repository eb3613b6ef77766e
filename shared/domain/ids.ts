import { z } from 'zod';

/**
 * Names every plain object inherits ("__proto__", "toString"…): as a key of a stored
 * record such an id would reach the prototype instead of the record, or vanish when
 * the file is read back, so no id may be one.
 */
const inheritedNames = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Record ids: UUIDs made by the app, or short slugs in fixtures and templates. They
 * start with a letter or digit (which also rules out "__proto__" and its kin).
 */
const idPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
export const Id = z.string().refine((id) => idPattern.test(id) && !inheritedNames.has(id), { error: 'v.idInvalid' });
export type Id = z.infer<typeof Id>;

export function newId(): Id {
  return crypto.randomUUID();
}

/** A record's own entry for a key, never one inherited from Object.prototype ("toString"). */
export function ownEntry<T>(record: Readonly<Partial<Record<string, T>>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
