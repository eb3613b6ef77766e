import type { Id } from '../../shared/domain/ids';
import type { Post } from '../../shared/domain/post';
import { notFound } from './domain-error';
import { postOrOccurrence } from './series/plan-posts';
import type { PlanRepository } from '../storage/plan-repository';

export async function existingPost(repo: PlanRepository, id: Id): Promise<Post> {
  const post = await postOrOccurrence(repo, id);
  if (!post) throw notFound('post', id);
  return post;
}

/** The name an approval, tick or comment is signed with (IdentityService.actingName); refuses while nobody is chosen. */
export type ActingName = (action: string) => string;
