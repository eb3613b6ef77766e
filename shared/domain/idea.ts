import { z } from 'zod';
import { Id } from './ids';
import { limits, tooMany } from './limits';
import { Instant } from './local-time';
import { Tag } from './post';
import { Line, LongText, Name } from './text';

/** new → planned → done, or dropped with a reason everyone sees (people see what became of their idea). */
export const ideaStatuses = ['new', 'planned', 'done', 'dropped'] as const;
export const IdeaStatus = z.enum(ideaStatuses);
export type IdeaStatus = z.infer<typeof IdeaStatus>;

/** One +1; the name is optional (a resident at the village hall may not give one). */
const Supporter = z.strictObject({ id: Id, name: Line, at: Instant });

/**
 * What an idea became. The link is kept on the idea only, so there is one source of truth:
 * the post shows "from the idea …" by asking which idea names it, and a deleted post leaves
 * the idea whole; so does a deleted series or campaign.
 */
const ideaLinkKinds = ['post', 'campaign', 'series'] as const;
export const IdeaLink = z.strictObject({ kind: z.enum(ideaLinkKinds), id: Id });
export type IdeaLink = z.infer<typeof IdeaLink>;

const ideaFieldShape = {
  title: Name,
  description: LongText,
  /** A member's or resident's name: not necessarily a volunteer of the app. */
  proposer: Line,
  tags: z.array(Tag).max(limits.tags, tooMany),
  status: IdeaStatus,
  /** Why it was dropped (required then), shown to all. */
  statusReason: Line,
};

const droppedHasReason = (idea: { status?: IdeaStatus; statusReason?: string }) => idea.status !== 'dropped' || (idea.statusReason ?? '').trim().length > 0;
const reasonIssue = { error: 'v.ideaDroppedReason', path: ['statusReason'] };

/** What the backlog's form edits; a new idea needs only its title. */
export const IdeaFields = z.strictObject(ideaFieldShape).partial().required({ title: true }).refine(droppedHasReason, reasonIssue);
export type IdeaFields = z.input<typeof IdeaFields>;

export const IdeaChanges = z.strictObject(ideaFieldShape).partial();
export type IdeaChanges = z.infer<typeof IdeaChanges>;

export const Idea = z
  .strictObject({
    id: Id,
    ...ideaFieldShape,
    supporters: z.array(Supporter).max(limits.supporters, tooMany),
    links: z.array(IdeaLink).max(limits.ideaLinks, tooMany),
    createdAt: Instant,
    updatedAt: Instant,
  })
  .refine(droppedHasReason, reasonIssue);
export type Idea = z.infer<typeof Idea>;
