import { z } from 'zod';
import { ChecklistRule } from '../domain/checklist-template';
import { Id } from '../domain/ids';
import { PostStatus, Stamp } from '../domain/post';

/*
 * What the checklist says about one post, as sent to the renderer. Findings are keys
 * with parameters (not sentences) so that the renderer says them in the user's
 * language; dates in parameters are yyyy-MM-dd and are formatted there.
 */

export const Finding = z.strictObject({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** problem: why the item is open; warning: done, but worth a look; info: what was found. */
  severity: z.enum(['problem', 'warning', 'info']),
});
export type Finding = z.infer<typeof Finding>;

const itemStates = ['done', 'open', 'not-applicable'] as const;
const ItemState = z.enum(itemStates);
type ItemState = z.infer<typeof ItemState>;

/** The outcome of one automatic rule. */
export interface RuleOutcome {
  state: ItemState;
  findings: Finding[];
}

export const ChecklistItemResult = z.strictObject({
  id: z.string(),
  /** As typed in the template; empty for built-in items, which the renderer names by rule or id. */
  label: z.string(),
  kind: z.enum(['automatic', 'manual']),
  rule: ChecklistRule.nullable(),
  requiredFor: PostStatus.nullable(),
  state: ItemState,
  findings: z.array(Finding),
  /** Who ticked it and when (manual items, or an automatic item a person may confirm). */
  tick: Stamp.nullable(),
  /** Whether a person may tick it: manual items, and automatic items the data cannot always show. */
  tickable: z.boolean(),
});
export type ChecklistItemResult = z.infer<typeof ChecklistItemResult>;

export const PostChecklist = z.strictObject({
  postId: Id.nullable(),
  templateId: z.string().nullable(),
  templateName: z.string(),
  items: z.array(ChecklistItemResult),
});
export type PostChecklist = z.infer<typeof PostChecklist>;

/**
 * What the calendar's checklist flag shows of a post (checklist:range): its open items, to name
 * and to tell what they hold back. Findings, ticks and the template are the editor's, which asks
 * for the one post (checklist:preview): carried for every post of a month they were most of the
 * page at 50,000 posts (899 kB, issue 14).
 */
const BadgeItem = ChecklistItemResult.pick({ id: true, label: true, rule: true, requiredFor: true, state: true });
export const ChecklistBadge = z.strictObject({ postId: Id, items: z.array(BadgeItem) });
export type ChecklistBadge = z.infer<typeof ChecklistBadge>;

export function badgeOf(postId: string, checklist: Pick<PostChecklist, 'items'>): ChecklistBadge {
  return { postId, items: checklist.items.flatMap(({ id, label, rule, requiredFor, state }) => (state === 'open' ? [{ id, label, rule, requiredFor, state }] : [])) };
}

export function problem(key: string, params: Record<string, string | number> = {}): Finding {
  return { key, params, severity: 'problem' };
}

export function warning(key: string, params: Record<string, string | number> = {}): Finding {
  return { key, params, severity: 'warning' };
}

export function info(key: string, params: Record<string, string | number> = {}): Finding {
  return { key, params, severity: 'info' };
}
