import type { ChannelResults, MonthResult } from '../../../shared/results/channel-results';
import { futureMonthIssue, hasNumbers } from '../../../shared/results/channel-results';
import type { PlanRepository } from '../../storage/plan-repository';
import type { Clock } from '../clock';
import { todayOf } from '../checklist/checklist-context';
import { DomainError, notFound } from '../domain-error';

/** Results per channel and month, in the main document: entered by hand, one month of one channel at a time. */
export class ResultsService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly clock: Clock,
  ) {}

  resultsList(): ChannelResults {
    return this.repo.main().channelResults;
  }

  async resultsSave({ channelId, month, numbers }: MonthResult): Promise<ChannelResults> {
    if (!this.repo.main().channels.some((channel) => channel.id === channelId)) throw notFound('channel', channelId);
    const future = futureMonthIssue(month, todayOf(this.repo, this.clock));
    if (future) throw new DomainError('rejected', `${month} is still to come: its results cannot be counted yet.`, [future]);
    const saved = await this.repo.updateMain((doc) => {
      const { [month]: _previous, ...otherMonths } = Object.hasOwn(doc.channelResults, channelId) ? doc.channelResults[channelId] : {};
      const months = hasNumbers(numbers) ? { ...otherMonths, [month]: numbers } : otherMonths;
      return { ...doc, channelResults: { ...doc.channelResults, [channelId]: months } };
    });
    return saved.channelResults;
  }
}
