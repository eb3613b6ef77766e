import { z } from 'zod';
import { Id } from '../domain/ids';
import { Post } from '../domain/post';
import { PublishedAddress } from '../domain/publication';
import { channel } from './contract-kit';
import { ById } from './settings-contract';

/*
 * The share kit (issue 17 item 1): marking a post's channel as published by hand, who
 * and when recorded by main (the person chosen at this laptop), as approvals are.
 * Direct posting writes the same record (shared/domain/publication.ts).
 */
export const shareContract = {
  /** Marks one channel of an approved post published; the post becomes published when all its channels are. */
  'share:markPublished': channel(z.strictObject({ id: Id, channelId: Id, url: PublishedAddress }), Post),
  /** Undo of the above; a published post goes back to approved. */
  'share:unmarkPublished': channel(z.strictObject({ id: Id, channelId: Id }), Post),
  /** Shows the post's cover image in the file manager (the desktop app); `shown: false` where the host has none. */
  'share:showImage': channel(ById, z.strictObject({ shown: z.boolean() })),
};
