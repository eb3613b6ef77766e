import type { Post } from '../../../shared/domain/post';
import { usePlanConflicts } from '../../api/plan-queries';
import type { PostFlag, PostFlagProvider } from '../../entities/post-flags';
import { useKeptFlags } from '../../entities/post-flags';
import { useSyncText } from './use-sync-text';

/** "Two versions" on a post's chip and row: two laptops set one of its fields at once (issue 13 item 3). */
export const conflictFlagProvider: PostFlagProvider = {
  id: 'two-versions',
  useFlags: () => {
    const text = useSyncText();
    const conflicts = usePlanConflicts().data?.posts;
    const byPost = new Map((conflicts ?? []).map((entry) => [entry.postId, entry.fields]));
    // The text helpers are new on each render but word alike in one language (text.t).
    return useKeptFlags([conflicts, text.t], (post: Post): PostFlag[] => {
      const fields = byPost.get(post.id);
      // Danger, and first of the providers: a compact chip shows this flag's icon, so the marker is seen before anything else.
      return fields ? [{ key: 'two-versions', label: text.t('twoVersions.flag'), detail: fields.map(text.line).join('; '), tone: 'danger', icon: 'alert' }] : [];
    });
  },
};
