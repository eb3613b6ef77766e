import type { ChannelHealth, ChecklistOverview, TemplatesState } from '../../../shared/api/checklist-contract';
import type { DateRange } from '../../../shared/domain/date-range';
import type { GateVerdict } from '../../../shared/checklist/approval-gate';
import { gateStatusChange } from '../../../shared/checklist/approval-gate';
import type { ChannelCheckKey } from '../../../shared/checklist/channel-health';
import type { ChecklistBadge, PostChecklist } from '../../../shared/checklist/checklist-result';
import { evaluateChecklist } from '../../../shared/checklist/evaluate-checklist';
import { templateProblems } from '../../../shared/checklist/template-rules';
import type { ChecklistTemplate } from '../../../shared/domain/checklist-template';
import type { Id } from '../../../shared/domain/ids';
import type { PostFields, PostStatus } from '../../../shared/domain/post';
import { newPost, Post } from '../../../shared/domain/post';
import { DomainError, notFound } from '../domain-error';
import type { PlanRepository } from '../../storage/plan-repository';
import type { Clock } from '../clock';
import type { ActingName } from '../lookups';
import { existingPost } from '../lookups';
import { postsWithOccurrences } from '../series/plan-posts';
import { SeriesService } from '../series/series-service';
import { parseOccurrenceId } from '../../../shared/recurrence/occurrence-id';
import { checklistContext, templatesOf } from './checklist-context';
import { ChecklistMemo } from './checklist-memo';
import type { ChecklistStore } from './checklist-store';
import { albumNameKey } from '../../../shared/checklist/album-index';
import { channelHealthOf, overviewOf } from './checklist-overview';
import { ownEntry } from '../../../shared/domain/ids';
import { attentionCount } from '../../../shared/checklist/attention';

