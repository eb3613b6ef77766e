import { z } from 'zod';
import { Id } from './ids';
import { Instant } from './local-time';

/** Who made a change on this laptop: trust-based attribution, not access control. */
export const ChangeAuthor = z.strictObject({ volunteerId: Id.nullable(), name: z.string().min(1).max(120) });
export type ChangeAuthor = z.infer<typeof ChangeAuthor>;

/** One version of a post in its history (issue 12 item 5). */
export const PostVersion = z.strictObject({
  /** Opaque to the UI (the engine's heads, joined). */
  version: z.string().min(1).max(4096),
  /** When the change was made. */
  at: Instant,
  /** null: made before anyone was named (e.g. migrated). */
  author: ChangeAuthor.nullable(),
  /** Top-level Post fields this version changed ('created', 'deleted', 'restored' for those events). */
  fields: z.array(z.string().max(64)).max(64),
});
export type PostVersion = z.infer<typeof PostVersion>;
