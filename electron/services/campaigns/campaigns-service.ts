import type { CampaignEntry, NewCampaign } from '../../../shared/api/campaigns-contract';
import { timeGapIssue } from '../../../shared/calendar/zoned-time';
import { campaignProgress, placeSteps, shiftedDates } from '../../../shared/campaigns/campaign-schedule';
import { campaignTemplatesOf } from '../../../shared/campaigns/campaign-templates';
import type { Campaign, CampaignFields, CampaignTemplate } from '../../../shared/domain/campaign';
import type { Id } from '../../../shared/domain/ids';
import { newId } from '../../../shared/domain/ids';
import type { LocalDate, LocalTime } from '../../../shared/domain/local-time';
import { NAME_MAX } from '../../../shared/domain/text';
import { limits } from '../../../shared/domain/limits';
import { ideaBehind } from '../../../shared/ideas/idea-backlog';
import { translatorFor } from '../../../shared/locales/translator';
import type { PlanRepository } from '../../storage/plan-repository';
import type { Clock } from '../clock';
import { DomainError, notFound } from '../domain-error';
import type { IdeasService } from '../ideas/ideas-service';
import type { PostsService } from '../posts/posts-service';

/**
 * Issue 16 item 3: campaigns around a key date, in the plan's shared document. Their posts
 * are ordinary posts made and moved through PostsService (the same checks as any edit); the
 * campaign keeps which post each step became.
 */
