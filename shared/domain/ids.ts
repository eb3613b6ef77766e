import { z } from 'zod';

/** Record ids: UUIDs made by the app, or short slugs in fixtures and templates. */
export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'v.idInvalid' });
export type Id = z.infer<typeof Id>;

export function newId(): Id {
  return crypto.randomUUID();
}
