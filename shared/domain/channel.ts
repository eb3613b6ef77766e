import { z } from 'zod';
import { Id } from './ids';
import { LongText, Name, WebAddress } from './text';

export const channelKinds = [
  'facebook-page',
  'facebook-group',
  'instagram',
  'x',
  'bluesky',
  'mastodon',
  'threads',
  'youtube',
  'tiktok',
  'linkedin',
  'website',
  'newsletter',
  'other',
] as const;
export const ChannelKind = z.enum(channelKinds);
export type ChannelKind = z.infer<typeof ChannelKind>;

/** What the user edits; the id is the app's. */
export const ChannelFields = z.strictObject({
  kind: ChannelKind,
  name: Name,
  url: WebAddress,
  /** Each channel gets its own goal (seed 004): visibility, member communication, recruiting… */
  goal: LongText,
  responsibleVolunteerId: Id.nullable(),
  /** Target posts per ISO week (issue 16: a steady rhythm); null or absent: no target. */
  postsPerWeek: z.int({ error: 'v.wholeNumber' }).min(1, { error: 'v.cadenceRange' }).max(21, { error: 'v.cadenceRange' }).nullable().optional(),
});
export type ChannelFields = z.infer<typeof ChannelFields>;

export const Channel = ChannelFields.extend({ id: Id });
export type Channel = z.infer<typeof Channel>;
