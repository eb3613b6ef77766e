import { z } from 'zod';
import { Campaign, CampaignFields, CampaignPost, CampaignTemplate } from '../domain/campaign';
import { Id } from '../domain/ids';
import { LocalDate } from '../domain/local-time';
import { Post } from '../domain/post';
import { NoInput } from './app-contract';
import { channel } from './contract-kit';

/** A campaign's post as the screen lists it: null when the post was deleted. */
const CampaignPostEntry = CampaignPost.extend({ post: Post.nullable() });

const Progress = z.strictObject({ total: z.int(), ready: z.int(), published: z.int(), raisedShare: z.number().nullable() });

export const CampaignEntry = z.strictObject({ campaign: Campaign, posts: z.array(CampaignPostEntry), progress: Progress, ideaTitle: z.string().nullable() });
export type CampaignEntry = z.infer<typeof CampaignEntry>;

export const NewCampaign = CampaignFields.partial({ goal: true, kind: true, targetAmount: true, raisedAmount: true }).extend({
  templateId: Id,
  /** The idea it is made from, linked both ways. */
  ideaId: Id.nullable().optional(),
});
export type NewCampaign = z.infer<typeof NewCampaign>;

/** Issue 16 item 3: campaigns around a key date (electron/services/campaigns/). */
export const campaignsContract = {
  /** Nearest key date first. */
  'campaigns:list': channel(NoInput, z.array(CampaignEntry)),
  /** The built-in ones (or the team's edits of them) first. */
  'campaigns:templates': channel(NoInput, z.array(CampaignTemplate)),
  'campaigns:saveTemplate': channel(CampaignTemplate, CampaignTemplate),
  /** Places the template's posts as drafts around the key date. */
  'campaigns:create': channel(NewCampaign, Campaign),
  /** Name, goal and the amounts; the key date moves with campaigns:moveKeyDate. */
  'campaigns:update': channel(z.strictObject({ id: Id, changes: CampaignFields.omit({ keyDate: true, kind: true }).partial() }), Campaign),
  /** Moves every post with it; undo is the move back to `previousKeyDate`. */
  'campaigns:moveKeyDate': channel(z.strictObject({ id: Id, keyDate: LocalDate }), z.strictObject({ campaign: Campaign, previousKeyDate: LocalDate, moved: z.int() })),
  /** Its posts stay in the plan, or its drafts (idea and draft posts) go to the trash with it; what went comes back with campaigns:restore. */
  'campaigns:delete': channel(z.strictObject({ id: Id, drafts: z.enum(['keep', 'delete']).optional() }), z.strictObject({ campaign: Campaign, trashedPostIds: z.array(Id) })),
  /** The undo of a delete: the campaign as it was, and its drafts back from the trash. */
  'campaigns:restore': channel(z.strictObject({ campaign: Campaign, trashedPostIds: z.array(Id) }), Campaign),
};
