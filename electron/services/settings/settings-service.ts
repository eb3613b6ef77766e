import type { Association } from '../../../shared/domain/association';
import type { Channel, ChannelFields } from '../../../shared/domain/channel';
import type { Id } from '../../../shared/domain/ids';
import { newId } from '../../../shared/domain/ids';
import type { Settings } from '../../../shared/domain/settings';
import type { Volunteer } from '../../../shared/domain/volunteer';
import { DomainError, notFound } from '../../api/domain-error';
import type { Repository } from '../../storage/repository';
import { ReferenceCheck } from '../references';

/** Settings, the association's details and its channels: everything in the main document. */
export class SettingsService {
  constructor(private readonly repo: Repository) {}

  settings(): Settings {
    return this.repo.main().settings;
  }

  updateSettings(changes: Partial<Settings>): Settings {
    return this.repo.updateMain((doc) => ({ ...doc, settings: { ...doc.settings, ...changes } })).settings;
  }

  association(): Association {
    return this.repo.main().association;
  }

  updateAssociation(changes: Partial<Association>): Association {
    return this.repo.updateMain((doc) => ({ ...doc, association: { ...doc.association, ...changes } })).association;
  }

  channels(): Channel[] {
    return this.repo.main().channels;
  }

  createChannel(fields: ChannelFields): Channel {
    new ReferenceCheck(this.repo.main()).volunteer(fields.responsibleVolunteerId, 'responsibleVolunteerId').verify('channel');
    const channel: Channel = { ...fields, id: newId() };
    this.repo.updateMain((doc) => ({ ...doc, channels: [...doc.channels, channel] }));
    return channel;
  }

  updateChannel(id: Id, changes: Partial<ChannelFields>): Channel {
    const current = this.channels().find((channel) => channel.id === id);
    if (!current) throw notFound('channel', id);
    new ReferenceCheck(this.repo.main()).volunteer(changes.responsibleVolunteerId, 'changes.responsibleVolunteerId').verify('channel');
    const next: Channel = { ...current, ...changes };
    this.repo.updateMain((doc) => ({ ...doc, channels: doc.channels.map((channel) => (channel.id === id ? next : channel)) }));
    return next;
  }

  /** A channel still used by posts stays: removing it would silently change those posts. */
  deleteChannel(id: Id): { id: Id } {
    if (!this.channels().some((channel) => channel.id === id)) throw notFound('channel', id);
    const users = this.repo.allPosts().filter((post) => post.channelIds.includes(id)).length;
    if (users > 0) throw new DomainError('rejected', `The channel is used by ${users} post(s); move them to another channel first.`);
    this.repo.updateMain((doc) => ({ ...doc, channels: doc.channels.filter((channel) => channel.id !== id) }));
    return { id };
  }

  volunteers(): Volunteer[] {
    return this.repo.main().volunteers;
  }
}
