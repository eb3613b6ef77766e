import type { ParsedInputOf } from '../../../shared/api/contract';
import type { Association } from '../../../shared/domain/association';
import type { Channel, ChannelFields } from '../../../shared/domain/channel';
import type { Id } from '../../../shared/domain/ids';
import { withoutMissingReferences } from '../../../shared/domain/post-references';
import { newId } from '../../../shared/domain/ids';
import type { Settings } from '../../../shared/domain/settings';
import { messageWith } from '../../../shared/domain/limits';
import { DomainError, notFound } from '../domain-error';
import type { PlanRepository } from '../../storage/plan-repository';
import { ReferenceCheck } from '../references';

/** Settings, the association's details and its channels: everything in the main document. */
export class SettingsService {
  constructor(private readonly repo: PlanRepository) {}

  settingsGet(): Settings {
    return this.repo.main().settings;
  }

  async settingsUpdate(changes: Partial<Settings>): Promise<Settings> {
    return (await this.repo.updateMain((doc) => ({ ...doc, settings: { ...doc.settings, ...changes } }))).settings;
  }

  associationGet(): Association {
    return this.repo.main().association;
  }

  async associationUpdate(changes: Partial<Association>): Promise<Association> {
    return (await this.repo.updateMain((doc) => ({ ...doc, association: { ...doc.association, ...changes } }))).association;
  }

  channelsList(): Channel[] {
    return this.repo.main().channels;
  }

  async channelsCreate(fields: ChannelFields): Promise<Channel> {
    new ReferenceCheck(this.repo.main()).volunteer(fields.responsibleVolunteerId, 'responsibleVolunteerId').verify('channel');
    const channel: Channel = { ...fields, id: newId() };
    await this.repo.updateMain((doc) => ({ ...doc, channels: [...doc.channels, channel] }));
    return channel;
  }

  async channelsUpdate({ id, changes }: ParsedInputOf<'channels:update'>): Promise<Channel> {
    const current = this.channelsList().find((channel) => channel.id === id);
    if (!current) throw notFound('channel', id);
    new ReferenceCheck(this.repo.main()).volunteer(changes.responsibleVolunteerId, 'changes.responsibleVolunteerId').verify('channel');
    const next: Channel = { ...current, ...changes };
    await this.repo.updateMain((doc) => ({ ...doc, channels: doc.channels.map((channel) => (channel.id === id ? next : channel)) }));
    return next;
  }

  /**
   * A channel still used by posts or duties stays: removing it would silently change
   * them. Volunteers stop following it, its health checks go, and trashed posts drop
   * it (trash first, so a crash in between leaves nothing pointing at nothing).
   */
  async channelsDelete({ id }: { id: Id }): Promise<{ id: Id }> {
    const main = this.repo.main();
    if (!main.channels.some((channel) => channel.id === id)) throw notFound('channel', id);
    const posts = (await this.repo.allPosts()).filter((post) => post.channelIds.includes(id)).length;
    const duties = main.duties.filter((duty) => duty.channelIds.includes(id)).length;
    if (posts || duties) {
      throw new DomainError('rejected', `The channel is used by ${posts} post(s) and ${duties} duties; move them to another channel first.`, [
        { path: 'id', message: 'v.channelInUse', received: id },
      ]);
    }
    // Months of numbers typed in by hand would go without a word: cleared on the Results screen first, on purpose.
    const months = Object.keys(main.channelResults[id] ?? {}).length;
    if (months) {
      throw new DomainError('rejected', `The channel has results for ${months} month(s); clear them on the Results screen first.`, [
        { path: 'id', message: messageWith('v.channelHasResults', { count: months }), received: id },
      ]);
    }
    const remaining = new Set(main.channels.filter((channel) => channel.id !== id).map((channel) => channel.id));
    const people = new Set(main.volunteers.map((volunteer) => volunteer.id));
    await this.repo.updateTrashedPosts((post) => withoutMissingReferences(post, remaining, people));
    await this.repo.updateMain((doc) => {
      const { [id]: _checks, ...channelChecks } = doc.channelChecks;
      const { [id]: _noResults, ...channelResults } = doc.channelResults;
      return {
        ...doc,
        channels: doc.channels.filter((channel) => channel.id !== id),
        volunteers: doc.volunteers.map((volunteer) => (volunteer.channelIds.includes(id) ? { ...volunteer, channelIds: volunteer.channelIds.filter((other) => other !== id) } : volunteer)),
        channelChecks,
        channelResults,
      };
    });
    return { id };
  }
}
