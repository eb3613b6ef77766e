import type { reviewContract } from '../../../shared/api/review-contract';
import type { HandlersFor } from '../../api/handler-types';
import type { ReviewService } from './review-service';

export function reviewHandlers(review: ReviewService): HandlersFor<typeof reviewContract> {
  return {
    'posts:approve': ({ id, overrideReason }) => review.approve(id, overrideReason),
    'posts:comment': ({ id, text }) => review.comment(id, text),
    'posts:deleteComment': ({ id, commentId }) => review.deleteComment(id, commentId),
  };
}
