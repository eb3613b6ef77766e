import { z } from 'zod';
import { Id } from './ids';
import { Instant } from './local-time';

export const ChangeAuthor = z.strictObject({ volunteerId: Id.nullable(), name: z.string().min(1).max(120) });
export type ChangeAuthor = z.infer<typeof ChangeAuthor>;

export const PostVersion = z.strictObject({
  version: z.string().min(1).max(4096),   // opaque to the UI (the engine's heads, joined)
  at: Instant,                             // when the change was made
  author: ChangeAuthor.nullable(),         // null: made before anyone was named (e.g. migrated)
  fields: z.array(z.string().max(64)).max(64), // top-level Post fields this version changed ('created', 'deleted', 'restored' for those events)
});
export type PostVersion = z.infer<typeof PostVersion>;
