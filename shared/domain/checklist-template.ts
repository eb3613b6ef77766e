import { z } from 'zod';
import { Id } from './ids';
import { ContentType, contentTypes, PostStatus } from './post';
import { Line, Name } from './text';
import { limits, tooMany } from './limits';

/**
 * Automatic items are computed from the data and cannot be ticked; manual items are
 * ticked by a person. The rules behind automatic items live in shared/checklist/.
 */
export const checklistRules = [
  'cover-image',
  'album-name',
  'response-duty',
  'contact-info',
  'adapted-per-channel',
  'nothing-unfinished',
] as const;
export const ChecklistRule = z.enum(checklistRules);
export type ChecklistRule = z.infer<typeof ChecklistRule>;

export const ChecklistItemTemplate = z.strictObject({
  id: Id,
  /** Shown as typed; built-in items have translated labels keyed by their rule. */
  label: Line,
  kind: z.enum(['automatic', 'manual']),
  rule: ChecklistRule.nullable(),
  /** The item must be done before a post may move to this status (or null: advisory only). */
  requiredFor: PostStatus.nullable(),
});
export type ChecklistItemTemplate = z.infer<typeof ChecklistItemTemplate>;

export const ChecklistTemplate = z.strictObject({
  id: Id,
  name: Name,
  /** The content types this template applies to; empty means all. */
  contentTypes: z.array(ContentType).max(contentTypes.length, tooMany),
  items: z.array(ChecklistItemTemplate).max(limits.templateItems, tooMany),
});
export type ChecklistTemplate = z.infer<typeof ChecklistTemplate>;
