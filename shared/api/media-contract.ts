import { z } from 'zod';
import { CoverImage } from '../domain/post';
import { channel } from './contract-kit';

/*
 * Images picked from disk are sent as bytes (base64) whatever the transport, copied
 * into the data folder's media/ under a new unguessable name (so moving or deleting
 * the original breaks nothing), and served back to the renderer at /media/<file>.
 */

export const ImportedImage = CoverImage.omit({ alt: true });
export type ImportedImage = z.infer<typeof ImportedImage>;

export const mediaContract = {
  'media:importImage': channel(
    z.strictObject({
      /** The name the file had on disk, for messages only. */
      fileName: z.string().max(500),
      data: z.base64({ error: 'v.imageType' }).max(14_000_000, { error: 'v.imageTooLarge' }),
    }),
    ImportedImage,
  ),
};
