import type { IdeaEntry, IdeaOutcome } from '../../../shared/api/ideas-contract';
import type { Idea, IdeaChanges, IdeaFields, IdeaLink } from '../../../shared/domain/idea';
import { Idea as IdeaSchema } from '../../../shared/domain/idea';
import type { Id } from '../../../shared/domain/ids';
import { newId } from '../../../shared/domain/ids';
import type { Post } from '../../../shared/domain/post';
import { bySupport, linkedIdea } from '../../../shared/ideas/idea-backlog';
import type { PlanRepository } from '../../storage/plan-repository';
import type { Clock } from '../clock';
import { invalid, notFound } from '../domain-error';
import type { PostsService } from '../posts/posts-service';
import type { SeriesService } from '../series/series-service';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { Series } from '../../../shared/domain/series';
import { weekdayOf } from '../../../shared/recurrence/repeat-rule';
import { occurrenceId } from '../../../shared/recurrence/occurrence-id';

/**
 * Issue 16 item 2: the idea backlog, kept in the plan's shared document with who changed
 * it (every change's note). Posts are made through PostsService, so they pass the same checks
 * as any new post.
 */
export class IdeasService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly clock: Clock,
    private readonly posts: PostsService,
    private readonly series: SeriesService,
  ) {}

  async ideasList(): Promise<IdeaEntry[]> {
    const { ideas, campaigns, series } = this.repo.main();
    const outcome = async (link: IdeaLink): Promise<IdeaOutcome> => {
      if (link.kind === 'campaign') return { ...link, title: campaigns.find((campaign) => campaign.id === link.id)?.name ?? null };
      if (link.kind === 'series') {
        const found = series.find((one) => one.id === link.id);
        return { ...link, title: found?.fields.title ?? null, ...(found ? { opens: occurrenceId(found.id, found.start) } : {}) };
      }
      return { ...link, title: (await this.repo.findPost(link.id))?.title ?? null };
    };
    return Promise.all(bySupport(ideas).map(async (idea) => ({ idea, became: await Promise.all(idea.links.map(outcome)) })));
  }

  async ideasCreate(fields: IdeaFields): Promise<Idea> {
    const now = this.now();
    const idea = this.checked({ description: '', proposer: '', tags: [], status: 'new', statusReason: '', ...fields, id: newId(), supporters: [], links: [], createdAt: now, updatedAt: now }, []);
    await this.repo.updateMain((doc) => ({ ...doc, ideas: [...doc.ideas, idea] }));
    return idea;
  }

  ideasUpdate({ id, changes }: { id: Id; changes: IdeaChanges }): Promise<Idea> {
    return this.change(id, (idea) => this.checked({ ...idea, ...changes, updatedAt: this.now() }, ['changes']));
  }

  async ideasDelete({ id }: { id: Id }): Promise<{ id: Id }> {
    this.existing(id);
    await this.repo.updateMain((doc) => ({ ...doc, ideas: doc.ideas.filter((idea) => idea.id !== id) }));
    return { id };
  }

  ideasSupport({ id, name }: { id: Id; name: string }): Promise<Idea> {
    const at = this.now();
    return this.change(id, (idea) => this.checked({ ...idea, supporters: [...idea.supporters, { id: newId(), name, at }], updatedAt: at }, []));
  }

  async ideasToPost({ id }: { id: Id }): Promise<{ idea: Idea; post: Post }> {
    const source = this.existing(id);
    const post = await this.posts.postsCreate({ title: source.title, text: source.description, tags: source.tags, status: 'draft' });
    const idea = await this.linkTo(id, { kind: 'post', id: post.id });
    return { idea, post };
  }

  /** Weekly on the day's weekday from `date`, never ending: the series' editor changes the rule (series:edit). */
  async ideasToSeries({ id, date }: { id: Id; date: LocalDate }): Promise<{ idea: Idea; series: Series }> {
    const source = this.existing(id);
    const series = await this.series.seriesCreate({
      fields: { title: source.title, text: source.description, tags: source.tags, status: 'draft' },
      date,
      repeat: { every: 'week', interval: 1, weekdays: [weekdayOf(date)] },
      ends: { kind: 'never' },
    });
    const idea = await this.linkTo(id, { kind: 'series', id: series.id });
    return { idea, series };
  }

  /** Records on the idea what it became (campaigns:create with an idea). */
  linkTo(id: Id, link: IdeaLink): Promise<Idea> {
    return this.change(id, (idea) => linkedIdea(idea, link, this.now()));
  }

  existing(id: Id): Idea {
    const idea = this.repo.main().ideas.find((entry) => entry.id === id);
    if (!idea) throw notFound('idea', id);
    return idea;
  }

  private async change(id: Id, edit: (idea: Idea) => Idea): Promise<Idea> {
    const next = edit(this.existing(id));
    await this.repo.updateMain((doc) => ({ ...doc, ideas: doc.ideas.map((idea) => (idea.id === id ? next : idea)) }));
    return next;
  }

  private checked(idea: Idea, path: string[]): Idea {
    const parsed = IdeaSchema.safeParse(idea);
    if (!parsed.success) throw invalid('idea', parsed.error, path);
    return parsed.data;
  }

  private now(): string {
    return this.clock().toISOString();
  }
}