export class CampaignsService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly clock: Clock,
    private readonly posts: PostsService,
    private readonly ideas: IdeasService,
  ) {}

  async campaignsList(): Promise<CampaignEntry[]> {
    const { campaigns, ideas } = this.repo.main();
    const sorted = [...campaigns].sort((a, b) => (a.keyDate < b.keyDate ? -1 : a.keyDate > b.keyDate ? 1 : 0));
    return Promise.all(
      sorted.map(async (campaign) => {
        const posts = await Promise.all(campaign.posts.map(async (entry) => ({ ...entry, post: (await this.repo.findPost(entry.postId)) ?? null })));
        const present = posts.flatMap((entry) => (entry.post ? [entry.post] : []));
        return { campaign, posts, progress: campaignProgress(campaign, present), ideaTitle: ideaBehind(ideas, { kind: 'campaign', id: campaign.id })?.title ?? null };
      }),
    );
  }

  campaignsTemplates(): CampaignTemplate[] {
    const { campaignTemplates, settings } = this.repo.main();
    return campaignTemplatesOf(campaignTemplates, settings.language);
  }

  /** Saved into the plan, so the whole team uses the edit; a built-in one is saved under its own id and replaces it. */
  async campaignsSaveTemplate(template: CampaignTemplate): Promise<CampaignTemplate> {
    const stored = this.repo.main().campaignTemplates;
    const known = stored.some((entry) => entry.id === template.id);
    if (!known && stored.length >= limits.templates) throw new DomainError('rejected', 'Too many campaign templates.', [{ path: 'id', message: `v.tooMany?max=${limits.templates}&count=${stored.length + 1}` }]);
    await this.repo.updateMain((doc) => ({ ...doc, campaignTemplates: known ? doc.campaignTemplates.map((entry) => (entry.id === template.id ? template : entry)) : [...doc.campaignTemplates, template] }));
    return template;
  }

  async campaignsCreate(input: NewCampaign): Promise<Campaign> {
    const template = this.campaignsTemplates().find((entry) => entry.id === input.templateId);
    if (!template) throw notFound('campaign template', input.templateId);
    if (input.ideaId) this.ideas.existing(input.ideaId);
    const { language, timeZone } = this.repo.main().settings;
    const placed = placeSteps(input.keyDate, template.steps);
    this.refuseTimeGaps(placed, timeZone, 'keyDate');
    const t = translatorFor(language, 'campaigns');
    // The posts first: a stop in between leaves drafts without their campaign, never a campaign naming posts that are not there.
    const posts = [];
    for (const { step, date, time } of placed) {
      const title = t('postTitle', { campaign: input.name, step: step.title }).slice(0, NAME_MAX);
      const post = await this.posts.postsCreate({ title, date, time, status: 'draft', contentType: step.contentType });
      posts.push({ stepId: step.id, offsetDays: step.offsetDays, postId: post.id });
    }
    const now = this.clock().toISOString();
    const campaign: Campaign = {
      id: newId(),
      name: input.name,
      goal: input.goal ?? '',
      kind: input.kind ?? template.kind,
      keyDate: input.keyDate,
      targetAmount: input.targetAmount ?? null,
      raisedAmount: input.raisedAmount ?? null,
      templateId: template.id,
      posts,
      createdAt: now,
      updatedAt: now,
    };
    await this.repo.updateMain((doc) => ({ ...doc, campaigns: [...doc.campaigns, campaign] }));
    if (input.ideaId) await this.ideas.linkTo(input.ideaId, { kind: 'campaign', id: campaign.id });
    return campaign;
  }

  async campaignsUpdate({ id, changes }: { id: Id; changes: Partial<Omit<CampaignFields, 'keyDate' | 'kind'>> }): Promise<Campaign> {
    const next = { ...this.existing(id), ...changes, updatedAt: this.clock().toISOString() };
    await this.store(next);
    return next;
  }

  /**
   * Every post of the campaign still in the plan moves by the same days, keeping its time;
   * all placements are checked before any is written, so a refusal moves nothing.
   */
  async campaignsMoveKeyDate({ id, keyDate }: { id: Id; keyDate: LocalDate }): Promise<{ campaign: Campaign; previousKeyDate: LocalDate; moved: number }> {
    const campaign = this.existing(id);
    const posts = (await Promise.all(campaign.posts.map((entry) => this.repo.findPost(entry.postId)))).flatMap((post) => (post ? [post] : []));
    const moves = shiftedDates(posts, campaign.keyDate, keyDate);
    const { timeZone } = this.repo.main().settings;
    this.refuseTimeGaps(
      moves.map((move) => ({ date: move.date, time: posts.find((post) => post.id === move.id)?.time ?? null })),
      timeZone,
      'keyDate',
    );
    for (const move of moves) await this.posts.postsUpdate({ id: move.id, changes: { date: move.date } });
    const next = { ...campaign, keyDate, updatedAt: this.clock().toISOString() };
    await this.store(next);
    return { campaign: next, previousKeyDate: campaign.keyDate, moved: moves.length };
  }

  /** Drafts go to the trash (restorable), never a post that was approved or published: that is the plan's record. */
  async campaignsDelete({ id, drafts = 'keep' }: { id: Id; drafts?: 'keep' | 'delete' }): Promise<{ campaign: Campaign; trashedPostIds: Id[] }> {
    const campaign = this.existing(id);
    const posts = drafts === 'delete' ? await Promise.all(campaign.posts.map((entry) => this.repo.findPost(entry.postId))) : [];
    const trashedPostIds = posts.flatMap((post) => (post && (post.status === 'draft' || post.status === 'idea') ? [post.id] : []));
    for (const postId of trashedPostIds) await this.posts.postsDelete({ id: postId });
    await this.repo.updateMain((doc) => ({ ...doc, campaigns: doc.campaigns.filter((entry) => entry.id !== id) }));
    return { campaign, trashedPostIds };
  }

  async campaignsRestore({ campaign, trashedPostIds }: { campaign: Campaign; trashedPostIds: Id[] }): Promise<Campaign> {
    if (this.repo.main().campaigns.some((entry) => entry.id === campaign.id)) throw new DomainError('rejected', 'The campaign is already there.', [{ path: 'campaign.id', message: 'v.campaignAlreadyBack', received: campaign.id }]);
    for (const id of trashedPostIds) await this.posts.postsRestore({ id });
    await this.repo.updateMain((doc) => ({ ...doc, campaigns: [...doc.campaigns, campaign] }));
    return campaign;
  }

  private refuseTimeGaps(placements: { date: LocalDate; time: LocalTime | null }[], timeZone: string, path: string): void {
    for (const { date, time } of placements) {
      const gap = timeGapIssue(date, time, timeZone);
      if (gap) throw new DomainError('rejected', 'A post of the campaign would fall on a time the clocks skip.', [{ path, message: gap.message, params: gap.params, received: `${date} ${time ?? ''}` }]);
    }
  }

  private existing(id: Id): Campaign {
    const campaign = this.repo.main().campaigns.find((entry) => entry.id === id);
    if (!campaign) throw notFound('campaign', id);
    return campaign;
  }

  private async store(campaign: Campaign): Promise<void> {
    await this.repo.updateMain((doc) => ({ ...doc, campaigns: doc.campaigns.map((entry) => (entry.id === campaign.id ? campaign : entry)) }));
  }
}
