import type { Id } from '../../shared/domain/ids';
import type { Post } from '../../shared/domain/post';
import { DomainError, notFound } from './domain-error';
import type { PlanRepository } from '../storage/plan-repository';

export async function existingPost(repo: PlanRepository, id: Id): Promise<Post> {
  const post = await repo.findPost(id);
  if (!post) throw notFound('post', id);
  return post;
}

/** Who is acting: approvals, ticks and comments are signed with Settings › your name. */
export function actingUserName(repo: PlanRepository, action: string): string {
  const name = repo.main().settings.userName.trim();
  if (!name) throw new DomainError('rejected', `Set your name in Settings to ${action}.`, [{ path: 'userName', message: 'v.userNameRequired' }]);
  return name;
}
