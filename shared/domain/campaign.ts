import { z } from 'zod';
import { Id } from './ids';
import { limits, tooMany } from './limits';
import { Instant, LocalDate, LocalTime } from './local-time';
import { ContentType } from './post';
import { LongText, Name } from './text';

/** A fundraiser also tracks money raised against a target; an event does not. */
const campaignKinds = ['event', 'fundraiser'] as const;
export const CampaignKind = z.enum(campaignKinds);
export type CampaignKind = z.infer<typeof CampaignKind>;

/** Days around the key date a template may reach: a season's run-up, a month of thanks. */
const MAX_OFFSET_DAYS = 180;

/** One post of a template: −7 "announcement" at 18:00 is the seventh day before the key date, 18:00 local time. */
export const CampaignStep = z.strictObject({
  id: Id,
  offsetDays: z.int().min(-MAX_OFFSET_DAYS).max(MAX_OFFSET_DAYS),
  title: Name,
  time: LocalTime.nullable(),
  contentType: ContentType,
});
export type CampaignStep = z.infer<typeof CampaignStep>;

/** Stored in the plan, so the whole team shares edited templates; the two built in are used until one is saved under their id. */
export const CampaignTemplate = z.strictObject({
  id: Id,
  name: Name,
  kind: CampaignKind,
  steps: z.array(CampaignStep).min(1, { error: 'v.required' }).max(limits.campaignSteps, tooMany),
});
export type CampaignTemplate = z.infer<typeof CampaignTemplate>;

/** Money in whole euros (or whatever the association counts in), as entered by hand. */
const Amount = z.int().min(0).max(100_000_000);

/** A step placed for one campaign: which post it became (null once that post is gone from the plan's view of it). */
export const CampaignPost = z.strictObject({ stepId: Id, offsetDays: CampaignStep.shape.offsetDays, postId: Id });
export type CampaignPost = z.infer<typeof CampaignPost>;

export const CampaignFields = z.strictObject({
  name: Name,
  goal: LongText,
  kind: CampaignKind,
  /** The event, the deadline or the fundraiser's last day. */
  keyDate: LocalDate,
  targetAmount: Amount.nullable(),
  raisedAmount: Amount.nullable(),
});
export type CampaignFields = z.infer<typeof CampaignFields>;

export const Campaign = CampaignFields.extend({
  id: Id,
  templateId: Id.nullable(),
  posts: z.array(CampaignPost).max(limits.campaignSteps, tooMany),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Campaign = z.infer<typeof Campaign>;
