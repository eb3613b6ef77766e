import { z } from 'zod';
import { ChannelCheckKey, channelCheckKeys } from '../checklist/channel-health';
import type { HealthItem } from '../checklist/channel-health';
import { ChecklistBadge, Finding, PostChecklist } from '../checklist/checklist-result';
import type { MarketingShare } from '../checklist/marketing-share';
import type { Staleness } from '../checklist/staleness';
import { ChecklistTemplate } from '../domain/checklist-template';
import { Id } from '../domain/ids';
import { LocalDate } from '../domain/local-time';
import { Post, PostFields, Stamp } from '../domain/post';
import { limits, tooMany } from '../domain/limits';
import { NoInput } from './app-contract';
import { channel } from './contract-kit';
import { DateRange } from '../domain/date-range';
import { ById } from './settings-contract';

/*
 * The posting checklist and channel health. Checklists are derived in main when read
 * (shared/checklist/), so the renderer only shows them; ticks and channel checks
 * record who (Settings › your name) and when.
 */

export const TemplatesState = z.strictObject({
  templates: z.array(ChecklistTemplate),
  /** True while the data folder uses the built-in templates (it has never stored its own). */
  builtIn: z.boolean(),
});
export type TemplatesState = z.infer<typeof TemplatesState>;

const StalenessOutput = z.strictObject({
  lastPost: LocalDate.nullable(),
  nextPost: LocalDate.nullable(),
  daysSince: z.int().nullable(),
  daysUntilNext: z.int().nullable(),
  state: z.enum(['ok', 'stale', 'will-go-stale', 'never-posted']),
});

const HealthItemOutput = z.strictObject({
  key: z.enum([...channelCheckKeys, 'responsible', 'staleness']),
  state: z.enum(['done', 'open']),
  findings: z.array(Finding),
  stamp: Stamp.nullable(),
  manual: z.boolean(),
});

export const ChannelHealth = z.strictObject({ channelId: Id, items: z.array(HealthItemOutput), staleness: StalenessOutput });
export type ChannelHealth = z.infer<typeof ChannelHealth>;

const MarketingShareOutput = z.strictObject({ month: z.string(), channelId: Id.nullable(), marketing: z.int(), total: z.int(), over: z.boolean(), neededToFit: z.int() });

export const PostAttention = z.strictObject({ post: Post, checklist: PostChecklist });
export type PostAttention = z.infer<typeof PostAttention>;

export const ChecklistOverview = z.strictObject({
  today: LocalDate,
  from: LocalDate,
  to: LocalDate,
  /** Posts in the range still being worked on or waiting to go out (not published or cancelled). */
  posts: z.array(PostAttention),
  channels: z.array(ChannelHealth),
  /** Every month the range touches, whole. */
  marketing: z.array(MarketingShareOutput),
});
export type ChecklistOverview = z.infer<typeof ChecklistOverview>;

// The output schemas restate shared/checklist's types; these lines fail to compile if the two drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const healthMatches: Same<z.infer<typeof HealthItemOutput>, HealthItem> = true;
const stalenessMatches: Same<z.infer<typeof StalenessOutput>, Staleness> = true;
const marketingMatches: Same<z.infer<typeof MarketingShareOutput>, MarketingShare> = true;
void [healthMatches, stalenessMatches, marketingMatches];

export const checklistContract = {
  'checklist:templates': channel(NoInput, TemplatesState),
  /** Replaces every template; existing posts' checklists follow at once (they are derived when read). */
  'checklist:saveTemplates': channel(z.strictObject({ templates: z.array(ChecklistTemplate).min(1).max(limits.templates, tooMany) }), TemplatesState),
  /** Back to the built-in templates; ticks on items that exist again come back with them. */
  'checklist:resetTemplates': channel(NoInput, TemplatesState),
  'checklist:post': channel(ById, PostChecklist),
  /** The checklist the editor's unsaved fields would have (ticks from the stored post, if any). */
  'checklist:preview': channel(z.strictObject({ postId: Id.nullable(), fields: PostFields }), PostChecklist),
  /** The calendar's badges for the posts dated in the range: those not yet published or cancelled, their open items only (badgeOf). */
  'checklist:range': channel(DateRange, z.array(ChecklistBadge)),
  'checklist:tick': channel(z.strictObject({ postId: Id, itemId: Id, done: z.boolean() }), Post),
  'checklist:overview': channel(DateRange, ChecklistOverview),
  'checklist:checkChannel': channel(z.strictObject({ channelId: Id, check: ChannelCheckKey, done: z.boolean() }), ChannelHealth),
  /** The navigation's count of what needs attention in the range (attentionCount of checklist:overview), without the overview (issue 14: 300 kB for one number). */
  'checklist:attention': channel(DateRange, z.strictObject({ count: z.int().nonnegative() })),
};
