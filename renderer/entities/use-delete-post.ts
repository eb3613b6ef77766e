import { useTranslation } from 'react-i18next';
import type { Post } from '../../shared/domain/post';
import { usePostMutations } from '../api/posts-queries';
import { useUiStore } from '../state/ui-store';
import { useFailureText } from '../components/forms/use-contract-form';

/**
 * Deleting moves the post to the trash at once and offers an undo (button or Ctrl+Z).
 * Promises rather than mutate() callbacks: the row that asked is gone by the time
 * the answer comes, and the notice must still appear.
 */
export function useDeletePostWithUndo(): (post: Post) => void {
  const { t } = useTranslation('calendar');
  const { t: tCommon } = useTranslation();
  const failureText = useFailureText();
  const { remove, restore } = usePostMutations();
  const notify = useUiStore((state) => state.notify);
  const failed = (error: Error) => notify(failureText(error));
  const undo = (post: Post) =>
    restore.mutateAsync(post.id).then(() => notify(t('restored', { title: post.title })), failed);
  return (post) =>
    void remove.mutateAsync(post.id).then(
      () => notify(t('deleted', { title: post.title }), { label: tCommon('toast.undo'), run: () => void undo(post) }),
      failed,
    );
}
