import type { AlbumIndex, AlbumPost } from '../../../shared/checklist/album-index';
import { albumNameKey } from '../../../shared/checklist/album-index';
import type { ChecklistBadge, PostChecklist } from '../../../shared/checklist/checklist-result';
import { badgeOf } from '../../../shared/checklist/checklist-result';
import type { Post } from '../../../shared/domain/post';
import type { MainDocument } from '../../../shared/domain/documents';

/*
 * Issue 14: one saved post made the navigation's count (checklist:attention) and the
 * calendar's flags (checklist:range) work out every checklist of their weeks again, 100–500 ms
 * at 10,000 posts on a loaded machine. A post's checklist reads only the post, the main
 * document (templates, settings, channels, duties, volunteers, association) and the posts
 * whose album has its album's name. The repository hands out the same objects until they
 * change (a write or a merge replaces a post, the main document, and the kept month facts
 * the album posts come from), so a checklist is kept for the objects it was worked out from
 * and worked out again as soon as any of them is another. A series' occurrence or an
 * editor's unsaved fields are new objects each time: never found, never wrong.
 */

interface Kept {
  main: MainDocument;
  twins: readonly AlbumPost[] | undefined;
  checklist: PostChecklist;
}

const sameObjects = (a: readonly AlbumPost[] | undefined, b: readonly AlbumPost[] | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((post, index) => post === b[index]));

export class ChecklistMemo {
  private readonly kept = new WeakMap<Post, Kept>();
  /** The calendar's badge of a kept checklist: cut from it once, not for every range that shows the post (issue 14: half of checklist:range at 50,000 posts). */
  private readonly badges = new WeakMap<PostChecklist, ChecklistBadge>();

  /** The post's checklist as `work` gives it, or as kept when nothing it reads has changed since. */
  checklistOf(post: Post, main: MainDocument, albums: AlbumIndex, work: () => PostChecklist): PostChecklist {
    const twins = albums.byKey.get(albumNameKey(post.albumName));
    const kept = this.kept.get(post);
    if (kept && kept.main === main && sameObjects(kept.twins, twins)) return kept.checklist;
    const checklist = work();
    this.kept.set(post, { main, twins, checklist });
    return checklist;
  }

  /** `checklist`'s badge for `postId`, the same object while the checklist is. */
  badgeOf(postId: string, checklist: PostChecklist): ChecklistBadge {
    const kept = this.badges.get(checklist);
    if (kept?.postId === postId) return kept;
    const badge = badgeOf(postId, checklist);
    this.badges.set(checklist, badge);
    return badge;
  }
}
