import type { Id } from '../domain/ids';
import type { Instant, LocalDate } from '../domain/local-time';
import type { Comment, Post, PostStatus } from '../domain/post';
import { comparePosts } from '../domain/post';
import { plusDays } from '../calendar/calendar-dates';

/*
 * The review workflow: idea → draft → in review → approved → published, cancelled
 * from anywhere. Sending a post to review asks for nothing. Approving records who
 * approved and when, so it is its own action (posts:approve) rather than a status a
 * form can set; a post sent back to work loses its approval (and any checklist override).
 */

export type ReviewProblem = 'approveWithAction' | 'cannotApprove' | 'nameRequired';

/** Statuses from which a post can be approved. */
const approvable: readonly PostStatus[] = ['idea', 'draft', 'in-review'];

export function canApprove(post: Pick<Post, 'status'>): boolean {
  return approvable.includes(post.status);
}

export function approvePost(post: Post, by: string, now: Instant): Post {
  return { ...post, status: 'approved', approval: { by, at: now }, updatedAt: now };
}

/** Statuses that mean "still being worked on": an approval does not survive a return to them. */
export const beforeApproval: readonly PostStatus[] = ['idea', 'draft', 'in-review'];

/**
 * Checks an edit's status change: an edit cannot make a post approved (that needs
 * posts:approve, which records who approved), and a post sent back to work loses its
 * approval. Returns the post to store, or the problem.
 */
export function reviewEdit(before: Post, after: Post): { ok: true; post: Post } | { ok: false; problem: ReviewProblem } {
  if (after.status === 'approved' && before.status !== 'approved') return { ok: false, problem: 'approveWithAction' };
  // The checklist's override belonged to that approval: it goes with it.
  if (beforeApproval.includes(after.status) && (after.approval || after.checklistOverride)) return { ok: true, post: { ...after, approval: null, checklistOverride: null } };
  return { ok: true, post: after };
}

export function addComment(post: Post, comment: { id: Id; author: string; text: string }, now: Instant): Post {
  const added: Comment = { id: comment.id, author: comment.author, at: now, text: comment.text };
  return { ...post, comments: [...post.comments, added], updatedAt: now };
}

export function removeComment(post: Post, commentId: Id, now: Instant): Post | null {
  if (!post.comments.some((comment) => comment.id === commentId)) return null;
  return { ...post, comments: post.comments.filter((comment) => comment.id !== commentId), updatedAt: now };
}

/** What waits for review: posts in review dated from today through the next `weeks` weeks, and undated ones. */
export function awaitingReview(posts: Post[], today: LocalDate, weeks: number): Post[] {
  const last = plusDays(today, weeks * 7 - 1);
  return posts
    .filter((post) => post.status === 'in-review' && (post.date === null || (post.date >= today && post.date <= last)))
    .sort((a, b) => (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || comparePosts(a, b));
}
