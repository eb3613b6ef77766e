import type { DateRange } from '../../../shared/domain/date-range';
import type { TrashedPost } from '../../../shared/domain/documents';
import { timeGapIssue } from '../../../shared/calendar/zoned-time';
import type { Id } from '../../../shared/domain/ids';
import { newId } from '../../../shared/domain/ids';
import type { PostChanges, PostFields } from '../../../shared/domain/post';
import { applyPostChanges, newPost, Post, PostChanges as EditableFields } from '../../../shared/domain/post';
import type { PostVersion } from '../../../shared/domain/post-history';
import { withoutMissingReferences } from '../../../shared/domain/post-references';
import { reviewEdit } from '../../../shared/review/review-rules';
import { approvalByEdit, DomainError, invalid, notFound } from '../domain-error';
import type { PlanRepository } from '../../storage/plan-repository';
import type { ChecklistService } from '../checklist/checklist-service';
import type { Clock } from '../clock';
import type { MediaService } from '../media/media-service';
import { existingPost } from '../lookups';
import { postsWithOccurrences } from '../series/plan-posts';
import { SeriesService } from '../series/series-service';
import { parseOccurrenceId } from '../../../shared/recurrence/occurrence-id';
import { ReferenceCheck } from '../references';

export class PostsService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly clock: Clock,
    /** The checklist gate on status changes; absent in tests of posts alone. */
    private readonly checklist: ChecklistService | null = null,
    /** Checks that a cover image's file is in the data folder. */
    private readonly media: MediaService | null = null,
  ) {}

  postsList(range: DateRange): Promise<Post[]> {
    return postsWithOccurrences(this.repo, range.from, range.to);
  }

  postsListUndated(): Promise<Post[]> {
    return this.repo.undatedPosts();
  }

  postsGet({ id }: { id: Id }): Promise<Post> {
    return existingPost(this.repo, id);
  }

  /** A new post passes the same rules as an idea edited into its status: no approving here, no going round the gate. */
  async postsCreate(fields: Partial<PostFields> & { title: string }): Promise<Post> {
    const post = newPost(fields, newId(), this.clock().toISOString());
    this.checkTimeExists(post, 'time');
    const reviewed = await this.checkStatusChange({ ...post, status: 'idea' }, post, 'status');
    this.checkReferences(reviewed);
    return this.repo.insertPost(reviewed);
  }

  async postsUpdate({ id, changes }: { id: Id; changes: PostChanges }): Promise<Post> {
    // An occurrence edited as a post changes that occurrence alone (series:edit asks for more).
    if (await this.isOccurrence(id)) return new SeriesService(this.repo, this.clock).seriesEdit({ id, scope: 'this', changes });
    const before = await this.postsGet({ id });
    const next = Post.safeParse(applyPostChanges(before, changes, this.clock().toISOString()));
    if (!next.success) throw invalid('post', next.error, ['changes']);
    // Only a new placement is checked: a post stored before the check (or before the zone changed) stays editable.
    if (next.data.date !== before.date || next.data.time !== before.time) this.checkTimeExists(next.data, 'changes.time');
    const reviewed = await this.checkStatusChange(before, next.data, 'changes.status');
    this.checkReferences(reviewed, before);
    return this.repo.replacePost(reviewed);
  }

  /** Moves the post to the trash. */
  async postsDelete({ id }: { id: Id }): Promise<{ id: Id }> {
    if (await this.isOccurrence(id)) return new SeriesService(this.repo, this.clock).seriesCancel({ id, scope: 'this' }).then(() => ({ id }));
    if (!(await this.repo.trashPost(id))) throw notFound('post', id);
    return { id };
  }

  /** A channel or volunteer deleted while the post was in the trash is left out of it (the answer shows the post as restored). */
  async postsRestore({ id }: { id: Id }): Promise<Post> {
    const { channels, volunteers } = this.repo.main();
    const existing = (records: { id: Id }[]) => new Set(records.map((record) => record.id));
    const post = await this.repo.restorePost(id, (trashed) => withoutMissingReferences(trashed, existing(channels), existing(volunteers)));
    if (!post) throw notFound('deleted post', id);
    return post;
  }

  /** Newest deletion first; reads the trash document only, never a month. */
  async postsTrash(): Promise<TrashedPost[]> {
    return [...(await this.repo.trashedPosts())].sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
  }

  /** Versions newest first; a post in the trash has them too. An occurrence of a series has none of its own (its changes live in the series). */
  async postsHistory({ id }: { id: Id }): Promise<PostVersion[]> {
    if (await this.isOccurrence(id)) return existingPost(this.repo, id).then(() => []);
    const versions = await this.repo.postHistory(id);
    if (versions.length === 0) throw notFound('post', id);
    return versions;
  }

  /**
   * The editor's fields as they were at `version`, written as a new change through
   * postsUpdate: the checklist gate, the references and the time are checked as for any edit.
   * Comments, ticks and the approval are not rewound: they record what people did since.
   */
  async postsRestoreVersion({ id, version }: { id: Id; version: string }): Promise<Post> {
    const earlier = await this.repo.postAtVersion(id, version);
    if (!earlier) throw new DomainError('not-found', `Post ${id} has no version ${version}.`, [{ path: 'version', message: 'v.versionUnknown', received: version }]);
    const fields = Object.fromEntries(Object.keys(EditableFields.shape).map((key) => [key, earlier[key as keyof PostChanges]])) as PostChanges;
    return this.postsUpdate({ id, changes: fields });
  }

  /**
   * Approving records who approved (posts:approve), so an edit cannot approve; a post sent
   * back to work loses its approval; moving forward (to review, to published) with required
   * checklist items open is refused, as approving is. Returns the post to store.
   */
  private async isOccurrence(id: Id): Promise<boolean> {
    return parseOccurrenceId(id) !== null && !(await this.repo.findPost(id));
  }

  private async checkStatusChange(before: Post, after: Post, path: string): Promise<Post> {
    const reviewed = reviewEdit(before, after);
    if (!reviewed.ok) throw approvalByEdit(path);
    if (!this.checklist || before.status === after.status) return reviewed.post;
    const verdict = await this.checklist.gate(before, reviewed.post, after.status);
    if (verdict.ok) return reviewed.post;
    const open = verdict.blocking.map((item) => item.label || item.rule || item.id).join(', ');
    throw new DomainError('rejected', `Required checklist items are open (${open}): complete them first, or approve the post with a written reason.`, [
      { path, message: 'v.checklistOpen', received: after.status },
    ]);
  }

  /** A time the association's zone skips (the spring change) is refused, naming the nearest time that exists. */
  private checkTimeExists(post: Post, path: string): void {
    const gap = timeGapIssue(post.date, post.time, this.repo.main().settings.timeZone);
    if (gap) throw new DomainError('rejected', 'That time does not exist in the association’s time zone.', [{ path, message: gap.message, params: gap.params, received: post.time ?? '' }]);
  }

  /** The image is looked for only when newly chosen: one still arriving from another laptop's sync tool leaves the post editable. */
  private checkReferences(post: Post, before?: Post): void {
    const check = new ReferenceCheck(this.repo.main());
    post.channelIds.forEach((channelId, index) => check.channel(channelId, `channelIds.${index}`));
    for (const channelId of Object.keys(post.variants)) {
      if (!post.channelIds.includes(channelId)) check.add({ path: `variants.${channelId}`, message: 'v.variantWithoutChannel' });
    }
    const image = post.coverImage;
    if (image && image.file !== before?.coverImage?.file && this.media && !this.media.exists(image.file)) check.add({ path: 'coverImage', message: 'v.imageMissing', received: image.file });
    check.volunteer(post.authorId, 'authorId').volunteer(post.responderId, 'responderId').verify('post');
  }
}
