import type { Id } from '../../../shared/domain/ids';
import { newId } from '../../../shared/domain/ids';
import { overrideChecklist } from '../../../shared/checklist/approval-gate';
import { Post } from '../../../shared/domain/post';
import { addComment, approvePost, canApprove, removeComment } from '../../../shared/review/review-rules';
import { DomainError, notFound } from '../domain-error';
import type { PlanRepository } from '../../storage/plan-repository';
import type { ChecklistService } from '../checklist/checklist-service';
import type { Clock } from '../clock';
import type { ActingName } from '../lookups';
import { existingPost } from '../lookups';
import { SeriesService } from '../series/series-service';

/** Approvals and comments: each records who (the person chosen at this laptop, services/identity) and when. */
export class ReviewService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly clock: Clock,
    private readonly checklist: ChecklistService,
    private readonly actingName: ActingName,
  ) {}

  /**
   * Approves, unless required checklist items are open (shared/checklist/approval-gate.ts);
   * a written reason lets it through and is kept on the post with who and when.
   */
  async postsApprove({ id, overrideReason }: { id: Id; overrideReason?: string }): Promise<Post> {
    const post = await existingPost(this.repo, id);
    const by = this.actingName('approve a post');
    if (!canApprove(post)) {
      throw new DomainError('rejected', `A ${post.status} post cannot be approved.`, [{ path: 'status', message: 'v.cannotApprove', received: post.status }]);
    }
    const now = this.now();
    const verdict = await this.checklist.gate(post, post, 'approved');
    let approving = post;
    if (!verdict.ok) {
      if (!overrideReason) {
        const open = verdict.blocking.map((item) => item.label || item.rule || item.id).join(', ');
        throw new DomainError(
          'rejected',
          `Required checklist items are open (${open}): complete them, or approve with a written reason.`,
          verdict.blocking.map((item) => ({ path: `checklist.${item.id}`, message: 'v.checklistOpen', received: item.id })),
        );
      }
      approving = overrideChecklist(post, overrideReason, by, now);
    }
    return this.store(approvePost(approving, by, now));
  }

  async postsComment({ id, text }: { id: Id; text: string }): Promise<Post> {
    const post = await existingPost(this.repo, id);
    const author = this.actingName('comment');
    return this.store(addComment(post, { id: newId(), author, text }, this.now()));
  }

  async postsDeleteComment({ id, commentId }: { id: Id; commentId: Id }): Promise<Post> {
    const next = removeComment(await existingPost(this.repo, id), commentId, this.now());
    if (!next) throw notFound('comment', commentId);
    return this.store(next);
  }

  /** An occurrence of a series keeps its review in the series (it is no post of its own). */
  private store(post: Post): Promise<Post> {
    if ('series' in post) return new SeriesService(this.repo, this.clock).reviewOccurrence(post);
    return this.repo.replacePost(Post.parse(post));
  }

  private now(): string {
    return this.clock().toISOString();
  }
}
