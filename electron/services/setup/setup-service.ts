import type { SetupStart } from '../../../shared/api/setup-contract';
import { todayIn } from '../../../shared/calendar/calendar-dates';
import type { Association } from '../../../shared/domain/association';
import type { Channel } from '../../../shared/domain/channel';
import { newId } from '../../../shared/domain/ids';
import { sampleData } from '../../../shared/sample/sample-association';
import { DomainError } from '../domain-error';
import type { PlanRepository } from '../../storage/plan-repository';
import type { Clock } from '../clock';

/** First run: a new association's name and channels, or the sample association. */
export class SetupService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly clock: Clock,
  ) {}

  async setupStart({ associationName, channels }: SetupStart): Promise<{ association: Association; channels: Channel[] }> {
    await this.requireFirstRun(false);
    const created: Channel[] = channels.map((fields) => ({ ...fields, id: newId(), url: '', goal: '', responsibleVolunteerId: null }));
    const doc = await this.repo.updateMain((current) => ({
      ...current,
      association: { ...current.association, name: associationName },
      channels: created,
    }));
    return { association: doc.association, channels: doc.channels };
  }

  /** Only into an empty folder: the sample must never mix with a real association's data. */
  async setupLoadSample(): Promise<{ channels: number; volunteers: number; duties: number; posts: number }> {
    await this.requireFirstRun(true);
    const now = this.clock();
    const sample = sampleData({ today: todayIn(this.repo.main().settings.timeZone, now), now: now.toISOString(), makeId: newId });
    await this.repo.updateMain((current) => ({ ...current, association: sample.association, channels: sample.channels, volunteers: sample.volunteers, duties: sample.duties, ideas: sample.ideas, campaigns: sample.campaigns, channelResults: sample.channelResults, series: sample.series }));
    await this.repo.insertPosts(sample.posts);
    return { channels: sample.channels.length, volunteers: sample.volunteers.length, duties: sample.duties.length, posts: sample.posts.length };
  }

  private async requireFirstRun(noPostsEither: boolean): Promise<void> {
    const main = this.repo.main();
    const empty =
      main.association.name === '' && main.channels.length === 0 && main.volunteers.length === 0 && (!noPostsEither || (await this.repo.allPosts()).length === 0);
    if (!empty) throw new DomainError('rejected', 'This data folder already has an association; change it in Settings.', [{ path: '', message: 'v.notFirstRun' }]);
  }
}