/** The posting checklist: templates, each post's checklist derived when read, ticks, the gate and channel health. */
export class ChecklistService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly clock: Clock,
    private readonly actingName: ActingName,
    /** Where the checklists of the calendar's ranges are kept between sessions (none: worked out in each). */
    private readonly store: ChecklistStore | null = null,
  ) {}

  /** Checklists kept for the posts and documents they were worked out from (checklist-memo.ts). */
  private readonly memo = new ChecklistMemo();

  checklistTemplates(): TemplatesState {
    return { templates: templatesOf(this.repo), builtIn: this.repo.main().checklistTemplates.length === 0 };
  }

  async checklistSaveTemplates({ templates }: { templates: ChecklistTemplate[] }): Promise<TemplatesState> {
    const issues = templateProblems(templates);
    if (issues.length) throw new DomainError('invalid-input', 'The checklist templates cannot be saved as they are.', issues);
    await this.repo.updateMain((doc) => ({ ...doc, checklistTemplates: templates }));
    return this.checklistTemplates();
  }

  async checklistResetTemplates(): Promise<TemplatesState> {
    await this.repo.updateMain((doc) => ({ ...doc, checklistTemplates: [] }));
    return this.checklistTemplates();
  }

  /** `stored`: posts as the plan holds them (a range's), whose checklists the store keeps; not an editor's unsaved fields. */
  async evaluate(posts: readonly Post[], stored = false): Promise<PostChecklist[]> {
    if (posts.length === 0) return [];
    // Read before the context's await, as the context reads them: a checklist is kept under the document it was worked out from.
    const main = this.repo.main();
    const templates = templatesOf(this.repo);
    const context = await checklistContext(this.repo, this.clock, posts);
    const store = stored ? this.store : null;
    const work = (post: Post) => () => evaluateChecklist(post, templates, context);
    return posts.map((post) =>
      this.memo.checklistOf(post, main, context.albums, store ? () => store.checklistOf(post, main, templates, context.albums.byKey.get(albumNameKey(post.albumName)), work(post)) : work(post)),
    );
  }

  /** Writes the kept checklists that changed. */
  close(): void {
    this.store?.close();
  }

  async checklistPost({ id }: { id: Id }): Promise<PostChecklist> {
    return (await this.evaluate([await existingPost(this.repo, id)]))[0];
  }

  /** The editor's unsaved fields, checked as if saved (ticks and override from the stored post). */
  async checklistPreview({ postId, fields }: { postId: Id | null; fields: PostFields }): Promise<PostChecklist> {
    const stored = postId ? await existingPost(this.repo, postId) : null;
    const now = this.clock().toISOString();
    const draft: Post = { ...(stored ?? newPost(fields, 'preview', now)), ...fields };
    return { ...(await this.evaluate([draft]))[0], postId };
  }

  /**
   * Published and cancelled posts have nothing left to check (the calendar shows no badge on them): at 10,000 posts they were half a month's answer.
   * The badges name open items only, and only what the calendar shows of them (badgeOf; issue 14: the month's largest answer, 1.27 MB at 50,000 posts).
   */
  async checklistRange(range: DateRange): Promise<ChecklistBadge[]> {
    const posts = (await postsWithOccurrences(this.repo, range.from, range.to)).filter((post) => post.status !== 'published' && post.status !== 'cancelled');
    const checklists = await this.evaluate(posts, true);
    return checklists.map((checklist, index) => this.memo.badgeOf(posts[index].id, checklist));
  }

  /** Whether `post` (already changed) may take `next` coming from `before`'s status. */
  async gate(before: Pick<Post, 'status' | 'checklistOverride'>, post: Post, next: PostStatus): Promise<GateVerdict> {
    return gateStatusChange(before, next, (await this.evaluate([post]))[0]);
  }

  async checklistTick({ postId, itemId, done }: { postId: Id; itemId: string; done: boolean }): Promise<Post> {
    const post = await existingPost(this.repo, postId);
    const item = (await this.evaluate([post]))[0].items.find((candidate) => candidate.id === itemId);
    if (!item) throw new DomainError('rejected', `The checklist of this post has no item ${itemId}.`, [{ path: 'itemId', message: 'v.checklistItemUnknown', received: itemId }]);
    if (!item.tickable) throw new DomainError('rejected', `The item ${itemId} is checked automatically.`, [{ path: 'itemId', message: 'v.checklistItemAutomatic', received: itemId }]);
    const by = this.actingName('tick a checklist item');
    const now = this.clock().toISOString();
    const { [itemId]: _previous, ...rest } = post.checklist;
    const checklist = done ? { ...rest, [itemId]: ownEntry(post.checklist, itemId) ?? { by, at: now } } : rest;
    if (parseOccurrenceId(postId) && !(await this.repo.findPost(postId))) return new SeriesService(this.repo, this.clock).tickOccurrence(postId, checklist);
    return this.repo.replacePost(Post.parse({ ...post, checklist, updatedAt: now }));
  }

  checklistOverview(range: DateRange): Promise<ChecklistOverview> {
    return overviewOf(this.repo, this.clock, range, (posts) => this.evaluate(posts, true));
  }

  /** What the navigation's badge shows: counted in main, so the renderer is not sent every post of the coming weeks. */
  async checklistAttention(range: DateRange): Promise<{ count: number }> {
    return { count: attentionCount(await this.checklistOverview(range)) };
  }

  async checklistCheckChannel({ channelId, check, done }: { channelId: Id; check: ChannelCheckKey; done: boolean }): Promise<ChannelHealth> {
    const channel = this.repo.main().channels.find((candidate) => candidate.id === channelId);
    if (!channel) throw notFound('channel', channelId);
    const by = this.actingName('check a channel');
    const at = this.clock().toISOString();
    await this.repo.updateMain((doc) => {
      const { [check]: _previous, ...rest } = ownEntry(doc.channelChecks, channelId) ?? {};
      return { ...doc, channelChecks: { ...doc.channelChecks, [channelId]: done ? { ...rest, [check]: { by, at } } : rest } };
    });
    return channelHealthOf(this.repo, this.clock, channel);
  }
}
