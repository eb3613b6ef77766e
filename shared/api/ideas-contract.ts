import { z } from 'zod';
import { Idea, IdeaChanges, IdeaFields, IdeaLink } from '../domain/idea';
import { Id } from '../domain/ids';
import { LocalDate } from '../domain/local-time';
import { Series } from '../domain/series';
import { Post } from '../domain/post';
import { Line } from '../domain/text';
import { NoInput } from './app-contract';
import { channel } from './contract-kit';
import { ById } from './settings-contract';

/** What an idea became, named as it is now: null when the post, series or campaign is gone (the idea stays). */
export const IdeaOutcome = IdeaLink.extend({ title: z.string().nullable(), /** A series opens at its first post. */ opens: Id.optional() });
export type IdeaOutcome = z.infer<typeof IdeaOutcome>;

export const IdeaEntry = z.strictObject({ idea: Idea, became: z.array(IdeaOutcome) });
export type IdeaEntry = z.infer<typeof IdeaEntry>;

/** Issue 16 item 2: the idea backlog (electron/services/ideas/). An idea becomes a campaign through campaigns:create. */
export const ideasContract = {
  /** Most supported first (shared/ideas/idea-backlog.ts#bySupport). */
  'ideas:list': channel(NoInput, z.array(IdeaEntry)),
  'ideas:create': channel(IdeaFields, Idea),
  'ideas:update': channel(z.strictObject({ id: Id, changes: IdeaChanges }), Idea),
  /** Posts and campaigns made from it stay. */
  'ideas:delete': channel(ById, ById),
  /** +1, with a name when the supporter gives one. */
  'ideas:support': channel(z.strictObject({ id: Id, name: Line }), Idea),
  /** One step: a draft post with the idea's title, text and tags, linked from the idea. */
  'ideas:toPost': channel(ById, z.strictObject({ idea: Idea, post: Post })),
  /** One step: a weekly draft series from `date` on its weekday (its editor changes the rule), linked from the idea. */
  'ideas:toSeries': channel(z.strictObject({ id: Id, date: LocalDate }), z.strictObject({ idea: Idea, series: Series })),
};
