import { z } from 'zod';
import { Series } from './series';
import { Association } from './association';
import { Campaign, CampaignTemplate } from './campaign';
import { Channel } from './channel';
import { ChecklistTemplate } from './checklist-template';
import { Duty } from './duty';
import { Idea } from './idea';
import { Id } from './ids';
import { Instant } from './local-time';
import { atMostEntries, limits, tooMany } from './limits';
import { Post, Stamp } from './post';
import { Preferences } from './preferences';
import { Settings } from './settings';
import { Volunteer } from './volunteer';
import { ChannelResults } from '../results/channel-results';

/**
 * The data folder holds several documents so that an edit rewrites only what it
 * touched: the main document (association, channels, people, duties, templates,
 * settings), one document of posts per month, one for posts without a date, and
 * the trash. Every document carries the schema version it was written with.
 */
export const SCHEMA_VERSION = 1;

const checkedChannels = atMostEntries(limits.channels);
const checksPerChannel = atMostEntries(20);
const resultChannels = atMostEntries(limits.channels);

export const MainDocument = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  association: Association,
  channels: z.array(Channel).max(limits.channels, tooMany),
  volunteers: z.array(Volunteer).max(limits.volunteers, tooMany),
  duties: z.array(Duty).max(limits.duties, tooMany),
  checklistTemplates: z.array(ChecklistTemplate).max(limits.templates, tooMany),
  settings: Settings,
  /**
   * How the app was left, from before it moved to the device store (electron/storage/device-store.ts):
   * read from existing folders once to seed that store, never written again (the repository drops it).
   */
  preferences: Preferences.optional(),
  /** Channel health checks done by hand: channel id → check ("about-contact"…) → who checked it and when. */
  channelChecks: z.record(Id, z.record(z.string().max(64), Stamp).refine(checksPerChannel.check, checksPerChannel.error)).refine(checkedChannels.check, checkedChannels.error).default({}),
  /*
   * Issue 16: the idea backlog, campaigns and the team's campaign templates. Small records the whole
   * team shares, beside the checklist templates; plans made before them read as empty.
   */
  ideas: z.array(Idea).max(limits.ideas, tooMany).default([]),
  campaigns: z.array(Campaign).max(limits.campaigns, tooMany).default([]),
  campaignTemplates: z.array(CampaignTemplate).max(limits.templates, tooMany).default([]),
  /** Results per channel and month, entered by hand (shared/results/channel-results.ts); plans made before them have none. */
  channelResults: ChannelResults.refine(resultChannels.check, resultChannels.error).default({}),
  /**
   * Recurring posts. A series spans months, so no month document can hold it; it is a few
   * hundred bytes that every view needs for any range, so it lives here beside the duties,
   * in memory from the moment the plan opens, and a month view expands only its own days.
   */
  series: z.array(Series).max(limits.series, tooMany).default([]),
});
export type MainDocument = z.infer<typeof MainDocument>;

/** The main document as it is written: what older versions kept in it about one laptop (preferences, the typed name) left out. */
export function withoutDeviceState({ preferences: _deviceLocal, ...main }: MainDocument): MainDocument {
  const { userName: _typedName, ...settings } = main.settings;
  return { ...main, settings };
}

/** "2026-11" for a month of posts, "undated" for posts not yet given a day. */
export const PostBucket = z.string().regex(/^(\d{4}-(0[1-9]|1[0-2])|undated)$/);
export type PostBucket = z.infer<typeof PostBucket>;
const UNDATED: PostBucket = 'undated';

export const PostsDocument = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  bucket: PostBucket,
  posts: z.record(Id, Post),
});
export type PostsDocument = z.infer<typeof PostsDocument>;

export const TrashedPost = z.strictObject({ post: Post, deletedAt: Instant });
export type TrashedPost = z.infer<typeof TrashedPost>;

export const TrashDocument = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  posts: z.record(Id, TrashedPost),
});
export type TrashDocument = z.infer<typeof TrashDocument>;

export function bucketOf(post: Pick<Post, 'date'>): PostBucket {
  return post.date ? post.date.slice(0, 7) : UNDATED;
}
