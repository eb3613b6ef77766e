import type { Instant } from '../domain/local-time';
import type { Post, PostStatus } from '../domain/post';
import type { ChecklistItemResult, PostChecklist } from './checklist-result';

/*
 * Items can be required before a status: by default a post cannot be approved while
 * a required item is open. Someone may still let it through by writing why; the
 * reason, who and when are kept on the post (checklistOverride) and shown with it.
 * An item required for a status is required for every later one too, so publishing
 * straight from a draft cannot go round the gate.
 */

const flowOrder: Record<PostStatus, number> = { idea: 0, draft: 1, 'in-review': 2, approved: 3, published: 4, cancelled: -1 };

/** Open items that must be done before a post may have `status`. */
export function blockingItems<I extends Pick<ChecklistItemResult, 'state' | 'requiredFor'>>(checklist: { items: readonly I[] }, status: PostStatus): I[] {
  const target = flowOrder[status];
  if (target <= 0) return [];
  return checklist.items.filter((item) => item.state === 'open' && item.requiredFor !== null && flowOrder[item.requiredFor] <= target);
}

export type GateVerdict = { ok: true } | { ok: false; blocking: ChecklistItemResult[] };

/**
 * Whether a post may move from its status to `next`. Going back, staying, cancelling
 * and a post whose checklist was already overridden always pass.
 */
export function gateStatusChange(before: Pick<Post, 'status' | 'checklistOverride'>, next: PostStatus, checklist: PostChecklist): GateVerdict {
  if (next === before.status || next === 'cancelled' || flowOrder[next] <= flowOrder[before.status]) return { ok: true };
  if (before.checklistOverride) return { ok: true };
  const blocking = blockingItems(checklist, next);
  return blocking.length ? { ok: false, blocking } : { ok: true };
}

/** Records that the post goes ahead with open required items, and why. */
export function overrideChecklist(post: Post, reason: string, by: string, at: Instant): Post {
  return { ...post, checklistOverride: { reason: reason.trim(), by, at }, updatedAt: at };
}
