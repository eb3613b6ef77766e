import type { PostForm } from '../../entities/post-form-model';

/*
 * The editor closes when Save is clicked: the calendar already shows the edit (posts-cache.ts,
 * showEditedPost), and waiting for main's answer kept the dialog on screen for a round trip
 * more. An edit main refuses is kept here, by post, with main's error: the editor opens on it
 * again with the user's text and the error, so nothing typed is lost.
 */

export interface FailedSave {
  form: PostForm;
  error: Error;
}

const failed = new Map<string, FailedSave>();

/** Where a refused new post is kept (it has no id yet): the next "New post" editor opens on it. */
export const NEW_POST = 'new post';

export function keepFailedSave(postId: string, save: FailedSave): void {
  failed.set(postId, save);
}

/** The refused edit of this post, if any (read when its editor opens). */
export function failedSave(postId: string): FailedSave | undefined {
  return failed.get(postId);
}

/** The editor that opened on the refused edit owns it: closing that editor lets it go, as any edit. */
export function forgetFailedSave(postId: string): void {
  failed.delete(postId);
}
