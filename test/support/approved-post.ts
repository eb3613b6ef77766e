import type { InputOf } from '../../shared/api/contract';
import type { Post } from '../../shared/domain/post';
import { approvePost } from '../../shared/review/review-rules';
import type { TestBackend } from './backend';

/**
 * A post someone approved earlier: created in review, then written approved as
 * posts:approve stores it, without the name prompt and the checklist gate, which
 * tests of their own cover.
 */
export async function approvedPost(backend: TestBackend, fields: Omit<InputOf<'posts:create'>, 'status'>, by = 'Hallitus'): Promise<Post> {
  const post = await backend.call('posts:create', { ...fields, status: 'in-review' });
  return await backend.repo.replacePost(approvePost(post, by, post.updatedAt));
}
