import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../shared/domain/post';
import { parseOccurrenceId } from '../../shared/recurrence/occurrence-id';
import { useSeriesMutations } from '../api/series-queries';
import { useFailureText } from '../components/forms/use-contract-form';
import { useUiStore } from '../state/ui-store';
import { SeriesScopeDialog } from './SeriesScopeDialog';
import { useDeletePostWithUndo } from './use-delete-post';

/**
 * Delete from a list: a one-off post goes to the trash with undo; a post of a series first
 * asks "only this / this and following / all", as the editor's Delete does (it cancelled
 * that one post without a word). Render `question` where the list is.
 */
export function useDeleteAsking(): { remove: (post: Post) => void; question: ReactNode } {
  const { t } = useTranslation('recurrence');
  const deleteOne = useDeletePostWithUndo();
  const { cancel } = useSeriesMutations();
  const notify = useUiStore((state) => state.notify);
  const failureText = useFailureText();
  const [asking, setAsking] = useState<Post | null>(null);
  const remove = (post: Post) => (parseOccurrenceId(post.id) ? setAsking(post) : deleteOne(post));
  const question = asking ? (
    <SeriesScopeDialog
      action="delete"
      onCancel={() => setAsking(null)}
      onChoose={(scope) => {
        setAsking(null);
        void cancel.mutateAsync({ id: asking.id, scope }).then(
          () => notify(t('deleted', { title: asking.title })),
          (error: Error) => notify(failureText(error)),
        );
      }}
    />
  ) : null;
  return { remove, question };
}
