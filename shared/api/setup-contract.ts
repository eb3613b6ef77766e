import { z } from 'zod';
import { Association } from '../domain/association';
import { Channel, ChannelKind } from '../domain/channel';
import { Name } from '../domain/text';
import { tooMany } from '../domain/limits';
import { NoInput } from './app-contract';
import { channel } from './contract-kit';

/** First run: the association's name and channels, or a sample association to explore. */
export const SetupStart = z.strictObject({
  associationName: Name,
  channels: z.array(z.strictObject({ kind: ChannelKind, name: Name })).max(20, tooMany),
});
export type SetupStart = z.infer<typeof SetupStart>;

const SampleLoaded = z.strictObject({ channels: z.int(), volunteers: z.int(), duties: z.int(), posts: z.int() });

export const setupContract = {
  'setup:start': channel(SetupStart, z.strictObject({ association: Association, channels: z.array(Channel) })),
  'setup:loadSample': channel(NoInput, SampleLoaded),
};
