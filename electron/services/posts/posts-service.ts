import type { DateRange } from '../../../shared/api/posts-contract';
import type { Id } from '../../../shared/domain/ids';
import { newId } from '../../../shared/domain/ids';
import type { PostChanges, PostFields } from '../../../shared/domain/post';
import { applyPostChanges, newPost, Post } from '../../../shared/domain/post';
import { reviewEdit } from '../../../shared/review/review-rules';
import { DomainError, invalid, notFound } from '../../api/domain-error';
import type { Repository } from '../../storage/repository';
import type { Clock } from '../clock';
import { ReferenceCheck } from '../references';

export class PostsService {
  constructor(
    private readonly repo: Repository,
    private readonly clock: Clock,
  ) {}

  list(range: DateRange): Post[] {
    return this.repo.postsBetween(range.from, range.to);
  }

  listUndated(): Post[] {
    return this.repo.undatedPosts();
  }

  get(id: Id): Post {
    const post = this.repo.findPost(id);
    if (!post) throw notFound('post', id);
    return post;
  }

  create(fields: Partial<PostFields> & { title: string }): Post {
    const post = newPost(fields, newId(), this.clock().toISOString());
    this.checkReferences(post);
    return this.repo.insertPost(post);
  }

  update(id: Id, changes: PostChanges): Post {
    const before = this.get(id);
    const next = Post.safeParse(applyPostChanges(before, changes, this.clock().toISOString()));
    if (!next.success) throw invalid('post', next.error, ['changes']);
    // Approving records who approved (posts:approve); a post sent back to work loses its approval.
    const reviewed = reviewEdit(before, next.data);
    if (!reviewed.ok) {
      throw new DomainError('rejected', 'An edit cannot approve a post: use posts:approve, which records who approved it.', [
        { path: 'changes.status', message: 'v.approveWithAction', received: 'approved' },
      ]);
    }
    this.checkReferences(reviewed.post);
    return this.repo.replacePost(reviewed.post);
  }

  /** Moves the post to the trash. */
  delete(id: Id): { id: Id } {
    if (!this.repo.trashPost(id)) throw notFound('post', id);
    return { id };
  }

  restore(id: Id): Post {
    const post = this.repo.restorePost(id);
    if (!post) throw notFound('deleted post', id);
    return post;
  }

  private checkReferences(post: Post): void {
    const check = new ReferenceCheck(this.repo.main());
    post.channelIds.forEach((channelId, index) => check.channel(channelId, `channelIds.${index}`));
    for (const channelId of Object.keys(post.variants)) {
      if (!post.channelIds.includes(channelId)) check.add({ path: `variants.${channelId}`, message: 'v.variantWithoutChannel' });
    }
    check.volunteer(post.authorId, 'authorId').volunteer(post.responderId, 'responderId').verify('post');
  }
}
