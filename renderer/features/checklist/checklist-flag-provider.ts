import { useTranslation } from 'react-i18next';
import { heldBackBy } from '../../../shared/checklist/attention';
import { openItems } from '../../../shared/checklist/evaluate-checklist';
import type { Post } from '../../../shared/domain/post';
import { useChecklistBetween } from '../../api/checklist-queries';
import type { PostFlag, PostFlagProvider } from '../../entities/post-flags';
import { useKeptFlags } from '../../entities/post-flags';
import { kept } from '../../i18n/kept-words';
import { useChecklistText } from './use-checklist-text';

/** "Checklist: 2 open" on every dated post a calendar view shows, from one request for the view's days. */
export const checklistFlagProvider: PostFlagProvider = {
  id: 'checklist',
  useFlags: (_posts, range, live) => {
    const { t } = useTranslation('checklist');
    const text = useChecklistText();
    const checklists = useChecklistBetween(range?.from ?? '', range?.to ?? '', range !== null && live);
    const byPost = new Map((checklists.data ?? []).map((checklist) => [checklist.postId, checklist]));
    // The text helpers are new on each render but word alike in one language (t).
    return useKeptFlags([checklists.data, t], (post: Post): PostFlag[] => {
      const checklist = byPost.get(post.id);
      if (!checklist || post.status === 'cancelled' || post.status === 'published') return [];
      const open = openItems(checklist);
      if (open.length === 0) return [];
      // Required items that hold back the post's next step (approval, then publishing) make it urgent,
      // and the flag then names only them: advice does not block.
      const blocking = heldBackBy({ post, checklist });
      const holding = blocking.length > 0;
      if (post.checklistOverride) {
        return [{ key: 'checklist', label: kept(t, 'flag.overridden', () => t('flag.overridden')), detail: post.checklistOverride.reason, tone: 'warning', icon: 'checklist', count: open.length }];
      }
      return [
        {
          key: 'checklist',
          // Worded once per language (and count): a view's flags are worded for each of its posts.
          label: holding ? kept(t, 'flag.required', () => t('flag.required')) : kept(t, `flag.open ${open.length}`, () => t('flag.open', { count: open.length })),
          detail: (holding ? blocking : open).map((item) => text.itemLabel(item)).join(', '),
          tone: holding ? 'danger' : 'warning',
          icon: 'checklist',
          count: holding ? blocking.length : open.length,
        },
      ];
    });
  },
};
