import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '../../shared/domain/post';
import type { Series } from '../../shared/domain/series';
import { parseOccurrenceId } from '../../shared/recurrence/occurrence-id';
import { useSeriesMutations } from '../api/series-queries';
import { useFailureText } from '../components/forms/use-contract-form';
import { useUiStore } from '../state/ui-store';
import { SeriesScopeDialog } from './SeriesScopeDialog';
import { useDeletePostWithUndo } from './use-delete-post';

/**
 * Delete from a list: a one-off post goes to the trash with undo; a post of a series first
 * asks "only this / this and following / all", as the editor's Delete does (it cancelled
 * that one post without a word), and offers the same undo (main answers the cancel with the
 * series as it was). Render `question` where the list is.
 */
export function useDeleteAsking(): { remove: (post: Post) => void; question: ReactNode } {
  const { t } = useTranslation('recurrence');
  const { t: tCalendar } = useTranslation('calendar');
  const { t: tCommon } = useTranslation();
  const deleteOne = useDeletePostWithUndo();
  const { cancel, uncancel } = useSeriesMutations();
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
        const failed = (error: Error) => notify(failureText(error));
        const undo = (before: Series) =>
          uncancel.mutateAsync({ id: asking.id, scope, before }).then(() => notify(tCalendar('restored', { title: asking.title })), failed);
        void cancel.mutateAsync({ id: asking.id, scope }).then(
          ({ before }) => notify(t('deleted', { title: asking.title }), { label: tCommon('toast.undo'), run: () => void undo(before) }),
          failed,
        );
      }}
    />
  ) : null;
  return { remove, question };
}
