import type { postsContract } from '../../../shared/api/posts-contract';
import type { HandlersFor } from '../../api/handler-types';
import type { ReviewService } from '../review/review-service';
import type { PostsService } from './posts-service';

export function postsHandlers(posts: PostsService, review: ReviewService): HandlersFor<typeof postsContract> {
  return {
    'posts:list': (range) => posts.list(range),
    'posts:listUndated': () => posts.listUndated(),
    'posts:get': ({ id }) => posts.get(id),
    'posts:create': (fields) => posts.create(fields),
    'posts:update': ({ id, changes }) => posts.update(id, changes),
    'posts:delete': ({ id }) => posts.delete(id),
    'posts:restore': ({ id }) => posts.restore(id),
    'posts:trash': () => posts.trash(),
    'posts:history': ({ id }) => posts.history(id),
    'posts:restoreVersion': ({ id, version }) => posts.restoreVersion(id, version),
    'posts:approve': ({ id, overrideReason }) => review.approve(id, overrideReason),
    'posts:comment': ({ id, text }) => review.comment(id, text),
    'posts:deleteComment': ({ id, commentId }) => review.deleteComment(id, commentId),
  };
}
