import type { mediaContract } from '../../../shared/api/media-contract';
import type { HandlersFor } from '../../api/handler-types';
import type { MediaService } from './media-service';

export function mediaHandlers(media: MediaService): HandlersFor<typeof mediaContract> {
  return {
    'media:importImage': ({ fileName, data }) => media.importImage(fileName, data),
  };
}
