import { z } from 'zod';
import { Association } from '../domain/association';
import { changesOf } from '../domain/changes';
import { Channel, ChannelFields } from '../domain/channel';
import { Id } from '../domain/ids';
import { Name } from '../domain/text';
import { Settings } from '../domain/settings';
import { NoInput } from './app-contract';
import { channel } from './contract-kit';

export const ById = z.strictObject({ id: Id });

export const settingsContract = {
  'settings:get': channel(NoInput, Settings),
  // Who signs approvals and comments is the identity (identity:set), not a name in the shared settings.
  'settings:update': channel(changesOf(Settings.omit({ userName: true })), Settings),
  'association:get': channel(NoInput, Association),
  // A new install starts with no name (first run asks for it); once named, the name cannot be emptied.
  'association:update': channel(changesOf(Association.extend({ name: Name })), Association),
  'channels:list': channel(NoInput, z.array(Channel)),
  'channels:create': channel(ChannelFields, Channel),
  'channels:update': channel(z.strictObject({ id: Id, changes: changesOf(ChannelFields) }), Channel),
  'channels:delete': channel(ById, ById),
};
